/**
 * Builds the prebuilt CLI: src/cli/main.ts and everything it imports (agreements/*.json and the
 * npm packages included) as one CommonJS file, dist-cli/safeshare.cjs, with a source map
 * (`node --enable-source-maps bin/safeshare.js …` for src/ positions in stack traces).
 * bin/safeshare.js runs it while it is newer than its sources (bundleChoice.js), which saves
 * the time tsx takes to load and transpile every module at each start.
 *
 *   npx tsx scripts/cli-bundle/build.ts [OUTFILE]
 */
import { build, type Plugin } from "esbuild";
import { mkdirSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";

const REPO_ROOT = resolve(__dirname, "..", "..");
export const DEFAULT_OUTFILE = join(REPO_ROOT, "dist-cli", "safeshare.cjs");

/** How far before the build's start its output is dated: file mtimes come from a coarse clock,
 * and a bundle dated too late could hide an edit made while it was built. Erring early only
 * makes a bundle look stale (the bin then runs the sources). */
const MTIME_MARGIN_MS = 2000;

/** The bundle's own folder, kept before any module's `__dirname` shadows it. */
const BUNDLE_DIR = "__safeshareBundleDir";

/**
 * In the bundle, `__dirname` is dist-cli/ for every module. A source file that uses it (the CLI
 * finds agreements/ from src/cli) gets its own folder again, relative to the bundle so the
 * repository may move. The name is made unique per folder: esbuild puts every module in one
 * scope, where a declared `__dirname` would replace the bundle's own for the modules after it.
 */
function sourceDirnames(outDir: string): Plugin {
  return {
    name: "source-dirnames",
    setup(b) {
      b.onLoad({ filter: /\.tsx?$/ }, (args) => {
        const source = readFileSync(args.path, "utf8");
        if (!args.path.startsWith(join(REPO_ROOT, "src") + sep) || !/\b__dirname\b/.test(source)) return undefined;
        const rel = relative(outDir, dirname(args.path)).split(sep).join("/");
        const name = `__dirname_${relative(REPO_ROOT, dirname(args.path)).replace(/[^A-Za-z0-9]/g, "_")}`;
        // On the first line, so the source map's line numbers still match.
        const header = `const ${name} = require("node:path").join(${BUNDLE_DIR}, ${JSON.stringify(rel)});`;
        return { contents: header + source.replace(/\b__dirname\b/g, name), loader: args.path.endsWith("x") ? "tsx" : "ts" };
      });
    },
  };
}

export interface BuiltBundle {
  outfile: string;
  /** Source files and packages bundled, relative to the repository root. */
  inputs: string[];
  ms: number;
}

/** Builds the bundle at `outfile` (written whole or not at all) and dates it to the build's start. */
export async function buildCliBundle(outfile: string = DEFAULT_OUTFILE): Promise<BuiltBundle> {
  const started = Date.now();
  const outDir = dirname(resolve(outfile));
  mkdirSync(outDir, { recursive: true });
  const result = await build({
    absWorkingDir: REPO_ROOT,
    entryPoints: [join(REPO_ROOT, "src", "cli", "main.ts")],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    outfile: resolve(outfile),
    sourcemap: "linked",
    // Unminified starts as fast (measured) and keeps names readable in stack traces and profiles.
    minify: false,
    banner: { js: `var ${BUNDLE_DIR} = __dirname;` },
    plugins: [sourceDirnames(outDir)],
    metafile: true,
    write: false,
    logLevel: "warning",
  });
  const inputs = Object.keys(result.metafile.inputs);
  // The bin judges freshness by src/ and agreements/ (and node_modules by the lock file): a
  // bundled file from anywhere else could change without the bundle looking stale.
  const outside = inputs.filter((i) => !/^(src|agreements|node_modules)\//.test(i));
  if (outside.length > 0) throw new Error(`the CLI imports files bundleChoice.js does not watch: ${outside.join(", ")}`);
  const code = result.outputFiles.find((f) => f.path === resolve(outfile));
  const map = result.outputFiles.find((f) => f.path === resolve(outfile) + ".map");
  if (!code || !map) throw new Error(`esbuild wrote ${result.outputFiles.map((f) => f.path).join(", ")}, not ${outfile} and its map`);
  writeFileSync(map.path, map.contents);
  // Written aside and renamed, so a bin starting meanwhile never loads half a file.
  const partial = `${code.path}.${process.pid}.partial`;
  try {
    writeFileSync(partial, code.contents);
    const at = (started - MTIME_MARGIN_MS) / 1000;
    utimesSync(partial, at, at);
    renameSync(partial, code.path);
    // The old bundle's code cache (bundleLoader.js) would be refused anyway: keyed by the text.
    rmSync(`${code.path}.cache`, { force: true });
  } finally {
    rmSync(partial, { force: true });
  }
  return { outfile: code.path, inputs, ms: Date.now() - started };
}

if (require.main === module) {
  buildCliBundle(process.argv[2]).then(
    (b) => process.stdout.write(`built ${relative(process.cwd(), b.outfile)} from ${b.inputs.length} files in ${b.ms} ms\n`),
    (e: Error) => {
      process.stderr.write(`cli-bundle: ${e.message}\n`);
      process.exitCode = 1;
    },
  );
}
