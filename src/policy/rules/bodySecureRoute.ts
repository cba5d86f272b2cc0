import { isIdentifying } from "../detect/types";
import { recipientFinding, removeFix } from "./recipientRule";
import { describeClass, isSecureRoute } from "./secureRoute";
import type { Finding, Rule, RuleContext } from "./types";
import { kindList } from "./wording";

export const bodySecureRoute: Rule = {
  id: "body-secure-route",
  defaultSeverity: "block",
  description: "Personal or special-category data in the body goes only to recipients on a secure route of the agreement.",
  clause: {
    document: "LLR safeguarding information sharing agreement",
    section: "Appendix A – Information Security Standards: email between partners",
    text: "No personal data in subject title or sensitive personal data in body of email. Emails containing personal information should be sent by secure email.",
  },
  check(context: RuleContext): Finding[] {
    const kinds = context.bodySpans.filter((s) => isIdentifying(s.kind) || s.kind === "special-category").map((s) => s.kind);
    if (kinds.length === 0) return [];
    const findings: Finding[] = [];
    for (const checked of context.recipients) {
      if (isSecureRoute(checked.class)) continue;
      const address = checked.recipient.address;
      const message = `The body holds ${kindList(kinds)}, and ${address} is not on a secure route of the agreement (${describeClass(checked.class)}). Remove the recipient, or take the personal data out of the body and send it in a password-protected attachment.`;
      findings.push(recipientFinding(this.id, this.defaultSeverity, checked, message, removeFix(address), "body"));
    }
    return findings;
  },
};
