import { isCaseData } from "../caseData/roles";
import { recipientDraft, removeFix } from "./recipientRule";
import { describeClass, isSecureRoute } from "./secureRoute";
import type { Rule } from "./types";
import { kindList } from "./wording";

export const bodySecureRoute: Rule = {
  id: "body-secure-route",
  defaultSeverity: "block",
  scope: "message",
  fixes: ["remove-recipient"],
  // Case data in the body (the new text or the quoted history) goes only to recipients on a secure route of the agreement.
  description: "secure route for case data",
  clause: "sensitive-data-secure-route-only",
  needsAgreement: true,
  check(context, report) {
    const kinds = context.bodySpans.filter(isCaseData).map((s) => s.kind);
    if (kinds.length === 0) return;
    for (const checked of context.recipients) {
      if (isSecureRoute(checked.class)) continue;
      const address = checked.recipient.address;
      const message = `The body holds case data (${kindList(kinds)}), and ${address} is not on a secure route of the agreement (${describeClass(checked.class)}). Remove the recipient, or take the case data out of the body and send it in a password-protected attachment.`;
      report(recipientDraft(checked, message, removeFix(address), "body"));
    }
  },
};
