import { detect, resolveOverlaps } from "../../../src/policy/detect";
import { RECOGNIZERS } from "../../../src/policy/detect/recognizers";
import { PERSONAL_DATA_KINDS } from "../../../src/policy/detect/types";
import type { Candidate, Recognizer } from "../../../src/policy/detect/types";

function fixed(kind: Candidate["kind"], found: Array<[number, number, number?]>): Recognizer {
  return {
    kind,
    find: () => found.map(([start, end, confidence]) => ({ start, end, kind, confidence: confidence ?? 0.9 })),
  };
}

describe("detect", () => {
  it("finds every identifier kind in one body, sorted by start, with the original text", () => {
    const text =
      "Re: case Z956699. Jo lives at Flat 3, 22 Station Street, DE11 3EQ, tel 07593 199348, " +
      "email jo.bloggs@example.co.uk. NHS 943 476 5919, NI AB 12 34 56 C, PNC 2002/0073319Z, " +
      "CRO 065656/91H, prison no. G8150WH.";
    // Names, dates of birth and special categories have their own tests.
    const kinds = PERSONAL_DATA_KINDS.filter((k) => k !== "person-name" && k !== "date-of-birth" && k !== "special-category");
    const spans = detect(text, { kinds });
    expect(spans.map((s) => [s.kind, s.text])).toEqual([
      ["case-reference", "Z956699"],
      ["street-address", "Flat 3, 22 Station Street"],
      ["postcode", "DE11 3EQ"],
      ["phone-number", "07593 199348"],
      ["email-address", "jo.bloggs@example.co.uk"],
      ["nhs-number", "943 476 5919"],
      ["national-insurance-number", "AB 12 34 56 C"],
      ["pnc-id", "2002/0073319Z"],
      ["cro-number", "065656/91H"],
      ["prison-number", "G8150WH"],
    ]);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it("never reports a phone number inside an NHS number", () => {
    const phoneInside = fixed("phone-number", [[4, 16]]);
    const spans = detect("NHS 943 476 5919", {}, [...RECOGNIZERS, phoneInside]);
    expect(spans.map((s) => s.kind)).toEqual(["nhs-number"]);
  });

  it("filters by kind after resolving overlaps", () => {
    const phoneInside = fixed("phone-number", [[4, 16]]);
    expect(detect("NHS 943 476 5919", { kinds: ["phone-number"] }, [...RECOGNIZERS, phoneInside])).toEqual([]);
    expect(detect("NHS 943 476 5919 DE1 2EU", { kinds: ["postcode"] }).map((s) => s.text)).toEqual(["DE1 2EU"]);
  });

  it("drops candidates below minConfidence", () => {
    const text = "see 81/34U and PNC 2002/0073319Z";
    expect(detect(text).map((s) => s.text)).toEqual(["81/34U", "2002/0073319Z"]);
    expect(detect(text, { minConfidence: 0.9 }).map((s) => s.text)).toEqual(["2002/0073319Z"]);
  });

  it("keeps the other recognizers' results when one throws", () => {
    const broken: Recognizer = {
      kind: "person-name",
      find: () => {
        throw new Error("boom");
      },
    };
    const spans = detect("NHS 943 476 5919", {}, [broken, ...RECOGNIZERS]);
    expect(spans.map((s) => s.kind)).toEqual(["nhs-number"]);
  });

  it("ignores malformed candidates from a recognizer", () => {
    const bad = fixed("postcode", [[-1, 3], [5, 2], [0, 999]]);
    expect(detect("hello world", {}, [bad])).toEqual([]);
  });

  it("passes earlier candidates to later recognizers", () => {
    const seen: number[] = [];
    const spy: Recognizer = {
      kind: "date-of-birth",
      find: (_text, earlier) => {
        seen.push(earlier.length);
        return [];
      },
    };
    detect("NHS 943 476 5919 and DE1 2EU", {}, [...RECOGNIZERS, spy]);
    expect(seen).toEqual([2]);
  });

  it("finds identifiers throughout long texts, whatever chunk they fall in", () => {
    const line = "Tel 07593 199348, NHS 943 476 5919, DE11 3EQ.\u200B\n";
    const filler = "Nothing to see here, just words and more words.\n".repeat(50);
    let text = "";
    const expected: number[] = [];
    while (text.length < 400_000) {
      text += filler;
      expected.push(text.length + 4);
      text += line;
    }
    const phones = detect(text, { kinds: ["phone-number"] });
    expect(phones.map((s) => s.start)).toEqual(expected);
    expect(phones.every((s) => s.text === "07593 199348")).toBe(true);
    expect(detect(text, { kinds: ["nhs-number"] })).toHaveLength(expected.length);
    expect(detect(text, { kinds: ["postcode"] })).toHaveLength(expected.length);
  });

  it("copes with long texts that have no line breaks or spaces", () => {
    const text = "x".repeat(200_000) + " DE11 3EQ";
    expect(detect(text).map((s) => s.text)).toEqual(["DE11 3EQ"]);
  });

  it("returns [] for non-string input rather than throwing", () => {
    expect(detect(undefined as unknown as string)).toEqual([]);
    expect(detect(42 as unknown as string)).toEqual([]);
  });

  it("treats null options as no options", () => {
    expect(detect("NHS 943 476 5919", null as unknown as undefined).map((s) => s.kind)).toEqual(["nhs-number"]);
  });
});

describe("resolveOverlaps", () => {
  const c = (start: number, end: number, kind: Candidate["kind"], confidence = 0.9): Candidate => ({ start, end, kind, confidence });

  it("keeps the higher-ranked kind when kinds overlap", () => {
    expect(resolveOverlaps([c(0, 12, "phone-number"), c(0, 12, "nhs-number")])).toEqual([c(0, 12, "nhs-number")]);
    expect(resolveOverlaps([c(0, 20, "street-address"), c(5, 10, "postcode")])).toEqual([c(5, 10, "postcode")]);
  });

  it("keeps adjacent spans of different kinds", () => {
    const spans = [c(0, 17, "street-address"), c(19, 27, "postcode")];
    expect(resolveOverlaps(spans)).toEqual(spans);
  });

  it("keeps the longer of two overlapping spans of one kind", () => {
    expect(resolveOverlaps([c(0, 5, "case-reference"), c(2, 12, "case-reference")])).toEqual([c(2, 12, "case-reference")]);
  });

  it("lets special-category phrases overlap identifiers but merges overlapping phrases", () => {
    const out = resolveOverlaps([c(0, 30, "special-category"), c(5, 15, "person-name"), c(20, 40, "special-category")]);
    expect(out).toEqual([c(0, 40, "special-category"), c(5, 15, "person-name")]);
  });

  it("resolves many overlapping candidates without hanging (timings: npm run bench)", () => {
    const many: Candidate[] = [];
    for (let i = 0; i < 200_000; i++) many.push(c(i, i + 3, i % 2 ? "phone-number" : "postcode"));
    const out = resolveOverlaps(many);
    for (let i = 1; i < out.length; i++) expect((out[i] as Candidate).start).toBeGreaterThanOrEqual((out[i - 1] as Candidate).end);
  });
});
