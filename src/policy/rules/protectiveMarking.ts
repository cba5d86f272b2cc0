import { findingId } from "./findingId";
import { hasMarking, withMarking } from "./marking";
import type { Finding, Rule, RuleContext } from "./types";

export const protectiveMarking: Rule = {
  id: "protective-marking",
  defaultSeverity: "warn",
  description: "A message holding personal data carries the protective marking at the start of its subject.",
  clause: {
    document: "LLR safeguarding information sharing agreement",
    section: "3.4 Security of Information",
    text: "The information required under this ISA is personal and sensitive personal information and should be considered to be “Official-Sensitive” under the Government Classification Scheme when applying the security requirements in Appendix A.",
  },
  check(context: RuleContext): Finding[] {
    const { marking } = context.agreement;
    if (!(context.hasPersonalData || context.hasSensitiveData) || hasMarking(context.snapshot.subject, marking)) return [];
    return [
      {
        id: findingId(this.id),
        rule: this.id,
        severity: this.defaultSeverity,
        field: "subject",
        message: `This message holds personal data, so its subject should start with ${marking.text}.`,
        fix: { type: "add-marking", label: `Add ${marking.text}`, subject: withMarking(context.snapshot.subject, marking) },
      },
    ];
  },
};
