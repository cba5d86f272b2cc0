/**
 * A name after a label that says whose case it is, at the start of a line: "Patient: Ellis
 * Hammond, 79, …", "Victim: Kerry Smith", "Service user – Dean Royce", "Child's name: Leo Watts".
 * The label is the case context: a referral form's fields, a handover's lines. Not "Name:" alone
 * (a booking's delegates, an HR form) nor "Subject:" (a header).
 */
import type { Span } from "../detect/types";

const LABEL_BEFORE =
  /(?:^|\n)[ \t]*(?:[-*\u2022\u00b7][ \t]*)?(?:(?:the[ \t]+)?(?:patient|client|service[ \t]+user|child|young[ \t]+person|(?:alleged[ \t]+)?victim|(?:alleged[ \t]+)?perpetrator|offender|suspect|mother|father|mum|dad|parent|tenant|pupil|detainee|prisoner|nominal|deceased)(?:['\u2019]s)?(?:[ \t]+(?:name|details))?)[ \t]*(?::|[-\u2013\u2014])[ \t]*$/i;

/** Per span: a person's name right after a case-person label on its line. */
export function namesAfterCasePersonLabels(text: string, spans: readonly Span[]): Uint8Array {
  const out = new Uint8Array(spans.length);
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i] as Span;
    if (span.kind === "person-name" && LABEL_BEFORE.test(text.slice(Math.max(0, span.start - 40), span.start))) out[i] = 1;
  }
  return out;
}
