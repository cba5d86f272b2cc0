/**
 * Personal data in the hidden text of an HTML body (comments, display:none, white-on-white…).
 * The sender cannot see it, but it travels with the message: a reply, a forward, another mail
 * client or "view source" shows it. Hidden personal data is still personal data, so it is held
 * to the body's rule (secure route only) and, wherever it goes, flagged for removal.
 */
import { isIdentifying } from "../detect/types";
import { findingId } from "./findingId";
import { recipientFinding, removeFix } from "./recipientRule";
import { describeClass, isSecureRoute } from "./secureRoute";
import type { Finding, Rule, RuleContext } from "./types";
import { kindList, quote } from "./wording";

export const hiddenPersonalData: Rule = {
  id: "hidden-personal-data",
  defaultSeverity: "block",
  description: "Personal data hidden in the body (comments, hidden or invisible text) is treated like visible personal data.",
  clause: {
    document: "LLR safeguarding information sharing agreement",
    section: "Appendix A – Information Security Standards: email between partners",
    text: "No personal data in subject title or sensitive personal data in body of email. Emails containing personal information should be sent by secure email.",
  },
  check(context: RuleContext): Finding[] {
    const spans = (context.hiddenSpans ?? []).filter((s) => isIdentifying(s.kind) || s.kind === "special-category");
    if (spans.length === 0) return [];
    const kinds = kindList(spans.map((s) => s.kind));
    const example = quote((spans[0] as { text: string }).text);
    const findings: Finding[] = [
      {
        id: findingId(this.id, "hidden-text"),
        rule: this.id,
        severity: "warn",
        field: "body",
        message: `The body has hidden text (not shown on screen) holding ${kinds}, e.g. ${example}. Recipients still receive it and a reply, forward or another mail client can show it: delete the hidden text, or retype the message as plain text.`,
      },
    ];
    for (const checked of context.recipients) {
      if (isSecureRoute(checked.class)) continue;
      const address = checked.recipient.address;
      const message = `Hidden text in the body holds ${kinds}, and ${address} is not on a secure route of the agreement (${describeClass(checked.class)}). Delete the hidden text or remove the recipient.`;
      findings.push(recipientFinding(this.id, this.defaultSeverity, checked, message, removeFix(address), "body"));
    }
    return findings;
  },
};
