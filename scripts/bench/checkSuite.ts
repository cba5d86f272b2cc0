/**
 * checkMessage() benchmarks: a typical message, the recipient classifier's first use, large
 * bodies (1 MB and 4 MB alternating, for the ratio; 5 MB against its budget), 1,000 recipients,
 * HTML bodies read into visible and hidden text, and adversarial HTML and addresses.
 */
import { derbyshireAgreement } from "../../src/policy/agreement";
import { checkMessage } from "../../src/policy/check";
import { bodyTexts } from "../../src/policy/html";

/** bodyTexts remembers its last answer (for the pane's poll); reading another body first makes
 * each timed call parse. */
function readFresh(html: string) {
  bodyTexts("<p></p>");
  return bodyTexts(html);
}
import { RecipientClassifier } from "../../src/policy/recipients";
import type { Recipient, Snapshot } from "../../src/policy/snapshot";
import { corpusText } from "./corpusText";
import { repeatTo } from "./detectSuite";
import { msRow, time, timeInterleaved, type Timing } from "./harness";
import { bigBody, manyRecipients } from "./largeInputs";
import type { BenchResult, Suite } from "./types";

const MB = 1_000_000;

/** A typical Known Persons Check: two partner recipients, one webmail, personal data in the
 * subject and a short body. */
export const TYPICAL: Snapshot = {
  subject: "KPC request for John Smith DOB 12/03/1985",
  to: [{ name: "Starting Point", address: "starting.point@derbyshire.gov.uk" }],
  cc: [
    { name: "Jane Doe", address: "jane.doe@justice.gov.uk" },
    { name: "", address: "sam.jones@gmail.com" },
  ],
  bcc: [],
  body:
    "Hello,\n\nPlease can you complete a Known Persons Check for John Smith (DOB 12/03/1985) of 22 Station " +
    "Street, Chesterfield S40 1AA. Also living at the address is Freddie Ward. CRN X123456.\n\nMany thanks\n\nJane Doe\nProbation Officer",
  attachments: [],
};

const NOW = new Date("2026-11-25T10:00:00Z");
const OPTIONS = { now: NOW, sender: "jane.doe@justice.gov.uk" };

const withBody = (body: string, extra: Partial<Snapshot> = {}): Snapshot => ({ ...TYPICAL, body, ...extra });
const check = (s: Snapshot) => checkMessage(s, derbyshireAgreement, OPTIONS);

const ms = (name: string, input: string, t: Timing, target?: number): BenchResult => msRow("check", name, input, t, target);

/** HTML and addresses built to make a careless reader go quadratic or recurse. */
const ADVERSARIAL_HTML: readonly [html: string, what: string][] = [
  ["<div>".repeat(20_000) + "Kelly Brennan" + "</div>".repeat(20_000), "20,000 nested <div>s"],
  [repeatTo('<span style="color:#fff;background:#fff;font-size:0;display:none">x</span>', 100_000), "100 KB of hidden styled spans"],
  [repeatTo("<!--", 100_000), '100 KB "<!--<!--…"'],
  [repeatTo('<a title="', 100_000), '100 KB unclosed attributes <a title="…'],
  [repeatTo("&amp;&#x41;&nbsp", 100_000), "100 KB entities"],
  [repeatTo("<!--[if mso]>", 100_000), "100 KB conditional-comment openers"],
];

const ADVERSARIAL_RECIPIENTS: readonly [recipients: Recipient[], what: string][] = [
  [[{ name: "", address: repeatTo("a", 10_000) + "@" + repeatTo("b.", 10_000) + "uk" }], "one 20,000-character address"],
  [[{ name: repeatTo("Jane Doe <jane@derbyshire.gov.uk>, ", 20_000), address: "jane.doe@gmail.com" }], "a 20,000-character display name full of addresses"],
  [[{ name: "", address: repeatTo("@", 10_000) }], '"@@@…" ×10,000'],
  [manyRecipients(200).map((r) => ({ name: r.name, address: r.address.replace(/\.gov\.uk$/, ".gov.uk.evil.example") })), "200 look-alike suffix domains"],
];

