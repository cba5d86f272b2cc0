/** The verdict at a glance, in words (announced by the live region). */
import type { Report } from "../../policy/check";

export type PaneVerdict = "pass" | "warn" | "block" | "checking" | "error";

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function verdictText(report: Report): string {
  const blocking = report.findings.filter((f) => f.severity === "block").length;
  const warnings = report.findings.filter((f) => f.severity === "warn").length;
  if (report.verdict === "block") return `Blocked: ${count(blocking, "problem", "problems")} to fix before sending` + (warnings ? `, ${count(warnings, "warning", "warnings")}` : "");
  if (report.verdict === "warn") return `Check before sending: ${count(warnings, "warning", "warnings")}`;
  return "Ready to send: no problems found";
}
