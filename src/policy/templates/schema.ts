/**
 * The zod description of a Template: part of the agreement schema ("templates"), so templates are
 * validated with their agreement at build time, by `safeshare agreement lint` and in the tests,
 * never at run time (loading the catalogue stays cheap and zod stays out of the bundles' path).
 */
import { z } from "zod";
import { FIELD_TYPES, TEMPLATE_KINDS } from "./types";

const text = z.string().trim().min(1, { error: "expected non-empty text" });
const kebab = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "expected a kebab-case id" });

const OptionSchema = z.strictObject({ value: kebab, label: text });

export const TemplateFieldSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z][A-Za-z0-9]*$/, { error: "expected a camelCase field id" }),
    label: text,
    type: z.enum(FIELD_TYPES),
    required: z.boolean(),
    help: text,
    options: z.array(OptionSchema).min(2, { error: "expected at least two options" }).optional(),
  })
  .superRefine((field, ctx) => {
    const choice = field.type === "select" || field.type === "radio";
    if (choice && !field.options) ctx.addIssue({ code: "custom", path: ["options"], message: `a ${field.type} field needs options` });
    if (!choice && field.options) ctx.addIssue({ code: "custom", path: ["options"], message: `a ${field.type} field has no options` });
  });

export const TemplateSchema = z
  .strictObject({
    id: kebab,
    exchangeId: kebab,
    name: text,
    subjectTitle: text,
    kind: z.enum(TEMPLATE_KINDS),
    direction: z.strictObject({ from: z.array(kebab).min(1), to: z.array(kebab).min(1) }),
    purpose: text,
    lawfulBasis: text,
    timescale: text,
    notice: text.optional(),
    clause: text,
    fields: z.array(TemplateFieldSchema).min(1),
  })
  .superRefine((template, ctx) => {
    const ids = new Set<string>();
    template.fields.forEach((f, i) => {
      if (ids.has(f.id)) ctx.addIssue({ code: "custom", path: ["fields", i, "id"], message: `duplicate field id "${f.id}"` });
      ids.add(f.id);
    });
    const references = template.fields.filter((f) => f.type === "reference");
    if (references.length !== 1 || !references[0]?.required) {
      ctx.addIssue({ code: "custom", path: ["fields"], message: "expected exactly one required reference field (the subject's case reference)" });
    }
  });
