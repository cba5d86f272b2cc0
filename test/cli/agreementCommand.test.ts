import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { formatProblems, parseAgreementText, runAgreement } from "../../src/cli/agreementCommand";
import { main } from "../../src/cli/main";
import { derbyshireAgreement, formatRoutingTable } from "../../src/policy/agreement";
import { derbyshireCopy, smallAgreement } from "../policy/agreement/helpers";
import { memoryIo } from "./memoryIo";

let dir: string;
beforeAll(() => (dir = mkdtempSync(path.join(tmpdir(), "safeshare-agreement-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string): string {
  const f = path.join(dir, name);
  writeFileSync(f, content, "utf8");
  return f;
}

async function run(args: string[], entry: "main" | "agreement" = "agreement") {
  const { io, out, err } = memoryIo();
  const code = entry === "main" ? await main(args, io) : await runAgreement(args, io);
  return { code, out: out(), err: err() };
}

/** The shipped agreement with five independent mistakes. */
function brokenDerbyshire(): string {
  const a = derbyshireCopy();
  a.reviewDate = "2021-02-30";
  a.partners[0].mailboxes[1].address = "MidlandsNPS.derbyshirewest@justice.gov.uk";
  a.partners[1].lifecycle.functionsMovedTo = "probation-service";
  a.exchanges[0].routes[0].partner = "derbyshire";
  a.exchanges[5].routes[3].mailboxes = ["cpsafeguarding@derbyshire.gov.uk"];
  return JSON.stringify(a, null, 2);
}

describe("safeshare agreement lint", () => {
  it("accepts the shipped agreement with exit 0", async () => {
    const f = file("ok.json", JSON.stringify(derbyshireCopy()));
    const r = await run(["lint", f]);
    expect(r).toEqual({
      code: 0,
      out:
        `${f}: valid (4 partners, 7 exchanges, 12 channel rules, 13 templates)\n` +
        `${f}: note: no clause for "partner-dissolved", "review-date", "parties": those checks will say "This agreement has no clause for this check."\n`,
      err: "",
    });
  });

  it("prints every problem of a broken agreement as FILE: path: message, exit 3", async () => {
    const f = file("broken.json", brokenDerbyshire());
    const r = await run(["lint", f]);
    expect(r.code).toBe(3);
    expect(r.out.trimEnd().split("\n")).toEqual([
      `${f}: reviewDate: expected a real date written YYYY-MM-DD`,
      `${f}: partners[0].mailboxes[1].address: expected lower-case: write "midlandsnps.derbyshirewest@justice.gov.uk"`,
      `${f}: partners[1].lifecycle.functionsMovedTo: unknown partner "probation-service": expected one of "nps", "dlnr-crc", "derbyshire-cs", "derby-city-cs"`,
      `${f}: exchanges[0].routes[0].partner: unknown partner "derbyshire": expected one of "nps", "dlnr-crc", "derbyshire-cs", "derby-city-cs"`,
      `${f}: exchanges[5].routes[3].mailboxes[0]: "cpsafeguarding@derbyshire.gov.uk" is neither a mailbox of partner "derby-city-cs" nor on its domains ("derby.gov.uk")`,
    ]);
    expect(r.err).toBe(`${f}: 5 problems\n`);
  });

  it("reports invalid JSON and unreadable files with exit 3", async () => {
    const bad = file("bad.json", '{"id": "x",');
    const r = await run(["lint", bad]);
    expect(r.code).toBe(3);
    expect(r.out).toMatch(new RegExp(`^${bad.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: \\(root\\): invalid JSON: `));
    const missing = path.join(dir, "missing.json");
    const m = await run(["lint", missing]);
    expect(m.code).toBe(3);
    expect(m.out).toBe(`${missing}: (root): cannot read the file: ENOENT\n`);
  });

  it("accepts a UTF-8 byte-order mark", () => {
    expect(parseAgreementText("\uFEFF" + JSON.stringify(smallAgreement())).ok).toBe(true);
  });

  it("needs at least one DIR or FILE, and takes no options", async () => {
    const r = await run(["lint"]);
    expect(r.code).toBe(3);
    expect(r.err).toContain("lint takes at least one DIR or FILE");
    expect((await run(["lint", "--fix", "a.json"])).err).toContain("unknown option '--fix'");
  });

  it("lints a folder: every *.json in it, in name order, with the checks across files", async () => {
    const folder = path.join(dir, "set-ok");
    mkdirSync(folder);
    writeFileSync(path.join(folder, "b.json"), JSON.stringify(smallAgreement()));
    writeFileSync(path.join(folder, "a.json"), JSON.stringify(derbyshireCopy()));
    writeFileSync(path.join(folder, "README.txt"), "not an agreement");
    const r = await run(["lint", folder]);
    expect(r.code).toBe(0);
    expect(r.out.split("\n").filter((l) => l.includes(": valid ("))).toEqual([
      `${path.join(folder, "a.json")}: valid (4 partners, 7 exchanges, 12 channel rules, 13 templates)`,
      `${path.join(folder, "b.json")}: valid (3 partners, 2 exchanges, 1 channel rule, 0 templates)`,
    ]);
  });

  it("refuses two files giving one mailbox conflicting meanings, and reports each broken file", async () => {
    const folder = path.join(dir, "set-conflict");
    mkdirSync(folder);
    const other = smallAgreement();
    other.partners[1].domains.push({ domain: "derbyshire.gov.uk", status: "active" });
    other.partners[1].mailboxes.push({ address: "starting.point@derbyshire.gov.uk", name: "Starting Point" });
    writeFileSync(path.join(folder, "a.json"), JSON.stringify(derbyshireCopy()));
    writeFileSync(path.join(folder, "b.json"), JSON.stringify(other));
    const broken = file("broken-too.json", brokenDerbyshire());
    const r = await run(["lint", folder, broken]);
    expect(r.code).toBe(3);
    const lines = r.out.trimEnd().split("\n");
    expect(lines.filter((l) => l.startsWith(broken))).toHaveLength(5);
    expect(lines).toContain(
      `${path.join(folder, "b.json")}: partners[1].mailboxes[1].address: "starting.point@derbyshire.gov.uk" is a mailbox of partner "derbyshire-cs" (Derbyshire County Council children's services) in ${path.join(folder, "a.json")} but of partner "council" (County Council children's services) here: a mailbox must belong to the same partner, under the same id, in every agreement of the set`,
    );
    expect(r.err).toBe("6 problems in 2 files\n");
  });
});

describe("safeshare agreement new", () => {
  const NOW = new Date("2026-12-04T10:00:00Z");

  it("writes a starter that the schema accepts, reviewed a year on", async () => {
    const out = path.join(dir, "starter.json");
    const { io, out: stdout, err } = memoryIo();
    expect(await runAgreement(["new", "--id", "county-probation", "--out", out], io, NOW)).toBe(0);
    expect(stdout()).toBe("");
    expect(err()).toContain(`${out}: starter agreement "county-probation" written`);
    const parsed = parseAgreementText(readFileSync(out, "utf8"));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect([parsed.agreement.id, parsed.agreement.reviewDate]).toEqual(["county-probation", "2027-12-04"]);
    expect((await run(["lint", out])).code).toBe(0);
  });

  it("prints to stdout without --out; a leap day's review falls on 28 February", async () => {
    const { io, out } = memoryIo();
    expect(await runAgreement(["new"], io, new Date("2028-02-29T12:00:00Z"))).toBe(0);
    const parsed = parseAgreementText(out());
    expect(parsed.ok && [parsed.agreement.id, parsed.agreement.reviewDate]).toEqual(["new-agreement", "2029-02-28"]);
  });

  it("never overwrites a file, and refuses a bad id or a missing value", async () => {
    const existing = file("existing.json", "keep me");
    const r = await run(["new", "--out", existing]);
    expect(r.code).toBe(3);
    expect(r.err).toContain(`${existing} exists; not overwritten`);
    expect(readFileSync(existing, "utf8")).toBe("keep me");
    expect((await run(["new", "--id", "Bad Id"])).err).toContain('--id "Bad Id": expected a kebab-case id');
    expect((await run(["new", "--out"])).err).toContain("--out needs a value");
    expect((await run(["new", "extra"])).err).toContain("unknown argument 'extra'");
  });
});

describe("safeshare agreement show", () => {
  it("prints the shipped Derbyshire routing table by default", async () => {
    const r = await run(["show"]);
    expect(r).toEqual({ code: 0, out: formatRoutingTable(derbyshireAgreement), err: "" });
    expect(r.out).toContain("Buxton SPOC:");
  });

  it("prints a given agreement, with notes on request", async () => {
    const f = file("small.json", JSON.stringify(smallAgreement()));
    const r = await run(["show", "--notes", f]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Small test agreement\n/);
    expect(r.out).toContain("note: North first.");
  });

  it("refuses an invalid agreement, listing its problems on stderr, exit 3", async () => {
    const f = file("broken-show.json", brokenDerbyshire());
    const r = await run(["show", f]);
    expect(r.code).toBe(3);
    expect(r.out).toBe("");
    expect(r.err.trimEnd().split("\n")).toHaveLength(5);
  });

  it("rejects unknown options and subcommands", async () => {
    expect((await run(["show", "--wide"])).err).toContain("unknown option '--wide'");
    const r = await run(["print"]);
    expect(r.code).toBe(3);
    expect(r.err).toContain("unknown subcommand 'print'");
    expect((await run([])).err).toContain("missing subcommand");
  });
});

describe("safeshare agreement through main", () => {
  it("is listed in the command list and dispatched", async () => {
    expect((await run(["--help"], "main")).out).toMatch(/^\s+agreement\s+validate/m);
    const help = await run(["agreement", "--help"], "main");
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^Usage: safeshare agreement lint DIR\|FILE\.\.\./);
    const show = await run(["agreement", "show"], "main");
    expect(show.code).toBe(0);
    expect(show.out).toContain("Who receives what, by which route");
  });
});

it("formatProblems writes one line per problem", () => {
  expect(formatProblems("a.json", [{ path: "id", message: "m" }, { path: "(root)", message: "n" }])).toBe("a.json: id: m\na.json: (root): n\n");
});

describe("safeshare check --agreements DIR", () => {
  const EML = [
    "From: A <spoc@partner-a.example.gov.uk>",
    "To: front.door@partner-b.example.gov.uk",
    "Subject: OFFICIAL-SENSITIVE: Request - Ref X123456",
    "Date: Fri, 04 Dec 2026 10:00:00 +0000",
    "Content-Type: text/plain; charset=utf-8",
    "",
    "Please see the request for Ref X123456. His date of birth is 02/03/1980.",
    "",
  ].join("\r\n");

  it("checks against the folder's agreement: its mailbox is a secure route there; under the shipped set the sender is party to none", async () => {
    const folder = path.join(dir, "check-made-up");
    mkdirSync(folder);
    const { io, out } = memoryIo();
    await runAgreement(["new", "--id", "made-up"], io, new Date("2026-12-04T00:00:00Z"));
    writeFileSync(path.join(folder, "made-up.json"), out());
    const eml = file("made-up.eml", EML);
    const made = await run(["check", "--agreements", folder, eml], "main");
    expect([made.code, made.out.split("\n")[0]]).toEqual([0, `${eml}: PASS`]);
    const shipped = await run(["check", eml], "main");
    expect([shipped.code, shipped.out.split("\n")[0]]).toEqual([0, `${eml}: PASS`]);
    expect(shipped.out).toContain("spoc@partner-a.example.gov.uk is not an address of any organisation party to the agreements deployed here");
  });

  it("checks nothing when any file of the folder is broken, listing every problem", async () => {
    const folder = path.join(dir, "check-broken");
    mkdirSync(folder);
    writeFileSync(path.join(folder, "a.json"), brokenDerbyshire());
    const eml = file("broken-set.eml", EML);
    const r = await run(["check", "--agreements", folder, eml], "main");
    expect(r.code).toBe(3);
    expect(r.out).toBe("");
    expect(r.err.trimEnd().split("\n")).toHaveLength(6);
    expect(r.err).toContain(`${path.join(folder, "a.json")}: reviewDate: expected a real date written YYYY-MM-DD`);
    expect(r.err).toContain(`safeshare check: ${folder}: 5 problems in the agreements; nothing checked`);
    expect((await run(["check", "--agreement", "a.json", "--agreements", folder, eml], "main")).err).toContain("not both");
  });
});
