/** Shared shape of the per-recipient rules: one finding per recipient the rule applies to. */
import { sensitiveClause } from "./wording";
import type { CheckedRecipient, ClauseId, FindingDraft, FindingField, Fix, FixType, Rule, RuleContext, RuleScope, Severity } from "./types";

/** What a per-recipient rule says about one recipient, or null when it does not apply. */
export interface RecipientVerdict {
  message: string;
  fix?: Fix;
  /** Defaults to the rule's default severity. */
  severity?: Severity;
}

export interface RecipientRuleSpec {
  id: string;
  defaultSeverity: Severity;
  description: string;
  /** "recipients" unless the rule needs more of the message (the time, the body). */
  scope?: RuleScope;
  fixes: readonly FixType[];
  clause: ClauseId;
  /** See Rule.needsAgreement. */
  needsAgreement: boolean;
  judge(checked: CheckedRecipient, context: RuleContext): RecipientVerdict | null;
}

/** A rule that looks at each recipient on its own. */
export function recipientRule(spec: RecipientRuleSpec): Rule {
  return {
    id: spec.id,
    defaultSeverity: spec.defaultSeverity,
    description: spec.description,
    scope: spec.scope ?? "recipients",
    fixes: spec.fixes,
    clause: spec.clause,
    needsAgreement: spec.needsAgreement,
    check(context, report) {
      for (const checked of context.recipients) {
        const verdict = spec.judge(checked, context);
        if (verdict) report(recipientDraft(checked, verdict.message, verdict.fix, "recipients", verdict.severity));
      }
    },
  };
}

/** A finding about one recipient; `field` is where it shows ("body" when the body's content is
 * the problem for that recipient). The id depends on the rule and the recipient only. */
export function recipientDraft(checked: CheckedRecipient, message: string, fix?: Fix, field: FindingField = "recipients", severity?: Severity): FindingDraft {
  const address = checked.recipient.address;
  const draft: FindingDraft = { key: [checked.field, address.toLowerCase()], field, recipient: address, message };
  if (fix) draft.fix = fix;
  if (severity) draft.severity = severity;
  return draft;
}

export function removeFix(address: string): Fix {
  return { type: "remove-recipient", label: `Remove ${address}`, address };
}

/** Block when the message holds case data. When SafeShare finds none but the writer (or an
 * earlier message in the thread) marked it OFFICIAL-SENSITIVE, `whenOnlyMarked`: the writer has
 * declared it sensitive, so it is not sent off the agreement's routes without a second look (a
 * room booking in a marked thread may be harmless; personal webmail never is a route). Otherwise
 * only a note in the pane (no Send dialog): where ordinary mail goes is not what the agreement's
 * minimisation rules are about. */
export function severityForCaseData(context: RuleContext, whenOnlyMarked: Severity): Severity {
  if (context.hasCaseData) return "block";
  return sensitiveReason(context) ? whenOnlyMarked : "info";
}

/** Why the message counts as sensitive, as a sentence, or "" when it does not. */
export function sensitiveReason(context: RuleContext): string {
  const clause = sensitiveClause(context);
  return clause ? `${clause}.` : "";
}

/** The clause behind the rules that keep mail to the agreement's secure addresses. */
export const SECURE_ADDRESSES_CLAUSE: ClauseId = "secure-email-only";
