/**
 * Case data in the hidden text of an HTML body (comments, display:none, white-on-white…). The
 * sender cannot see it, but it travels with the message: a reply, a forward, another mail client
 * or "view source" shows it. Hidden case data is still case data, so it is held to the body's rule
 * (secure route only) and, wherever it goes, flagged for removal.
 */
import { isCaseData } from "../caseData/roles";
import { recipientDraft, removeFix } from "./recipientRule";
import { describeClass, isSecureRoute } from "./secureRoute";
import type { Rule } from "./types";
import { kindList, quote } from "./wording";

export const hiddenPersonalData: Rule = {
  id: "hidden-personal-data",
  defaultSeverity: "block",
  scope: "message",
  fixes: ["remove-recipient"],
  // Case data hidden in the body (comments, hidden or invisible text) is treated like visible case data.
  description: "hidden case data",
  clause: "sensitive-data-secure-route-only",
  needsAgreement: true,
  check(context, report) {
    const spans = (context.hiddenSpans ?? []).filter(isCaseData);
    const first = spans[0];
    if (!first) return;
    const kinds = kindList(spans.map((s) => s.kind));
    report({
      key: ["hidden-text"],
      severity: "warn",
      field: "body",
      message: `The body has hidden text (not shown on screen) holding ${kinds}, e.g. ${quote(first.text)}. Recipients still receive it and a reply, forward or another mail client can show it: delete the hidden text, or retype the message as plain text.`,
    });
    for (const checked of context.recipients) {
      if (isSecureRoute(checked.class)) continue;
      const address = checked.recipient.address;
      const message = `Hidden text in the body holds ${kinds}, and ${address} is not on a secure route of the agreement (${describeClass(checked.class)}). Delete the hidden text or remove the recipient.`;
      report(recipientDraft(checked, message, removeFix(address), "body"));
    }
  },
};
