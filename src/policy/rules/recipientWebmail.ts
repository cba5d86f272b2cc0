import { findClass } from "../recipients/types";
import { recipientRule, removeFix, severityForData } from "./recipientRule";

export const recipientWebmail = recipientRule({
  id: "recipient-webmail",
  defaultSeverity: "block",
  description: "Personal webmail is not a secure route: blocked when the message holds personal data, a warning otherwise.",
  clause: {
    document: "LLR safeguarding information sharing agreement",
    section: "Appendix A – Information Security Standards",
    text: "Emails containing personal information should be sent by secure email or if it has to be sent to an insecure email the personal information must be contained within a password protected attachment.",
  },
  judge(checked, context) {
    if (findClass(checked.class, "lookalike") || !findClass(checked.class, "webmail")) return null;
    const severity = severityForData(context);
    const why = severity === "block" ? "This message holds personal data, which must not go to personal webmail." : "Personal webmail is not a secure route for anything shared under the agreement.";
    return { severity, message: `${checked.recipient.address} is a personal webmail address. ${why}`, fix: removeFix(checked.recipient.address) };
  },
});
