/**
 * Professionals and attendees: a name the message gives as a professional's (an employer in
 * brackets, a title such as PS or Dr, "… is a Senior Probation Officer", a staff job before it, a
 * role in an attendance list, staff leave), and its other mentions of that person.
 */
import type { Span } from "../detect/types";
import {
  AFFILIATION_AFTER, BOOKED_HOURS_AFTER, INTERPRETING, LANGUAGE_AFTER, REGISTRATION_AFTER, roleLabelBefore, ATTENDANCE_LIST, JOB_AFTER_COMMA, JOB_AFTER_DASH, JOB_IN_APPOSITION, JOB_IN_NEXT_CELL, LEAD_COLUMN, LINE_OR_CELL_START, ATTENDEE_ROLE_AFTER, CASE_ROLE_WORD, CHILD_SERVICE, JOB_NOUN_IN_ROLE, COLLEAGUE_BEFORE, MY_SUPERVISION_WITH_BEFORE, JOB_STATED_AFTER, OFFICER_BEFORE, OFFICER_FIRST, PERSON_LABEL, RELATION_BEFORE, STAFF_JOB_BEFORE, STAFF_POSSESSION_AFTER, staffUnitAfter, THIRD_PERSON, hasCaseWording,
} from "./caseVocabulary";
import { DELIVERY_BLOCK_BEFORE } from "./colleagueGifts";
import { addPerson, emptyKnownPeople, isKnownName, type KnownPeople } from "./knownPeople";
import { once } from "./once";
import { firstWord } from "./quotedWriters";
import type { MessageReading } from "./reading";
import { unnamedLeaveSubjects, type StaffLeave } from "./staffMatters";
import { inColumnHeaded, timedTitleAndSpeaker } from "./tables";

/** What follows a name in brackets ("Priti Chauhan (Senior Practitioner, Starting Point)"). */
const BRACKET_AFTER = /^[ \t]*\(([^()\n]{1,80})\)/;

/** Before a name in its sentence, what makes a job in apposition no sign of staff: "The allegation
 * against Lee Dale, Teacher, is that …" is about him. */
const ACCUSED_BEFORE = /\b(?:against|allegations?|alleged(?:ly)?|accused|complaints?|concerns?|investigat\w*|suspect(?:ed)?|victim|perpetrator|arrested|charged|convicted|about)\b[^.!?\n]*$/i;

/** After a job title, the group it serves: "… for Looked After Children", "… for Children in Care". */
const CLIENT_GROUP_AFTER_JOB = /[ \t]+for[ \t]+(?:(?:looked[ \t]+after|vulnerable|young)[ \t]+)?(?:children|young[ \t]+people|adults|families|parents|carers)\b.*$/i;

/** "Head of Service", "Deputy Head of Safeguarding", "our Head of Service": a head of a part of an organisation. */
const HEAD_OF = /^,[ \t]*(?:(?:our|my|your|the)[ \t]+)?(?:(?:Deputy|Assistant|Interim|Acting)[ \t]+)?Head[ \t]+of[ \t]+[A-Z]/;

/**
 * "Daniel Whitlock (Head of Service, Front Door)", "Priti Chauhan (Senior Practitioner)": a job
 * title in capitals opening the brackets after a name, perhaps with a team after a comma. Read as
 * a job after a comma is ("Callum Drury, Probation Officer"): a case role ("(Mother)") is none.
 */
function jobInBracketsAfter(text: string, end: number): boolean {
  const bracket = BRACKET_AFTER.exec(text.slice(end, end + 90));
  if (!bracket) return false;
  const inside = `,${bracket[1] as string}`;
  // Who a job is for is no label of the person: "(Designated Nurse for Looked After Children)".
  const job = inside.replace(CLIENT_GROUP_AFTER_JOB, "");
  return (JOB_AFTER_COMMA.test(job) || HEAD_OF.test(inside) || OUR_STAFF_JOB.test(bracket[1] as string) || TEAM_JOB.test(bracket[1] as string)) && !CASE_ROLE_WORD.test(job) && !PERSON_LABEL.test(job);
}

/** After a name, what only staff have: an employee number in brackets ("Tanya Birch (employee no.
 * 110482)"), a professional registration ("Dean Hargreaves - SWE registered, 7 years' …"). */
