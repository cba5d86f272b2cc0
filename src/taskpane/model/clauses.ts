/** The agreement clause a finding enforces, from the rule that raised it. */
import { RULES } from "../../policy/rules";
import type { Clause } from "../../policy/rules/types";

export function clauseFor(ruleId: string): Clause | undefined {
  const rule = RULES.find((r) => r.id === ruleId);
  return rule ? rule.clause : undefined;
}
