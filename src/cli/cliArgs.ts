/** Option parsing and value checks shared by `scan` and `check` (node:util parseArgs, strict). */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { derbyshireAgreement, type Agreement } from "../policy/agreement";
import { formatProblems, loadAgreementFile } from "./agreementCommand";
import type { CommandIo } from "./io";

type Options = NonNullable<ParseArgsConfig["options"]>;

export type ParsedArgs = { ok: true; values: Record<string, string | boolean | undefined>; positionals: string[] } | { ok: false; error: string };

export function parseCommandArgs(args: readonly string[], options: Options, allowPositionals: boolean): ParsedArgs {
  try {
    const { values, positionals } = parseArgs({ args: [...args], options, allowPositionals, strict: true });
    return { ok: true, values: values as Record<string, string | boolean | undefined>, positionals };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}

/** ISO-8601 date, or date and time with a zone (a time without one would depend on the machine). */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2}))?$/i;

/** The instant an ISO-8601 text names, or null when it is not one. */
export function parseIsoInstant(text: string): Date | null {
  if (!ISO_INSTANT.test(text)) return null;
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) return null;
  // Date.parse rolls 2026-02-30 over to 2 March: reject days the month does not have.
  const [y, m, d] = text.slice(0, 10).split("-").map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCMonth() === m - 1 && day.getUTCDate() === d ? new Date(ms) : null;
}

export const ISO_EXPECTED = "an ISO-8601 date, or date and time with a zone, e.g. 2026-11-03T10:15:00Z";

/** --agreement FILE, or the shipped Derbyshire agreement. On a bad file every problem goes to
 * stderr with its path and the result is null: nothing is checked against a half-valid agreement. */
export async function agreementFromOption(file: string | undefined, command: string, io: CommandIo): Promise<Agreement | null> {
  if (file === undefined) return derbyshireAgreement;
  const result = await loadAgreementFile(file);
  if (result.ok) return result.agreement;
  io.stderr.write(formatProblems(file, result.problems));
  const n = result.problems.length;
  io.stderr.write(`safeshare ${command}: ${file}: ${n} problem${n === 1 ? "" : "s"} in the agreement; nothing checked\n`);
  return null;
}
