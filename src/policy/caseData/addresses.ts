/**
 * Addresses, postcodes and telephone numbers: an office's, the writer's or a recipient's own, a
 * home whose occupants a paragraph speaks of, or a number the reader is told to call for a service.
 */
import type { PersonalDataKind, Span } from "../detect/types";
import { lastAtOrBefore } from "./boundaries";
import { CALL_BEFORE, HOME_WORDING, OCCUPANTS, ORGANISATION_ABBREVIATION, ORGANISATION_ADDRESS, OWN_ADDRESS_BEFORE, PERSON_CALLED, SOCIAL_NEWS, hasCaseWording, serviceCalled } from "./caseVocabulary";
import { domainOf } from "../agreement/formats";
import { ukPublicSectorDomains } from "../recipients/publicSector";
import { isKnownName, type KnownPeople } from "./knownPeople";
import { paragraphsWithSentence } from "./paragraphSentences";
import type { MessageReading } from "./reading";

export const PLACE_KINDS: ReadonlySet<PersonalDataKind> = new Set<PersonalDataKind>(["street-address", "postcode"]);

/** The line of `text` around `start`, up to the end of the span: an office address names its building there. */
function linePrefix(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf("\n", start - 1) + 1, start - 120);
  // A sentence's end, or a colon opening a clause in lower case ("for Thursday 3pm: pick up the
  // 13-year-old girl from …"), ends what the address's line says of it; a label's colon does not
  // ("Probation Office: 27 Friar Gate").
  const clause = CLAUSE_BREAKS.exec(text.slice(from, start));
  return text.slice(clause ? from + clause.index + clause[0].length : from, end);
}
/** The last sentence end or clause-opening colon before an address. */
const CLAUSE_BREAKS = /[.!?][ \t]+(?=\S|$)(?!.*[.!?:][ \t])|:[ \t]+(?=[a-z])(?!.*[.!?:][ \t])/;
/** "Flat 12, Ashburton House": a flat in a block named as a house is a home. */
const FLAT_IN_BLOCK = /\bFlat[ \t]+\d+[A-Za-z]?,?[ \t]+(?:[A-Z][a-z'\u2019-]+[ \t]+)+(?:House|Court|Lodge)\b/g;

/** A street named after a building ("Station Road", "Church Street", "School Lane"): its word names no building on the line. */
const STREET_NAMED_FOR_BUILDING = /\b[A-Z][a-z]+[ \t]+(?:Road|Street|Lane|Avenue|Drive|Close|Way|Crescent|Grove|Place|Terrace|Gardens|Walk|Row|Square|Hill|View|Rise|Mews|Parade)\b/g;

/** After a street: a building named for it ("Brimington Road Offices", "Friar Gate House"). */
const BUILDING_AFTER = /^[ \t]+(?:Offices?|House|Centre|Center|Building|Buildings|Chambers|Hall|Hub)\b/;

/** Per span: an address or postcode on a line naming a building or an organisation, not a home. */
export function officeAddresses(text: string, spans: readonly Span[]): Uint8Array {
  const office = new Uint8Array(spans.length);
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i] as Span;
    if (!PLACE_KINDS.has(span.kind)) continue;
    const line = linePrefix(text, span.start, span.end).replace(STREET_NAMED_FOR_BUILDING, " ").replace(FLAT_IN_BLOCK, " ");
    office[i] = ORGANISATION_ADDRESS.test(line) || ORGANISATION_ABBREVIATION.test(line) || BUILDING_AFTER.test(text.slice(span.end, span.end + 20)) ? 1 : 0;
  }
  return office;
}

