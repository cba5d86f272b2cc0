/**
 * Wording about no one: a job title, an agenda heading, research or training, a count in a table
 * of figures, a thing that moved, an attendance list, or a case the message says is made up.
 * Case words and special-category terms there are topics, not facts about a person.
 */
import type { Part } from "../anatomy";
import type { Span } from "../detect/types";
import { lastAtOrBefore } from "./boundaries";
import {
  ON_A_CASELOAD, ATTENDANCE_LIST, CHILD_SERVICE, BRACKET_JOB_BEFORE, CASE_ROLE_WORD, hasCaseWording, COUNT_LINE_END, INVENTED_CASE, IT_MOVED_BEFORE, JOB_TERM, MOVER_IS_PERSON, PERSON_LABEL, ROLE_NOUN_AFTER, ROTA_ITEM, DATED_ROTA_ITEM, STUDY_WORDS, THING_MOVED_BEFORE,
} from "./caseVocabulary";
import { once } from "./once";
import { STRONG_CASE_WORDING } from "./pronouns";
import { headingRowOf } from "./tables";
import type { MessageReading } from "./reading";

/** One or two capitalised words, then a job noun in capitals: the rest of a Title-Case job title
 * ("Substance Misuse Liaison Nurse", "Domestic Abuse Family Support Worker"). Case-sensitive: "the
 * substance misuse and the team" is no title. */
