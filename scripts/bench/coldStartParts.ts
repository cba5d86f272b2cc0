/**
 * Where launchevent.js's cold start goes: `npx tsx scripts/bench/coldStartParts.ts FILE [RUNS]`
 * times, in fresh vm contexts as launcheventProbe.ts does, (1) compiling and evaluating the file
 * and (2) the first Send of the typical message, and prints the medians. For deciding what to
 * shrink; the bench's "cold start" row is the sum.
 */
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import vm from "node:vm";
import { SimulatedComposeItem } from "../../src/preview/simulatedItem";
import { createSimulatedOffice } from "../../src/preview/simulatedOffice";
import { TYPICAL } from "./checkSuite";
import { median } from "./harness";

type Handler = (event: { completed(options?: unknown): void }) => void;

async function main(): Promise<void> {
  const file = process.argv[2];
  if (file === undefined) throw new Error("usage: coldStartParts.ts FILE [RUNS]");
  const runs = Number(process.argv[3] ?? 15);
  const source = readFileSync(file, "utf8");
  const message = {
    subject: TYPICAL.subject,
    to: TYPICAL.to.map((r) => ({ displayName: r.name, emailAddress: r.address })),
    cc: TYPICAL.cc.map((r) => ({ displayName: r.name, emailAddress: r.address })),
    bodyHtml: TYPICAL.body.split(/\n\n+/).map((p) => `<p>${p}</p>`).join(""),
  };
  const evaluate: number[] = [];
  const firstSend: number[] = [];
  for (let run = 0; run < runs; run++) {
    const office = createSimulatedOffice({ item: new SimulatedComposeItem(message, { bodyFormat: "html" }) });
    const context = vm.createContext({ Office: office, setTimeout, clearTimeout }, { codeGeneration: { strings: false, wasm: false } });
    const t0 = performance.now();
    new vm.Script(`${source}\n//# run ${run} ${Math.random()}`, { filename: "launchevent.js" }).runInContext(context);
    const t1 = performance.now();
    const handler = office.associated.get("onMessageSendHandler") as Handler;
    await new Promise((resolve) => handler({ completed: resolve }));
    const t2 = performance.now();
    evaluate.push(t1 - t0);
    firstSend.push(t2 - t1);
  }
  console.log(JSON.stringify({ file, runs, evaluateMs: +median(evaluate).toFixed(1), firstSendMs: +median(firstSend).toFixed(1) }));
}

void main();
