/**
 * What each part of launchevent.js weighs: `npx tsx scripts/bench/bundleParts.ts [--modules] [--json]`.
 *
 * Builds the launchevent compilation (production, minified, Babel to Chrome 52) once more into a
 * temporary directory with module concatenation off and named module ids, so every module stays
 * one function in webpack's module table; acorn finds each function's minified bytes, which are
 * summed by part (a package, or a folder of src/). Module wrappers cost a few bytes each that
 * the real (concatenated) build does not pay, so the total is a little above dist's.
 * Gzip is given per part alone (gzip -9 of that part's minified modules, in bundle order): a
 * part's standalone compressed weight, so the column sums to more than the whole file's gzip.
 *   --modules  also list every module over 1 KB
 *   --json     print the parts as JSON (for other scripts)
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { parse } from "acorn";
import webpack from "webpack";
import { REPO_ROOT } from "../evalCorpus";

type WebpackConfigFactory = (env: unknown, argv: { mode: string }) => webpack.Configuration[];

export interface Part {
  part: string;
  modules: number;
  rawBytes: number;
  gzipBytes: number;
}

export interface ModuleSize {
  id: string;
  part: string;
  rawBytes: number;
}

const PHONE_METADATA = "libphonenumber-js metadata";
const NAME_LISTS = "name lists (src/policy/detect/data)";

/** The part a module id ("./node_modules/x/y.js", "./src/policy/detect/data/surnames.ts") belongs to. */
export function partOf(id: string): string {
  const p = id.replace(/^\.\//, "").replace(/\s.*$/, "");
  // (A symlinked node_modules gives ids like "../../elsewhere/node_modules/…".)
  const pkg = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(p);
  if (pkg) {
    const [, name, rest] = pkg as unknown as [string, string, string];
    if (name === "libphonenumber-js") return /^metadata[^/]*\.json/.test(rest) ? PHONE_METADATA : "libphonenumber-js code";
    // The +44 metadata webpack.config.js generates in place of src/policy/detect/data/ukPhone.ts.
    if (name === ".cache" && /ukPhone/.test(rest)) return PHONE_METADATA;
    // The deployed agreement set webpack.config.js generates from agreements/*.json.
    if (name === ".cache" && /agreement/i.test(rest)) return "agreements (generated from agreements/*.json)";
    return name;
  }
  if (/^src\/policy\/detect\/data\/(nameLists|nameListCodec|ambiguousNames|surnames|givenNames|commonWords|frontCoding)\.ts$/.test(p)) return NAME_LISTS;
  const src = /^src\/([^/]+)(?:\/([^/]+))?(?:\/([^/]+))?/.exec(p);
  if (src) {
    const [, top, second, third] = src;
    // policy/ by its folders (a file directly in policy/ counts as "src/policy/*.ts").
    if (top === "policy") return third === undefined ? "src/policy/*.ts" : `src/policy/${second}`;
    return `src/${top}`;
  }
  return p.startsWith("webpack/") ? "webpack runtime" : p;
}

/** Production build of the launchevent entry with each module kept separate: its source. */
async function unconcatenatedBuild(): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), "safeshare-parts-"));
  process.env.SAFESHARE_HOST_URL ??= "https://localhost:3000";
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the project's own CommonJS config
  const factory = require(path.join(REPO_ROOT, "webpack.config.js")) as WebpackConfigFactory;
  const launchevent = factory({}, { mode: "production" }).find((c) => c.name === "launchevent") as webpack.Configuration;
  const config: webpack.Configuration = {
    ...launchevent,
    context: REPO_ROOT,
    output: { ...launchevent.output, path: dir },
    optimization: { ...launchevent.optimization, concatenateModules: false, moduleIds: "named", mangleExports: false },
    plugins: (launchevent.plugins ?? []).filter((p) => p?.constructor?.name !== "HtmlWebpackPlugin"),
  };
  await new Promise<void>((resolve, reject) =>
    webpack(config, (err, stats) => (err || stats?.hasErrors() ? reject(err ?? new Error(stats?.toString("errors-only"))) : resolve())),
  );
  return readFileSync(path.join(dir, "launchevent.js"), "utf8");
}

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