const ROLE_TITLE_AFTER = /^[ \t]+(?:[A-Z][a-z'\u2019-]+[ \t]+){1,2}(?:Managers?|Leads?|Officers?|Nurses?|Workers?|Practitioners?|Co-?ordinators?|Advis[eo]rs?|Specialists?|Champions?|Navigators?|Consultants?|Therapists?|Midwi(?:fe|ves)|Visitors?)\b/;

/** After Title-Case case words, the rest of a service's Title-Case name: "Domestic Abuse and
 * Sexual Violence Team", "Child Exploitation Hub", "Substance Misuse Service", "(the Children)'s
 * Assessment Team". */
const TITLE_SERVICE_AFTER = /^(?:['\u2019]s)?(?:[ \t]+(?:and|of|for|&|[A-Z][\w'\u2019-]*)){0,5}[ \t]+(?:Teams?|Services?|Unit|Hub|Partnership|Board|Programmes?|Project|Forum|Network|Panel|Taskforce|Practice|Studies|Awareness)\b/;
const TITLE_CASE_WORDS = /^(?:the[ \t]+)?[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*)*$/;

/** Whether the case words from `start` to `end`, in Title Case, begin a service's name ("Domestic Abuse and Sexual Violence Team"). */
export function inServiceName(text: string, start: number, end: number): boolean {
  return TITLE_CASE_WORDS.test(text.slice(start, end)) && TITLE_SERVICE_AFTER.test(text.slice(end, end + 80));
}

/** Before a term: an owner ("his first CAMHS session", "Kyle's probation appointment"; not "the
 * force's … team"): then a session or a worker after it is theirs, not a course or a job. */
const OWNED_BEFORE = /(?:\b(?:[Hh]is|[Hh]er|[Tt]heir)|\b[A-Z][a-z]+['\u2019]s)[ \t]+(?:(?:first|next|last|second|third|weekly|fortnightly|latest|initial|new|recent|own)[ \t]+)?$/;

/** An owner's appointment or referral with the service the term begins ("Lily-Rose's appointment
 * with the paediatric sexual assault service", "his referral to the substance misuse team"): the
 * service is theirs to use, so the term is a fact about them. */
const OWNED_VISIT_BEFORE = /(?:\b(?:[Hh]is|[Hh]er|[Tt]heir)|\b[A-Z][a-z]+['\u2019]s)[ \t]+(?:(?:first|next|last|new|initial|urgent)[ \t]+)?(?:appointments?|referrals?|assessments?|sessions?|examination|medical|visit)[ \t]+(?:with|at|to|from|by)[ \t]+(?:the[ \t]+|a[ \t]+)?(?:[a-z]+[ \t]+)?$/;

/** An owner inside a term's span, which holds the words tying it to someone ("as she has her eating
 * disorder" before "clinic appointment"): her clinic, not a team's name. */
const OWNED_IN_SPAN = /\b(?:[Hh]is|[Hh]er|[Tt]heir)[ \t]+\S/;

/** Whether the term from `start` has an owner right before it, or is the service an owner's appointment is with. */
export function ownedBefore(text: string, start: number): boolean {
  return OWNED_BEFORE.test(text.slice(Math.max(0, start - 30), start)) || OWNED_VISIT_BEFORE.test(text.slice(Math.max(0, start - 80), start));
}

/** A subject about an event or a programme ("… - partner training dates", "… awareness session"). */
const SUBJECT_EVENT = /\b(?:dates|programme|sessions?|events?|conference|forum|policy|guidance|strategy|toolkit|newsletter|bulletin)\b/i;

/**
 * Whether a special-category term in a subject is a topic: the subject names no one (no name found
 * in it) and says it is about training, study or an event ("DASH risk assessment and coercive
 * control - partner training dates"). A subject naming a person keeps the term a fact.
 */
export function subjectTermIsTopic(subject: string, spans: readonly Span[]): boolean {
  return !spans.some((s) => s.kind === "person-name") && (STUDY_WORDS.test(subject) || SUBJECT_EVENT.test(subject));
}

/** Whether the words from `end` on make what precedes a job title or a course ("… Manager"). */
export function isJobTitle(text: string, end: number): boolean {
  const after = text.slice(end, end + 40);
  return ROLE_NOUN_AFTER.test(after) || ROLE_TITLE_AFTER.test(after);
}

/** After a special-category term, an event or a plan about it, maybe after a second term ("the
 * county lines and child criminal exploitation conference", "our domestic abuse strategy", "last
 * Tuesday's domestic abuse practice session", "the council's lead for the Thursday daily domestic abuse triage"): a topic. Not "case conference" or "child protection conference": those words are no special category. */
const EVENT_AFTER =
  /^(?:[ \t]+(?:and|&|or)[ \t]+[\w'\u2019-]+(?:[ \t]+[\w'\u2019-]+){0,3}?)?(?:[ \t]+(?:routine|enquiry|awareness|prevention|training|pilot|outreach|practice|investigation|reduction|liaison)){0,2}[ \t-]{1,3}(?:conferences?|seminars?|workshops?|sessions?|courses?|briefings?|modules?|webinars?|masterclass(?:es)?|summit|symposium|roadshows?|campaigns?|strategy|toolkit|squads?|teams?|units?|calls|leads|taskforce|projects?|programmes?|pilots?|triage|forums?|pathways?)\b/i;

/** After a special-category term, a facility for people in general ("the front spaces are for
 * disabled badge holders", "disabled parking", "an accessible toilet"): no one in particular. */
const FACILITY_AFTER = /^[ \t]+(?:badge[ \t]+holders?|badges?|parking|bays?|spaces|toilets?|access|entrance|lifts?|ramps?|facilities|changing[ \t]+places?)\b/i;

/** A term that is itself a service's Title-Case name ("Wandsworth Drug and Alcohol Service",
 * "Substance Misuse Team"): the service, not a fact about someone. */
const SERVICE_NAME = /^(?:[A-Z][\w'\u2019&-]*[ \t]+(?:(?:and|&|of|for)[ \t]+)?){1,5}(?:Service|Services|Team|Unit|Clinic|Hub|Project|Partnership|Programme|Centre|Trust|Taskforce)$/;

/** A department's name in brackets: Title-Case words joined by "and" ("3rd floor (Unpaid Work and Accredited Programmes)"). */
const TEAM_NAME_IN_BRACKETS = /^\((?:[A-Z][\w'\u2019-]*[ \t]+){1,4}(?:and|&)(?:[ \t]+[A-Z][\w'\u2019-]*){1,4}\)$/;

/** Whether the case words from `start` to `end` are part of a department's name in brackets. Not
 * right after a person's name (`nameEnds`): "Lee Dale (Unpaid Work and Curfew)" is about him. */
export function inTeamName(text: string, start: number, end: number, nameEnds: ReadonlySet<number>): boolean {
  // Read within 60 characters either side: a long text without brackets is not scanned per match.
  const window = Math.max(0, start - 60);
  const openAt = text.slice(window, start + 1).lastIndexOf("(");
  if (openAt < 0) return false;
  const open = window + openAt;
  let before = open;
  while (before > 0 && (text[before - 1] === " " || text[before - 1] === "\t")) before--;
  if (nameEnds.has(before)) return false;
  const closeAt = text.slice(end, end + 61).indexOf(")");
  if (closeAt < 0) return false;
  const close = end + closeAt;
  return TEAM_NAME_IN_BRACKETS.test(text.slice(open, close + 1));
}

/** "the QR code moved to the back", "the meeting has been moved to Thursday", "has it moved to the
 * ICB's portal?": a thing moved, not someone's home. `before` is the sentence up to "moved". */
export function thingMoved(before: string): boolean {
  if (IT_MOVED_BEFORE.test(before.slice(-40))) return true;
  const subject = THING_MOVED_BEFORE.exec(before.slice(-60));
  return !!subject && !MOVER_IS_PERSON.test(subject[1] as string);
}

/** The most lines a rota block read as one sentence may have. */
const MAX_ROTA_LINES = 30;

const BRACKETED = /\([^()\n]{0,40}\)/g;
/** A court's Title-Case name on a rota line ("Derby Magistrates' Court", "Leicester Crown Court"):
 * where the duty is, not case wording about the names beside it. */
const COURT_NAME = /\b(?:[A-Z][\w'\u2019]*[ \t]+){0,3}(?:Magistrates['\u2019]?|Crown|County|Family|Youth|Combined)[ \t]+Courts?\b/g;
/** A rota's title line ("Leicester Magistrates' Court - duty rota December 2026"): it says it is one. */
const ROTA_TITLE = /^[^\n.:;!?]{0,60}\b(?:rota|cover)\b[^\n.:;!?]{0,30}$/i;

/** Words a rota line may hold besides its names, tasks, dates and remarks ("with Laura all week",
 * "half day", "Tom Ashby Tue 8 and Wed 9", "w/c 30 Nov – Leanne Staton, with Gurpreet Sandhu shadowing"). */
const ROTA_FILLER = new Set(["and", "with", "or", "all", "week", "half", "day", "days", "am", "pm", "only", "to", "on", "cover", "from", "until", "the", "commencing", "beginning", "nobody", "none", "yet", "tbc", "tba", "vacant", "volunteers", "volunteer", "needed", "please", "shadowing", "shadow", "observing", "supporting", "w/c"]);
const WEEKDAY_OR_MONTH = /^(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|days|nesday|nesdays|rsday|rsdays|urday)?$|^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*$/i;

/**
 * In a message that gives a rota, a line listing who is on which task ("Tue 1 Dec – Duty SW: Callum
 * Reeve / Duty senior: Ayesha Bibi", "Strategy discussions (MASH): Mandeep Kaur Mon–Wed, Callum
 * Reeve Thu–Fri", "Student shadowing: Grace (ASYE) with Laura all week", "Derby Crown Court: Marek
 * Nowicki - 0115 496 0427"): once its labels (up to a colon), remarks in brackets, dates, times,
 * telephone numbers and courts' names are set aside, what is left is capitalised names
 * and a few joining words. A label or remark naming a case role ("Victim:", "(defendant)") or any
 * case wording in what is left ("Kyle Smith – arrested") makes it no rota line.
 */
/** How a rota's second person covers from afar ("with Callum on the end of the phone", "on call", "on Teams"). */
const REMOTE_COVER = /\b(?:on[ \t]+the[ \t]+end[ \t]+of[ \t]+the[ \t]+(?:phone|line)|on[ \t]+call|by[ \t]+phone|on[ \t]+Teams|remotely)\b/gi;

function listedRotaLine(line: string): boolean {
  if (line.length > 200 || /[.!?]$/.test(line)) return false;
  // Labels end at colons: every piece but the last is one (at most 60 characters each).
  const pieces = line.split(":");
  for (let i = 0; i < pieces.length - 1; i++) {
    const label = pieces[i] as string;
    if (label.length > 60 || PERSON_LABEL.test(label)) return false;
  }
  const rest = (pieces[pieces.length - 1] as string).replace(BRACKETED, " ").replace(/\b\d{1,2}(?:st|nd|rd|th)?\b|\d{1,2}[:.]\d{2}|\+?\d[\d \t]{6,}\d/g, " ").replace(COURT_NAME, " ").replace(REMOTE_COVER, " ");
  if (hasCaseWording(rest)) return false;
  let names = 0;
  let other = 0;
  for (const word of rest.split(/(?!\/c\b)[\s,/&\u2013\u2014-]+/)) {
    if (word === "") continue;
    if (WEEKDAY_OR_MONTH.test(word) || ROTA_FILLER.has(word.toLowerCase())) continue;
    if (/^[A-Z][\w'\u2019]*$/.test(word)) names++;
    else other++;
  }
  // One other word at most: a heading ("Christmas period") or a remark; or no name at all, an
  // empty slot ("Tue 08/12 - nobody yet (MAPPA development day) - volunteers please").
  return (names > 0 && other <= 1) || (names === 0 && other === 0);
}

/** In a message that gives a rota, a line of dates alone heads a block ("Week commencing 7 December"). */
const DATE_HEADING = /^[ \t]*(?:(?:week|w\/c)[ \t]+(?:commencing|beginning|of)?[ \t]*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*[ \t]+)?\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*(?:[ \t]+\d{4})?[ \t:]*$/i;

/** A rota block's heading line: a few capitalised words, perhaps one in brackets, perhaps a remark
 * in brackets ("Leicester Magistrates' Court", "Magistrates' court (Derby)", "Loughborough (Fridays)", "Leicester Crown Court
 * (PSRs on the day, Courts 2 and 4)"), perhaps a dashed lower-case part ("Derby Magistrates' Court - youth court (Courts 5 and 6)"); a sentence ("Kyle Smith was arrested") is none. */
const ROTA_HEADING = /^[ \t]*[A-Z][\w'\u2019.&-]*(?:[ \t]+(?:\(?[A-Z][\w'\u2019.&-]*\)?|of|and|the|&|court|courts|duty|cover|office|remand|list)){0,5}(?:[ \t]+[-\u2013\u2014][ \t]+[a-z][a-z'\u2019 ]{0,30}?)?(?:[ \t]+\([^()\n]{1,60}\))?[ \t]*$/;

/** The words of the year's holidays ("Boxing Day", "Christmas Eve", "New Year's Day", "Bank Holiday"). */
const HOLIDAY_WORD = /^(?:Christmas|Xmas|Boxing|New|Year|Year['\u2019]s|Eve|Day|Easter|Good|Bank|Holiday)$/;
/** A rota's remark that names no one: no capitalised word but its first, acronyms, days, months and holidays
 * ("No MARAC on 24 or 31 Dec - anything that can't wait goes to the daily risk meeting as usual."):
 * its wording is about the rota, not about anyone on the lines around it. */
function namelessRemark(line: string): boolean {
  if (line.length > 200) return false;
  const words = line.trim().split(/[^A-Za-z'\u2019]+/).filter((w) => w !== "");
  for (let i = 1; i < words.length; i++) {
    const w = words[i] as string;
    if (/^[A-Z]/.test(w) && !/^[A-Z]{2,}s?$/.test(w) && !WEEKDAY_OR_MONTH.test(w) && !HOLIDAY_WORD.test(w) && w !== "I") return false;
  }
  return words.length > 0;
}

/** A training session's lines: "Trainer: DS Karen Whiteley (Leicestershire Police)", "Delegates: …". */
const SESSION_PEOPLE_LINE = /^[ \t]*(?:trainers?|facilitators?|presenters?|delegates|participants)[ \t]*:[ \t]*(.*)$/i;
/** The bounds of the line holding `span`, when it is short (within 200 characters either side): a
 * longer line is no training list's or timetable's, and is not read to its ends. */
function shortLineAround(text: string, span: Span): { start: number; end: number } | null {
  const lo = Math.max(0, span.start - 201);
  const behind = text.slice(lo, span.start).lastIndexOf("\n");
  if (behind < 0 && lo > 0) return null;
  const ahead = text.slice(span.end, span.end + 201);
  const nlAfter = ahead.indexOf("\n");
  if (nlAfter < 0 && span.end + ahead.length < text.length) return null;
  return { start: lo + behind + 1, end: nlAfter < 0 ? text.length : span.end + nlAfter };
}

/** A trainer's label later on a line: "Trainer: …", "Trainers: …", "Facilitator: …". */
const TRAINER_LABEL = /\b(?:trainers?|facilitators?|presenters?|speakers?)[ \t]*:/i;
/** An owner of a term: "his", "her", "their", a name's possessive (not "the child's experience"). */
const OWNER_WORDS = /\b(?:his|her|their|he|she)\b|[A-Z][a-z]+['\u2019]s\b/;
/** A timetable's column of sessions ("Day | Time | Session | With"): its cells are what is taught. */
const RUN_BY_COLUMN = /^[ \t]*(?:with|who|speakers?|trainers?|leads?|led[ \t]+by|facilitators?|presenters?|tutors?)[ \t]*$/i;
const SESSION_COLUMN = /^[ \t]*(?:sessions?|topics?|titles?|courses?|modules?|agenda(?:[ \t]+items?)?|themes?|workshops?)[ \t]*$/i;
/** A session's other lines: "Venue: Room 2, Catmose Offices", "Time: 09:30–12:30". */
/** A session's trainer's line ("Trainer: DC 1187 Sam Corbridge (Derbyshire Constabulary)"). */
const TRAINER_LINE = /^[ \t]*(?:trainers?|facilitators?|presenters?)[ \t]*:/i;
const SESSION_DETAIL_LINE = /^[ \t]*(?:venue|room|location|where|time|times|date|when|cost|booking)[ \t]*:/i;
/** A session's dated title line: "Tue 1 Dec - Domestic abuse and coercive control". */
/** A programme's line: a session's label ("Morning:", "Session 2:", "10:00-11:30"), its topics, a dash, its speakers. */
const SESSION_LINE = /^[ \t]*(?:[-*\u2022\u00b7\u2013][ \t]+)?(?:morning|afternoon|am|pm|(?:session|day|part|module)[ \t]+\d{1,2}|\d{1,2}[:.]\d{2}(?:[ \t]*[-\u2013][ \t]*\d{1,2}[:.]\d{2})?)[ \t]*:?[ \t]+([^\n]{3,160}?)[ \t]+[-\u2013\u2014][ \t]+([^\n\u2013\u2014-]{1,80})$/i;
/** A session's speakers, each name written N: names, "you", "me", "us", titles, joined by commas, "and" or "&". */
const SPEAKERS_ONLY = /^(?:(?:(?:Dr|DC|DS|PC|PS|DI|Cllr|Mr|Mrs|Ms)\.?[ \t]+)?(?:N|you|me|us|myself)(?:[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+(?:and|&)[ \t]+)?)+[ \t]*$/i;
const DATED_TITLE_LINE = /^[ \t]*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?[ \t]+)?\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]{2,8}(?:[ \t]+\d{4})?[ \t]+[-\u2013\u2014][ \t]+[^\n]{3,100}$/;

/** A block of a training rota ("Tue 1 Dec - Domestic abuse and coercive control / Trainer: … /
 * Delegates: …"): its title is the session's topic, its people the trainer and the delegates. Each
 * line must be the dated title (no strong case wording: "Kyle Barnes arrested") or a trainer's or
 * delegates' line holding no case wording or role. */
function trainingSessionBlock(lines: readonly string[]): boolean {
  let people = 0;
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n] as string;
    const labelled = SESSION_PEOPLE_LINE.exec(line);
    if (labelled) {
      const value = labelled[1] as string;
      // An employer in brackets ("(Rutland Domestic Abuse Service)") is where the trainer works.
      if (hasCaseWording(value.replace(BRACKETED, " ")) || CASE_ROLE_WORD.test(value) || PERSON_LABEL.test(value.replace(BRACKETED, " "))) return false;
      people++;
    } else if (SESSION_DETAIL_LINE.test(line)) {
      if (hasCaseWording(line)) return false;
      // A course's title may name its topic ("Working with families where a parent has convictions")
      // when its trainer's line follows and it owns nothing to anyone.
    } else if (!DATED_TITLE_LINE.test(line) || (STRONG_CASE_WORDING.test(line) && !(TRAINER_LINE.test(lines[n + 1] ?? "") && !OWNER_WORDS.test(line)))) return false;
  }
  return people > 0;
}

/**
 * A sentence whose case wording says nothing about the people in it: an attendance list, or rota
 * lines (a block of them with no full stop is one sentence). Each line's task must not be a
 * person's label ("Victim: …") and its remark must hold no case wording or case role ("…, on bail").
 * In a message that says it gives a rota (`rotaMessage`), dated lines ("Tue 1 Dec – Lewis Hastings /
 * Amy Sutton") are rota lines too, and short heading lines may stand between them.
 */
export function wordingNotAboutPeople(sentence: string, rotaMessage = false): boolean {
  if (ATTENDANCE_LIST.test(sentence)) return true;
  const lines = sentence.split("\n").filter((line) => line.trim() !== "");
  if (lines.length === 0 || lines.length > MAX_ROTA_LINES) return false;
  if (trainingSessionBlock(lines)) return true;
  let items = 0;
  const allRota = lines.every((line) => {
    const trimmed = line.replace(/\s+$/, "");
    // A remark in brackets after a name says what they cover ("(remand court)"), not who they are ("(victim)").
    for (const remark of trimmed.match(BRACKETED) ?? []) if (PERSON_LABEL.test(remark) || CASE_ROLE_WORD.test(remark)) return false;
    if (rotaMessage && (DATED_ROTA_ITEM.test(trimmed) || listedRotaLine(trimmed))) return ++items > 0;
    if (rotaMessage && (ROTA_HEADING.test(trimmed) || ROTA_TITLE.test(trimmed) || DATE_HEADING.test(trimmed) || namelessRemark(trimmed))) return true;
    const rota = ROTA_ITEM.exec(trimmed);
    const remark = rota?.[2] ?? "";
    // Nor is a label that tells of a case ("for a family on my caseload: Mrs Kerys Moult, …").
    const ok = !!rota && !PERSON_LABEL.test((rota[1] as string).replace(CHILD_SERVICE, " ")) && !ON_A_CASELOAD.test(rota[1] as string) && !PERSON_LABEL.test(remark) && !CASE_ROLE_WORD.test(remark) && !hasCaseWording(remark);
    if (ok) items++;
    return ok;
  });
  return allRota && items > 0;
}

/** The new message says its case is made up ("a composite … the initials don't belong to anyone
 * real"): its special-category terms are the example's, not facts about someone. Names with case
 * wording, identifiers and dates of birth still count. */
export function saysCaseIsInvented(text: string, parts: readonly Part[]): boolean {
  let invented = false;
  for (const part of parts) {
    if (invented) break;
    if (part.message === 0 && part.kind === "text") invented = INVENTED_CASE.test(text.slice(part.start, Math.min(part.end, part.start + 20000)));
  }
  return invented;
}

/**
 * "09:45 Coercive control: the police response": a special-category term that heads a line and
 * is followed by a colon or a dash names a topic (an agenda item, a training session), unless
 * the rest of the line is about someone ("Self-harm: she cut her arm").
 */
const LINE_HEAD = /(?:^|\n)[ \t]*(?:[-*\u2022\u00b7\u2013][ \t]+|\d{1,2}[.)][ \t]+)?(?:\d{1,2}[:.]\d{2}[ \t]+)?$/;
/** Where a job given after a comma ends: a comma, a bracket, a bar or the line's end. */
const JOB_ENDS = /^[ \t]*(?:[*\u2020]+[ \t]*)?(?:[,;|()\n]|$)/;
/** A colon or a dash after the term, perhaps a few words on ("Domestic abuse perpetrators: the new pathway"). */
const TOPIC_AFTER = /^(?:[ \t]+[\w'\u2019-]+){0,3}[ \t]*[:\u2013\u2014][ \t]/;
/** A count's label about someone: a pronoun or a named relation, not "a child" counted. */
const COUNT_ABOUT_SOMEONE = /\b(?:he|she|his|her|him|them|their|mum|dad)\b/i;
const ABOUT_SOMEONE = /\b(?:he|she|they|his|her|him|them|mum|dad|mother|father|child|baby)\b/i;
function isTopicHeading(text: string, start: number, end: number): boolean {
  if (!TOPIC_AFTER.test(text.slice(end, end + 60)) || !LINE_HEAD.test(text.slice(Math.max(0, start - 24), start))) return false;
  const lineEnd = text.indexOf("\n", end);
  return !ABOUT_SOMEONE.test(text.slice(end, lineEnd < 0 ? Math.min(text.length, end + 200) : Math.min(lineEnd, end + 200)));
}

/**
 * Whether a special-category span names a job or a topic rather than a fact: "Domestic Abuse
 * Coordinator", "09:45 Coercive control: …", "research on domestic abuse", "Dev Mistry (Community
 * Mental Health Nurse, …)", a count's label. `sentence` is the span's sentence index.
 */
/** Before a service's name, the writer's team working there: "the last 16 of them with us at the
 * CMHT", "our team at the", "I work in the": a workplace, not a service someone uses. */
const OUR_WORKPLACE_BEFORE = /\b(?:with[ \t]+us|our[ \t]+(?:team|service|colleagues?)|I[ \t]+work(?:ed)?|we[ \t]+(?:work|are|were))[ \t]+(?:at|in|with|for)[ \t]+(?:the[ \t]+)?$/i;

/** Before a term: a plural group in general and what ties them to it ("men convicted of", "people
 * with a history of homelessness,", "prisoners at risk of suicide and"). No "his", "her", no name. */
const GROUP = "(?:men|women|people|adults|young[ \t]+people|children|families|parents|prisoners|offenders|survivors|victims|patients|customers|clients|service[ \t]+users|individuals)";
const GROUP_BEFORE = new RegExp(String.raw`\b(?:${GROUP}|those)[ \t]+(?:who[ \t]+(?:have|had|are|were)[ \t]+|with[ \t]+(?:a[ \t]+history[ \t]+of[ \t]+)?|at[ \t]+risk[ \t]+of[ \t]+|affected[ \t]+by[ \t]+|convicted[ \t]+of[ \t]+|recovering[ \t]+from[ \t]+|living[ \t]+with[ \t]+|experiencing[ \t]+)(?:[\w'\u2019-]+,?[ \t]+(?:and[ \t]+|or[ \t]+)?){0,4}$`, "i");

/** Before a term: anyone at all of a kind, and what they may do ("for any resident who wants to talk
 * about", "anyone who needs help with their"): an offer to all, about no one. */
const ANY_ONE_BEFORE = /\b(?:anyone|anybody|everyone|(?:any|every|each)[ \t]+(?:resident|patient|prisoner|person|parent|carer|young[ \t]+person|child|pupil|student|client|tenant|member[ \t]+of[ \t]+staff|service[ \t]+user))[ \t]+(?:who|that)[ \t]+(?:[\w'\u2019-]+,?[ \t]+){1,10}$/i;

/** Before "… services": what ties someone to them ("known to", "referred to", "discharged by",
 * "under", "his", "Kai's"). Without it, "what mental health services can learn" are services in general. */
const SERVICES_TIE_BEFORE = /\b(?:known|open|referred|referral|discharged|transferred|admitted|sectioned|involved|involvement|engag\w*|seen|assessed|treated|under|input|support|supported|care|his|her|their|[A-Z][a-z]+['\u2019]s)\b[^.\n]{0,40}$/;
/** Before an opening quote: a course, a session or a document it is the title of ("two places on
 * "Risk assessment in domestic abuse cases"", "the briefing called '…'", "the title as you
 * suggested: "The unseen baby: …""). */
const TITLED_BEFORE = /\b(?:(?:on|course|courses|training|session|sessions|workshop|webinar|module|briefing|booklet|leaflet|guide|guidance|report|called|titled|entitled)|title(?:[ \t]+[\w'\u2019-]+){0,4})[ \t]*[:,]?[ \t]*["\u201c\u2018']$/i;

/** A term inside a quoted title on its line, the title opening with a capital: what a course or a
 * document is about, no one's. */
function inQuotedTitle(text: string, span: Span): boolean {
  const from = Math.max(text.lastIndexOf("\n", span.start - 1) + 1, span.start - 100);
  const head = text.slice(from, span.start);
  const open = Math.max(head.lastIndexOf('"'), head.lastIndexOf("\u201c"), head.lastIndexOf("\u2018"));
  if (open < 0 || !/^[A-Z]/.test(head.slice(open + 1)) || !TITLED_BEFORE.test(head.slice(Math.max(0, open - 40), open + 1))) return false;
  const tail = text.slice(span.end, span.end + 100);
  const nl = tail.indexOf("\n");
  const close = /["\u201d\u2019']/.exec(nl < 0 ? tail : tail.slice(0, nl));
  return close !== null;
}

/** "every pregnant woman with a pre-birth assessment", "any autistic child": a term between a
 * word for all or any and a kind of person is said of everyone of that kind, no one in particular. */
const EVERY_BEFORE = /\b(?:every|each|any|all|no)[ \t]+$/i;
/** "to ask every mother about domestic abuse": a term asked of everyone of a kind. */
const KIND_OF_PERSON = "(?:wom[ae]n|m[ae]n|mothers?|fathers?|parents?|people|person|patients?|famil(?:y|ies)|child(?:ren)?|girls?|boys?|adults?|young[ \t]+people|pupils?|prisoners?|clients?)";
const EVERY_ONE_ABOUT_BEFORE = new RegExp(`\\b(?:every|each|any|all)[ \t]+${KIND_OF_PERSON}[ \t]+(?:about|for|on)[ \t]+$`, "i");
const KIND_OF_PERSON_AFTER = new RegExp(`^[ \t]+${KIND_OF_PERSON}\\b`, "i");

/** Before a service: guidance on when or how anyone is referred to it ("when to refer to the
 * perinatal mental health team", "how to refer families to"). */
const HOW_TO_REFER_BEFORE = /\b(?:when|how|who|where)[ \t]+to[ \t]+(?:refer|signpost)(?:[ \t]+(?:people|families|parents|children|someone|anyone))?[ \t]+to[ \t]+(?:the[ \t]+|a[ \t]+|your[ \t]+|our[ \t]+)?(?:[\w'\u2019-]+[ \t]+){0,2}$/i;
/** After "… services": what they do to someone ("are involved", "discharged him"). */
const SERVICES_ACT_AFTER = /^[ \t]+(?:(?:are|were|have|has|had)[ \t]+(?:been[ \t]+)?(?:involved|aware|supporting|working|seeing|visiting|assessed|discharged|closed|contacted|informed)|[a-z]+(?:ed|s)[ \t]+(?:him|her|them))\b/i;

/** Before a term: the part of a talk or a lesson that covers it ("I'll do the part on county lines",
 * "a session after lunch on domestic abuse", "the input on coercive control"): what is taught, about no one. */
const TALK_PART_BEFORE = /\b(?:part|parts|session|sessions|talk|bit|input|slot|section|presentation|workshop|lesson|assembly)(?:[ \t]+[\w'\u2019-]+){0,3}?[ \t]+(?:on|about|covering)[ \t]+(?:[\w'\u2019-]+,?[ \t]+(?:and|&)[ \t]+)?$/i;

/** A term that opens with what ties a group to it, and the plural group right before it. */
const GROUP_TIE_START = /^(?:convicted of|at risk of|affected by|recovering from|living with|with)\b/i;
const GROUP_WORD_BEFORE = new RegExp(String.raw`\b${GROUP}[ \t]+$`, "i");

/** Before a term: an organisation's Title-Case name (group 1), then an opening bracket. */
const ORG_THEN_BRACKET_BEFORE = /((?:[A-Z][\w&'\u2019-]*[ \t]+){0,4}[A-Z][\w&'\u2019-]*)[ \t]*\([ \t]*$/;
/** After a term: perhaps "services", then the bracket closes. */
const BRACKET_CLOSES_AFTER = /^[ \t]*(?:services?|team|support)?[ \t]*\)/i;

export function specialCategoryTopics(r: MessageReading): (span: Span, sentence: number) => boolean {
  const { text, layout, names } = r;
  // "Victim of the assault: Kerry Smith": the heading labels the name right after its colon.
  const nameRightAfter = (at: number): boolean => {
    const k = lastAtOrBefore(names.starts, at) + 1;
    return k < names.starts.length && /^[ \t]*[:\u2013\u2014][ \t]*$/.test(text.slice(at, names.starts[k] as number));
  };
  /** "Dev Mistry (Community Mental Health Nurse, Loughborough)", "Dr Sarah Finch, Consultant
   * Psychiatrist, …": a job in brackets or after a comma right after a name. After a comma the job
   * ends there ("…, Mental Health Nurse" and no "user" after it). */
  const jobAfterName = (span: Span): boolean => {
    if (!JOB_TERM.test(span.text)) return false;
    // Read within 60 characters before the term: a long line costs no more.
    const before = text.slice(Math.max(0, span.start - 60), span.start);
    const bracket = before.lastIndexOf("(");
    const comma = before.lastIndexOf(",");
    // The name is before the bracket ("Maxine Rolle (Turning Point, drug and alcohol service)") or the comma.
    const besideName = (at: number): boolean => {
      let nameEnd = Math.max(0, span.start - 60) + at;
      while (nameEnd > 0 && (text.charCodeAt(nameEnd - 1) === 0x20 || text.charCodeAt(nameEnd - 1) === 0x09)) nameEnd--;
      return names.ends.has(nameEnd) && BRACKET_JOB_BEFORE.test(text.slice(nameEnd, span.start));
    };
    if (bracket >= 0 && besideName(bracket)) return true;
    return comma > bracket && JOB_ENDS.test(text.slice(span.end, span.end + 4)) && besideName(comma);
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
    const k = lastAtOrBefore(names.starts, lineStart + line.length - 1);
    return k < 0 || (names.starts[k] as number) < lineStart;
  };
  /** "Kelly Marsh, Change Grow Live (substance misuse)": a term alone in brackets after an
   * organisation's Title-Case name (not a person's) is the field the organisation works in. */
  const orgField = (span: Span): boolean => {
    if (!BRACKET_CLOSES_AFTER.test(text.slice(span.end, span.end + 12))) return false;
    const org = ORG_THEN_BRACKET_BEFORE.exec(text.slice(Math.max(0, span.start - 60), span.start));
    if (!org) return false;
    let orgEnd = span.start - org[0].length + (org[1] as string).length;
    while (orgEnd > 0 && (text.charCodeAt(orgEnd - 1) === 0x20 || text.charCodeAt(orgEnd - 1) === 0x09)) orgEnd--;
    return !names.ends.has(orgEnd);
  };
  /** "programmes for men convicted of sexual offences", "people with a history of homelessness,
   * addiction or offending", "prisoners at risk of suicide and self-harm": a term said of a plural
   * group in general is a topic, though the sentence names the professional who works with them. */
  const ofAGroup = (span: Span): boolean =>
    (EVERY_BEFORE.test(text.slice(Math.max(0, span.start - 12), span.start)) && KIND_OF_PERSON_AFTER.test(text.slice(span.end, span.end + 20))) ||
    EVERY_ONE_ABOUT_BEFORE.test(text.slice(Math.max(0, span.start - 40), span.start)) ||
    GROUP_BEFORE.test(text.slice(Math.max(0, span.start - 90), span.start)) ||
    ANY_ONE_BEFORE.test(text.slice(Math.max(0, span.start - 120), span.start)) ||
    HOW_TO_REFER_BEFORE.test(text.slice(Math.max(0, span.start - 60), span.start)) ||
    // "supervising men convicted of sexual offences": the span starts with the tie itself.
    (GROUP_TIE_START.test(span.text) && GROUP_WORD_BEFORE.test(text.slice(Math.max(0, span.start - 30), span.start)));
  /** "mental health services" with nothing tying anyone to them: services in general. The span may
   * hold its lead-in ("known to mental health services"), so the tie is looked for in it too. */
  const servicesInGeneral = (span: Span): boolean =>
    /[ \t]services$/i.test(span.text) && !SERVICES_TIE_BEFORE.test(text.slice(Math.max(0, span.start - 40), span.end - 8)) && !SERVICES_ACT_AFTER.test(text.slice(span.end, span.end + 40));
  /** A special-category term in a sentence about research or training is a topic ("research on
   * domestic abuse"); a club's training someone goes to is none ("keep an eye on him at training"). */
  const studySentence = once((k: number) => {
    const from = layout.sentences[k] as number;
    const sentence = text.slice(from, Math.min(layout.sentenceEnd(k), from + 600));
    return STUDY_WORDS.test(sentence.replace(GOING_TO_TRAINING, " ")) || TALK_SLOT.test(sentence);
  });
  /** "Afternoon: child contact after separation, stalking and harassment - Mina and me": a
   * programme's line, a session's label, its topics owning nothing, then a dash and only its
   * speakers (names, "you", "me"). */
  const labelledSession = (span: Span): boolean => {
    const at = shortLineAround(text, span);
    if (!at) return false;
    const line = text.slice(at.start, at.end);
    const m = SESSION_LINE.exec(line);
    if (!m || OWNER_WORDS.test(m[1] as string) || STRONG_CASE_WORDING.test(line)) return false;
    // The speakers' part, each name found there written N.
    const tailStart = at.start + line.length - (m[2] as string).length;
    if (span.start >= tailStart) return false;
    let speakers = "";
    let from = tailStart;
    for (let j = lastAtOrBefore(names.starts, tailStart - 1) + 1; j < names.starts.length && (names.starts[j] as number) < at.end; j++) {
      const start = names.starts[j] as number;
      speakers += text.slice(from, start) + "N";
      from = start + (names.textAt.get(start) as string).length;
    }
    return SPEAKERS_ONLY.test(speakers + text.slice(from, at.end));
  };
  /** "Wed 9 Dec - Child sexual and criminal exploitation" above "Trainer: Dev Raval": a training session's title. */
  const sessionTitle = (span: Span): boolean => {
    const at = shortLineAround(text, span);
    if (!at || at.end >= text.length) return false;
    const line = text.slice(at.start, at.end);
    if (!DATED_TITLE_LINE.test(line) || STRONG_CASE_WORDING.test(line)) return false;
    const next = text.slice(at.end + 1, at.end + 200);
    const nl = next.indexOf("\n");
    return SESSION_PEOPLE_LINE.test(nl < 0 ? next : next.slice(0, nl));
  };
  /** A term in a timetable's Session column, its cell naming no one and owning it to no one, in a
   * table with a column for who runs each session ("Day | Time | Session | With"). */
  const sessionCell = (span: Span): boolean => {
    // A cell is read within 200 characters either side: a long line is no timetable's.
    const lo = Math.max(0, span.start - 200);
    const before = text.slice(lo, span.start);
    const from = lo + Math.max(before.lastIndexOf("\n"), before.lastIndexOf("\t"), before.lastIndexOf("|")) + 1;
    const after = text.slice(span.end, span.end + 200);
    const cut = after.search(/[\n\t|]/);
    const to = cut < 0 ? span.end + after.length : span.end + cut;
    const cell = text.slice(from, to);
    const k = lastAtOrBefore(names.starts, to - 1);
    if ((k >= 0 && (names.starts[k] as number) >= from) || ABOUT_SOMEONE.test(cell) || /[A-Za-z]['\u2019]s\b/.test(cell)) return false;
    const heading = headingRowOf(text, span.start, SESSION_COLUMN);
    return heading !== null && heading.some((c) => RUN_BY_COLUMN.test(c));
  };
  /** "- 2 Dec, 09:30–12:30 – Coercive control and the child's experience. Trainer: Annette
   * Quarmby, …": a training list's line, its title before the trainer's label, owning nothing. */
  const titleBeforeTrainer = (span: Span): boolean => {
    const at = shortLineAround(text, span);
    if (!at) return false;
    const head = text.slice(at.start, span.start);
    const tail = text.slice(span.end, at.end);
    if (!TRAINER_LABEL.test(tail) || head.length > 80 || OWNER_WORDS.test(head + text.slice(span.end, span.end + tail.search(TRAINER_LABEL)))) return false;
    const k = lastAtOrBefore(names.starts, span.start - 1);
    return k < 0 || (names.starts[k] as number) < at.start;
  };
  return (span, sentence) =>
    sessionTitle(span) ||
    labelledSession(span) ||
    titleBeforeTrainer(span) ||
    sessionCell(span) ||
    (isJobTitle(text, span.end) && !ownedBefore(text, span.start) && !OWNED_IN_SPAN.test(span.text)) || SERVICE_NAME.test(span.text) || OUR_WORKPLACE_BEFORE.test(text.slice(Math.max(0, span.start - 40), span.start)) || FACILITY_AFTER.test(text.slice(span.end, span.end + 30)) || EVENT_AFTER.test(text.slice(span.end, span.end + 80)) || (isTopicHeading(text, span.start, span.end) && !nameRightAfter(span.end)) || studySentence(sentence) || jobAfterName(span) || countLabel(span) || orgField(span) || ofAGroup(span) || servicesInGeneral(span) || TALK_PART_BEFORE.test(text.slice(Math.max(0, span.start - 60), span.start)) || inQuotedTitle(text, span) || inServiceName(text, titleCaseTail(span), span.end);
}

/** A speaker's part of an event: "I'll take the parental mental health slot", a practice day, a running order. */
const TALK_SLOT = /\b(?:the|a|my|our|your|his|her|their)[ \t]+(?:[\w'\u2019-]+[ \t]+){0,3}slot\b|\bpractice[ \t]+days?\b|\brunning[ \t]+order\b/i;

/** Training someone goes to, as to a club's ("at training", "after training", "missed training"). */
const GOING_TO_TRAINING = /\b(?:at|to|after|before|from|miss(?:es|ed)?)[ \t]+training\b/gi;

/** Where the Title-Case words closing a span begin, past its lead-in ("them for the " before
 * "Domestic Abuse" of "the Domestic Abuse Local Partnership Board"); the span's end when none. */
function titleCaseTail(span: Span): number {
  const tail = /(?:^|[ \t])((?:[A-Z][\w'\u2019-]*[ \t]+)*[A-Z][\w'\u2019-]*)$/.exec(span.text);
  return tail ? span.end - (tail[1] as string).length : span.end;
}
