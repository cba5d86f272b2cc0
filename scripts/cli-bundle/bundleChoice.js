/**
 * Whether `safeshare` may run the prebuilt CLI bundle (dist-cli/safeshare.cjs, made by
 * scripts/cli-bundle/build.ts) or must run the TypeScript sources through tsx.
 *
 * The bundle is used only when it exists and nothing it was built from changed after it was
 * built: every file and folder under src/ and agreements/ (a folder's mtime changes when a file
 * in it is added, removed or renamed), the build script itself, tsconfig.json and the package
 * files (node_modules/.package-lock.json changes on every install). The build gives the bundle
 * the mtime of the moment it started reading, less a margin, so an edit made during a build
 * makes it stale too. Plain CommonJS, so the bin can load it before tsx is registered.
 */
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const REPO_ROOT = path.resolve(__dirname, "..", "..");
const DEFAULT_BUNDLE = path.join(REPO_ROOT, "dist-cli", "safeshare.cjs");

/** What the bundle is built from, relative to the repository root (absent ones are skipped). */
const BUNDLE_INPUTS = ["src", "agreements", "scripts/cli-bundle", "tsconfig.json", "package.json", "package-lock.json", "node_modules/.package-lock.json"];

/** The first path at or below `entry` whose mtime is not before `sinceMs`, or null. */
function changedSince(entry, sinceMs) {
  const stat = fs.statSync(entry, { throwIfNoEntry: false });
  if (stat === undefined) return null;
  if (stat.mtimeMs >= sinceMs) return entry;
  if (!stat.isDirectory()) return null;
  for (const child of fs.readdirSync(entry, { withFileTypes: true })) {
    const p = path.join(entry, child.name);
    if (child.isDirectory()) {
      const found = changedSince(p, sinceMs);
      if (found !== null) return found;
    } else {
      const s = fs.statSync(p, { throwIfNoEntry: false });
      if (s !== undefined && s.mtimeMs >= sinceMs) return p;
    }
  }
  return null;
}

/** The first input (under `root`) changed at or after `sinceMs`, or null when none was. */
function newerInput(root, sinceMs, inputs = BUNDLE_INPUTS) {
  for (const input of inputs) {
    const found = changedSince(path.join(root, input), sinceMs);
    if (found !== null) return found;
  }
  return null;
}

/**
 * Which entry to run. $SAFESHARE_CLI_BUNDLE names another bundle file (tests, the bench) or
 * is "off" to always run the sources.
 * @returns {{ kind: "bundle", path: string } | { kind: "tsx", reason: string }}
 */
function chooseEntry(env = process.env, root = REPO_ROOT) {
  const setting = (env.SAFESHARE_CLI_BUNDLE ?? "").trim();
  if (setting === "off") return { kind: "tsx", reason: "SAFESHARE_CLI_BUNDLE=off" };
  const bundle = setting === "" ? DEFAULT_BUNDLE : path.resolve(setting);
  const stat = fs.statSync(bundle, { throwIfNoEntry: false });
  if (stat === undefined) return { kind: "tsx", reason: `no bundle at ${bundle}` };
  const newer = newerInput(root, stat.mtimeMs);
  if (newer !== null) return { kind: "tsx", reason: `the bundle ${bundle} is older than ${newer}` };
  return { kind: "bundle", path: bundle };
}

module.exports = { BUNDLE_INPUTS, DEFAULT_BUNDLE, REPO_ROOT, chooseEntry, newerInput };
