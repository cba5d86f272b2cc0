/**
 * Structured MIME header values ("text/plain; charset=utf-8; name=\"a.txt\"") → the lowercased
 * value and its parameters, with RFC 2231 continuations and charsets ("filename*0*=utf-8''…")
 * and RFC 2047 words in names decoded. The first occurrence of a parameter wins.
 */
import { decodeCharset, latin1Bytes } from "./charset";
import { decodeHeaderText } from "./encodedWords";

export interface Structured {
  value: string;
  params: Record<string, string>;
}

/** Splits on ";" outside quoted strings; quoted values are unquoted. */
function segments(text: string): { name: string; value: string }[] {
  const out: { name: string; value: string }[] = [];
  let cur = "";
  let quoted = false;
  const flush = () => {
    const eq = cur.indexOf("=");
    out.push(eq < 0 ? { name: cur.trim(), value: "" } : { name: cur.slice(0, eq).trim(), value: cur.slice(eq + 1).trim() });
    cur = "";
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted && ch === "\\" && i + 1 < text.length) cur += text[++i];
    else if (ch === '"') quoted = !quoted;
    else if (ch === ";" && !quoted) flush();
    else cur += ch;
  }
  flush();
  return out;
}

function percentBytes(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const hex = text[i] === "%" ? text.slice(i + 1, i + 3) : "";
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      out.push(parseInt(hex, 16));
      i += 2;
    } else out.push(text.charCodeAt(i) & 0xff);
  }
  return out;
}

interface Section {
  n: number;
  extended: boolean;
  value: string;
}

export function parseStructured(raw: string): Structured {
  const [head, ...rest] = segments(raw.replace(/\r?\n/g, ""));
  const params: Record<string, string> = {};
  const sectioned = new Map<string, Section[]>();
  for (const { name, value } of rest) {
    const m = /^([^*]+)(?:\*(\d+))?(\*)?$/.exec(name.toLowerCase());
    if (!m || m[1] === undefined) continue;
    const base = m[1].trim();
    if (m[2] === undefined && m[3] === undefined) {
      if (!(base in params)) params[base] = decodeHeaderText(value);
      continue;
    }
    const list = sectioned.get(base) ?? [];
    list.push({ n: m[2] === undefined ? 0 : Number(m[2]), extended: m[3] !== undefined, value });
    sectioned.set(base, list);
  }
  for (const [base, list] of sectioned) {
    list.sort((a, b) => a.n - b.n);
    let charset: string | undefined;
    const bytes: number[] = [];
    for (const s of list) {
      let text = s.value;
      if (s.extended && s.n === 0) {
        const parts = text.split("'");
        if (parts.length >= 3) {
          charset = parts[0] || undefined;
          text = parts.slice(2).join("'");
        }
      }
      bytes.push(...(s.extended ? percentBytes(text) : latin1Bytes(text)));
    }
    params[base] = decodeCharset(new Uint8Array(bytes), charset); // RFC 2231 values win over plain ones
  }
  return { value: (head?.name ?? "").trim().toLowerCase(), params };
}
