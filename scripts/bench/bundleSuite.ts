/**
 * Bundle sizes of a production build: everything taskpane.html loads (gzip), what the HTML reader
 * (src/policy/html + htmlparser2) adds to an ES2016 bundle like launchevent.js, and what each
 * part of launchevent.js weighs (bundleParts.ts: minified bytes by package or src/ folder, and
 * each part's gzip on its own). launchevent.js's own raw and gzip sizes are launcheventSuite's.
 */
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { bundleParts } from "./bundleParts";
import { es2016Bundle, HTML_READER_ENTRY } from "./es2016Bundle";
import { productionBuild } from "./productionBuild";
import type { BenchResult, Suite } from "./types";

const KB = 1024;
const gzipSize = (bytes: Buffer): number => gzipSync(bytes, { level: 9 }).length;

/** The page and the local scripts it loads (office.js comes from Microsoft's CDN, not counted). */
function pageFiles(dir: string, page: string): string[] {
  const html = readFileSync(path.join(dir, page), "utf8");
  // Production HTML is minified: attribute values may be unquoted.
  const scripts = Array.from(html.matchAll(/<script[^>]*?\ssrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g), (m) => (m[1] ?? m[2] ?? m[3]) as string).filter((src) => !/^https?:/.test(src));
  return [page, ...scripts.map((s) => s.replace(/^\//, ""))];
}

const gzipKb = (source: string): number => gzipSize(Buffer.from(source, "utf8")) / KB;

export const bundleSuite: Suite = {
  name: "bundle",
  async run() {
    const dir = productionBuild();
    const out: BenchResult[] = [];
    // launchevent.js raw and gzip sizes are the launchevent suite's rows (with the aim).
    const files = pageFiles(dir, "taskpane.html");
    const total = files.reduce((sum, f) => sum + gzipSize(readFileSync(path.join(dir, f))), 0);
    const raw = files.reduce((sum, f) => sum + statSync(path.join(dir, f)).size, 0);
    out.push({ group: "bundle", name: "task pane total", input: `${files.join(" + ")}, gzip -9 (office.js not counted)`, value: total / KB, unit: "KB", detail: `${(raw / KB).toFixed(0)} KB raw`, target: { op: "<=", limit: 500 } });
    const withParser = gzipKb(await es2016Bundle(HTML_READER_ENTRY));
    const withoutParser = gzipKb(await es2016Bundle(HTML_READER_ENTRY, { htmlparser2: "var {}" }));
    out.push({ group: "bundle", name: "HTML reader cost", input: "src/policy/html + htmlparser2 alone in an ES2016 bundle, gzip -9", value: withParser, unit: "KB", detail: `htmlparser2 ${(withParser - withoutParser).toFixed(1)} KB of it` });
    // Parts under 4 KB are summed into one row, to keep the table short.
    const { parts, totalRaw } = await bundleParts();
    const small = parts.filter((p) => p.rawBytes < 4 * KB);
    for (const p of parts.filter((q) => q.rawBytes >= 4 * KB)) {
      out.push({ group: "bundle", name: "launchevent.js part", input: p.part, value: p.rawBytes / KB, unit: "KB", detail: `${((100 * p.rawBytes) / totalRaw).toFixed(0)} % of raw; gzip -9 alone ${(p.gzipBytes / KB).toFixed(1)} KB` });
    }
    const smallRaw = small.reduce((sum, p) => sum + p.rawBytes, 0);
    out.push({ group: "bundle", name: "launchevent.js part", input: `${small.length} smaller parts (${small.map((p) => p.part).join(", ")})`, value: smallRaw / KB, unit: "KB", detail: `${((100 * smallRaw) / totalRaw).toFixed(0)} % of raw` });
    return out;
  },
};
