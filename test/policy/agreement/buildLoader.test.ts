/**
 * The build's agreement loader (scripts/agreements/agreementsModule.ts, called by
 * webpack.config.js): every file of the folder validated, every problem listed as
 * "file: json.path: message", the set bundled as plain data or nothing built at all.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import * as vm from "node:vm";
import { agreementsDir, agreementsModule, withSharedStrings, writeAgreementsModule } from "../../../scripts/agreements/agreementsModule";
import { DEPLOYED_AGREEMENTS } from "../../../src/policy/agreement/deployment";
import { sendCopyOf } from "../../../src/policy/agreement/sendCopy";
import { starterAgreement } from "../../../src/policy/agreement/starter";
import { derbyshireCopy, type Json } from "./helpers";

const ROOT = path.resolve(__dirname, "../../..");

let tmp: string;
beforeAll(() => (tmp = mkdtempSync(path.join(tmpdir(), "safeshare-agreements-"))));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A fresh folder holding these files (name → JSON value, or raw text). */
function folder(name: string, files: Record<string, Json>): string {
  const dir = path.join(tmp, name);
  mkdirSync(dir);
  for (const [file, content] of Object.entries(files)) {
    writeFileSync(path.join(dir, file), typeof content === "string" ? content : JSON.stringify(content, null, 2));
  }
  return dir;
}

function madeUp(): Json {
  return starterAgreement({ id: "made-up-county", reviewDate: "2030-04-30" });
}

/** The DEPLOYED_AGREEMENTS a generated module defines. */
function evaluate(source: string): unknown {
  const context = { exports: {} as Record<string, unknown> };
  vm.runInNewContext(source.replace("export const DEPLOYED_AGREEMENTS =", "exports.DEPLOYED_AGREEMENTS ="), context);
  return context.exports.DEPLOYED_AGREEMENTS;
}

