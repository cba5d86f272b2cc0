/** The scan-format output line, shared by `scan` and `check --json`. */
import type { Report } from "../policy/check";
import type { Finding, FindingField, Severity, Verdict } from "../policy/rules";

/** Where body offsets point: the body text as given (or the text/plain part of an .eml), or the
 * text an HTML body renders to — then also carried on the line as "renderedBody". */
export type BodyOffsets = "text" | "rendered-html";

export interface OutputFinding {
  rule: string;
  severity: Severity;
  field: FindingField;
  kind?: string;
  start?: number;
  end?: number;
  recipient?: string;
  attachment?: string;
  message: string;
  /** The label of the one-click fix, when there is one. */
  fix?: string;
}

export interface OutputLine {
  id: string;
  verdict: Verdict;
  findings: OutputFinding[];
  bodyOffsets: BodyOffsets;
  renderedBody?: string;
}

export function outputFinding(f: Finding): OutputFinding {
  // Built key by key so the JSON keeps the documented order and omits absent fields.
  const out = { rule: f.rule, severity: f.severity, field: f.field } as OutputFinding;
  if (f.kind !== undefined) out.kind = f.kind;
  if (f.start !== undefined) out.start = f.start;
  if (f.end !== undefined) out.end = f.end;
  if (f.recipient !== undefined) out.recipient = f.recipient;
  if (f.attachment !== undefined) out.attachment = f.attachment;
  out.message = f.message;
  if (f.fix) out.fix = f.fix.label;
  return out;
}

export function outputLine(id: string, report: Report, renderedBody?: string): OutputLine {
  const line: OutputLine = { id, verdict: report.verdict, findings: report.findings.map(outputFinding), bodyOffsets: renderedBody === undefined ? "text" : "rendered-html" };
  if (renderedBody !== undefined) line.renderedBody = renderedBody;
  return line;
}
