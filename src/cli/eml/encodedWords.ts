/**
 * Header text as raw bytes (a string read with "latin1", one character per byte) → Unicode,
 * decoding RFC 2047 encoded words the way mail clients do:
 * - an 8-bit byte inside a Q-encoded word is a byte in the word's charset (a raw "ö" in an
 *   ISO-8859-1 word is "ö", not a replacement character);
 * - UTF-7 words are decoded (see utf7.ts);
 * - adjacent words are joined as bytes before decoding, so a character split across two
 *   words survives, and the whitespace between them is dropped (RFC 2047 section 6.2);
 * - 8-bit text outside words is UTF-8 if valid, else Windows-1252.
 */
import { decodeCharset, decodeUnlabelled, latin1Bytes } from "./charset";

// The encoded text may hold stray 8-bit bytes but no line whitespace; a charset may carry an
// RFC 2231 language tag ("utf-8*en").
const ENCODED_WORD = /=\?([^? \t\r\n]+)\?([QqBb])\?([^? \t\r\n]*)\?=/g;
const LINEAR_WHITESPACE = /^[ \t\r\n]*$/;

interface Word {
  charset: string;
  bytes: Uint8Array;
}

type Token = { text: string } | { words: Word[] };

function wordBytes(encoding: string, text: string): Uint8Array {
  if (encoding === "B" || encoding === "b") return new Uint8Array(Buffer.from(text.replace(/[^A-Za-z0-9+/]/g, ""), "base64"));
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    const hex = ch === "=" ? text.slice(i + 1, i + 3) : "";
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      out.push(parseInt(hex, 16));
      i += 2;
    } else out.push(ch === "_" ? 0x20 : ch.charCodeAt(0) & 0xff);
  }
  return new Uint8Array(out);
}

/** Literal text and runs of adjacent encoded words. */
function tokens(raw: string): Token[] {
  const out: Token[] = [];
  let pos = 0;
  for (const m of raw.matchAll(ENCODED_WORD)) {
    const between = raw.slice(pos, m.index);
    const word: Word = { charset: (m[1] as string).split("*")[0] as string, bytes: wordBytes(m[2] as string, m[3] as string) };
    const last = out[out.length - 1];
    if (last && "words" in last && LINEAR_WHITESPACE.test(between)) last.words.push(word);
    else {
      if (between !== "") out.push({ text: between });
      out.push({ words: [word] });
    }
    pos = (m.index as number) + m[0].length;
  }
  if (pos < raw.length) out.push({ text: raw.slice(pos) });
  return out;
}

const replacements = (text: string) => text.split("\ufffd").length - 1;

/** A run of words: consecutive words in one charset are joined as bytes, then decoded. */
function decodeRun(words: Word[]): string {
  let out = "";
  for (let i = 0; i < words.length; ) {
    const charset = (words[i] as Word).charset.toLowerCase();
    let j = i;
    while (j < words.length && (words[j] as Word).charset.toLowerCase() === charset) j++;
    const group = words.slice(i, j);
    const joined = decodeCharset(Buffer.concat(group.map((w) => w.bytes)), charset);
    // Stateful charsets (ISO-2022-JP) reject two escape sequences in a row where complete words
    // meet: then the words decoded one by one read better.
    const apart = joined.includes("\ufffd") ? group.map((w) => decodeCharset(w.bytes, charset)).join("") : joined;
    out += replacements(apart) < replacements(joined) ? apart : joined;
    i = j;
  }
  return out;
}

const unfold = (text: string) => text.replace(/\r?\n(?=[ \t])/g, "").replace(/[\r\n]/g, "");

/** An unstructured header value (Subject…) → its text. */
export function decodeHeaderText(raw: string): string {
  return tokens(unfold(raw))
    .map((t) => ("text" in t ? decodeUnlabelled(latin1Bytes(t.text)) : decodeRun(t.words)))
    .join("");
}

/**
 * A structured header value (To, From…) → Unicode text in which every run of encoded words is
 * re-encoded as one UTF-8 base64 word, so an address parser that decodes words itself (and
 * knows neither UTF-7 nor raw 8-bit bytes in words) reads the names right.
 */
export function normaliseEncodedWords(raw: string): string {
  return tokens(unfold(raw))
    .map((t) => ("text" in t ? decodeUnlabelled(latin1Bytes(t.text)) : `=?UTF-8?B?${Buffer.from(decodeRun(t.words), "utf8").toString("base64")}?=`))
    .join("");
}
