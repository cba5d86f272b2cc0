import { findClass } from "../recipients/types";
import { recipientFinding, removeFix } from "./recipientRule";
import type { Finding, Rule, RuleContext } from "./types";

export const recipientDisplayNameMismatch: Rule = {
  id: "recipient-display-name-mismatch",
  defaultSeverity: "block",
  description: "A recipient whose display name shows a different e-mail address from the one the mail goes to.",
  clause: {
    document: "LLR safeguarding information sharing agreement",
    section: "Appendix A – Information Security Standards",
    text: "Exercise caution in what is sent via email and to whom it is sent.",
  },
  check(context: RuleContext): Finding[] {
    const findings: Finding[] = [];
    for (const checked of context.recipients) {
      const mismatch = findClass(checked.class, "display-name-mismatch");
      if (!mismatch) continue;
      findings.push(
        recipientFinding(
          this.id,
          this.defaultSeverity,
          checked,
          `The name shown for this recipient says ${mismatch.displayAddress}, but the mail would go to ${checked.recipient.address}. Check the address before sending.`,
          removeFix(checked.recipient.address),
        ),
      );
    }
    return findings;
  },
};
