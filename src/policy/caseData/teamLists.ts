/**
 * Lists of people the writer puts themselves on: the team's choices, a rota, who is coming, whose
 * diary is full. The others on such a list are colleagues, as the writer is; what the message says
 * of them ("Lee … will be a bit late as he's in court", "Kirsty is 7 months pregnant") is staff
 * news unless it states a fact (an identifier, a date of birth). Two shapes:
 * - a line of names with the writer's among them ("Turkey (9): Marcia, Ravi, Nathan, Lee, …,
 *   Sandeep, …" from Sandeep Kaur); not "me" ("Going: me, Kyle, Tia and Jordan" is a youth
 *   worker's trip with the young people);
 * - items of a bulleted or numbered list, one of them the writer's ("6. Gareth Pearce (me)",
 *   "- Dave and I are on duty Thursday", "- I've had a hip replacement");
 * - names one a line, the writer's among them ("Kemi Adeyemi / DS Nathan Okafor (me)").
 * A list naming a case role ("Children: …", "Kerry Jones (mum)") is not read so.
 */
import type { Part } from "../anatomy";
import type { Span } from "../detect/types";
import { CASE_ROLE_WORD, PERSON_LABEL, STAFF_AT_CASE_MEETING, STAFF_RUNNING_CASEWORK } from "./caseVocabulary";
import { lineEndWithin, lineStartWithin } from "./boundaries";
import { isTextPart } from "./messageParts";
import { STRONG_CASE_WORDING } from "./pronouns";
import type { MessageReading } from "./reading";

/** Between two names of one line's list: a comma or "and"/"&", perhaps after an aside ("Jan (my wife), "). */
const LIST_GAP = /^(?:[ \t]*\([^()\n]{0,40}\))?[ \t]*(?:,|,?[ \t]+(?:and|&))[ \t]*$/;
/** The fewest names a line's list needs besides the writer ("Nathan, Kyle's tested positive" is
 * a reader called, then someone told of). */
const MIN_OTHERS = 3;
/** People a case concerns, on the list's line ("three young people and one worker"). */
const CASE_PEOPLE = /\b(?:young[ \t]+(?:people|persons?)|children|kids|pupils|residents|clients|service[ \t]+users|lads|boys|girls|famil(?:y|ies)|tenants|patients)\b/i;

/** How much of each text part is read for strong case wording (past it, no list is read: fail closed). */
const MAX_PART = 20000;

