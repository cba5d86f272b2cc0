/** The readable `safeshare check` report for one message: verdict, then findings worst first. */
import type { Report } from "../policy/check";
import type { Finding, Severity } from "../policy/rules";

const HEADINGS: Record<Severity, string> = { block: "Blocking", warn: "Warnings", info: "Notes" };
const ORDER: Severity[] = ["block", "warn", "info"];

function where(f: Finding): string {
  const parts: string[] = [f.field];
  if (f.start !== undefined && f.end !== undefined) parts.push(`characters ${f.start}–${f.end}`);
  if (f.kind !== undefined) parts.push(f.kind);
  if (f.recipient !== undefined) parts.push(f.recipient);
  if (f.attachment !== undefined) parts.push(`“${f.attachment}”`);
  return parts.join(", ");
}

export interface ReportOptions {
  /** The body shown is the text the HTML part renders to. */
  bodyFromHtml: boolean;
  /** How many variants (Subject headers × alternative bodies) were checked. */
  variants?: number;
  /** Which variant the findings are from, when there was more than one. */
  variant?: string;
  /** Why the message could only be partly checked. */
  partly?: string;
}

export function formatReport(title: string, report: Report, options: ReportOptions): string {
  const lines = [`${title}: ${report.verdict.toUpperCase()}${options.partly !== undefined ? " (PARTLY CHECKED)" : ""}`];
  if (options.partly !== undefined) lines.push(`  (partly checked: ${options.partly}; only the headers and the text found were checked)`);
  if (options.variant !== undefined && (options.variants ?? 1) > 1) lines.push(`  (${options.variants} readings checked; the worst is shown: ${options.variant})`);
  if (options.bodyFromHtml) lines.push("  (the body is HTML: body offsets are into the text it renders to)");
  if (report.findings.length === 0) lines.push("  No findings.");
  for (const severity of ORDER) {
    const group = report.findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push(`  ${HEADINGS[severity]} (${group.length})`);
    for (const f of group) {
      lines.push(`    - ${where(f)} [${f.rule}]`, `      ${f.message}`);
      if (f.fix) lines.push(`      Fix: ${f.fix.label}`);
    }
  }
  return lines.join("\n") + "\n";
}
