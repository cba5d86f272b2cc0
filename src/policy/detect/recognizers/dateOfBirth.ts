/**
 * Dates of birth: a full date (with a year) that the words before it mark as a birth date
 * (DOB, d.o.b., date of birth, born, b., aged 5; or "(DOB)", "(aged 38)" after it), or that sits
 * right after a person's name ("Amelia Edwards (2020-02-02)", "Kwame Kaur, 1994-11-17"), or that a
 * table's "DOB" column holds. Meeting, leave and court dates
 * are not dates of birth: a name followed by "on 01/06/2026", or an event word before the name,
 * does not count. The span is the date alone, as the corpus labels it.
 */
import type { Candidate, Recognizer } from "../types";
import { findDates } from "./dateOfBirthScan";

/** Birth cue touching the date, within the same line: "DOB: ", "(d.o.b ", "born on (the) ", "b. ". */
const BIRTH_CUE =
  /(?:\bd\.? ?o\.? ?b\.?|\bdate of birth|\bbirth ?date|\bborn(?: (?:in|at) [a-z' ]{1,30}?)?(?: on(?: the)?)?|(?:^|[^a-z])b\.|\bbirthday(?: is)?|\baged \d{1,3}(?: years)?|\bage)\s*(?:is|was|[:=\-–(,/])?\s*(?:[:(]\s*)?$/i;

/** Birth cue or age right after the date: "12/03/1985 (DOB)", "12/03/1985 (aged 38)". */
const BIRTH_CUE_AFTER = /^\s*(?:[(\-–,|]\s*)?(?:d\.? ?o\.? ?b\b|date of birth|born\b|age[ds]?\s*\d{1,3}\b|\d{1,3}\s*(?:yrs|years|y\/o|yo)\b|\d{1,3}\s*\))/i;

/** Words that make a date next to a name an event date, not a birth date. */
const EVENT_CUE =
  /\b(?:meeting|conference|visit|leave|appointment|hearing|court|review|panel|invite|session|training|deadline|due|until|sentenced|convicted|released|arrested|recalled|discharged|moved|started|ended)\b/i;

const WINDOW = 40;

/** A form's label alone on the line before the date ("Date of birth\n\n07/12/1983", "DOB\n07/12/1983"):
 * a table pasted from Word or read from HTML puts the label and the value on lines of their own. */
const LABEL_LINE_BEFORE = /(?:^|\n)[ \t]*(?:d\.? ?o\.? ?b\.?|date of birth|birth ?date)[ \t]*:?[ \t]*(?:\r?\n[ \t]*){1,3}$/i;

/** A table's column heading for dates of birth ("DOB", "Date of birth"), alone in its cell. */
const DOB_HEADING = /^[ \t]*(?:d\.? ?o\.? ?b\.?|date of birth|birth ?date)[ \t]*$/i;
/** Rows looked up for a heading, and the longest row read (a table is short; past these, no). */
const MAX_ROWS_UP = 30;
const MAX_ROW = 600;

/**
 * The headings above the date at `start` when it sits in a table's cell (cells split by tabs or
 * bars): its column's cell in each of a few rows up, nearest first, up to the first row that is no
 * table row. Empty when the date is in no table. Each line is read within MAX_ROW characters, so a
 * long text is not scanned per date.
 */
function cellsAbove(text: string, start: number): string[] {
  const window = text.slice(Math.max(0, start - MAX_ROW - 1), start);
  const breakAt = window.lastIndexOf("\n");
  if (breakAt < 0 && start > window.length) return [];
  const before = window.slice(breakAt + 1);
  const from = start - before.length;
  const column = before.split(/[\t|]/).length - 1;
  if (column === 0 && !/[\t|]/.test(text.slice(start, start + MAX_ROW).split("\n")[0] as string)) return [];
  const above: string[] = [];
  let lineEnd = from - 1;
  for (let n = 0; n < MAX_ROWS_UP && lineEnd > 0; n++) {
    const line = text.slice(Math.max(0, lineEnd - MAX_ROW - 1), lineEnd);
    const lineBreak = line.lastIndexOf("\n");
    if (lineBreak < 0 && lineEnd > line.length) break;
    const cells = line.slice(lineBreak + 1).split(/[\t|]/);
    if (cells.length < 2) break;
    above.push(cells[column] ?? "");
    lineEnd = lineEnd - line.length + lineBreak;
  }
  return above;
}

/** Whether the date sits under a "DOB" heading in the same column, a few rows up ("Case ⇥
 * Initials ⇥ DOB ⇥ Issues" over "A ⇥ J.P. ⇥ 03/05/2008 ⇥ …"). */
function underDobHeading(above: readonly string[]): boolean {
  return above.some((cell) => DOB_HEADING.test(cell));
}

/** A column heading for another kind of date: "Date", "Due", "By", "When", "Visit date", "Review". */
const OTHER_DATE_HEADING = /\b(?:date|dates|due|deadline|by|when|time|start|starts|end|ends|from|until|meeting|visit|review|appointment|session|booked|held|completed|sent|received|expiry|expires|renewal|target)\b/i;

/** Whether the date's column is headed for another kind of date ("Name ⇥ Date ⇥ Room" over "Jo ⇥
 * 03/05/2026 ⇥ 2"): the table's top row's cell, words without digits naming a date that is no
 * birth. A heading that names no date ("Details", "Notes") says nothing, so the date after a name
 * stays a date of birth. */
function underOtherHeading(above: readonly string[]): boolean {
  const top = (above[above.length - 1] ?? "").trim();
  return above.length > 0 && /^[A-Za-z][A-Za-z .'\u2019/()-]{0,40}$/.test(top) && OTHER_DATE_HEADING.test(top) && !DOB_HEADING.test(top) && !/\b(?:birth|born|d\.?o\.?b|age)\b/i.test(top);
}

/** A date marked by a birth cue has confidence 0.95; one found only after a name, less. */
const CUED = 0.95;
const AFTER_NAME = 0.8;
/** Below this, a date of birth was found from the name before it alone (see detect's `today`). */
export const NAME_DATE_CONFIDENCE_CEILING = CUED;

function lineStart(text: string, from: number, limit: number): number {
  let i = from;
  while (i > limit && text.charCodeAt(i - 1) !== 0x0a && text.charCodeAt(i - 1) !== 0x0d) i--;
  return i;
}

/** The person-name that ends just before `start`, separated only by "(", ",", ":" or a dash. */
function nameBefore(text: string, start: number, nameEnds: Map<number, Candidate>): Candidate | undefined {
  let i = start;
  for (let n = 0; n < 5 && i > 0; n++) {
    const found = nameEnds.get(i);
    if (found) return found;
    const c = text.charCodeAt(i - 1);
    if (c === 0x20 || c === 0x09 || c === 0x28 || c === 0x2c || c === 0x3a || c === 0x2d || c === 0x2013 || c === 0x7c) i--;
    else return undefined;
  }
  return nameEnds.get(i);
}

export function findDatesOfBirth(text: string, earlier: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  if (!text) return out;
  const dates = findDates(text);
  if (dates.length === 0) return out;
  const nameEnds = new Map<number, Candidate>();
  for (const c of earlier) if (c.kind === "person-name") nameEnds.set(c.end, c);
  for (const d of dates) {
    const from = lineStart(text, d.start, Math.max(0, d.start - WINDOW));
    const above = cellsAbove(text, d.start);
    if (BIRTH_CUE.test(text.slice(from, d.start)) || BIRTH_CUE_AFTER.test(text.slice(d.end, d.end + 16)) || LABEL_LINE_BEFORE.test(text.slice(Math.max(0, d.start - WINDOW), d.start)) || underDobHeading(above)) {
      out.push({ start: d.start, end: d.end, kind: "date-of-birth", confidence: CUED });
      continue;
    }
    const name = nameBefore(text, d.start, nameEnds);
    // A date under another column heading ("Date", "Due", "Visit") is that column's, not a birth.
    if (!name || underOtherHeading(above)) continue;
    const before = text.slice(lineStart(text, name.start, Math.max(0, name.start - WINDOW)), name.start);
    if (!EVENT_CUE.test(before)) out.push({ start: d.start, end: d.end, kind: "date-of-birth", confidence: AFTER_NAME });
  }
  return out;
}

export const dateOfBirth: Recognizer = {
  kind: "date-of-birth",
  // Dates of birth: a full date in any common UK form, marked by a birth cue (DOB, born, date of birth) or written right after a person's name.
  find: findDatesOfBirth,
};
