/**
 * Letter tests and ASCII folding for names. The name lists are stored folded (Wójcik → wojcik,
 * Ștefan → stefan) so one lookup serves both spellings. Explicit code-unit ranges rather than
 * \p{L}: the Send-handler runtime only has ES2016 regular expressions.
 */

/** Base letter for U+00C0..U+017F ('*' for the two non-letters × and ÷ and a few oddities). */
const LATIN_FOLD =
  "AAAAAAACEEEEIIIIDNOOOOO*OUUUUYTsaaaaaaaceeeeiiiidnooooo*ouuuuytyAaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiIiJjKkkLlLlLlLlLlNnNnNnnNnOoOoOoOoRrRrRrSsSsSsSsTtTt**UuUuUuUuUuUuWwYyYZzZzZzs";

/** A letter a name can contain: ASCII, Latin-1 and Latin Extended-A, Romanian ș/ț. */
export function isNameLetter(c: number): boolean {
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0xc0 && c <= 0x17f) return c !== 0xd7 && c !== 0xf7;
  return c >= 0x218 && c <= 0x21b;
}

export function isUpperCode(c: number): boolean {
  if (c < 0x80) return c >= 65 && c <= 90;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase();
}

export function isLowerCode(c: number): boolean {
  if (c < 0x80) return c >= 97 && c <= 122;
  const ch = String.fromCharCode(c);
  return ch !== ch.toUpperCase();
}

/** Lower-case, accent-free form of `text[start, end)`; ’ becomes '. */
export function foldedLower(text: string, start: number, end: number): string {
  let ascii = true;
  for (let i = start; i < end; i++) {
    if (text.charCodeAt(i) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return text.slice(start, end).toLowerCase();
  let out = "";
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xc0 && c <= 0x17f) out += LATIN_FOLD.charAt(c - 0xc0);
    else if (c === 0x218 || c === 0x219) out += "s";
    else if (c === 0x21a || c === 0x21b) out += "t";
    else if (c === 0x2019) out += "'";
    else out += text.charAt(i);
  }
  return out.toLowerCase();
}
