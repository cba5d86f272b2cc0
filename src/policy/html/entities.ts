/**
 * HTML character references (&eacute; &#233; &#xE9;) → the characters they stand for, as a
 * browser reads them in text and in attribute values.
 *
 * htmlparser2 can decode them itself, but its table of all 2,125 named references is 31 KB of
 * the Send handler and is built at every cold start; bodyTexts.ts turns that off and calls this
 * instead. Numeric references are decoded in full; named ones from the subset in entityTable.ts
 * (every letter, punctuation and currency reference; see scripts/data/html-entities.ts). A
 * reference outside it stays as written: the words around it are still read and checked.
 */
import { LEGACY_REFERENCES, NAMED_REFERENCES } from "./entityTable";

let named: Map<string, string> | null = null;
let legacy: Set<string> | null = null;

function namedTable(): Map<string, string> {
  if (named === null) {
    named = new Map();
    for (const entry of NAMED_REFERENCES.split(" ")) {
      const colon = entry.indexOf(":");
      named.set(entry.slice(0, colon), String.fromCodePoint(parseInt(entry.slice(colon + 1), 36)));
    }
  }
  return named;
}

function legacyNames(): Set<string> {
  if (legacy === null) legacy = new Set(LEGACY_REFERENCES.split(" "));
  return legacy;
}

/** What HTML reads &#128;–&#159; as: the Windows-1252 characters at those bytes (0 where it has none). */
const C1_AS_WINDOWS_1252 = [
  0x20ac, 0, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0, 0x17d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0, 0x17e, 0x178,
];

function numeric(digits: string, radix: number): string {
  // Past 7 hex / 8 decimal digits the value is out of range anyway; avoid huge parses.
  const code = digits.length > 8 ? 0x110000 : parseInt(digits, radix);
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return "\uFFFD";
  if (code >= 0x80 && code <= 0x9f) {
    const mapped = C1_AS_WINDOWS_1252[code - 0x80] as number;
    return String.fromCodePoint(mapped === 0 ? code : mapped);
  }
  return String.fromCodePoint(code);
}

const REFERENCE = /&(?:#([0-9]+);?|#[xX]([0-9a-fA-F]+);?|([A-Za-z][A-Za-z0-9]*)(;?))/g;
const ALNUM_OR_EQUALS = /[A-Za-z0-9=]/;

/**
 * `in` with its character references decoded. `inAttribute`: as in an attribute value, where a
 * reference without its semicolon followed by a letter, digit or "=" is left alone
 * (`href="?a=1&copy=2"`).
 */
export function decodeReferences(input: string, inAttribute = false): string {
  if (input.indexOf("&") < 0) return input;
  return input.replace(REFERENCE, (whole: string, dec: string | undefined, hex: string | undefined, name: string | undefined, semicolon: string | undefined, at: number) => {
    if (dec !== undefined) return numeric(dec, 10);
    if (hex !== undefined) return numeric(hex, 16);
    const word = name as string;
    if (semicolon === ";") {
      const char = namedTable().get(word);
      // A reference we do not carry, written in full, stays whole: a shorter legacy name
      // inside it (&notin; holds &not) is not what it means.
      return char ?? whole;
    }
    // No semicolon: HTML reads the longest legacy name the letters start with.
    const names = legacyNames();
    for (let end = Math.min(word.length, 6); end >= 2; end--) {
      const prefix = word.slice(0, end);
      if (!names.has(prefix)) continue;
      const rest = word.slice(end);
      if (inAttribute && (rest !== "" || ALNUM_OR_EQUALS.test(input.charAt(at + whole.length)))) return whole;
      return (namedTable().get(prefix) as string) + rest;
    }
    return whole;
  });
}
