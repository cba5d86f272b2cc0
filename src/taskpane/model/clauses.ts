/** The agreement clause a finding enforces: the rule that raised it names the clause, the
 * agreement supplies its wording (or says it has none). The agreement is always the caller's:
 * the one the message was checked against, never the deployment's default. */
import { citeClause, type Agreement, type CitedClause } from "../../policy/agreement";
import { RULES } from "../../policy/rules";

export function clauseFor(ruleId: string, agreement: Agreement): CitedClause | undefined {
  const rule = RULES.find((r) => r.id === ruleId);
  return rule ? citeClause(agreement, rule.clause) : undefined;
}
