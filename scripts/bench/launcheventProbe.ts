/**
 * Measures dist-style launchevent.js in fresh Node vm contexts (the JavaScript-only runtime has
 * no DOM), with the preview's simulated Office: cold start (evaluate the file, associate, handle
 * one typical message), one message with a 1 MB body, and Send with a 5 MB attachment checked
 * before Send (OnMessageAttachmentsChanged) or not. Run by launcheventSuite.ts in a child
 * process (the handlers are asynchronous; suites are not): `tsx launcheventProbe.ts FILE`
 * prints one JSON line. `tsx launcheventProbe.ts FILE --once` measures one cold start only, in
 * this process's first vm context: nothing compiled before it (V8 caches compiled regular
 * expressions per process, so the in-process runs after the first are warmer than Outlook's
 * first Send).
 */
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import vm from "node:vm";
import { SimulatedComposeItem, type SimulatedMessage } from "../../src/preview/simulatedItem";
import { createSimulatedOffice } from "../../src/preview/simulatedOffice";
import { TYPICAL } from "./checkSuite";
import { corpusText } from "./corpusText";
import { median } from "./harness";

export interface Measures {
  coldStartMs: number;
  coldRuns: number;
  bigBodyMs: number;
  bigBodyRuns: number;
  /** The same text as an HTML body (<p> per paragraph): Send also reads the HTML for hidden text. */
  bigHtmlMs: number;
  /** Send with a 5 MB attachment already checked by OnMessageAttachmentsChanged (no bytes read). */
  checkedAttachmentMs: number;
  /** The same attachment not checked before: Send reads and decodes its bytes. */
  uncheckedAttachmentMs: number;
  attachmentRuns: number;
}

export interface ProbeResult extends Measures {
  bigBodyChars: number;
  /** The start of the typical message's dialog: the suite checks it was really checked. */
  typicalDialog: string;
}

function asHtml(text: string): string {
  return text
    .split(/\n\n+/)
    .map((p) => `<p>${p.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\n/g, "<br>")}</p>`)
    .join("\n");
}

/** checkSuite's typical message, with an HTML body as Outlook composes by default. */
const typicalMessage: SimulatedMessage = {
  subject: TYPICAL.subject,
  to: TYPICAL.to.map((r) => ({ displayName: r.name, emailAddress: r.address })),
  cc: TYPICAL.cc.map((r) => ({ displayName: r.name, emailAddress: r.address })),
  bodyHtml: asHtml(TYPICAL.body),
};

type Handler = (event: { completed(options?: Office.SmartAlertsEventCompletedOptions): void }) => void;

/** A fresh context, as the JavaScript-only runtime gives: no DOM, the simulated Office. Note
 * that Node resolves a vm context's globals (Math, String…) through an interceptor, far slower
 * than an engine's own globals: hot code should hold such built-ins in locals. */
function loadOffice(source: string, message: SimulatedMessage) {
  const office = createSimulatedOffice({ item: new SimulatedComposeItem(message, { bodyFormat: message.bodyHtml === undefined ? "text" : "html" }) });
  const context = vm.createContext({ Office: office, setTimeout, clearTimeout }, { codeGeneration: { strings: false, wasm: false } });
  new vm.Script(source, { filename: "launchevent.js" }).runInContext(context);
  return office;
}

function load(source: string, message: SimulatedMessage): Handler {
  return loadOffice(source, message).associated.get("onMessageSendHandler") as Handler;
}

/** A 5 MB PDF-shaped file (not password-protected), as a report attached to a message. */
function fiveMbPdf(): Uint8Array {
  const bytes = new Uint8Array(5 * 1024 * 1024).fill(0x20);
  const head = "%PDF-1.7\n";
  const tail = "\ntrailer\n<< /Size 1 /Root 1 0 R >>\nstartxref\n0\n%%EOF\n";
  for (let i = 0; i < head.length; i++) bytes[i] = head.charCodeAt(i);
  for (let i = 0; i < tail.length; i++) bytes[bytes.length - tail.length + i] = tail.charCodeAt(i);
  return bytes;
}

