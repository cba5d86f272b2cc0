/**
 * Checks the user's values against a template's fields with zod: required fields filled in,
 * dates real, choices among the options, lengths bounded, the case reference a reference.
 * Every message names the field by its label so the task pane can show it as is.
 */
import { z } from "zod";
import { isIsoDate, isMailboxAddress, isPhoneNumber } from "../agreement/formats";
import { normaliseValue } from "./format";
import { caseReferenceProblem } from "./reference";
import type { FieldError, FieldType, Template, TemplateField, TemplateValues, ValidationResult } from "./types";

const MAX_LENGTH: Record<FieldType, number> = {
  text: 200,
  textarea: 5000,
  date: 10,
  time: 5,
  select: 100,
  radio: 100,
  reference: 100, // reference.ts gives the precise limit and message
  email: 254,
  phone: 30,
};

const UK_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

function two(n: string): string {
  return n.length === 1 ? "0" + n : n;
}

/** YYYY-MM-DD, or DD/MM/YYYY as UK users type it, as an ISO date; undefined when not a real date. */
export function isoDateOf(value: string): string | undefined {
  const uk = UK_DATE.exec(value);
  const iso = uk ? `${uk[3]}-${two(uk[2] as string)}-${two(uk[1] as string)}` : value;
  return isIsoDate(iso) ? iso : undefined;
}

function formatProblem(field: TemplateField, value: string): string | undefined {
  switch (field.type) {
    case "reference":
      return caseReferenceProblem(field.label, value);
    case "date":
      return isoDateOf(value) ? undefined : `${field.label} must be a real date, written YYYY-MM-DD or DD/MM/YYYY.`;
    case "time":
      return TIME.test(value) ? undefined : `${field.label} must be a time written HH:MM (24-hour clock).`;
    case "email":
      return isMailboxAddress(value.toLowerCase()) ? undefined : `${field.label} must be one e-mail address such as name@derbyshire.gov.uk.`;
    case "phone":
      return isPhoneNumber(value) ? undefined : `${field.label} must be a telephone number (digits, spaces, brackets, + or -).`;
    case "select":
    case "radio": {
      const options = field.options ?? [];
      return options.some((o) => o.value === value) ? undefined : `${field.label} must be one of: ${options.map((o) => `"${o.label}"`).join(", ")}.`;
    }
    default:
      return undefined;
  }
}

function fieldSchema(field: TemplateField) {
  return z.string().superRefine((value, ctx) => {
    if (value === "") {
      if (field.required) ctx.addIssue({ code: "custom", message: `${field.label} is required.` });
      return;
    }
    const max = MAX_LENGTH[field.type];
    const problem = value.length > max ? `${field.label} is too long (${value.length} characters; at most ${max}).` : formatProblem(field, value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });
}

// Built on first use per template: module load stays cheap.
const schemas = new Map<string, z.ZodType<Record<string, string>>>();

function schemaOf(template: Template): z.ZodType<Record<string, string>> {
  let schema = schemas.get(template.id);
  if (!schema) {
    const shape: Record<string, ReturnType<typeof fieldSchema>> = {};
    for (const f of template.fields) shape[f.id] = fieldSchema(f);
    schema = z.object(shape) as unknown as z.ZodType<Record<string, string>>;
    schemas.set(template.id, schema);
  }
  return schema;
}

export interface CheckedValues {
  errors: FieldError[];
  /** Field id → normalised value ("" when empty); dates as YYYY-MM-DD. */
  values: Record<string, string>;
  /** Required fields left empty (render "blank" turns these into placeholders). */
  missing: string[];
}

/** The full check the renderer needs; validateTemplateValues is its public face. */
export function checkValues(template: Template, input: TemplateValues): CheckedValues {
  const errors: FieldError[] = [];
  const values: Record<string, string> = {};
  const raw: Record<string, unknown> = input && typeof input === "object" ? input : {};
  const notText = new Set<string>();
  for (const f of template.fields) {
    const v = raw[f.id];
    if (v !== undefined && v !== null && typeof v !== "string") notText.add(f.id);
    values[f.id] = typeof v === "string" ? normaliseValue(v, f.type === "textarea") : "";
  }
  const result = schemaOf(template).safeParse(values);
  const issues = result.success ? [] : result.error.issues;
  for (const f of template.fields) {
    if (notText.has(f.id)) errors.push({ fieldId: f.id, message: `${f.label} must be text.` });
    else for (const issue of issues) if (issue.path[0] === f.id) errors.push({ fieldId: f.id, message: issue.message });
  }
  const known = new Set(template.fields.map((f) => f.id));
  for (const key of Object.keys(raw)) {
    if (!known.has(key)) errors.push({ fieldId: key, message: `"${key.slice(0, 40)}" is not a field of the ${template.name}.` });
  }
  for (const f of template.fields) {
    if (f.type === "date" && values[f.id]) values[f.id] = isoDateOf(values[f.id] as string) ?? (values[f.id] as string);
  }
  const missing = template.fields.filter((f) => f.required && values[f.id] === "" && !notText.has(f.id)).map((f) => f.id);
  return { errors, values, missing };
}

/** Checks `values` for `template`: ok when there are no errors; each error names the field. */
export function validateTemplateValues(template: Template, values: TemplateValues): ValidationResult {
  const { errors } = checkValues(template, values);
  return { ok: errors.length === 0, errors };
}
