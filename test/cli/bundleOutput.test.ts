/**
 * The prebuilt CLI bundle (scripts/cli-bundle/build.ts) says exactly what the sources say: the
 * real bin runs `check` over every .eml fixture (readable and --json), a 2 MB version of the
 * bench's large HTML message, `agreement lint` and `--help`, once through tsx and once through a
 * bundle built for this test, and stdout, stderr and the exit status must match. The bundle
 * is found through $SAFESHARE_CLI_BUNDLE, and its trace line proves it ran.
 *
 * Also: when the file needs no repair, postal-mime is handed the file's own bytes rather than a
 * re-encoded copy (headerSection.ts `verbatim`); it must read them exactly as it reads the copy.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import PostalMime from "postal-mime";
import { bigHtmlEml } from "../../scripts/bench/cliSuite";
import { buildCliBundle } from "../../scripts/cli-bundle/build";
import { prepareEml } from "../../src/cli/eml/headerSection";

const REPO = join(__dirname, "..", "..");
const BIN = join(REPO, "bin", "safeshare.js");
const NOW = "2026-11-24T09:00:00Z";

function emlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? emlFiles(join(dir, d.name)) : d.name.endsWith(".eml") ? [join(dir, d.name)] : []))
    .sort();
}
const FIXTURES = emlFiles(join(REPO, "test", "fixtures")).map((f) => relative(REPO, f));

let dir: string;
let bundle: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "safeshare-bundle-output-"));
  bundle = (await buildCliBundle(join(dir, "cli", "safeshare.cjs"))).outfile;
  // Dated a day ahead so that another edit to src/ while this runs cannot send the bin back to
  // tsx and make both runs the same path (freshness is bundleChoice.test.ts's subject).
  const later = Date.now() / 1000 + 86_400;
  utimesSync(bundle, later, later);
  writeFileSync(join(dir, "big-50.eml"), bigHtmlEml(50, 2));
  writeFileSync(join(dir, "big-1.eml"), bigHtmlEml(1, 2));
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TRACE = /^safeshare: running .*\n/;

function run(args: string[], via: "tsx" | "bundle", cwd = REPO) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: "utf8",
    timeout: 240_000,
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, SAFESHARE_CLI_BUNDLE: via === "tsx" ? "off" : bundle, SAFESHARE_CLI_TRACE: "1", SAFESHARE_AGREEMENTS: "" },
  });
  const trace = TRACE.exec(r.stderr)?.[0] ?? "";
  return { trace, result: { status: r.status, stdout: r.stdout, stderr: r.stderr.replace(TRACE, "") } };
}

function expectSame(args: string[], cwd?: string) {
  const viaTsx = run(args, "tsx", cwd);
  const viaBundle = run(args, "bundle", cwd);
  expect(viaTsx.trace).toContain("running src/cli through tsx");
  expect(viaBundle.trace).toMatch(new RegExp(`^safeshare: running the bundle ${bundle.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} \\(code cache: (written|used)\\)\n$`));
  expect(viaBundle.result).toEqual(viaTsx.result);
  return viaBundle.result;
}

describe("the CLI bundle against the sources", () => {
  it("builds one CommonJS file with its source map", () => {
    expect(statSync(bundle).size).toBeGreaterThan(100_000);
    expect(readFileSync(bundle, "utf8")).toMatch(/\/\/# sourceMappingURL=safeshare\.cjs\.map\s*$/);
    expect(JSON.parse(readFileSync(bundle + ".map", "utf8")).sources).toEqual(expect.arrayContaining([expect.stringMatching(/src\/cli\/main\.ts$/)]));
  });

  it(`checks all ${FIXTURES.length} .eml fixtures the same, as reports`, () => {
    const r = expectSame(["check", "--now", NOW, ...FIXTURES]);
    expect(r.status).toBe(3); // some fixtures are refused by design
    expect(r.stdout.split(": NOT CHECKED").length).toBeLessThan(FIXTURES.length / 4);
  }, 240_000);

  it("checks them the same as --json", () => {
    const r = expectSame(["check", "--json", "--now", NOW, ...FIXTURES]);
    expect(r.stdout.trimEnd().split("\n")).toHaveLength(FIXTURES.length);
  }, 240_000);

  it("checks a 2 MB HTML message the same (personal data in 1 paragraph in 50, and in every one)", () => {
    const r = expectSame(["check", "--now", NOW, join(dir, "big-50.eml"), join(dir, "big-1.eml")]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("[hidden-personal-data]");
  }, 240_000);

  it("finds the repository's agreements from another working directory", () => {
    // check reads agreements/ by default, found from src/cli's __dirname (rewritten in the bundle).
    const r = expectSame(["check", "--now", NOW, join(REPO, "test", "fixtures", "eml", "html-only.eml")], dir);
    expect(r.stderr).toBe("");
    expect(r.status).toBeLessThan(3);
  }, 120_000);

  it("prints the same usage", () => {
    expect(expectSame(["--help"]).stdout).toContain("Usage: safeshare <command>");
  }, 60_000);
});

describe("postal-mime given the file's own bytes", () => {
  it("reads every fixture that needs no repair as it reads the re-encoded text", async () => {
    let verbatim = 0;
    for (const file of FIXTURES) {
      const bytes = readFileSync(join(REPO, file));
      const prepared = prepareEml(bytes);
      if (!prepared.ok || !prepared.verbatim) continue;
      verbatim++;
      expect(Buffer.from(prepared.text, "latin1").equals(bytes)).toBe(true);
      const fromCopy = await PostalMime.parse(Buffer.from(prepared.text, "latin1"));
      expect(await PostalMime.parse(bytes)).toEqual(fromCopy);
    }
    expect(verbatim).toBeGreaterThan(50);
  }, 60_000);

  it("is not verbatim when anything was changed", () => {
    const crlf = "From: a@example.org\r\nSubject: x\r\n\r\nHello\r\nthere\r\n";
    expect(prepareEml(Buffer.from(crlf))).toMatchObject({ ok: true, verbatim: true, text: crlf });
    for (const changed of [
      "\ufeff" + crlf, // byte-order mark dropped
      crlf.replace("there\r\n", "there\n"), // a lone LF in the body
      crlf.replace("Hello\r\n", "Hello\r"), // a lone CR in the body
      crlf.replace("Subject: x\r\n", "Subject: x\n"), // a lone LF in the header
      crlf.replace("\r\n\r\n", "\r\n  \r\n"), // a whitespace-only line ends the header
      "From x@y Mon Jan  1 00:00:00 2026\r\n" + crlf, // an mbox separator
      "\r\n" + crlf, // a blank line before the first field
      "From: a@example.org\r\nSubject: x\r\nHello\r\n", // no blank line before the body
    ]) {
      const prepared = prepareEml(Buffer.from(changed));
      expect(prepared).toMatchObject({ ok: true, verbatim: false });
    }
  });
});
