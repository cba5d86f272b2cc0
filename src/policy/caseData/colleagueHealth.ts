/**
 * A colleague's health told by another member of staff ("our colleague Trevor Ashmore died …
 * Trevor was diagnosed with bowel cancer in the spring", "- Sinead Gallagher, Disability Employment
 * Adviser … Sinead wears hearing aids", "Dave Rowland from Highways … after his dad's prostate
 * cancer diagnosis"): staff news, not a case. Only where the message first gives the person as
 * staff (a job or title, staff work, "our colleague", "from our team", a list the writer is on
 * (teamLists.ts), the writer's own party: "18 of us", "one of the team"), in the new text of a
 * message written by staff, in a sentence that names no one else, has no case-person word ("the
 * child", "the client") and no pronoun beside a report ("she told me that she …" may be anyone).
 */
import type { Part } from "../anatomy";
import type { Span } from "../detect/types";
import { lastAtOrBefore } from "./boundaries";
import { COLLEAGUE_BEFORE, PARENTAL_LEAVE, REPORTED, THE_BABY, STAFF_AT_CASE_MEETING, STAFF_JOB_BEFORE, staffUnitAfter, THAT_AS_CONJUNCTION } from "./caseVocabulary";
import { addPerson, emptyKnownPeople, isKnownName, plainNameWords } from "./knownPeople";
import { isTextPart, ownSignature } from "./messageParts";
import { once } from "./once";
import { STRONG_CASE_WORDING } from "./pronouns";
import type { MessageReading } from "./reading";

/** What only an employer says of someone: a phased return, carer's or compassionate leave, reduced
 * hours, "is back on the 30th after her stroke rehab", their duty slot or caseload covered, "as
 * you two work so closely" (the reader's co-worker). */
const EMPLOYEE_CUE = /\b(?:phased[ \t]+return|carer['\u2019]s[ \t]+leave|cover[ \t]+while[ \t]+(?:she|he|they)(?:['\u2019](?:s|re)|[ \t]+(?:is|are))[ \t]+(?:away|off|out)|contact[ \t]+(?:her|him|them)[ \t]+about[ \t]+work|compassionate[ \t]+leave|on[ \t]+reduced[ \t]+hours|(?:is|['\u2019]s)[ \t]+back[ \t]+(?:at[ \t]+work|in[ \t]+(?:the[ \t]+)?office|(?:on|from)[ \t]+[^.\n]{1,30}?[ \t]+after[ \t]+(?:her|his|their)[ \t]+(?:[\w-]+[ \t]+){0,2}(?:leave|rehab|surgery|operation|illness|treatment))|(?:her|his|their)[ \t]+(?![\w-]+['\u2019]s\b)(?:[\w-]+[ \t]+){0,2}(?:duty[ \t]+slot|caseload|PQiPs|supervisees)|you[ \t]+(?:two|both)[ \t]+work[ \t]+(?:so[ \t]+|very[ \t]+)?closely)\b/i;

/** The longest sentence read (longer: not judged, fail closed). */
const MAX_SENTENCE = 600;
/** Words for a person a case concerns: such a sentence may be about them. */
const CASE_PERSON_WORD =
  /\b(?:the[ \t]+(?:child|baby|boy|girl|young[ \t]+person|client|patient|pupil|victim|offender|perpetrator|defendant|suspect|tenant|family|parents?|mother|father)|service[ \t]+users?|person[ \t]+on[ \t]+probation|(?:my|our|your)[ \t]+(?:client|service[ \t]+user|patient))\b/i;
/** The writer telling the reader: "(just) to let you know (that)", "just so you know why …", a
 * colleague's wish passed on ("is fine to fly, but wanted you to know for the insurance"), and
 * the colleague's leave to tell, to the sentence's end ("Ffion has told me I can share that …", "she's asked me to mention it"). */
