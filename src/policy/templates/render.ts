/**
 * Renders a template and the user's values to a subject, an HTML body and a plain-text body.
 *
 * - Subject: the agreement's marking, the exchange name and the case reference only
 *   ("OFFICIAL-SENSITIVE: Known Persons Check – Ref X123456"); checked with detect() so it can
 *   never carry an identifier.
 * - HTML: one table (caption, <th scope="row"> labels), inline styles only, every value escaped,
 *   line breaks as <br>; works in Outlook's Word-based renderer (no CSS classes, images, scripts).
 * - Text: "Label: value" lines with the values aligned.
 * Empty optional fields are left out. Invalid values throw TemplateValuesError listing every
 * problem; required fields left empty do too, unless options.blank asks for placeholders.
 */
import type { Agreement } from "../agreement/types";
import { detect } from "../detect/detect";
import { isIdentifying } from "../detect/types";
import { displayValue, escapeHtml, escapeHtmlLines, padRight } from "./format";
import type { FieldError, RenderOptions, RenderedTemplate, Template, TemplateField, TemplateValues } from "./types";
import { checkValues } from "./validate";

export class TemplateValuesError extends Error {
  constructor(
    readonly templateId: string,
    readonly errors: FieldError[],
    templateName: string,
  ) {
    super(`The ${templateName} cannot be inserted yet: ${errors.map((e) => e.message).join(" ")}`);
    this.name = "TemplateValuesError";
  }
}

export const SUBJECT_PLACEHOLDER = "[case reference]";

/** What a required field left empty shows when rendering "blank". */
export const PLACEHOLDER = "[Required: to be completed]";

const FONT = "font-family:Segoe UI,Calibri,Arial,sans-serif;font-size:11pt;color:#201f1e";
const CELL = "border:1px solid #8a8886;padding:6px 8px;vertical-align:top;text-align:left";
const TH = `${CELL};background-color:#f3f2f1;font-weight:bold;width:35%`;
const PLACEHOLDER_STYLE = "color:#a4262c;font-weight:bold";

interface Row {
  field: TemplateField;
  /** Display text, or undefined for a placeholder. */
  value?: string;
}

function subjectOf(template: Template, agreement: Agreement, reference: string): string {
  const subject = `${agreement.marking.text}: ${template.subjectTitle} – Ref ${reference || SUBJECT_PLACEHOLDER}`;
  // The reference was checked already; this guards the fixed words too (a new template title or
  // marking that read as a name would otherwise slip through).
  const leak = detect(subject).filter((s) => isIdentifying(s.kind));
  if (leak.length > 0) throw new Error(`The ${template.name} subject would carry personal data (${leak.map((s) => s.kind).join(", ")}); not rendered.`);
  return subject;
}

function footerLines(template: Template, agreement: Agreement): [string, string][] {
  const timescaleLabel = template.kind === "request" || template.kind === "invitation" ? "Response timescale" : "Timescale";
  return [
    ["Shared under", agreement.title],
    ["Purpose", template.purpose],
    ["Lawful basis", template.lawfulBasis],
    [timescaleLabel, template.timescale],
  ];
}

function htmlOf(template: Template, agreement: Agreement, rows: Row[]): string {
  const parts: string[] = [];
  parts.push(`<div style="${FONT}">`);
  parts.push(`<p style="margin:0 0 8px 0;font-weight:bold">${escapeHtml(agreement.marking.text)}</p>`);
  if (template.notice) parts.push(`<p style="margin:0 0 8px 0;font-weight:bold">${escapeHtml(template.notice)}</p>`);
  parts.push(`<table style="border-collapse:collapse;width:100%;max-width:640px;${FONT}" cellpadding="0" cellspacing="0">`);
  parts.push(`<caption style="text-align:left;font-weight:bold;font-size:13pt;padding:0 0 6px 0">${escapeHtml(template.name)}</caption>`);
  parts.push("<tbody>");
  for (const row of rows) {
    const cell = row.value === undefined ? `<span style="${PLACEHOLDER_STYLE}">${escapeHtml(PLACEHOLDER)}</span>` : escapeHtmlLines(row.value);
    parts.push(`<tr><th scope="row" style="${TH}">${escapeHtml(row.field.label)}</th><td style="${CELL}">${cell}</td></tr>`);
  }
  parts.push("</tbody></table>");
  const footer = footerLines(template, agreement)
    .map(([label, text]) => `<strong>${escapeHtml(label)}:</strong> ${escapeHtml(text)}`)
    .join("<br>");
  parts.push(`<p style="margin:12px 0 0 0;max-width:640px;font-size:9pt;color:#484644">${footer}</p>`);
  parts.push("</div>");
  return parts.join("");
}

function textOf(template: Template, agreement: Agreement, rows: Row[]): string {
  const width = rows.reduce((w, r) => Math.max(w, r.field.label.length + 1), 0) + 1;
  const indent = " ".repeat(width);
  const lines: string[] = [agreement.marking.text, ""];
  if (template.notice) lines.push(template.notice, "");
  lines.push(template.name, "");
  for (const row of rows) {
    const value = row.value === undefined ? PLACEHOLDER : row.value;
    const valueLines = value.split("\n");
    lines.push(padRight(`${row.field.label}:`, width) + valueLines[0]);
    for (let i = 1; i < valueLines.length; i++) lines.push(indent + valueLines[i]);
  }
  lines.push("", "--");
  for (const [label, text] of footerLines(template, agreement)) lines.push(`${label}: ${text}`);
  return lines.join("\n") + "\n";
}

/**
 * Renders `template` with `values`. Throws TemplateValuesError (with every problem, each naming
 * its field) when a value is invalid, or when a required field is empty and options.blank is not
 * set. Call validateTemplateValues first to show the problems without catching.
 */
export function renderTemplate(template: Template, values: TemplateValues, agreement: Agreement, options: RenderOptions = {}): RenderedTemplate {
  const checked = checkValues(template, values);
  const missing = new Set(checked.missing);
  const errors = options.blank ? checked.errors.filter((e) => !missing.has(e.fieldId)) : checked.errors;
  if (errors.length > 0) throw new TemplateValuesError(template.id, errors, template.name);

  const rows: Row[] = [];
  let reference = "";
  for (const field of template.fields) {
    const value = checked.values[field.id] ?? "";
    if (field.type === "reference") reference = value;
    if (value) rows.push({ field, value: displayValue(field, value) });
    else if (field.required) rows.push({ field });
  }
  return {
    subject: subjectOf(template, agreement, reference),
    html: htmlOf(template, agreement, rows),
    text: textOf(template, agreement, rows),
  };
}
