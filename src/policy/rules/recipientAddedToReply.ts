/**
 * A reply or forward that holds case data, with a recipient who was not on the message being
 * answered and is not on the agreement's secure routes: the commonest way case data reaches
 * someone new is a colleague or outsider added to an existing thread. A warning (the user may
 * have a reason); other rules still block webmail and outsiders on their own. Recipients added
 * on a secure route, and every added recipient of a message without case data, are only named
 * in the pane's quiet "Added to this reply" line (Report.reply), never a finding.
 */
import { describeClass, isSecureRoute } from "./secureRoute";
import { recipientDraft, removeFix } from "./recipientRule";
import type { Rule } from "./types";

export const recipientAddedToReply: Rule = {
  id: "recipient-added-to-reply",
  defaultSeverity: "warn",
  // A reply or forward holding case data, to someone who was not on the message being answered and is not on the agreement's secure routes.
  description: "recipient added to a reply",
  scope: "message",
  fixes: ["remove-recipient"],
  clause: "disclose-only-to-entitled",
  needsAgreement: true,
  check(context, report) {
    const reply = context.reply;
    if (!reply || !context.hasCaseData) return;
    const answered = reply.composeType === "forward" ? "the message you are forwarding" : "the message you are replying to";
    for (const added of reply.added) {
      if (isSecureRoute(added.class)) continue;
      const address = added.recipient.address;
      const message = `${address} was not on ${answered} and is not on the agreement's secure routes (${describeClass(added.class)}). This message holds case data: check they should receive it, or remove them.`;
      report(recipientDraft(added, message, removeFix(address)));
    }
  },
};
