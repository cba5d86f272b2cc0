/** The agreements/ folder as one set: it lints clean, one organisation has one partner id, and
 * lint tells the IG owner (not the practitioner) when an agreement states no review date. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { NO_REVIEW_DATE_NOTICE, readAgreementSet, runAgreement } from "../../src/cli/agreementCommand";
import { memoryIo } from "../cli/memoryIo";
import { AGREEMENTS_DIR } from "./sources";

const FILES = ["derbyshire.json", "iom.json", "llr-safeguarding.json", "working-together-prison-probation.json"];

/** Shared platforms: many organisations use them, so each agreement gives the domain to the
 * partner that stands for its own NHS signatories. */
const SHARED_PLATFORMS = ["nhs.net"];

async function lint(...paths: string[]) {
  const { io, out, err } = memoryIo();
  const code = await runAgreement(["lint", ...paths], io);
  return { code, out: out(), err: err() };
}

describe("the agreements folder", () => {
  it("lints clean as a set: every file valid, exit 0", async () => {
    const r = await lint(AGREEMENTS_DIR);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    for (const f of FILES) expect(r.out).toContain(`${path.join(AGREEMENTS_DIR, f)}: valid (`);
    expect(readAgreementSet([AGREEMENTS_DIR]).problems).toEqual([]);
  });

  it("gives one organisation one partner id in every file (a domain means the same partner)", () => {
    const { files } = readAgreementSet([AGREEMENTS_DIR]);
    expect(files.map((f) => path.basename(f.file))).toEqual(FILES);
    const owner = new Map<string, { id: string; file: string }>();
    for (const { file, agreement } of files) {
      for (const p of agreement.partners) {
        for (const d of p.domains) {
          if (SHARED_PLATFORMS.includes(d.domain)) continue;
          const seen = owner.get(d.domain);
          if (seen === undefined) owner.set(d.domain, { id: p.id, file });
          else expect([d.domain, p.id]).toEqual([d.domain, seen.id]);
        }
      }
    }
    expect(owner.get("justice.gov.uk")?.id).toBe("nps");
    expect(owner.get("leicester.gov.uk")?.id).toBe("leicester-city-council");
    expect(owner.get("derbyshire.gov.uk")?.id).toBe("derbyshire-cs");
  });
});

describe("lint's notice for an agreement with no review date", () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(path.join(tmpdir(), "safeshare-review-"))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("names each shipped file that states none, and not the one that does", async () => {
    const r = await lint(AGREEMENTS_DIR);
    const noticed = r.out
      .split("\n")
      .filter((l) => l.endsWith(`: note: ${NO_REVIEW_DATE_NOTICE}`))
      .map((l) => path.basename(l.slice(0, l.indexOf(": note: "))));
    expect(noticed).toEqual(["iom.json", "llr-safeguarding.json", "working-together-prison-probation.json"]);
    expect(NO_REVIEW_DATE_NOTICE).toMatch(/^no review date stated: .*"reviewDate"/);
  });

  it("is a note, not a problem: exit 0, nothing on stderr; adding a review date removes it", async () => {
    const raw = JSON.parse(readFileSync(path.join(AGREEMENTS_DIR, "iom.json"), "utf8")) as Record<string, unknown>;
    const without = path.join(dir, "without.json");
    writeFileSync(without, JSON.stringify(raw));
    const r = await lint(without);
    expect(r).toMatchObject({ code: 0, err: "" });
    expect(r.out).toContain(`${without}: note: ${NO_REVIEW_DATE_NOTICE}\n`);

    const dated = path.join(dir, "dated.json");
    writeFileSync(dated, JSON.stringify({ ...raw, reviewDate: "2027-08-12" }));
    const d = await lint(dated);
    expect(d.code).toBe(0);
    expect(d.out).not.toContain(NO_REVIEW_DATE_NOTICE);
  });

  it("does not hide a real problem: an invalid file still exits 3, with no notice for it", async () => {
    const raw = JSON.parse(readFileSync(path.join(AGREEMENTS_DIR, "iom.json"), "utf8")) as Record<string, unknown>;
    const broken = path.join(dir, "broken.json");
    writeFileSync(broken, JSON.stringify({ ...raw, version: "" }));
    const r = await lint(broken);
    expect(r.code).toBe(3);
    expect(r.out).toContain(`${broken}: version: `);
    expect(r.out).not.toContain(NO_REVIEW_DATE_NOTICE);
  });
});
