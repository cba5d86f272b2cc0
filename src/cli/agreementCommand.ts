/**
 * `safeshare agreement lint DIR|FILE…`, `safeshare agreement show [FILE]` and
 * `safeshare agreement new [--id ID] [--out FILE]`.
 * readAgreementSet() is the one place files become an agreement set or a list of problems: the
 * build (scripts/agreements/) uses it too, so `lint` and `npm run build` refuse the same things.
 * The checking and formatting are pure functions in src/policy/agreement.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import * as path from "node:path";
import { SHARED_PLATFORMS } from "../policy/agreement/sharedPlatforms";
import { citeClause, derbyshireAgreement, formatRoutingTable, isIsoDate } from "../policy/agreement";
import type { Agreement, AgreementProblem } from "../policy/agreement";
import { checkAgreementSet, formatSetProblems, type AgreementFile, type SetProblem } from "../policy/agreement/agreementSet";
import { DEFAULT_STARTER_ID, starterAgreement } from "../policy/agreement/starter";
import { parseAgreementText } from "../policy/agreement/validate";
import { KEBAB_ID } from "../policy/agreement/formats";
import { RULES } from "../policy/rules";
import { EXIT, type CommandIo } from "./io";

export { parseAgreementText };

export const AGREEMENT_USAGE = `Usage: safeshare agreement lint DIR|FILE...
       safeshare agreement show [--notes] [FILE]
       safeshare agreement new [--id ID] [--out FILE]

lint   Validates agreement JSON files against the schema: shape, dates, addresses, that every
       partner, mailbox, route and template it refers to exists, and across the files that no
       two agreements share an id or give one mailbox different partners or schedules. A DIR
       means every *.json file in it (the build's agreements/ folder). Prints every problem as
       "FILE: path: message" (e.g. partners[2].mailboxes[0].address), and for a valid file a
       note when it states no review date and the checks it has no clause for. Exit status 0
       when all are valid (notes included), 3 otherwise.
show   Prints who receives what, by which route: each exchange, its receiving partners and
       their mailboxes (with schedules), online forms and telephone routes, timescales, and
       dissolved partners flagged. Without FILE, the deployed default agreement.
       --notes also prints the agreement's notes and caveats. Exit status 3 if FILE is invalid.
new    Writes a valid starter agreement to edit: two example partners, an exchange, no clauses.
       --id ID     its id (kebab-case; default "${DEFAULT_STARTER_ID}")
       --out FILE  where to write it (default: stdout); an existing file is never overwritten

Options:
  -h, --help   show this help`;

export type LoadResult = { ok: true; agreement: Agreement } | { ok: false; problems: AgreementProblem[] };

function readProblem(e: unknown): AgreementProblem {
  const err = e as NodeJS.ErrnoException;
  return { path: "(root)", message: `cannot read the file: ${err.code ?? err.message}` };
}

export async function loadAgreementFile(file: string): Promise<LoadResult> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    return { ok: false, problems: [readProblem(e)] };
  }
  return parseAgreementText(text);
}

export function formatProblems(file: string, problems: readonly AgreementProblem[]): string {
  return problems.map((p) => `${file}: ${p.path}: ${p.message}\n`).join("");
}

export interface AgreementSetResult {
  /** The valid files, in the order read (a folder's *.json in name order). */
  files: AgreementFile[];
  /** Every problem: each file's own, then the conflicts between the valid ones. Empty = usable. */
  problems: SetProblem[];
}

/** The files a path names: a folder's *.json files in name order, or the file itself. */
function expand(p: string): { files: string[]; problem?: SetProblem } {
  let isDir: boolean;
  try {
    isDir = statSync(p).isDirectory();
  } catch (e) {
    return { files: [], problem: { file: p, ...readProblem(e) } };
  }
  if (!isDir) return { files: [p] };
  const names = readdirSync(p)
    .filter((n) => n.toLowerCase().endsWith(".json"))
    .sort();
  if (names.length === 0) return { files: [], problem: { file: p, path: "(root)", message: "no agreement files: expected at least one *.json file in the folder" } };
  return { files: names.map((n) => path.join(p, n)) };
}

/**
 * Reads and checks an agreement set from files and folders. Synchronous, so webpack.config.js can
 * call it while it builds its configuration. Usable only when `problems` is empty: a set with any
 * problem is never half-loaded.
 */
export function readAgreementSet(paths: readonly string[]): AgreementSetResult {
  const files: AgreementFile[] = [];
  const problems: SetProblem[] = [];
  for (const p of paths) {
    const { files: names, problem } = expand(p);
    if (problem) problems.push(problem);
    for (const file of names) {
      let text: string;
      try {
        text = readFileSync(file, "utf8");
      } catch (e) {
        problems.push({ file, ...readProblem(e) });
        continue;
      }
      const result = parseAgreementText(text);
      if (result.ok) files.push({ file, agreement: result.agreement });
      else problems.push(...result.problems.map((q) => ({ file, ...q })));
    }
  }
  problems.push(...checkAgreementSet(files));
  return { files, problems };
}

/** The checks whose clause this agreement lacks: their findings say it has none. */
export function missingClauses(agreement: Agreement): string[] {
  const missing: string[] = [];
  for (const rule of RULES) {
    if (!citeClause(agreement, rule.clause).found && !missing.includes(rule.clause)) missing.push(rule.clause);
  }
  return missing;
}

/** Partners given a shared platform's domain (nhs.net, cjsm.net): every address there counts as
 * the partner's as a recipient (any NHS body's staff, say), and a sender there is never taken to
 * be the partner's. The IG owner should know, and may list named mailboxes instead. */
