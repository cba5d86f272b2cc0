import { invisibleLengthAt, isInvisibleAstral, isInvisibleUnit } from "../../../src/policy/text/invisible";
import { normalise } from "../../../src/policy/detect/normalise";

/** The running engine's own Unicode tables: format characters and default-ignorable code points
 * (a Node upgrade that adds some makes this test name them, so the ranges can follow). */
const UNICODE_INVISIBLE = /^[\p{Cf}\p{Default_Ignorable_Code_Point}]$/u;
/** Controls other than tab and the line breaks SafeShare reads as white space. */
const CONTROL = /^[\p{Cc}]$/u;
const KEPT_CONTROLS = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d]);

function expectedInvisible(cp: number): boolean {
  const s = String.fromCodePoint(cp);
  return UNICODE_INVISIBLE.test(s) || (CONTROL.test(s) && !KEPT_CONTROLS.has(cp));
}

describe("invisible characters", () => {
  it("match Unicode's format and default-ignorable code points and the controls, and nothing else, at every code point", () => {
    const wrong: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const expected = expectedInvisible(cp);
      const s = String.fromCodePoint(cp);
      const actual = invisibleLengthAt(s, 0) === s.length;
      const listed = cp < 0x10000 ? isInvisibleUnit(cp) : isInvisibleAstral(cp);
      if (actual !== expected || listed !== expected) wrong.push(cp.toString(16));
    }
    expect(wrong.slice(0, 20)).toEqual([]);
  });

  it("covers every code point the issue names", () => {
    const named = [0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069, 0x061c, 0x180e, 0x034f, 0xfe0f, 0x2062, 0x3164];
    for (const cp of named) expect(invisibleLengthAt(String.fromCodePoint(cp), 0)).toBe(1);
    for (const cp of [0x110bd, 0x1d173, 0xe0001, 0xe0041, 0xe007f, 0xe0100, 0xe01ef]) expect(invisibleLengthAt(String.fromCodePoint(cp), 0)).toBe(2);
  });

  it("keeps tab and line breaks, lone surrogates and visible astral characters", () => {
    for (const s of ["\t", "\n", "\r", "\u000b", "\f", "\ud834", "\udd73", "\udb40", "\udb40x", "\u{1d172}", "\u{1f600}", "\u{e1000}"]) {
      expect(invisibleLengthAt(s, 0)).toBe(0);
    }
    // Half of an invisible pair is not an invisible character.
    expect(invisibleLengthAt("\u{e0041}", 1)).toBe(0);
  });

  it("normalise() removes them, pairs whole, and returns the same string when there are none", () => {
    expect(normalise("9\u200e43\u{e0041}4\u0007 76\ufe0f").text).toBe("9434 76");
    const plain = "Nothing to remove \u00e9\u{1f600}\ud800\u{1d172}";
    expect(normalise(plain).text).toBe(plain);
  });

  it("normalise() removes every invisible character and keeps every other one", () => {
    const wrong: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const n = normalise(`a${String.fromCodePoint(cp)}b`);
      const removed = n.text === "ab";
      if (removed !== expectedInvisible(cp)) wrong.push(cp.toString(16));
    }
    expect(wrong.slice(0, 20)).toEqual([]);
  });
});
