// All misses over tuned sets (tuning*.jsonl + dev). MINSET/MAXSET bound the tuning numbers.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { loadLabelledMessages, messageMisses, runMessages } from "./scripts/evalMessages";
const dir = join(__dirname, "test", "fixtures", "messages");
const min = Number(process.env.MINSET ?? 0), max = Number(process.env.MAXSET ?? 1e9);
const files = readdirSync(dir).filter((f) => /^tuning\d*\.jsonl$/.test(f)).filter((f) => { const n = Number(f.replace(/\D/g, "") || 1); return n >= min && n <= max; });
let total = 0; const out: string[] = [];
if (min === 0) { const dev = loadLabelledMessages(join(__dirname, "..", "shared", "corpus", "messages.dev.jsonl")); total += dev.length; out.push(...messageMisses(runMessages(dev))); }
for (const f of files.sort()) { const m = loadLabelledMessages(join(dir, f)); total += m.length; out.push(...messageMisses(runMessages(m))); }
console.log(out.sort().join("\n"));
console.error(`misses ${out.length} of ${total}`);
