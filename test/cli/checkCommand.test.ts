import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { runCheck } from "../../src/cli/checkCommand";
import { main } from "../../src/cli/main";
import { derbyshireAgreement } from "../../src/policy/agreement";
import { starterAgreement } from "../../src/policy/agreement/starter";
import { memoryIo } from "./memoryIo";

const EML = join(__dirname, "..", "fixtures", "eml");
const eml = (name: string) => join(EML, name);
const TMP = mkdtempSync(join(tmpdir(), "safeshare-check-"));

/** Like the shipped agreement but still in date on the fixtures' dates (November 2026). */
const CURRENT = join(TMP, "current.json");
writeFileSync(CURRENT, JSON.stringify({ ...derbyshireAgreement, reviewDate: "2026-12-31" }));
/** In date until the end of 2026, then expired: expiry warns (an overdue review is only a note). */
const EXPIRING = join(TMP, "expiring.json");
writeFileSync(EXPIRING, JSON.stringify({ ...derbyshireAgreement, reviewDate: "2026-12-31", expiryDate: "2026-12-31" }));

type Finding = { rule: string; severity: string; field: string; kind?: string; start?: number; end?: number; recipient?: string; attachment?: string; message?: string };
type Line = { id?: string; file?: string; error?: string; verdict?: string; bodyOffsets?: string; renderedBody?: string; findings?: Finding[] };

async function check(args: string[], clock = () => new Date("2027-06-01T09:00:00Z")) {
  const { io, out, err } = memoryIo();
  const code = await runCheck(args, io, clock);
  return { code, out: out(), err: err() };
}

async function checkJson(args: string[]) {
  const r = await check(["--json", ...args]);
  return { ...r, lines: r.out.trimEnd().split("\n").map((l) => JSON.parse(l) as Line) };
}

const rules = (line: Line | undefined) => (line?.findings ?? []).map((f) => f.rule);
const byRule = (line: Line | undefined, rule: string) => (line?.findings ?? []).filter((f) => f.rule === rule);

describe("safeshare check: verdicts and exit status", () => {
  it("passes a reference-only OFFICIAL-SENSITIVE message to Starting Point under an in-date agreement (exit 0)", async () => {
    const r = await check(["--agreement", CURRENT, eml("clean-reference.eml")]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/clean-reference\.eml: PASS/);
    expect(r.err).toBe("");
  });

  it("passes the same message under the shipped agreement, noting that its review date has passed (exit 0)", async () => {
    const r = await checkJson([eml("clean-reference.eml")]);
    expect(r.code).toBe(0);
    expect(r.lines[0]?.verdict).toBe("pass");
    const lifecycle = (r.lines[0]?.findings ?? []).filter((f) => f.rule === "agreement-lifecycle");
    expect(lifecycle.map((f) => f.severity)).toEqual(["info"]);
  });

  it("blocks a name in an encoded-word subject (exit 2), with offsets into the decoded subject", async () => {
    const r = await checkJson(["--agreement", CURRENT, eml("encoded-name-subject.eml")]);
    expect(r.code).toBe(2);
    const f = byRule(r.lines[0], "subject-personal-data")[0];
    expect(f).toMatchObject({ severity: "block", field: "subject", kind: "person-name" });
    expect("OFFICIAL-SENSITIVE: Referral for Jayden Whitworth".slice(f?.start, f?.end)).toBe("Jayden Whitworth");
  });

  it("checks multipart/mixed attachments from their bytes: plain PDF blocks, AES ZIP is a note", async () => {
    const r = await checkJson(["--agreement", CURRENT, eml("mixed-attachments.eml")]);
    expect(r.code).toBe(2);
    const found = byRule(r.lines[0], "attachment-encryption").map((f) => [f.attachment, f.severity]);
    expect(found).toEqual(expect.arrayContaining([["summary.pdf", "block"], ["assessment.zip", "info"]]));
    expect(found).toHaveLength(2);
  });

  it("renders an HTML-only body and gives body offsets into the rendered text", async () => {
    const r = await checkJson(["--agreement", CURRENT, eml("html-only.eml")]);
    const line = r.lines[0];
    expect(line?.bodyOffsets).toBe("rendered-html");
    expect(line?.renderedBody).not.toMatch(/<|color/);
    const name = (line?.findings ?? []).find((f) => f.field === "body" && f.kind === "person-name");
    expect(line?.renderedBody?.slice(name?.start, name?.end)).toBe("Kelly Brennan");
    expect(rules(line)).toEqual(expect.arrayContaining(["body-secure-route", "recipient-webmail"]));
  });

  it("prefers the text/plain part of multipart/alternative", async () => {
    const r = await checkJson(["--agreement", CURRENT, eml("alternative.eml")]);
    const line = r.lines[0];
    expect(line?.bodyOffsets).toBe("text");
    expect(line?.renderedBody).toBeUndefined();
    const name = (line?.findings ?? []).find((f) => f.field === "body" && f.kind === "person-name");
    expect("Plain part: for Kelly Brennan, on licence.".slice(name?.start, name?.end)).toBe("Kelly Brennan");
  });

  it("exits with the worst verdict over all files", async () => {
    const r = await check(["--agreement", CURRENT, eml("clean-reference.eml"), eml("encoded-name-subject.eml")]);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/clean-reference\.eml: PASS[\s\S]*encoded-name-subject\.eml: BLOCK/);
  });
});

