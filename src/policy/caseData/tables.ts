/**
 * Tables pasted into mail (cells split by tabs): the heading of the column a cell sits in. A
 * running order's "Lead" column names staff; an action log's "By" or "Due" column holds deadlines,
 * not dates of birth ("Daniel Okafor<TAB>20/11/2026" under "Owner<TAB>By"); a special-category term in
 * a Lead cell names the lead's team ("Dr Rebecca Lyle, Clinical Psychologist, CAMHS Looked After
 * Children Team"), not a fact about anyone.
 */
import type { Span } from "../detect/types";
import { DUE_COLUMN, LEAD_COLUMN } from "./caseVocabulary";
import type { MessageReading } from "./reading";

/** How far up a table its heading row is looked for, in rows; and the longest row read. */
const MAX_TABLE_ROWS = 30;
const MAX_ROW = 400;

/**
 * Whether the cell holding offset `start` sits under a heading that `heading` matches: the same
 * column of a row above, within MAX_TABLE_ROWS rows of at least two cells. The first column never
 * counts (a row's label, not a cell under a heading).
 */
export function inColumnHeaded(text: string, start: number, heading: RegExp): boolean {
  const lineStart = rowStart(text, start);
  if (lineStart < 0) return false;
  const column = text.slice(lineStart, start).split("\t").length - 1;
  if (column === 0) return false;
  let end = lineStart - 1;
  for (let row = 0; row < MAX_TABLE_ROWS && end > 0; row++) {
    const from = rowStart(text, end);
    if (from < 0) return false;
    const cells = text.slice(from, end).split("\t");
    if (cells.length < 2) return false;
    if (heading.test(cells[column] ?? "")) return true;
    end = from - 1;
  }
  return false;
}

/** The start of the row holding offset `at`, or -1 past MAX_ROW characters (a long line is no table row). */
function rowStart(text: string, at: number): number {
  const from = Math.max(0, at - MAX_ROW);
  const k = text.slice(from, at).lastIndexOf("\n");
  if (k >= 0) return from + k + 1;
  return from === 0 ? 0 : -1;
}

/** Whether the span fills its cell alone (tabs, a line's ends or spaces around it). */
function fillsCell(text: string, span: Span): boolean {
  const before = text.slice(Math.max(0, span.start - MAX_ROW), span.start);
  const after = text.slice(span.end, span.end + MAX_ROW);
  const cellStart = Math.max(before.lastIndexOf("\t"), before.lastIndexOf("\n"));
  const tab = after.indexOf("\t");
  const newline = after.indexOf("\n");
  const cellEnd = tab < 0 ? newline : newline < 0 ? tab : Math.min(tab, newline);
  return before.slice(cellStart + 1).trim() === "" && (cellEnd < 0 ? after : after.slice(0, cellEnd)).trim() === "";
}

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

/** Special-category terms in a running order's Lead column: the lead's job or team. Flagged by span index. */
export function termsInLeadCells(r: MessageReading): Uint8Array {
  const { text, spans } = r;
  const out = new Uint8Array(spans.length);
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i] as Span;
    if (span.kind === "special-category" && r.places.asText[i] && inColumnHeaded(text, span.start, LEAD_COLUMN)) out[i] = 1;
  }
  return out;
}
