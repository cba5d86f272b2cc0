/** agreements/working-together-prison-probation.json against the Working Together extract. */
import { renderTemplate, TemplateValuesError } from "../../src/policy/templates/render";
import type { Template } from "../../src/policy/templates/types";
import { loadAgreement, named, personalDataInSubject, sampleValues, sourceText, unquoted } from "./sources";

const a = loadAgreement("working-together-prison-probation.json");
const wt = sourceText("working-together-prison-probation-information-exchange.txt");
const derbyshire = loadAgreement("derbyshire.json");
const llr = loadAgreement("llr-safeguarding.json");

function template(id: string): Template {
  const t = a.templates?.find((x) => x.id === id);
  if (!t) throw new Error(`no template ${id}`);
  return t;
}

describe("the Working Together prison and probation agreement", () => {
  it("names HMPPS as the guidance does, and reuses the other agreements' partners for children's social care", () => {
    const nps = a.partners.find((p) => p.id === "nps");
    expect(nps && named(nps.name, [wt])).toBe(true);
    // The guidance names no local authority: the councils are the other agreements' partners,
    // with the same id, name and domains.
    for (const p of a.partners.filter((x) => x.id !== "nps")) {
      const same = [...derbyshire.partners, ...llr.partners].find((x) => x.id === p.id);
      expect([p.id, same?.name]).toEqual([p.id, p.name]);
      for (const d of p.domains) expect([p.id, same?.domains.some((x) => x.domain === d.domain)]).toEqual([p.id, true]);
    }
  });

  it("has the prison's enquiry and the response the guidance lists", () => {
    const enquiry = a.exchanges.find((e) => e.id === "prison-child-safeguarding-enquiry");
    expect(enquiry?.from).toEqual(["nps"]);
    expect(enquiry?.information.join(" ")).toMatch(/record.*concerns about the prisoner.*any contact with a child/s);
    const contact = a.exchanges.find((e) => e.id === "prison-child-contact-risk-assessment");
    expect(contact?.information.join(" ")).toMatch(/best interests.*identity.*view on child contact.*child safeguarding referral/s);
    expect(wt).toContain("providing a report on the child’s best interests and verifying the child’s identity");
    expect(wt).toContain("should advise the prison to complete a child safeguarding referral if one is required");
  });

  it("quotes its clauses from the guidance", () => {
    for (const r of a.channelRules) expect([r.id, unquoted(r.text, wt)]).toEqual([r.id, []]);
    for (const t of a.templates ?? []) expect([t.id, unquoted(t.purpose, wt)]).toEqual([t.id, []]);
  });

  it("gives each template the lawful basis the guidance states", () => {
    for (const t of a.templates ?? []) {
      expect(t.lawfulBasis).toMatch(/section 325\(3\) and \(4\) of the Criminal Justice Act 2003 \(or section 14 of the Offender Management Act 2007\)/);
    }
    expect(wt).toContain("(under section 325(3) and (4) of the Criminal Justice Act 2003) (or section 14 of the Offender Management Act 2007)");
  });

  it("renders every template with renderTemplate, with no personal data in the subject", () => {
    expect(a.templates?.map((t) => t.id)).toEqual(["prison-enquiry-request", "prison-enquiry-response", "child-contact-assessment-report"]);
    for (const t of a.templates ?? []) {
      const r = renderTemplate(t, sampleValues(t), a);
      expect(r.subject).toBe(`OFFICIAL-SENSITIVE: ${t.subjectTitle} – Ref ENQ123456`);
      expect(personalDataInSubject(t, a)).toEqual([]);
      expect(r.text).toContain("Shared under: Working Together to Safeguard Children");
      // Values go to the body, never the subject.
      if (t.fields.some((f) => f.id.toLowerCase().includes("name"))) {
        expect(r.text).toContain("Jane Smith");
        expect(r.subject).not.toContain("Jane Smith");
      }
    }
  });

  it("asks the response for the record, the concerns and contact with a child", () => {
    const ids = template("prison-enquiry-response").fields.map((f) => f.id);
    expect(ids).toEqual(expect.arrayContaining(["recorded", "concerns", "contactConcerns"]));
    const report = template("child-contact-assessment-report").fields;
    expect(report.map((f) => f.id)).toEqual(expect.arrayContaining(["childKnown", "identity", "bestInterests", "viewOnContact", "referralAdvice"]));
    expect(report.find((f) => f.id === "viewOnContact")?.required).toBe(true);
  });

  it("refuses a prison number as the enquiry reference: it identifies the prisoner", () => {
    const t = template("prison-enquiry-request");
    expect(() => renderTemplate(t, { ...sampleValues(t), caseReference: "A1234BC" }, a)).toThrow(TemplateValuesError);
  });

  it("states no review date, version or breach duty, because the guidance gives none", () => {
    expect(a.reviewDate).toBeUndefined();
    expect(a.breach).toBeUndefined();
    expect(a.version).toBe("not stated in the source");
  });
});
