import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
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
    expect(r).toEqual({ code: 0, out: `${f}: valid (4 partners, 7 exchanges, 8 channel rules)\n`, err: "" });
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

  it("needs exactly one FILE", async () => {
    expect((await run(["lint"])).code).toBe(3);
    const r = await run(["lint", "a.json", "b.json"]);
    expect(r.code).toBe(3);
    expect(r.err).toContain("lint takes exactly one FILE");
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
    expect(help.out).toMatch(/^Usage: safeshare agreement lint FILE/);
    const show = await run(["agreement", "show"], "main");
    expect(show.code).toBe(0);
    expect(show.out).toContain("Who receives what, by which route");
  });
});

it("formatProblems writes one line per problem", () => {
  expect(formatProblems("a.json", [{ path: "id", message: "m" }, { path: "(root)", message: "n" }])).toBe("a.json: id: m\na.json: (root): n\n");
});
