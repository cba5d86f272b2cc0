import fc from "fast-check";
import { derbyshireAgreement } from "../../../src/policy/agreement";
import { detect, isIdentifying } from "../../../src/policy/detect";
import { PLACEHOLDER, TEMPLATES, TemplateValuesError, renderTemplate, validateTemplateValues } from "../../../src/policy/templates";
import { htmlProblems, tableRows } from "./htmlShape";
import { fullValues } from "./sampleValues";

const markup = fc.constantFrom("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", '"><svg onload=x>', "</td></tr></table>", "&amp;", "&#x3C;", "'", '"', "<!--", "]]>", "\u0000", "\r\n");
/** Random unicode mixed with HTML payloads. */
const hostileText = fc.array(fc.oneof(fc.string({ unit: "grapheme", maxLength: 30 }), fc.string({ unit: "binary", maxLength: 10 }), markup), { maxLength: 12 }).map((parts) => parts.join(""));
const template = fc.constantFrom(...TEMPLATES);
// eslint-disable-next-line no-control-regex -- the control characters the renderer removes
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
/** Bidi formatting characters, which the renderer also removes (they could reorder the text around a value). */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

describe("templates under hostile input (property-based)", () => {
  it("validation never throws and every error names a field of the template or the stray key", () => {
    fc.assert(
      fc.property(template, fc.dictionary(fc.string({ maxLength: 12 }), hostileText, { maxKeys: 6 }), fc.boolean(), (t, extra, mergeValid) => {
        const values = mergeValid ? { ...fullValues(t), ...extra } : extra;
        const result = validateTemplateValues(t, values);
        expect(result.ok).toBe(result.errors.length === 0);
        for (const e of result.errors) {
          expect(e.message.length).toBeGreaterThan(0);
          expect(t.fields.some((f) => f.id === e.fieldId) || e.fieldId in values).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("rendering either refuses with TemplateValuesError or gives inert HTML holding the values as text", () => {
    fc.assert(
      fc.property(template, hostileText, fc.boolean(), (t, text, blank) => {
        const values = fullValues(t);
        const free = t.fields.filter((f) => f.type === "text" || f.type === "textarea");
        for (const f of free) values[f.id] = text;
        let rendered;
        try {
          rendered = renderTemplate(t, values, derbyshireAgreement, { blank });
        } catch (error) {
          expect(error).toBeInstanceOf(TemplateValuesError);
          return;
        }
        expect(htmlProblems(rendered.html)).toEqual([]);
        const rows = tableRows(rendered.html);
        for (const f of free) {
          // The test's own model of what the user sees: control and bidi characters gone, line breaks
          // kept in multi-line fields (spaces in single-line ones), outer spaces trimmed.
          const lines = text.replace(/\r\n?/g, "\n").replace(CONTROL, "").replace(BIDI, "");
          const expected = (f.type === "textarea" ? lines : lines.replace(/[\n\t]+/g, " ")).trim();
          if (expected === "") expect(rows.get(f.label)).toBe(f.required ? PLACEHOLDER : undefined);
          else expect(rows.get(f.label)).toBe(expected);
        }
        expect(rendered.html).not.toMatch(/<(script|img|svg|style|link)\b/i);
      }),
      { numRuns: 300 },
    );
  });

  it("whatever is typed as the case reference, a rendered subject carries no identifying personal data", () => {
    const reference = fc.oneof(
      hostileText,
      fc.stringMatching(/^[A-Z][0-9]{6}$/),
      fc.constantFrom("John Smith", "Mary Jones 1985", "Smith/1234", "AB123456C", "DE22 3NE", "943 476 5919", "1985-03-12", "01332 123456"),
    );
    fc.assert(
      fc.property(template, reference, (t, ref) => {
        let subject: string;
        try {
          subject = renderTemplate(t, { ...fullValues(t), caseReference: ref }, derbyshireAgreement).subject;
        } catch (error) {
          expect(error).toBeInstanceOf(TemplateValuesError);
          return;
        }
        expect(detect(subject).filter((s) => isIdentifying(s.kind))).toEqual([]);
        expect(subject.startsWith(`OFFICIAL-SENSITIVE: ${t.subjectTitle} – Ref `)).toBe(true);
        expect(subject).toMatch(/– Ref [A-Za-z0-9/-]+$/);
      }),
      { numRuns: 400 },
    );
  });
});
