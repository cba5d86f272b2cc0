/** The finding a "Fix in SafeShare" target names, among the pane's current findings: by id when
 * the target has one (only the rule is passed for very long ids: then its first finding); none
 * when it has been fixed or dismissed since, so the pane never points at something else. */
import type { PaneTarget } from "../../outlook/paneContext";
import type { Finding } from "../../policy/rules/types";

export function targetFinding(findings: readonly Finding[], target: PaneTarget | null | undefined): Finding | undefined {
  if (!target) return undefined;
  if (target.findingId) return findings.find((f) => f.id === target.findingId);
  return target.rule ? findings.find((f) => f.rule === target.rule) : undefined;
}
