/**
 * Tables pasted into mail (cells split by tabs or "|"): the heading of the column a cell sits in. A
 * running order's "Lead" column names staff; an action log's "By" or "Due" column holds deadlines,
 * not dates of birth ("Daniel Okafor<TAB>20/11/2026" under "Owner<TAB>By"); a special-category term in
 * a Lead cell names the lead's team ("Dr Rebecca Lyle, Clinical Psychologist, CAMHS Looked After
 * Children Team"), and one in a Session cell the session's title, not a fact about anyone.
 */
import type { Span } from "../detect/types";
import { lastAtOrBefore, lineStartWithin } from "./boundaries";
import { DUE_COLUMN, LEAD_COLUMN, STATUS_COLUMN } from "./caseVocabulary";
import type { MessageReading } from "./reading";

/** Cells are split by tabs (pasted from Word or Excel) or by "|" (a table typed or sent as plain text). */
const CELL_SEPARATOR = /[\t|]/;

/** The last cell separator or line break in `s`, or -1. */
function lastBreak(s: string): number {
  return Math.max(s.lastIndexOf("\t"), s.lastIndexOf("|"), s.lastIndexOf("\n"));
}

/** The first cell separator or line break in `s`, or -1. */
function firstBreak(s: string): number {
  let end = -1;
  for (const c of ["\t", "|", "\n"]) {
    const k = s.indexOf(c);
    if (k >= 0 && (end < 0 || k < end)) end = k;
  }
  return end;
}

/** How far up a table its heading row is looked for, in rows; and the longest row read. */
const MAX_TABLE_ROWS = 30;
const MAX_ROW = 400;

/**
 * Whether the cell holding offset `start` sits under a heading that `heading` matches: the same
 * column of a row above, within MAX_TABLE_ROWS rows of at least two cells. The first column
 * counts only where the caller says so (it is usually a row's label, not a cell under a heading;
 * a course list's first column is the course).
 */
export function inColumnHeaded(text: string, start: number, heading: RegExp): boolean {
  return headingRowOf(text, start, heading) !== null;
}

/** The cells of the heading row found by inColumnHeaded, or null. */
export function headingRowOf(text: string, start: number, heading: RegExp, firstColumnToo = false): string[] | null {
  const lineStart = rowStart(text, start);
  if (lineStart < 0) return null;
  const column = text.slice(lineStart, start).split(CELL_SEPARATOR).length - 1;
  if (column === 0 && !firstColumnToo) return null;
  return headingRowWhere(text, lineStart, (cells) => heading.test(cells[column] ?? ""));
}

/** The start of the row holding offset `at`, or -1 past MAX_ROW characters (a long line is no table row). */
function rowStart(text: string, at: number): number {
  const from = Math.max(0, at - MAX_ROW);
  const k = text.slice(from, at).lastIndexOf("\n");
  if (k >= 0) return from + k + 1;
  return from === 0 ? 0 : -1;
}

/** Whether the span fills its cell alone (separators, a line's ends or spaces around it). */
function fillsCell(text: string, span: Span): boolean {
  const [from, to] = cellAround(text, span.start);
  return text.slice(from, span.start).trim() === "" && text.slice(span.end, Math.max(span.end, to)).trim() === "";
}

/** Whether a name fills its cell, but for a short note in brackets after it ("Priyanka Desai (me)", "Marta Zielinska (wife)"). */
function nameFillsCell(text: string, span: Span): boolean {
  const [from, to] = cellAround(text, span.start);
  return text.slice(from, span.start).trim() === "" && NAME_NOTE.test(text.slice(span.end, Math.max(span.end, to)));
}
/** Nothing, or a few lower-case words in brackets. */
const NAME_NOTE = /^[ \t]*(?:\([a-z]+(?:[ \t-][a-z]+){0,2}\)[ \t]*)?$/;

