/**
 * `safeshare agreement lint FILE` and `safeshare agreement show [FILE]`.
 * loadAgreementFile() is the one place a file becomes an Agreement or a list of problems; the
 * checking and formatting are pure functions in src/policy/agreement.
 */
import { readFile } from "node:fs/promises";
import { derbyshireAgreement, formatRoutingTable } from "../policy/agreement";
import type { Agreement, AgreementProblem } from "../policy/agreement";
import { parseAgreement } from "../policy/agreement/validate";
import { EXIT, type CommandIo } from "./io";

export const AGREEMENT_USAGE = `Usage: safeshare agreement lint FILE
       safeshare agreement show [--notes] [FILE]

lint   Validates an agreement JSON file against the schema: shape, dates, addresses, and that
       every partner, mailbox and route it refers to exists. Prints every problem as
       "FILE: path: message" (e.g. partners[2].mailboxes[0].address). Exit status 0 when the
       file is valid, 3 when it is invalid or cannot be read.
show   Prints who receives what, by which route: each exchange, its receiving partners and
       their mailboxes (with schedules), online forms and telephone routes, timescales, and
       dissolved partners flagged. Without FILE, the shipped Derbyshire agreement.
       --notes also prints the agreement's notes and caveats. Exit status 3 if FILE is invalid.

Options:
  -h, --help   show this help`;

export type LoadResult = { ok: true; agreement: Agreement } | { ok: false; problems: AgreementProblem[] };

/** Parses the text of an agreement file: JSON first (a UTF-8 byte-order mark allowed), then the schema. */
export function parseAgreementText(text: string): LoadResult {
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    return { ok: false, problems: [{ path: "(root)", message: `invalid JSON: ${(e as Error).message}` }] };
  }
  return parseAgreement(json);
}

export async function loadAgreementFile(file: string): Promise<LoadResult> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return { ok: false, problems: [{ path: "(root)", message: `cannot read the file: ${err.code ?? err.message}` }] };
  }
  return parseAgreementText(text);
}

export function formatProblems(file: string, problems: readonly AgreementProblem[]): string {
  return problems.map((p) => `${file}: ${p.path}: ${p.message}\n`).join("");
}

function usageError(message: string, io: CommandIo): number {
  io.stderr.write(`safeshare agreement: ${message}\n\n${AGREEMENT_USAGE}\n`);
  return EXIT.usage;
}

async function lint(args: readonly string[], io: CommandIo): Promise<number> {
  if (args.length !== 1 || (args[0] as string).startsWith("-")) return usageError("lint takes exactly one FILE", io);
  const file = args[0] as string;
  const result = await loadAgreementFile(file);
  if (!result.ok) {
    io.stdout.write(formatProblems(file, result.problems));
    const n = result.problems.length;
    io.stderr.write(`${file}: ${n} problem${n === 1 ? "" : "s"}\n`);
    return EXIT.usage;
  }
  const a = result.agreement;
  io.stdout.write(`${file}: valid (${a.partners.length} partners, ${a.exchanges.length} exchanges, ${a.channelRules.length} channel rules)\n`);
  return EXIT.ok;
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

/** Runs `safeshare agreement <lint|show> …`; resolves to the exit status. */
export function runAgreement(args: readonly string[], io: CommandIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === "lint") return lint(rest, io);
  if (sub === "show") return show(rest, io);
  return Promise.resolve(usageError(sub === undefined ? "missing subcommand (lint or show)" : `unknown subcommand '${sub}'`, io));
}
