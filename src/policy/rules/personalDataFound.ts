import { findingId } from "./findingId";
import type { Finding, Rule, RuleContext } from "./types";
import { kindLabel, quote } from "./wording";

/** Reports every span found, so users see what SafeShare saw. check.ts drops the ones another
 * rule already reports at the same place. */
export const personalDataFound: Rule = {
  id: "personal-data-found",
  defaultSeverity: "info",
  description: "Lists the personal data found in the subject and body.",
  clause: {
    document: "Integrated Offender Management data protection impact assessment",
    section: "Risks and measures",
    text: "Data minimisation, sharing only what is needed.",
  },
  check(context: RuleContext): Finding[] {
    const findings: Finding[] = [];
    for (const [field, spans] of [["subject", context.subjectSpans], ["body", context.bodySpans]] as const) {
      for (const span of spans) {
        findings.push({
          id: findingId(this.id, field, span.kind, span.start, span.text.toLowerCase()),
          rule: this.id,
          severity: this.defaultSeverity,
          field,
          kind: span.kind,
          start: span.start,
          end: span.end,
          message: `Found ${kindLabel(span.kind)} in the ${field}: ${quote(span.text)}.`,
        });
      }
    }
    return findings;
  },
};
