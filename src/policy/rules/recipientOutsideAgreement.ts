import { addressClassOf, findClass } from "../recipients/types";
import { recipientRule, removeFix, sensitiveReason, severityForCaseData } from "./recipientRule";

export const recipientOutsideAgreement = recipientRule({
  id: "recipient-outside-agreement",
  defaultSeverity: "block",
  fixes: ["remove-recipient"],
  // Recipients who are not parties to the agreement (other public bodies, unknown external addresses), and a partner's public-facing inbox: blocked when the message holds case data, a warning when it is only marked, a note otherwise.
  description: "recipient outside the agreement",
  clause: "disclose-only-to-entitled",
  needsAgreement: true,
  judge(checked, context) {
    if (findClass(checked.class, "lookalike")) return null; // reported as a look-alike
    const where = addressClassOf(checked.class);
    let what: string;
    if (where.kind === "public-sector") what = "is public sector but not a party to this agreement";
    else if (where.kind === "unknown") what = "is outside the agreement (an external address SafeShare does not know)";
    else if (where.kind === "partner-domain" && where.generalInbox) what = `is ${where.partner.name}'s public-facing inbox, not a route the agreement names`;
    else return null;
    const severity = severityForCaseData(context, "warn");
    const reason = sensitiveReason(context);
    const why = severity === "info" ? " This message holds no case data." : context.hasCaseData ? ` ${reason}` : ` ${reason} SafeShare found no case data in it: send only if it holds none.`;
    return {
      severity,
      message: `${checked.recipient.address} ${what}.${why} Only the agreement's partners may receive information shared under it.`,
      fix: removeFix(checked.recipient.address),
    };
  },
});
