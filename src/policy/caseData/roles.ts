/**
 * Gives each span found in a body its role: case data, or set aside (contact details of the
 * staff writing and receiving, boilerplate, or a name the message gives no case context).
 *
 * - Identifiers (NHS, NI, PNC, CRO, prison numbers) and dates of birth are case data wherever
 *   they are, even in a signature or a footer: nobody's contact details hold one.
 * - Special-category facts are case data in the text of any message, new or quoted.
 * - In the text (new or quoted), a name is case data when its sentence gives it case context: an
 *   identifier, a date of birth, a special-category fact, a home address, or case vocabulary
 *   (offences, risk, safeguarding, family, "known to us"). A name that is the sender's, a
 *   recipient's, or of someone in a quoted header or signature is set aside. So is a name the
 *   message gives as a professional's (an employer in brackets, a title such as PS or Dr, "… is a
 *   Senior Probation Officer", a staff job before it: "the caretaker, Wes Moore,", a role in an
 *   attendance list), and its other mentions of that
 *   person, unless their sentence states a fact (an identifier, a date of birth, special category).
 * - Addresses, postcodes, telephone numbers and e-mail addresses in the text are case data in a
 *   sentence with case context or a paragraph holding a case name; an office address (a
 *   building, a council, a service) is not a home address. An address is also case data when a
 *   sentence of its paragraph describes the people living there with case context ("the woman
 *   at the property is on licence for arson"). A number the reader is told to call for a
 *   service ("please call the duty team on …") is the service's.
 * - Staff and the writer (tuning10): "our colleague Amrit" and the one person a sentence puts on
 *   staff leave are staff; a staff member's relative ("DS Whatton's mother, Margaret, … dementia")
 *   and their health are not a case (an offence still is); the writer's own address ("mine (…)")
 *   or a recipient's after their name, and the writer's own health in the first person, are theirs.
 *   A message that says its case is made up ("a composite") has special-category terms about no one.
 * - Staff news (tuning11): in a sentence telling of a birth, a wedding or a death that names staff
 *   ("Mark and his wife Summer welcomed their daughter Rose"), the relatives it gives with "his
 *   wife", "their daughter" are family, not a case, when that is its only case wording. The subject
 *   of a staff-leave sentence is staff even if the word was not taken for a name ("Mark is now on
 *   two weeks' paternity leave"); an attendee given with a role after a comma ("Bernadette Lowe,
 *   SPO, …") is a professional; so is "Your driver: Kyle" on a delivery note.
 * - Whose "I" (tuning13): those staff rules hold in the new message and in quoted messages whose
 *   writer is the sender, a recipient or signs with a job; in anyone else's quoted message ("I
 *   stopped taking my olanzapine" from a service user) the first person is a case person. A job in
 *   brackets after a name, a count's label in a table of figures and a briefing whose child is
 *   "referred to only as" a pseudonym are no facts about anyone.
 * - Greetings, quoted headers, signatures and disclaimers hold contact details and boilerplate:
 *   set aside, apart from identifiers and dates of birth (above).
 *
 * Linear in the text: boundaries are found in one pass and looked up by binary search.
 */
import type { Anatomy, Part } from "../anatomy";
import { isStaffJobLine } from "../anatomy/lineShape";
import { normalise } from "../detect/normalise";
import type { PersonalDataKind, Span } from "../detect/types";
import {
  AFFILIATION_AFTER, ATTENDANCE_LIST, BRACKET_JOB_BEFORE, COUNT_LINE_END, JOB_TERM, ATTENDEE_ROLE_AFTER, CALL_BEFORE, CASE_PERSON, CASE_ROLE_WORD, CASE_VOCABULARY, COLLEAGUE_BEFORE, FAMILY_NEWS, FIRST_PERSON, HOME_WORDING, INVENTED_CASE, IT_MOVED_BEFORE,
  JOB_STATED_AFTER, LEAVE_SUBJECT, MOVER_IS_PERSON, NOT_A_NAME, OCCUPANTS, OFFICER_BEFORE, OFFICER_FIRST, ORGANISATION_ADDRESS, OWN_ADDRESS_BEFORE, OWNED_RELATION, OWNED_RELATIONS, PERSON_LABEL,
  RELATION_BEFORE, RELATIVE_AFTER, REPORTED, ROLE_NOUN_AFTER, ROTA_ITEM, SOCIAL_NEWS, STAFF_JOB_BEFORE, STAFF_LEAVE, STUDY_WORDS, THING_MOVED_BEFORE, THIRD_PERSON, serviceCalled,
} from "./caseVocabulary";
import { namesOffence } from "../detect/recognizers/specialCategoryLexicon";
import { addPerson, emptyKnownPeople, isKnownAddress, isKnownName, type KnownPeople } from "./knownPeople";
import type { RoledSpan, SetAsideReason } from "./types";

/** Kinds that are case data wherever they appear. */
const ALWAYS_CASE: ReadonlySet<PersonalDataKind> = new Set<PersonalDataKind>(["nhs-number", "national-insurance-number", "pnc-id", "cro-number", "prison-number", "date-of-birth"]);

const PLACE_KINDS: ReadonlySet<PersonalDataKind> = new Set<PersonalDataKind>(["street-address", "postcode"]);

/** A span with its role, built field by field: object spread is a helper call per span in the
 * ES2016 Send bundle, and a long thread has tens of thousands of spans. */
