/**
 * No invisible character defeats detection: inserted anywhere, into any kind of identifier or
 * name, or into arbitrary text, the same spans come back, with offsets that cover the same
 * characters of the caller's text. The characters come from the engine's Unicode tables, not
 * from the code under test.
 */
import fc from "fast-check";
import { detect } from "../../../src/policy/detect";
import type { Span } from "../../../src/policy/detect/types";
import { IDENTIFIERS, type Placed } from "./identifierArbitraries";

const UNICODE_INVISIBLE = /^[\p{Cf}\p{Default_Ignorable_Code_Point}]$/u;
const INVISIBLE_CONTROL = /^[\u0000-\u0008\u000e-\u001f\u007f-\u009f]$/u; // eslint-disable-line no-control-regex -- controls are the point

const ALL_INVISIBLE: string[] = [];
for (let cp = 0; cp <= 0x10ffff; cp++) {
  if (cp >= 0xd800 && cp <= 0xdfff) continue;
  const s = String.fromCodePoint(cp);
  if (UNICODE_INVISIBLE.test(s) || INVISIBLE_CONTROL.test(s)) ALL_INVISIBLE.push(s);
}

/** The ones issue 17 names, and those the old normalisation already removed. */
const NAMED = [..."\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c\u180e\u034f\ufe0f\u2062\u3164\u200b\u00ad\ufeff", "\u{e0041}", "\u{e0100}", "\u{1d173}"];

const invisible = fc.oneof({ arbitrary: fc.constantFrom(...NAMED), weight: 1 }, { arbitrary: fc.constantFrom(...ALL_INVISIBLE), weight: 1 });

/** Where to insert: `inside` picks a position within [start, end] of the identifier, else anywhere. */
const insertions = fc.array(fc.record({ inside: fc.boolean(), at: fc.nat(), ch: invisible }), { minLength: 1, maxLength: 6 });

interface Dirty {
  text: string;
  /** dirtyAt[i]: where clean character i is in the dirty text. */
  dirtyAt: number[];
}

function insert(clean: string, start: number, end: number, what: { inside: boolean; at: number; ch: string }[]): Dirty {
  const at = what
    .map((w) => ({ pos: w.inside ? start + (w.at % (end - start + 1)) : w.at % (clean.length + 1), ch: w.ch }))
    .sort((a, b) => a.pos - b.pos);
  let text = "";
  const dirtyAt: number[] = [];
  let k = 0;
  for (let i = 0; i <= clean.length; i++) {
    while (k < at.length && (at[k] as { pos: number }).pos === i) text += (at[k++] as { ch: string }).ch;
    if (i < clean.length) {
      dirtyAt.push(text.length);
      text += clean[i];
    }
  }
  return { text, dirtyAt };
}

const shape = (s: Span) => ({ kind: s.kind, start: s.start, end: s.end, confidence: s.confidence });

/** The clean spans as they should be found in the dirty text: each from its first character to just after its last. */
function expectedIn(dirty: Dirty, clean: readonly Span[]) {
  return clean.map((s) => ({ kind: s.kind, start: dirty.dirtyAt[s.start] as number, end: (dirty.dirtyAt[s.end - 1] as number) + 1, confidence: s.confidence }));
}

function sameSpansWith(p: Placed, what: { inside: boolean; at: number; ch: string }[]): void {
  const clean = detect(p.text);
  // The generator's identifier is found in the clean text, so the comparison is not of two empty lists.
  expect(clean.some((s) => s.kind === p.kind && s.start === p.start && s.end === p.end)).toBe(true);
  const dirty = insert(p.text, p.start, p.end, what);
  expect(detect(dirty.text).map(shape)).toEqual(expectedIn(dirty, clean));
}

describe("invisible characters inserted into identifiers", () => {
  it.each(Object.entries(IDENTIFIERS))("%s: the same spans, covering the same characters", (_kind, arbitrary) => {
    fc.assert(
      fc.property(arbitrary as fc.Arbitrary<Placed>, insertions, (p, what) => sameSpansWith(p, what)),
      { numRuns: 150 },
    );
  });

  it("every kind in one message, invisible characters anywhere in it", () => {
    const all = Object.values(IDENTIFIERS) as fc.Arbitrary<Placed>[];
    const message = fc.tuple(...all).map((parts) => parts.map((p) => p.text).join("\n"));
    const many = fc.array(fc.record({ inside: fc.constant(false), at: fc.nat(), ch: invisible }), { minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(message, many, (text, what) => {
        const clean = detect(text);
        expect(new Set(clean.map((s) => s.kind)).size).toBeGreaterThanOrEqual(Object.keys(IDENTIFIERS).length);
        const dirty = insert(text, 0, text.length, what);
        expect(detect(dirty.text).map(shape)).toEqual(expectedIn(dirty, clean));
      }),
      { numRuns: 60 },
    );
  });

  it("arbitrary text and jumbled identifier fragments: the same spans with or without invisible characters", () => {
    const fragments = [
      "943 476 5919", "07593 199348", "DE11 3EQ", "22 Station Street", "Flat 3, ", "X123456", "ref ", "case ", "NHS ", "tel ",
      "AB 12 34 56 C", "2002/0073319Z", "065656/91H", "G8150WH", "jo@x.org", " ", "\n", ",", "-", "/", "0", "1", "+44 ", "(0)",
      "\u00a0", "\uff19", "Jo Bloggs ", "DOB 01/02/1990 ", "OFFICIAL-SENSITIVE ", "Kind regards,\n", "From: ",
    ];
    const text = fc
      .oneof(
        fc.string({ unit: "grapheme", maxLength: 200 }),
        fc.string({ unit: fc.constantFrom(..."0123456789 +-()/.@AaBbZz\n\u00a0\uff11DEOBNHS"), maxLength: 200 }),
        fc.array(fc.constantFrom(...fragments), { maxLength: 30 }).map((parts) => parts.join("")),
      )
      .filter((t) => !ALL_INVISIBLE.some((ch) => t.includes(ch)));
    fc.assert(
      fc.property(text, insertions, (clean, what) => {
        const dirty = insert(clean, 0, clean.length, what);
        expect(detect(dirty.text).map(shape)).toEqual(expectedIn(dirty, detect(clean)));
      }),
      { numRuns: 300 },
    );
  });
});
