import type { LabelledText } from "../../scripts/evalCorpus";
import { parseCorpus } from "../../scripts/evalCorpus";
import { flagsPersonal, overlaps, scoreHasPd, scoreKinds, value, type FoundSpan } from "../../scripts/evalMetrics";

const item = (id: string, text: string, spans: LabelledText["spans"]): LabelledText => ({ id, text, spans, personal: false });

describe("overlaps", () => {
  it("is true only when the half-open ranges share a character", () => {
    expect(overlaps({ start: 0, end: 5 }, { start: 4, end: 9 })).toBe(true);
    expect(overlaps({ start: 0, end: 5 }, { start: 5, end: 9 })).toBe(false);
    expect(overlaps({ start: 3, end: 4 }, { start: 0, end: 9 })).toBe(true);
  });
});

describe("flagsPersonal", () => {
  it("ignores case references and special-category spans but counts kindless ones", () => {
    expect(flagsPersonal([{ start: 0, end: 1, kind: "case-reference" }, { start: 2, end: 3, kind: "special-category" }])).toBe(false);
    expect(flagsPersonal([{ start: 0, end: 1, kind: "postcode" }])).toBe(true);
    expect(flagsPersonal([{ start: 0, end: 1, kind: null }])).toBe(true);
  });
});

describe("scoreHasPd", () => {
  const items = [
    item("p1", "Jo Bloggs", [{ start: 0, end: 9, kind: "person-name" }]),
    item("p2", "Jo Bloggs", [{ start: 0, end: 9, kind: "person-name" }]),
    item("n1", "ref 123", [{ start: 4, end: 7, kind: "case-reference" }]),
    item("n2", "hello", []),
  ];
  it("counts recall over personal texts and false positives over the rest", () => {
    const found: FoundSpan[][] = [[{ start: 0, end: 2, kind: "person-name" }], [], [{ start: 4, end: 7, kind: "case-reference" }], [{ start: 0, end: 5, kind: "person-name" }]];
    const s = scoreHasPd(items, found);
    expect(s.recall).toEqual({ num: 1, den: 2 });
    expect(s.fpr).toEqual({ num: 1, den: 2 });
    expect(s.missed.map((i) => i.id)).toEqual(["p2"]);
    expect(s.falseAlarms.map((f) => f.item.id)).toEqual(["n2"]);
  });
});

describe("scoreKinds", () => {
  const items = [
    item("a", "Jo Bloggs, DE1 1AA and Sam Smith", [
      { start: 0, end: 9, kind: "person-name" },
      { start: 11, end: 18, kind: "postcode" },
      { start: 23, end: 32, kind: "person-name" },
    ]),
  ];
  it("needs the same kind to overlap, and counts each side separately", () => {
    const found: FoundSpan[][] = [
      [
        { start: 3, end: 9, kind: "person-name" }, // partial overlap: a hit
        { start: 11, end: 18, kind: "street-address" }, // wrong kind: a false positive, postcode not recalled
        { start: 19, end: 22, kind: "person-name" }, // "and": a false positive
        { start: 5, end: 6, kind: null }, // kindless: not scored per kind
      ],
    ];
    const s = scoreKinds(items, found);
    expect(s["person-name"].precision).toEqual({ num: 1, den: 2 });
    expect(s["person-name"].recall).toEqual({ num: 1, den: 2 });
    expect(s["person-name"].falseNegatives.map((f) => f.span.start)).toEqual([23]);
    expect(s.postcode.recall).toEqual({ num: 0, den: 1 });
    expect(s["street-address"].precision).toEqual({ num: 0, den: 1 });
    expect(value(s["nhs-number"].precision)).toBeNull();
  });
});

describe("parseCorpus", () => {
  it("reads labelled lines and rejects spans outside the text or of unknown kinds", () => {
    const good = '{"id":"s1","text":"Jo","spans":[{"start":0,"end":2,"kind":"person-name"}],"personal":true}\n\n';
    expect(parseCorpus(good, "f")).toEqual([{ id: "s1", text: "Jo", spans: [{ start: 0, end: 2, kind: "person-name" }], personal: true }]);
    expect(() => parseCorpus('{"id":"s1","text":"Jo","spans":[{"start":0,"end":3,"kind":"person-name"}]}', "f")).toThrow("f:1: bad span");
    expect(() => parseCorpus('{"id":"s1","text":"Jo","spans":[{"start":0,"end":2,"kind":"name"}]}', "f")).toThrow("bad span");
  });
});