export const checkSuite: Suite = {
  name: "check",
  run() {
    const out: BenchResult[] = [];
    const typical = time(() => check(TYPICAL), {
      warmup: 50,
      minRuns: 50,
      maxRuns: 2000,
      budgetMs: 3000,
    });
    out.push({
      group: "check",
      name: "checkMessage() latency",
      input: "typical KPC message (3 recipients, 300-character body)",
      value: typical.medianMs,
      unit: "ms",
      detail: `median of ${typical.runs}`,
      target: { op: "<=", limit: 1 },
    });
    const build = time(() => new RecipientClassifier(derbyshireAgreement), { warmup: 2, minRuns: 10, maxRuns: 50, budgetMs: 2000 });
    out.push({
      group: "check",
      name: "recipient classifier build",
      input: "Derbyshire agreement + UK public-sector list (once per agreement)",
      value: build.medianMs,
      unit: "ms",
      detail: `median of ${build.runs}`,
    });

    // Large bodies: 1 MB and 4 MB alternate so machine load hits both sides of the ratio.
    const oneMb = withBody(corpusText(MB));
    const fourMb = withBody(corpusText(4 * MB));
    const [t1, t4] = timeInterleaved([() => check(oneMb), () => check(fourMb)], { warmup: 1, minRuns: 3, maxRuns: 7, budgetMs: 12_000 }) as [Timing, Timing];
    out.push(ms("checkMessage()", "1 MB corpus body, alternating with 4 MB", t1, 500));
    out.push(ms("checkMessage()", "4 MB corpus body, alternating with 1 MB", t4, 2000));
    out.push({ group: "check", name: "4 MB / 1 MB time ratio", input: "checkMessage(), corpus bodies", value: t4.medianMs / t1.medianMs, unit: "×", detail: "runs alternate", target: { op: "<=", limit: 4.5 } });
    const fiveMb = withBody(bigBody(5 * MB));
    out.push(ms("checkMessage()", "5 MB body, personal data in every paragraph", time(() => check(fiveMb), { warmup: 1, minRuns: 3, maxRuns: 5, budgetMs: 8_000 }), 2000));
    const thousand = { ...TYPICAL, to: manyRecipients(1000), cc: [] };
    out.push(ms("checkMessage()", "1,000 recipients, typical body", time(() => check(thousand), { warmup: 2, minRuns: 5, maxRuns: 30, budgetMs: 3_000 }), 250));

    // HTML bodies: reading 5 MB into visible and hidden text, then checking both.
    const paragraph = '<p style="margin:0">Please can you check <b>Kelly Brennan</b> (DOB 12/03/1985) of S40 1AA.</p><div style="display:none">NHS 943 476 5919</div>\n';
    const html = repeatTo(paragraph, 5 * MB);
    out.push(ms("bodyTexts()", "5 MB HTML body → visible + hidden text", time(() => readFresh(html), { warmup: 1, minRuns: 3, maxRuns: 7, budgetMs: 6_000 }), 1500));
    const read = bodyTexts(html);
    const htmlSnapshot = withBody(read.visible, { hiddenText: read.hidden });
    out.push(ms("checkMessage()", "5 MB HTML body's visible + hidden text", time(() => check(htmlSnapshot), { warmup: 1, minRuns: 3, maxRuns: 5, budgetMs: 8_000 }), 2000));

    for (const [text, what] of ADVERSARIAL_HTML) {
      out.push(ms("adversarial bodyTexts()", what, time(() => readFresh(text), { warmup: 1, minRuns: 3, maxRuns: 15, budgetMs: 1500 }), 50));
    }
    for (const [recipients, what] of ADVERSARIAL_RECIPIENTS) {
      const s = { ...TYPICAL, to: recipients, cc: [] };
      out.push(ms("adversarial checkMessage()", what, time(() => check(s), { warmup: 1, minRuns: 3, maxRuns: 15, budgetMs: 1500 }), 50));
    }
    return out;
  },
};
