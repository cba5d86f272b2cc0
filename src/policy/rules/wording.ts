/** Plain-English words for findings. */
import type { PersonalDataKind } from "../detect/types";
import type { RuleContext } from "./types";
import { withoutBidiControls } from "../text/bidi";

const KIND_LABELS: Record<PersonalDataKind, string> = {
  "person-name": "a name",
  "date-of-birth": "a date of birth",
  "nhs-number": "an NHS number",
  "national-insurance-number": "a National Insurance number",
  postcode: "a postcode",
  "street-address": "an address",
  "phone-number": "a telephone number",
  "email-address": "an e-mail address",
  "pnc-id": "a PNC ID",
  "cro-number": "a CRO number",
  "prison-number": "a prison number",
  "case-reference": "a case reference",
  "special-category": "special-category information (health, offences, beliefs…)",
};

export function kindLabel(kind: PersonalDataKind): string {
  return KIND_LABELS[kind];
}

/** "a name and a date of birth", listing each kind once in order of appearance. */
export function kindList(kinds: readonly PersonalDataKind[]): string {
  const labels = kinds.filter((k, i) => kinds.indexOf(k) === i).map(kindLabel);
  if (labels.length <= 1) return labels[0] ?? "";
  return `${labels.slice(0, -1).join(", ")} and ${labels[labels.length - 1]}`;
}

/** A short quotation of the found text for a message, never the whole body. */
export function quote(text: string, max = 40): string {
  // A bidi control inside found text must not reorder the finding's own words around it.
  const oneLine = withoutBidiControls(text).replace(/\s+/g, " ").trim();
  return `“${oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine}”`;
}

/** Why the message counts as sensitive, as a clause ("This message holds case data"), or "" when
 * it does not: case data found, the writer's marking, or a quoted message's marking. */
export function sensitiveClause(context: RuleContext): string {
  const marking = context.agreement.marking.text;
  if (context.hasCaseData) return "This message holds case data";
  if (context.marked) return `This message is marked ${marking}`;
  if (context.threadMarked) return `This message quotes one marked ${marking}`;
  return "";
}
