import fc from "fast-check";
import { detect } from "../../../src/policy/detect";
import type { PersonalDataKind } from "../../../src/policy/detect/types";

const ALPHABET = "ZABCDEFGHJKLMNPQRTUVWXY";

function mod23(digits: string): number {
  let r = 0;
  for (const ch of digits) r = (r * 10 + Number(ch)) % 23;
  return r;
}

const digitString = (length: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length }).map((d) => d.join(""));

/** Valid NHS numbers in the three written forms. */
const nhsNumber = fc
  .tuple(digitString(9), fc.constantFrom("", " ", "-"))
  .filter(([nine]) => !/^(\d)\1{8}$/.test(nine))
  .map(([nine, sep]) => {
    let sum = 0;
    for (let i = 0; i < 9; i++) sum += Number(nine[i]) * (10 - i);
    const check = (11 - (sum % 11)) % 11;
    return { nine, sep, check };
  })
  .filter(({ check }) => check !== 10)
  .map(({ nine, sep, check }) => nine.slice(0, 3) + sep + nine.slice(3, 6) + sep + nine.slice(6) + String(check));

const FIRST = "ABCEGHJKLMNOPRSTWXYZ";
const SECOND = "ABCEGHJKLMNPRSTWXYZ";
const nino = fc
  .tuple(fc.constantFrom(...FIRST), fc.constantFrom(...SECOND), digitString(6), fc.constantFrom("A", "B", "C", "D"), fc.boolean())
  .filter(([a, b]) => ["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"].indexOf(a + b) === -1)
  .map(([a, b, d, s, spaced]) =>
    spaced ? `${a}${b} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${s}` : `${a}${b}${d}${s}`,
  );

const pnc = fc
  .tuple(fc.integer({ min: 1970, max: 2029 }), fc.integer({ min: 1, max: 9_999_999 }), fc.boolean())
  .map(([year, serial, long]) => {
    const yy = String(year).slice(2);
    const padded = String(serial).padStart(7, "0");
    const check = ALPHABET.charAt(mod23(yy + padded));
    return long ? `${year}/${padded}${check}` : `${yy}/${serial}${check}`;
  });

const AREAS = ["B", "DE", "E", "G", "L", "M", "N", "NG", "S", "SK", "SW", "W", "EC", "WC", "CR", "DN", "LS", "BT"];
const INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";
const postcode = fc
  .tuple(
    fc.constantFrom(...AREAS),
    fc.integer({ min: 1, max: 9 }),
    fc.constantFrom("", "0", "5", "A"),
    fc.integer({ min: 0, max: 9 }),
    fc.constantFrom(...INWARD_LETTERS),
    fc.constantFrom(...INWARD_LETTERS),
  )
  .map(([area, d, extra, n, x, y]) => `${area}${d}${extra} ${n}${x}${y}`);

/** Arbitrary text around the identifier, kept off it by a line break. */
const surrounding = fc.string({ unit: "binary", maxLength: 60 });

function foundIn(kind: PersonalDataKind, value: string, before: string, after: string): boolean {
  const text = `${before}\n${value}\n${after}`;
  const start = before.length + 1;
  return detect(text).some((s) => s.kind === kind && s.start === start && s.text === value);
}

describe("properties", () => {
  it("finds every generated valid NHS number inside random text", () => {
    fc.assert(fc.property(nhsNumber, surrounding, surrounding, (n, a, b) => foundIn("nhs-number", n, a, b)), { numRuns: 300 });
  });

  it("finds every generated valid National Insurance number inside random text", () => {
    fc.assert(fc.property(nino, surrounding, surrounding, (n, a, b) => foundIn("national-insurance-number", n, a, b)), {
      numRuns: 300,
    });
  });

  it("finds every generated valid PNC id inside random text", () => {
    fc.assert(fc.property(pnc, surrounding, surrounding, (n, a, b) => foundIn("pnc-id", n, a, b)), { numRuns: 300 });
  });

  it("finds every generated valid postcode inside random text", () => {
    fc.assert(fc.property(postcode, surrounding, surrounding, (n, a, b) => foundIn("postcode", n, a, b)), { numRuns: 300 });
  });

  it("never throws and returns well-formed, non-overlapping spans on arbitrary strings", () => {
    const anyText = fc.oneof(
      fc.string({ unit: "binary", maxLength: 300 }),
      fc.string({ unit: "grapheme", maxLength: 300 }),
      fc.string({ unit: fc.constantFrom(..."0123456789 +-()/.@AaBbZz\u200B\u00A0\uFF11\uD800"), maxLength: 300 }),
    );
    fc.assert(
      fc.property(anyText, (text) => {
        const spans = detect(text);
        let lastStart = -1;
        let lastEnd = 0;
        for (const s of spans) {
          if (s.start < 0 || s.end > text.length || s.start >= s.end) return false;
          if (text.slice(s.start, s.end) !== s.text) return false;
          if (s.start < lastStart) return false;
          lastStart = s.start;
          // Identifiers never overlap one another (special-category phrases may overlap them).
          if (s.kind === "special-category") continue;
          if (s.start < lastEnd) return false;
          lastEnd = s.end;
        }
        return true;
      }),
      { numRuns: 500 },
    );
  });

  it("keeps spans well-formed when identifier fragments are jumbled together", () => {
    const fragments = [
      "943 476 5919", "07593 199348", "DE11 3EQ", "22 Station Street", "Flat 3, ", "X123456", "ref ",
      "case ", "NHS ", "tel ", "AB 12 34 56 C", "2002/0073319Z", "065656/91H", "G8150WH", "jo@x.org",
      " ", "\n", ",", "-", "/", "0", "1", "+44 ", "(0)", "\u200B", "\u00A0", "\uFF19", "Jo Bloggs ", "DOB 01/02/1990 ",
    ];
    const jumble = fc.array(fc.constantFrom(...fragments), { maxLength: 40 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(jumble, (text) => {
        const spans = detect(text);
        let lastEnd = 0;
        for (const s of spans) {
          if (text.slice(s.start, s.end) !== s.text || s.start >= s.end) return false;
          if (s.kind === "special-category") continue;
          if (s.start < lastEnd) return false;
          lastEnd = s.end;
        }
        return true;
      }),
      { numRuns: 500 },
    );
  });

  it("reports the same spans whether identifiers are split by zero-width characters or not", () => {
    fc.assert(
      fc.property(nhsNumber, fc.integer({ min: 1, max: 9 }), (n, at) => {
        const position = Math.min(at, n.length - 1);
        const text = `NHS ${n.slice(0, position)}\u200B${n.slice(position)} ok`;
        const [span] = detect(text, { kinds: ["nhs-number"] });
        return span !== undefined && span.start === 4 && span.end === 4 + n.length + 1;
      }),
      { numRuns: 200 },
    );
  });
});
