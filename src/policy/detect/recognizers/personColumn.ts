/**
 * A name alone in a table cell under a column for people: "Nominal<TAB>CRN<TAB>Update … /
 * Okorafor<TAB>C417268<TAB>Tag fitted …". An IOM panel's or a caseload's table gives its people
 * by surname only, a word no list may know; the column's heading says it is a person. Tables in
 * plain text split cells with tabs (the HTML reader writes them so) or " | ".
 */
import { capital } from "./personNameScanner";
import type { Match, Scanner } from "./personNameScanner";

/** Column headings for people. */
const PERSON_HEADING = /^(?:nominals?|names?|surnames?|family[ \t]+names?|full[ \t]+names?|offenders?|clients?|young[ \t]+persons?|young[ \t]+people|child(?:ren)?|subjects?|persons?|service[ \t]+users?|po?ps?|patients?|residents?|tenants?|pupils?|cases?)$/i;
/** A cell separator: a tab, or a bar with a space each side. */
const SEPARATOR = /\t|[ \t]\|[ \t]/;
/** How many rows above a cell are read for the table's heading: a cell further down a longer
 * table is not read as a name by this rule (fail open here; the other rules still apply). */
const MAX_ROWS_UP = 30;
/** The longest row read. */
const MAX_ROW = 600;

function cellsOf(line: string): string[] {
  return line.split(SEPARATOR).map((c) => c.trim());
}

/** Before a cell's first word: the line's start, a tab or a bar (spaces allowed). */
const CELL_START_BEFORE = /(?:^|[\n\t|])[ \t]*$/;
/** After a cell's last word: a tab, a bar, or the line's end. */
const CELL_END_AFTER = /^[ \t]*(?:[\t|\n]|$)/;

/** The line around offsets [from, to): its start and end, or undefined when it is longer than a row. */
function lineAround(text: string, from: number, to: number): [number, number] | undefined {
  const back = text.slice(Math.max(0, from - MAX_ROW), from);
  const b = back.lastIndexOf("\n");
  if (b < 0 && from > MAX_ROW) return undefined;
  const fwd = text.slice(to, to + MAX_ROW);
  const f = fwd.indexOf("\n");
  if (f < 0 && to + fwd.length < text.length) return undefined;
  return [from - back.length + b + 1, f < 0 ? text.length : to + f];
}

/** The heading (top) row of the table holding the line that starts at `lineStart`, as cells, or
 * undefined: the rows above it with as many cells, up to a blank line. */
function headingRow(text: string, lineStart: number, cells: number): string[] | undefined {
  let top: string[] | undefined;
  let end = lineStart - 1;
  for (let n = 0; n < MAX_ROWS_UP && end > 0; n++) {
    const line = lineAround(text, end, end);
    if (!line) break;
    const row = cellsOf(text.slice(line[0], end));
    if (row.length !== cells) break;
    top = row;
    end = line[0] - 1;
  }
  return top;
}

/** Word k (and the next, when the cell holds two capitalised words) alone in a cell of a person column. */
export function personColumnName(s: Scanner, k: number, text: string): Match | null {
  const t = s.at(k);
  if (!t || !capital(t) || t.stop || t.common || t.glued) return null;
  // Cheap first: the word opens a cell and it (or it and the next word) fills it.
  if (!CELL_START_BEFORE.test(text.slice(Math.max(0, t.start - 8), t.start))) return null;
  const next = s.at(k + 1);
  // Or a surname and an initial ("BELLINGHAM C").
  const two = !!next && (capital(next) || next.shape === "initial") && !next.stop && !next.glued && /^[ \t]+$/.test(text.slice(t.end, next.start)) && CELL_END_AFTER.test(text.slice(next.end, next.end + 8));
  const end = two ? (next as typeof t).end : t.end;
  if (!two && !CELL_END_AFTER.test(text.slice(t.end, t.end + 8))) return null;
  const line = lineAround(text, t.start, end);
  if (!line) return null;
  const [lineStart, lineEnd] = line;
  const cells = cellsOf(text.slice(lineStart, lineEnd));
  if (cells.length < 2) return null;
  const column = text.slice(lineStart, t.start).split(SEPARATOR).length - 1;
  const heading = headingRow(text, lineStart, cells.length);
  if (!heading || !PERSON_HEADING.test(heading[column] ?? "")) return null;
  return { from: k, to: two ? k + 1 : k, confidence: 0.6 };
}
