import { findClass } from "../recipients/types";
import { recipientRule, removeFix, sensitiveReason, severityForCaseData } from "./recipientRule";

export const recipientWebmail = recipientRule({
  id: "recipient-webmail",
  defaultSeverity: "block",
  fixes: ["remove-recipient"],
  // Personal webmail is not a secure route: blocked when the message holds case data or is marked, a note otherwise.
  description: "personal webmail",
  clause: "sensitive-data-secure-route-only",
  needsAgreement: false,
  judge(checked, context) {
    if (findClass(checked.class, "lookalike") || !findClass(checked.class, "webmail")) return null;
    const severity = severityForCaseData(context, "block");
    const why = severity === "block" ? `${sensitiveReason(context)} It must not go to personal webmail.` : "It is not a secure route for anything shared under the agreement; this message holds no case data.";
    return { severity, message: `${checked.recipient.address} is a personal webmail address. ${why}`, fix: removeFix(checked.recipient.address) };
  },
});
