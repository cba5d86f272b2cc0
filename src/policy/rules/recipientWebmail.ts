import { findClass } from "../recipients/types";
import { recipientFinding, removeFix, severityForData } from "./recipientRule";
import type { Finding, Rule, RuleContext } from "./types";

export const recipientWebmail: Rule = {
  id: "recipient-webmail",
  defaultSeverity: "block",
  description: "Personal webmail is not a secure route: blocked when the message holds personal data, a warning otherwise.",
  clause: {
    document: "LLR safeguarding information sharing agreement",
    section: "Appendix A – Information Security Standards",
    text: "Emails containing personal information should be sent by secure email or if it has to be sent to an insecure email the personal information must be contained within a password protected attachment.",
  },
  check(context: RuleContext): Finding[] {
    const severity = severityForData(context);
    const findings: Finding[] = [];
    for (const checked of context.recipients) {
      if (findClass(checked.class, "lookalike") || !findClass(checked.class, "webmail")) continue;
      const why = severity === "block" ? "This message holds personal data, which must not go to personal webmail." : "Personal webmail is not a secure route for anything shared under the agreement.";
      findings.push(recipientFinding(this.id, severity, checked, `${checked.recipient.address} is a personal webmail address. ${why}`, removeFix(checked.recipient.address)));
    }
    return findings;
  },
};