describe("the build's agreement loader", () => {
  it("bundles the repository's agreements/ as exactly the data the code uses under jest and the CLI", () => {
    const built = agreementsModule(path.join(ROOT, "agreements"));
    if (!built.ok) throw new Error(built.report);
    expect(JSON.parse(JSON.stringify(evaluate(built.source)))).toEqual(DEPLOYED_AGREEMENTS);
    expect(built.source).not.toMatch(/\bimport\b|\brequire\(/);
  });

  it("gives the Send bundle the Send copy of the same set: no templates, pane-only notes or clauses", () => {
    const built = agreementsModule(path.join(ROOT, "agreements"), { forSend: true });
    if (!built.ok) throw new Error(built.report);
    expect(JSON.parse(JSON.stringify(evaluate(built.source)))).toEqual(DEPLOYED_AGREEMENTS.map(sendCopyOf));
    expect(built.source).not.toContain('"kpc-probation-request"');
    const full = agreementsModule(path.join(ROOT, "agreements"));
    if (!full.ok) throw new Error(full.report);
    expect(built.source.length).toBeLessThan(full.source.length / 2.5);
  });

  it("writes a string the set repeats once, however many routes give it", () => {
    const built = agreementsModule(path.join(ROOT, "agreements"), { forSend: true });
    if (!built.ok) throw new Error(built.report);
    const repeated = JSON.stringify(DEPLOYED_AGREEMENTS).split("the practitioner or team dealing with the case").length - 1;
    expect(repeated).toBeGreaterThan(10);
    expect(built.source.split("the practitioner or team dealing with the case").length - 1).toBe(1);
  });

  it("writes an array or object the set repeats once (an exchange's partner list, a route), longer ones built on shorter", () => {
    const list = ["derbyshire-cs", "derby-city-cs", "nps", "llr-icb"];
    const route = { partner: "nps", kind: "partner-domain", mailboxes: [] as string[] };
    const set = [{ from: list, routes: [route, { ...route, partner: "derbyshire-cs" }] }, { from: list, routes: [route, { ...route, partner: "derbyshire-cs" }] }];
    const { values, literal } = withSharedStrings(set);
    expect(values.length).toBeGreaterThanOrEqual(2);
    expect(literal.split("V[").length - 1).toBeGreaterThanOrEqual(2);
    expect(literal).not.toContain("llr-icb");
    const built = agreementsModule(path.join(ROOT, "agreements"), { forSend: true });
    if (!built.ok) throw new Error(built.report);
    expect(built.source).toMatch(/^V\[0\] = /m);
  });

  it("guard: a value written once, or short, stays where it is", () => {
    const { values, literal } = withSharedStrings([{ from: ["a", "b"] }, { from: ["a", "b"] }, { to: ["derbyshire-cs", "derby-city-cs", "nps"] }]);
    expect(values).toEqual([]);
    expect(literal).toContain("derbyshire-cs");
  });

  it("writes a property name the set repeats once too, restored at load", () => {
    const built = agreementsModule(path.join(ROOT, "agreements"), { forSend: true });
    if (!built.ok) throw new Error(built.report);
    expect(JSON.stringify(DEPLOYED_AGREEMENTS.map(sendCopyOf)).split('"mailboxes":').length - 1).toBeGreaterThan(10);
    expect(built.source.split('"mailboxes"').length - 1).toBe(1);
    const loaded = evaluate(built.source) as { partners: Record<string, unknown>[] }[];
    expect(Object.keys(loaded[0]?.partners[0] ?? {})).toContain("mailboxes");
  });

  it("loads another folder with a made-up agreement (another deployment)", () => {
    const dir = folder("made-up", { "made-up.json": madeUp(), "notes.txt": "not an agreement: ignored" });
    const built = agreementsModule(dir);
    expect(built.ok).toBe(true);
    if (built.ok) expect((evaluate(built.source) as { id: string }[]).map((a) => a.id)).toEqual(["made-up-county"]);
  });

  it("writes line and paragraph separators in text as escapes, which ES2016 string literals need", () => {
    const a = madeUp();
    a.partners[0].notes = "one\u2028two\u2029three";
    const built = agreementsModule(folder("separators", { "a.json": a }));
    if (!built.ok) throw new Error(built.report);
    expect(built.source).not.toMatch(/[\u2028\u2029]/);
    expect((evaluate(built.source) as Json[])[0].partners[0].notes).toBe("one\u2028two\u2029three");
  });

  it("bundles every file of the folder, in name order", () => {
    const dir = folder("two", { "b-made-up.json": madeUp(), "a-derbyshire.json": derbyshireCopy() });
    const built = agreementsModule(dir);
    if (!built.ok) throw new Error(built.report);
    expect(built.agreements.map((a) => a.id)).toEqual(["derbyshire-probation-childrens-services", "made-up-county"]);
  });

  it("refuses a folder with broken files, listing every problem of every file with its JSON path", () => {
    const broken = derbyshireCopy();
    broken.reviewDate = "2021-02-30";
    broken.partners[0].mailboxes[1].address = "MidlandsNPS.derbyshirewest@justice.gov.uk";
    broken.templates[0].exchangeId = "no-such-exchange";
    broken.templates[2].fields[0].type = "checkbox";
    const dir = folder("broken", { "derbyshire.json": broken, "made-up.json": madeUp(), "truncated.json": '{"id": "x",' });
    const built = agreementsModule(dir);
    expect(built.ok).toBe(false);
    if (built.ok) return;
    const d = path.join(dir, "derbyshire.json");
    const lines = built.report.trimEnd().split("\n");
    expect(lines[0]).toBe(`SafeShare: the agreements in ${dir} have 5 problems; nothing was built:`);
    expect(lines.slice(1, 5)).toEqual([
      `${d}: reviewDate: expected a real date written YYYY-MM-DD`,
      `${d}: partners[0].mailboxes[1].address: expected lower-case: write "midlandsnps.derbyshirewest@justice.gov.uk"`,
      `${d}: templates[0].exchangeId: unknown exchange "no-such-exchange": expected one of "kpc-probation-to-childrens", "kpc-childrens-to-probation", "rtcn1-risk-to-children-notification", "referral-to-childrens-social-care", "strategy-meeting-invites", "child-protection-conferences", "ongoing-communication"`,
      `${d}: templates[2].fields[0].type: expected one of "text", "textarea", "date", "time", "select", "radio", "reference", "email", "phone"`,
    ]);
    expect(lines[5]).toMatch(new RegExp(`^${path.join(dir, "truncated.json").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: \\(root\\): invalid JSON: `));
  });

  it("writes no module for a refused set, and names each written module by its content", () => {
    const cache = path.join(tmp, "cache");
    const bad = folder("bad-one", { "a.json": { ...madeUp(), reviewDate: "soon" } });
    expect(() => writeAgreementsModule(bad, cache)).toThrow(/a\.json: reviewDate: expected a real date written YYYY-MM-DD/);
    expect(existsSync(cache) ? readdirSync(cache) : []).toEqual([]);
    const out = writeAgreementsModule(folder("good-one", { "a.json": madeUp() }), cache);
    expect(path.basename(out)).toMatch(/^agreements\.[0-9a-f]{16}\.generated\.js$/);
    expect(readFileSync(out, "utf8")).toContain('"made-up-county"');
  });

  it("refuses two files giving one mailbox conflicting meanings", () => {
    const other = madeUp();
    other.partners[1].mailboxes.push({ address: "starting.point@derbyshire.gov.uk", name: "Starting Point" });
    other.partners[1].domains.push({ domain: "derbyshire.gov.uk", status: "active" });
    const dir = folder("conflict", { "a.json": derbyshireCopy(), "b.json": other });
    const built = agreementsModule(dir);
    expect(built.ok).toBe(false);
    if (!built.ok) {
      expect(built.report).toContain(
        `${path.join(dir, "b.json")}: partners[1].mailboxes[1].address: "starting.point@derbyshire.gov.uk" is a mailbox of partner "derbyshire-cs"`,
      );
    }
  });

  it("refuses an empty folder and a missing one", () => {
    const empty = folder("empty", {});
    const built = agreementsModule(empty);
    expect(built.ok ? "" : built.report).toContain(`${empty}: (root): no agreement files: expected at least one *.json file in the folder`);
    const missing = path.join(tmp, "missing");
    const gone = agreementsModule(missing);
    expect(gone.ok ? "" : gone.report).toContain(`${missing}: (root): cannot read the file: ENOENT`);
  });

  it("deploys $SAFESHARE_AGREEMENTS when set, else the repository's agreements/", () => {
    expect(agreementsDir({}, ROOT)).toBe(path.join(ROOT, "agreements"));
    expect(agreementsDir({ SAFESHARE_AGREEMENTS: " " }, ROOT)).toBe(path.join(ROOT, "agreements"));
    expect(agreementsDir({ SAFESHARE_AGREEMENTS: tmp }, ROOT)).toBe(tmp);
  });
});

describe("webpack with SAFESHARE_AGREEMENTS", () => {
  const webpackCli = path.join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js");

  function build(agreements: string, dist: string) {
    return spawnSync(process.execPath, [webpackCli, "--mode", "development", "--config-name", "launchevent"], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, SAFESHARE_AGREEMENTS: agreements, SAFESHARE_DIST: dist },
    });
  }

  it("stops the build listing every problem, and builds nothing", () => {
    const dir = folder("webpack-broken", { "a.json": { ...madeUp(), reviewDate: "2030-02-30", expiryDate: "never" } });
    const dist = path.join(tmp, "dist-broken");
    const r = build(dir, dist);
    expect(r.status).not.toBe(0);
    expect(r.stderr + r.stdout).toContain(`${path.join(dir, "a.json")}: reviewDate: expected a real date written YYYY-MM-DD`);
    expect(r.stderr + r.stdout).toContain(`${path.join(dir, "a.json")}: expiryDate: expected a real date written YYYY-MM-DD`);
    expect(existsSync(path.join(dist, "launchevent.js"))).toBe(false);
  }, 60_000);

  it("bundles another folder's agreements into the Send handler, as data", () => {
    const dir = folder("webpack-made-up", { "made-up.json": madeUp() });
    const dist = path.join(tmp, "dist-made-up");
    const r = build(dir, dist);
    expect(r.status).toBe(0);
    const bundle = readFileSync(path.join(dist, "launchevent.js"), "utf8");
    expect(bundle).toContain("front.door@partner-b.example.gov.uk");
    expect(bundle).not.toContain("midlandsnps.derbyshirewest@justice.gov.uk");
    expect(bundle).not.toMatch(/ZodError|\$ZodType/);
  }, 120_000);
});
