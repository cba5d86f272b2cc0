/** Shared shape of the per-recipient rules: one finding per recipient the rule applies to. */
import { findingId } from "./findingId";
import type { CheckedRecipient, Finding, Fix, RuleContext, Severity } from "./types";

export function recipientFinding(
  rule: string,
  severity: Severity,
  checked: CheckedRecipient,
  message: string,
  fix?: Fix,
): Finding {
  const address = checked.recipient.address;
  const finding: Finding = {
    id: findingId(rule, checked.field, address.toLowerCase()),
    rule,
    severity,
    field: "recipients",
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
