/**
 * The command line on hostile and very large input, run as a user runs it (`node bin/safeshare.js`,
 * a fresh process each time): wall time and the process's peak memory (maxRSS), start-up
 * included. Each run's output is checked too, so a row cannot report a fast failure: the
 * hostile scan line must give its own error record and the line after it must still be checked.
 * The prebuilt bundle (dist-cli/safeshare.cjs) is built first, as `npm run build:cli` does; each
 * row says whether the bin ran it (it runs the sources through tsx when they are newer).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, openSync, closeSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { buildCliBundle } from "../cli-bundle/build";
import { median } from "./harness";
import type { BenchResult, Suite } from "./types";

const BIN = join(__dirname, "..", "..", "bin", "safeshare.js");
const NOW = "2026-11-25T10:00:00Z";
const RUNS = 3;
const MB = 1024 * 1024;

/** Loaded with --require: reports the process's peak resident memory as it exits. */
const RSS_REPORTER = `process.on("exit", () => { const u = process.resourceUsage(); process.stderr.write("\\n@maxrss " + u.maxRSS + " @cpu " + (u.userCPUTime + u.systemCPUTime) + "\\n"); });\n`;

interface Run {
  ms: number;
  /** User + system CPU time: steadier than wall time on a shared machine. */
  cpuMs: number;
  maxRssMb: number;
  status: number | null;
  stdout: string;
  stderr: string;
  /** What the bin ran, from its SAFESHARE_CLI_TRACE line. */
  via: "bundle" | "tsx";
}

/** SAFESHARE_CLI_BUNDLE=off runs the sources through tsx even when a bundle is built. */
type Env = Record<string, string>;

function runCli(dir: string, args: string[], stdinFile?: string, env: Env = {}): Run {
  const reporter = join(dir, "rss-reporter.js");
  writeFileSync(reporter, RSS_REPORTER);
  const stdin = stdinFile === undefined ? "ignore" : openSync(stdinFile, "r");
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ["--require", reporter, BIN, ...args], {
    stdio: [stdin, "pipe", "pipe"],
    encoding: "utf8",
    maxBuffer: 256 * MB,
    env: { ...process.env, SAFESHARE_CLI_TRACE: "1", ...env },
  });
  const ms = performance.now() - t0;
  if (typeof stdin === "number") closeSync(stdin);
  const m = /@maxrss (\d+) @cpu (\d+)/.exec(r.stderr);
  if (!m) throw new Error(`no memory report from safeshare ${args.join(" ")}: ${r.stderr.slice(0, 500)}`);
  const via = /^safeshare: running (the bundle|src\/cli through tsx)/m.exec(r.stderr)?.[1];
  if (via === undefined) throw new Error(`no trace line from safeshare ${args.join(" ")}: ${r.stderr.slice(0, 500)}`);
  return { ms, cpuMs: Number(m[2]) / 1000, maxRssMb: Number(m[1]) / 1024, status: r.status, stdout: r.stdout, stderr: r.stderr, via: via === "the bundle" ? "bundle" : "tsx" };
}

/** Runs a command RUNS times; `verify` throws when its output is wrong. */
function measure(dir: string, args: string[], stdinFile: string | undefined, verify: (run: Run) => void, env: Env = {}): Measured {
  const runs: Run[] = [];
  for (let i = 0; i < RUNS; i++) {
    const run = runCli(dir, args, stdinFile, env);
    verify(run);
    runs.push(run);
  }
  return { ms: median(runs.map((r) => r.ms)), cpuMs: median(runs.map((r) => r.cpuMs)), mb: Math.max(...runs.map((r) => r.maxRssMb)), bundleRuns: runs.filter((r) => r.via === "bundle").length };
}

interface Measured {
  ms: number;
  cpuMs: number;
  mb: number;
  /** How many of the runs ran the prebuilt bundle (the others ran the sources through tsx). */
  bundleRuns: number;
}

function via(m: Measured): string {
  if (m.bundleRuns === RUNS) return "ran the prebuilt bundle";
  if (m.bundleRuns === 0) return "ran the sources through tsx";
  return `ran the prebuilt bundle in ${m.bundleRuns} of ${RUNS} runs, the sources through tsx in the others (a source changed meanwhile)`;
}

function rows(name: string, input: string, m: Measured, limits: { ms: number; mb: number }): BenchResult[] {
  const detail = `median of ${RUNS} processes, start-up included; ${via(m)}; CPU ${Math.round(m.cpuMs)} ms`;
  return [
    { group: "cli", name: `${name}: time`, input, value: m.ms, unit: "ms", detail, target: { op: "<=", limit: limits.ms } },
    { group: "cli", name: `${name}: peak memory`, input, value: m.mb, unit: "MB", detail: `highest maxRSS of ${RUNS}`, target: { op: "<=", limit: limits.mb } },
  ];
}

/** Quoted-printable, as Outlook sends HTML: "=" escaped, lines soft-broken at 76. */
function quotedPrintable(text: string): string {
  const out: string[] = [];
  for (const line of text.replace(/=/g, "=3D").split("\n")) {
    let rest = line;
    while (rest.length > 75) {
      // Never split an "=XX" escape.
      let cut = 75;
      const eq = rest.lastIndexOf("=", cut);
      if (eq > cut - 3) cut = eq;
      out.push(rest.slice(0, cut) + "=");
      rest = rest.slice(cut);
    }
    out.push(rest);
  }
  return out.join("\r\n");
}

