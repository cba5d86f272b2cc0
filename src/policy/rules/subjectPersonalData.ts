import { isIdentifying } from "../detect/types";
import { markingPrefixLength, replyPrefix } from "./marking";
import type { Rule, RuleContext } from "./types";
import { kindLabel, quote } from "./wording";

/** The subject a recipient's mail list shows: marking, what the exchange is, the case reference. */
export function referenceOnlySubject(context: RuleContext): string {
  const refs = context.subjectSpans.filter((s) => s.kind === "case-reference").map((s) => s.text.trim());
  const what = context.exchange ? context.exchange.name : "Information sharing";
  const unique = refs.filter((r, i) => refs.indexOf(r) === i);
  // Reply and forward prefixes stay, so the thread still groups in the recipient's mail list.
  const prefix = replyPrefix(context.snapshot.subject);
  const marked = `${context.agreement.marking.text}: ${what}${unique.length ? ` – Ref ${unique.join(", ")}` : ""}`;
  return prefix ? `${prefix} ${marked}` : marked;
}

export const subjectPersonalData: Rule = {
  id: "subject-personal-data",
  defaultSeverity: "block",
  scope: "message",
  fixes: ["replace-subject"],
  // No personal data in the subject line: it shows in mail lists, notifications and logs that the body's protection does not reach.
  description: "personal data in the subject",
  clause: "no-personal-data-in-subject",
  needsAgreement: false,
  check(context, report) {
    const subject = context.snapshot.subject;
    const markingEnd = markingPrefixLength(subject, context.agreement.marking);
    const spans = context.subjectSpans.filter((s) => isIdentifying(s.kind) && s.end > markingEnd);
    if (spans.length === 0) return;
    const replacement = referenceOnlySubject(context);
    for (const span of spans) {
      // A colleague's farewell: a warning to check the name is staff's, not a block.
      const staffNews = context.subjectStaffNews === true && span.kind === "person-name";
      report({
        key: [span.kind, span.text.toLowerCase()],
        field: "subject",
        kind: span.kind,
        start: span.start,
        end: span.end,
        ...(staffNews ? { severity: "warn" as const } : {}),
        message: staffNews
          ? `The subject names someone (${quote(span.text)}). If they are a colleague and this is staff news, you can send; if a case concerns them, use a reference instead.`
          : `The subject contains ${kindLabel(span.kind)} (${quote(span.text)}). Subjects must carry only a reference, such as the case number.`,
        fix: { type: "replace-subject", label: "Use a reference-only subject", subject: replacement },
      });
    }
  },
};
