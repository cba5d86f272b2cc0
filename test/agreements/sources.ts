/**
 * Shared checks that an agreement JSON says what its source texts say. The texts live beside the
 * project (../shared/agreements, ../shared/data), as for test/policy/agreement/derbyshire.test.ts.
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { parseAgreementText } from "../../src/cli/agreementCommand";
import type { Agreement } from "../../src/policy/agreement";
import { detect } from "../../src/policy/detect/detect";
import { isIdentifying } from "../../src/policy/detect/types";
import { renderTemplate } from "../../src/policy/templates/render";
import type { Template, TemplateValues } from "../../src/policy/templates/types";

export const ROOT = path.resolve(__dirname, "../..");
export const AGREEMENTS_DIR = path.join(ROOT, "agreements");
const SHARED = path.resolve(ROOT, "../shared");

export function sourceText(name: string): string {
  return readFileSync(path.join(SHARED, "agreements", name), "utf8");
}

export interface PartnerDomainsFile {
  source: string;
  [section: string]: unknown;
}

export function partnerDomains(): PartnerDomainsFile {
  return JSON.parse(readFileSync(path.join(SHARED, "data", "partner-domains.json"), "utf8")) as PartnerDomainsFile;
}

/** Parses agreements/<file> through the same schema and cross-checks as lint; throws on problems. */
export function loadAgreement(file: string): Agreement {
  const result = parseAgreementText(readFileSync(path.join(AGREEMENTS_DIR, file), "utf8"));
  if (!result.ok) throw new Error(`${file}: ${result.problems.map((p) => `${p.path}: ${p.message}`).join("; ")}`);
  return result.agreement;
}

/**
 * The text as a quote is compared against it: table markup and list bullets dropped, curly quotes
 * and dashes made plain, whitespace collapsed. Nothing else is forgiven.
 */
export function normalise(text: string): string {
  return text
    .replace(/<\/?[a-z]+[^>]*>/gi, " ")
    .replace(/^[ \t]*[-•][ \t]+/gm, "")
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The passages of a clause. A channel rule may join several passages of one document into one
 * text ("quoted or closely paraphrased"), so each sentence is looked up on its own; a sentence's
 * final full stop may be the rule's own (the source runs on into a footnote or a new bullet).
 */
export function passages(text: string): string[] {
  return normalise(text)
    .split(/(?<=[.;])\s+(?=[A-Z"'])/)
    .map((s) => s.replace(/\.$/, ""))
    .filter((s) => s.length > 0);
}

/** The passages of `text` not found in `source`, after normalising both. A passage may
 * capitalise its first letter (a list item quoted as a sentence); nothing else may differ. */
export function unquoted(text: string, source: string): string[] {
  const flat = normalise(source);
  const lowerFirst = (p: string) => p.charAt(0).toLowerCase() + p.slice(1);
  return passages(text).filter((p) => !flat.includes(p) && !flat.includes(lowerFirst(p)));
}

/** True when `name` (or its part before a parenthesis) appears in one of the sources. */
export function named(name: string, sources: readonly string[]): boolean {
  const plain = (s: string) => normalise(s).toLowerCase();
  const wanted = [plain(name), plain(name.replace(/\s*\(.*\)\s*$/, ""))];
  return sources.some((s) => wanted.some((w) => w.length > 0 && plain(s).includes(w)));
}

/** Plausible values for every field of a template (required and optional alike). */
export function sampleValues(template: Template): TemplateValues {
  const values: TemplateValues = {};
  for (const f of template.fields) {
    switch (f.type) {
      case "reference":
        values[f.id] = "ENQ123456";
        break;
      case "date":
        values[f.id] = "2026-11-23";
        break;
      case "time":
        values[f.id] = "10:30";
        break;
      case "email":
        values[f.id] = "worker@derbyshire.gov.uk";
        break;
      case "phone":
        values[f.id] = "01632 960123";
        break;
      case "select":
      case "radio":
        values[f.id] = f.options?.[0]?.value ?? "";
        break;
      default:
        values[f.id] = f.id.toLowerCase().includes("name") ? "Jane Smith" : "Some detail for the test.";
    }
  }
  return values;
}

/** The identifying spans detect() finds in a rendered subject (must be none). */
export function personalDataInSubject(template: Template, agreement: Agreement): string[] {
  const { subject } = renderTemplate(template, sampleValues(template), agreement);
  return detect(subject)
    .filter((s) => isIdentifying(s.kind))
    .map((s) => `${s.kind}: ${subject.slice(s.start, s.end)}`);
}
