/**
 * Escaping and display formatting for rendered values. ES2016 only (no padEnd, no replaceAll).
 */
import { withoutBidiControls } from "../text/bidi";
import type { TemplateField } from "./types";

const HTML_SPECIAL = /[&<>"']/g;
const ENTITY: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes & < > " ' so the text is inert inside element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(HTML_SPECIAL, (c) => ENTITY[c] as string);
}

/** Escaped, with each line break a <br>. */
export function escapeHtmlLines(text: string): string {
  return text.split("\n").map(escapeHtml).join("<br>");
}

// C0 controls other than tab and line feed, DEL, and the C1 controls: invisible, and some
// break mail clients.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** The value as the renderer uses it: line breaks made \n, control characters and bidi controls
 * removed (a value must not reorder the template's text around it), trimmed; single-line
 * fields get their line breaks turned into spaces. */
export function normaliseValue(raw: string, multiline: boolean): string {
  const lines = withoutBidiControls(raw.replace(/\r\n?/g, "\n").replace(CONTROL, ""));
  return (multiline ? lines : lines.replace(/[\n\t]+/g, " ")).trim();
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2026-03-12" → "12 March 2026" (the caller has checked it is a real date). */
export function formatIsoDate(iso: string): string {
  const parts = iso.split("-");
  return `${Number(parts[2])} ${MONTHS[Number(parts[1]) - 1]} ${parts[0]}`;
}

/** What the message shows for a checked, non-empty value. */
export function displayValue(field: TemplateField, value: string): string {
  if (field.type === "date") return formatIsoDate(value);
  if (field.options) {
    for (const o of field.options) if (o.value === value) return o.label;
  }
  return value;
}

/** Pads with spaces to `width` (String.prototype.padEnd is ES2017). */
export function padRight(text: string, width: number): string {
  return text.length >= width ? text : text + " ".repeat(width - text.length);
}