/** The module table: the object literal with the most properties keyed by "./…" (or "../…") strings. */
function moduleTable(source: string): { key: string; start: number; end: number }[] {
  const ast = parse(source, { ecmaVersion: "latest", sourceType: "script" }) as unknown as Node;
  let best: { key: string; start: number; end: number }[] = [];
  const visit = (node: unknown): void => {
    if (!node || typeof node !== "object") return;
    if (Array.isArray(node)) {
      for (const n of node) visit(n);
      return;
    }
    const n = node as Node;
    if (n.type === "ObjectExpression") {
      const props = (n.properties as Node[]).filter((p) => p.type === "Property" && (p.key as Node).type === "Literal" && /^\.\.?\//.test(String((p.key as Node).value)));
      if (props.length > best.length) best = props.map((p) => ({ key: String((p.key as Node).value), start: (p.value as Node).start, end: (p.value as Node).end }));
    }
    for (const k of Object.keys(n)) if (k !== "type" && k !== "start" && k !== "end") visit(n[k]);
  };
  visit(ast);
  return best;
}

export async function bundleParts(): Promise<{ parts: Part[]; modules: ModuleSize[]; totalRaw: number; totalGzip: number }> {
  const source = await unconcatenatedBuild();
  const table = moduleTable(source);
  const modules: ModuleSize[] = table.map((m) => ({ id: m.key, part: partOf(m.key), rawBytes: Buffer.byteLength(source.slice(m.start, m.end)) }));
  const texts = new Map<string, string[]>();
  table.forEach((m, i) => {
    const part = (modules[i] as ModuleSize).part;
    texts.set(part, [...(texts.get(part) ?? []), source.slice(m.start, m.end)]);
  });
  const inModules = table.reduce((s, m) => s + Buffer.byteLength(source.slice(m.start, m.end)), 0);
  const totalRaw = Buffer.byteLength(source);
  texts.set("webpack runtime and wrappers", [source.slice(0, table[0]?.start ?? 0), source.slice(table[table.length - 1]?.end ?? 0)]);
  const parts: Part[] = [...texts].map(([part, t]) => ({
    part,
    modules: modules.filter((m) => m.part === part).length,
    rawBytes: part === "webpack runtime and wrappers" ? totalRaw - inModules : t.reduce((s, x) => s + Buffer.byteLength(x), 0),
    gzipBytes: gzipSync(Buffer.from(t.join("\n")), { level: 9 }).length,
  }));
  parts.sort((a, b) => b.rawBytes - a.rawBytes);
  return { parts, modules, totalRaw, totalGzip: gzipSync(Buffer.from(source), { level: 9 }).length };
}

const kb = (n: number): string => (n / 1024).toFixed(1);

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const { parts, modules, totalRaw, totalGzip } = await bundleParts();
  if (args.includes("--json")) {
    process.stdout.write(JSON.stringify({ parts, totalRaw, totalGzip }, null, 2) + "\n");
    return;
  }
  const lines = ["| Part | Modules | Raw KB | Gzip KB (alone) | Share of raw |", "| --- | ---: | ---: | ---: | ---: |"];
  for (const p of parts) lines.push(`| ${p.part} | ${p.modules || ""} | ${kb(p.rawBytes)} | ${kb(p.gzipBytes)} | ${((100 * p.rawBytes) / totalRaw).toFixed(1)} % |`);
  lines.push(`| **whole file (unconcatenated build)** | ${modules.length} | ${kb(totalRaw)} | ${kb(totalGzip)} | 100 % |`);
  console.log(lines.join("\n"));
  if (args.includes("--modules")) {
    console.log("\nModules over 1 KB:");
    for (const m of [...modules].sort((a, b) => b.rawBytes - a.rawBytes)) if (m.rawBytes > 1024) console.log(`${kb(m.rawBytes).padStart(7)} KB  ${m.id}`);
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exitCode = 1;
  });
}