/** Median time of Send with the attachment, after OnMessageAttachmentsChanged checked it (or not). */
async function attachmentSend(source: string, message: SimulatedMessage, checkedFirst: boolean, runs: number): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const office = loadOffice(source, message);
    const handler = office.associated.get("onMessageSendHandler") as Handler;
    if (checkedFirst) await send(office.associated.get("onMessageAttachmentsChangedHandler") as Handler);
    await send(load(source, { subject: "warm-up", body: "x" })); // compile the hot paths first
    const t0 = performance.now();
    await send(handler);
    times.push(performance.now() - t0);
  }
  return median(times);
}

function send(handler: Handler): Promise<Office.SmartAlertsEventCompletedOptions | undefined> {
  return new Promise((resolve) => handler({ completed: resolve }));
}

async function warmMedian(handler: Handler, runs: number): Promise<number> {
  await send(handler); // warm: the cold cost is measured separately
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const t0 = performance.now();
    await send(handler);
    times.push(performance.now() - t0);
  }
  return median(times);
}

async function measure(source: string, big: SimulatedMessage, bigHtml: SimulatedMessage): Promise<Measures & { dialog: string }> {
  const cold: number[] = [];
  let dialog = "";
  for (let run = 0; run < 15; run++) {
    // A distinct comment per run defeats V8's compilation cache: each run compiles from scratch.
    const fresh = `${source}\n//# run ${run} ${Math.random()}`;
    const t0 = performance.now();
    const handler = load(fresh, typicalMessage);
    const options = await send(handler);
    cold.push(performance.now() - t0);
    dialog = options?.errorMessage ?? "(allowed)";
  }
  const bigRuns = 7;
  const bigBodyMs = await warmMedian(load(source, big), bigRuns);
  const bigHtmlMs = await warmMedian(load(source, bigHtml), bigRuns);
  const attachmentRuns = 5;
  const withAttachment: SimulatedMessage = { ...typicalMessage, attachments: [{ name: "report.pdf", content: fiveMbPdf() }] };
  const checkedAttachmentMs = await attachmentSend(source, withAttachment, true, attachmentRuns);
  const uncheckedAttachmentMs = await attachmentSend(source, withAttachment, false, attachmentRuns);
  return { coldStartMs: median(cold), coldRuns: cold.length, bigBodyMs, bigBodyRuns: bigRuns, bigHtmlMs, checkedAttachmentMs, uncheckedAttachmentMs, attachmentRuns, dialog };
}

/** One cold start in a process that has run nothing of launchevent.js yet. */
async function coldOnce(source: string): Promise<{ coldStartMs: number; typicalDialog: string }> {
  const t0 = performance.now();
  const options = await send(load(source, typicalMessage));
  const coldStartMs = performance.now() - t0;
  return { coldStartMs, typicalDialog: (options?.errorMessage ?? "(allowed)").slice(0, 80) };
}

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) throw new Error("Usage: tsx scripts/bench/launcheventProbe.ts path/to/launchevent.js [--once]");
  const source = readFileSync(file, "utf8");
  if (process.argv[3] === "--once") {
    process.stdout.write(JSON.stringify(await coldOnce(source)) + "\n");
    return;
  }
  const text = corpusText(1_000_000);
  const big: SimulatedMessage = { ...typicalMessage, bodyHtml: undefined, body: text };
  const bigHtml: SimulatedMessage = { ...typicalMessage, bodyHtml: asHtml(text) };
  const { dialog, ...measures } = await measure(source, big, bigHtml);
  const result: ProbeResult = { ...measures, bigBodyChars: big.body?.length ?? 0, typicalDialog: dialog.slice(0, 80) };
  process.stdout.write(JSON.stringify(result) + "\n");
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
