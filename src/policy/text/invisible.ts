/**
 * Characters that render as nothing: Unicode's format characters (general category Cf: bidi
 * marks and embeddings, zero-width joiners, invisible operators, tag characters…), the other
 * default-ignorable code points (variation selectors, the combining grapheme joiner, Hangul
 * fillers, Mongolian free variation selectors, Khmer inherent vowels) and the C0 and C1 control
 * characters other than tab and the line breaks. One of them inside "943 476 5919" or
 * "OFFICIAL-SENSITIVE" changes nothing a reader sees, so matching must not see it either.
 *
 * Explicit ranges (Unicode 17's \p{Cf} and \p{Default_Ignorable_Code_Point}) rather than a \p{}
 * regex: the Send bundle targets ES2016, where Babel would expand \p{} into a large class.
 * test/policy/text/invisible.test.ts checks every code point against the running engine's tables.
 */

/** Whether a UTF-16 code unit that is not a surrogate is invisible on its own. */
export function isInvisibleUnit(c: number): boolean {
  // Controls: all but tab, line feed, vertical tab, form feed and carriage return.
  if (c < 0xa0) return c < 0x20 ? c < 0x09 || c > 0x0d : c >= 0x7f;
  if (c < 0x2000) {
    return (
      c === 0x00ad ||
      c === 0x034f ||
      (c >= 0x0600 && c <= 0x0605) ||
      c === 0x061c ||
      c === 0x06dd ||
      c === 0x070f ||
      c === 0x0890 ||
      c === 0x0891 ||
      c === 0x08e2 ||
      c === 0x115f ||
      c === 0x1160 ||
      c === 0x17b4 ||
      c === 0x17b5 ||
      (c >= 0x180b && c <= 0x180f)
    );
  }
  return (
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x206f) ||
    c === 0x3164 ||
    (c >= 0xfe00 && c <= 0xfe0f) ||
    c === 0xfeff ||
    c === 0xffa0 ||
    (c >= 0xfff0 && c <= 0xfffb)
  );
}

/** Whether an astral code point is invisible. */
export function isInvisibleAstral(cp: number): boolean {
  return (
    cp === 0x110bd ||
    cp === 0x110cd ||
    (cp >= 0x13430 && cp <= 0x1343f) ||
    (cp >= 0x1bca0 && cp <= 0x1bca3) ||
    (cp >= 0x1d173 && cp <= 0x1d17a) ||
    (cp >= 0xe0000 && cp <= 0xe0fff)
  );
}

/** The high surrogates of the invisible astral code points above: a cheap first test. */
function isInvisibleLead(c: number): boolean {
  return c === 0xd804 || c === 0xd80d || c === 0xd82f || c === 0xd834 || (c >= 0xdb40 && c <= 0xdb43);
}

/**
 * How many code units of an invisible character start at text[i]: 0, 1, or 2 for an invisible
 * astral character written as a surrogate pair (removed whole, never half). Lone surrogates
 * are not invisible characters and are left alone.
 */
export function invisibleLengthAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) return isInvisibleUnit(c) ? 1 : 0;
  if (!isInvisibleLead(c)) return 0;
  const d = text.charCodeAt(i + 1);
  if (!(d >= 0xdc00 && d <= 0xdfff)) return 0;
  return isInvisibleAstral(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000) ? 2 : 0;
}

/**
 * A regex character class body (code-unit ranges, no `u` flag) that matches the first code
 * unit of every invisible character, and a few high surrogates that start visible ones too:
 * for a fast first scan that sends text with none of them down no slower path.
 */
export const INVISIBLE_FIRST_UNITS =
  "\\u0000-\\u0008\\u000e-\\u001f\\u007f-\\u009f\\u00ad\\u034f\\u0600-\\u0605\\u061c\\u06dd\\u070f\\u0890\\u0891\\u08e2" +
  "\\u115f\\u1160\\u17b4\\u17b5\\u180b-\\u180f\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\u3164\\ufe00-\\ufe0f\\ufeff" +
  "\\uffa0\\ufff0-\\ufffb\\ud804\\ud80d\\ud82f\\ud834\\udb40-\\udb43";
