/** User values cannot reorder a template's text: bidi controls are dropped from them. */
import { derbyshireAgreement } from "../../../src/policy/agreement";
import { renderTemplate, templateById, validateTemplateValues } from "../../../src/policy/templates";
import { fullValues } from "./sampleValues";

const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

describe("templates and bidi controls", () => {
  const template = templateById("rtcn1-notification");
  if (!template) throw new Error("rtcn1-notification is missing from the catalogue");

  it("drops them from text, textarea and reference values in the subject, HTML and text", () => {
    const values = {
      ...fullValues(template),
      caseReference: "X123\u200e456",
      offenderName: "Amelia \u202eEdwards\u202c",
      offenderAddress: "\u20661 Station Street\u2069\n\u061cDerby\u200f",
    };
    const rendered = renderTemplate(template, values, derbyshireAgreement);
    for (const out of [rendered.subject, rendered.html, rendered.text]) expect(out).not.toMatch(BIDI);
    expect(rendered.subject).toContain("Ref X123456");
    expect(rendered.text).toContain("Amelia Edwards");
    expect(rendered.html).toContain("1 Station Street<br>Derby");
  });

  it("keeps the joiners that names in some scripts need", () => {
    const name = "\u0915\u094d\u200d\u0937 Kaur";
    const rendered = renderTemplate(template, { ...fullValues(template), offenderName: name }, derbyshireAgreement);
    expect(rendered.text).toContain(name);
  });

  it("validation accepts a reference that carries one (as text pasted from a case system does)", () => {
    expect(validateTemplateValues(template, { ...fullValues(template), caseReference: "\u200eX123456\u200f" })).toEqual({ ok: true, errors: [] });
  });
});
