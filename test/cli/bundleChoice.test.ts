/**
 * bin/safeshare.js runs the prebuilt bundle only while it is newer than everything it was built
 * from, and otherwise the sources through tsx: the choice (scripts/cli-bundle/bundleChoice.js)
 * over a temporary tree, then the real bin with a small test bundle named by
 * $SAFESHARE_CLI_BUNDLE, dated before or after the real sources.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// Plain CommonJS shared with the bin.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { chooseEntry, newerInput, BUNDLE_INPUTS } = require("../../scripts/cli-bundle/bundleChoice") as {
  chooseEntry(env: Record<string, string | undefined>, root?: string): { kind: "bundle"; path: string } | { kind: "tsx"; reason: string };
  newerInput(root: string, sinceMs: number, inputs?: string[]): string | null;
  BUNDLE_INPUTS: string[];
};

const BIN = join(__dirname, "..", "..", "bin", "safeshare.js");
const HOUR = 3600;
const nowS = () => Date.now() / 1000;

/** Sets a path's mtime `offsetS` seconds from now. */
function dateAt(p: string, offsetS: number): void {
  utimesSync(p, nowS() + offsetS, nowS() + offsetS);
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "safeshare-bundle-choice-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("newerInput: what changed after the bundle was built", () => {
  /** A repository-like tree, every path dated an hour ago. */
  function tree(): string {
    const root = join(dir, "repo");
    mkdirSync(join(root, "src", "cli", "eml"), { recursive: true });
    mkdirSync(join(root, "agreements"), { recursive: true });
    writeFileSync(join(root, "src", "cli", "main.ts"), "export {};\n");
    writeFileSync(join(root, "src", "cli", "eml", "deep.ts"), "export {};\n");
    writeFileSync(join(root, "agreements", "a.json"), "{}\n");
    writeFileSync(join(root, "package.json"), "{}\n");
    for (const p of ["src/cli/eml/deep.ts", "src/cli/eml", "src/cli/main.ts", "src/cli", "src", "agreements/a.json", "agreements", "package.json"]) dateAt(join(root, p), -HOUR);
    return root;
  }
  const since = () => Date.now() - 60_000; // "the bundle was built a minute ago"

  it("finds nothing when every input is older than the bundle", () => {
    expect(newerInput(tree(), since())).toBeNull();
  });

  it("finds a file edited deep under src/", () => {
    const root = tree();
    dateAt(join(root, "src", "cli", "eml", "deep.ts"), 0);
    expect(newerInput(root, since())).toBe(join(root, "src", "cli", "eml", "deep.ts"));
  });

  it("finds an edited agreement and an edited package file", () => {
    const root = tree();
    dateAt(join(root, "agreements", "a.json"), 0);
    expect(newerInput(root, since())).toBe(join(root, "agreements", "a.json"));
    dateAt(join(root, "agreements", "a.json"), -HOUR);
    dateAt(join(root, "package.json"), 0);
    expect(newerInput(root, since())).toBe(join(root, "package.json"));
  });

  it("finds a deleted source file, by its folder's mtime", () => {
    const root = tree();
    const since0 = since();
    unlinkSync(join(root, "src", "cli", "eml", "deep.ts"));
    expect(newerInput(root, since0)).toBe(join(root, "src", "cli", "eml"));
  });

  it("counts a file dated exactly at the bundle's time as changed", () => {
    const root = tree();
    const at = Math.floor(Date.now() / 1000 - 10) * 1000; // whole seconds: stored exactly
    utimesSync(join(root, "src", "cli", "main.ts"), at / 1000, at / 1000);
    expect(newerInput(root, at)).toBe(join(root, "src", "cli", "main.ts"));
  });

  it("watches src/ and agreements/", () => {
    expect(BUNDLE_INPUTS).toEqual(expect.arrayContaining(["src", "agreements"]));
  });
});

describe("chooseEntry", () => {
  function repoWithBundle(bundleOffsetS: number | null): { root: string; bundle: string } {
    const root = join(dir, "repo");
    mkdirSync(join(root, "src"), { recursive: true });
    writeFileSync(join(root, "src", "main.ts"), "export {};\n");
    dateAt(join(root, "src", "main.ts"), -HOUR);
    dateAt(join(root, "src"), -HOUR);
    const bundle = join(dir, "bundle.cjs");
    if (bundleOffsetS !== null) {
      writeFileSync(bundle, "exports.main = async () => 0;\n");
      dateAt(bundle, bundleOffsetS);
    }
    return { root, bundle };
  }

  it("chooses a bundle newer than its sources", () => {
    const { root, bundle } = repoWithBundle(-60);
    expect(chooseEntry({ SAFESHARE_CLI_BUNDLE: bundle }, root)).toEqual({ kind: "bundle", path: bundle });
  });

  it("falls back when a source is newer than the bundle", () => {
    const { root, bundle } = repoWithBundle(-2 * HOUR);
    expect(chooseEntry({ SAFESHARE_CLI_BUNDLE: bundle }, root)).toEqual({ kind: "tsx", reason: `the bundle ${bundle} is older than ${join(root, "src")}` });
  });

  it("falls back when there is no bundle", () => {
    const { root, bundle } = repoWithBundle(null);
    expect(chooseEntry({ SAFESHARE_CLI_BUNDLE: bundle }, root)).toEqual({ kind: "tsx", reason: `no bundle at ${bundle}` });
  });

  it("runs the sources when the bundle is turned off", () => {
    const { root } = repoWithBundle(-60);
    expect(chooseEntry({ SAFESHARE_CLI_BUNDLE: "off" }, root).kind).toBe("tsx");
  });
});

