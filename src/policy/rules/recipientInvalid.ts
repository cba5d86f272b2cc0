import { findClass } from "../recipients/types";
import { recipientFinding, removeFix } from "./recipientRule";
import type { Finding, Rule, RuleContext } from "./types";

export const recipientInvalid: Rule = {
  id: "recipient-invalid",
  defaultSeverity: "block",
  description: "An address that is not a valid e-mail address cannot be checked against the agreement.",
  clause: {
    document: "Derbyshire probation and children's services data processing summary",
    section: "Introduction",
    text: "All personal information will only be shared electronically by the use the secure e-mail addresses outlined below.",
  },
  check(context: RuleContext): Finding[] {
    const findings: Finding[] = [];
    for (const checked of context.recipients) {
      const invalid = findClass(checked.class, "invalid");
      if (!invalid) continue;
      findings.push(recipientFinding(this.id, this.defaultSeverity, checked, `“${checked.recipient.address}” is not a valid e-mail address: ${invalid.reason}.`, removeFix(checked.recipient.address)));
    }
    return findings;
  },
};
