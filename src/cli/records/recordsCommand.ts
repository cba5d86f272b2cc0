/**
 * `safeshare records FILE|DIR… [--csv OUT.csv] [--html OUT.html]`: reads sent items exported
 * from Outlook (.eml and .msg) and writes what their sharing records say, one CSV row a
 * message, and/or an HTML report for information-governance staff.
 *
 * Streams: files are walked lazily and read one at a time; each row is written as soon as it
 * is made and only the report's counts are kept. A file that cannot be read is named on stderr
 * with the reason, counted, and the run goes on.
 */
import { createWriteStream, type WriteStream } from "node:fs";
import { readFile, stat, writeFile } from "node:fs/promises";
import type { Writable } from "node:stream";
import type { Agreement } from "../../policy/agreement";
import { classifierFor } from "../../policy/recipients";
import { agreementFromOption, parseCommandArgs } from "../cliArgs";
import { EXIT, type CommandIo } from "../io";
import { csvHeader, csvRow } from "./csv";
import { htmlReport } from "./htmlReport";
import type { FactsResult } from "./messageFacts";
import { Progress } from "./progress";
import { readEmlFacts } from "./readEml";
import { isCompoundFile, readMsgFacts } from "./readMsg";
import { recordRow, type AgreementContext } from "./recordRow";
import { RecordsSummary } from "./summary";
import { walkInputs } from "./walkFiles";

export const RECORDS_USAGE = `Usage: safeshare records [--csv OUT.csv] [--html OUT.html] [--agreement FILE]… FILE|DIR…

Reads sent messages exported from Outlook (.eml, and Outlook's own .msg) and reports the
sharing record SafeShare stamped on each when it let the message go: the agreement, the
exchange and its purpose, the verdict, the findings the user dismissed. Directories are read
recursively for .eml and .msg files; a file named on the command line is read whatever its name.

For each message, one CSV row: the file, the record's status, the send time and week, the
sender, each recipient's organisation and address class, recipients outside the agreement, the
agreement, exchange, purpose, verdict, whether it was sent with warnings, the dismissed rules
with their reasons (an .msg may keep them; an .eml does not), each attachment's type and
whether it was encrypted, and the protective marking. No text from subjects or bodies.
Cells a spreadsheet would run as a formula start with an apostrophe.

A message without a record is counted as "not checked by SafeShare" (SafeShare stamps only
messages with case data). A record that does not read as SafeShare writes it (forged or
damaged headers) is reported on stderr and counted as "record unreadable".

Options:
  --csv OUT.csv      write the CSV to this file
  --html OUT.html    write a self-contained HTML report (totals, messages per week by exchange
                     and by partner, overrides by rule and reason, recipients outside every
                     agreement; each chart with a table of its numbers)
  --agreement FILE   an agreement JSON (repeat for several; default: the shipped Derbyshire
                     agreement). Recipients are "outside" when no agreement has them as partners.
  -h, --help         show this help

With neither --csv nor --html, the CSV goes to standard output. Long runs print a progress line
on stderr (files read, per second).

Exit status: 0 every file was read; 3 some file could not be read (each is named on stderr with
the reason; the others are still reported), or bad usage or agreement; 4 internal error.`;

/** Larger files are refused rather than read into memory (a 50 MB attachment is ~70 MB of .eml). */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

export interface RecordsOptions {
  /** Milliseconds, for the progress line. */
  clock?: () => number;
  /** The report's "made at" time. */
  now?: () => Date;
  progressIntervalMs?: number;
}

function usageError(message: string, io: CommandIo): number {
  io.stderr.write(`safeshare records: ${message}\n\n${RECORDS_USAGE}\n`);
  return EXIT.usage;
}

async function readFacts(file: string): Promise<FactsResult> {
  let bytes: Uint8Array;
  try {
    const info = await stat(file);
    if (!info.isFile()) return { ok: false, reason: "not a regular file" };
    if (info.size > MAX_FILE_BYTES) return { ok: false, reason: `the file is ${Math.round(info.size / 1048576)} MB, more than the ${MAX_FILE_BYTES / 1048576} MB limit` };
    bytes = await readFile(file);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return { ok: false, reason: `cannot read the file: ${err.code ?? err.message}` };
  }
  return isCompoundFile(bytes) ? readMsgFacts(bytes) : readEmlFacts(bytes);
}

