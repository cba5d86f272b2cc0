/**
 * A name given with a case reference beside it is the person the case is about: "Liam
 * Hodgkinson, CRN D301874 - 12 hrs left", "Kelsey Watts (CRN D288150)", "CRN D317729 – Ashley
 * Brindley". A case reference alone identifies no one (it may go in a subject), but it is the
 * case's number: the name it is written against is the case subject's, whatever else the line says.
 */
import type { Span } from "../detect/types";

/** Between a name and its case reference: a comma, a bracket, a dash or a file name's underscore
 * ("Joint_visit_notes_PRYOR_Shane_D448170.docx"), and the reference's label ("_CRN_L482913"). */
const BETWEEN = /^[ \t]*[,(\u2013\u2014_-]?[ \t]*(?:(?:CRN|case[ \t]+ref(?:erence)?|ref(?:erence)?|case[ \t]+no\.?|nDelius|Delius)[ \t]*(?:no\.?|number)?[ \t]*[:#._]?[ \t]*)?$/i;

/** Per span: a person's name with a case reference right before or after it on its line. */
export function namesBesideCaseReferences(text: string, spans: readonly Span[]): Uint8Array {
  const out = new Uint8Array(spans.length);
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i] as Span;
    if (span.kind !== "person-name") continue;
    const next = spans[i + 1];
    const prev = spans[i - 1];
    if ((next && next.kind === "case-reference" && beside(text, span.end, next.start)) || (prev && prev.kind === "case-reference" && beside(text, prev.end, span.start))) out[i] = 1;
  }
  return out;
}

/** Whether only a separator and a reference label lie between `from` and `to` (at most 30 characters). */
function beside(text: string, from: number, to: number): boolean {
  return to >= from && to - from <= 30 && BETWEEN.test(text.slice(from, to));
}
