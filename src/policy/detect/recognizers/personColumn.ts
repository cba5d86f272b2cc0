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
/** How many rows above a cell are read for the table's heading. */
const MAX_ROWS_UP = 30;
/** The longest row read. */
const MAX_ROW = 600;

function cellsOf(line: string): string[] {
  return line.split(SEPARATOR).map((c) => c.trim());
}

/** The heading (top) row of the table holding the line that starts at `lineStart`, as cells, or
 * undefined: the rows above it with as many cells, up to a blank line. */
function headingRow(text: string, lineStart: number, cells: number): string[] | undefined {
  let top: string[] | undefined;
  let end = lineStart - 1;
  for (let n = 0; n < MAX_ROWS_UP && end > 0; n++) {
    const start = text.lastIndexOf("\n", end - 1) + 1;
    if (end - start > MAX_ROW) break;
    const row = cellsOf(text.slice(start, end));
    if (row.length !== cells) break;
    top = row;
    end = start - 1;
  }
  return top;
}

/** Word k (and the next, when the cell holds two capitalised words) alone in a cell of a person column. */
export function personColumnName(s: Scanner, k: number, text: string): Match | null {
  const t = s.at(k);
  if (!t || !capital(t) || t.stop || t.common || t.glued) return null;
  const lineStart = text.lastIndexOf("\n", t.start - 1) + 1;
  const nl = text.indexOf("\n", t.end);
  const lineEnd = nl < 0 ? text.length : nl;
  if (lineEnd - lineStart > MAX_ROW) return null;
  const line = text.slice(lineStart, lineEnd);
  const cells = cellsOf(line);
  if (cells.length < 2) return null;
  const before = text.slice(lineStart, t.start);
  const column = before.split(SEPARATOR).length - 1;
  const cell = cells[column] ?? "";
  const next = s.at(k + 1);
  const two = !!next && capital(next) && !next.stop && next.end <= lineEnd && cell === text.slice(t.start, next.end).trim();
  if (!two && cell !== text.slice(t.start, t.end)) return null;
  const heading = headingRow(text, lineStart, cells.length);
  if (!heading || !PERSON_HEADING.test(heading[column] ?? "")) return null;
  return { from: k, to: two ? k + 1 : k, confidence: 0.6 };
}