/** Between a name and the address given for it ("Dan – 3 Millfield Court"). */
const NAME_ADDRESS_GAP = /^[ \t]*[-\u2013\u2014:,(][ \t]*$/;
/** Between parts of one address on a line ("19 Larch Way, Kilburn DE56 0NX"). */
const ADDRESS_PARTS_GAP = /^[ \t,]*(?:[A-Za-z'\u2019-]+[ \t,]*){0,3}$/;

/** Before an address: "The address is". */
const THE_ADDRESS_BEFORE = /\b[Tt]he[ \t]+address[ \t]+is[ \t]*:?[ \t]*$/;
/** The writer's home, spoken of before ("at my flat", "our house"). */
const MY_HOME = /\b(?:my|our)[ \t]+(?:flat|house|home|bungalow|maisonette|property)\b/i;
/** Before an address: the writer's move out of one home "and into" this one, in one sentence. */
const MOVED_AND_INTO_BEFORE = /\b(?:I|we)(?:['\u2019](?:ve|m|re)|[ \t]+(?:have|am|are))?[ \t]+(?:moved|moving)[ \t]+(?:out[ \t]+of|from)\b[^.!?\n]{0,100}[ \t,]and[ \t]+(?:(?:moved|moving)[ \t]+)?in(?:to)?[ \t]+$/i;

/**
 * The writer's own address ("I leave mine (19 Larch Way, Kilburn DE56 0NX)", "my address is …"),
 * or a recipient's given right after their name ("Dan – 3 Millfield Court"): contact details of
 * the people writing and receiving, not a case person's home. A postcode or street after such an
 * address on its line is part of it. `spans` are sorted; `own` is filled for the spans before i.
 * "my address is …" is the writer's own only where the writer is staff (`writerIsStaff`): in a
 * mother's quoted letter it is a case person's home. `staff` are the people a name may be.
 */
function ownAddress(text: string, spans: readonly Span[], i: number, own: Uint8Array, staff: KnownPeople, writerIsStaff: boolean): boolean {
  const span = spans[i] as Span;
  const lineStart = text.lastIndexOf("\n", span.start - 1) + 1;
  if (OWN_ADDRESS_BEFORE.test(text.slice(Math.max(lineStart, span.start - 40), span.start))) return writerIsStaff;
  // "Our current address is 22 Maes y Dderwen, Cardiff CF14 6LB": a postcode after an address line no recognizer read.
  if (span.kind === "postcode") {
    const line = UNREAD_ADDRESS_LINE.exec(text.slice(Math.max(lineStart, span.start - 120), span.start));
    if (line && OWN_ADDRESS_BEFORE.test(text.slice(Math.max(lineStart, span.start - 120), span.start - line[0].length))) return writerIsStaff;
  }
  // "the boiler at my flat is losing pressure … The address is Flat 2, 48 Westcotes Drive": the writer's home just spoken of.
  if (THE_ADDRESS_BEFORE.test(text.slice(Math.max(lineStart, span.start - 40), span.start)) && MY_HOME.test(text.slice(Math.max(0, span.start - 400), span.start))) return writerIsStaff;
  // "I moved out of 88 Gipsy Lane … on 31 October and into 5 Hollybush Close": the second home too.
  if (MOVED_AND_INTO_BEFORE.test(text.slice(Math.max(lineStart, span.start - 120), span.start))) return writerIsStaff;
  const prev = spans[i - 1];
  if (!prev || prev.end <= lineStart || prev.end > span.start) return false;
  const gap = text.slice(prev.end, span.start);
  if (PLACE_KINDS.has(prev.kind)) return own[i - 1] === 1 && gap.length <= 40 && ADDRESS_PARTS_GAP.test(gap);
  return prev.kind === "person-name" && NAME_ADDRESS_GAP.test(gap) && isKnownName(staff, prev.text);
}

/** Before a postcode: a house number, a street and perhaps a town, written before it on the line. */
const UNREAD_ADDRESS_LINE = /\d{1,4}[A-Za-z]?[ \t]+[^\n,.;:]{2,40}(?:,[ \t]*[^\n,.;:]{2,30}){0,2},?[ \t]*$/;

/** Per span read as text: the writer's or a recipient's own address. */
export function ownAddresses(r: Pick<MessageReading, "text" | "spans" | "places" | "writerIsStaff">, staffPeople: KnownPeople): Uint8Array {
  const own = new Uint8Array(r.spans.length);
  for (let i = 0; i < r.spans.length; i++) {
    if (r.places.asText[i] && PLACE_KINDS.has((r.spans[i] as Span).kind)) own[i] = ownAddress(r.text, r.spans, i, own, staffPeople, r.writerIsStaff(r.places.partOf(i))) ? 1 : 0;
  }
  return own;
}

/** How much of a paragraph is read for a sentence about an address's occupants. */
const MAX_OCCUPANT_PARAGRAPH = 3000;

/**
 * Whether a sentence speaks of the people at an address with case context ("The man living at
 * the address is managed under MAPPA"): the address is then a case person's home. Wording that
 * only says someone lives there is not enough ("the tenant living at the property has asked for a
 * morning slot").
 */
function aboutOccupants(sentence: string): boolean {
  if (!OCCUPANTS.test(sentence) || SOCIAL_NEWS.test(sentence)) return false;
  return hasCaseWording(sentence.replace(HOME_WORDING, " "));
}

/** Whether a sentence of paragraph `p` speaks of the people at an address with case context, read once a paragraph. */
export function occupantsSpokenOf(r: MessageReading): (p: number) => boolean {
  return paragraphsWithSentence(r, MAX_OCCUPANT_PARAGRAPH, aboutOccupants);
}

/** The last of alternatives called: "DS Kemi Adebayo or |the IOM office|". */
const LAST_ALTERNATIVE = /[ \t]or[ \t,]+((?:(?![ \t]or[ \t]).)+)$/;
/** An aside saying when, before whom to call: ", out of hours,", "in an emergency,". */
const WHEN_ASIDE = /^[ \t,]*(?:out[ -]of[ -]hours|in an emergency|at weekends|after \d{1,2}(?:[:.]\d{2})?[ \t]*(?:am|pm)?|urgently)[ \t]*,[ \t]*/i;

/** A service answering on a number: "the Crisis team will take calls from schools … on", "the
 * helpline is open 9–5 on", "the hub can be reached on". */
const SERVICE_TAKES_CALLS =
  /\b(?:team|service|line|helpline|desk|hub|office|centre|switchboard|reception|department|unit)[ \t]+(?:(?:will|can|now|also|still|is|are)[ \t]+)*(?:take|takes|taking|answer|answers|answering|be[ \t]+(?:reached|contacted)|open|staffed|available)\b[^.;!?\n]{0,100}?[ \t](?:on|at)[ \t]*:?[ \t]*$/i;

/** A line's label naming a service's number: "L&D mobile (on duty practitioner):", "Out of hours
 * duty line:", "MASH:". */
const SERVICE_LABEL =
  /^[ \t]*[^:\n]{0,60}?\b(?:duty|on[- ]call|out[- ]of[- ]hours|team|service|desk|hub|office|line|helpline|switchboard|reception|unit|mash|spoa|l&d|custody|front door|(?:safeguarding|adult|child|children['\u2019]s)[ \t]+(?:concerns|referrals|enquiries)|referrals|enquiries|consultation)\b[^:\n]{0,40}?:[ \t]*$/i;
/** A table's first cell naming a service, then its number in the next cell ("Child protection
 * conference team<TAB>0115 …", "Careline (out of hours)<TAB>…"). */
const SERVICE_CELL =
  /^[ \t]*[^\t\n]{0,60}?\b(?:duty|on[- ]call|out[- ]of[- ]hours|team|service|desk|hub|office|line|helpline|careline|switchboard|reception|unit|mash|spoa|front door)\b[^\t\n]{0,20}?\t+$/i;
/** A service for children, no child called: "Child protection conference team", "Children's services duty". */
const CHILDREN_SERVICE = /\bchild(?:ren['\u2019]?s?)?[ \t]+(?:protection|in[ \t]+need|safeguarding|social[ \t]+care|services?|health)\b/gi;
/** A service named after a colon, then a comma before its number: "Out of hours: Emergency Duty Team, ". */
const SERVICE_NAMED_BEFORE_COMMA = /:[ \t]*(?:the[ \t]+)?(?:[A-Z][\w'\u2019&-]*[ \t]+){0,3}(?:Team|Service|Line|Desk|Hub|Unit)[ \t]*,[ \t]*$/;

/** What names a service's line ("the duty …", "the out-of-hours …", "the team's main …"). */
const SERVICE_WORD = String.raw`\b(?:duty|on[- ]call|out[- ]of[- ]hours|front[ \t]+door|team|service|desk|hub|office|helpline|careline|switchboard|reception|main|enquiries|bookings?|professionals['\u2019]?|referrals?|advice)[ \t]+`;

/** Before a number, what it is named as: "the children's social care front door number should read",
 * "the out-of-hours Careline number", "the team's main number is". */
const SERVICE_NUMBER_NAMED = new RegExp(String.raw`${SERVICE_WORD}(?:line[ \t]+)?(?:number|no\.?|tel(?:ephone)?)(?:[ \t]+(?:(?:should|will|now)[ \t]+)?(?:read|reads|be|is|are))?[ \t]*[:,]?[ \t]*$`, "i");

/** A service's line named, then "on" and its number: "the prison's official visits booking line on …",
 * "the duty line on …", "Our professionals' line stays …", "the professionals' consultation line
 * should now read …". */
const SERVICE_LINE_ON = new RegExp(String.raw`${SERVICE_WORD}(?:[a-z-]+[ \t]+)?(?:phone[ \t]+)?line(?:[ \t]*,|[ \t]+(?:on|is|stays|remains|will[ \t]+be|will[ \t]+stay|(?:should|will)[ \t]+(?:now[ \t]+)?read|(?:now[ \t]+)?reads))[ \t]*:?[ \t]*$`, "i");

/** A duty role, then "on" and its number: "go to the duty manager on …", "the duty SPO on …" (whoever is on duty). */
const DUTY_ROLE_ON = /\bthe[ \t]+duty[ \t]+(?:[\w-]+[ \t]+)?(?:manager|worker|officer|SPO|senior|practitioner|sergeant|inspector|social[ \t]+worker|team[ \t]+manager)[ \t]+(?:is[ \t]+)?on[ \t]*:?[ \t]*$/i;

/** A service's line named, then its number in brackets: "Our duty line stays the same (…)",
 * "the team's main number, unchanged (…". */
const SERVICE_LINE_IN_BRACKETS = new RegExp(String.raw`${SERVICE_WORD}(?:line|number|phone)\b[^.;!?\n()]{0,40}\([ \t]*$`, "i");

/** After a number, the service it is named as, in brackets: "0116 496 0473 (the Children's Duty line)". */
const SERVICE_NAMED_AFTER = new RegExp(String.raw`^[ \t]*\([^()\n]{0,40}?${SERVICE_WORD}(?:line|number|phone)[ \t]*\)`, "i");

/** A number corrected, before the wrong one: "should read 0116 496 0473 (…), not |", "will be 0116 496 0473 (not |". */
const CORRECTED_BEFORE = /(\+?\d[\d \t]{8,14}\d)[ \t]*(?:\([^()\n]{0,60}\))?[ \t]*,?[ \t]*\(?[ \t]*(?:not|rather than|instead of)[ \t]*$/i;

/** UK numbers no one has at home: freephone (0800, 0808, 0500), non-geographic public-body and
 * charity numbers (03…), and service numbers (084…, 087…). */
const NON_GEOGRAPHIC = /^(?:\+44|0044|0)(?:80[08]|500|3[0-9]{2}|8[47][0-9])/;

/** "please ring the MASH on …", "the duty team takes calls on …", "Duty line: …", "the front door
 * number should read …", a freephone number: a number the reader is told to call for a service. */
export function isServiceNumber(r: MessageReading, span: Span): boolean {
  const { text, layout } = r;
  if (NON_GEOGRAPHIC.test(span.text.replace(/[^\d+]/g, ""))) return true;
  const lead = text.slice(Math.max(0, span.start - 120), span.start);
  const named = SERVICE_NUMBER_NAMED.exec(lead) ?? SERVICE_LINE_IN_BRACKETS.exec(lead) ?? SERVICE_LINE_ON.exec(lead) ?? DUTY_ROLE_ON.exec(lead);
  if (named) {
    // A person named between the label and the number is not a service.
    const k = lastAtOrBefore(r.names.starts, span.start - 1);
    if (k < 0 || (r.names.starts[k] as number) < span.start - named[0].length) return true;
  }
  const after = SERVICE_NAMED_AFTER.exec(text.slice(span.end, span.end + 60));
  if (after) {
    // A person named in the brackets ("(Jo Price's team line)") is not a service.
    const k = lastAtOrBefore(r.names.starts, span.end + after[0].length);
    if (k < 0 || (r.names.starts[k] as number) < span.end) return true;
  }
  // The wrong number a service's number corrects is the service's too (a misprint).
  const corrected = CORRECTED_BEFORE.exec(text.slice(Math.max(0, span.start - 90), span.start));
  if (corrected) {
    const at = span.start - corrected[0].length;
    const number = corrected[1] as string;
    if (isServiceNumber(r, { ...span, start: at, end: at + number.length, text: number })) return true;
  }
  const from = Math.max(layout.sentences[layout.sentenceOf(span.start)] as number, span.start - 140);
  const before = text.slice(Math.max(layout.sentences[layout.sentenceOf(span.start)] as number, span.start - 200), span.start);
  const lineStart = Math.max(text.lastIndexOf("\n", span.start - 1) + 1, span.start - 100);
  const label = text.slice(lineStart, span.start);
  // Hours in brackets are no part of the label: "Adult duty (Monday to Friday, 08:30 to 17:00): ".
  const bare = label.replace(/\([^()\n]*\)/g, "");
  if ((SERVICE_LABEL.test(bare) || SERVICE_CELL.test(bare) || SERVICE_NAMED_BEFORE_COMMA.test(bare)) && !PERSON_CALLED.test(label.replace(CHILDREN_SERVICE, " "))) {
    // No one named on the line before it ("Jo Price, duty worker: …" is hers).
    const k = lastAtOrBefore(r.names.starts, span.start - 1);
    if (k < 0 || (r.names.starts[k] as number) < lineStart) return true;
  }
  const takes = SERVICE_TAKES_CALLS.exec(before);
  if (takes) {
    // A person named between the service and the number ("… team, or Jo Price, on") is not a service.
    const k = lastAtOrBefore(r.names.starts, span.start - 1);
    if (k < 0 || (r.names.starts[k] as number) < span.start - before.length + takes.index) return true;
  }
  const call = CALL_BEFORE.exec(text.slice(from, span.start));
  if (!call) return false;
  let called = call[1] as string;
  let calledAt = from + call.index;
  // "contact DS Kemi Adebayo or the IOM office on …": the number is the last alternative's.
  const or = LAST_ALTERNATIVE.exec(called);
  if (or) {
    calledAt += (/^\w+[ \t]+/.exec(call[0]) as RegExpExecArray)[0].length + or.index;
    called = or[1] as string;
  }
  // "…, or, out of hours, Careline on": the time said is no part of whom.
  called = called.replace(WHEN_ASIDE, "");
  if (!serviceCalled(called)) return false;
  // A person named between the call (or the last alternative) and the number ("call Jo Price on") is not a service.
  const k = lastAtOrBefore(r.names.starts, span.start - 1);
  return k < 0 || (r.names.starts[k] as number) < calledAt;
}

/** The registrable suffix of Criminal Justice Secure eMail addresses. */
const CJSM = ".cjsm.net";

/** An e-mail address at a public body's domain (the GOV.UK list of public-sector domains: councils,
 * police, the NHS, HMPPS; or CJSM): a member of staff's or a team's mailbox ("omu.public.protection
 * .hmpleicester@justice.gov.uk"), never the contact detail of a person a case concerns. */
export function isPublicServiceMailbox(address: string): boolean {
  const domain = domainOf(address.trim()).toLowerCase().replace(/[>.\s]+$/, "");
  if (domain === "") return false;
  return domain.endsWith(CJSM) || ukPublicSectorDomains().match(domain) !== null;
}