/** Writes and waits when the stream asks, so a slow disk or pipe never piles rows up in memory. */
async function writeChunk(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await new Promise<void>((resolve) => out.once("drain", resolve));
}

async function openCsv(file: string): Promise<WriteStream> {
  const stream = createWriteStream(file);
  await new Promise<void>((resolve, reject) => {
    stream.once("open", () => resolve());
    stream.once("error", reject);
  });
  return stream;
}

export async function runRecords(args: readonly string[], io: CommandIo, options: RecordsOptions = {}): Promise<number> {
  const parsed = parseCommandArgs(args, { csv: { type: "string" }, html: { type: "string" }, agreement: { type: "string", multiple: true } }, true);
  if (!parsed.ok) return usageError(parsed.error, io);
  const values = parsed.values as { csv?: string; html?: string; agreement?: string[] };
  if (parsed.positionals.length === 0) return usageError("give at least one .eml or .msg file, or a directory of them", io);
  if (values.csv === "" || values.html === "") return usageError("--csv and --html need a file name", io);
  const agreements: Agreement[] = [];
  for (const file of values.agreement ?? [undefined]) {
    const agreement = await agreementFromOption(file, "records", io);
    if (agreement === null) return EXIT.usage;
    agreements.push(agreement);
  }
  const contexts: AgreementContext[] = agreements.map((agreement) => ({ agreement, classifier: classifierFor(agreement) }));

  let csvOut: Writable | undefined;
  let csvFile: WriteStream | undefined;
  if (values.csv !== undefined) {
    try {
      csvOut = csvFile = await openCsv(values.csv);
    } catch (e) {
      return usageError(`cannot write ${values.csv}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, io);
    }
  } else if (values.html === undefined) csvOut = io.stdout;

  const clock = options.clock ?? (() => Date.now());
  const progress = new Progress(io.stderr, clock, options.progressIntervalMs);
  const summary = new RecordsSummary();
  const say = (file: string, text: string) => io.stderr.write(`safeshare records: ${file}: ${text}\n`);
  if (csvOut) await writeChunk(csvOut, csvHeader());
  for await (const item of walkInputs(parsed.positionals)) {
    if ("error" in item) {
      say(item.file, item.error);
      summary.addUnreadable(item.error);
    } else {
      try {
        const facts = await readFacts(item.file);
        if (!facts.ok) {
          say(item.file, `not read: ${facts.reason}`);
          summary.addUnreadable(facts.reason);
        } else {
          for (const note of facts.facts.notes) say(item.file, note);
          const row = recordRow(item.file, facts.facts, contexts);
          for (const problem of row.problems) say(item.file, problem);
          summary.add(row);
          if (csvOut) await writeChunk(csvOut, csvRow(row));
        }
      } catch (e) {
        // Never lose the rest of the run to one file.
        const reason = `internal error reading it (${(e as Error).message})`;
        say(item.file, reason);
        summary.addUnreadable(reason);
      }
    }
    progress.tick(summary.filesSeen - summary.unreadableFiles, summary.unreadableFiles);
  }
  progress.finish(summary.filesSeen - summary.unreadableFiles, summary.unreadableFiles);
  if (csvFile) await new Promise<void>((resolve, reject) => csvFile.end((e?: Error | null) => (e ? reject(e) : resolve())));
  if (values.html !== undefined) {
    const html = htmlReport(summary, { generatedAt: (options.now ?? (() => new Date()))(), agreements: agreements.map((a) => ({ id: a.id, title: a.title })), marking: (agreements[0] as Agreement).marking.text });
    try {
      await writeFile(values.html, html);
    } catch (e) {
      io.stderr.write(`safeshare records: cannot write ${values.html}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
      return EXIT.usage;
    }
  }
  if (summary.unreadableFiles > 0) io.stderr.write(`safeshare records: ${summary.unreadableFiles} of ${summary.filesSeen} files could not be read\n`);
  return summary.unreadableFiles > 0 ? EXIT.usage : EXIT.ok;
}