describe("safeshare check: bad input", () => {
  it("exits 3 for a file that is not an e-mail message, with the reason, and still reports the others", async () => {
    const r = await check(["--agreement", CURRENT, eml("broken.eml"), eml("encoded-name-subject.eml")]);
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/broken\.eml: line 1 is neither a header field/);
    expect(r.out).toMatch(/broken\.eml: NOT CHECKED/);
    expect(r.out).toMatch(/encoded-name-subject\.eml: BLOCK/);
  });

  it("gives a {file, error} line with --json", async () => {
    const r = await checkJson([eml("broken.eml")]);
    expect(r.lines).toEqual([{ file: eml("broken.eml"), error: expect.stringContaining("not an e-mail message") }]);
  });

  it.each([
    ["an empty file", "", /the file is empty/],
    ["binary data", "\u0000\u0001PK\u0003\u0004", /binary data/],
    ["headers that name no message field", "Hello: world\n\nbody\n", /no From, To, Cc, Bcc, Subject or Date header/],
  ])("exits 3 for %s", async (_what, content, reason) => {
    const file = join(TMP, `bad-${Math.random().toString(36).slice(2)}.eml`);
    writeFileSync(file, content);
    const r = await check([file]);
    expect(r.code).toBe(3);
    expect(r.err).toMatch(reason);
  });

  it("exits 3 for a missing file, no file, an unknown option, a bad --now or an invalid agreement", async () => {
    expect((await check([join(TMP, "missing.eml")])).err).toMatch(/cannot read the file: ENOENT/);
    expect((await check([])).code).toBe(3);
    expect((await check(["--verbose", eml("clean-reference.eml")])).code).toBe(3);
    expect((await check(["--now", "2026-11-03T10:00", eml("clean-reference.eml")])).code).toBe(3);
    const bad = join(TMP, "bad-agreement.json");
    writeFileSync(bad, JSON.stringify({ ...derbyshireAgreement, reviewDate: 2026, exchanges: "none" }));
    const r = await check(["--agreement", bad, eml("clean-reference.eml")]);
    expect(r.code).toBe(3);
    expect(r.out).toBe("");
    expect(r.err).toContain(`${bad}: reviewDate:`);
    expect(r.err).toContain(`${bad}: exchanges:`);
  });
});