function roled(span: Span, role: RoledSpan["role"]): RoledSpan {
  return { start: span.start, end: span.end, kind: span.kind, confidence: span.confidence, text: span.text, role };
}

/** Whether a span counts as case data for the rules (a case reference never identifies anyone). */
export function isCaseData(span: RoledSpan): boolean {
  return span.role === "case" && span.kind !== "case-reference";
}

/** `compute` remembered per key (in `cache`): a long thread asks about the same sentences and
 * names thousands of times. */
function once<K, V>(compute: (key: K) => V, cache: Map<K, V> = new Map<K, V>()): (key: K) => V {
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(key);
      cache.set(key, value);
    }
    return value;
  };
}

/** Index of the last element <= x in a sorted array, or -1. */
function lastAtOrBefore(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) <= x) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Abbreviations after which a full stop does not end a sentence ("Mr. Smith", "Ref. 123"). */
const NO_BREAK_AFTER = /(?:^|[\s(])(?:mr|mrs|ms|miss|dr|st|no|ref|tel|mob|approx|e\.g|i\.e|[a-z])$/i;

interface Boundaries {
  sentences: number[];
  paragraphs: number[];
}

/** Where a sentence or a line may end: the loop below jumps between these instead of reading every character. */
const BREAK_CANDIDATE = /[.!?\n]/g;

/** Sentence and paragraph starts, in one pass; `cuts` (part edges) start both. */
function boundaries(text: string, cuts: readonly number[]): Boundaries {
  const sentences: number[] = [0];
  const paragraphs: number[] = [0];
  let c = 0;
  const cutUpTo = (i: number): void => {
    while (c < cuts.length && (cuts[c] as number) <= i) {
      const at = cuts[c++] as number;
      if (at > (sentences[sentences.length - 1] as number)) sentences.push(at);
      if (at > (paragraphs[paragraphs.length - 1] as number)) paragraphs.push(at);
    }
  };
  BREAK_CANDIDATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BREAK_CANDIDATE.exec(text)) !== null) {
    const i = m.index;
    cutUpTo(i);
    const ch = text.charCodeAt(i);
    if (ch !== 0x0a) {
      const next = text.charCodeAt(i + 1);
      if ((next === 0x20 || next === 0x0a || next === 0x0d || next === 0x09) && (ch !== 0x2e || !NO_BREAK_AFTER.test(text.slice(Math.max(0, i - 6), i)))) {
        if (i + 1 > (sentences[sentences.length - 1] as number)) sentences.push(i + 1);
      }
    } else {
      // Each item of a list is its own sentence: an attendee list is not one long sentence.
      if (LIST_ITEM.test(text.slice(i + 1, i + 8)) && i + 1 > (sentences[sentences.length - 1] as number)) sentences.push(i + 1);
      // A blank line ends a paragraph (and a sentence).
      let j = i + 1;
      while (j < text.length && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09 || text.charCodeAt(j) === 0x0d)) j++;
      if (text.charCodeAt(j) === 0x0a) {
        if (j > (sentences[sentences.length - 1] as number)) sentences.push(j);
        if (j > (paragraphs[paragraphs.length - 1] as number)) paragraphs.push(j);
      }
    }
  }
  cutUpTo(text.length - 1);
  return { sentences, paragraphs };
}

function isTextPart(part: Part | undefined): boolean {
  return !part || part.kind === "text" || part.kind === "unplaced" || part.kind === "greeting";
}

function setAsideReason(part: Part | undefined): SetAsideReason {
  if (!part) return "no case context";
  switch (part.kind) {
    case "signature":
    case "sign-off":
      return part.message === 0 ? "your signature" : "a quoted signature";
    case "disclaimer":
      return "a disclaimer";
    case "quote-header":
      return "a quoted header";
    case "greeting":
      return "the greeting";
    default:
      return "no case context";
  }
}

/** The line of `text` around `start`, up to the end of the span: an office address names its building there. */
function linePrefix(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf("\n", start - 1) + 1, start - 120);
  return text.slice(from, end);
}

