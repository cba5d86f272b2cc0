import { findClass } from "../recipients/types";
import { recipientFinding } from "./recipientRule";
import type { Finding, Rule, RuleContext } from "./types";

export const recipientRetiredFormat: Rule = {
  id: "recipient-retired-format",
  defaultSeverity: "warn",
  description: "Retired secure-email formats (GSi, GSX, GSE, GCSx, PNN) no longer carry mail securely, if at all.",
  clause: {
    document: "LLR safeguarding information sharing agreement",
    section: "Appendix A – Information Security Standards: email between partners",
    text: "To/from Police: restricted or sensitive personal data only to emails using secure email conventions.",
  },
  check(context: RuleContext): Finding[] {
    const findings: Finding[] = [];
    for (const checked of context.recipients) {
      const retired = findClass(checked.class, "retired-format");
      if (!retired) continue;
      const current = retired.currentAddress;
      findings.push(
        recipientFinding(
          this.id,
          this.defaultSeverity,
          checked,
          `${checked.recipient.address} uses a retired address format (${retired.detail}).${current ? ` Use ${current} instead.` : ""}`,
          current ? { type: "replace-recipient", label: `Use ${current}`, address: checked.recipient.address, replacement: current } : undefined,
        ),
      );
    }
    return findings;
  },
};
