/**
 * A "skeleton" of a domain for spotting look-alikes: two strings with the same skeleton look the
 * same to a reader. In the spirit of Unicode TR39's skeleton, with a small curated table instead
 * of the full confusables.txt (kept small for the Send bundle):
 *
 * - NFKD, so full-width, mathematical and other compatibility letters become plain letters;
 * - accents and other combining marks removed ("derbyshíre" → "derbyshire");
 * - invisible characters removed (zero-width space/joiners, soft hyphen, bidi controls);
 * - Cyrillic, Greek, Armenian and Latin-extension letters that look like Latin letters mapped to
 *   them ("dеrbyshire" with a Cyrillic е);
 * - ASCII look-alikes folded: 0→o, 1/i→l, "rn"→"m", "vv"→"w"; dash variants → "-".
 *
 * Regexes are ES2016 (explicit ranges, no \p{…}). Never throws.
 */

/** Code-unit ranges dropped from a skeleton: combining marks, then invisible characters. */
const DROPPED: ReadonlyArray<readonly [number, number]> = [
  [0x0300, 0x036f], [0x0483, 0x0489], [0x0591, 0x05bd], [0x1ab0, 0x1aff], [0x1dc0, 0x1dff], [0x20d0, 0x20ff], [0xfe20, 0xfe2f],
  [0x00ad, 0x00ad], [0x034f, 0x034f], [0x061c, 0x061c], [0x115f, 0x1160], [0x17b4, 0x17b5], [0x180b, 0x180e],
  [0x200b, 0x200f], [0x202a, 0x202e], [0x2060, 0x2064], [0x206a, 0x206f], [0xfe00, 0xfe0f], [0xfeff, 0xfeff],
];
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;
const DOTS = /[\u3002\uff0e\uff61\u2024]/g;

function dropped(code: number): boolean {
  if (code < 0x00ad) return false;
  for (const [lo, hi] of DROPPED) if (code >= lo && code <= hi) return true;
  return false;
}

/** Single characters that look like a Latin letter (after lower-casing and NFKD). */
const LOOKS_LIKE: { [ch: string]: string } = {
  // Cyrillic
  "а": "a", "в": "b", "г": "r", "е": "e", "ѐ": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "п": "n", "р": "p",
  "с": "c", "т": "t", "у": "y", "х": "x", "ь": "b", "і": "l", "ї": "l", "ј": "j", "ѕ": "s", "ԁ": "d", "ԛ": "q", "ԝ": "w",
  "ӏ": "l", "һ": "h", "ү": "y", "ҫ": "c", "ӧ": "o", "ӓ": "a", "ԍ": "g",
  // Greek
  "α": "a", "β": "b", "γ": "y", "ε": "e", "η": "n", "ι": "l", "κ": "k", "μ": "u", "ν": "v", "ο": "o", "ρ": "p", "σ": "o",
  "ς": "c", "τ": "t", "υ": "u", "χ": "x", "ω": "w", "ϲ": "c", "ϳ": "j", "ϱ": "p", "ϰ": "k",
  // Armenian
  "օ": "o", "ս": "u", "հ": "h", "ո": "n", "ց": "g", "ք": "p", "զ": "q", "ա": "w",
  // Latin extensions and IPA
  "ı": "l", "ȷ": "j", "ɑ": "a", "ɡ": "g", "ɩ": "l", "ɪ": "l", "ʟ": "l", "ʀ": "r", "ɴ": "n", "ᴅ": "d", "ᴄ": "c", "ᴏ": "o",
  "ᴜ": "u", "ᴠ": "v", "ᴡ": "w", "ᴢ": "z", "ƅ": "b", "ɒ": "a", "ɵ": "o", "ø": "o", "đ": "d", "ħ": "h", "ł": "l", "ŀ": "l",
  "ƚ": "l", "ŧ": "t", "ß": "ss", "æ": "ae", "œ": "oe", "ð": "d", "þ": "p",
};

const ASCII_ONLY = /^[^\u0080-\uffff]*$/;
const LIKE_L = /[1i|]/g;
const ZERO = /0/g;
const RN = /rn/g;
const VV = /vv/g;

/** ASCII look-alikes: 1, i and | look like l; 0 like o; "rn" like m; "vv" like w. */
function asciiSkeleton(lower: string): string {
  return lower.replace(LIKE_L, "l").replace(ZERO, "o").replace(RN, "m").replace(VV, "w");
}

/** The skeleton of a string (lower-cased); equal skeletons mean "looks the same". */
export function skeleton(text: string): string {
  const given = typeof text === "string" ? text : "";
  if (ASCII_ONLY.test(given)) return asciiSkeleton(given.toLowerCase());
  let s = given;
  try {
    s = s.normalize("NFKD");
  } catch {
    // keep as is
  }
  s = s.toLowerCase().replace(DASHES, "-").replace(DOTS, ".");
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) {
    if (dropped(s.charCodeAt(i))) continue;
    const ch = s.charAt(i);
    const mapped = LOOKS_LIKE[ch];
    out.push(mapped !== undefined ? mapped : ch);
  }
  return asciiSkeleton(out.join(""));
}

/** True when the text is plain ASCII. */
export function isAscii(text: string): boolean {
  return ASCII_ONLY.test(text);
}