const STAFF_RECORD_AFTER = /^[ \t]*(?:\((?:employee|staff|payroll|personnel)[ \t]+(?:no\.?|number|id)[ \t:.]*[A-Z0-9][\w-]{2,12}\)|[-\u2013\u2014,:][ \t]*(?:SWE|HCPC|NMC|GMC|GPhC|Social Work England)[ \t]+registered\b)/i;

/** One capitalised word after the name, then a bracket with a job or an employer in it. */
function bracketAfterOneWord(text: string, end: number): boolean {
  const word = /^[ \t]+[A-Z][a-z'\u2019-]+(?=[ \t]*\()/.exec(text.slice(end, end + 30));
  if (!word) return false;
  const at = end + word[0].length;
  return jobInBracketsAfter(text, at) || AFFILIATION_AFTER.test(text.slice(at, at + 90));
}

/** In brackets after a name, a job of ours or yours in lower case: "(our MASH decision-making lead
 * from the city council)", "(your duty manager)". Not "(her social worker)": that is whose worker. */
const OUR_STAFF_JOB = /^[ \t]*(?:our|your)[ \t]+(?:[\w'\u2019&-]+[ \t]+){0,4}?(?:lead|manager|officer|supervisor|co-?ordinator|practitioner|worker|nurse|analyst|advis[eo]r|administrator|chair|clinician|consultant|trainer)\b/i;

/** In brackets after a name, a team's initials and a job in lower case: "(MASH researcher)",
 * "(IOM case worker)". */
const TEAM_JOB = /^[ \t]*(?:[A-Z][A-Z&]{1,6}[ \t]+){1,2}(?:[a-z-]+[ \t]+)?(?:researcher|analyst|lead|manager|officer|supervisor|co-?ordinator|practitioner|worker|nurse|advis[eo]r|administrator|admin|chair|clinician|consultant|trainer|navigator|mentor|assistant)[ \t]*$/;

/** A new starter in the writer's team, in an aside after the name: "Adele's induction in the morning
 * (she's our new PQiP)", "Adele, our new trainee,", "Eloise Fontaine joins us as a PQiP", "Adaeze
 * Nnamdi welcome – she started with us on Monday as our new PQiP social worker". */
const NEW_STARTER_AFTER =
  /^(?:[^()\n.]{0,50}\((?:he|she|they)(?:['\u2019](?:s|re)|[ \t]+(?:is|are))[ \t]+(?:our|my)[ \t]+new[ \t]+[^()\n]{1,30}\)|,[ \t]+(?:our|my)[ \t]+new[ \t]+[\w-]+(?:[ \t]+[\w-]+)?[ \t]*[,)]|[ \t]+(?:is|was)[ \t]+(?:our|my)[ \t]+new[ \t]+(?:[A-Za-z-]+[ \t]+){0,2}?(?:PQiP|trainee|apprentice|officer|manager|worker|practitioner|administrator|nurse|lead|assistant|student|starter|colleague|social[ \t]+worker)\b|(?:[ \t]+|[^.\n]{0,40}?\b(?:he|she|they)[ \t]+)(?:has[ \t]+|will[ \t]+|is[ \t]+)?(?:joins|joined|join|joining|started|starts)(?:[ \t]+(?:with[ \t]+us|us|the[ \t]+team|our[ \t]+team|the[ \t]+[A-Z]{2,6})\b[^.\n]{0,40}?)?[ \t]+as[ \t]+(?:a|an|our)[ \t]+(?:new(?:ly[ \t]+qualified)?[ \t]+)?(?:[A-Za-z-]+[ \t]+){0,4}?(?:PQiP|trainee|apprentice|officer|manager|worker|practitioner|administrator|nurse|lead|assistant|co-?ordinator|advis[eo]r|social[ \t]+worker|student|volunteer|analyst|visitor|doctor|midwife)\b)/i;

/** After a name, our job for them in lower case: "a Q&A with Harjit, our team manager". */
const OUR_JOB_AFTER = /^,[ \t]+(?:our|my)[ \t]+(?:[a-z-]+[ \t]+){0,3}(?:manager|lead|officer|worker|practitioner|supervisor|co-?ordinator|administrator|nurse|chair|director|head[ \t]+of[ \t]+[a-z]+|consultant|advis[eo]r|educator)\b/;

/** Inside brackets after the team: "the rest of the team (Claire, Stacey Mould, Priya Lakhani and ". */
const TEAM_IN_BRACKETS_BEFORE =
  /\b(?:(?:the[ \t]+rest[ \t]+of[ \t]+)?(?:the|our|my|your)[ \t]+(?:[a-z-]+[ \t]+)?team|(?:my|our)[ \t]+colleagues)[ \t]*\((?:[^()\n]{0,120}?(?:,|[ \t]and|[ \t]&)[ \t]*)?$/i;

/** Before the second of two names after staff jobs in the plural: "two of my team leaders, Lorna
 * Thirlwell and ", "our social workers Jo and ". */
const STAFF_PAIR_BEFORE =
  /\b(?:my|our|your)[ \t]+(?:[A-Za-z-]+[ \t]+){0,2}(?:leaders|managers|officers|colleagues|workers|practitioners|nurses|supervisors|advis[eo]rs|co-?ordinators|asyes|nqsws|pqips|ASYEs|NQSWs|PQiPs|trainees|apprentices|supervisees)[ \t]*,?[ \t]*[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+){0,2}[ \t]+(?:and|&)[ \t]+$/;

/**
 * "Declan Murphy (The Probation Service)", "Hawre Aziz (NRPSI 17743)", "PS Emmanuel Okoro", "Dr Amara Shah", "Amara Shah is a
 * Senior Probation Officer", "Callum Drury, Probation Officer" on its own line, "Daniel Whitlock
 * (Head of Service, Front Door)": a professional, named as one (with an employer, a title or a job).
 */
function isNamedProfessional(text: string, start: number, end: number): boolean {
  return (
    AFFILIATION_AFTER.test(text.slice(end, end + 90)) ||
    REGISTRATION_AFTER.test(text.slice(end, end + 60)) ||
    roleLabelBefore(text, start) ||
    STAFF_PAIR_BEFORE.test(text.slice(Math.max(0, start - 90), start)) ||
    TEAM_IN_BRACKETS_BEFORE.test(text.slice(Math.max(0, start - 160), start)) ||
    jobInBracketsAfter(text, end) ||
    OFFICER_BEFORE.test(text.slice(Math.max(0, start - 16), start)) ||
    // 32 characters: "Detective Chief Superintendent " is the longest title.
    OFFICER_FIRST.test(text.slice(start, Math.min(end, start + 32))) ||
    OFFICER_BEFORE.test(text.slice(start, Math.min(end, start + 16)).replace(/\S+$/, "")) ||
    JOB_STATED_AFTER.test(text.slice(end, end + 200)) ||
    STAFF_POSSESSION_AFTER.test(text.slice(end, end + 24)) ||
    MY_SUPERVISION_WITH_BEFORE.test(text.slice(Math.max(0, start - 40), start)) ||
    (JOB_AFTER_COMMA.test(text.slice(end, end + 90)) && startsLineOrCell(text, start)) ||
    ((JOB_IN_APPOSITION.test(text.slice(end, end + 140)) || HEAD_OF.test(text.slice(end, end + 60))) && !ACCUSED_BEFORE.test(text.slice(Math.max(0, start - 80), start))) ||
    ((JOB_IN_NEXT_CELL.test(text.slice(end, end + 90)) || JOB_AFTER_DASH.test(text.slice(end, end + 90))) && startsLineOrCell(text, start)) ||
    // "Stuart Keen (Prison Work Coach, …)": a surname the name lists take for a word ("Keen") between the name and its job.
    bracketAfterOneWord(text, end) ||
    STAFF_RECORD_AFTER.test(text.slice(end, end + 50)) ||
    NEW_STARTER_AFTER.test(text.slice(end, end + 100)) ||
    staffFormName(text, start, end) ||
    OUR_JOB_AFTER.test(text.slice(end, end + 60))
  );
}

/** A form's "Name:" line, then within two lines a job's field ("Role: Social Worker (ASYE), …",
 * "Job title:", "Line manager:"): a new starter's or a staff member's record. */
const NAME_FIELD_BEFORE = /(?:^|\n)[ \t]*(?:[-*\u2022][ \t]*)?(?:full[ \t]+|staff[ \t]+|employee[ \t]+)?name[ \t]*:[ \t]*$/i;
const JOB_FIELD_AFTER = /^[ \t]*\n(?:[^\n]{0,120}\n){0,2}?[ \t]*(?:[-*\u2022][ \t]*)?(?:role|job[ \t]+title|post|position|grade|line[ \t]+manager)[ \t]*:([^\n]{0,120})/i;
function staffFormName(text: string, start: number, end: number): boolean {
  if (!NAME_FIELD_BEFORE.test(text.slice(Math.max(0, start - 30), start))) return false;
  const job = JOB_FIELD_AFTER.exec(text.slice(end, end + 400));
  // "Role: Mother" lists a family, not staff.
  return !!job && !CASE_ROLE_WORD.test(job[1] as string) && !PERSON_LABEL.test((job[1] as string).replace(CHILD_SERVICE, " "));
}

/** Before a name: a staff job and "for" ("the offender manager for "): the name is whom the worker works with. */
function workerFor(before: string): boolean {
  const m = /[ \t]+for[ \t]+$/.exec(before);
  return m !== null && STAFF_JOB_BEFORE.test(before.slice(0, m.index));
}

/** Whether a name starts its line or a table cell ("Callum Drury, Probation Officer" in a list). */
function startsLineOrCell(text: string, start: number): boolean {
  const from = Math.max(0, start - 12);
  return LINE_OR_CELL_START.test((from === 0 ? "\n" : "") + text.slice(from, start));
}

/** Per span: a name read as text given with an employer, a title or a job (or the language it
 * interprets, in a message about interpreting or on a booking line with hours: "Mohammed Farah
 * (Somali), 6 October, 3 hours"). */
export function titledNames(r: MessageReading): Uint8Array {
  const titled = new Uint8Array(r.spans.length);
  let interpreting: boolean | undefined;
  for (const i of r.textNames) {
    const span = r.spans[i] as Span;
    if (isNamedProfessional(r.text, span.start, span.end)) titled[i] = 1;
    else {
      const language = LANGUAGE_AFTER.exec(r.text.slice(span.end, span.end + 60));
      if (!language) continue;
      const after = span.end + language.index + language[0].length;
      if (BOOKED_HOURS_AFTER.test(r.text.slice(after, after + 60)) || (interpreting ??= INTERPRETING.test(r.text.slice(0, 200_000)))) titled[i] = 1;
    }
  }
  return titled;
}

/**
 * In an attendance list ("Present: …"), a name given with a role that is not a case role: in
 * brackets ("Kerry Ashmore (Chair)"; not "(mother)", "(victim)"), or after a comma in capitals
 * ("Bernadette Lowe, SPO, Derby Probation Office"; not "Kayleigh Brooks, Mother", nor another
 * name, nor case wording): a member of staff at the meeting. `nameStartsAt` says whether a name
 * found starts at an offset.
 */
function isListedAttendee(text: string, sentenceStart: number, end: number, nameStartsAt: (at: number) => boolean): boolean {
  // The list opens its sentence, or its line when the lines above run into one sentence
  // ("Chair: Supt Graham Okafor, MPS\nPresent: DS Fiona Galbraith, MPS; …").
  if (!ATTENDANCE_LIST.test(text.slice(sentenceStart, sentenceStart + 40))) {
    const lineStart = text.lastIndexOf("\n", end) + 1;
    if (lineStart <= sentenceStart || end - lineStart > 600 || !ATTENDANCE_LIST.test(text.slice(lineStart, lineStart + 40))) return false;
  }
  const after = text.slice(end, end + 90);
  const bracket = BRACKET_AFTER.exec(after);
  if (bracket) return !PERSON_LABEL.test(bracket[1] as string);
  const comma = ATTENDEE_ROLE_AFTER.exec(after);
  if (!comma) return false;
  const role = comma[1] as string;
  // A job title may hold a person word ("Designated Nurse Safeguarding Children"); a role without one may not.
  const job = JOB_NOUN_IN_ROLE.test(role);
  return (
    !nameStartsAt(end + comma[0].length - role.length) &&
    (job || (!PERSON_LABEL.test(role) && !THIRD_PERSON.test(role))) &&
    !CASE_ROLE_WORD.test(role) &&
    !hasCaseWording(role)
  );
}

/**
 * "Time / Session / Lead … 13:00 Case study, part 2: the strategy discussion / Owen Parry and
 * Bethan Cole": in a table (cells split by tabs) whose heading row names a column for who leads
 * ("Lead", "Speaker", "Facilitator"), the names in that column lead the session: staff. A
 * column of anything else ("Name", "Child") says nothing.
 */
function inLeadColumn(text: string, start: number, end: number): boolean {
  // "10:45 Domestic abuse and child contact … (Hollie Prendergast)": a running order's speaker.
  const timed = timedTitleAndSpeaker(text, start);
  if (timed && start >= timed[2] && end <= timed[3]) return true;
  // "Oliver Stenson (defendant)" under "Duty officer" is the case the row is about.
  const aside = BRACKET_AFTER.exec(text.slice(end, end + 90));
  return inColumnHeaded(text, start, LEAD_COLUMN) && !(aside && CASE_ROLE_WORD.test(aside[1] as string));
}

/** Before a name: a case taken on from the one on leave ("could you pick up Kyle Ostrowski from her?"). */
const CASE_TAKEN_ON_BEFORE = /\b(?:pick(?:s|ed|ing)?[ \t]+up|tak(?:e|es|ing)[ \t]+on|took[ \t]+on|(?:re)?allocat(?:e|es|ed|ing)|transfer(?:s|red|ring)?)[ \t]+$/i;

/** Leave only an employee takes ("off sick" or "on leave" may be a pupil's or a patient's). */
const EMPLOYEES_LEAVE = /\b(?:maternity|paternity|parental|adoption|annual|study)[ \t]+leave\b/i;

/** Per sentence, how many people it names (by first word, up to 2) who are neither the sender nor a
 * recipient nor named as staff (`namedHere`). */
function namesNotPlaced(r: MessageReading, namedHere: Uint8Array): Uint16Array {
  const counts = new Uint16Array(r.layout.sentences.length);
  const last = new Map<number, string>();
  for (const i of r.textNames) {
    const span = r.spans[i] as Span;
    if (namedHere[i] || r.isKnown(span.text)) continue;
    const s = r.spanSentence[i] as number;
    const key = firstWord(span.text);
    if (last.get(s) !== key && (counts[s] as number) < 2) counts[s] = (counts[s] as number) + 1;
    last.set(s, key);
  }
  return counts;
}

/** Per first word (lower case), the one full name (two words or more) the message gives starting
 * with it, or null when it gives several ("Joe" → "Joe Tennant"). Built once: one pass over the names. */
function fullNamesByFirstWord(r: MessageReading): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const i of r.textNames) {
    const text = (r.spans[i] as Span).text;
    const words = text.trim().split(/\s+/);
    if (words.length < 2) continue;
    const first = (words[0] as string).toLowerCase();
    const seen = out.get(first);
    out.set(first, seen === undefined || seen === text ? text : null);
  }
  return out;
}

/** A line of an action log: the owners (names joined by "/", ",", "&" or "and"), a colon, then what
 * they will do ("- Daniel / Precious: share S47 template changes at next meeting"). */
const ACTION_OWNERS_LINE =
  /^[ \t]*(?:[-*\u2022\u00b7\u2013][ \t]+)?[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*)?(?:[ \t]*(?:\/|,|&|and)[ \t]*[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*)?){0,3}[ \t]*:[ \t]*(?:to[ \t]+)?(?:share|send|circulate|update|book|arrange|review|draft|check|contact|chase|e-?mail|confirm|complete|add|amend|liaise|follow|write|prepare|set|speak|invite|ask|find|present|feed|provide|organi[sz]e|agree|bring|upload|collate|produce|bring|report|raise|escalate|discuss)\b/;
/** Where an action log is announced ("Actions", "Action log", "Actions agreed:"), shortly before its lines. */
const ACTIONS_HEADING = /\bactions?\b/i;

/** Whether the name starting at `start` owns an action on an action log's line. */
function actionOwner(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  if (start - lineStart > 80) return false;
  const lineEnd = text.indexOf("\n", start);
  const line = text.slice(lineStart, lineEnd < 0 ? Math.min(text.length, start + 300) : Math.min(lineEnd, start + 300));
  return ACTION_OWNERS_LINE.test(line) && ACTIONS_HEADING.test(text.slice(Math.max(0, lineStart - 600), lineStart));
}

/** A name written with a profession's letters after it ("Priya Joshi MCOptom", "Tom Greatorex
 * ACCA", "Dr Lee MRCGP"): the optometrist, the accountant, the GP. */
const POSTNOMINALS_AFTER = /[ \t](?:MCOptom|FBDO|ACCA|ACA|FCA|CIMA|RGN|RMN|RNLD|RSCN|MRCGP|MRCP|MRCPsych|FRCS|MBBS|BDS|MCSP|HCPC|MBACP|UKCP|DipSW|CQSW|LLB|CILEx)$/;

/** How many people named as professionals a message's other mentions are matched against. */
const MAX_PROFESSIONALS = 200;

export interface Professionals {
  /** Per span: this mention names a professional (an attendee's role alone does not: only its other mentions count). */
  namedHere: Uint8Array;
  /** The people so named. */
  people: KnownPeople;
  /** Whether a name is one of theirs. */
  isProfessional(name: string): boolean;
}

/**
 * People the message names as professionals, so that its other mentions of them ("Declan
 * asked…", "Amara lives…") are theirs too. At most MAX_PROFESSIONALS are remembered, so that a
 * look-up stays cheap in a huge thread; past that, mentions are judged on their own (more case
 * data, never less). `factContext`: sentences stating a fact about someone (a DOB), where a staff
 * job or a colleague's leave does not make a professional.
 */
export function professionalsOf(r: MessageReading, titled: Uint8Array, atWork: Uint8Array, onTeamList: Uint8Array, gift: boolean, factContext: Uint8Array, leave: StaffLeave, inStaffTable: Uint8Array): Professionals {
  const { text, spans, spanSentence, layout } = r;
  const people = emptyKnownPeople();
  const remember = (name: string): void => {
    if (people.people.length < MAX_PROFESSIONALS) addPerson(people, name, "");
  };
  const namedHere = new Uint8Array(spans.length);
  const onLeave: string[] = [];
  for (const i of r.textNames) {
    const span = spans[i] as Span;
    const s = spanSentence[i] as number;
    const before = text.slice(Math.max(0, span.start - 60), span.start);
    if (titled[i] || POSTNOMINALS_AFTER.test(span.text)) namedHere[i] = 1;
    // "the caretaker, Wes Moore,", "our colleague Amrit", "Hannah from our victim liaison unit", a
    // session's lead in a running order, a name doing staff work (staffAtWork.ts): staff, unless the
    // sentence states a fact about someone (a DOB).
    // A list of staff with a job column is staff's, whatever their row holds (their own date of birth for a certificate).
    else if (inStaffTable[i] || ((atWork[i] || STAFF_JOB_BEFORE.test(before) || COLLEAGUE_BEFORE.test(before) || (gift && DELIVERY_BLOCK_BEFORE.test(before)) || staffUnitAfter(text.slice(span.end, span.end + 90)) || inLeadColumn(text, span.start, span.end) || onTeamList[i] || actionOwner(text, span.start)) && !factContext[s])) {
      namedHere[i] = 1;
    }
    else if (!isListedAttendee(text, layout.sentences[s] as number, span.end, r.names.startsAt)) continue;
    remember(span.text.replace(OFFICER_FIRST, ""));
  }
  // "Tariq's wife had the baby …, so he's started his paternity leave": the one person a
  // sentence puts on a staff member's leave is staff (not "Dad, Luis …", not beside a fact),
  // or, for leave only an employee takes, the one besides those named as staff above ("When Rosie
  // went on maternity leave, the rest of the team (Claire, Stacey Mould …)"). Not the one a worker is "for": "The offender manager for Scott
  // Hibbert (CRN …) is on leave".
  const unplaced = namesNotPlaced(r, namedHere);
  for (const i of r.textNames) {
    if (namedHere[i]) continue;
    const span = spans[i] as Span;
    const s = spanSentence[i] as number;
    const before = text.slice(Math.max(0, span.start - 60), span.start);
    const alone = leave.namesInSentence[s] === 1 || (unplaced[s] === 1 && EMPLOYEES_LEAVE.test(layout.sentenceText(s)));
    if (!factContext[s] && alone && !RELATION_BEFORE.test(before) && !workerFor(before) && !CASE_TAKEN_ON_BEFORE.test(before) && r.writerIsStaff(r.places.partOf(i)) && leave.isLeaveSentence(s)) {
      namedHere[i] = 1;
      onLeave.push(span.text);
      remember(span.text.replace(OFFICER_FIRST, ""));
    }
  }
  for (const subject of unnamedLeaveSubjects(r, leave, factContext)) {
    remember(subject);
    onLeave.push(subject);
  }
  // "Joe Tennant and his partner Abbie welcomed … Joe is on paternity leave": the one on leave,
  // given by first name, is the message's one full name starting with it.
  if (onLeave.length > 0) {
    const fullNames = fullNamesByFirstWord(r);
    for (const name of onLeave) {
      const full = fullNames.get(name.trim().toLowerCase());
      if (full) remember(full);
    }
  }
  return { namedHere, people, isProfessional: once((name: string) => isKnownName(people, name)) };
}