/** Between a name and the address given for it ("Dan – 3 Millfield Court"). */
const NAME_ADDRESS_GAP = /^[ \t]*[-\u2013\u2014:,(][ \t]*$/;
/** Between parts of one address on a line ("19 Larch Way, Kilburn DE56 0NX"). */
const ADDRESS_PARTS_GAP = /^[ \t,]*(?:[A-Za-z'\u2019-]+[ \t,]*){0,3}$/;

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
  const prev = spans[i - 1];
  if (!prev || prev.end <= lineStart || prev.end > span.start) return false;
  const gap = text.slice(prev.end, span.start);
  if (PLACE_KINDS.has(prev.kind)) return own[i - 1] === 1 && gap.length <= 40 && ADDRESS_PARTS_GAP.test(gap);
  return prev.kind === "person-name" && NAME_ADDRESS_GAP.test(gap) && isKnownName(staff, prev.text);
}

/** Whether the words from `end` on make what precedes a job title or a course ("… Manager"). */
function isJobTitle(text: string, end: number): boolean {
  return ROLE_NOUN_AFTER.test(text.slice(end, end + 40));
}

/** A list item starts here: "- ", "* ", "• ", "1. ", "2) ", or an agenda's "09:45 ". */
const LIST_ITEM = /^[ \t]*(?:[-*\u2022\u00b7\u2013][ \t]|\d{1,2}[.)][ \t]|\d{1,2}[:.]\d{2}[ \t])/;

/**
 * "Declan Murphy (The Probation Service)", "PS Emmanuel Okoro", "Dr Amara Shah", "Amara Shah is a
 * Senior Probation Officer": a professional, named as one (with an employer, a title or a job).
 */
function isNamedProfessional(text: string, start: number, end: number): boolean {
  return (
    AFFILIATION_AFTER.test(text.slice(end, end + 90)) ||
    OFFICER_BEFORE.test(text.slice(Math.max(0, start - 16), start)) ||
    OFFICER_FIRST.test(text.slice(start, Math.min(end, start + 16))) ||
    OFFICER_BEFORE.test(text.slice(start, Math.min(end, start + 16)).replace(/\S+$/, "")) ||
    JOB_STATED_AFTER.test(text.slice(end, end + 120))
  );
}

/** How many people named as professionals a message's other mentions are matched against. */
const MAX_PROFESSIONALS = 200;

/** What follows a name in brackets ("Priti Chauhan (Senior Practitioner, Starting Point)"). */
const BRACKET_AFTER = /^[ \t]*\(([^()\n]{1,80})\)/;

/** Whether `words` hold case wording ("on licence for burglary"). */
function hasCaseWording(words: string): boolean {
  CASE_VOCABULARY.lastIndex = 0;
  const found = CASE_VOCABULARY.test(words);
  CASE_VOCABULARY.lastIndex = 0;
  return found;
}

/**
 * In an attendance list ("Present: …"), a name given with a role that is not a case role: in
 * brackets ("Kerry Ashmore (Chair)"; not "(mother)", "(victim)"), or after a comma in capitals
 * ("Bernadette Lowe, SPO, Derby Probation Office"; not "Kayleigh Brooks, Mother", nor another
 * name, nor case wording): a member of staff at the meeting. `nameStartsAt` says whether a name
 * found starts at an offset.
 */
function isListedAttendee(text: string, sentenceStart: number, end: number, nameStartsAt: (at: number) => boolean): boolean {
  if (!ATTENDANCE_LIST.test(text.slice(sentenceStart, sentenceStart + 40))) return false;
  const after = text.slice(end, end + 90);
  const bracket = BRACKET_AFTER.exec(after);
  if (bracket) return !PERSON_LABEL.test(bracket[1] as string);
  const comma = ATTENDEE_ROLE_AFTER.exec(after);
  if (!comma) return false;
  const role = comma[1] as string;
  return (
    !nameStartsAt(end + comma[0].length - role.length) &&
    !PERSON_LABEL.test(role) &&
    !CASE_ROLE_WORD.test(role) &&
    !THIRD_PERSON.test(role) &&
    !hasCaseWording(role)
  );
}

/** "the QR code moved to the back", "the meeting has been moved to Thursday", "has it moved to the
 * ICB's portal?": a thing moved, not someone's home. `before` is the sentence up to "moved". */
function thingMoved(before: string): boolean {
  if (IT_MOVED_BEFORE.test(before.slice(-40))) return true;
  const subject = THING_MOVED_BEFORE.exec(before.slice(-60));
  return !!subject && !MOVER_IS_PERSON.test(subject[1] as string);
}

/** A sentence whose case wording says nothing about the people in it: an attendance list, a rota line. */
function wordingNotAboutPeople(sentence: string): boolean {
  if (ATTENDANCE_LIST.test(sentence)) return true;
  const rota = ROTA_ITEM.exec(sentence.replace(/\s+$/, ""));
  return !!rota && !PERSON_LABEL.test(rota[1] as string);
}

/** A special-category term in a sentence about research or training is a topic ("research on domestic abuse"). */
function inStudySentence(text: string, sentences: readonly number[], k: number): boolean {
  const from = sentences[k] as number;
  const to = k + 1 < sentences.length ? (sentences[k + 1] as number) : text.length;
  return STUDY_WORDS.test(text.slice(from, Math.min(to, from + 600)));
}

/**
 * "09:45 Coercive control: the police response": a special-category term that heads a line and
 * is followed by a colon or a dash names a topic (an agenda item, a training session), unless
 * the rest of the line is about someone ("Self-harm: she cut her arm").
 */
const LINE_HEAD = /(?:^|\n)[ \t]*(?:[-*\u2022\u00b7\u2013][ \t]+|\d{1,2}[.)][ \t]+|\d{1,2}[:.]\d{2}[ \t]+)?$/;
const TOPIC_AFTER = /^[ \t]*[:\u2013\u2014][ \t]/;
/** A count's label about someone: a pronoun or a named relation, not "a child" counted. */
const COUNT_ABOUT_SOMEONE = /\b(?:he|she|his|her|him|them|their|mum|dad)\b/i;
const ABOUT_SOMEONE = /\b(?:he|she|they|his|her|him|them|mum|dad|mother|father|child|baby)\b/i;
function isTopicHeading(text: string, start: number, end: number): boolean {
  if (!TOPIC_AFTER.test(text.slice(end, end + 4)) || !LINE_HEAD.test(text.slice(Math.max(0, start - 24), start))) return false;
  const lineEnd = text.indexOf("\n", end);
  return !ABOUT_SOMEONE.test(text.slice(end, lineEnd < 0 ? Math.min(text.length, end + 200) : Math.min(lineEnd, end + 200)));
}

