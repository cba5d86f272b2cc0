/** Shared shape of the per-recipient rules: one finding per recipient the rule applies to. */
import { findingId } from "./findingId";
import type { CheckedRecipient, Clause, Finding, FindingField, Fix, Rule, RuleContext, Severity } from "./types";

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
  clause: Clause;
  judge(checked: CheckedRecipient, context: RuleContext): RecipientVerdict | null;
}

/** A rule that looks at each recipient on its own. */
export function recipientRule(spec: RecipientRuleSpec): Rule {
  return {
    id: spec.id,
    defaultSeverity: spec.defaultSeverity,
    description: spec.description,
    clause: spec.clause,
    check(context: RuleContext): Finding[] {
      const findings: Finding[] = [];
      for (const checked of context.recipients) {
        const verdict = spec.judge(checked, context);
        if (verdict) findings.push(recipientFinding(spec.id, verdict.severity ?? spec.defaultSeverity, checked, verdict.message, verdict.fix));
      }
      return findings;
    },
  };
}

/** A finding about one recipient; `field` is where it shows ("body" when the body's content is
 * the problem for that recipient). The id depends on the rule and the recipient only. */
export function recipientFinding(rule: string, severity: Severity, checked: CheckedRecipient, message: string, fix?: Fix, field: FindingField = "recipients"): Finding {
  const address = checked.recipient.address;
  const finding: Finding = {
    id: findingId(rule, checked.field, address.toLowerCase()),
    rule,
    severity,
    field,
    recipient: address,
    message,
  };
  if (fix) finding.fix = fix;
  return finding;
}

export function removeFix(address: string): Fix {
  return { type: "remove-recipient", label: `Remove ${address}`, address };
}

/** Block when the message holds personal or sensitive data, warn otherwise. */
export function severityForData(context: RuleContext): Severity {
  return context.hasPersonalData || context.hasSensitiveData ? "block" : "warn";
}

/** The clause behind the rules that keep mail to the agreement's secure addresses. */
export const SECURE_ADDRESSES_CLAUSE: Clause = {
  document: "Derbyshire probation and children's services data processing summary",
  section: "Introduction",
  text: "All personal information will only be shared electronically by the use the secure e-mail addresses outlined below.",
};
