import { join } from "node:path";
import { loadLabelledMessages, runMessages, type LabelledMessage } from "../../scripts/evalMessages";
import { DEV_GIVEN_NAMES, DEV_SURNAMES, renamedCorpus, renamedVariants } from "../../scripts/renamedVariants";

const DEV = join(__dirname, "..", "..", "..", "shared", "corpus", "messages.dev.jsonl");

const ONE: LabelledMessage = {
  id: "m1",
  category: "signature",
  expected: "pass",
  line: JSON.stringify({
    id: "m1",
    category: "signature",
    message: { id: "m1", from: "marcus.reid@justice.gov.uk", to: ["tom.fletcher@justice.gov.uk"], cc: [], subject: "Hi Tom", body: "Hi Tom,\n\nThanks\n\nMarcus Reid\nFrom: REID, Marcus\nHollister Road", bodyType: "text" },
    expect: { verdict: "pass" },
  }),
};

describe("renamedVariants (the dev set with its people renamed)", () => {
  it("swaps each name everywhere, the same way, in the case it was written in, and keeps the label", () => {
    const [copy] = renamedVariants([ONE], 7, 1);
    const parsed = JSON.parse((copy as LabelledMessage).line) as { id: string; message: { from: string; to: string[]; subject: string; body: string }; expect: { verdict: string } };
    const m = parsed.message;
    const [given, family] = m.from.replace("@justice.gov.uk", "").split(".") as [string, string];
    expect(given).not.toBe("marcus");
    expect(m.body).toContain(`${given[0]?.toUpperCase()}${given.slice(1)} `);
    expect(m.body.toLowerCase()).toContain(`${given} ${family}`);
    expect(m.body).toContain(`From: ${family.toUpperCase()},`);
    expect(m.subject).toBe(`Hi ${m.body.slice(3, m.body.indexOf(","))}`);
    expect(m.to[0]?.split(".")[0]).toBe(m.subject.slice(3).toLowerCase());
    // Words that merely start with a name are left: "Hollister" is not "Hollis".
    expect(m.body).toContain("Hollister Road");
    expect([copy?.id, parsed.id, parsed.expect.verdict, copy?.expected]).toEqual(["m1~7.0", "m1~7.0", "pass", "pass"]);
  });

  it("gives the same copies for the same seed and other copies for another", () => {
    expect(renamedVariants([ONE], 3, 2)).toEqual(renamedVariants([ONE], 3, 2));
    expect(renamedVariants([ONE], 3, 1)[0]?.line).not.toBe(renamedVariants([ONE], 4, 1)[0]?.line);
  });

  it("knows every dev-set person it swaps as one part of a name only", () => {
    expect(DEV_GIVEN_NAMES.filter((n) => DEV_SURNAMES.includes(n))).toEqual([]);
  });

  it("every renamed copy of the dev set gets the verdict its message expects (5 seeds, 10 copies each)", () => {
    const dev = loadLabelledMessages(DEV);
    const copies = [1, 2, 3, 4, 5].flatMap((seed) => renamedVariants(dev, seed, 10));
    expect(copies).toHaveLength(dev.length * 50);
    const wrong = runMessages(copies)
      .filter((o) => o.verdict !== o.message.expected)
      .map((o) => `${o.message.id}: expected ${o.message.expected}, got ${o.verdict}`);
    expect(wrong).toEqual([]);
  });
});

describe("renamedCorpus (the labelled corpus with its names swapped)", () => {
  const items = [
    { id: "s1", text: "KPC request: FOX, Grace (6/7/25)", spans: [{ start: 13, end: 23, kind: "person-name" }, { start: 25, end: 31, kind: "date-of-birth" }], personal: true },
    { id: "s2", text: "Grace Fox and Mrs Fox - KPC 12/03/2011", spans: [{ start: 0, end: 9, kind: "person-name" }, { start: 14, end: 21, kind: "person-name" }, { start: 28, end: 38, kind: "date-of-birth" }], personal: true },
    { id: "s3", text: "Training dates for January", spans: [], personal: false },
  ];

  it("swaps each name's words by part and case, keeps titles, and moves every later span with it", () => {
    for (const seed of [1, 2, 3]) {
      const [a, b, c] = renamedCorpus(items, seed) as [(typeof items)[0], (typeof items)[0], (typeof items)[0]];
      expect(a.text.slice(a.spans[1]!.start, a.spans[1]!.end)).toBe("6/7/25");
      expect(a.text.slice(a.spans[0]!.start, a.spans[0]!.end)).toMatch(/^[A-Z'-]+, [A-Z][a-z'-]+$/);
      expect(b.text.slice(b.spans[2]!.start, b.spans[2]!.end)).toBe("12/03/2011");
      expect(b.text.slice(b.spans[1]!.start, b.spans[1]!.end)).toMatch(/^Mrs [A-Z]/);
      expect(b.text).not.toBe(items[1]!.text);
      expect(c).toEqual(items[2]);
    }
  });
});