export function sharedPlatformNotes(agreement: Agreement): string[] {
  const notes: string[] = [];
  agreement.partners.forEach((partner, i) => {
    partner.domains.forEach((d, j) => {
      if (!SHARED_PLATFORMS.has(d.domain)) return;
      notes.push(`partners[${i}].domains[${j}]: ${d.domain} is a platform many organisations share, so every ${d.domain} address counts as ${partner.name}'s when it receives mail (a sender there is never taken to be its); if only some of its ${d.domain} mailboxes should receive, list them under "mailboxes" and remove the domain`);
    });
  });
  return notes;
}

/** Lint's notice for an agreement that states no review date. */
export const NO_REVIEW_DATE_NOTICE =
  'no review date stated: practitioners are not reminded to check the agreement is still in force; when one is agreed, record it as "reviewDate" (YYYY-MM-DD)';

function usageError(message: string, io: CommandIo): number {
  io.stderr.write(`safeshare agreement: ${message}\n\n${AGREEMENT_USAGE}\n`);
  return EXIT.usage;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function lint(args: readonly string[], io: CommandIo): number {
  if (args.length === 0) return usageError("lint takes at least one DIR or FILE", io);
  const option = args.find((a) => a.startsWith("-"));
  if (option !== undefined) return usageError(`unknown option '${option}'`, io);
  const { files, problems } = readAgreementSet(args);
  io.stdout.write(formatSetProblems(problems));
  const bad = new Set(problems.map((p) => p.file));
  for (const { file, agreement: a } of files) {
    if (bad.has(file)) continue;
    const counts = [plural(a.partners.length, "partner"), plural(a.exchanges.length, "exchange"), plural(a.channelRules.length, "channel rule"), plural((a.templates ?? []).length, "template")];
    io.stdout.write(`${file}: valid (${counts.join(", ")})\n`);
    // Not a problem (the exit status stays 0): practitioners see no review reminder, so the IG
    // owner is told here instead.
    if (a.reviewDate === undefined) io.stdout.write(`${file}: note: ${NO_REVIEW_DATE_NOTICE}\n`);
    for (const note of sharedPlatformNotes(a)) io.stdout.write(`${file}: note: ${note}\n`);
    const missing = missingClauses(a);
    if (missing.length > 0) io.stdout.write(`${file}: note: no clause for ${missing.map((m) => `"${m}"`).join(", ")}: those checks will say "This agreement has no clause for this check."\n`);
  }
  if (problems.length === 0) return EXIT.ok;
  io.stderr.write(bad.size === 1 ? `${[...bad][0]}: ${plural(problems.length, "problem")}\n` : `${plural(problems.length, "problem")} in ${plural(bad.size, "file")}\n`);
  return EXIT.usage;
}

async function show(args: readonly string[], io: CommandIo): Promise<number> {
  const notes = args.includes("--notes");
  const rest = args.filter((a) => a !== "--notes");
  const unknown = rest.filter((a) => a.startsWith("-"));
  if (unknown.length > 0) return usageError(`unknown option '${unknown[0]}'`, io);
  if (rest.length > 1) return usageError("show takes at most one FILE", io);
  let agreement = derbyshireAgreement;
  const file = rest[0];
  if (file !== undefined) {
    const result = await loadAgreementFile(file);
    if (!result.ok) {
      io.stderr.write(formatProblems(file, result.problems));
      return EXIT.usage;
    }
    agreement = result.agreement;
  }
  io.stdout.write(formatRoutingTable(agreement, { notes }));
  return EXIT.ok;
}

/** Today a year on, YYYY-MM-DD (29 February becomes 28 February). */
function aYearFrom(now: Date): string {
  const y = now.getUTCFullYear() + 1;
  const m = now.getUTCMonth() + 1;
  const d = Math.min(now.getUTCDate(), m === 2 && !isIsoDate(`${y}-02-29`) ? 28 : 31);
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

function create(args: readonly string[], io: CommandIo, now: Date): number {
  let id = DEFAULT_STARTER_ID;
  let out: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    const value = args[i + 1];
    if (a !== "--id" && a !== "--out") return usageError(`unknown argument '${a}'`, io);
    if (value === undefined || value.startsWith("-")) return usageError(`${a} needs a value`, io);
    if (a === "--id") id = value;
    else out = value;
    i++;
  }
  if (!KEBAB_ID.test(id)) return usageError(`--id "${id}": expected a kebab-case id such as "county-probation-childrens"`, io);
  const text = `${JSON.stringify(starterAgreement({ id, reviewDate: aYearFrom(now) }), null, 2)}\n`;
  if (out === undefined) {
    io.stdout.write(text);
    return EXIT.ok;
  }
  try {
    // "wx": an existing file (perhaps a real agreement) is never overwritten.
    writeFileSync(out, text, { encoding: "utf8", flag: "wx" });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    io.stderr.write(`safeshare agreement new: ${code === "EEXIST" ? `${out} exists; not overwritten` : `cannot write ${out}: ${code ?? (e as Error).message}`}\n`);
    return EXIT.usage;
  }
  io.stderr.write(`${out}: starter agreement "${id}" written; edit it, then run: safeshare agreement lint ${path.dirname(out)}\n`);
  return EXIT.ok;
}

/** Runs `safeshare agreement <lint|show|new> …`; resolves to the exit status. */
export function runAgreement(args: readonly string[], io: CommandIo, now: Date = new Date()): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === "lint") return Promise.resolve(lint(rest, io));
  if (sub === "show") return show(rest, io);
  if (sub === "new") return Promise.resolve(create(rest, io, now));
  return Promise.resolve(usageError(sub === undefined ? "missing subcommand (lint, show or new)" : `unknown subcommand '${sub}'`, io));
}
