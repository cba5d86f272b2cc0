/** Option parsing and value checks shared by `scan` and `check` (node:util parseArgs, strict). */
import * as path from "node:path";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { agreementsDir } from "./agreementsFolder";
import { defaultAgreementOf, derbyshireAgreement, type Agreement } from "../policy/agreement";
import { formatSetProblems } from "../policy/agreement/agreementSet";
import { formatProblems, loadAgreementFile, readAgreementSet } from "./agreementCommand";
import type { CommandIo } from "./io";

type Options = NonNullable<ParseArgsConfig["options"]>;

export type ParsedArgs = { ok: true; values: Record<string, string | boolean | string[] | undefined>; positionals: string[] } | { ok: false; error: string };

export function parseCommandArgs(args: readonly string[], options: Options, allowPositionals: boolean): ParsedArgs {
  try {
    const { values, positionals } = parseArgs({ args: [...args], options, allowPositionals, strict: true });
    return { ok: true, values: values as Record<string, string | boolean | string[] | undefined>, positionals };
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

/** The agreements a command checks against: the loaded set and the one used when a message
 * names no exchange (the set's default, as the add-in applies it). */
export interface AgreementChoice {
  agreements: readonly Agreement[];
  fallback: Agreement;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/**
 * The agreement set named by --agreements PATH… (folders mean their *.json files), or by default
 * the deployment's folder (agreements/, or $SAFESHARE_AGREEMENTS, as the build reads it). Read and
 * checked as `safeshare agreement lint` does; on any problem every problem goes to stderr with
 * its file and JSON path and the result is null: nothing is checked against a half-loaded set.
 */
export function agreementSetFromPaths(paths: readonly string[] | undefined, command: string, io: CommandIo): AgreementChoice | null {
  const named = paths ?? [agreementsDir(process.env, path.resolve(__dirname, "..", ".."))];
  const { files, problems } = readAgreementSet(named);
  const agreements = files.map((f) => f.agreement);
  const fallback = defaultAgreementOf(agreements);
  if (problems.length === 0 && fallback !== undefined) return { agreements, fallback };
  io.stderr.write(formatSetProblems(problems));
  const where = paths === undefined ? `${named.join(" ")} (the deployment's folder)` : named.join(" ");
  io.stderr.write(`safeshare ${command}: ${where}: ${plural(problems.length, "problem")} in the agreements; nothing checked\n`);
  return null;
}

/** --agreement FILE (one agreement) or --agreements PATH… (a set, by default the deployment's). */
export async function agreementChoice(file: string | undefined, paths: readonly string[] | undefined, command: string, io: CommandIo): Promise<AgreementChoice | null> {
  if (file === undefined) return agreementSetFromPaths(paths, command, io);
  const one = await agreementFromOption(file, command, io);
  return one === null ? null : { agreements: [one], fallback: one };
}

export type ResolvedExchange = { ok: true; agreement: Agreement; exchange?: string } | { ok: false; error: string };

const COUNT_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/**
 * The agreement a message is checked against and its exchange id. `ref` is a bare exchange id,
 * unique across the set, or "agreementId/exchangeId"; without one, the set's default agreement.
 * Until a message can be checked against several agreements at once, it is checked against the
 * one its exchange belongs to.
 */
export function resolveExchange(ref: string | undefined, choice: AgreementChoice): ResolvedExchange {
  if (ref === undefined || ref === "") return { ok: true, agreement: choice.fallback };
  const slash = ref.indexOf("/");
  if (slash >= 0) {
    const agreementId = ref.slice(0, slash);
    const exchangeId = ref.slice(slash + 1);
    const agreement = choice.agreements.find((a) => a.id === agreementId);
    if (agreement === undefined) return { ok: false, error: `exchange "${ref}": no agreement "${agreementId}" is loaded (loaded: ${choice.agreements.map((a) => `"${a.id}"`).join(", ")})` };
    if (!agreement.exchanges.some((e) => e.id === exchangeId)) return { ok: false, error: `exchange "${ref}": agreement "${agreementId}" has no exchange "${exchangeId}" (its exchanges: ${agreement.exchanges.map((e) => `"${e.id}"`).join(", ")})` };
    return { ok: true, agreement, exchange: exchangeId };
  }
  const holders = choice.agreements.filter((a) => a.exchanges.some((e) => e.id === ref));
  const [only] = holders;
  if (holders.length === 1 && only !== undefined) return { ok: true, agreement: only, exchange: ref };
  if (holders.length === 0) {
    const where = choice.agreements.length === 1 ? `agreement "${choice.fallback.id}"` : `any of the ${choice.agreements.length} agreements loaded`;
    return { ok: false, error: `exchange "${ref}" is not an exchange of ${where}` };
  }
  const count = COUNT_WORDS[holders.length] ?? String(holders.length);
  return { ok: false, error: `exchange "${ref}" is in ${count} agreements: ${holders.map((a) => `${a.id}/${ref}`).join(", ")} — write agreementId/exchangeId` };
}
