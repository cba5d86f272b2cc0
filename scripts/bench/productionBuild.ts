/** One production build per bench run, into a temporary directory (dist/ is left alone). */
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { REPO_ROOT } from "../evalCorpus";

let built: string | undefined;

/** The directory of a `webpack --mode production` build with the development host URL, including
 * the preview pages (SAFESHARE_PREVIEW=1) for the browser benchmark. */
export function productionBuild(): string {
  if (built) return built;
  const out = mkdtempSync(path.join(tmpdir(), "safeshare-bench-dist-"));
  const webpack = path.join(REPO_ROOT, "node_modules", "webpack", "bin", "webpack.js");
  const r = spawnSync(process.execPath, [webpack, "--mode", "production"], {
    cwd: REPO_ROOT,
    env: { ...process.env, SAFESHARE_DIST: out, SAFESHARE_HOST_URL: "https://localhost:3000", SAFESHARE_PREVIEW: "1" },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`Production build failed (exit ${r.status}):\n${(r.stdout + r.stderr).slice(-4000)}`);
  built = out;
  return out;
}
