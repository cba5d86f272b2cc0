import { derbyshireAgreement } from "../../../src/policy/agreement";
import { detect, isIdentifying } from "../../../src/policy/detect";
import { PLACEHOLDER, TEMPLATES, TemplateValuesError, renderTemplate, templateById, type Template } from "../../../src/policy/templates";
import { htmlProblems, tableRows } from "./htmlShape";
import { HOSTILE_LINE, fullValues, hostileValues, requiredValues } from "./sampleValues";

const cases = TEMPLATES.map((t) => [t.id, t] as const);

function identifyingIn(subject: string) {
  return detect(subject).filter((s) => isIdentifying(s.kind));
}

function renderOrErrors(template: Template, values: Record<string, string>, blank = false) {
  try {
    return renderTemplate(template, values, derbyshireAgreement, { blank });
  } catch (error) {
    if (error instanceof TemplateValuesError) return error;
    throw error;
  }
}

describe("renderTemplate with full input", () => {
  it.each(cases)("%s: subject is marking, exchange name and reference only", (_id, template) => {
    const { subject } = renderTemplate(template, fullValues(template), derbyshireAgreement);
    expect(subject).toBe(`OFFICIAL-SENSITIVE: ${template.subjectTitle} – Ref X123456`);
    expect(identifyingIn(subject)).toEqual([]);
  });

  it.each(cases)("%s: HTML is one captioned table of every field, inline styles only", (_id, template) => {
    const { html } = renderTemplate(template, fullValues(template), derbyshireAgreement);
    expect(htmlProblems(html)).toEqual([]);
    expect(html).not.toMatch(/<(style|link|img|script)\b|class=|https?:\/\/[^"<]*\.(css|png|jpg|gif)/i);
    expect(html).toContain(`<caption style=`);
    expect(html.match(/<th scope="row"/g)).toHaveLength(template.fields.length);
    const rows = tableRows(html);
    for (const f of template.fields) expect(rows.has(f.label)).toBe(true);
    expect(rows.get("Case reference")).toBe("X123456");
  });

  it.each(cases)("%s: footer names the agreement, purpose, lawful basis and timescale in both bodies", (_id, template) => {
    const { html, text } = renderTemplate(template, fullValues(template), derbyshireAgreement);
    for (const body of [text, html.replace(/&#39;/g, "'")]) {
      expect(body).toContain(derbyshireAgreement.title);
      expect(body).toContain(template.purpose);
      expect(body).toContain(template.timescale);
      expect(body).toContain(template.lawfulBasis);
    }
  });

  it.each(cases)("%s: plain text has aligned 'Label: value' lines", (_id, template) => {
    const { text } = renderTemplate(template, fullValues(template), derbyshireAgreement);
    const fieldLines = text.split("\n").filter((line) => template.fields.some((f) => line.startsWith(`${f.label}:`)));
    expect(fieldLines).toHaveLength(template.fields.length);
    const columns = new Set(fieldLines.map((line) => line.search(/:\s+\S/) + line.slice(line.indexOf(":") + 1).search(/\S/) + 1));
    expect(columns.size).toBe(1);
    expect(text.startsWith("OFFICIAL-SENSITIVE\n")).toBe(true);
  });

  it("shows dates and choices as people read them, and multi-line text with <br>", () => {
    const t = templateById("rtcn1-notification") as Template;
    const values = { ...fullValues(t), offenderAddress: "1 High Street\nDerby", convictionDate: "03/11/2024", riskToIdentifiedChild: "referral-will-follow" };
    const { html, text } = renderTemplate(t, values, derbyshireAgreement);
    const rows = tableRows(html);
    expect(rows.get("Date of conviction")).toBe("3 November 2024");
    expect(rows.get("Risk to an identified child")).toBe("There is a known risk to an identified child: a referral will follow");
    expect(html).toContain("1 High Street<br>Derby");
    expect(text).toMatch(/Offender's address: +1 High Street\n +Derby\n/);
    expect(html).toContain("For information only: this notification is not a referral.");
    expect(text).toContain("For information only: this notification is not a referral.");
  });
});

describe("renderTemplate with partial input", () => {
  it.each(cases)("%s: optional fields left empty are left out", (_id, template) => {
    const { html, text } = renderTemplate(template, requiredValues(template), derbyshireAgreement);
    const rows = tableRows(html);
    for (const f of template.fields) {
      expect(rows.has(f.label)).toBe(f.required);
      expect(text.includes(`\n${f.label}:`)).toBe(f.required);
    }
    expect(html).not.toContain(PLACEHOLDER);
  });

  it.each(cases)("%s: missing required fields refuse with every problem named, unless blank", (_id, template) => {
    const error = renderOrErrors(template, {});
    expect(error).toBeInstanceOf(TemplateValuesError);
    const required = template.fields.filter((f) => f.required);
    expect((error as TemplateValuesError).errors.map((e) => e.fieldId)).toEqual(required.map((f) => f.id));
    for (const f of required) expect((error as TemplateValuesError).message).toContain(`${f.label} is required.`);

    const blank = renderTemplate(template, {}, derbyshireAgreement, { blank: true });
    const rows = tableRows(blank.html);
    for (const f of required) expect(rows.get(f.label)).toBe(PLACEHOLDER);
    expect(rows.size).toBe(required.length);
    expect(blank.subject).toBe(`OFFICIAL-SENSITIVE: ${template.subjectTitle} – Ref [case reference]`);
    expect(blank.text.split(PLACEHOLDER).length - 1).toBe(required.length);
  });

  it("blank still refuses values that are wrong rather than missing", () => {
    const t = templateById("kpc-probation-request") as Template;
    const error = renderOrErrors(t, { caseReference: "Jane Doe" }, true);
    expect(error).toBeInstanceOf(TemplateValuesError);
    expect((error as TemplateValuesError).errors).toEqual([{ fieldId: "caseReference", message: expect.stringMatching(/^Case reference looks like a person's name/) }]);
    const notText = renderOrErrors(t, { adultName: 7 } as unknown as Record<string, string>, true);
    expect((notText as TemplateValuesError).errors).toEqual([{ fieldId: "adultName", message: "Name of the adult must be text." }]);
  });
});

describe("renderTemplate with hostile input", () => {
  it.each(cases)("%s: markup, quotes and entities arrive as text", (_id, template) => {
    const { html, text, subject } = renderTemplate(template, hostileValues(template, HOSTILE_LINE), derbyshireAgreement);
    expect(htmlProblems(html)).toEqual([]);
    expect(html).not.toContain("<script");
    expect(html).not.toContain('"double"');
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;single&#39; &quot;double&quot;");
    expect(html).toContain("&amp;amp;");
    const rows = tableRows(html);
    for (const f of template.fields) if (f.type === "text" || f.type === "textarea") expect(rows.get(f.label)).toBe(HOSTILE_LINE);
    expect(text).toContain(HOSTILE_LINE);
    expect(subject).not.toContain("<");
  });

  it.each(cases)("%s: values at the length limits render; one character more is refused", (_id, template) => {
    const long = hostileValues(template, "");
    for (const f of template.fields) if (f.type === "text") long[f.id] = "<".repeat(200);
    for (const f of template.fields) if (f.type === "textarea") long[f.id] = "a\n".repeat(2499) + "&";
    const { html } = renderTemplate(template, long, derbyshireAgreement);
    expect(htmlProblems(html)).toEqual([]);
    expect(html).toContain("&lt;".repeat(200));
    const free = template.fields.find((f) => f.type === "text" || f.type === "textarea");
    if (!free) return;
    const tooLong = { ...long, [free.id]: "x".repeat(free.type === "text" ? 201 : 5001) };
    const error = renderOrErrors(template, tooLong);
    expect((error as TemplateValuesError).errors).toEqual([{ fieldId: free.id, message: `${free.label} is too long (${free.type === "text" ? 201 : 5001} characters; at most ${free.type === "text" ? 200 : 5000}).` }]);
  });

  it.each(cases)("%s: personal data typed into the reference never reaches the subject", (_id, template) => {
    for (const reference of ["John Smith", "Smith", "12/03/1985", "943 476 5919", "QQ 12 34 56 C", "07700 900123", "DE1 1AA", "j.smith@example.com", "<b>X123456</b>"]) {
      const error = renderOrErrors(template, { ...fullValues(template), caseReference: reference });
      expect(error).toBeInstanceOf(TemplateValuesError);
      expect((error as TemplateValuesError).errors.map((e) => e.fieldId)).toEqual(["caseReference"]);
      expect((error as TemplateValuesError).message).toMatch(/subject/);
    }
  });

  it("strips control characters and normalises line breaks", () => {
    const t = templateById("change-of-address") as Template;
    const { html, text } = renderTemplate(t, { ...fullValues(t), newAddress: "1 High St\r\nDerby\u0000\u0007\rDE1", contactName: "Ann\nLee" }, derbyshireAgreement);
    expect(tableRows(html).get("New address")).toBe("1 High St\nDerby\nDE1");
    expect(tableRows(html).get("Responsible Officer name")).toBe("Ann Lee");
    for (const c of ["\u0000", "\u0007", "\r"]) expect(text).not.toContain(c);
  });
});
