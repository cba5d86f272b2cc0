/**
 * The JSON-lines shell shared by `detect` and `scan`: reads stdin line by line (never whole),
 * writes one output line per non-blank input line in order, reports malformed lines on stderr
 * as well, and resolves to the exit status (3 when any line was malformed).
 */
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { EXIT, type CommandIo } from "./io";

export type LineError = { line: number; error: string };

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

export async function streamJsonLines<T extends object>(
  command: string,
  input: Readable,
  io: CommandIo,
  handle: (line: string, n: number) => T | LineError | null,
): Promise<number> {
  const rl = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  let bad = 0;
  for await (const raw of rl) {
    n++;
    // A UTF-8 byte-order mark may lead the first line.
    const line = n === 1 && raw.startsWith("\uFEFF") ? raw.slice(1) : raw;
    const result = handle(line, n);
    if (result === null) continue;
    if ("error" in result) {
      bad++;
      io.stderr.write(`safeshare ${command}: line ${n}: ${result.error}\n`);
    }
    await write(io.stdout, JSON.stringify(result) + "\n");
  }
  return bad === 0 ? EXIT.ok : EXIT.usage;
}
