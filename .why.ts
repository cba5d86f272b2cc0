// Print verdict + findings for ids (BODY=1 prints the body too).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { scanLine } from "./src/cli/scanCommand";
import { defaultAgreement, deployedAgreements } from "./src/policy/agreement";
const dir = join(__dirname, "test", "fixtures", "messages");
const now = () => new Date("2026-11-25T10:00:00Z");
for (const id of process.argv.slice(2)) {
  const m = /^t(\d+)-/.exec(id);
  const file = m ? join(dir, `tuning${m[1]}.jsonl`) : join(__dirname, "..", "shared", "corpus", "messages.dev.jsonl");
  const line = readFileSync(file, "utf8").split("\n").find((l) => l.includes(`"id": "${id}`) || l.includes(`"id":"${id}`));
  if (!line) { console.log(`${id}: not found`); continue; }
  const o = JSON.parse(line);
  const r = scanLine(line, 1, { agreement: defaultAgreement, agreements: deployedAgreements, now }) as any;
  console.log(`=== ${o.id} expected ${o.expect.verdict} (${o.expect.why}) got ${r.verdict}`);
  console.log(`from ${o.message.from} to ${o.message.to.join(",")} cc ${o.message.cc.join(",")}\nsubject: ${o.message.subject}`);
  for (const f of r.findings) console.log(`  [${f.severity}] ${f.rule}: ${f.message ?? f.title ?? ""}`.slice(0, 400));
  if (process.env.BODY) console.log(o.message.body);
}
