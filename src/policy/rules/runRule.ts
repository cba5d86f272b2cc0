/** Runs one rule, turning what it reports into findings: the one place id, rule and severity
 * are filled in, so every rule's findings look alike. */
import { NO_AGREEMENT_ID } from "../agreement/noAgreement";
import { findingId } from "./findingId";
import type { Finding, FindingDraft, Rule, RuleContext } from "./types";

function findingFrom(rule: Rule, draft: FindingDraft, context: RuleContext): Finding {
  const finding: Finding = {
    id: findingId(rule.id, ...draft.key),
    rule: rule.id,
    severity: draft.severity ?? rule.defaultSeverity,
    field: draft.field,
    message: draft.message,
  };
  if (draft.kind !== undefined) finding.kind = draft.kind;
  if (draft.start !== undefined) finding.start = draft.start;
  if (draft.end !== undefined) finding.end = draft.end;
  if (draft.recipient !== undefined) finding.recipient = draft.recipient;
  if (draft.attachment !== undefined) finding.attachment = draft.attachment;
  if (draft.fix !== undefined) finding.fix = draft.fix;
  const agreement = draft.agreement ?? context.agreement.id;
  if (agreement !== NO_AGREEMENT_ID) finding.agreement = agreement;
  return finding;
}

/** The findings of `rule` on `context`. Throws what the rule throws (check.ts fails closed). */
export function runRule(rule: Rule, context: RuleContext): Finding[] {
  const out: Finding[] = [];
  rule.check(context, (draft) => {
    out.push(findingFrom(rule, draft, context));
  });
  return out;
}
