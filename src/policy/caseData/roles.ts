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
 * - Staff and HR mail (tuning14/15): in a new message asking about the writer's own records ("please
 *   update my address", "my NI number") that names and speaks of no one else, the writer's NI
 *   number, home and numbers on labelled lines or first-person sentences are theirs (the one
 *   exception to identifiers always counting). "Name, Job Title" lines or cells, "X from our
 *   unit", "X has been employed by … as a Probation Officer" and the names in a running order's
 *   Lead column are professionals; "Dr X, Consultant Psychiatrist" is a job; an induction is no case.
 * - Staff at work (tuning16, staffAtWork.ts): a name chairing, covering or taking over ("Tom Hargreaves
 *   chairs her child protection conferences"), handed over to, shadowed or thanked, given a job with
 *   "as" or speaking in a running order is a professional; a special-category term naming that work
 *   (the review she led, "his PQ in domestic abuse practice") is a topic; not beside an offence,
 *   harm or a case person. Rota lines with remarks ("Youth court: Beth Ainsworth, alongside …") are tasks.
 * - A name with a case reference beside it ("Liam Hodgkinson, CRN D301874", caseReferenceBeside.ts)
 *   or after a case-person label on its line ("Patient: Ellis Hammond", casePersonLabel.ts) is the
 *   case's person, whatever else its sentence says.
 * - Pronouns (tuning19, pronouns.ts): a sentence naming no one with "he"/"she" and strong case wording
 *   ("his order has an exclusion zone") gives case context to the name last before it in its part.
 * - Tables (tuning18, tables.ts): a date alone in an action log's "By", "Due" or "Deadline" column is a
 *   deadline, not a date of birth, however close to an owner's name ("Daniel Okafor<TAB>20/11/2026");
 *   a special-category term in a running order's Lead column names the lead's team (tuning19).
 * - About no one (personless.ts): a special-category term whose sentence refers to no one (no
 *   pronoun, person word, initial or name) in a paragraph naming no one is a topic, unless the
 *   message holds other case data. A plural "they" of a group or a count is no one (tuning22).
 * - Services (tuning22, addresses.ts): a number a team answers on is the team's; an e-mail address at a
 *   public body's domain is a staff or team mailbox, never a case person's contact detail.
 * - Greetings, quoted headers, signatures and disclaimers hold contact details and boilerplate:
 *   set aside, apart from identifiers and dates of birth (above).
 *
 * Linear in the text: boundaries are found in one pass and looked up by binary search.
 *
 * Each kind of rule has its module; this one builds what they read (reading.ts) and decides.
 * boundaries.ts: sentences and paragraphs; messageParts.ts: where a span sits; quotedWriters.ts:
 * whose "I"; addresses.ts: offices, own addresses, occupants, services' numbers; topics.ts:
 * wording about no one; personless.ts: terms that refer to no one; caseContext.ts: sentences with case context; staffMatters.ts: staff and
 * the writer; colleagueHealth.ts: a colleague's health told by staff; professionals.ts:
 * professionals and attendees; staffAtWork.ts: names doing staff work (worksAndAuthors.ts: the
 * authors of titles);
 * tables.ts: the column headings of tables pasted into mail; pronouns.ts: case wording told of "he" or "she".
 */
import type { Anatomy } from "../anatomy";
import type { PersonalDataKind, Span } from "../detect/types";
import { PLACE_KINDS, isPublicServiceMailbox, isServiceNumber, occupantsSpokenOf, officeAddresses, ownAddresses } from "./addresses";
import { lastAtOrBefore, layoutOf } from "./boundaries";
import { namesOffence } from "../detect/recognizers/specialCategoryLexicon";
import { ALWAYS_CASE, sentenceContext, type SentenceContext } from "./caseContext";
import { careerParagraphs, careerSentences } from "./careerParagraphs";
import { childrenBeforeCaseSentences, namesHeadingCaseLists } from "./caseLists";
import { namesBesideCaseReferences } from "./caseReferenceBeside";
import { CASE_PERSON_HEADING, namesAfterCasePersonLabels } from "./casePersonLabel";
import { OFFICER_BEFORE } from "./caseVocabulary";
import { isKnownAddress, isKnownName, plainNameWords, type KnownPeople } from "./knownPeople";
import { placeSpans, partMapOf, setAsideReason } from "./messageParts";
import { once } from "./once";
import { professionalsOf, titledNames, type Professionals } from "./professionals";
import { addressedReaders, newTextTellsReadersCase } from "./addressedReaders";
import { giftDeliveryDetails, giftToColleague } from "./colleagueGifts";
import { listedWithTheWriter } from "./teamLists";
import { addHeaderPeople, addSigners, copyOfPeople, firstWord, greetedNames, staffPeopleOf, staffWrittenMessages, writtenByStaff } from "./quotedWriters";
import { nameIndexOf, textNameIndexes, type MessageReading } from "./reading";
import { TITLED_PROFESSIONAL, writersOwnPeople } from "./writersOwnPeople";
import { colleagueFamilyNames, staffNewsOnly, staffWrittenText } from "./colleagueFamily";
import { staffFamilyNewsSentences, staffLeaveOf, staffRelativeSentences, writersOwnRecords, writersOwnSentences } from "./staffMatters";
import { personlessTerms } from "./personless";
import { signatureEchoes } from "./signatureEchoes";
import { staffAtWork } from "./staffAtWork";
import { atTeamEvent, colleagueHealthSentences } from "./colleagueHealth";
import { namesLeadingIn } from "./leadIns";
import { namesInPastedNotes } from "./pastedNotes";
import { petsOf } from "./pets";
import { pronounCaseNames, relativesOfCasePeople, strongPronounParagraphs } from "./pronouns";
import { inOwnCaseMessages } from "./ownCaseWriters";
import { deadlinesInTables, inContactColumn, namesInContactColumns, namesInStaffTables, namesUnderCasePersonHeadings, ratingsInTables, staffTableRows, termsInLeadCells } from "./tables";
import { ownedBefore, saysCaseIsInvented, specialCategoryTopics } from "./topics";
import type { RoledSpan, SetAsideReason } from "./types";

/** A span with its role, built field by field: object spread is a helper call per span in the
 * ES2016 Send bundle, and a long thread has tens of thousands of spans. */
function roled(span: Span, role: RoledSpan["role"]): RoledSpan {
  return { start: span.start, end: span.end, kind: span.kind, confidence: span.confidence, text: span.text, role };
}

/** Whether a span counts as case data for the rules (a case reference never identifies anyone). */
export function isCaseData(span: RoledSpan): boolean {
  return span.role === "case" && span.kind !== "case-reference";
}

export interface RoleInput {
  text: string;
  spans: readonly Span[];
  anatomy: Anatomy;
  /** The sender and the recipients; the people in headers and signatures are added here. */
  known: KnownPeople;
  /** Whether the new text tells its readers of their own case, when the caller has read it
   * (check.ts reads it once for this and for the rules); read here otherwise. */
  readersCase?: boolean;
  /** The message's own subject: with the quoted messages' subjects, what the thread is about. */
  subject?: string;
}

type Role = SetAsideReason | "case";

/** What the rules found, for the roles decided from it. */
/** Contact details that staff news may give for a colleague or their family. */
const STAFF_NEWS_CONTACT_KINDS: ReadonlySet<string> = new Set(["phone-number", "email-address", "street-address", "postcode"]);

/** A file's name holding the name and a case form's word: "DASH_THORNHILL_Lacey_18112026.pdf",
 * "PSR_FARNWORTH_Deacon_CRN_K514392_v2.docx", "ICPC_invite_KOWALCZYK_Marta_and_children.docx",
 * "Contact_plan_WARDLE_Mason_and_Ellie-Mae_v3.docx", or a case reference ("Transfer_summary_WHITTAKER_Lily-Mae_SP-448217.docx"). */
const CASE_FORM_IN_FILE_NAME = /(?:^|[_.-])(?:dash|psr|kpc|marac|rtcn1?|cp|[ir]cpc|s47|mappa|referral|strategy|crn|pnc|cin|sgo|risk|chronology|casenotes?|assessment|(?:contact|safety|care|pathway|cp)[_-]plan|core[_-]group|lac[_-]review|oasys|licence|transfer[_-]summary|case[_-]summary|handover)(?=[_.-]|$)|(?:^|[_.-])[A-Z]{1,3}-?\d{5,7}(?=[_.-]|$)/i;
const FILE_NAME = /^[^\s,;<>()"]+\.(?:docx?|pdf|xlsx?|odt|rtf|txt|msg|eml|jpe?g|png)$/i;

function inCaseFileName(text: string, span: Span): boolean {
  let from = span.start;
  while (from > 0 && span.start - from < 120 && !/[\s,;<>()"]/.test(text.charAt(from - 1))) from--;
  let to = span.end;
  while (to < text.length && to - span.end < 120 && !/[\s,;<>()"]/.test(text.charAt(to))) to++;
  const token = text.slice(from, to);
  return token !== span.text && FILE_NAME.test(token) && CASE_FORM_IN_FILE_NAME.test(token.replace(span.text, "_"));
}

/** A term opening with its owner ("his domestic abuse"). */
const OWNED_START = /^(?:his|her|their)\b/i;
/** What a staff member's own row on a list of staff may hold besides their name. */
const STAFF_ROW_KINDS: ReadonlySet<PersonalDataKind> = new Set<PersonalDataKind>(["date-of-birth", "national-insurance-number", "email-address", "phone-number"]);

interface Findings {
  r: MessageReading;
  /** Whether an offset sits in a staff table's row (tables.ts). */
  staffRow(at: number): boolean;
  known: KnownPeople;
  /** First words of the names greeted in the new message. */
  greeted: ReadonlySet<string>;
  office: Uint8Array;
  own: Uint8Array;
  /** Dates in an action log's "By" column: deadlines, not dates of birth. */
  deadlines: Uint8Array;
  ctx: SentenceContext;
  professionals: Professionals;
  specialNotFact(i: number): SetAsideReason | null;
  staffFamilyNews(k: number): boolean;
  /** Per span: a name a later "he"/"she" sentence (or a later point of its list) with strong case wording is about. */
  pronounCase: Uint8Array;
  /** Per span: a name with a case reference beside it ("Liam Hodgkinson, CRN D301874"). */
  withCaseReference: Uint8Array;
  /** Per span: a name after a case-person label ("Patient: Ellis Hammond") or under one as a column heading. */
  afterCaseLabel: Uint8Array;
  /** Per sentence: career text, about a colleague's career, for the names in it (careerParagraphs.ts). */
  career: (k: number) => boolean;
  /** Per span: a table's rating ("Amber" under "RAG"), not a person. */
  ratings: Uint8Array;
  /** Per span: a colleague's relative named in news of their death, wedding or baby (colleagueFamily.ts). */
  colleagueFamily: Uint8Array;
  /** The name span (by index) ending at an offset, for the names read as text. */
  nameEndingAt: Map<number, number>;
  /** Per span: the staff signature that gives the same number or address (signatureEchoes.ts), or null. */
  signatureEcho(i: number): SetAsideReason | null;
  /** Per sentence: it tells of a colleague's health, naming only staff (colleagueHealth.ts). */
  colleagueHealth(k: number): boolean;
  /** Per span: a name of the team's own event (colleagueHealth.ts's atTeamEvent). */
  atParty: Uint8Array;
  /** The writer's new text sends a colleague a gift (colleagueGifts.ts). */
  gift: boolean;
  /** Per span: a reader called by name in the new text (addressedReaders.ts). */
  addressed: Uint8Array;
  /** The new text tells the readers of their own case (addressedReaders.ts). */
  readersCase: boolean;
  /** Per span: a pet's name (pets.ts). */
  pets: Uint8Array;
  /** Per sentence: in a message about pets, it names no one but pets. */
  petSentence(s: number): boolean;
}

export function assignRoles(input: RoleInput): RoledSpan[] {
  const { text, spans, anatomy, known } = input;
  // The sender and the recipients alone, before the people of quoted headers and signatures join
  // them: a quoted message may be a service user's own.
  const parties = copyOfPeople(known);
  addHeaderPeople(text, anatomy, known);
  const partMap = partMapOf(anatomy);
  const staffWriter = staffWrittenMessages(text, anatomy, parties);
  const staffPeople = staffPeopleOf(text, anatomy, parties, staffWriter);
  const writerIsStaff = writtenByStaff(staffWriter);
  const places = placeSpans(spans, partMap);
  const office = officeAddresses(text, spans);
  // Read before the signers join the staff people: a name before an address is matched against
  // the sender, the recipients and the staff writers of quoted messages alone.
  const own = ownAddresses({ text, spans, places, writerIsStaff }, staffPeople);
  const greeted = greetedNames(spans, places);
  addSigners(spans, places, staffWriter, staffPeople, known);

  const layout = layoutOf(text, partMap.cuts);
  const spanSentence = new Int32Array(spans.length);
  for (let i = 0; i < spans.length; i++) spanSentence[i] = layout.sentenceOf((spans[i] as Span).start);
  const r: MessageReading = {
    text,
    spans,
    places,
    partAt: partMap.partAt,
    inQuotedSubject: partMap.inQuotedSubject,
    writerIsStaff,
    layout,
    spanSentence,
    names: nameIndexOf(spans),
    textNames: textNameIndexes(spans, places),
    // Per name, once: a long thread repeats names thousands of times.
    isKnown: once((name: string) => isKnownName(known, name)),
    isStaffPerson: once((name: string) => isKnownName(staffPeople, name)),
  };

  // The writer's own identifiers and home in a query about their records are theirs, like an own address.
  const ownRecords = writersOwnRecords(r, partMap.parts, known.sender);
  for (let i = 0; i < spans.length; i++) if (ownRecords[i]) own[i] = 1;
  // The writer's own details and their family's, anchored on the sender's name.
  const ownPeople = writersOwnPeople(r, partMap.parts, known.sender, known.markedSubject, known.toRelatives, input.subject);
  for (let i = 0; i < spans.length; i++) if (ownPeople[i]) own[i] = ownPeople[i] as number;
  // A vet's, kennels' or pet sitter's message: the animals' names and health.
  const pets = petsOf(r, input.subject ?? "", known.addresses);
  const isTopic = specialCategoryTopics(r);
  const invented = saysCaseIsInvented(text, partMap.parts);
  const titled = titledNames(r);
  const atWork = staffAtWork(r, titled);
  const { staffFamily, otherName } = staffRelativeSentences(r, titled);
  const writersOwn = writersOwnSentences(r);
  const listed = listedWithTheWriter(r, partMap.parts);
  const threadSubjects = (input.subject ?? "").slice(0, 300) + "\n" + quotedSubjects(text, anatomy);
  // The team's own event's people (colleagueHealth.ts).
  const party = atTeamEvent(r, partMap.parts, threadSubjects);
  const colleagueHealth = colleagueHealthSentences(r, titled, atWork.names, listed, party);
  const personless = personlessTerms(r);
  const leadCellTerms = termsInLeadCells(r);
  // Terms set aside only for referring to no one: case data again if the message holds any.
  const personlessSpans: number[] = [];
  const careerParagraph = careerParagraphs(r);
  const career = careerSentences(r, careerParagraph);
  // A message of staff news alone: its names and health terms in staff's text are no case.
  const staffText = staffWrittenText(r, partMap.parts);
  const staffNews = staffNewsOnly(r, staffText, career);
  const inStaffNews = (i: number): boolean => {
    if (!staffNews) return false;
    const part = places.partOf(i);
    return !!part && part.kind === "text" && writerIsStaff(part);
  };
  // A staff list's emergency contacts are the staff's own people.
  const inContactColumn = namesInContactColumns(r);
  const colleagueFamilyFlags = colleagueFamilyNames(r, staffText).map((x, i) => x | (inContactColumn[i] as number));
  /** Sentences whose names are all a colleague's relatives named in their news ("Her dad, Tariq, died … with dementia"). */
  const onlyColleagueFamily = new Map<number, boolean>();
  for (const i of r.textNames) {
    const s = spanSentence[i] as number;
    onlyColleagueFamily.set(s, (onlyColleagueFamily.get(s) ?? true) && colleagueFamilyFlags[i] === 1);
  }
  // Names on a list of staff (a job column): professionals, and their rows' details theirs.
  const inStaffTable = namesInStaffTables(r);
  const inStaffRow = staffTableRows(r, inStaffTable);
  /** Why a special-category span is not a fact about a case person, or null when it is one. */
  const specialNotFact = once((i: number): SetAsideReason | null => {
    const span = spans[i] as Span;
    const s = spanSentence[i] as number;
    // A staff member's own need on a list of staff ("SPO, Public Protection … she is 14 weeks pregnant"); not one owned ("his domestic abuse").
    if (isTopic(span, s) || atWork.isWorkTopic(span, s) || leadCellTerms[i] || careerParagraph[layout.paragraphOf(span.start)] || inStaffNews(i) || (inStaffRow(span.start) && !ownedBefore(text, span.start) && !OWNED_START.test(span.text))) return "no case context";
    const part = places.partOf(i);
    if (invented && (!part || part.message === 0)) return "no case context";
    // A staff member's relative and their health are not a case (an offence still is).
    if (((staffFamily[s] && !otherName[s]) || onlyColleagueFamily.get(s) === true) && !namesOffence(span.text)) return "no case context";
    if (writersOwn(s)) return "the sender or a recipient";
    if (petSentence(s)) return "a pet";
    // A colleague's health (or their relative's) told by staff is staff news; an offence still counts.
    if (colleagueHealth(s) && !namesOffence(span.text)) return "no case context";
    if (personless(i)) {
      personlessSpans.push(i);
      return "no case context";
    }
    return null;
  });
  /** Sentence s names no one but pets (in a message about pets): its health is theirs ("She has diabetes"). */
  const petSentence = (s: number): boolean => {
    if (!pets.about) return false;
    for (const i of r.textNames) if (spanSentence[i] === s && !pets.names[i] && !r.isKnown((spans[i] as Span).text)) return false;
    return true;
  };
  const deadlines = deadlinesInTables(r);
  const signatureEcho = signatureEchoes(r);
  // Neither the writer's own details, a deadline nor a signature's number said again give their sentence case context.
  const noOnes = own.map((x, i) => x | (deadlines[i] as number) | (signatureEcho(i) ? 1 : 0));
  const ctx = sentenceContext(r, specialNotFact, office, noOnes);
  const gift = giftToColleague(text, partMap.parts);
  const professionals = professionalsOf(r, titled, atWork.names, listed, gift, ctx.factContext, staffLeaveOf(r), inStaffTable);
  // A colleague's delivery block: its address and phone are hers, as its name is.
  const giftDetails = giftDeliveryDetails(text, spans, gift);
  // The team's own event's people: a relative one of them brings ("her husband Pete will come as a sub") is the party's too.
  const partyNames = new Set(party.map((i) => plainNameWords((spans[i] as Span).text).join(" ")));
  const atParty = new Uint8Array(spans.length);
  for (const i of party) atParty[i] = 1;
  const staffFamilyNews = staffFamilyNewsSentences(r, ctx, (i, s) => {
    const name = (spans[i] as Span).text;
    return r.isStaffPerson(name) || !!professionals.namedHere[i] || (!ctx.factContext[s] && professionals.isProfessional(name));
  }, (i) => partyNames.has(plainNameWords((spans[i] as Span).text).join(" ")));

  // Case wording told of "he" or "she" reaches the name before it, and the children or partner named as theirs.
  const pronounCase = pronounCaseNames(r);
  const relatives = relativesOfCasePeople(r);
  for (let i = 0; i < relatives.length; i++) if (relatives[i]) pronounCase[i] = 1;
  // So does strong wording in the bulleted points after a name that opens the list.
  const headingCaseList = namesHeadingCaseLists(r);
  for (let i = 0; i < headingCaseList.length; i++) if (headingCaseList[i]) pronounCase[i] = 1;
  // And a child named with an age, then strong wording on the rest of the line naming no one.
  const childLine = childrenBeforeCaseSentences(r);
  for (let i = 0; i < childLine.length; i++) if (childLine[i]) pronounCase[i] = 1;
  const withCaseReference = namesBesideCaseReferences(text, spans);
  // A case-person label before the name on its line, or as its table column's heading.
  const labelled = namesAfterCasePersonLabels(text, spans);
  const underHeading = namesUnderCasePersonHeadings(r, CASE_PERSON_HEADING);
  // A name in a line that introduces case wording below it ("Texts from Chantelle Rudd, Tue 10 Nov:").
  const leadIns = namesLeadingIn(r);
  const pasted = namesInPastedNotes(r, partMap.parts);
  const afterCaseLabel = labelled.map((flag, i) => flag | (underHeading[i] as number) | (leadIns[i] as number) | (pasted[i] as number));
  const nameEndingAt = new Map<number, number>();
  for (const i of r.textNames) nameEndingAt.set((spans[i] as Span).end, i);
  const found: Findings = { r, staffRow: inStaffRow, known, greeted, office, own, deadlines, ctx, professionals, specialNotFact, staffFamilyNews, pronounCase, withCaseReference, afterCaseLabel, career, ratings: ratingsInTables(r), colleagueFamily: colleagueFamilyFlags.map((x, i) => x | (inStaffNews(i) ? 1 : 0) | (giftDetails[i] as number)), nameEndingAt, signatureEcho, colleagueHealth, atParty, gift, addressed: addressedReaders(r), readersCase: input.readersCase ?? newTextTellsReadersCase(text, partMap.parts), pets: pets.names, petSentence };
  const roles: Role[] = new Array(spans.length);
  const caseNameParagraphs = nameRoles(found, roles);
  otherRoles(found, caseNameParagraphs, roles);
  // A service user's own message, quoted: what it gives of them is the case's.
  const ownCase = inOwnCaseMessages(r, anatomy);
  for (let i = 0; i < spans.length; i++) if (ownCase[i] && roles[i] !== "case" && (spans[i] as Span).kind !== "case-reference") roles[i] = "case";
  if (personlessSpans.length > 0 && roles.some((role, i) => role === "case" && (spans[i] as Span).kind !== "case-reference")) {
    for (const i of personlessSpans) roles[i] = "case";
  }
  const out: RoledSpan[] = new Array(spans.length);
  for (let i = 0; i < spans.length; i++) {
    const role = roles[i] as Role;
    const span = roled(spans[i] as Span, role === "case" ? "case" : "set-aside");
    if (role !== "case") span.reason = role;
    out[i] = span;
  }
  return out;
}

/** Names: case data in a sentence with context (a home address counts with a name beside it).
 * Returns the paragraphs holding a case name, flagged by index. */
function nameRoles(found: Findings, roles: Role[]): Uint8Array {
  const { r, ctx, professionals } = found;
  const caseNameParagraphs = new Uint8Array(r.layout.paragraphs.length);
  for (let i = 0; i < r.spans.length; i++) {
    const span = r.spans[i] as Span;
    if (span.kind !== "person-name") continue;
    const part = r.places.partOf(i);
    // "Hi Jordan, … since your licence started": the one greeted is the case's person.
    if (found.readersCase && part?.message === 0 && (part.kind === "greeting" || found.addressed[i])) {
      roles[i] = "case";
      caseNameParagraphs[r.layout.paragraphOf(span.start)] = 1;
      continue;
    }
    if (!r.places.asText[i]) {
      roles[i] = setAsideReason(part);
      continue;
    }
    if (found.pets[i]) {
      roles[i] = "a pet";
      continue;
    }
    // The teacher, doctor or landlord a message about the writer's family names.
    if (found.own[i] === TITLED_PROFESSIONAL) {
      roles[i] = "a named professional";
      continue;
    }
    if (found.addressed[i]) {
      roles[i] = "the greeting";
      continue;
    }
    // The writer's own next of kin in a query about their records is theirs, as their address is.
    if (r.isKnown(span.text) || found.own[i] || (part && part.message > 0 && found.greeted.has(firstWord(span.text)))) {
      roles[i] = "the sender or a recipient";
      continue;
    }
    const s = r.spanSentence[i] as number;
    // Another mention of a named professional is theirs, unless its sentence states a fact about
    // someone (an identifier, a date of birth, special-category data).
    if (professionals.namedHere[i] || (professionals.people.people.length > 0 && !ctx.factContext[s] && professionals.isProfessional(span.text))) {
      roles[i] = "a named professional";
      continue;
    }
    // A party's people in a sentence whose only case words are family words ("Wendy says her husband will come as a sub").
    // So is a colleague's relative at the home a gift goes to ("her husband Kwame is working from home").
    // And a staff row's ("Kirsty Maddox | Team Manager | Her partner Lewis and their baby are coming with her").
    const partyFamily = (!!found.atParty[i] || found.gift || found.staffRow(span.start)) && !!ctx.familyWordingOnly[s] && !ctx.factContext[s] && !ctx.homeAddress[s];
    if (found.ratings[i] || found.colleagueFamily[i] || found.career(s) || (ctx.givenAsRelative.has(span.start) && found.staffFamilyNews(s)) || (found.colleagueHealth(s) && !ctx.factContext[s]) || partyFamily) roles[i] = "no case context";
    else if (ctx.context[s] || ctx.homeAddress[s] || found.pronounCase[i] || found.withCaseReference[i] || found.afterCaseLabel[i] || inCaseFileName(r.text, span)) {
      roles[i] = "case";
      caseNameParagraphs[r.layout.paragraphOf(span.start)] = 1;
    } else roles[i] = "no case context";
  }
  return caseNameParagraphs;
}

/** Whether the span's sentence tells only family words of the team event's people, and its line
 * names one of them (an emergency contact on a volunteers' list). */
function partyLine(found: Findings, i: number): boolean {
  const { r, ctx } = found;
  const span = r.spans[i] as Span;
  const s = r.spanSentence[i] as number;
  // Under an "Emergency contact" column the number is the party member's own contact's, whatever the row tells of them.
  if (!inContactColumn(r.text, span.start) && (!ctx.familyWordingOnly[s] || ctx.factContext[s] || ctx.homeAddress[s])) return false;
  const lineStart = r.text.lastIndexOf("\n", span.start - 1) + 1;
  return r.textNames.some((j) => found.atParty[j] === 1 && (r.spans[j] as Span).start >= lineStart && (r.spans[j] as Span).start < span.start);
}

/** Everything but names: identifiers and dates of birth always; the rest in a sentence with case
 * context or a paragraph holding a case name, or an address whose occupants are spoken of. */
function otherRoles(found: Findings, caseNameParagraphs: Uint8Array, roles: Role[]): void {
  const { r, ctx } = found;
  const occupantsInParagraph = occupantsSpokenOf(r);
  const strongPronoun = strongPronounParagraphs(r);
  for (let i = 0; i < r.spans.length; i++) {
    const span = r.spans[i] as Span;
    const kind = span.kind;
    if (kind === "person-name") continue;
    if (found.deadlines[i]) {
      roles[i] = "no case context";
      continue;
    }
    // A staff member's own details on a list of staff (a course's delegates with their dates of birth).
    if (STAFF_ROW_KINDS.has(kind) && r.places.asText[i] && found.staffRow(span.start)) {
      roles[i] = "a named professional";
      continue;
    }
    if (ALWAYS_CASE.has(kind) && !found.own[i]) {
      roles[i] = "case";
      continue;
    }
    if (!r.places.asText[i]) {
      roles[i] = setAsideReason(r.places.partOf(i));
      continue;
    }
    if (kind === "special-category" && found.own[i]) {
      roles[i] = "the sender or a recipient";
      continue;
    }
    if (kind === "special-category") {
      // "Domestic Abuse Coordinator", "Mental Health Practitioner": a job, not a fact about someone.
      roles[i] = found.specialNotFact(i) ?? "case";
      continue;
    }
    if (kind === "email-address" && isKnownAddress(found.known, span.text)) {
      roles[i] = "the sender or a recipient";
      continue;
    }
    if (kind === "email-address" && isPublicServiceMailbox(span.text)) {
      roles[i] = "a public-sector mailbox";
      continue;
    }
    if (found.own[i]) {
      roles[i] = "the sender or a recipient";
      continue;
    }
    const echo = found.signatureEcho(i);
    if (echo) {
      roles[i] = echo;
      continue;
    }
    // In staff news alone, a colleague's or their family's number or home ("her number is …").
    if (found.colleagueFamily[i] && STAFF_NEWS_CONTACT_KINDS.has(kind)) {
      roles[i] = "no case context";
      continue;
    }
    if (found.office[i]) {
      roles[i] = "no case context";
      continue;
    }
    // A number on the team event's own line whose case words are family words ("Tom Eyre - emergency contact: his wife Laura, 07700 900562").
    if (kind === "phone-number" && partyLine(found, i)) {
      roles[i] = "no case context";
      continue;
    }
    if (kind === "phone-number" && isServiceNumber(r, span)) {
      roles[i] = "a service's number";
      continue;
    }
    if (kind === "phone-number" && professionalsNumber(found, span, i)) {
      roles[i] = "a named professional";
      continue;
    }
    if (kind === "phone-number" && numberBesideMailbox(r, roles, i)) {
      roles[i] = roles[i - 1] as Role;
      continue;
    }
    // "Address is 3 Holly Bank … and my mobile is …" to the vet: the owner's, no case's.
    if (found.petSentence(r.spanSentence[i] as number)) {
      roles[i] = "no case context";
      continue;
    }
    const paragraph = r.layout.paragraphOf(span.start);
    const inContext = ctx.context[r.spanSentence[i] as number] || caseNameParagraphs[paragraph];
    // "Tomasz Wrona is covering my strategy discussions and will take … from the MASH (07700
    // 900562)": a number in brackets in a sentence of casework whose names are all professionals'.
    if (inContext && kind === "phone-number" && /\([ \t]*$/.test(r.text.slice(Math.max(0, span.start - 4), span.start)) && sentenceNamesOnlyProfessionals(found, i)) {
      roles[i] = "a named professional";
      continue;
    }
    const occupants = PLACE_KINDS.has(kind) && (occupantsInParagraph(paragraph) || strongPronoun(paragraph) || (paragraph + 1 < r.layout.paragraphs.length && strongPronoun(paragraph + 1)));
    if (inContext || occupants) roles[i] = "case";
    else roles[i] = "no case context";
  }
}

/** A number in brackets or after "on" right after a named professional ("Amara Shah (Probation) (07700 900123)",
 * "speak to my colleague Marcia Pryce on 0116 496 0814",
 * "The officer in the case is DC 2290 Whitaker (0116 248 5521)"): theirs. */
function professionalsNumber(found: Findings, span: Span, index: number): boolean {
  const { r, professionals } = found;
  // "Tunde Oyelaran (Head of OMU) will cover … - his mobile is 07700 900611", "passes to Dominic
  // Stretton, Team Manager, who you can reach on …": the number of the sentence's last name before
  // it, when that is a professional's or a recipient's.
  if (THEIR_NUMBER_BEFORE.test(r.text.slice(Math.max(0, span.start - 40), span.start))) {
    const from = r.layout.sentences[r.spanSentence[index] as number] as number;
    const k = lastAtOrBefore(r.names.starts, span.start - 1);
    const start = r.names.starts[k];
    if (k >= 0 && (start as number) >= from) {
      const name = r.names.textAt.get(start as number) as string;
      const i = found.nameEndingAt.get((start as number) + name.length);
      return (i !== undefined && !!professionals.namedHere[i]) || professionals.isProfessional(name) || r.isKnown(name);
    }
  }
  // "(07700 900123)" right after the name, "… Marcia Pryce on 0116 496 0814", "Kerensa Trelawny - 0115 496 0431",
  // or in the table cell after the name's ("Matthew Pryce<TAB>07700 900655").
  const open = /(?:\([ \t]*(?:tel:?|t:|mob(?:ile)?:?|m:)?|[ \t]on|[ \t][-\u2013\u2014]|\t)[ \t]*$/i.exec(r.text.slice(Math.max(0, span.start - 12), span.start));
  if (!open) return false;
  // The name ends right before the bracket (spaces between allowed).
  const bracket = span.start - open[0].length;
  let end = bracket;
  while (end > 0 && (r.text[end - 1] === " " || r.text[end - 1] === "\t")) end--;
  // "my team manager, Alistair Brough, on 01632 …": the name set off by commas.
  if (r.text[end - 1] === "," && found.nameEndingAt.has(end - 1)) end--;
  // "Obinna Eze, Senior Probation Officer, on 0116 …": the job in Title Case between name and number.
  const job = JOB_BETWEEN.exec(r.text.slice(Math.max(0, end - 60), end));
  if (job && !found.nameEndingAt.has(end)) end -= job[0].length;
  const i = found.nameEndingAt.get(end);
  // "DC 2290 Whitaker": a rank and a collar number before a surname the name lists do not give alone.
  if (i === undefined) {
    const before = r.text.slice(Math.max(0, end - 40), end);
    const surname = /[A-Z][a-z'\u2019-]+$/.exec(before);
    return !!surname && OFFICER_BEFORE.test(before.slice(0, surname.index));
  }
  return !!professionals.namedHere[i] || professionals.isProfessional((r.spans[i] as Span).text);
}

/** A job in Title Case set off by commas after a name: ", Senior Probation Officer,". */
const JOB_BETWEEN = /,[ \t]*(?:[A-Z][\w'\u2019&-]*[ \t]+){0,4}[A-Z][\w'\u2019&-]*[ \t]*,?$/;

/** Per sentence: whether it names someone, and only professionals (computed once a message). */
const onlyProfessionalsBySentence = new WeakMap<Findings, Map<number, boolean>>();
function sentenceNamesOnlyProfessionals(found: Findings, index: number): boolean {
  const { r, professionals } = found;
  let bySentence = onlyProfessionalsBySentence.get(found);
  if (!bySentence) {
    bySentence = new Map<number, boolean>();
    for (const j of r.textNames) {
      const k = r.spanSentence[j] as number;
      const professional = !!professionals.namedHere[j] || professionals.isProfessional((r.spans[j] as Span).text);
      bySentence.set(k, (bySentence.get(k) ?? true) && professional);
    }
    onlyProfessionalsBySentence.set(found, bySentence);
  }
  return bySentence.get(r.spanSentence[index] as number) === true;
}

/** Between an address and a number in one pair of brackets: a separator, perhaps a label. */
const ADDRESS_TO_NUMBER = /^[ \t]*[,;/|][ \t]*(?:(?:tel|t|mob(?:ile)?|m|phone)[:.]?[ \t]*)?$/i;

/** "(anjali.rao@justice.gov.uk, 01632 960133)": a number sharing its brackets with a public-sector
 * or known address is that address's holder's, as the address is. */
function numberBesideMailbox(r: MessageReading, roles: readonly Role[], i: number): boolean {
  const address = r.spans[i - 1];
  const number = r.spans[i] as Span;
  if (!address || address.kind !== "email-address" || (roles[i - 1] !== "a public-sector mailbox" && roles[i - 1] !== "the sender or a recipient")) return false;
  return /\([ \t]*$/.test(r.text.slice(Math.max(0, address.start - 4), address.start)) && ADDRESS_TO_NUMBER.test(r.text.slice(address.end, number.start)) && /^[ \t]*\)/.test(r.text.slice(number.end, number.end + 4));
}

/** Before a number: "his mobile is", "her direct line is". */
const THEIR_NUMBER_BEFORE = /\b(?:(?:his|her|their)[ \t]+(?:work[ \t]+)?(?:mobile|mob|number|phone|direct[ \t]+line)(?:[ \t]+(?:number|no\.?))?[ \t]+is|who[ \t]+(?:you[ \t]+)?(?:can|could)[ \t]+(?:be[ \t]+)?(?:reach|reached|contact|contacted|ring|call|phone)(?:[ \t]+(?:him|her|them))?[ \t]+on)[ \t]*:?[ \t]*$/i;

/** The subjects of the quoted messages' header blocks, one a line (the thread's subject in a reply). */
function quotedSubjects(text: string, anatomy: Anatomy): string {
  let out = "";
  for (const h of anatomy.headers) if (h.subject && out.length < 2000) out += text.slice(h.subject.start, Math.min(h.subject.end, h.subject.start + 300)) + "\n";
  return out;
}

/** Every span is case data: what a part of the check that failed falls back to (fail closed). */
export function allCaseData(spans: readonly Span[]): RoledSpan[] {
  return spans.map((s) => roled(s, "case"));
}
