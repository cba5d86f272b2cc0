import { readFileSync } from "node:fs";
import { scanVerdict } from "./test/policy/caseData/scanVerdicts";
(globalThis as any).expect = () => ({ toContain() {} });
const [file, id] = process.argv.slice(2) as [string, string];
const line = readFileSync("test/fixtures/messages/" + file, "utf8").split("\n").find((l) => l.includes(`"id": "${id}`)) as string;
const o = JSON.parse(line).message;
const base = { from: o.from, to: o.to, cc: o.cc, subject: o.subject, bodyType: o.bodyType };
const lines = o.body.split("\n");
console.log("full", scanVerdict({ ...base, body: o.body }));
for (let i = 0; i < lines.length; i++) {
  if (!lines[i].trim()) continue;
  const v = scanVerdict({ ...base, body: lines.filter((_: string, j: number) => j !== i).join("\n") });
  console.log(v, JSON.stringify(lines[i].slice(0, 90)));
}
