/**
 * The JSON-lines shell shared by `detect` and `scan`: reads stdin line by line (never whole),
 * writes one output line per non-blank input line in order, reports malformed lines on stderr
 * as well, and resolves to the exit status (3 when any line was malformed, 4 when checking a
 * line failed inside SafeShare). A line that fails never stops the lines after it: it gets its
 * own error record. A line longer than MAX_LINE_CHARS is skipped without being held in memory.
 */
import type { Readable, Writable } from "node:stream";
import { StringDecoder } from "node:string_decoder";
import { EXIT, type CommandIo } from "./io";

export type LineError = { line: number; error: string };

/** Longest input line read, in characters: 64 Mi, more than a message of Exchange Online's
 * default 35 MB send limit takes as a JSON line with its attachments in base64. */
export const MAX_LINE_CHARS = 64 * 1024 * 1024;

/** Parses one input line: undefined for a blank line, a LineError naming line `n` for bad JSON. */
export function parseLine(line: string, n: number): { value: unknown } | LineError | undefined {
  if (line.trim() === "") return undefined;
  try {
    return { value: JSON.parse(line) };
  } catch (e) {
    return { line: n, error: `invalid JSON: ${(e as Error).message}` };
  }
}

function write(out: Writable, chunk: string): Promise<void> {
  if (out.write(chunk)) return Promise.resolve();
  return new Promise((resolve) => out.once("drain", resolve));
}

/** A line as read: its text, or how long it was when it was too long to keep. */
export type ReadLine = { text: string } | { tooLong: number };

/**
 * Splits a stream into lines ("\n", or "\r\n"), holding at most `maxChars` of one line: past
 * that the rest of the line is counted and dropped. A last line without "\n" counts.
 */
export async function* boundedLines(input: Readable, maxChars: number): AsyncGenerator<ReadLine> {
  const decoder = new StringDecoder("utf8");
  let parts: string[] = [];
  let length = 0;
  let over = false;
  const take = (text: string, from: number, to: number) => {
    length += to - from;
    if (over) return;
    if (length > maxChars) {
      over = true;
      parts = [];
    } else if (to > from) parts.push(text.slice(from, to));
  };
  const finish = (): ReadLine => {
    let line: ReadLine;
    if (over) line = { tooLong: length };
    else {
      const text = parts.join("");
      line = { text: text.endsWith("\r") ? text.slice(0, -1) : text };
    }
    parts = [];
    length = 0;
    over = false;
    return line;
  };
  for await (const chunk of input as AsyncIterable<Buffer | string>) {
    const text = typeof chunk === "string" ? chunk : decoder.write(chunk);
    let from = 0;
    for (let nl = text.indexOf("\n"); nl >= 0; nl = text.indexOf("\n", from)) {
      take(text, from, nl);
      yield finish();
      from = nl + 1;
    }
    take(text, from, text.length);
  }
  const rest = decoder.end();
  take(rest, 0, rest.length);
  if (length > 0) yield finish();
}

export interface StreamOptions {
  /** Longest line read (MAX_LINE_CHARS unless a test sets it). */
  maxLineChars?: number;
}

export async function streamJsonLines<T extends object>(
  command: string,
  input: Readable,
  io: CommandIo,
  handle: (line: string, n: number) => T | LineError | null,
  options: StreamOptions = {},
): Promise<number> {
  const maxChars = options.maxLineChars ?? MAX_LINE_CHARS;
  let n = 0;
  let bad = 0;
  let failed = 0;
  for await (const read of boundedLines(input, maxChars)) {
    n++;
    let result: T | LineError | null;
    if ("tooLong" in read) {
      result = { line: n, error: `the line is ${read.tooLong.toLocaleString("en-GB")} characters long; at most ${maxChars.toLocaleString("en-GB")} are read, so it was skipped` };
    } else {
      // A UTF-8 byte-order mark may lead the first line.
      const line = n === 1 && read.text.startsWith("\uFEFF") ? read.text.slice(1) : read.text;
      try {
        result = handle(line, n);
      } catch (e) {
        // A bug must not cost the lines after this one: report it here and read on.
        failed++;
        result = { line: n, error: `internal error: ${e instanceof Error ? e.message : String(e)}` };
      }
    }
    if (result === null) continue;
    if ("error" in result) {
      bad++;
      io.stderr.write(`safeshare ${command}: line ${n}: ${result.error}\n`);
    }
    await write(io.stdout, JSON.stringify(result) + "\n");
  }
  return failed > 0 ? EXIT.internal : bad === 0 ? EXIT.ok : EXIT.usage;
}
