/** Verdicts as `safeshare scan` gives them, for the tuning tests. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { scanLine } from "../../../src/cli/scanCommand";
import { defaultAgreement, deployedAgreements } from "../../../src/policy/agreement";
import { detect } from "../../../src/policy/detect";

const NOW = "2026-11-25T10:00:00Z";

function verdictOf(line: string): string {
  return (scanLine(line, 1, { agreement: defaultAgreement, agreements: deployedAgreements, now: () => new Date(NOW) }) as { verdict: string }).verdict;
}

/** The verdict `safeshare scan` gives a message (from, to, subject, body) under every deployed agreement. */
export function scanVerdict(message: { from: string; to: string[]; subject: string; body: string }): string {
  return verdictOf(JSON.stringify({ ...message, id: "m", cc: [], bodyType: "text", sentAt: NOW }));
}

/** The verdict `safeshare scan` gives a tuning message as written, or with one phrase of its body changed. */
export function fixtureVerdict(file: string, id: string, from?: string, to?: string): string {
  const line = readFileSync(join(__dirname, "..", "..", "fixtures", "messages", file), "utf8").split("\n").find((l) => l.includes(`"id": "${id}`) || l.includes(`"id":"${id}`)) as string;
  const parsed = JSON.parse(line) as { message: { body: string } };
  if (from !== undefined && to !== undefined) {
    expect(parsed.message.body).toContain(from);
    parsed.message.body = parsed.message.body.replace(from, to);
  }
  return verdictOf(JSON.stringify(parsed));
}

/** The person names detect() keeps in a subject. */
export function subjectNames(subject: string): string[] {
  return detect(subject).filter((x) => x.kind === "person-name").map((x) => subject.slice(x.start, x.end));
}
