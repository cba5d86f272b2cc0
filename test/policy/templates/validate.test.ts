import { TEMPLATES, caseReferenceProblem, templateById, validateTemplateValues, type Template } from "../../../src/policy/templates";
import { fullValues } from "./sampleValues";

const kpc = templateById("kpc-probation-request") as Template;
const conference = templateById("cp-conference-invitation") as Template;

function errorsFor(template: Template, changes: Record<string, unknown>) {
  return validateTemplateValues(template, { ...fullValues(template), ...changes } as Record<string, string>).errors;
}

describe("validateTemplateValues", () => {
  it.each(TEMPLATES.map((t) => [t.id, t] as const))("%s accepts a complete, valid set", (_id, template) => {
    expect(validateTemplateValues(template, fullValues(template))).toEqual({ ok: true, errors: [] });
  });

  it("names each missing required field by its label; whitespace is not a value", () => {
    const result = validateTemplateValues(kpc, { caseReference: "X123456", adultName: "   \n ", urgency: "" });
    expect(result.ok).toBe(false);
    expect(result.errors).toEqual([
      { fieldId: "adultName", message: "Name of the adult is required." },
      { fieldId: "urgency", message: "Urgency is required." },
      { fieldId: "contactName", message: "Requesting officer name is required." },
      { fieldId: "contactEmail", message: "Requesting officer secure e-mail is required." },
    ]);
  });

  it("explains each format problem", () => {
    expect(errorsFor(kpc, { adultDateOfBirth: "31/02/1985" })).toEqual([
      { fieldId: "adultDateOfBirth", message: "Adult's date of birth must be a real date, written YYYY-MM-DD or DD/MM/YYYY." },
    ]);
    expect(errorsFor(conference, { conferenceTime: "25:00" })).toEqual([
      { fieldId: "conferenceTime", message: "Conference time must be a time written HH:MM (24-hour clock)." },
    ]);
    expect(errorsFor(kpc, { contactEmail: "officer at justice" })).toEqual([
      { fieldId: "contactEmail", message: "Requesting officer secure e-mail must be one e-mail address such as name@derbyshire.gov.uk." },
    ]);
    expect(errorsFor(kpc, { contactPhone: "call me" })).toEqual([
      { fieldId: "contactPhone", message: "Requesting officer telephone must be a telephone number (digits, spaces, brackets, + or -)." },
    ]);
    expect(errorsFor(kpc, { urgency: "very" })).toEqual([
      { fieldId: "urgency", message: 'Urgency must be one of: "Business as usual (two working days)", "URGENT In Court".' },
    ]);
  });

  it("accepts UK-style dates and upper-case e-mail addresses", () => {
    expect(errorsFor(kpc, { adultDateOfBirth: "29/02/2024", contactEmail: "Officer.Name@Justice.gov.uk" })).toEqual([]);
  });

  it("reports fields the template does not have and values that are not text", () => {
    expect(errorsFor(kpc, { nickname: "x" })).toEqual([{ fieldId: "nickname", message: `"nickname" is not a field of the ${kpc.name}.` }]);
    expect(errorsFor(kpc, { adultName: 42 })).toEqual([{ fieldId: "adultName", message: "Name of the adult must be text." }]);
    expect(errorsFor(kpc, { stray: "x", adultName: "", caseReference: "Jane Doe" }).map((e) => e.fieldId)).toEqual(["caseReference", "adultName", "stray"]);
  });

  it("never throws on missing or non-object input", () => {
    expect(validateTemplateValues(kpc, undefined as unknown as Record<string, string>).ok).toBe(false);
    expect(validateTemplateValues(kpc, null as unknown as Record<string, string>).errors.length).toBeGreaterThan(0);
  });
});

describe("case reference", () => {
  it.each(["X123456", "A000001", "REF/2026/0077", "123456", "CS-2024-1234", "mosaic-987654"])("accepts %s", (reference) => {
    expect(caseReferenceProblem("Case reference", reference)).toBeUndefined();
  });

  it.each([
    ["John Smith", "looks like a person's name"],
    ["Smith", "is not a case reference"],
    ["12/03/1985", "looks like a date"],
    ["943 476 5919", "looks like an NHS number"],
    ["07700 900123", "looks like a telephone number"],
    ["j.smith@example.com", "looks like an e-mail address"],
    ["X12", "is not a case reference"],
    ["X1234567890123456789012345", "is too long"],
    ["<b>X123456</b>", "is not a case reference"],
  ])("refuses %s: %s", (reference, why) => {
    const problem = caseReferenceProblem("Case reference", reference);
    expect(problem).toContain(`Case reference ${why}`);
    expect(problem).toMatch(/subject|at most 24/);
  });
});
