import { findClass } from "../recipients/types";
import { recipientRule, removeFix } from "./recipientRule";

export const recipientDisplayNameMismatch = recipientRule({
  id: "recipient-display-name-mismatch",
  defaultSeverity: "block",
  fixes: ["remove-recipient"],
  // A recipient whose display name shows a different e-mail address from the one the mail goes to.
  description: "display name",
  clause: "sensitive-data-secure-route-only",
  needsAgreement: false,
  judge(checked) {
    const mismatch = findClass(checked.class, "display-name-mismatch");
    if (!mismatch) return null;
    return {
      message: `The name shown for this recipient says ${mismatch.displayAddress}, but the mail would go to ${checked.recipient.address}. Check the address before sending.`,
      fix: removeFix(checked.recipient.address),
    };
  },
});