/** The first word of a name, lower-case ("Pauline" of "Pauline Garside"). */
function firstWord(name: string): string {
  const m = /[^\s,.'\u2019-]+/.exec(name);
  return m ? m[0].toLowerCase() : "";
}

/** The longest sentence read for the writer's own health ("I have dyslexia …"). */
const MAX_OWN_SENTENCE = 600;

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

/** Between "his wife" and the name it gives ("his wife Summer", "her husband, Dan"). */
const RELATION_NAME_GAP = /^[ \t]*,?[ \t]*$/;

export interface RoleInput {
  text: string;
  spans: readonly Span[];
  anatomy: Anatomy;
  /** The sender and the recipients; the people in headers and signatures are added here. */
  known: KnownPeople;
}

export function assignRoles(input: RoleInput): RoledSpan[] {
  const { text, spans, anatomy, known } = input;
  const parts = anatomy.parts;
  const partStarts = parts.map((p) => p.start);
  // The sender and the recipients alone, before the people of quoted headers and signatures join
  // them: a quoted message may be a service user's own.
  const parties: KnownPeople = { people: known.people.slice(), addresses: new Set(known.addresses) };
  // Quoted Subject lines are read as text: an earlier subject is what it says.
  const subjectStarts: number[] = [];
  const subjectEnds: number[] = [];
  for (const h of anatomy.headers) {
    if (h.subject) {
      subjectStarts.push(h.subject.start);
      subjectEnds.push(h.subject.end);
    }
    for (const person of h.people) {
      addPerson(known, person.name ? text.slice(person.name.start, person.name.end) : "", person.address ? text.slice(person.address.start, person.address.end) : "");
    }
  }
  const partAt = (at: number): Part | undefined => {
    const k = lastAtOrBefore(partStarts, at);
    return k >= 0 && at < (parts[k] as Part).end ? parts[k] : undefined;
  };
  // Whose "I" each message's is. The new message's (0) is the sender's. A quoted message's is its
  // writer's, who is staff only when its header gives the sender or a recipient of this message,
  // or its signature gives a job or an employer ("Probation Officer, Derby Probation Office"):
  // anyone else may be a service user writing about himself ("I stopped taking my olanzapine").
  // The writer's own health, address and people are set aside only in a staff writer's message.
  const staffWriter = new Set<number>([0]);
  const staffPeople: KnownPeople = { people: parties.people.slice(), addresses: new Set(parties.addresses) };
  for (const h of anatomy.headers) {
    for (const person of h.people) {
      if (person.field !== "from" && person.field !== "wrote") continue;
      const name = person.name ? text.slice(person.name.start, person.name.end) : "";
      const address = person.address ? text.slice(person.address.start, person.address.end) : "";
      if ((address && isKnownAddress(parties, address)) || (name && isKnownName(parties, name))) staffWriter.add(h.message);
    }
  }
  for (const part of parts) {
    if (part.message === 0 || staffWriter.has(part.message) || (part.kind !== "signature" && part.kind !== "sign-off")) continue;
    const lines = text.slice(part.start, Math.min(part.end, part.start + 2000)).split("\n");
    for (const line of lines) {
      if (line.length <= 120 && isStaffJobLine(line)) {
        staffWriter.add(part.message);
        break;
      }
    }
  }
  // The staff writers of quoted messages are staff people too (a colleague's relative, below).
  for (const h of anatomy.headers) {
    if (!staffWriter.has(h.message)) continue;
    for (const person of h.people) {
      if (person.field === "from" || person.field === "wrote") addPerson(staffPeople, person.name ? text.slice(person.name.start, person.name.end) : "", person.address ? text.slice(person.address.start, person.address.end) : "");
    }
  }
  const writerIsStaff = (part: Part | undefined): boolean => !part || staffWriter.has(part.message);
  const inQuotedSubject = (at: number): boolean => {
    const k = lastAtOrBefore(subjectStarts, at);
    return k >= 0 && at < (subjectEnds[k] as number);
  };

  // Where each span sits, in parallel arrays rather than an object per span: a 20 MB body has
  // hundreds of thousands of spans, and the objects cost more in garbage collection than the work.
  const n = spans.length;
  const partIndex = new Int32Array(n);
  const asText = new Uint8Array(n); // read as text (new or quoted text, a greeting's non-name words, a quoted Subject line)
  const office = new Uint8Array(n); // an address or postcode on a line naming a building or an organisation: not a home
  const own = new Uint8Array(n); // the writer's or a recipient's own address ("I leave mine (19 Larch Way …)", "Dan – 3 Millfield Court")
  for (let i = 0; i < n; i++) {
    const span = spans[i] as Span;
    const k = lastAtOrBefore(partStarts, span.start);
    const inPart = k >= 0 && span.start < (parts[k] as Part).end;
    const part = inPart ? parts[k] : undefined;
    partIndex[i] = inPart ? k : -1;
    let readAsText = isTextPart(part);
    if (part && part.kind === "quote-header" && inQuotedSubject(span.start)) readAsText = true;
    if (part && part.kind === "greeting" && span.kind === "person-name") readAsText = false;
    asText[i] = readAsText ? 1 : 0;
    office[i] = PLACE_KINDS.has(span.kind) && ORGANISATION_ADDRESS.test(linePrefix(text, span.start, span.end)) ? 1 : 0;
    if (readAsText && PLACE_KINDS.has(span.kind)) own[i] = ownAddress(text, spans, i, own, staffPeople, writerIsStaff(part)) ? 1 : 0;
  }
  const partOf = (i: number): Part | undefined => (partIndex[i] as number) >= 0 ? parts[partIndex[i] as number] : undefined;

  // The names greeted in the new message: those the writer replies to. In the messages they wrote
  // (quoted below), a name starting with that given name is their own ("Pauline Garside").
  const greeted = new Set<string>();
  for (let i = 0; i < n; i++) {
    const span = spans[i] as Span;
    const part = partOf(i);
    if (span.kind === "person-name" && part && part.kind === "greeting" && part.message === 0) greeted.add(firstWord(span.text));
  }

  // Names in signatures and e-mail addresses there are the signers' own: known people.
  for (let i = 0; i < n; i++) {
    const span = spans[i] as Span;
    const part = partOf(i);
    if (asText[i] || !part || (part.kind !== "signature" && part.kind !== "sign-off")) continue;
    if (span.kind === "person-name" && staffWriter.has(part.message)) addPerson(staffPeople, span.text, "");
    if (span.kind === "person-name") addPerson(known, span.text, "");
    else if (span.kind === "email-address") addPerson(known, "", span.text);
  }

  const cuts: number[] = [];
  for (const part of parts) cuts.push(part.start, part.end);
  for (let i = 0; i < subjectStarts.length; i++) cuts.push(subjectStarts[i] as number, subjectEnds[i] as number);
  cuts.sort((a, b) => a - b);
  const { sentences, paragraphs } = boundaries(text, cuts);
  const sentenceOf = (at: number) => lastAtOrBefore(sentences, at);
  // Each span's sentence, looked up once.
  const spanSentence = new Int32Array(n);
  for (let i = 0; i < n; i++) spanSentence[i] = sentenceOf((spans[i] as Span).start);
  // "Domestic Abuse Coordinator", "09:45 Coercive control: …", "research on domestic abuse": a job or a topic.
  const nameStarts = spans.filter((x) => x.kind === "person-name").map((x) => x.start).sort((a, b) => a - b);
  const nameAt = new Map<number, string>();
  for (const x of spans) if (x.kind === "person-name") nameAt.set(x.start, x.text);
  // "Victim of the assault: Kerry Smith": the heading labels the name right after its colon.
  const nameRightAfter = (at: number): boolean => {
    const k = lastAtOrBefore(nameStarts, at) + 1;
    return k < nameStarts.length && /^[ \t]*[:\u2013\u2014][ \t]*$/.test(text.slice(at, nameStarts[k] as number));
  };
  const nameEnds = new Set<number>();
  for (const x of spans) if (x.kind === "person-name") nameEnds.add(x.end);
  /** "Dev Mistry (Community Mental Health Nurse, Loughborough)": a job in brackets after a name. */
  const jobInBrackets = (span: Span): boolean => {
    if (!JOB_TERM.test(span.text)) return false;
    // Read within 60 characters before the term: a long line costs no more.
    const near = text.slice(Math.max(0, span.start - 60), span.start).lastIndexOf("(");
    if (near < 0) return false;
    const open = Math.max(0, span.start - 60) + near;
    let nameEnd = open;
    while (nameEnd > 0 && (text.charCodeAt(nameEnd - 1) === 0x20 || text.charCodeAt(nameEnd - 1) === 0x09)) nameEnd--;
    return nameEnds.has(nameEnd) && BRACKET_JOB_BEFORE.test(text.slice(nameEnd, span.start));
  };
  /** "– with a child on a child protection plan in the household: 19": a count's label in a table of
   * figures, on a line that names no one and holds no "he", "her" (ABOUT_SOMEONE less the
   * generic "child" a count is of). */
  const countLabel = (span: Span): boolean => {
    // Only a short line can be a count's: look no further than 160 characters either side.
    const from = Math.max(0, span.start - 160);
    const lineStart = from + text.slice(from, span.start).lastIndexOf("\n") + 1;
    const ahead = text.slice(span.end, span.end + 160);
    const lineEnd = ahead.indexOf("\n");
    if (lineStart === from && from > 0) return false;
    if (lineEnd < 0 && span.end + 160 < text.length) return false;
    const line = text.slice(lineStart, lineEnd < 0 ? text.length : span.end + lineEnd);
    if (line.length > 160 || !COUNT_LINE_END.test(line) || COUNT_ABOUT_SOMEONE.test(line)) return false;
    const k = lastAtOrBefore(nameStarts, lineStart + line.length - 1);
    return k < 0 || (nameStarts[k] as number) < lineStart;
  };
  const isSpecialCategoryTopic = (span: Span, sentence: number): boolean =>
    isJobTitle(text, span.end) || (isTopicHeading(text, span.start, span.end) && !nameRightAfter(span.end)) || studySentence(sentence) || jobInBrackets(span) || countLabel(span);
  // Per sentence and per name, once: a long thread repeats both thousands of times.
  const studySentence = once((k: number) => inStudySentence(text, sentences, k));
  /** The sender, a recipient, or a staff writer of a quoted message (not just anyone in a header). */
  const isStaffPerson = once((name: string) => isKnownName(staffPeople, name));
  const isKnown = once((name: string) => isKnownName(known, name));
  const paragraphOf = (at: number) => lastAtOrBefore(paragraphs, at);
  const sentenceText = (k: number): string => {
    const from = sentences[k] as number;
    return text.slice(from, Math.min(k + 1 < sentences.length ? (sentences[k + 1] as number) : text.length, from + 1000));
  };

  // The new message says its case is made up ("a composite … the initials don't belong to anyone
  // real"): its special-category terms are the example's, not facts about someone. Names with
  // case wording, identifiers and dates of birth still count.
  let invented = false;
  for (const part of parts) {
    if (invented) break;
    if (part.message === 0 && part.kind === "text") invented = INVENTED_CASE.test(text.slice(part.start, Math.min(part.end, part.start + 20000)));
  }

  // Sentences about a staff member's relative ("our police colleague DS Karen Whatton's mother,
  // Margaret, died … after a long illness with dementia"): a colleague's family is not a case.
  // Every name in the sentence must be staff's or the relative's given right after the relation.
  const staffFamily = new Uint8Array(sentences.length);
  const otherName = new Uint8Array(sentences.length);
  const relativeStarts = new Set<number>();
  // Named as a professional (an employer, a title, a job): worked out once, used again below.
  const titled = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const span = spans[i] as Span;
    if (span.kind !== "person-name" || !asText[i]) continue;
    const s = spanSentence[i] as number;
    if (isNamedProfessional(text, span.start, span.end)) titled[i] = 1;
    const staff = titled[i] || isStaffPerson(span.text) || COLLEAGUE_BEFORE.test(text.slice(Math.max(0, span.start - 40), span.start));
    const relative = staff ? RELATIVE_AFTER.exec(text.slice(span.end, span.end + 40)) : null;
    if (relative) {
      staffFamily[s] = 1;
      relativeStarts.add(span.end + relative[0].length);
    } else if (!staff && !relativeStarts.has(span.start)) otherName[s] = 1;
  }
  // The writer's own health in the first person ("I have dyslexia … and was diagnosed with ADHD"):
  // no one else in the sentence, nothing reported, no name but the sender's or a recipient's.
  const writersOwn = once((k: number): boolean => {
    const from = sentences[k] as number;
    const to = k + 1 < sentences.length ? (sentences[k + 1] as number) : text.length;
    // A sentence longer than is read is not judged the writer's (fail closed).
    if (to - from > MAX_OWN_SENTENCE || !writerIsStaff(partAt(from))) return false;
    const sentence = text.slice(from, to);
    if (!FIRST_PERSON.test(sentence) || THIRD_PERSON.test(sentence) || REPORTED.test(sentence)) return false;
    for (let j = lastAtOrBefore(nameStarts, from - 1) + 1; j < nameStarts.length && (nameStarts[j] as number) < to; j++) {
      const name = nameAt.get(nameStarts[j] as number);
      if (!name || !isKnown(name)) return false;
    }
    return true;
  });
  /** Why a special-category span is not a fact about a case person, or null when it is one. */
  const specialNotFact = (i: number): SetAsideReason | null => {
    const span = spans[i] as Span;
    const s = spanSentence[i] as number;
    if (isSpecialCategoryTopic(span, s)) return "no case context";
    const part = partOf(i);
    if (invented && (!part || part.message === 0)) return "no case context";
    if (staffFamily[s] && !otherName[s] && !namesOffence(span.text)) return "no case context";
    if (writersOwn(s)) return "the sender or a recipient";
    return null;
  };
  const specialNotFactOnce = once(specialNotFact);

  // Sentences with case context, from what is read as text (flags by sentence index).
  const context = new Uint8Array(sentences.length);
  // Context from a fact (an identifier, a date of birth, special-category data), not from wording.
  const factContext = new Uint8Array(sentences.length);
  const homeAddress = new Uint8Array(sentences.length);
  for (let i = 0; i < n; i++) {
    if (!asText[i]) continue;
    const span = spans[i] as Span;
    const kind = span.kind;
    const s = spanSentence[i] as number;
    if (ALWAYS_CASE.has(kind) || (kind === "special-category" && specialNotFactOnce(i) === null)) context[s] = factContext[s] = 1;
    else if (PLACE_KINDS.has(kind) && !office[i] && !own[i]) homeAddress[s] = 1;
  }
  // Case wording matters only in sentences holding something that needs context (a name, an
  // address, a number) and none yet: the vocabulary is searched there alone, each sentence once.
  const needing = new Uint8Array(sentences.length);
  // Sentences whose only case wording is family words owned by a pronoun, each giving a name
  // ("Mark and his wife Summer welcomed their daughter Rose"), and the names so given: read below
  // for a staff member's family news.
  const familyWordingOnly = new Uint8Array(sentences.length);
  const givenAsRelative = new Set<number>();
  /** The name that starts right after `at` ("his wife| Summer"), or -1. */
  const nameGivenAfter = (at: number): number => {
    const j = lastAtOrBefore(nameStarts, at - 1) + 1;
    if (j >= nameStarts.length) return -1;
    const start = nameStarts[j] as number;
    return start - at <= 3 && RELATION_NAME_GAP.test(text.slice(at, start)) ? start : -1;
  };
  for (let i = 0; i < n; i++) {
    const kind = (spans[i] as Span).kind;
    if (!asText[i] || ALWAYS_CASE.has(kind) || kind === "special-category") continue;
    const k = spanSentence[i] as number;
    if (!context[k]) needing[k] = 1;
  }
  for (let k = 0; k < sentences.length; k++) {
    if (!needing[k]) continue;
    const from = sentences[k] as number;
    const to = k + 1 < sentences.length ? (sentences[k + 1] as number) : text.length;
    // Read as detect() reads: an invisible character inside "arrested" must not hide the word.
    const sentence = normalise(text.slice(from, to));
    if (SOCIAL_NEWS.test(sentence.text) || wordingNotAboutPeople(sentence.text)) continue;
    CASE_VOCABULARY.lastIndex = 0;
    let m: RegExpExecArray | null;
    let familyOnly = true;
    const given: number[] = [];
    while ((m = CASE_VOCABULARY.exec(sentence.text)) !== null) {
      const at = from + sentence.toOriginal(m.index);
      const part = partAt(at);
      const movedThing = /^moved /i.test(m[0]) && thingMoved(sentence.text.slice(0, m.index));
      const end = from + sentence.toOriginal(m.index + m[0].length, true);
      if (!movedThing && !isJobTitle(text, end) && (isTextPart(part) || inQuotedSubject(at))) {
        context[k] = 1;
        // Read on only while every match is a family word giving a name ("his wife Summer").
        const name = OWNED_RELATION.test(m[0]) ? nameGivenAfter(end) : -1;
        if (name < 0) {
          familyOnly = false;
          break;
        }
        given.push(name);
      }
      if (m[0].length === 0) CASE_VOCABULARY.lastIndex++;
    }
    if (context[k] && familyOnly) {
      familyWordingOnly[k] = 1;
      for (const name of given) givenAsRelative.add(name);
    }
  }

  // People the message names as professionals (with an employer, a title, a job, or a role in an
  // attendance list): its other mentions of them ("Declan asked…", "Amara lives…") are theirs too.
  // At most MAX_PROFESSIONALS are remembered, so that a look-up stays cheap in a huge thread;
  // past that, mentions are judged on their own (more case data, never less).
  const professionals = emptyKnownPeople();
  // Distinct names per sentence (read as text, not the sender's or a recipient's), and whether a
  // sentence speaks of staff leave, read once each.
  const namesInSentence = new Uint16Array(sentences.length);
  const lastNameIn = new Map<number, string>();
  for (let i = 0; i < n; i++) {
    const span = spans[i] as Span;
    if (span.kind !== "person-name" || !asText[i] || isKnown(span.text)) continue;
    const s = spanSentence[i] as number;
    const key = firstWord(span.text);
    const count = namesInSentence[s] as number;
    if (lastNameIn.get(s) !== key && count < 2) namesInSentence[s] = count + 1;
    lastNameIn.set(s, key);
  }
  const leaveSentences = new Map<number, boolean>();
  const nameStartsAt = (at: number): boolean => {
    const k = lastAtOrBefore(nameStarts, at);
    return k >= 0 && nameStarts[k] === at;
  };
  const staffLeave = once((k: number) => STAFF_LEAVE.test(sentenceText(k)), leaveSentences);
  const namedProfessional = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const span = spans[i] as Span;
    if (span.kind !== "person-name" || !asText[i]) continue;
    const s = spanSentence[i] as number;
    const before = text.slice(Math.max(0, span.start - 60), span.start);
    if (titled[i]) namedProfessional[i] = 1;
    // "the caretaker, Wes Moore,", "our colleague Amrit": staff, unless the sentence states a fact about someone (a DOB).
    else if ((STAFF_JOB_BEFORE.test(before) || COLLEAGUE_BEFORE.test(before)) && !factContext[s]) namedProfessional[i] = 1;
    // "Tariq's wife had the baby …, so he's started his paternity leave": the one person a
    // sentence puts on a staff member's leave is staff (not "Dad, Luis …", not beside a fact).
    else if (!factContext[s] && namesInSentence[s] === 1 && !RELATION_BEFORE.test(before) && writerIsStaff(partOf(i)) && staffLeave(s)) namedProfessional[i] = 1;
    else if (!isListedAttendee(text, sentences[spanSentence[i] as number] as number, span.end, nameStartsAt)) continue;
    if (professionals.people.length < MAX_PROFESSIONALS) addPerson(professionals, span.text.replace(OFFICER_FIRST, ""), "");
  }
  // "Mark is now on two weeks' paternity leave": the one a sentence puts on staff leave is staff
  // even where the word was not taken for a name (a name that is also a word), so that the
  // message's other mentions of them are staff's too. Only sentences naming no one else, with no
  // fact, in the text; "leave" is found by indexOf, so a long thread costs one scan.
  for (let at = text.indexOf("eave"); at >= 0; at = text.indexOf("eave", at + 4)) {
    const k = sentenceOf(at);
    const part = partAt(sentences[k] as number);
    if (leaveSentences.has(k) || namesInSentence[k] !== 0 || factContext[k] || !isTextPart(part) || !writerIsStaff(part)) continue;
    if (!staffLeave(k)) continue;
    const subject = LEAVE_SUBJECT.exec(sentenceText(k));
    if (subject && !NOT_A_NAME.test(subject[1] as string) && professionals.people.length < MAX_PROFESSIONALS) addPerson(professionals, subject[1] as string, "");
  }
  const isProfessional = once((name: string) => isKnownName(professionals, name));

  // A staff member's family news ("Mark and his wife Summer welcomed their daughter Rose into the
  // world"): in a sentence whose only case wording is family words giving names, that tells of a
  // birth, a wedding or a death, and names staff and no one but the relatives so given, those
  // relatives are the staff member's family, not a case. A fact, a home address, any other case
  // wording ("arrested") or anyone else named keeps them case data.
  const staffNamed = new Uint8Array(sentences.length);
  const strangerNamed = new Uint8Array(sentences.length);
  for (let i = 0; i < n; i++) {
    const span = spans[i] as Span;
    if (span.kind !== "person-name" || !asText[i]) continue;
    const s = spanSentence[i] as number;
    if (!familyWordingOnly[s]) continue;
    if (isStaffPerson(span.text) || namedProfessional[i] || (!factContext[s] && isProfessional(span.text))) staffNamed[s] = 1;
    else if (!givenAsRelative.has(span.start)) strangerNamed[s] = 1;
  }
  const staffFamilyNews = once((k: number): boolean => {
    const sentence = sentenceText(k);
    return (
      !!familyWordingOnly[k] && !!staffNamed[k] && !strangerNamed[k] && !factContext[k] && !homeAddress[k] && writerIsStaff(partAt(sentences[k] as number)) && FAMILY_NEWS.test(sentence) &&
      !CASE_PERSON.test(sentence.replace(OWNED_RELATIONS, " "))
    );
  });

  // Names: case data in a sentence with context (a home address counts with a name beside it).
  const roles: (SetAsideReason | "case")[] = new Array(n);
  const caseNameParagraphs = new Uint8Array(paragraphs.length);
  for (let i = 0; i < n; i++) {
    const span = spans[i] as Span;
    if (span.kind !== "person-name") continue;
    const part = partOf(i);
    if (!asText[i]) {
      roles[i] = setAsideReason(part);
      continue;
    }
    if (isKnown(span.text) || (part && part.message > 0 && greeted.has(firstWord(span.text)))) {
      roles[i] = "the sender or a recipient";
      continue;
    }
    const s = spanSentence[i] as number;
    // Another mention of a named professional is theirs, unless its sentence states a fact about
    // someone (an identifier, a date of birth, special-category data).
    if (namedProfessional[i] || (professionals.people.length > 0 && !factContext[s] && isProfessional(span.text))) {
      roles[i] = "a named professional";
      continue;
    }
    if (givenAsRelative.has(span.start) && staffFamilyNews(s)) roles[i] = "no case context";
    else if (context[s] || homeAddress[s]) {
      roles[i] = "case";
      caseNameParagraphs[paragraphOf(span.start)] = 1;
    } else roles[i] = "no case context";
  }

  // Paragraphs where a sentence speaks of the people at an address with case context, read once
  // each (0: not yet read, 1: no, 2: yes).
  const occupantParagraphs = new Uint8Array(paragraphs.length);
  const occupantsInParagraph = (p: number): boolean => {
    if (!occupantParagraphs[p]) {
      const from = paragraphs[p] as number;
      const to = Math.min(p + 1 < paragraphs.length ? (paragraphs[p + 1] as number) : text.length, from + MAX_OCCUPANT_PARAGRAPH);
      let found = false;
      for (let k = sentenceOf(from); !found && k < sentences.length && (sentences[k] as number) < to; k++) {
        const start = Math.max(sentences[k] as number, from);
        const end = Math.min(k + 1 < sentences.length ? (sentences[k + 1] as number) : text.length, to);
        found = isTextPart(partAt(start)) && aboutOccupants(normalise(text.slice(start, end)).text);
      }
      occupantParagraphs[p] = found ? 2 : 1;
    }
    return occupantParagraphs[p] === 2;
  };
  // "please ring the MASH on …": a number the reader is told to call for a service.
  const serviceNumber = (span: Span): boolean => {
    const from = Math.max(sentences[sentenceOf(span.start)] as number, span.start - 90);
    const call = CALL_BEFORE.exec(text.slice(from, span.start));
    if (!call || !serviceCalled(call[1] as string)) return false;
    // A person named between the call and the number ("call Jo Price on") is not a service.
    const k = lastAtOrBefore(nameStarts, span.start - 1);
    return k < 0 || (nameStarts[k] as number) < from + call.index;
  };

  for (let i = 0; i < n; i++) {
    const span = spans[i] as Span;
    const kind = span.kind;
    if (kind === "person-name") continue;
    if (ALWAYS_CASE.has(kind)) {
      roles[i] = "case";
      continue;
    }
    if (!asText[i]) {
      roles[i] = setAsideReason(partOf(i));
      continue;
    }
    if (kind === "special-category") {
      // "Domestic Abuse Coordinator", "Mental Health Practitioner": a job, not a fact about someone.
      roles[i] = specialNotFactOnce(i) ?? "case";
      continue;
    }
    if (kind === "email-address" && isKnownAddress(known, span.text)) {
      roles[i] = "the sender or a recipient";
      continue;
    }
    if (own[i]) {
      roles[i] = "the sender or a recipient";
      continue;
    }
    if (office[i]) {
      roles[i] = "no case context";
      continue;
    }
    if (kind === "phone-number" && serviceNumber(span)) {
      roles[i] = "a service's number";
      continue;
    }
    const inContext = context[spanSentence[i] as number] || caseNameParagraphs[paragraphOf(span.start)];
    if (inContext || (PLACE_KINDS.has(kind) && occupantsInParagraph(paragraphOf(span.start)))) roles[i] = "case";
    else roles[i] = "no case context";
  }

  const out: RoledSpan[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const role = roles[i] as SetAsideReason | "case";
    const r = roled(spans[i] as Span, role === "case" ? "case" : "set-aside");
    if (role !== "case") r.reason = role;
    out[i] = r;
  }
  return out;
}

/** Every span is case data: what a part of the check that failed falls back to (fail closed). */
export function allCaseData(spans: readonly Span[]): RoledSpan[] {
  return spans.map((s) => roled(s, "case"));
}