const WRITER_TELLS = /\b(?:(?:let|letting)[ \t]+(?:you|you[ \t]+all|everyone|partners|colleagues|the[ \t]+team|the[ \t]+(?:two|three|four|five|six|rest)[ \t]+of[ \t]+you)[ \t]+know(?:[ \t]+(?:that|about))?|(?:just[ \t]+)?so[ \t]+you[ \t]+know|(?:wanted|wants|would[ \t]+like)[ \t]+you[ \t]+to[ \t]+know|(?:has|had)[ \t]+told[ \t]+me[ \t]+(?:that[ \t]+)?I[ \t]+(?:can|may|could)[ \t]+(?:share|tell[ \t]+you|say)[^.!?\n]*|(?:['\u2019]s|has|had)[ \t]+asked[ \t]+me[ \t]+to[ \t]+(?:mention|share|say|pass[ \t]+on|tell[ \t]+you|let[ \t]+(?:[\w-]+[ \t]+){1,3}know(?:[ \t]+(?:that|about))?)(?:[ \t]+it)?)/gi;
/** "that" as a pronoun, after a verb or a preposition ("no need to plan around that"), "about"
 * before a number ("about 30 weeks pregnant"), the passive "she's been told" (she was told,
 * she told no one) and a request ("he has asked that the instructor knows"): no report; nor is a
 * "that" joining clauses ("so that nobody is caught off guard": THAT_AS_CONJUNCTION), nor a
 * colleague telling of themselves ("has written about living and working with type 1 diabetes"),
 * nor a colleague's own plan passed on ("she says she'll come to lunch"),
 * nor others told for the colleague's sake ("if the first aiders knew she might need …", "the rest of us know what to do"). */
const NOT_A_REPORT = /\b(?:know|knows|knew)[ \t]+(?:what|how|where|when)[ \t]+to\b|\b(?:around|about|with|for|on|of|like|do|did|does|done|mind)[ \t]+that\b(?![ \t]+(?:he|she|they|his|her|the)\b)|\babout[ \t]+(?=\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|a[ \t]+(?:week|month|fortnight))\b)|\b(?:been|was|were)[ \t]+told\b|\b(?:asked|requested)[ \t]+that\b|\b(?:written|writes|wrote|writing|blogged|spoken|speaks|spoke|talks|talked)[ \t]+(?:openly[ \t]+|honestly[ \t]+)?about\b|\bif[ \t]+(?:the|our|your)[ \t]+(?:[\w-]+[ \t]+){0,2}(?:knew|know)\b|\b(?:she|he|they)[ \t]+(?:says|said)[ \t]+(?:she|he|they)(?:['\u2019](?:ll|d)|[ \t]+(?:will|would))\b/gi;
/** A sentence's first word, past a lead-in of ordinary words and a colon ("A couple of things: Gemma …"). */
const FIRST_WORD = /^[ \t\n]*(?:(?:[A-Z][a-z]*[ \t]+)?(?:[a-z]+[ \t]+){0,4}[a-z]+[ \t]*:[ \t]+)?([A-Z][a-z'\u2019-]+)\b/;
const PRONOUN = /\b(?:he|she|him|his|her|hers|himself|herself)\b/i;

/** The writer's own party: a team's own event ("our team day", "the away day"), a group the writer
 * counts themselves in ("Eleven of us are confirmed", "18 of us", "Three of ours are vegetarian",
 * "one of the team is coeliac"), the team's news ("a new arrival in the team"), a session or event
 * "for our team". */
const TEAM_EVENT =
  /\b(?:(?:our|the)[ \t]+(?:team|away|staff)[ \t]+(?:days?|events?|building|outings?|trips?|lunch|meal|social|night[ \t]+out)|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty)[ \t]+of[ \t]+(?:us|ours)|(?:one|some|a[ \t]+few|a[ \t]+couple|several|most|half)[ \t]+of[ \t]+(?:us|the[ \t]+team|our[ \t]+team)|(?:some|a[ \t]+few|a[ \t]+couple|several|most|half)[ \t]+of[ \t]+ours|(?:in|to|from)[ \t]+the[ \t]+team\b|(?:sessions?|workshops?|away[ \t]+days?|events?)[ \t]+for[ \t]+(?:our|the)[ \t]+team\b|(?:all|everyone)[ \t]+(?:at|in|on)[ \t]+the[ \t]+team|staff['\u2019]s[ \t]+(?:kids|children)|\ball[ \t]+staff\b)/i;
/** A booking for the writer's own group at a venue, coach firm or trainer: "table for 12", "make
 * it 13 on the two-course", "a table of 10", "afternoon tea for 10", "22 passengers", "book four places for the Leicester PDU", a team's
 * Christmas do, trip or away day, a delegate list, "our group booking … 12 people", a party's
 * pre-orders ("party of 12"), a staff side's charity match ("11-a-side"), a quiz night ("one team of six"), a
 * trainer told "We'll be 15 in total", a "Family bowling" thread, a staff side's "team sheet", a charity walk's
 * "Team registration", the "staff family day". The people it
 * lists are the party booked. */
const GROUP_BOOKING =
  /\b(?:away[ \t-]+days?|team[ \t-]+building|(?:christmas|xmas|festive|leaving|retirement|farewell)[ \t]+(?:do|party|lunch|meal|dinner|drinks|night[ \t]+out|celebration|bowling|karting|quiz|social|outing|trip)|(?:table|(?:afternoon[ \t]+)?tea|lunch|dinner|brunch|buffet)[ \t]+(?:for|of)[ \t]+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|make[ \t]+it[ \t]+\d+|rooming[ \t]+list|\d+[ \t-]+(?:passengers|delegates|covers|people|drivers|players|spectators|guests|lanes|seater)|team[ \t]+(?:day|trip|outing)s?|(?:group|team)[ \t]+booking|delegate[ \t]+list|party[ \t]+of[ \t]+\d+|pre-?orders?|(?:book|reserve)[ \t]+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)[ \t]+(?:places|seats|spaces)|booking[ \t]+(?:ref(?:erence)?|no|number)\b|(?:my|our|your)[ \t]+booking|our[ \t]+delegates|(?:confirming|confirm)[ \t]+our[ \t]+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[ \t]+(?:for|on|at)\b|(?:\d+|five|six|seven|eleven)-a-side|charity[ \t]+(?:match|game|tournament|fixture|quiz)|(?:quiz|bingo|karaoke|bowling|games)[ \t]+night|(?:pub|christmas|xmas)[ \t]+quiz|quiz[ \t]+team|(?:one[ \t]+|two[ \t]+|three[ \t]+)?teams?[ \t]+of[ \t]+(?:\d+|four|five|six|seven|eight)|we(?:['\u2019]ll|[ \t]+will)[ \t]+be[ \t]+\d+[ \t]+in[ \t]+total|(?:family|team|staff)[ \t]+(?:bowling|fun[ \t]+day|day[ \t]+out|picnic|outing|panto|pantomime)|team[ \t]+sheets?|squad[ \t]+list|team[ \t]+(?:registration|entry)|staff[ \t]+family[ \t]+days?)\b/i;
/** Casework the writer tells of beside the event (a remand hearing; "I've got to do an urgent visit first to Mrs
 * Olive Kettering … I'll be raising a safeguarding concern"), a child's age ("She's 15 and was
 * admitted …"), or a crime and its trial ("supported Joanne Haslam through the trial of her
 * ex-partner … for the assault"), a family group conference, a child's age after a name ("Kyra is 15
 * and six months pregnant"), breach papers under a case's reference ("Jamie Royce's breach papers (CRN K305962)"), a caseload, a release
 * from prison, children's ages in a list ("the Harrop children (Mia, 6, and Jayden, 3)"), a young person brought along
 * ("a young woman Gail supported for years … left care last year and is in supported accommodation"): the names are no party's. */
const CASEWORK_TOLD =
  /\bsafeguarding[ \t]+(?:concerns?|referrals?|enquir(?:y|ies)|alerts?)\b|\bbreach[ \t]+(?:papers|action|proceedings|hearing)\b|\bCRN[ \t]*:?[ \t]*[A-Z]\d{6}\b|\b(?:home|urgent|welfare|joint)[ \t]+visits?\b|\bpre-?release[ \t]+(?:meeting|board|plan)|\b(?:remand|bail|sentencing|plea)[ \t]+hearing|\bstrategy[ \t]+(?:meeting|discussion)s?\b|\bkpc\b|\bknown[ \t]+to[ \t]+(?:us|them|children['\u2019]s[ \t]+services|social[ \t]+care)\b|\bthreatened[ \t]+(?:the|a|his|her|staff|him|them|another)\b|(?:\b(?:his|her)|['\u2019]s)[ \t]+(?:bail[ \t]+)?hostel\b|\brestrictions?[ \t]+on[ \t]+contact\b|\b(?:[Ss]he|[Hh]e)(?:['\u2019]s|[ \t]+is)[ \t]+(?:[2-9]|1[0-7])(?=[ \t]+and\b|[ \t]*[,.;]|[ \t]+years?[ \t]+old)|\b(?:trial|ex-(?:partner|husband|wife|boyfriend|girlfriend)|assault(?:s|ed)?|coercive|stabb(?:ed|ing)|rap(?:e|ed|ist)|stalk(?:ed|ing|er)|harass(?:ed|ment))\b|\bfamily[ \t]+group[ \t]+conferences?\b|\bfgc\b|\bon[ \t]+(?:my|our|his|her|their)[ \t]+caseloads?\b|\breleased[ \t]+from[ \t]+(?:HMP|HMYOI|prison|custody)\b|\bfoster[ \t]+placements?\b|\bwithdrawal[ \t]+symptoms\b|\b[A-Z][a-z]+,[ \t]+(?:1[0-7]|[1-9])[ \t]*[,)][ \t]*(?:and[ \t]+[A-Z]|[A-Z])|\b[A-Z][a-z]+[ \t]+is[ \t]+(?:[2-9]|1[0-7])(?=[ \t]+and\b|[ \t]*[,.;]|[ \t]+years?[ \t]+old)|\bleft[ \t]+care\b|\bsupported[ \t]+accommodation\b|\ba[ \t]+young[ \t]+(?:woman|man|person)[ \t]+(?:I|we|she|he|[A-Z][a-z]+)[ \t]+(?:has[ \t]+)?(?:supported|supports|worked[ \t]+with|works[ \t]+with)\b/;
/** Casework a quoted colleague may tell beside the team's event, which case wording alone does not name. */
const QUOTED_CASEWORK = /\b(?:recall(?:s|ed)?|police|arrest(?:s|ed)?|interview|licence|custody|core[ \t]+group|drug[ \t]+tests?|kicks?[ \t]+off|breach(?:es|ed)?|tested[ \t]+positive|magistrates|sentencing|trials?)\b/i;
/** "our care leavers' Christmas meal": the service's young people at the party. Case-sensitive: "the
 * Care Leavers' Christmas Fund" a quiz raises money for is a fund's name. */
const CARE_LEAVERS_IN_PARTY = /(?:\b(?:our|my|the|with)|['\u2019]s)[ \t]+care[ \t]+leavers\b/;
/** A training event's title: "the child criminal exploitation and county lines practice day", up to
 * six words (no verb) between "the" and the event. */
const EVENT_TITLE = /\bthe[ \t]+(?:(?!(?:is|was|has|had|will|can|did|does|went|goes|missed|attended|at|to|from)\b)[\w'\u2019-]+[ \t]+){0,6}?(?:training|course|workshop|seminar|briefing|webinar|(?:practice|study|learning|training)[ \t]+days?)\b/gi;
/** A colleague's own training on a casework topic ("doing the MAPPA training that morning"): staff's day, no case. */
const STAFF_TRAINING = /\b(?:the|her|his|my|their|our)[ \t]+[A-Z]{3,6}[ \t]+(?:training|course|refresher|e-?learning|workshop)\b/g;

/** A team's capitalised name ("our team (Leicester City Children in Care team, 16 of us)", "the Children in
 * Care (North) team", "the Children in Care service", "the Victim Contact
 * Unit", "Victim Liaison Officer of the Year"): the party's, not case people. */
const TEAM_NAME = /\b(?:[A-Z][A-Za-z'\u2019-]*[ \t]+(?:(?:in|of|and|for|&)[ \t]+)?){1,6}(?:\([A-Z][a-z]+\)[ \t]+)?(?:[Tt]eam|Unit|[Ss]ervice|Programmes|Officer[ \t]+of[ \t]+the[ \t]+Year)\b/g;

/** People a case concerns, in number: no team's party ("three young people and one worker").
 * Narrower than teamLists.ts's list ("staff's kids" may come to a team's party). */
const CASE_PEOPLE_IN_PARTY = /\b(?:young[ \t]+(?:people|persons?)|pupils|residents|clients|service[ \t]+users|lads|families|tenants|patients|children[ \t]+in[ \t]+care|looked[ \t-]+after[ \t]+children|(?:foster|kinship)[ \t]+carers?|children['\u2019]s[ \t]+homes?)\b/i;

/** The names in a staff writer's text when it is about their team's own event and names no case
 * person ("for our team day … Sue Redfern has asthma and will bring her inhaler"): the team. The
 * thread's subjects in quoted headers count as its words ("RE: Rooming list - … away day" above
 * "Names below, all singles:"): a reply's own text need not name the booking again. Each message
 * is read on its own, so a colleague's quoted list for the team's lunch forwarded to the venue is
 * the party too. */
export function atTeamEvent(r: MessageReading, parts: readonly Part[], threadSubjects: string): number[] {
  // Each message's text parts and names, gathered once (a long thread has many messages).
  const partsOf = new Map<number, Part[]>();
  for (const p of parts) if (p.kind === "text") listIn(partsOf, p.message).push(p);
  const namesOf = new Map<number, number[]>();
  for (const i of r.textNames) {
    const m = r.places.partOf(i)?.message;
    if (m !== undefined) listIn(namesOf, m).push(i);
  }
  const out: number[] = [];
  for (const [m, ownParts] of partsOf) if (isTeamEvent(r, ownParts, m, threadSubjects)) out.push(...teamEventNames(r, parts, m, namesOf.get(m) ?? []));
  return out;
}

/** The list kept under `key`, made empty the first time. */
function listIn<T>(lists: Map<number, T[]>, key: number): T[] {
  let list = lists.get(key);
  if (list === undefined) lists.set(key, (list = []));
  return list;
}

/** Whether message m's text (its parts `ownParts`) is a staff writer's about the team's own event, with no casework told. */
function isTeamEvent(r: MessageReading, ownParts: readonly Part[], message: number, threadSubjects: string): boolean {
  const text = ownParts.map((p) => r.text.slice(p.start, Math.min(p.end, p.start + MAX_TEAM_TEXT))).join("\n") + "\n" + threadSubjects;
  if (!(TEAM_EVENT.test(text) || GROUP_BOOKING.test(text))) return false;
  // A team's own name ("the Victim Contact Unit") and training ("the MAPPA training") are the party's
  // words; so is a colleague's day ("late as he's at a strategy meeting").
  // "she's on maternity leave and the baby is only three weeks old": the colleague's baby.
  // So is the day's own title ("the child criminal exploitation and county lines practice day").
  const teamless = text.replace(TEAM_NAME, " ");
  const titled = teamless.replace(EVENT_TITLE, " ");
  const teamsOut = PARENTAL_LEAVE.test(text) ? titled.replace(THE_BABY, " ") : titled;
  const staffDay = teamless.replace(STAFF_TRAINING, " ").replace(STAFF_AT_CASE_MEETING, " ");
  if (CASE_PERSON_WORD.test(teamsOut) || CASE_PEOPLE_IN_PARTY.test(teamsOut) || CARE_LEAVERS_IN_PARTY.test(teamsOut) || STRONG_CASE_WORDING.test(staffDay) || CASEWORK_TOLD.test(staffDay) || !ownParts.some((p) => r.writerIsStaff(p))) return false;
  // A quoted colleague's list is the party only with no casework told in their message ("tied up
  // with Dean Varley's recall", "the core group for …").
  return message === 0 || !QUOTED_CASEWORK.test(staffDay);
}

/** Message m's names, but (in the new message) any pasted below the writer's own signature, which were not written for the booking. */
function teamEventNames(r: MessageReading, parts: readonly Part[], message: number, names: readonly number[]): number[] {
  const signed = message === 0 ? ownSignature(parts) : undefined;
  return signed ? names.filter((i) => (r.spans[i] as Span).start < signed.start) : names.slice();
}

/** How much of each new-text part is read for a team event (fail closed beyond). */
const MAX_TEAM_TEXT = 4000;

/** Per sentence: whether it tells of a colleague's (or a colleague's relative's) health. `titled` and
 * `atWork`: names given as a professional's, or doing staff work (per span). */
export function colleagueHealthSentences(r: MessageReading, titled: Uint8Array, atWork: Uint8Array, listed: Uint8Array, partyNames: readonly number[]): (k: number) => boolean {
  const { text, layout, names } = r;
  /** The paragraph of `at`, or the next, tells of someone's work and leave as an employer does
   * ("on a phased return for a fortnight", "will keep her Thursday duty slot"). Read for a first
   * name alone, as a team calls its own. */
  const employeeCue = once((p: number): boolean => {
    const from = layout.paragraphs[p] as number;
    const to = p + 1 < layout.paragraphs.length ? layout.paragraphEnd(p + 1) : layout.paragraphEnd(p);
    return EMPLOYEE_CUE.test(text.slice(from, Math.min(to, from + 2000)));
  });
  const employeeParagraph = (at: number): boolean => r.writerIsStaff(r.partAt(at)) && employeeCue(layout.paragraphOf(at));
  const staff = emptyKnownPeople();
  for (const i of r.textNames) {
    const span = r.spans[i] as Span;
    const before = text.slice(Math.max(0, span.start - 40), span.start);
    if (titled[i] || atWork[i] || COLLEAGUE_BEFORE.test(before) || ourStaffJob(before) || staffUnitAfter(text.slice(span.end, span.end + 90)) || ((plainNameWords(span.text).length === 1 || ASKED_ME_TO_TELL_AFTER.test(text.slice(span.end, span.end + 60))) && employeeParagraph(span.start))) {
      addPerson(staff, span.text, "");
    }
  }
  for (const i of r.textNames) if (listed[i]) addPerson(staff, (r.spans[i] as Span).text, "");
  for (const i of partyNames) addPerson(staff, (r.spans[i] as Span).text, "");
  /** Whether special-category data lies between two offsets. */
  const tellsHealth = (from: number, to: number): boolean => r.spans.some((span) => span.kind === "special-category" && span.start >= from && span.start < to);
  /** Sentence k's names, all staff: how many (-1: it is not read, or names someone else). Asked
   * again for the sentences before a pronoun or a list item, so remembered. */
  const staffNamed = once((k: number): number => {
    const from = layout.sentences[k] as number;
    const to = layout.sentenceEnd(k);
    if (to - from > MAX_SENTENCE || !isTextPart(r.partAt(from)) || !r.writerIsStaff(r.partAt(from))) return -1;
    const sentence = text.slice(from, to);
    // "she told me that she …" may be anyone's report; "Just to let you know that Ruth …" is the writer's own telling.
    if (CASE_PERSON_WORD.test(sentence) || (PRONOUN.test(sentence) && REPORTED.test(sentence.replace(WRITER_TELLS, " ").replace(NOT_A_REPORT, " ").replace(THAT_AS_CONJUNCTION, " ")))) return -1;
    let named = 0;
    let relatives = 0;
    for (let j = lastAtOrBefore(names.starts, from - 1) + 1; j < names.starts.length && (names.starts[j] as number) < to; j++) {
      const at = names.starts[j] as number;
      const name = names.textAt.get(at);
      // "Mr Whitmore" is the colleague given as "Employee: Jason Whitmore".
      if (name && (isKnownName(staff, plainNameWords(name).join(" ")) || r.isKnown(name))) named++;
      // "Her husband Alan has asked me to let partners know that our colleague Ruth …": her relative.
      else if (name && STAFF_RELATIVE_BEFORE.test(text.slice(Math.max(0, at - 30), at))) relatives++;
      else return -1;
    }
    if (relatives === 0 || named > 0) return named + relatives;
    // "Manpreet has had to go home. Her son Arjun was taken into the LRI with bronchiolitis": "her" is
    // the staff member before, and the sentence tells of health.
    return k > 0 && layout.paragraphOf(layout.sentences[k - 1] as number) === layout.paragraphOf(from) && tellsHealth(from, to) && staffNamed(k - 1) > 0 ? relatives : -1;
  });
  return once((k: number): boolean => {
    const from = layout.sentences[k] as number;
    const sentence = text.slice(from, layout.sentenceEnd(k));
    // An offence or an order told ("Maureen's mum, Olive, was arrested on Sunday") is no health news.
    if (sentence.length <= MAX_SENTENCE && STRONG_CASE_WORDING.test(sentence.replace(STAFF_TRAINING, " ").replace(STAFF_AT_CASE_MEETING, " "))) return false;
    const named = staffNamed(k);
    if (named !== 0) return named > 0;
    // "One of the team uses a walking frame since her stroke": the party's own member.
    if (TEAM_MEMBER_SUBJECT.test(sentence)) return true;
    const opening = FIRST_WORD.exec(sentence);
    if (!opening) return itemOfColleagues(k);
    // "Sinead wears hearing aids": a staff member's first name opening the sentence, though the
    // word was not taken for a name there.
    if (isKnownName(staff, opening[1] as string)) return true;
    // "Leonie from our admin team was going to join, but she's 31 weeks pregnant": a word the
    // lists lack, opening the sentence, given a unit of the writer's own.
    if (staffUnitAfter(sentence.slice(opening.index + opening[0].length, opening.index + opening[0].length + 90))) return true;
    // "It's for our colleague Harpreet, who goes on maternity leave. She's had gestational
    // diabetes": "she" or "he" opening the sentence after one that names staff alone, in its paragraph.
    if (k > 0 && (OPENING_PRONOUN.test(opening[1] as string) || ADVERB_THEN_PRONOUN.test(sentence)) && layout.paragraphOf(layout.sentences[k - 1] as number) === layout.paragraphOf(from)) return staffNamed(k - 1) > 0;
    return itemOfColleagues(k);
  });
  /** "- Priya - type 1 diabetic …", "- Col - dislocated his shoulder …", "- Ang - 14 weeks pregnant
   * …": sentence k, a list item headed by a word the lists lack, among items of its paragraph
   * headed by colleagues' names (and none naming anyone else), is the next colleague's. */
  function itemOfColleagues(k: number): boolean {
    const from = layout.sentences[k] as number;
    if (!ITEM_HEAD.test(text.slice(from, layout.sentenceEnd(k)))) return false;
    const paragraph = layout.paragraphOf(from);
    for (let j = k - 1; j >= 0 && j >= k - MAX_ITEMS_BACK; j--) {
      const at = layout.sentences[j] as number;
      if (layout.paragraphOf(at) !== paragraph || !ITEM_HEAD.test(text.slice(at, layout.sentenceEnd(j)))) return false;
      const named = staffNamed(j);
      if (named !== 0) return named > 0;
    }
    return false;
  }
}
/** After a full name: they asked the writer to tell others ("Lindsey Akers has asked me to let partners know"), as a colleague does of her own news. */
const ASKED_ME_TO_TELL_AFTER = /^[ \t]+(?:has|had)[ \t]+asked[ \t]+(?:me|us)[ \t]+to[ \t]+(?:let|tell|mention|share|pass[ \t]+on)\b/;
/** "Our facilities officer, Gary, had a stroke": a job in the writer's own organisation, in
 * apposition before a name (STAFF_JOB_BEFORE, "our" only), makes the name a colleague's. */
function ourStaffJob(before: string): boolean {
  const job = STAFF_JOB_BEFORE.exec(before);
  return !!job && /^our\b/i.test(job[0]);
}
/** Before a name, a relation of "her" or "him" ("Her husband "): in a sentence naming staff alone, their relative. */
const STAFF_RELATIVE_BEFORE = /\b(?:[Hh]er|[Hh]is|[Tt]heir)[ \t]+(?:husband|wife|partner|son|daughter|mum|dad|mother|father|brother|sister)[ \t]*,?[ \t]*$/;
/** How many list items back a colleague's name is looked for. */
const MAX_ITEMS_BACK = 12;
/** A list item headed by a capitalised word and a dash or colon ("- Ang - 14 weeks pregnant"). */
const ITEM_HEAD = /^[ \t\n]*(?:[-*\u2022][ \t]+)?[A-Z][A-Za-z'\u2019-]*[ \t]+[-\u2013\u2014:][ \t]/;
/** A sentence (or a list item) whose subject is one of the writer's own party ("One of the team uses…", "Two of us
 * are…") or of a course's delegates ("One delegate has used a wheelchair since her stroke"). */
const TEAM_MEMBER_SUBJECT = /^[ \t\n]*(?:[-*\u2022][ \t]+)?(?:one|two|three|a[ \t]+couple|some|several|a[ \t]+few)[ \t]+(?:of[ \t]+(?:us|ours|the[ \t]+team|our[ \t]+(?:team|group|colleagues|staff|lot)|the[ \t]+delegates)|delegates?)\b/i;
/** "She", "He", "She's", "He'd": a sentence's subject carried from the sentence before. */
const OPENING_PRONOUN = /^(?:She|He)(?:['\u2019](?:s|d|ll))?$/;
/** A sentence opening with an adverb and then the pronoun ("Sadly she had a miscarriage"). */
const ADVERB_THEN_PRONOUN = /^[ \t\n]*[A-Z][a-z]+ly,?[ \t]+(?:she|he)\b/;
