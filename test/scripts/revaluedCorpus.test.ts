import { join } from "node:path";
import { loadCorpus } from "../../scripts/evalCorpus";
import { safeShare } from "../../scripts/evalPeers";
import { REVALUED_KINDS, revaluedCorpus } from "../../scripts/revaluedCorpus";
import { isValidCroStandard } from "../../src/policy/detect/recognizers/croNumber";
import { isValidNinoPrefix } from "../../src/policy/detect/recognizers/nationalInsurance";
import { isValidNhsNumber } from "../../src/policy/detect/recognizers/nhsNumber";
import { isValidPncId } from "../../src/policy/detect/recognizers/pncId";
import { isValidPostcode } from "../../src/policy/detect/recognizers/postcode";

type Span = { start: number; end: number; kind: string };
const item = (text: string, values: [string, string][]): { id: string; text: string; spans: Span[]; personal: boolean } => ({
  id: "x",
  text,
  personal: true,
  spans: values.map(([value, kind]) => ({ start: text.indexOf(value), end: text.indexOf(value) + value.length, kind })),
});

const ONE = item("Leo Fox, DOB 02/06/1975, NHS 633-973-5924, NI ZS 64 07 35 B, PNC 2004/9071748F, CRO 022634/94P, of Flat 5, 162 Burton Crescent, NG16 9UN, tel 07635 824709, leo.fox41@live.co.uk, G8150WH, ref H620198", [
  ["Leo Fox", "person-name"],
  ["02/06/1975", "date-of-birth"],
  ["633-973-5924", "nhs-number"],
  ["ZS 64 07 35 B", "national-insurance-number"],
  ["2004/9071748F", "pnc-id"],
  ["022634/94P", "cro-number"],
  ["Flat 5, 162 Burton Crescent", "street-address"],
  ["NG16 9UN", "postcode"],
  ["07635 824709", "phone-number"],
  ["leo.fox41@live.co.uk", "email-address"],
  ["G8150WH", "prison-number"],
  ["H620198", "case-reference"],
]);

const valueOf = (text: string, spans: Span[], kind: string): string => {
  const span = spans.find((s) => s.kind === kind) as Span;
  return text.slice(span.start, span.end);
};

describe("revaluedCorpus (the labelled corpus with its values swapped)", () => {
  it("gives each identifier, date, address, number and e-mail address a fresh, valid value written the same way", () => {
    const [copy] = revaluedCorpus([ONE], 4);
    const { text, spans } = copy as typeof ONE;
    const value = (kind: string): string => valueOf(text, spans, kind);
    expect(value("person-name")).toBe("Leo Fox");
    for (const kind of REVALUED_KINDS) expect(`${kind}: ${value(kind)}`).not.toBe(`${kind}: ${valueOf(ONE.text, ONE.spans, kind)}`);
    expect(value("date-of-birth")).toMatch(/^\d\d\/\d\d\/\d{4}$/);
    expect(value("nhs-number")).toMatch(/^\d{3}-\d{3}-\d{4}$/);
    expect(isValidNhsNumber(value("nhs-number").replace(/-/g, ""))).toBe(true);
    expect(value("national-insurance-number")).toMatch(/^[A-Z]{2} \d\d \d\d \d\d [A-D]$/);
    expect(isValidNinoPrefix(value("national-insurance-number").slice(0, 2))).toBe(true);
    const [, year, serial, check] = /^(\d{4})\/(\d{7})([A-Z])$/.exec(value("pnc-id")) as unknown as string[];
    expect(isValidPncId(year as string, serial as string, check as string)).toBe(true);
    const [, croSerial, croYear, croCheck] = /^(\d{6})\/(\d\d)([A-Z])$/.exec(value("cro-number")) as unknown as string[];
    expect(isValidCroStandard(croSerial as string, croYear as string, croCheck as string)).toBe(true);
    expect(value("street-address")).toMatch(/^Flat \d+, \d+ [A-Z][A-Za-z' ]+ [A-Z][a-z]+$/);
    expect(isValidPostcode(value("postcode"))).toBe(true);
    expect(value("phone-number")).toMatch(/^07635 \d{6}$/);
    expect(value("email-address")).toMatch(/@live\.co\.uk$/);
    expect(value("prison-number")).toMatch(/^[AG]\d{4}[A-Z]{2}$/);
    expect(value("case-reference")).toMatch(/^[A-Z]\d{6}$/);
  });

  it("keeps other layouts: short years, dots, ISO dates, written months, NHS digits run together", () => {
    const source = item("born 7/10/22, 05.09.2023, 2010-09-24 and 3rd October 2017; NHS 2232367487", [
      ["7/10/22", "date-of-birth"],
      ["05.09.2023", "date-of-birth"],
      ["2010-09-24", "date-of-birth"],
      ["3rd October 2017", "date-of-birth"],
      ["2232367487", "nhs-number"],
    ]);
    const [copy] = revaluedCorpus([source], 9);
    const { text, spans } = copy as typeof source;
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual([
      expect.stringMatching(/^\d{1,2}\/\d{1,2}\/\d\d$/),
      expect.stringMatching(/^\d\d\.\d\d\.\d{4}$/),
      expect.stringMatching(/^\d{4}-\d\d-\d\d$/),
      expect.stringMatching(/^\d{1,2}(?:st|nd|rd|th) [A-Z][a-z]+ \d{4}$/),
      expect.stringMatching(/^\d{10}$/),
    ]);
    expect(text.startsWith("born ")).toBe(true);
  });

  it("gives the same copies for the same seed and other copies for another", () => {
    expect(revaluedCorpus([ONE], 3)).toEqual(revaluedCorpus([ONE], 3));
    expect(revaluedCorpus([ONE], 3)[0]?.text).not.toBe(revaluedCorpus([ONE], 4)[0]?.text);
  });

  it("SafeShare finds every labelled span of the corpus with its values swapped, and nothing else (2 seeds)", () => {
    const corpus = loadCorpus(join(__dirname, "..", "..", "..", "shared", "corpus"));
    const wrong: string[] = [];
    for (const seed of [11, 12]) {
      for (const copy of [...revaluedCorpus(corpus.subjects, seed), ...revaluedCorpus(corpus.bodies, seed)]) {
        const found = safeShare.find(copy.text);
        const overlaps = (a: { start: number; end: number; kind: string | null }, b: Span): boolean => a.kind === b.kind && a.start < b.end && a.end > b.start;
        for (const s of copy.spans) if (!found.some((f) => overlaps(f, s))) wrong.push(`missed ${s.kind} "${copy.text.slice(s.start, s.end)}" in ${copy.id}`);
        for (const f of found) if (!copy.spans.some((s) => overlaps(f, s))) wrong.push(`extra ${f.kind} "${copy.text.slice(f.start, f.end)}" in ${copy.id}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
