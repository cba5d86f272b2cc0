import { findClass } from "../recipients/types";
import { recipientRule, SECURE_ADDRESSES_CLAUSE } from "./recipientRule";

export const recipientLookalike = recipientRule({
  id: "recipient-lookalike",
  defaultSeverity: "block",
  fixes: ["replace-recipient"],
  // A recipient whose address imitates an agreement or public-sector address is never sent to.
  description: "look-alike address",
  clause: SECURE_ADDRESSES_CLAUSE,
  needsAgreement: false,
  judge(checked) {
    const lookalike = findClass(checked.class, "lookalike");
    if (!lookalike) return null;
    const address = checked.recipient.address;
    return {
      message: `${address} looks like ${lookalike.lookalikeOf} but is not it (${lookalike.detail}). Did you mean ${lookalike.probablyMeant}?`,
      fix: { type: "replace-recipient", label: `Use ${lookalike.probablyMeant}`, address, replacement: lookalike.probablyMeant },
    };
  },
});