/**
 * Dates taken for dates of birth that are an action log's deadlines: alone in their cell, under a
 * "By", "Due", "Deadline" or "Target date" heading. A birth cue in the cell ("DOB 12/03/1985") or
 * a "DOB" column keeps it a date of birth. Flagged by span index.
 */
export function deadlinesInTables(r: MessageReading): Uint8Array {
  const { text, spans } = r;
  const out = new Uint8Array(spans.length);
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i] as Span;
    if (span.kind === "date-of-birth" && r.places.asText[i] && fillsCell(text, span) && inColumnHeaded(text, span.start, DUE_COLUMN)) out[i] = 1;
  }
  return out;
}

/**
 * Names that are a row's rating, not a person: a word alone in its cell under a "RAG" or "Status"
 * heading ("Amber"). Flagged by span index.
 */
export function ratingsInTables(r: MessageReading): Uint8Array {
  const { text, spans } = r;
  const out = new Uint8Array(spans.length);
  for (const i of r.textNames) {
    const span = spans[i] as Span;
    if (!/\s/.test(span.text.trim()) && fillsCell(text, span) && inColumnHeaded(text, span.start, STATUS_COLUMN)) out[i] = 1;
  }
  return out;
}

/** A running order's column heading for what each row is: "Session", "Title", "Topic". */
const SESSION_COLUMN = /^[ \t]*(?:sessions?|session[ \t]+title|title|topic|theme|workshop|agenda[ \t]+item|item)[ \t]*$/i;
/** A course list's heading for what each row is, and for when it runs ("Course | Date | Where | Places"). */
const COURSE_COLUMN = /^[ \t]*(?:courses?|course[ \t]+(?:title|overdue|due|booked|name)|training(?:[ \t]+(?:overdue|due|needed|booked))?|module)[ \t]*$/i;
const WHEN_COLUMN = /^[ \t]*(?:(?:preferred|proposed|requested|course|start)[ \t]+)?(?:dates?|when|day|due(?:[ \t]+(?:by|date))?)[ \t]*$/i;
/** "the child's lived experience", "children's social care" in a title: anyone's, no one in particular. */
const ANYONES = /\bthe[ \t]+[a-z]+['\u2019]s\b|\b(?:children|adults)['\u2019]s\b/gi;
/** In a session's cell, someone the term may be about: a pronoun or a possessive ("his self-harm", "Lee's"). */
const SOMEONE_IN_CELL = /\b(?:he|she|him|his|her|hers|they|them|their)\b|\w['\u2019]s\b/i;

/** The cell holding offset `at`: from the separator or line start before it to the separator or line end after it. */
function cellAround(text: string, at: number): [number, number] {
  const before = text.slice(Math.max(0, at - MAX_ROW), at);
  const from = at - before.length + lastBreak(before) + 1;
  const after = text.slice(at, at + MAX_ROW);
  const end = firstBreak(after);
  return [from, end < 0 ? at + after.length : at + end];
}

/**
 * Whether a term is a session's title in a running order ("10:45<TAB>Panel: Child criminal exploitation
 * and county lines<TAB>DI Ravinder Sahota, …"): its cell sits under a "Session" heading in a row of
 * headings that also names a column for who leads ("Speaker"), and the cell names no one and owns
 * the term to no one (no name found, no "his", no "Lee's").
 */
function inSessionTitle(r: MessageReading, span: Span): boolean {
  const heading = headingRowOf(r.text, span.start, SESSION_COLUMN);
  const course = headingRowOf(r.text, span.start, COURSE_COLUMN, true);
  const timed = timedTitleAndSpeaker(r.text, span.start);
  const dueItem = dueItemMiddle(r.text, span.start) ?? (timed && span.start >= timed[0] && span.start < timed[1] ? ([timed[0], timed[1]] as [number, number]) : undefined);
  if (!(heading && heading.some((cell) => LEAD_COLUMN.test(cell))) && !(course && course.some((cell) => WHEN_COLUMN.test(cell))) && !inTimedMiddleCell(r.text, span.start) && !dueItem) return false;
  const [from, to] = dueItem ?? cellAround(r.text, span.start);
  const firstName = r.names.starts[lastAtOrBefore(r.names.starts, from - 1) + 1];
  return (firstName === undefined || firstName >= to) && !SOMEONE_IN_CELL.test(r.text.slice(from, to).replace(ANYONES, " "));
}

/** A running order's row with no heading row: a time first ("18:40", "09:30-10:15"), then cells. */
const TIMED_ROW = /^[ \t]*\d{1,2}[:.]\d{2}(?:[ \t]*[-\u2013][ \t]*\d{1,2}[:.]\d{2})?[ \t]*[\t|]/;

/** Whether offset `at` sits in a middle cell of a timed row of three cells or more ("18:40<TAB>Online
 * grooming and sextortion: what parents need to know<TAB>PC Dale Whitmore"): a session's title. */
function inTimedMiddleCell(text: string, at: number): boolean {
  const start = rowStart(text, at);
  if (start < 0) return false;
  const lineEnd = text.indexOf("\n", at);
  const row = text.slice(start, lineEnd < 0 ? Math.min(text.length, start + MAX_ROW) : Math.min(lineEnd, start + MAX_ROW));
  if (!TIMED_ROW.test(row)) return false;
  const column = text.slice(start, at).split(CELL_SEPARATOR).length - 1;
  const cells = row.split(CELL_SEPARATOR).length;
  return cells >= 3 && column > 0 && column < cells - 1;
}

/** A list's line of three parts split by dashes, the last a due date: "- Faisal Rahman – Domestic
 * abuse and coercive control – due 08/01/2027", "… – overdue (was due at the end of October)".
 * Group 1: the middle part. */
const DUE_ITEM = /^[ \t]*(?:[-*\u2022\u00b7][ \t]+)?[^\n\u2013\u2014]{1,60}?[ \t][-\u2013\u2014][ \t]+([^\n\u2013\u2014]{1,120}?)[ \t]+[-\u2013\u2014][ \t]+(?:(?:due|by|deadline|expires|expired|overdue|booked)(?:[ \t]+(?:by|on|since))?[ \t:]*\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|overdue|expired)(?:[ \t]*\([^()\n]{0,60}\))?[ \t]*$/i;

/** Whether offset `at` sits in such a line's middle part, or in a running order's session title
 * (timedTitleAndSpeaker): a course's or a session's title, no one's case. */
export function inDueItemTitle(text: string, at: number): boolean {
  if (dueItemMiddle(text, at) !== undefined) return true;
  const parts = timedTitleAndSpeaker(text, at);
  return !!parts && at >= parts[0] && at < parts[1];
}

/** The line holding offset `at` (its start, and its text up to MAX_ROW characters), or no text
 * when `at` lies further into its line than a row is read. */
function lineAround(text: string, at: number): [number, string | undefined] {
  // Read within a row's length: a long text is not scanned to its ends per term.
  const start = lineStartWithin(text, at, MAX_ROW);
  if (start < 0) return [at, undefined];
  const lineBreak = text.slice(at, start + MAX_ROW).indexOf("\n");
  return [start, text.slice(start, lineBreak >= 0 ? at + lineBreak : Math.min(text.length, start + MAX_ROW))];
}

/** A running order's line in plain text: a time, a session's title, its speaker in brackets ("10:45
 * Domestic abuse and child contact: what prisons need from children's social care (Hollie
 * Prendergast)"). Group 1: the title; group 2: the speaker. */
const TIMED_LINE = /^[ \t]*(?:[-*\u2022][ \t]+)?\d{1,2}[:.]\d{2}(?:[ \t]*(?:[-\u2013]|to)[ \t]*\d{1,2}[:.]\d{2})?[ \t]*[-\u2013:]?[ \t]+([^\n()\t|]{3,160}?)[ \t]*\(([^()\n\t|]{3,60})\)[ \t]*$/;

/** The bounds of the title and of the speaker on such a line around `at`: [titleFrom, titleTo, speakerFrom, speakerTo]. */
export function timedTitleAndSpeaker(text: string, at: number): [number, number, number, number] | undefined {
  const [start, line] = lineAround(text, at);
  const m = line === undefined ? null : TIMED_LINE.exec(line);
  if (!m || line === undefined) return undefined;
  const speakerTo = start + line.lastIndexOf(")");
  const speakerFrom = speakerTo - (m[2] as string).length;
  const titleTo = start + line.lastIndexOf("(", speakerFrom - start);
  const title = (m[1] as string).length;
  const titleFrom = start + line.lastIndexOf(m[1] as string, titleTo - start);
  return titleFrom >= start && title > 0 ? [titleFrom, titleTo, speakerFrom, speakerTo] : undefined;
}

/** The bounds of the middle part around `at` in such a line (a course's title), or undefined. */
function dueItemMiddle(text: string, at: number): [number, number] | undefined {
  const [start, line] = lineAround(text, at);
  const m = line === undefined ? null : DUE_ITEM.exec(line);
  if (!m) return undefined;
  const middle = m[1] as string;
  // Group 1 ends where the last dash's gap starts: find it from the end of the match.
  const to = start + m[0].search(/[ \t]+[-\u2013\u2014][ \t]+(?:due|by|deadline|expires|expired|overdue|booked)\b[^\n]*$/i);
  const from = to - middle.length;
  return at >= from && at < to ? [from, to] : undefined;
}

/** A table's column heading for each person's job: the table lists staff ("Name | Job title | Team"). */
const JOB_COLUMN = /^[ \t]*(?:job[ \t]+title|job|role|post|position|designation|grade)[ \t]*$/i;

/**
 * Names of staff in a table of staff: alone in their cell, in a table whose heading row (within
 * MAX_TABLE_ROWS rows above) has a job column ("Name<TAB>Job title<TAB>Team<TAB>Parking"), in a
 * column that is not the job's. Flagged by span index.
 */
export function namesInStaffTables(r: MessageReading): Uint8Array {
  const out = namesWhereHeading(r, (cells, column) => cells.some((cell) => JOB_COLUMN.test(cell)) && !JOB_COLUMN.test(cells[column] ?? ""));
  // A row whose "Role" is a case's ("Mother", "Subject child, DOB …", "Father (bail conditions …)")
  // lists the family at a conference, not staff.
  for (const i of r.textNames) {
    if (!out[i]) continue;
    const start = rowStart(r.text, (r.spans[i] as Span).start);
    const end = r.text.indexOf("\n", start);
    const row = r.text.slice(start, end < 0 ? Math.min(r.text.length, start + MAX_ROW) : Math.min(end, start + MAX_ROW));
    // "Heather Coutts (mum)" under "Emergency contact": the staff member's own mother.
    const own = headingRowWhere(r.text, start, (cells) => cells.some((cell) => CONTACT_COLUMN.test(cell))) !== null ? row.replace(RELATION_IN_BRACKETS, " ") : row;
    if (CASE_ROLE_IN_ROW.test(own)) out[i] = 0;
  }
  return out;
}

/** Names in a staff table's emergency-contact column ("Marta Zielinska (wife)" beside "Tomasz
 * Zielinski ⇥ Social Worker"): a staff member's own people, whatever else the row tells of them. */
export function namesInContactColumns(r: MessageReading): Uint8Array {
  return namesWhereHeading(r, (cells, column) => CONTACT_COLUMN.test(cells[column] ?? "") && cells.some((cell) => JOB_COLUMN.test(cell)));
}

/** Whether offset `at` sits under an emergency-contact or next-of-kin column ("Jo Kelsall, 07700 900721"). */
export function inContactColumn(text: string, at: number): boolean {
  return headingRowOf(text, at, CONTACT_COLUMN) !== null;
}

/** A staff table's column for each person's own emergency contact or next of kin. */
const CONTACT_COLUMN = /^[ \t]*(?:emergency[ \t]+contact|next[ \t]+of[ \t]+kin|NOK)(?:[ \t]+(?:name|details|and[ \t]+relationship))?[ \t]*$/i;
/** A relation in brackets after an emergency contact's name ("(mum)", "(husband)"). */
const RELATION_IN_BRACKETS = /\((?:mum|mother|dad|father|husband|wife|partner|son|daughter|brother|sister|parent|grand\w+|step-?\w+|aunt|uncle|cousin|fianc\u00e9e?|civil[ \t]+partner)\)/gi;

/** A case role in a row of a list of people: a parent, a child, a victim, bail, a licence ("Peer mentor – on licence till March"). */
const CASE_ROLE_IN_ROW = /\b(?:mother|father|mum|dad|parent|step-?\w+|grand\w+|child|son|daughter|sibling|brother|sister|victim|perpetrator|defendant|suspect|offender|subject|partner|ex-partner|carer|bail|care[ \t]+leaver|young[ \t]+person|client|service[ \t]+user|looked[ \t]+after|on[ \t]+licence|on[ \t]+tag|recalled)\b/i;

/** Whether offset `at` sits in the row of a name namesInStaffTables flags: a staff member's own
 * details on a list of staff ("Naomi Fairbrother ⇥ Family Support Worker ⇥ 14/03/1989 ⇥ …" for a
 * course's certificates). */
export function staffTableRows(r: MessageReading, inStaffTable: Uint8Array): (at: number) => boolean {
  const rows = new Set<number>();
  for (const i of r.textNames) if (inStaffTable[i]) rows.add(rowStart(r.text, (r.spans[i] as Span).start));
  rows.delete(-1);
  return (at) => rows.size > 0 && rows.has(rowStart(r.text, at));
}

/** Per name alone in its table cell: whether a heading row above it passes `test` (given the name's column). */
function namesWhereHeading(r: MessageReading, test: (cells: string[], column: number) => boolean): Uint8Array {
  const { text, spans } = r;
  const out = new Uint8Array(spans.length);
  for (const i of r.textNames) {
    const span = spans[i] as Span;
    if (!nameFillsCell(text, span)) continue;
    const start = rowStart(text, span.start);
    if (start < 0) continue;
    const column = text.slice(start, span.start).split(CELL_SEPARATOR).length - 1;
    if (headingRowWhere(text, start, (cells) => test(cells, column)) !== null) out[i] = 1;
  }
  return out;
}

/** The nearest row above the row starting at `lineStart` (within MAX_TABLE_ROWS rows of two cells or more) whose cells pass `test`. */
function headingRowWhere(text: string, lineStart: number, test: (cells: string[]) => boolean): string[] | null {
  let end = lineStart - 1;
  for (let row = 0; row < MAX_TABLE_ROWS && end > 0; row++) {
    const from = rowStart(text, end);
    if (from < 0) return null;
    const cells = text.slice(from, end).split(CELL_SEPARATOR);
    if (cells.length < 2) return null;
    if (test(cells)) return cells;
    end = from - 1;
  }
  return null;
}

/**
 * Names alone in their cell under a column heading that says whose case it is ("Victim<TAB>
 * Perpetrator", "Child's name<TAB>DOB"): each row is its own sentence, so the heading is the names'
 * case context. Any column, the first included. Flagged by span index.
 */
export function namesUnderCasePersonHeadings(r: MessageReading, heading: RegExp): Uint8Array {
  return namesWhereHeading(r, (cells, column) => heading.test(cells[column] ?? ""));
}

/** Special-category terms in a running order: in its Lead column, the lead's job or team; in its
 * Session column, the session's title (tuning21). Flagged by span index. */
export function termsInLeadCells(r: MessageReading): Uint8Array {
  const { text, spans } = r;
  const out = new Uint8Array(spans.length);
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i] as Span;
    if (span.kind === "special-category" && r.places.asText[i] && (inColumnHeaded(text, span.start, LEAD_COLUMN) || inSessionTitle(r, span))) out[i] = 1;
  }
  return out;
}
