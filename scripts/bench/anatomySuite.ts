/**
 * Message anatomy benchmarks (src/policy/anatomy): messageAnatomy() with detect() on an ordinary
 * 5 KB reply, as the check runs them on every body, and on 100 KB hostile bodies that would make
 * careless line loops quadratic or careless regexes backtrack.
 */
import { messageAnatomy } from "../../src/policy/anatomy";
import { detect } from "../../src/policy/detect";
import { bodyTexts } from "../../src/policy/html";
import { corpusText } from "./corpusText";
import { repeatTo } from "./detectSuite";
import { msRow, time } from "./harness";
import type { BenchResult, Suite } from "./types";

const KB = 1000;

const SIGNATURE = "Kind regards\n\nClaire Bennett (she/her)\nProbation Officer | Derby Probation Office\nBurdett House, Derby DE1 2HT\nTel: 01332 340047 | Mobile: 07700 900123\nclaire.bennett@justice.gov.uk";
const DISCLAIMER =
  "This e-mail and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received this e-mail in error please notify the sender.";

/** About 5 KB: greeting, corpus text, sign-off, signature, disclaimer, and a quoted message. */
export function ordinaryReply(): string {
  const quoted = "-----Original Message-----\nFrom: Starting Point <starting.point@derbyshire.gov.uk>\nSent: 25 November 2026 17:52\nTo: Bennett, Claire <claire.bennett@justice.gov.uk>\nSubject: OFFICIAL-SENSITIVE: Known Persons Check\n\nHello,\n\n";
  const head = "Hi Tom,\n\n";
  const tail = `\n\n${SIGNATURE}\n\n${DISCLAIMER}\n\n${quoted}`;
  const body = corpusText(5 * KB - head.length - tail.length - 800);
  return `${head}${body}${tail}${corpusText(800)}\n\nStarting Point`;
}

/** The same reply as Outlook on the web writes it in HTML. */
function ordinaryHtmlReply(): string {
  const p = (s: string) => s.split("\n\n").map((para) => `<p>${para.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/\n/g, "<br>")}</p>`).join("");
  return (
    `<div>${p("Hi Tom,\n\n" + corpusText(3 * KB))}</div><div id="Signature">${p(SIGNATURE)}${p(DISCLAIMER)}</div><div id="appendonsend"></div><hr>` +
    `<div id="divRplyFwdMsg"><b>From:</b> Starting Point &lt;starting.point@derbyshire.gov.uk&gt;<br><b>Sent:</b> 25 November 2026 17:52<br><b>Subject:</b> KPC</div><div>${p(corpusText(800))}</div>`
  );
}

/** Hostile bodies, each about 100 KB, with what they stand for. */
export const HOSTILE_BODIES: readonly [text: string, what: string][] = [
  [repeatTo("lorem ipsum dolor sit amet ", 100 * KB), "no structure"],
  [repeatTo("a\n", 100 * KB), "a letter on every line"],
  [repeatTo("\n", 100 * KB), "only line breaks"],
  [">".repeat(10_000) + " deep\n" + repeatTo("> x\n", 90 * KB), "10,000 quote levels, then > on every line"],
  [Array.from({ length: 440 }, (_, i) => ">".repeat(i) + " x").join("\n"), "every quote depth from 0 to 439"],
  [repeatTo("> Leah Marsh is known to us\n", 100 * KB), '">" on every line'],
  [repeatTo("From: Jo <jo@x.gov.uk>\n", 100 * KB), '"From:" on every line'],
  [repeatTo("From: Jo <jo@x.gov.uk>\nSent: today\n", 100 * KB), "5,000 header blocks"],
  [repeatTo("On Tue, Jo <jo@x.gov.uk> wrote:\n> hi\n", 100 * KB), '2,700 "On … wrote:" with quotes'],
  [repeatTo("Thanks\n", 100 * KB), "a sign-off on every line"],
  ["Kind regards\n" + repeatTo("Tel: 01234 567890\n", 100 * KB), "a sign-off, then contact lines"],
  [repeatTo("This email is confidential and intended solely for the addressee.\n\n", 100 * KB), "disclaimer paragraphs"],
  ["From: " + repeatTo("a, ", 100 * KB) + "\nSent: x", "one 100 KB header field"],
  ["Hi,\n" + repeatTo("word ", 100 * KB) + "\nThanks", "one 100 KB line"],
  [repeatTo("a@", 100 * KB), 'letter-at "a@a@…"'],
];

export const anatomySuite: Suite = {
  name: "anatomy",
  run() {
    const out: BenchResult[] = [];
    const g = "anatomy";
    const reply = ordinaryReply();
    const fast = { warmup: 20, minRuns: 30, maxRuns: 500, budgetMs: 2000 };
    out.push(msRow(g, "messageAnatomy()", "5 KB reply (greeting, signature, disclaimer, quoted message)", time(() => messageAnatomy(reply), fast)));
    out.push(msRow(g, "messageAnatomy() + detect()", "5 KB reply", time(() => [messageAnatomy(reply), detect(reply)], fast), 1));
    const html = ordinaryHtmlReply();
    // A different string each run, so bodyTexts' memo of its last answer does not hide the work.
    let n = 0;
    out.push(
      msRow(g, "bodyTexts() + messageAnatomy()", "5 KB Outlook on the web HTML reply", time(() => {
        const t = bodyTexts(html + (n++ % 2 === 0 ? " " : ""));
        return messageAnatomy(t.visible, t.regions);
      }, fast)),
    );

    const hostile = { warmup: 1, minRuns: 3, maxRuns: 15, budgetMs: 1500 };
    for (const [text, what] of HOSTILE_BODIES) {
      const alone = time(() => messageAnatomy(text), hostile);
      const row = msRow(g, "adversarial messageAnatomy() + detect()", `100 KB ${what}`, time(() => [messageAnatomy(text), detect(text)], hostile), 50);
      row.detail = `${row.detail}; anatomy alone ${alone.medianMs.toFixed(2)} ms`;
      out.push(row);
    }
    const signature = "Kind regards\n" + repeatTo("Tom Fletcher\nT: 01234 567890\n", 1000 * KB);
    out.push(msRow(g, "adversarial messageAnatomy()", "1 MB signature under a sign-off", time(() => messageAnatomy(signature), { warmup: 1, minRuns: 3, maxRuns: 7, budgetMs: 3000 }), 500));
    return out;
  },
};
