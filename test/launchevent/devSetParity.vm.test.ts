/**
 * The Send handler and the CLI agree: each whole message of the dev set, sent through the built
 * dist/launchevent.js in a JavaScript-only context with the simulated Office, gets the verdict
 * `safeshare scan` gives it (pass, warn or block, read from event.completed()'s options).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { scanLine } from "../../src/cli/scanCommand";
import { defaultAgreement, deployedAgreements } from "../../src/policy/agreement";
import { SimulatedComposeItem } from "../../src/preview/simulatedItem";
import { fire, loadInJsRuntime, settle } from "./jsRuntime";

const NOW = "2026-11-25T10:00:00Z";
const DEV = path.join(__dirname, "..", "..", "..", "shared", "corpus", "messages.dev.jsonl");

/** The verdict Send's completion options carry. */
function verdictOf(options: { allowEvent?: boolean; errorMessage?: string } | undefined): string {
  if (options?.allowEvent) return "pass";
  const message = options?.errorMessage ?? "";
  if (/stopped this message/.test(message)) return "block";
  if (/warning/.test(message)) return "warn";
  return `unexpected: ${message.slice(0, 80)}`;
}

async function sendVerdict(m: { from: string; to: string[]; cc?: string[]; subject: string; body: string; bodyType?: string }): Promise<string> {
  const recipients = (xs: string[] = []) => xs.map((emailAddress) => ({ emailAddress }));
  const html = m.bodyType === "html";
  const item = new SimulatedComposeItem(
    { subject: m.subject, to: recipients(m.to), cc: recipients(m.cc), ...(html ? { bodyHtml: m.body } : { body: m.body }) },
    { bodyFormat: html ? "html" : "text", from: { emailAddress: m.from } },
  );
  const { office } = loadInJsRuntime({ item, now: NOW, user: { emailAddress: m.from, displayName: "" } });
  const done = await fire(office, "onMessageSendHandler");
  await settle();
  return verdictOf(done.options as { allowEvent?: boolean; errorMessage?: string });
}

describe("Send (dist/launchevent.js) and safeshare scan on the dev set's whole messages", () => {
  const lines = readFileSync(DEV, "utf8").split("\n").filter((l) => l.trim() !== "");

  it("holds the 47 messages of every verdict", () => {
    expect(lines).toHaveLength(47);
  });

  it("give each message the same verdict", async () => {
    const differ: string[] = [];
    const seen = new Set<string>();
    for (const line of lines) {
      const labelled = JSON.parse(line) as { id: string; message: Parameters<typeof sendVerdict>[0] };
      const scanned = scanLine(line, 1, { agreement: defaultAgreement, agreements: deployedAgreements, now: () => new Date(NOW) }) as { verdict: string };
      const sent = await sendVerdict(labelled.message);
      seen.add(sent);
      if (sent !== scanned.verdict) differ.push(`${labelled.id}: Send ${sent}, scan ${scanned.verdict}`);
    }
    expect(differ).toEqual([]);
    expect([...seen].sort()).toEqual(["block", "pass", "warn"]);
  }, 120000);
});
