/**
 * Template rendering with hostile values: nothing a user types becomes markup. Every rendering
 * either succeeds with the template's own tags and attributes only, showing the payload as text,
 * or refuses with TemplateValuesError (never another error).
 */
import fc from "fast-check";
import { Parser } from "htmlparser2";
import { derbyshireAgreement } from "../../src/policy/agreement";
import { bodyTexts } from "../../src/policy/html";
import { renderTemplate, TEMPLATES, TemplateValuesError, type Template, type TemplateValues } from "../../src/policy/templates";
import { MARKUP_PAYLOADS } from "./markupPayloads";


interface Markup {
  tags: Set<string>;
  attributes: Set<string>;
  values: string[];
}

function markupOf(html: string): Markup {
  const m: Markup = { tags: new Set(), attributes: new Set(), values: [] };
  const parser = new Parser({
    onopentag(name, attribs) {
      m.tags.add(name);
      for (const a of Object.keys(attribs)) {
        m.attributes.add(`${name}[${a}]`);
        m.values.push(attribs[a] as string);
      }
    },
  });
  parser.end(html);
  return m;
}

const freeTextFields = (t: Template) => t.fields.filter((f) => f.type === "text" || f.type === "textarea");

function render(template: Template, values: TemplateValues) {
  try {
    return renderTemplate(template, values, derbyshireAgreement, { blank: true });
  } catch (error) {
    expect(error).toBeInstanceOf(TemplateValuesError);
    return null;
  }
}

describe.each(TEMPLATES.filter((t) => freeTextFields(t).length > 0).map((t) => [t.id, t] as const))("template %s", (_id, template) => {
  const baseline = markupOf(renderTemplate(template, {}, derbyshireAgreement, { blank: true }).html);
  const fields = freeTextFields(template);

  it.each(MARKUP_PAYLOADS)("shows %j as text, adding no tag or attribute", (payload) => {
    const values: TemplateValues = {};
    for (const f of fields) values[f.id] = payload;
    const rendered = renderTemplate(template, values, derbyshireAgreement, { blank: true });
    const m = markupOf(rendered.html);
    expect([...m.tags].filter((t) => !baseline.tags.has(t))).toEqual([]);
    expect([...m.attributes].filter((a) => !baseline.attributes.has(a))).toEqual([]);
    expect(m.values.filter((v) => /javascript:|__xss/i.test(v))).toEqual([]);
    expect(bodyTexts(rendered.html).visible).toContain(payload);
    expect(rendered.subject).not.toMatch(/[<>]/);
  });

  it("random text in every free-text field never throws anything but TemplateValuesError, nor adds markup", () => {
    const text = fc.oneof(fc.string({ unit: "binary", maxLength: 80 }), fc.constantFrom(...MARKUP_PAYLOADS));
    fc.assert(
      fc.property(fc.array(text, { minLength: fields.length, maxLength: fields.length }), (texts) => {
        const values: TemplateValues = {};
        fields.forEach((f, i) => (values[f.id] = texts[i] as string));
        const rendered = render(template, values);
        if (rendered === null) return;
        const m = markupOf(rendered.html);
        expect([...m.tags].filter((t) => !baseline.tags.has(t))).toEqual([]);
        expect([...m.attributes].filter((a) => !baseline.attributes.has(a))).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
