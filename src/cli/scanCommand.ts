/**
 * `safeshare scan`: messages as JSON lines on stdin, one verdict line each on stdout, in input
 * order, streamed. scanLine() is the per-line work; runScan() the streaming shell.
 */
import { checkMessage } from "../policy/check";
import type { Agreement } from "../policy/agreement";
import { agreementChoice, ISO_EXPECTED, parseCommandArgs, parseIsoInstant, resolveExchange } from "./cliArgs";
import { EXIT, type CommandIo } from "./io";
import { parseLine, streamJsonLines } from "./jsonLines";
import { messageFromJson } from "./messageInput";
import { outputLine, type OutputLine } from "./scanOutput";

export const SCAN_USAGE = `Usage: safeshare scan [--agreements DIR|FILE]… [--agreement FILE] [--now ISO] [--sender ADDRESS] < in.jsonl > out.jsonl

Checks each message against an agreement of the set. Reads JSON lines on stdin, one message each:
  {"id": "...", "from", "to", "cc", "bcc", "subject", "body", "bodyType": "text"|"html",
   "attachments": [{"name", "contentBase64"}], "sentAt": ISO-8601, "exchange"}
Every field but "id" is optional (null counts as absent). A labelled corpus line
{"id", "category", "message": {…}, "expect"} is checked as its "message". Recipients are "Name <address>"
strings (one string may hold several, comma-separated, as in an e-mail header), {"name",
"address"} objects, or an array of either. "exchange" names the exchange being sent: its bare id
where only one agreement of the set has it, else "agreementId/exchangeId". Each message is judged
under the agreements its sender ("from": an address, "Name <address>" or {"name", "address"};
or --sender) is a party to, and the sender's name is read as Outlook's profile name: a recipient is on a route
when one of them has the recipient's organisation as a party too (with no sender, all apply).
An exchange no agreement has, or a bare id that two agreements share, gives an error record for
that line.

Writes one line per message, in input order, as soon as it is checked:
  {"id", "verdict": "block"|"warn"|"pass", "findings": [{"rule", "severity", "field", "kind"?,
   "start"?, "end"?, "recipient"?, "attachment"?, "message", "fix"?}], "bodyOffsets",
   "renderedBody"?}
start/end are JavaScript string indices (UTF-16 code units, end exclusive) into "subject" or
the body. "bodyOffsets" says which body text: "text" = the "body" as given; "rendered-html" =
the text an HTML body renders to (what the recipient reads), given on the line as
"renderedBody". Text an HTML body hides (comments, display:none, white on white…) is checked
too; its findings (rule "hidden-personal-data") have no offsets. "fix" is the label of the suggested fix. Findings are worst first.
A blank line is skipped. A malformed line (bad JSON, wrong field types, bad base64 or date)
gives {"line": N, "error": "..."} and a message on stderr, and scanning carries on. So does a
line over the limits: longer than 64 Mi characters, or a "to", "cc" or "bcc" with more than
1,000 addresses or 262,144 characters (Exchange Online's own limits are lower).

Options:
  --agreements DIR|FILE  the agreement set: every *.json in DIR, or FILE; repeat for more
                     (default: the deployment's folder, agreements/ or $SAFESHARE_AGREEMENTS).
                     Read and checked as 'safeshare agreement lint' does: on any problem in
                     any file, every problem is listed on stderr with its file and JSON path
                     and nothing is checked (exit 3). The default agreement is the Derbyshire
                     one if present, else the first by file name.
  --agreement FILE   check against this one agreement JSON instead (same refusal)
  --now ISO          the send time for messages without "sentAt" (default: the current time)
  --sender ADDRESS   the sender for messages without "from" (for "own organisation")
  -h, --help         show this help

Exit status: 0 every line was checked (whatever the verdicts: read them from the output);
3 some lines were malformed, or bad usage or agreement; 4 checking some line failed inside
SafeShare (that line has an error record; the others were checked).`;

export type ScanLineResult = OutputLine | { line: number; error: string };

export interface ScanDefaults {
  /** The set's default agreement (the set, when `agreements` is not given). */
  agreement: Agreement;
  /** The loaded set: "exchange" ids are looked up in it, and each message is judged under the
   * agreements its sender is a party to (default: just `agreement`). */
  agreements?: readonly Agreement[];
  /** The time for messages without "sentAt". */
  now: () => Date;
  sender?: string;
}

/**
 * A labelled corpus line ({"id", "category", "message": {...}, "expect"}, as in
 * ../shared/corpus/messages.dev.jsonl) is checked as its "message"; the id is the line's unless
 * the message has its own.
 */
export function unwrapLabelled(value: unknown): unknown {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return value;
  const outer = value as Record<string, unknown>;
  const inner = outer.message;
  if (inner === null || typeof inner !== "object" || Array.isArray(inner)) return value;
  const message = inner as Record<string, unknown>;
  return message.id === undefined && outer.id !== undefined ? { ...message, id: outer.id } : message;
}

/** One input line (1-based number `n`) → its output object; null for a blank line. */
export function scanLine(line: string, n: number, defaults: ScanDefaults): ScanLineResult | null {
  const read = parseLine(line, n);
  if (read === undefined) return null;
  if ("error" in read) return read;
  const input = messageFromJson(unwrapLabelled(read.value));
  if (!input.ok) return { line: n, error: input.error };
  const m = input.message;
  const target = resolveExchange(m.exchange, { agreements: defaults.agreements ?? [defaults.agreement], fallback: defaults.agreement });
  if (!target.ok) return { line: n, error: target.error };
  const sender = m.sender ?? defaults.sender;
  const report = checkMessage(m.snapshot, defaults.agreements ?? [defaults.agreement], {
    now: m.sentAt ?? defaults.now(),
    ...(sender !== undefined ? { sender } : {}),
    ...(m.sender !== undefined && m.senderName !== undefined ? { senderName: m.senderName } : {}),
    ...(target.exchange !== undefined ? { exchange: `${target.agreement.id}/${target.exchange}` } : {}),
  });
  return outputLine(m.id, report, m.renderedBody);
}

function usageError(message: string, io: CommandIo): number {
  io.stderr.write(`safeshare scan: ${message}\n\n${SCAN_USAGE}\n`);
  return EXIT.usage;
}

/** Runs `safeshare scan [options]` over io.stdin; resolves to the exit status. */
export async function runScan(args: readonly string[], io: CommandIo, clock: () => Date = () => new Date()): Promise<number> {
  const parsed = parseCommandArgs(args, { agreement: { type: "string" }, agreements: { type: "string", multiple: true }, now: { type: "string" }, sender: { type: "string" } }, false);
  if (!parsed.ok) return usageError(parsed.error, io);
  const { agreement: file, agreements: paths, now: nowText, sender } = parsed.values as { agreement?: string; agreements?: string[]; now?: string; sender?: string };
  if (file !== undefined && paths !== undefined) return usageError("give --agreement FILE or --agreements DIR|FILE, not both", io);
  let now = clock;
  if (nowText !== undefined) {
    const at = parseIsoInstant(nowText);
    if (at === null) return usageError(`--now must be ${ISO_EXPECTED}`, io);
    now = () => at;
  }
  const choice = await agreementChoice(file, paths, "scan", io);
  if (choice === null) return EXIT.usage;
  const defaults: ScanDefaults = { agreement: choice.fallback, agreements: choice.agreements, now, ...(sender !== undefined && sender !== "" ? { sender } : {}) };

  return streamJsonLines("scan", io.stdin, io, (line, n) => scanLine(line, n, defaults));
}
