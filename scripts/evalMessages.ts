/**
 * Whole-message evaluation: each labelled message ({"id", "category", "message", "expect":
 * {"verdict"}}) is checked as `safeshare scan` checks it, and scored as a user feels it:
 * ordinary mail (expected pass) that went without a dialog, was interrupted (warn or block) or
 * blocked; mistakes (expected block) stopped; marking lapses (expected warn) at least warned.
 */
import { existsSync, readFileSync } from "node:fs";
import { scanLine } from "../src/cli/scanCommand";
import { defaultAgreement, deployedAgreements } from "../src/policy/agreement";
import type { Verdict } from "../src/policy/rules";

export interface LabelledMessage {
  id: string;
  category: string;
  expected: Verdict;
  line: string;
}

export interface MessageOutcome {
  message: LabelledMessage;
  /** The verdict SafeShare gave, or an error for a line it could not read. */
  verdict: Verdict | "error";
  /** The rules behind a warn or block (for the misses listing). */
  rules: string[];
}

export function loadLabelledMessages(file: string): LabelledMessage[] {
  const out: LabelledMessage[] = [];
  readFileSync(file, "utf8")
    .split("\n")
    .forEach((line, i) => {
      if (line.trim() === "") return;
      let o: { id?: unknown; category?: unknown; expect?: { verdict?: unknown } };
      try {
        o = JSON.parse(line) as typeof o;
      } catch (error) {
        throw new Error(`${file}:${i + 1}: not JSON (${error instanceof Error ? error.message : String(error)})`, { cause: error });
      }
      const expected = o.expect?.verdict;
      if (typeof o.id !== "string" || typeof o.category !== "string" || (expected !== "pass" && expected !== "warn" && expected !== "block")) {
        throw new Error(`${file}:${i + 1}: expected {"id", "category", "message", "expect": {"verdict": "pass"|"warn"|"block"}}`);
      }
      out.push({ id: o.id, category: o.category, expected, line });
    });
  return out;
}

/** Messages without "sentAt" are checked on a Wednesday, so mailbox schedules stay out of it. */
const DEFAULT_NOW = new Date("2026-11-25T10:00:00Z");

export function runMessages(messages: readonly LabelledMessage[]): MessageOutcome[] {
  return messages.map((message, i) => {
    const result = scanLine(message.line, i + 1, { agreement: defaultAgreement, agreements: deployedAgreements, now: () => DEFAULT_NOW });
    if (result === null || "error" in result) return { message, verdict: "error" as const, rules: [] };
    const rules = result.findings.filter((f) => f.severity !== "info").map((f) => `${f.rule}:${f.severity}`);
    return { message, verdict: result.verdict, rules: rules.filter((r, k) => rules.indexOf(r) === k) };
  });
}

export interface MessageScores {
  ordinary: number;
  ordinaryPassed: number;
  ordinaryInterrupted: number;
  ordinaryBlocked: number;
  mistakes: number;
  mistakesBlocked: number;
  lapses: number;
  lapsesWarned: number;
  errors: number;
}

export function scoreMessages(outcomes: readonly MessageOutcome[]): MessageScores {
  const s: MessageScores = { ordinary: 0, ordinaryPassed: 0, ordinaryInterrupted: 0, ordinaryBlocked: 0, mistakes: 0, mistakesBlocked: 0, lapses: 0, lapsesWarned: 0, errors: 0 };
  for (const o of outcomes) {
    if (o.verdict === "error") s.errors++;
    if (o.message.expected === "pass") {
      s.ordinary++;
      if (o.verdict === "pass") s.ordinaryPassed++;
      // An unreadable line counts against SafeShare: the user would have seen a failure.
      else s.ordinaryInterrupted++;
      if (o.verdict === "block" || o.verdict === "error") s.ordinaryBlocked++;
    } else if (o.message.expected === "block") {
      s.mistakes++;
      if (o.verdict === "block") s.mistakesBlocked++;
    } else {
      s.lapses++;
      if (o.verdict === "warn" || o.verdict === "block") s.lapsesWarned++;
    }
  }
  return s;
}

/** The issue's targets for whole messages. */
export function messageTargets(s: MessageScores): { met: boolean; lines: string[] } {
  const rate = s.ordinary === 0 ? 0 : s.ordinaryInterrupted / s.ordinary;
  const checks: [boolean, string][] = [
    [s.ordinaryBlocked === 0, `no ordinary message blocked: ${s.ordinaryBlocked} blocked`],
    [rate <= 0.05, `at most 5% of ordinary messages interrupted: ${(rate * 100).toFixed(1)}% (${s.ordinaryInterrupted} of ${s.ordinary})`],
    [s.mistakesBlocked === s.mistakes, `every mistake blocked: ${s.mistakesBlocked} of ${s.mistakes}`],
    [s.lapsesWarned === s.lapses, `every marking lapse at least warned: ${s.lapsesWarned} of ${s.lapses}`],
  ];
  return { met: checks.every(([ok]) => ok), lines: checks.map(([ok, text]) => `- ${ok ? "met" : "MISSED"}: ${text}`) };
}

function pct(n: number, d: number): string {
  return d === 0 ? "—" : `${n} of ${d} (${((100 * n) / d).toFixed(0)}%)`;
}

/** The markdown block for one message set: totals, targets and a row per category. */
export function messagesTable(title: string, outcomes: readonly MessageOutcome[]): string {
  const s = scoreMessages(outcomes);
  const targets = messageTargets(s);
  const categories = new Map<string, MessageOutcome[]>();
  for (const o of outcomes) categories.set(o.message.category, (categories.get(o.message.category) ?? []).concat(o));
  const rows = Array.from(categories.entries()).map(([category, list]) => {
    const count = (v: string) => list.filter((o) => o.verdict === v).length;
    return `| ${category} | ${list[0]?.message.expected} | ${list.length} | ${count("pass")} | ${count("warn")} | ${count("block")} |`;
  });
  return [
    `### ${title}`,
    "",
    `Ordinary mail passed without a dialog: ${pct(s.ordinaryPassed, s.ordinary)}; interrupted (warn or block): ${pct(s.ordinaryInterrupted, s.ordinary)}; blocked: ${pct(s.ordinaryBlocked, s.ordinary)}.`,
    `Mistakes blocked: ${pct(s.mistakesBlocked, s.mistakes)}. Marking lapses warned or blocked: ${pct(s.lapsesWarned, s.lapses)}.${s.errors ? ` Unreadable lines: ${s.errors}.` : ""}`,
    "",
    `Targets: ${targets.met ? "all met" : "NOT all met"}`,
    "",
    ...targets.lines,
    "",
    "| Category | Expected | Messages | Pass | Warn | Block |",
    "|---|---|---|---|---|---|",
    ...rows,
  ].join("\n");
}

/** Messages whose verdict differs from the label, with the rules that fired. */
export function messageMisses(outcomes: readonly MessageOutcome[]): string[] {
  return outcomes.filter((o) => o.verdict !== o.message.expected).map((o) => `- ${o.message.id}: expected ${o.message.expected}, got ${o.verdict}${o.rules.length ? ` (${o.rules.join(", ")})` : ""}`);
}

export function loadIfPresent(file: string): LabelledMessage[] | null {
  return existsSync(file) ? loadLabelledMessages(file) : null;
}
