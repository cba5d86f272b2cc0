/** Detection benchmarks: detect() latency, throughput, scaling, adversarial inputs, peers. */
import { detect } from "../../src/policy/detect";
import { compromisePeer } from "../evalPeers";
import { makeRedactPii } from "../evalRedactPii";
import { body5k, corpusText } from "./corpusText";
import { msRow, time, timeInterleaved, type Timing } from "./harness";
import type { BenchResult, Suite } from "./types";

const MB = 1_000_000;
const ADVERSARIAL_CHARS = 100_000;

/** Repeats `unit` to exactly `chars` characters. */
export const repeatTo = (unit: string, chars: number): string => unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);

/** Inputs that make careless regexes backtrack or careless loops go quadratic: each string
 * repeated to 100,000 characters, with what it stands for. */
export const ADVERSARIAL: readonly [unit: string, what: string][] = [
  ["1", "digits"],
  [" ", "spaces"],
  ["Aaa Bbb ", "capitalised words"],
  [".", "dots"],
  ["@", "at signs"],
  ["-", "hyphens"],
  ["1-", "digit-hyphen"],
  ["a@", "letter-at"],
  ["Mr ", "titles"],
  ["1 ", "spaced digits"],
  ["\n", "newlines"],
  ["a", "lowercase letters"],
  ["a.", "letter-dot"],
  ["Aaa-Bbb-", "hyphenated names"],
  ["DOB 01/01/2000 ", "dates of birth"],
  ["A1 1AA ", "postcodes"],
];

/** `digits "111…"`: the repeated string shown three times, escaped. */
export const describeAdversarial = (unit: string, what: string): string =>
  `100 KB ${what} ${JSON.stringify(unit.repeat(3)).slice(0, -1)}…"`;

const ms = msRow;

export const detectSuite: Suite = {
  name: "detect",
  run() {
    const out: BenchResult[] = [];
    const g = "detect";
    const body = body5k();
    out.push(ms(g, "detect() latency", "5 KB body", time(() => detect(body), { warmup: 20, minRuns: 30, maxRuns: 500, budgetMs: 2000 }), 1));

    // Throughput: 1 MB on its own, repeated (steady state).
    const oneMb = corpusText(MB);
    const alone = time(() => detect(oneMb), { warmup: 2, minRuns: 7, maxRuns: 15, budgetMs: 10_000 });
    const mbps = Buffer.byteLength(oneMb, "utf8") / MB / (alone.medianMs / 1000);
    out.push({ group: g, name: "detect() throughput", input: "1 MB corpus text, run alone", value: mbps, unit: "MB/s", detail: `median of ${alone.runs}`, target: { op: ">=", limit: 20 } });

    // Scaling: 1 MB and 4 MB alternate, so load changes on the machine hit both sides of the
    // ratio (each 1 MB run then also pays for the 4 MB run's garbage: slower than "alone").
    const fourMb = corpusText(4 * MB);
    const [t1, t4] = timeInterleaved([() => detect(oneMb), () => detect(fourMb)], { warmup: 1, minRuns: 5, maxRuns: 11, budgetMs: 15_000 }) as [
      Timing,
      Timing,
    ];
    out.push(ms(g, "detect() time", "1 MB corpus text, alternating with 4 MB", t1));
    out.push(ms(g, "detect() time", "4 MB corpus text, alternating with 1 MB", t4));
    const ratio = t4.medianMs / t1.medianMs;
    out.push({ group: g, name: "4 MB / 1 MB time ratio", input: "corpus text", value: ratio, unit: "×", detail: "runs alternate", target: { op: "<=", limit: 4.5 } });

    for (const [unit, what] of ADVERSARIAL) {
      const text = repeatTo(unit, ADVERSARIAL_CHARS);
      const t = time(() => detect(text), { warmup: 1, minRuns: 3, maxRuns: 15, budgetMs: 1500 });
      out.push(ms(g, "adversarial", describeAdversarial(unit, what), t, 50));
    }

    const peerOpts = { warmup: 5, minRuns: 10, maxRuns: 200, budgetMs: 2000 };
    out.push(ms("peers", "compromise people/emails/phones", "5 KB body", time(() => compromisePeer.find(body), peerOpts)));
    const redactPii = makeRedactPii();
    out.push(ms("peers", "redact-pii SyncRedactor.redact", "5 KB body", time(() => redactPii.redact(body), peerOpts)));
    return out;
  },
};
