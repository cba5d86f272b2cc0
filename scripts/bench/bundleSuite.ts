/**
 * Bundle sizes of a production build: launchevent.js (raw and gzip: Smart Alerts' 5 seconds
 * include downloading it), everything taskpane.html loads (gzip), and what the HTML reader
 * (src/policy/html + htmlparser2) adds to an ES2016 bundle like launchevent.js.
 */
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
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
    return out;
  },
};