/** An Outlook-style paragraph of ordinary correspondence (styled spans, no personal data). */
const ORDINARY =
  '<p class="MsoNormal"><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif;color:#1F497D">Thank you for the update on the referral. ' +
  "The panel met on Tuesday and agreed the actions from the last meeting; the minutes will follow once they are approved.</span></p>\n";
/** A paragraph with a name, a date of birth and a postcode on screen and an NHS number hidden. */
const PERSONAL =
  '<p style="margin:0;color:#1F497D">Please can you check <b>Kelly Brennan</b> (DOB 12/03/1985) of S40 1AA.</p><div style="display:none">NHS 943 476 5919</div>\n';

/** A text/html message of about `mb` MB of HTML (20 for the bench), quoted-printable as Outlook
 * sends it; one paragraph in `every` holds personal data. */
export function bigHtmlEml(every: number, mb = 20): string {
  const unit = ORDINARY.repeat(every - 1) + PERSONAL;
  const html = "<html><body>" + unit.repeat(Math.ceil((mb * MB) / unit.length)) + "</body></html>";
  const head = [
    "From: Jane Doe <jane.doe@justice.gov.uk>",
    "To: Starting Point <starting.point@derbyshire.gov.uk>",
    "Subject: OFFICIAL-SENSITIVE: ref KPC/2026/0142",
    "Date: Wed, 25 Nov 2026 10:00:00 +0000",
    "MIME-Version: 1.0",
    "Content-Type: text/html; charset=utf-8",
    "Content-Transfer-Encoding: quoted-printable",
  ];
  return head.join("\r\n") + "\r\n\r\n" + quotedPrintable(html) + "\r\n";
}

/** The line after a hostile one: a name in the subject, which must still be reported. */
const NEXT_LINE = JSON.stringify({ id: "after", to: "starting.point@derbyshire.gov.uk", subject: "KPC request for John Smith", body: "Hello" });

function verifyScan(expectedError: RegExp): (run: Run) => void {
  return (run) => {
    const lines = run.stdout.trimEnd().split("\n").map((l) => JSON.parse(l) as { line?: number; error?: string; id?: string; findings?: { rule: string; kind?: string }[] });
    const [first, second] = lines;
    if (lines.length !== 2 || first?.line !== 1 || !expectedError.test(first.error ?? "")) throw new Error(`the hostile line gave no error record: ${run.stdout.slice(0, 300)}`);
    if (second?.id !== "after" || !(second.findings ?? []).some((f) => f.rule === "subject-personal-data" && f.kind === "person-name")) {
      throw new Error(`the line after the hostile one was not checked: ${run.stdout.slice(0, 300)}`);
    }
  };
}

export const cliSuite: Suite = {
  name: "cli",
  async run() {
    await buildCliBundle();
    const dir = mkdtempSync(join(tmpdir(), "safeshare-bench-cli-"));
    try {
      const out: BenchResult[] = [];
      const help = (r: Run) => {
        if (r.status !== 0) throw new Error("safeshare --help failed");
      };
      out.push(...rows("process start-up", "safeshare --help (no input)", measure(dir, ["--help"], undefined, help), { ms: 3000, mb: 200 }));
      // What a fresh clone (or a stale bundle) costs at each start.
      out.push(...rows("process start-up without the bundle", "safeshare --help (no input), SAFESHARE_CLI_BUNDLE=off", measure(dir, ["--help"], undefined, help, { SAFESHARE_CLI_BUNDLE: "off" }), { ms: 3000, mb: 200 }));

      for (const [every, input] of [
        [50, "text/html, quoted-printable; personal data in 1 paragraph in 50, some hidden"],
        [1, "text/html, quoted-printable; personal data in every paragraph, some hidden"],
      ] as const) {
        const eml = join(dir, `big-html-${every}.eml`);
        writeFileSync(eml, bigHtmlEml(every));
        const check = measure(dir, ["check", "--now", NOW, eml], undefined, (r) => {
          // A partner may receive the visible personal data; the hidden NHS numbers are a warning.
          if (r.status !== 1 || !/hidden-personal-data/.test(r.stdout)) {
            throw new Error(`check of the 20 MB HTML message did not warn of hidden personal data: status ${r.status}, ${r.stdout.slice(0, 300)}${r.stderr.slice(0, 300)}`);
          }
        });
        out.push(...rows("check: 20 MB HTML body (.eml)", input, check, { ms: 3000, mb: 400 }));
      }

      const addresses: string[] = [];
      for (let i = 0; i < 140_000; i++) addresses.push(`person.${i}@example.org`);
      const hostile = join(dir, "hostile.jsonl");
      writeFileSync(hostile, JSON.stringify({ id: "hostile", to: addresses.join(", "), subject: "x" }) + "\n" + NEXT_LINE + "\n");
      const many = measure(dir, ["scan", "--now", NOW], hostile, verifyScan(/"to" is .* characters long/));
      out.push(...rows("scan: hostile line (140,000 addresses)", "one line, then a line with a name in the subject", many, { ms: 5000, mb: 512 }));

      const spaces = join(dir, "spaces.jsonl");
      writeFileSync(spaces, JSON.stringify({ id: "spaces", to: " ".repeat(1_000_000) + "x", subject: "x" }) + "\n" + NEXT_LINE + "\n");
      const blank = measure(dir, ["scan", "--now", NOW], spaces, verifyScan(/"to" is 1,000,001 characters long/));
      out.push(...rows("scan: a recipient of 1,000,000 spaces", "one line, then a line with a name in the subject", blank, { ms: 5000, mb: 512 }));
      return out;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
