/**
 * agreements/derbyshire.json against its sources: the Derbyshire summary and the DDSCP privacy
 * notice, and, where only the LLR agreement has a clause, an LLR clause that says it is borrowed.
 */
import { renderTemplate } from "../../src/policy/templates/render";
import { loadAgreement, named, normalise, personalDataInSubject, sampleValues, sourceText, unquoted } from "./sources";

const a = loadAgreement("derbyshire.json");
const summary = sourceText("derbyshire-probation-childrens-services-data-processing-summary.txt");
const notice = sourceText("ddscp-privacy-notice.txt");
const llr = sourceText("llr-safeguarding-information-sharing-agreement.txt");

const SUMMARY_DOC = "Data Processing Summary: CRC/Probation Services (Derbyshire and Derby City children's services)";
const NOTICE_DOC = "Derby and Derbyshire Safeguarding Children Partnership (DDSCP) privacy notice";
const LLR_DOC = /^Leicester, Leicestershire and Rutland .*: borrowed by SafeShare, as the Derbyshire summary and the DDSCP privacy notice have no such clause$/;

/** The children's services partners are named for the council; the texts name them in parts. */
const NAME_PARTS: Record<string, string[]> = {
  "derbyshire-cs": ["Derbyshire and Derby City Childrens Services", "Derbyshire County Council"],
  "derby-city-cs": ["Derbyshire and Derby City Childrens Services", "Derby City Council"],
};

/** Paraphrased clauses: what the source holds and the repair that gives the rule's text. */
const PARAPHRASED: Record<string, { source: string; repairs: [string, string][] }> = {
  // The summary drops a word: "by the use the secure e-mail addresses".
  "secure-email-only": {
    source: "All personal information will only be shared electronically by the use the secure e-mail addresses outlined below.",
    repairs: [["by the use the", "by the use [of] the"]],
  },
};

function sourceOf(document: string): string {
  if (document === SUMMARY_DOC) return summary;
  if (document === NOTICE_DOC) return notice;
  if (LLR_DOC.test(document)) return llr;
  throw new Error(`unexpected source document: ${document}`);
}

describe("the Derbyshire agreement's sources", () => {
  // The exchange ids are held by test/policy/agreement/derbyshire.test.ts.
  it("keeps its partner ids and mailboxes (other code depends on them)", () => {
    expect(a.partners.map((p) => p.id)).toEqual(["nps", "dlnr-crc", "derbyshire-cs", "derby-city-cs"]);
    expect(a.partners.flatMap((p) => p.mailboxes).length).toBe(16);
  });

  it("names each partner as the Derbyshire texts do", () => {
    for (const p of a.partners) {
      const parts = NAME_PARTS[p.id];
      const ok = parts === undefined ? named(p.name, [summary, notice]) : parts.every((part) => named(part, [summary, notice]));
      expect([p.id, ok]).toEqual([p.id, true]);
    }
  });

  it("quotes each clause from the document its source names, and cites the LLR only as borrowed", () => {
    for (const r of a.channelRules) {
      const source = sourceOf(r.source.document);
      const paraphrase = PARAPHRASED[r.id];
      if (paraphrase !== undefined) {
        expect([r.id, normalise(source).includes(normalise(paraphrase.source))]).toEqual([r.id, true]);
        expect(r.text).toBe(paraphrase.repairs.reduce((text, [from, to]) => text.replace(from, to), paraphrase.source));
        continue;
      }
      expect([r.id, unquoted(r.text, source)]).toEqual([r.id, []]);
    }
  });

  it("cites the Derbyshire texts wherever they support the clause", () => {
    const documentOf = (id: string) => a.channelRules.find((r) => r.id === id)?.source.document;
    for (const id of ["secure-email-only", "sensitive-data-secure-route-only", "record-sharing", "exchange-routes", "mailbox-schedules"]) expect([id, documentOf(id)]).toEqual([id, SUMMARY_DOC]);
    expect(documentOf("disclose-only-to-entitled")).toBe(NOTICE_DOC);
    // Only the LLR has these: kept, with an honest source.
    for (const id of ["no-personal-data-in-subject", "password-protect-attachments", "police-nhs-conventions", "protective-marking", "turn-off-address-autofill", "share-only-what-is-needed"]) {
      expect([id, LLR_DOC.test(documentOf(id) ?? "")]).toEqual([id, true]);
    }
    expect(a.marking.note).toMatch(/^Not stated in the Derbyshire summary or the DDSCP privacy notice/);
  });

  it("gives every template the lawful bases of the DDSCP privacy notice, never the LLR's", () => {
    for (const t of a.templates ?? []) {
      expect([t.id, t.lawfulBasis]).toEqual([t.id, expect.stringContaining("(DDSCP privacy notice: ")]);
      expect(t.lawfulBasis).not.toMatch(/LLR/);
      expect(t.clause).toMatch(/^Derbyshire data processing summary: /);
      // Every Act it names is one the privacy notice lists.
      for (const act of t.lawfulBasis.match(/(?:Children|Crime and Disorder) Act \d{4}/g) ?? []) expect([t.id, notice.includes(act)]).toEqual([t.id, true]);
      for (const f of t.fields) expect([t.id, f.id, /LLR/.test(f.help) && !/borrows from the LLR/.test(f.help)]).toEqual([t.id, f.id, false]);
    }
    expect(notice).toContain("Our legal obligations and public tasks");
    expect(notice).toContain("Article 6 (1) (a)-(e) & Article 9 (2) (b),(c),(g),(h)");
    expect(notice).toContain("criminal conviction data in accordance with our statutory functions");
  });

  it("renders every template, with no personal data in the subject", () => {
    expect(a.templates?.length).toBe(13);
    for (const t of a.templates ?? []) {
      const r = renderTemplate(t, sampleValues(t), a);
      expect(r.subject).toBe(`OFFICIAL-SENSITIVE: ${t.subjectTitle} – Ref ENQ123456`);
      expect([t.id, personalDataInSubject(t, a)]).toEqual([t.id, []]);
      expect(r.text).toContain("DDSCP privacy notice");
    }
  });

  it("has no breach section: the Derbyshire texts set no breach duties for practitioners", () => {
    expect(a.breach).toBeUndefined();
    expect(a.source.note).toMatch(/No breach section/);
    expect(normalise(summary)).not.toMatch(/breach of (confidentiality|data)|data security breach|Information Commissioner/i);
    expect(notice).not.toMatch(/72 hours/);
  });
});
