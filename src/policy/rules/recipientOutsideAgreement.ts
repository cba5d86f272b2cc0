import { addressClassOf, findClass } from "../recipients/types";
import { recipientFinding, removeFix, severityForData } from "./recipientRule";
import type { Finding, Rule, RuleContext } from "./types";

export const recipientOutsideAgreement: Rule = {
  id: "recipient-outside-agreement",
  defaultSeverity: "block",
  description: "Recipients who are not parties to the agreement (other public bodies, unknown external addresses): blocked when the message holds personal data, a warning otherwise.",
  clause: {
    document: "LLR safeguarding information sharing agreement",
    section: "Appendix A – Information Security Standards",
    text: "Do not disclose personal data to anyone other than the Data Subject unless they have the Data Subject's consent, or it is a registered disclosure, required by law, or permitted by a UK GDPR or Data Protection Act 2018 exemption.",
  },
  check(context: RuleContext): Finding[] {
    const severity = severityForData(context);
    const findings: Finding[] = [];
    for (const checked of context.recipients) {
      if (findClass(checked.class, "lookalike")) continue; // reported as a look-alike
      const where = addressClassOf(checked.class);
      let what: string;
      if (where.kind === "public-sector") what = "is public sector but not a party to this agreement";
      else if (where.kind === "unknown") what = "is outside the agreement (an external address SafeShare does not know)";
      else continue;
      const why = severity === "block" ? " This message holds personal data." : "";
      findings.push(recipientFinding(this.id, severity, checked, `${checked.recipient.address} ${what}.${why} Only the agreement's partners may receive information shared under it.`, removeFix(checked.recipient.address)));
    }
    return findings;
  },
};
