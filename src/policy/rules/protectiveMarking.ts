import { withMarking } from "./marking";
import type { Rule } from "./types";

export const protectiveMarking: Rule = {
  id: "protective-marking",
  defaultSeverity: "warn",
  scope: "message",
  fixes: ["add-marking"],
  description: "A message holding case data carries the protective marking at the start of its subject (after any RE:/FW: prefixes).",
  clause: {
    document: "LLR safeguarding information sharing agreement",
    section: "3.4 Security of Information",
    text: "The information required under this ISA is personal and sensitive personal information and should be considered to be “Official-Sensitive” under the Government Classification Scheme when applying the security requirements in Appendix A.",
  },
  check(context, report) {
    if (!context.hasCaseData || context.marked) return;
    const { marking } = context.agreement;
    report({
      key: [],
      field: "subject",
      message: `This message holds case data, so its subject should start with ${marking.text}.`,
      fix: { type: "add-marking", label: `Add ${marking.text}`, subject: withMarking(context.snapshot.subject, marking) },
    });
  },
};