describe("bin/safeshare.js with a test bundle", () => {
  /** A bundle that says it ran, dated `offsetS` from now; the real sources decide if it is fresh. */
  function testBundle(offsetS: number, body = 'exports.main = async (args, io) => { io.stdout.write("test bundle ran: " + args.join(" ") + "\\n"); return 7; };\n'): string {
    const bundle = join(dir, "test-bundle.cjs");
    writeFileSync(bundle, body);
    dateAt(bundle, offsetS);
    return bundle;
  }
  function run(bundle: string) {
    const r = spawnSync(process.execPath, [BIN, "--help"], { encoding: "utf8", timeout: 60_000, env: { ...process.env, SAFESHARE_CLI_BUNDLE: bundle, SAFESHARE_CLI_TRACE: "1" } });
    return { code: r.status, out: r.stdout, err: r.stderr };
  }

  it("runs a bundle newer than every source", () => {
    // Dated an hour ahead: newer than any edit to src/ made while the test runs.
    const r = run(testBundle(HOUR));
    expect(r).toEqual({ code: 7, out: "test bundle ran: --help\n", err: expect.stringContaining("running the bundle") });
  });

  it("runs the sources through tsx when the bundle is older than a source", () => {
    const bundle = testBundle(-20 * 365 * 24 * HOUR); // 2006: older than every file in src/
    const r = run(bundle);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Usage: safeshare <command>");
    expect(r.err).toContain(`running src/cli through tsx (the bundle ${bundle} is older than `);
  });

  it("runs the sources through tsx when the bundle is missing", () => {
    const r = run(join(dir, "missing.cjs"));
    expect(r.code).toBe(0);
    expect(r.out).toContain("Usage: safeshare <command>");
    expect(r.err).toContain("(no bundle at ");
  });

  it("says so and runs the sources when a fresh bundle cannot be loaded", () => {
    const r = run(testBundle(HOUR, "throw new Error('damaged');\n"));
    expect(r.code).toBe(0);
    expect(r.out).toContain("Usage: safeshare <command>");
    expect(r.err).toMatch(/the prebuilt bundle .* could not be loaded \(damaged\); running from the sources/);
  });

  it("writes V8's code cache on the first run and uses it on the next; a cache of other text is not used", () => {
    const bundle = testBundle(HOUR);
    expect(run(bundle).err).toContain("(code cache: written)");
    expect(existsSync(`${bundle}.cache`)).toBe(true);
    const second = run(bundle);
    expect(second).toEqual({ code: 7, out: "test bundle ran: --help\n", err: expect.stringContaining("(code cache: used)") });
    // Same length, other text: V8's own check would accept it; the key must not.
    const other = testBundle(HOUR, readFileSync(bundle, "utf8").replace("test bundle ran", "TEST BUNDLE RAN"));
    const third = run(other);
    expect(third).toEqual({ code: 7, out: "TEST BUNDLE RAN: --help\n", err: expect.stringContaining("(code cache: written)") });
  });

  it("requires the bundle plainly, without the cache, when source maps are asked for", () => {
    const bundle = testBundle(HOUR);
    const r = spawnSync(process.execPath, ["--enable-source-maps", BIN, "--help"], { encoding: "utf8", timeout: 60_000, env: { ...process.env, SAFESHARE_CLI_BUNDLE: bundle, SAFESHARE_CLI_TRACE: "1" } });
    expect({ out: r.stdout, err: r.stderr }).toEqual({ out: "test bundle ran: --help\n", err: expect.stringContaining("(code cache: off)") });
    expect(existsSync(`${bundle}.cache`)).toBe(false);
  });

  it("is silent about its choice unless asked", () => {
    const r = spawnSync(process.execPath, [BIN, "--help"], { encoding: "utf8", timeout: 60_000, env: { ...process.env, SAFESHARE_CLI_BUNDLE: testBundle(HOUR), SAFESHARE_CLI_TRACE: "" } });
    expect({ out: r.stdout, err: r.stderr }).toEqual({ out: "test bundle ran: --help\n", err: "" });
  });
});
