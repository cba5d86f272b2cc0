/**
 * `safeshare check FILE.eml …`: checks real e-mail files against the agreement and prints a
 * readable report per file (or, with --json, the scan-format line). Exit status: the worst verdict
 * over all files (0 pass, 1 warn, 2 block), or 3 when any file or option was bad input.
 */
import { readFile } from "node:fs/promises";
import { checkMessage } from "../policy/check";
import type { Agreement } from "../policy/agreement";
import type { Verdict } from "../policy/rules";
import { agreementChoice, ISO_EXPECTED, parseCommandArgs, parseIsoInstant, resolveExchange } from "./cliArgs";
import { parseEml } from "./emlMessage";
import { EXIT, type CommandIo } from "./io";
import { worstVariant, withPartlyRead } from "./eml/worstVariant";
import { formatReport, type ReportOptions } from "./reportText";
import { outputLine } from "./scanOutput";

export const CHECK_USAGE = `Usage: safeshare check [--agreements DIR|FILE]… [--agreement FILE] [--json] [--exchange ID] [--now ISO] FILE.eml …

Checks each .eml file (MIME, encoded words, attachments) against the agreement and prints a
report per file: the verdict, then the findings worst first, each with where it is (field and
character offsets, recipient or attachment), what is wrong, and the suggested fix.
Each way the message may be read is checked and the worst is reported: every Subject header,
and both the text/plain part and the text the HTML part renders to (the report says which it
shows; body offsets then point into that text). Named text parts count as attachments, which
are checked from their bytes (ZIP, PDF and Office encryption). The send time is the Date
header, else --now, else the current time; the sender is the From address (none when From
headers disagree). Byte-order marks, CR-only or mixed line endings and damaged header
sections are read as mail clients read them (what was repaired goes to stderr). A message
whose MIME structure cannot be read (a boundary that never appears, nesting too deep) is
checked on its headers and the text that can be found and marked PARTLY CHECKED: it gets a
warning, so it never passes ("partlyChecked" in --json).

Options:
  --agreements DIR|FILE  the agreement set: every *.json in DIR, or FILE; repeat for more
                     (default: the deployment's folder, agreements/ or $SAFESHARE_AGREEMENTS).
                     Read and checked as 'safeshare agreement lint' does: on any problem in
                     any file, every problem is listed with its file and JSON path and nothing
                     is checked. Each file is judged under the agreements its sender (From)
                     is a party to, and a recipient is on a route when one of them has the
                     recipient's organisation as a party too (with no From, all apply)
  --agreement FILE   check against this one agreement JSON instead (same refusal)
  --json             print one scan-format JSON line per file instead (see 'safeshare scan
                     --help'; "id" is the file name); a file that cannot be read gives
                     {"file", "error"}
  --exchange ID      the exchange being sent, for route checks: its bare id where only one
                     agreement of the set has it, else AGREEMENT-ID/EXCHANGE-ID; an exchange no
                     agreement has, or one two agreements share, is bad usage
  --now ISO          the send time for files without a Date header
  -h, --help         show this help

Exit status: 0 every file passes; 1 the worst is a warning; 2 some file is blocked;
3 bad input: a file could not be read, is not an e-mail message, or holds nothing to check
(no subject, recipients, body or attachments) (the reason goes to stderr,
the other files are still checked and reported), or bad usage or agreement. 3 wins over 0-2.`;

const VERDICT_EXIT: Record<Verdict, number> = { pass: 0, warn: 1, block: 2 };

interface CheckSettings {
  /** The loaded set: each message is judged under those its sender is a party to. */
  agreements: readonly Agreement[];
  json: boolean;
  exchange?: string;
  now?: Date;
  clock: () => Date;
}

function usageError(message: string, io: CommandIo): number {
  io.stderr.write(`safeshare check: ${message}\n\n${CHECK_USAGE}\n`);
  return EXIT.usage;
}

function badFile(file: string, reason: string, settings: CheckSettings, io: CommandIo): number {
  io.stderr.write(`safeshare check: ${file}: ${reason}\n`);
  io.stdout.write(settings.json ? JSON.stringify({ file, error: reason }) + "\n" : `${file}: NOT CHECKED: ${reason}\n\n`);
  return EXIT.usage;
}

