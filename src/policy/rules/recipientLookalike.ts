import { findClass } from "../recipients/types";
import { recipientFinding } from "./recipientRule";
import type { Finding, Rule, RuleContext } from "./types";

export const recipientLookalike: Rule = {
  id: "recipient-lookalike",
  defaultSeverity: "block",
  description: "A recipient whose address imitates an agreement or public-sector address is never sent to.",
  clause: {
    document: "Derbyshire probation and children's services data processing summary",
    section: "Introduction",
    text: "All personal information will only be shared electronically by the use the secure e-mail addresses outlined below.",
  },
  check(context: RuleContext): Finding[] {
    const findings: Finding[] = [];
    for (const checked of context.recipients) {
      const lookalike = findClass(checked.class, "lookalike");
      if (!lookalike) continue;
      findings.push(
        recipientFinding(
          this.id,
          this.defaultSeverity,
          checked,
          `${checked.recipient.address} looks like ${lookalike.lookalikeOf} but is not it (${lookalike.detail}). Did you mean ${lookalike.probablyMeant}?`,
          { type: "replace-recipient", label: `Use ${lookalike.probablyMeant}`, address: checked.recipient.address, replacement: lookalike.probablyMeant },
        ),
      );
    }
    return findings;
  },
};
