import { findClass } from "../recipients/types";
import { recipientRule, removeFix, SECURE_ADDRESSES_CLAUSE } from "./recipientRule";

export const recipientInvalid = recipientRule({
  id: "recipient-invalid",
  defaultSeverity: "block",
  fixes: ["remove-recipient"],
  // An address that is not a valid e-mail address cannot be checked against the agreement.
  description: "address validity",
  clause: SECURE_ADDRESSES_CLAUSE,
  needsAgreement: false,
  judge(checked) {
    const invalid = findClass(checked.class, "invalid");
    if (!invalid) return null;
    return { message: `“${checked.recipient.address}” is not a valid e-mail address: ${invalid.reason}.`, fix: removeFix(checked.recipient.address) };
  },
});
