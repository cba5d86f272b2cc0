/** Values for the template tests: valid full sets, required-only sets and hostile text. */
import type { Template, TemplateField } from "../../../src/policy/templates";

export function validValue(field: TemplateField): string {
  switch (field.type) {
    case "reference":
      return "X123456";
    case "date":
      return "2026-03-12";
    case "time":
      return "10:30";
    case "email":
      return "officer@justice.gov.uk";
    case "phone":
      return "01332 123456";
    case "select":
    case "radio":
      return (field.options ?? [])[0]?.value ?? "";
    case "textarea":
      return `First line of ${field.label}\nSecond line`;
    default:
      return `Sample ${field.label}`;
  }
}

export function fullValues(template: Template): Record<string, string> {
  const values: Record<string, string> = {};
  for (const f of template.fields) values[f.id] = validValue(f);
  return values;
}

export function requiredValues(template: Template): Record<string, string> {
  const values: Record<string, string> = {};
  for (const f of template.fields) if (f.required) values[f.id] = validValue(f);
  return values;
}

/** Markup, quotes and entities that must arrive as text. */
export const HOSTILE_LINE = `<script>alert("x")</script> & 'single' "double" <img src=x onerror=alert(1)> &amp; </td></tr></table>`;

/** Free-text fields get `text`; the rest keep valid values (they cannot hold markup). */
export function hostileValues(template: Template, text: string): Record<string, string> {
  const values = fullValues(template);
  for (const f of template.fields) if (f.type === "text" || f.type === "textarea") values[f.id] = text;
  return values;
}