/** A list item's start: a number, a bullet or a dash, then the name. */
const ITEM_START = /(?:^|\n)[ \t]*(?:\d{1,2}[.)]|[-*\u2022\u00b7])[ \t]+$/;
/** A line that is a list item ("3. …", "- …"). */
const ITEM_LINE = /^[ \t]*(?:\d{1,2}[.)]|[-*\u2022\u00b7])[ \t]/;
/** An item that is the writer's own: "- I've had a hip replacement", "- Me: …". */
const WRITERS_ITEM = /^[ \t]*(?:\d{1,2}[.)]|[-*\u2022\u00b7])[ \t]+(?:I(?:['\u2019](?:ve|m|d|ll))?|me|myself)\b/i;
/** After an item's name, the writer beside it: "(me)", "and I", "or me". */
const WRITER_AFTER_NAME = /^[ \t]*\((?:me|myself)\)|^[ \t]+(?:and|or|&)[ \t]+(?:I|me)\b/i;
const EMERGENCY_CONTACT = /\b(?:emergency|next[ \t]+of[ \t]+kin)[ \t]+contacts?\b.*$/i;
/** A person a case concerns, as a list item names one ("Kerry Jones (mum)"). */
const CASE_ITEM = /\b(?:mum|dad|mother|father|child|son|daughter|baby|client|victim|perpetrator|offender|carer|grandparent|nan|sibling)\b/i;

/** Whether the line at `at` names a case role ("Children: …", "Dad, Luis, …"). */
function caseLine(text: string, at: number): boolean {
  const start = text.lastIndexOf("\n", at - 1) + 1;
  let end = text.indexOf("\n", at);
  if (end < 0) end = text.length;
  const line = text.slice(start, end);
  return PERSON_LABEL.test(line) || CASE_ROLE_WORD.test(line) || CASE_PEOPLE.test(line);
}

/** Per span: a name on a line's list the writer is on. */
function onLineLists(r: MessageReading, out: Uint8Array): void {
  const { text, spans } = r;
  let run: number[] = [];
  let writers = 0;
  const close = (): void => {
    if (run.length > 0) {
      const first = spans[run[0] as number] as Span;
      if (writers > 0 && run.length - writers >= MIN_OTHERS && !caseLine(text, first.start)) for (const i of run) out[i] = 1;
    }
    run = [];
    writers = 0;
  };
  for (const i of r.textNames) {
    const span = spans[i] as Span;
    const prev = run.length > 0 ? (spans[run[run.length - 1] as number] as Span) : undefined;
    if (prev && !LIST_GAP.test(text.slice(prev.end, span.start))) close();
    run.push(i);
    if (r.isStaffPerson(span.text)) writers++;
  }
  close();
}

/** The item lines from `from` (an item's line end) while they last: the writer's among them? */
function writersItemFollows(text: string, from: number): boolean {
  let at = from;
  for (let n = 0; n < 40 && at < text.length; n++) {
    const end = text.indexOf("\n", at + 1);
    const line = text.slice(at + 1, end < 0 ? text.length : end);
    if (!ITEM_LINE.test(line)) return false;
    if (WRITERS_ITEM.test(line)) return true;
    if (end < 0) return false;
    at = end;
  }
  return false;
}

/** Per span: a name on a bulleted or numbered list one of whose items is the writer's. */
function onItemLists(r: MessageReading, out: Uint8Array): void {
  const { text, spans } = r;
  const items: number[] = [];
  let withMe = false;
  let caseItem = false;
  let blockEnd = -1;
  const close = (): void => {
    if (blockEnd >= 0 && writersItemFollows(text, blockEnd)) withMe = true;
    if (withMe && !caseItem) for (const i of items) out[i] = 1;
    items.length = 0;
    withMe = caseItem = false;
  };
  for (const i of r.textNames) {
    const span = spans[i] as Span;
    if (!ITEM_START.test(text.slice(Math.max(0, span.start - 12), span.start))) continue;
    const lineStart = text.lastIndexOf("\n", span.start - 1) + 1;
    // A blank line (or any line that is no item) between two items ends the list.
    if (blockEnd >= 0) {
      const gap = text.slice(blockEnd, lineStart).split("\n").slice(1, -1);
      if (!gap.every((line) => ITEM_LINE.test(line))) close();
      else if (gap.some((line) => WRITERS_ITEM.test(line))) withMe = true;
    }
    let lineEnd = text.indexOf("\n", span.end);
    if (lineEnd < 0) lineEnd = text.length;
    const rest = text.slice(span.end, lineEnd);
    items.push(i);
    if (WRITER_AFTER_NAME.test(rest) || r.isStaffPerson(span.text)) withMe = true;
    // A relation given as someone's emergency contact ("- emergency contact Ama Asante (wife)") is theirs, no case role.
    if (CASE_ITEM.test(rest.replace(EMERGENCY_CONTACT, " "))) caseItem = true;
    blockEnd = lineEnd;
  }
  close();
}

/** A line holding a name alone, perhaps with a bracketed aside ("DC Rob Foster (he'll answer to
 * Fozzy)", "DS Nathan Okafor (me)") or a short remark after a dash ("Sue Birch - M", a T-shirt
 * size, "Ben Adewale - arriving late, he's at a MARAC in the morning"; not a case role: "Kerry Jones - mum"). */
const ALONE_AFTER_NAME = /^[ \t]*(?:\([^()\n]{0,80}\))?[ \t]*(?:[-\u2013\u2014:][ \t]+[^\n]{1,80})?$/;
/** The fewest lines a list of names one a line needs. */
const MIN_NAME_LINES = 3;
/** Before a name on such a line, a label of where or what they cover ("Derby Crown Court: ",
 * "Team manager: ", "Youth court: "): Title-case words, perhaps an aside in brackets, a colon. */
const MAX_LABEL = 60;
const CONTACT_LABEL = /^[ \t]*[A-Z][\w'\u2019&-]*(?:[ \t]+[\w'\u2019&-]+){0,5}(?:[ \t]+\([^()\n]{1,30}\))?[ \t]*:[ \t]+$/;
/** How far after a name its line is read for the rest ("(me)", "- 0115 496 0427"). */
const MAX_AFTER_NAME = 200;

/** Per span: a name on a list of names one a line, the writer's among them ("…\nKemi Adeyemi\nDS
 * Nathan Okafor (me)" on a rooming list from nathan.okafor@…). */
function onNameLines(r: MessageReading, out: Uint8Array): void {
  const { text, spans } = r;
  let run: number[] = [];
  let withMe = false;
  let lastLineEnd = -1;
  const close = (): void => {
    if (withMe && run.length >= MIN_NAME_LINES && !caseLine(text, (spans[run[0] as number] as Span).start)) for (const i of run) out[i] = 1;
    run = [];
    withMe = false;
  };
  for (const i of r.textNames) {
    const span = spans[i] as Span;
    // Read within a line's length either side: a long text is not scanned per name.
    const lineStart = lineStartWithin(text, span.start, MAX_LABEL + 2);
    const lineEnd = lineEndWithin(text, span.end, MAX_AFTER_NAME);
    if (lineStart < 0 || lineEnd < 0) continue;
    const rest = text.slice(span.end, lineEnd);
    const lead = text.slice(lineStart, span.start);
    // Alone on its line, or after a label that names no case role ("Derby Crown Court: Marek Nowicki - 0115 …").
    if ((lead.trim() !== "" && !(CONTACT_LABEL.test(lead) && !CASE_ITEM.test(lead) && !PERSON_LABEL.test(lead) && !CASE_ROLE_WORD.test(lead))) || !ALONE_AFTER_NAME.test(rest) || CASE_ITEM.test(rest)) continue;
    if (lastLineEnd < 0 || lineStart !== lastLineEnd + 1) close();
    run.push(i);
    if (WRITER_AFTER_NAME.test(rest) || r.isStaffPerson(span.text)) withMe = true;
    lastLineEnd = lineEnd;
  }
  close();
}

/** A rota's line: a day or a date, perhaps a shift, then a colon, then who ("Thu 24 Dec - nights:
 * Abbas Rahimi (was Kelly Moran)", "Mon 7th: Jo / Sam", "12/12 earlies: me and Dev"). */
const ROTA_LINE = /^[ \t]*(?:[-*\u2022][ \t]+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?(?:[ \t]+[A-Za-z]{3,9})?|\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?)\b[^:\n]{0,30}:[ \t]/i;
/** The writer on a rota's line: "me", "myself", "I'll". */
const WRITER_ON_LINE = /\b(?:me|myself)\b|\bI(?:['\u2019]ll|[ \t]+will|['\u2019]m|[ \t]+am)\b/;
/** The fewest lines a rota needs. */
const MIN_ROTA_LINES = 3;

/** Per span: a name on a rota's lines, one line the writer's ("Thu 31 Dec - nights: me instead of
 * Lucy Tran"): the others on the rota are colleagues. */
function onRotaLines(r: MessageReading, out: Uint8Array): void {
  const { text, spans } = r;
  let run: number[] = [];
  let lines = 0;
  let withMe = false;
  let caseRota = false;
  let lastLineEnd = -2;
  const close = (): void => {
    if (withMe && !caseRota && lines >= MIN_ROTA_LINES) for (const i of run) out[i] = 1;
    run = [];
    lines = 0;
    withMe = caseRota = false;
  };
  const names = r.textNames;
  let j = 0;
  for (let at = 0; at < text.length; ) {
    let end = text.indexOf("\n", at);
    if (end < 0) end = text.length;
    while (j < names.length && (spans[names[j] as number] as Span).start < at) j++;
    const line = text.slice(at, Math.min(end, at + 300));
    if (ROTA_LINE.test(line)) {
      if (at !== lastLineEnd + 1) close();
      lines++;
      if (WRITER_ON_LINE.test(line.slice(line.indexOf(":")))) withMe = true;
      if (CASE_ITEM.test(line) || CASE_PEOPLE.test(line)) caseRota = true;
      for (; j < names.length && (spans[names[j] as number] as Span).start < end; j++) run.push(names[j] as number);
      lastLineEnd = end;
    }
    at = end + 1;
  }
  close();
}

/** Per span: a name on a list the writer (or a recipient, or a quoted message's staff writer) is
 * on; none where the message's text tells of a case in strong words ("Kyle's on a tag with a 7pm
 * curfew"): a worker's list of the young people they take out has the worker on it too. */
export function listedWithTheWriter(r: MessageReading, parts: readonly Part[]): Uint8Array {
  const out = new Uint8Array(r.spans.length);
  if (parts.some((p) => isTextPart(p) && (p.end - p.start > MAX_PART || STRONG_CASE_WORDING.test(r.text.slice(p.start, p.end).replace(STAFF_RUNNING_CASEWORK, " ").replace(STAFF_AT_CASE_MEETING, " "))))) return out;
  onLineLists(r, out);
  onItemLists(r, out);
  onNameLines(r, out);
  onRotaLines(r, out);
  return out;
}