describe("safeshare check: time, sender, exchange and the readable report", () => {
  function withoutDate(name: string): string {
    const file = join(TMP, `nodate-${name}`);
    writeFileSync(file, readFileSync(eml(name), "utf8").replace(/^Date: .*\r\n/m, ""));
    return file;
  }

  it("takes 'now' from the Date header before --now, then --now, then the clock", async () => {
    // The agreement expires on 31 December 2026.
    const late = ["--agreement", EXPIRING, "--now", "2027-03-01T10:00:00Z"];
    expect((await check([...late, eml("clean-reference.eml")])).code).toBe(0);
    expect((await check([...late, withoutDate("clean-reference.eml")])).code).toBe(1);
    expect((await check(["--agreement", EXPIRING, "--now", "2026-11-03T10:00:00Z", withoutDate("clean-reference.eml")])).code).toBe(0);
    expect((await check(["--agreement", EXPIRING, withoutDate("clean-reference.eml")], () => new Date("2027-01-05T10:00:00Z"))).code).toBe(1);
  });

  it("notes an unreadable Date header on stderr and falls back", async () => {
    const file = join(TMP, "bad-date.eml");
    writeFileSync(file, readFileSync(eml("clean-reference.eml"), "utf8").replace(/^Date: .*$/m, "Date: someday soon"));
    const r = await check(["--agreement", CURRENT, "--now", "2026-11-03T10:00:00Z", file]);
    expect(r.code).toBe(0);
    expect(r.err).toContain("“someday soon” is not a date; using --now");
  });

  it("uses From as the sender: a recipient in the sender's own organisation is not outside the agreement", async () => {
    const text = readFileSync(eml("mixed-attachments.eml"), "utf8");
    const own = join(TMP, "own-org.eml");
    writeFileSync(own, text.replace("From: Pat Officer <pat.officer@justice.gov.uk>", "From: Me <me@example-charity.org.uk>"));
    const before = await checkJson(["--agreement", CURRENT, eml("mixed-attachments.eml")]);
    const after = await checkJson(["--agreement", CURRENT, own]);
    expect(byRule(before.lines[0], "recipient-outside-agreement")).toHaveLength(1);
    expect(byRule(after.lines[0], "recipient-outside-agreement")).toHaveLength(0);
  });

  it("passes --exchange to the policy; refuses one the agreement lacks", async () => {
    const r = await checkJson(["--agreement", CURRENT, "--exchange", "referral-to-childrens-social-care", eml("clean-reference.eml")]);
    expect(byRule(r.lines[0], "exchange-route")[0]?.message).toContain("not by e-mail");
    const unknown = await check(["--agreement", CURRENT, "--exchange", "no-such-exchange", eml("clean-reference.eml")]);
    expect([unknown.code, unknown.out]).toEqual([3, ""]);
    expect(unknown.err).toContain('safeshare check: --exchange: exchange "no-such-exchange" is not an exchange of agreement "derbyshire-probation-childrens-services"');
  });

  it("takes several --agreements (folders or files) and resolves --exchange across them", async () => {
    const starter = join(TMP, "starter.json");
    writeFileSync(starter, JSON.stringify(starterAgreement({ id: "county-a", reviewDate: "2027-12-31" })));
    const set = ["--agreements", CURRENT, "--agreements", starter];
    // No exchange: the set's default (Derbyshire), under which Starting Point is a partner mailbox.
    expect((await checkJson([...set, eml("clean-reference.eml")])).lines[0]?.verdict).toBe("pass");
    const named = await checkJson([...set, "--exchange", "derbyshire-probation-childrens-services/referral-to-childrens-social-care", eml("clean-reference.eml")]);
    expect(byRule(named.lines[0], "exchange-route")).toHaveLength(1);
    // The starter's exchange: judged under county-a, whose parties are neither the sender nor
    // Starting Point (on a route only under Derbyshire).
    const bare = await checkJson([...set, "--exchange", "partner-a-to-partner-b", eml("clean-reference.eml")]);
    const route = byRule(bare.lines[0], "exchange-route").map((f) => f.message);
    expect(route).toEqual([expect.stringMatching(/^pat\.officer@justice\.gov\.uk is not an address of a party to the/), expect.stringMatching(/does not receive the/)]);
    expect(byRule(bare.lines[0], "recipient-outside-agreement")).toEqual([]);
  });

  it("prints findings grouped worst first, with where, the message and the fix label", async () => {
    const expired = join(TMP, "expired.json");
    writeFileSync(expired, JSON.stringify({ ...derbyshireAgreement, expiryDate: "2021-12-31" }));
    const r = await check(["--agreement", expired, eml("encoded-name-subject.eml"), eml("html-only.eml")]);
    const [first = "", second = ""] = r.out.split("\n\n");
    expect(first).toContain(["encoded-name-subject.eml: BLOCK", "  Blocking (1)", "    - subject, characters 33–49, person-name [subject-personal-data]", "      The subject"].join("\n"));
    expect(first).toContain("      Fix: Use a reference-only subject");
    expect(first.indexOf("Blocking")).toBeLessThan(first.indexOf("Warnings"));
    // The HTML message has all three groups: blocking, then warnings, then notes.
    expect(second.indexOf("Blocking")).toBeGreaterThan(-1);
    expect(second.indexOf("Blocking")).toBeLessThan(second.indexOf("Warnings"));
    expect(second.indexOf("Warnings")).toBeLessThan(second.indexOf("Notes"));
    expect(r.out).toContain("the body is HTML: body offsets are into the text it renders to");
  });

  it("is a command of main with its own help", async () => {
    const stdout = new PassThrough();
    let out = "";
    stdout.on("data", (c: Buffer) => (out += c.toString("utf8")));
    await expect(main(["check", "--help"], { stdin: new PassThrough(), stdout, stderr: new PassThrough() })).resolves.toBe(0);
    expect(out).toContain("Usage: safeshare check");
    expect(out).toMatch(/Exit status: 0 every file passes; 1 .*warning; 2 .*blocked;\n3 bad input/);
  });
});
