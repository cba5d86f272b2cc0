/**
 * The shape of a structured template: plain data in the agreement file ("templates" in
 * agreements/*.json). schema.ts describes the same shape in zod; the agreement schema uses it, so
 * the build and `safeshare agreement lint` hold every template to it.
 */
export const FIELD_TYPES = ["text", "textarea", "date", "time", "select", "radio", "reference", "email", "phone"] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export const TEMPLATE_KINDS = ["request", "response", "notification", "invitation", "report", "update"] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

export interface FieldOption {
  /** Stable value stored in the values record (kebab-case). */
  value: string;
  /** What the user reads, and what the message shows. */
  label: string;
}

export interface TemplateField {
  /** camelCase key in the values record. */
  id: string;
  label: string;
  type: FieldType;
  required: boolean;
  /** Guidance for the person filling it in, taken from the agreement's wording. */
  help: string;
  /** The choices of a select or radio field. */
  options?: FieldOption[];
}

export interface Template {
  /** Stable id, e.g. "kpc-probation-request". */
  id: string;
  /** The agreement exchange it belongs to (the same file's exchanges[].id). */
  exchangeId: string;
  /** Full name shown in the task pane. */
  name: string;
  /** The exchange name in the subject: "Known Persons Check" → "OFFICIAL-SENSITIVE: Known Persons Check – Ref X123456". */
  subjectTitle: string;
  kind: TemplateKind;
  /** Which partners send it and which receive it (agreement partner ids). */
  direction: { from: string[]; to: string[] };
  purpose: string;
  lawfulBasis: string;
  /** The response or sending timescale as the agreement states it. */
  timescale: string;
  /** A line the body shows above the fields (e.g. RtCN1: "for information only, not a referral"). */
  notice?: string;
  /** The clause of the agreement the template follows (for docs and audit). */
  clause: string;
  fields: TemplateField[];
}

/** Values typed by the user, keyed by field id. */
export type TemplateValues = Record<string, string>;

export interface FieldError {
  fieldId: string;
  message: string;
}

export interface ValidationResult {
  ok: boolean;
  errors: FieldError[];
}

export interface RenderedTemplate {
  subject: string;
  html: string;
  text: string;
}

export interface RenderOptions {
  /** Render required fields left empty as marked placeholders instead of refusing. */
  blank?: boolean;
}
