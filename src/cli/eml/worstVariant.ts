/**
 * Checking every variant of a message (see emlMessage.ts) and keeping the worst; and keeping a
 * partly read message from ever passing.
 */
import type { Report } from "../../policy/check";
import { findingId } from "../../policy/rules/findingId";
import { severityRank, type Finding } from "../../policy/rules/types";
import type { Variant } from "../emlMessage";

export interface CheckedVariant {
  variant: Variant;
  report: Report;
}

const VERDICT_RANK: Record<Report["verdict"], number> = { pass: 0, warn: 1, block: 2 };
const count = (r: Report, severity: Finding["severity"]) => r.findings.filter((f) => f.severity === severity).length;

/** Worse verdict first, then more blocking findings, then more warnings; the first on a tie. */
function worse(a: Report, b: Report): boolean {
  const byVerdict = VERDICT_RANK[a.verdict] - VERDICT_RANK[b.verdict];
  if (byVerdict !== 0) return byVerdict > 0;
  const byBlock = count(a, "block") - count(b, "block");
  return byBlock !== 0 ? byBlock > 0 : count(a, "warn") > count(b, "warn");
}

export function worstVariant(checked: readonly CheckedVariant[]): CheckedVariant {
  let worst = checked[0] as CheckedVariant;
  for (const c of checked.slice(1)) if (worse(c.report, worst.report)) worst = c;
  return worst;
}

export const PARTLY_READ_RULE = "eml-partly-read";

/**
 * A message whose MIME structure could not be read was checked only on its headers and the text
 * that could be found: it gets a warning that says so, so its verdict is what that check found
 * but never "pass" — the unread part may hold anything.
 */
export function withPartlyRead(report: Report, reason: string): Report {
  const finding: Finding = {
    id: findingId(PARTLY_READ_RULE, reason),
    rule: PARTLY_READ_RULE,
    severity: "warn",
    field: "body",
    message: `SafeShare could not read this message's MIME structure (${reason}), so only its headers and the text it could find were checked. Open it in a mail client and check it yourself before sending it on.`,
  };
  const findings = report.findings.slice();
  const at = findings.findIndex((f) => severityRank(f.severity) < severityRank("warn"));
  findings.splice(at < 0 ? findings.length : at, 0, finding);
  return { ...report, findings, verdict: report.verdict === "pass" ? "warn" : report.verdict };
}
