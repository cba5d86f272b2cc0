/**
 * A name after a label that says whose case it is, at the start of a line or in a form's first
 * cell: "Patient: Ellis Hammond, 79, …", "Victim: Kerry Smith", "Service user – Dean Royce",
 * "Child's name: Leo Watts", "Name of the adult<TAB>Jane Doe" (a template's table). The label is
 * the case context: a referral form's fields, a handover's lines. Not "Name:" alone (a booking's
 * delegates, an HR form), "Requesting officer name" nor "Subject:" (a header).
 */
import type { Span } from "../detect/types";

/** Whom a case-person label names: "Patient", "Child's name", "Name of the adult", "Other adults in the family". */
const CASE_PERSON = "(?:patient|client|service[ \t]+user|child|young[ \t]+person|adult|(?:alleged[ \t]+)?victim|(?:alleged[ \t]+)?perpetrator|offender|suspect|mother|father|mum|dad|parent|tenant|pupil|detainee|prisoner|nominal|deceased)";
const LABEL = `(?:case(?:[ \t]+(?:discussed|name|reviewed|presented))?|(?:the[ \t]+)?${CASE_PERSON}(?:['\u2019]s)?(?:[ \t]+(?:name|details))?|(?:full[ \t]+)?name[ \t]+of[ \t]+(?:the[ \t]+)?${CASE_PERSON}|(?:other[ \t]+)?(?:children|adults)(?:[ \t]+(?:or|and)[ \t]+(?:children|adults))?(?:[ \t]+(?:in[ \t]+the[ \t]+(?:family|household)|at[ \t]+the[ \t]+(?:new[ \t]+)?address|involved))?)`;
/** A label at the start of its line, then a colon, a dash, a table's cell break (a tab or a bar) or
 * a bracket: "Name of the adult<TAB>Jane Doe", "- Dad (Shane) attended". */
const LABEL_BEFORE = new RegExp(`(?:^|\\n)[ \t]*(?:[-*\u2022\u00b7][ \t]*)?${LABEL}[ \t]*(?::|[-\u2013\u2014]|\\t|\\||\\()[ \t]*$`, "i");

/** A table's column heading that says whose case it is: "Victim", "Child's name", "Name of the adult". */
export const CASE_PERSON_HEADING = new RegExp(`^[ \t]*${LABEL}[ \t]*$`, "i");

/** After a name opening a list item, its case role: "- Kirsty Pell, Mother", "- Jordan Pell (8), child"
 * on a conference's invitation list. */
const ROLE_ITEM_AFTER = new RegExp(`^(?:[ \t]*\\(\\d{1,2}\\))?[ \t]*,[ \t]*${CASE_PERSON}[ \t]*(?:\\n|$)`, "i");
const ITEM_BEFORE = /(?:^|\n)[ \t]*[-*\u2022\u00b7][ \t]*$/;
/** After a name opening a table's row, its case role alone in the next cell: "Carly Stubbs<TAB>Mother",
 * "Kian Stubbs (9)<TAB>Child" (a family group conference's attendees). */
const ROLE_CELL_AFTER = new RegExp(`^(?:[ \t]*\\(\\d{1,2}\\))?[ \t]*(?:\\t|\\|)[ \t]*${CASE_PERSON}[ \t]*(?:\\n|$)`, "i");
const ROW_START_BEFORE = /(?:^|\n)[ \t]*$/;
/** Before a name in brackets: a parent or grandparent a child is with, as a contact rota names them ("Ellie-Mae and Jack with Dad (Shane)").
 * Not "Mum (Irene) was 84": the writer's own mother is written so too. */
const RELATION_BRACKET_BEFORE = /\bwith[ \t]+(?:Mum|Dad|Mother|Father|Nan|Nana|Grandad|Grandma|Stepdad|Stepmum)[ \t]*\([ \t]*$/;
/** The writer's own ("my Mum (Sheila)"). */
const WRITERS_RELATION_BEFORE = /\b(?:my|our)[ \t]+\w+[ \t]*\([ \t]*$/i;
/** Before a name, in apposition: whose case they are ("Archie said your client, Gary Pountain, has been staying over"). */
const CLIENT_BEFORE = /\b(?:your|my|our|his|her|their|the)[ \t]+(?:client|service[ \t]+user|supervisee|person[ \t]+on[ \t]+probation|nominal|patient)[ \t]*,[ \t]*$/i;

/** Per span: a person's name right after a case-person label on its line, or a list item's name
 * given a case role after it. */
export function namesAfterCasePersonLabels(text: string, spans: readonly Span[]): Uint8Array {
  const out = new Uint8Array(spans.length);
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i] as Span;
    if (span.kind !== "person-name") continue;
    const before = text.slice(Math.max(0, span.start - 60), span.start);
    if (LABEL_BEFORE.test(before) || (ITEM_BEFORE.test(before) && ROLE_ITEM_AFTER.test(text.slice(span.end, span.end + 40))) || (ROW_START_BEFORE.test(before) && ROLE_CELL_AFTER.test(text.slice(span.end, span.end + 40))) || CLIENT_BEFORE.test(before) || (RELATION_BRACKET_BEFORE.test(before) && !WRITERS_RELATION_BEFORE.test(before))) out[i] = 1;
  }
  return out;
}
