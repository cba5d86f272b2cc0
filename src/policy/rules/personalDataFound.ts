import { isCaseData } from "../caseData/roles";
import type { Span } from "../detect/types";
import type { Rule } from "./types";
import { kindLabel, quote } from "./wording";

/** A long thread can hold hundreds of thousands of spans: listing each costs memory and helps
 * nobody. The verdict never depends on these notes. */
const NOTES_PER_FIELD = 200;

/** Lists the case data found, so users see what SafeShare saw. Contact details set aside are not
 * findings (the pane summarises them apart). check.ts drops a note another rule already reports
 * at the same place. */
export const personalDataFound: Rule = {
  id: "personal-data-found",
  defaultSeverity: "info",
  scope: "note",
  fixes: [],
  // Lists the personal data found in the subject and the case data found in the body.
  description: "personal data found",
  clause: "share-only-what-is-needed",
  needsAgreement: false,
  check(context, report) {
    const lists: [("subject" | "body"), readonly Span[]][] = [
      ["subject", context.subjectSpans],
      ["body", context.bodySpans.filter(isCaseData)],
    ];
    for (const [field, spans] of lists) {
      const listed = spans.length > NOTES_PER_FIELD ? spans.slice(0, NOTES_PER_FIELD) : spans;
      if (listed.length < spans.length) {
        report({ key: [field, "more"], field, message: `…and ${spans.length - listed.length} more in the ${field}, not listed one by one.` });
      }
      for (const span of listed) {
        report({
          key: [field, span.kind, span.start, span.text.toLowerCase()],
          field,
          kind: span.kind,
          start: span.start,
          end: span.end,
          message: `Found ${kindLabel(span.kind)} in the ${field}: ${quote(span.text)}.`,
        });
      }
    }
  },
};
