/**
 * `safeshare detect`: JSON lines in, JSON lines out, one output line per non-blank input line,
 * in input order. processLine() is pure; runDetect() is the streaming shell around it.
 */
import type { Readable } from "node:stream";
import { detect } from "../policy/detect";
import type { PersonalDataKind, Span } from "../policy/detect";
import type { CommandIo } from "./io";
import { parseLine, streamJsonLines } from "./jsonLines";

export interface OutputSpan {
  start: number;
  end: number;
  kind: PersonalDataKind;
  confidence: number;
}

export type LineResult = { id: string; spans: OutputSpan[] } | { line: number; error: string };

export type Detector = (text: string) => Span[];

export const DETECT_USAGE = `Usage: safeshare detect < input.jsonl > output.jsonl

Reads JSON lines {"id": "...", "text": "..."} on stdin and writes one line per input line,
in the same order: {"id": "...", "spans": [{"start", "end", "kind", "confidence"}]}.
Offsets are JavaScript string indices (UTF-16 code units) into "text", end exclusive.
Blank lines are ignored. A malformed line gives {"line": N, "error": "..."} instead, a
message on stderr, and exit status 3 once all input is read.

Options:
  -h, --help   show this help`;

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return `a ${typeof value}`;
}

/** Turns one input line (1-based number `n`) into its output object; null for a blank line. */
export function processLine(line: string, n: number, detector: Detector = detect): LineResult | null {
  const read = parseLine(line, n);
  if (read === undefined) return null;
  if ("error" in read) return read;
  const parsed = read.value;
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    return { line: n, error: `expected a JSON object, got ${describe(parsed)}` };
  }
  const { id, text } = parsed as Record<string, unknown>;
  if (typeof id !== "string") {
    return { line: n, error: id === undefined ? 'missing "id" (a string)' : `"id" must be a string, got ${describe(id)}` };
  }
  if (typeof text !== "string") {
    return { line: n, error: text === undefined ? 'missing "text" (a string)' : `"text" must be a string, got ${describe(text)}` };
  }
  const spans = detector(text).map(({ start, end, kind, confidence }) => ({ start, end, kind, confidence }));
  return { id, spans };
}

/** Streams `input` line by line (never buffering it whole); resolves to the exit status. */
export function runDetect(input: Readable, io: CommandIo, detector: Detector = detect): Promise<number> {
  return streamJsonLines("detect", input, io, (line, n) => processLine(line, n, detector));
}
