/** Bundles a small entry with the launchevent compilation's settings (webpack production, Babel
 * to Chrome 52, one IIFE): to measure what a module adds to launchevent.js, and to run it in a
 * bare JavaScript-only context. */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import webpack from "webpack";
import { REPO_ROOT } from "../evalCorpus";

type WebpackConfigFactory = ((env: unknown, argv: { mode: string }) => webpack.Configuration[]) & { withoutEntityTrees: () => webpack.WebpackPluginInstance };

/** The built script's source. `externals` maps module names to expressions (to leave them out). */
export async function es2016Bundle(entrySource: string, externals: Record<string, string> = {}): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), "safeshare-es2016-"));
  const entry = path.join(dir, "entry.ts");
  writeFileSync(entry, entrySource);
  process.env.SAFESHARE_HOST_URL ??= "https://localhost:3000";
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the project's own CommonJS config
  const factory = require(path.join(REPO_ROOT, "webpack.config.js")) as WebpackConfigFactory;
  const launchevent = factory({}, { mode: "production" }).find((c) => c.name === "launchevent") as webpack.Configuration;
  const config: webpack.Configuration = { ...launchevent, context: REPO_ROOT, entry: { bundle: entry }, output: { ...launchevent.output, path: dir }, plugins: [factory.withoutEntityTrees()], externals };
  await new Promise<void>((resolve, reject) =>
    webpack(config, (err, stats) => (err || stats?.hasErrors() ? reject(err ?? new Error(stats?.toString("errors-only"))) : resolve())),
  );
  return readFileSync(path.join(dir, "bundle.js"), "utf8");
}

/** An entry that puts src/policy/html's bodyTexts on the global object as `bodyTexts`. */
export const HTML_READER_ENTRY = `import { bodyTexts } from ${JSON.stringify(path.join(REPO_ROOT, "src", "policy", "html"))};
declare const Office: { bodyTexts?: unknown };
Office.bodyTexts = bodyTexts;
`;