/** Checks one file, writes its report; resolves to its exit status. */
async function checkFile(file: string, settings: CheckSettings, io: CommandIo): Promise<number> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return badFile(file, `cannot read the file: ${err.code ?? err.message}`, settings, io);
  }
  const parsed = await parseEml(bytes);
  if (!parsed.ok) return badFile(file, parsed.reason, settings, io);
  const m = parsed.message;
  for (const note of m.notes) io.stderr.write(`safeshare check: ${file}: ${note}\n`);
  if (m.partly !== undefined) io.stderr.write(`safeshare check: ${file}: partly checked: ${m.partly}\n`);
  if (m.date.kind === "invalid") io.stderr.write(`safeshare check: ${file}: the Date header “${m.date.text}” is not a date; using ${settings.now ? "--now" : "the current time"}\n`);
  const now = m.date.kind === "ok" ? m.date.at : settings.now ?? settings.clock();
  const options = {
    now,
    ...(m.sender !== undefined ? { sender: m.sender } : {}),
    ...(settings.exchange !== undefined ? { exchange: settings.exchange } : {}),
  };
  // Every Subject and every alternative body is a way the message may be read: the worst counts.
  const worst = worstVariant(m.variants.map((variant) => ({ variant, report: checkMessage(variant.snapshot, settings.agreements, options) })));
  const report = m.partly === undefined ? worst.report : withPartlyRead(worst.report, m.partly);
  const { renderedBody, label } = worst.variant;
  if (settings.json) {
    const line: Record<string, unknown> = { ...outputLine(file, report, renderedBody) };
    if (label !== "") line.checkedVariant = label;
    if (label !== "" && m.variants.some((v) => v.snapshot.subject !== worst.variant.snapshot.subject)) line.subject = worst.variant.snapshot.subject;
    if (m.partly !== undefined) line.partlyChecked = m.partly;
    io.stdout.write(JSON.stringify(line) + "\n");
  } else {
    const reportOptions: ReportOptions = { bodyFromHtml: renderedBody !== undefined, variants: m.variants.length };
    if (label !== "") reportOptions.variant = label;
    if (m.partly !== undefined) reportOptions.partly = m.partly;
    io.stdout.write(formatReport(file, report, reportOptions) + "\n");
  }
  return VERDICT_EXIT[report.verdict];
}

/** Runs `safeshare check [options] FILE…`; resolves to the exit status. */
export async function runCheck(args: readonly string[], io: CommandIo, clock: () => Date = () => new Date()): Promise<number> {
  const parsed = parseCommandArgs(args, { agreement: { type: "string" }, agreements: { type: "string", multiple: true }, json: { type: "boolean" }, exchange: { type: "string" }, now: { type: "string" } }, true);
  if (!parsed.ok) return usageError(parsed.error, io);
  const values = parsed.values as { agreement?: string; agreements?: string[]; json?: boolean; exchange?: string; now?: string };
  if (values.agreement !== undefined && values.agreements !== undefined) return usageError("give --agreement FILE or --agreements DIR|FILE, not both", io);
  if (parsed.positionals.length === 0) return usageError("give at least one .eml file", io);
  let now: Date | undefined;
  if (values.now !== undefined) {
    const at = parseIsoInstant(values.now);
    if (at === null) return usageError(`--now must be ${ISO_EXPECTED}`, io);
    now = at;
  }
  const choice = await agreementChoice(values.agreement, values.agreements, "check", io);
  if (choice === null) return EXIT.usage;
  const target = resolveExchange(values.exchange, choice);
  if (!target.ok) return usageError(`--exchange: ${target.error}`, io);
  const settings: CheckSettings = { agreements: choice.agreements, json: values.json === true, clock };
  if (now !== undefined) settings.now = now;
  if (target.exchange !== undefined) settings.exchange = `${target.agreement.id}/${target.exchange}`;
  let worst: number = EXIT.ok;
  let bad = false;
  for (const file of parsed.positionals) {
    const code = await checkFile(file, settings, io);
    if (code === EXIT.usage) bad = true;
    else worst = Math.max(worst, code);
  }
  return bad ? EXIT.usage : worst;
}
