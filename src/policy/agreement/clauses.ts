/**
 * A check's "why", in the agreement's own words. Rules name the clause they enforce by id
 * (Rule.clause); the text comes from the agreement being applied (its channelRules), never from
 * the rule, so a deployment's agreement speaks for itself. An agreement without that clause
 * says so rather than borrowing another agreement's wording.
 */
import type { Agreement } from "./types";

export const NO_CLAUSE_TEXT = "This agreement has no clause for this check.";

export type CitedClause =
  | { found: true; id: string; document: string; section: string; text: string }
  | { found: false; id: string; text: string };

export function citeClause(agreement: Agreement, clauseId: string): CitedClause {
  const rule = agreement.channelRules.find((c) => c.id === clauseId);
  if (!rule) return { found: false, id: clauseId, text: NO_CLAUSE_TEXT };
  return { found: true, id: clauseId, document: rule.source.document, section: rule.source.section, text: rule.text };
}
