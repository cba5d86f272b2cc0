import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { main } from "../../src/cli/main";
import { runScan } from "../../src/cli/scanCommand";
import { derbyshireAgreement } from "../../src/policy/agreement";
import { memoryIo } from "./memoryIo";

const ATTACHMENTS = join(__dirname, "..", "fixtures", "attachments");
const base64 = (file: string) => readFileSync(join(ATTACHMENTS, file)).toString("base64");

const BUXTON = "midlandsnps.derbyshirewest@justice.gov.uk";
const STARTING_POINT = "Starting Point <starting.point@derbyshire.gov.uk>";
// 23 November 2026 is a Monday, 24 a Tuesday.
const MONDAY = "2026-11-23T09:00:00Z";
const TUESDAY = "2026-11-24T09:00:00Z";

type Line = { id?: string; line?: number; error?: string; verdict?: string; bodyOffsets?: string; renderedBody?: string; findings?: Finding[] };
type Finding = { rule: string; severity: string; field: string; kind?: string; start?: number; end?: number; recipient?: string; attachment?: string; message: string };

/** An agreement file like the shipped one but still in date (review 31 Dec 2026). */
function currentAgreementFile(): string {
  const file = join(mkdtempSync(join(tmpdir(), "safeshare-scan-")), "current.json");
  writeFileSync(file, JSON.stringify({ ...derbyshireAgreement, reviewDate: "2026-12-31" }));
  return file;
}
const CURRENT = currentAgreementFile();

async function scan(lines: string[], args: string[] = ["--agreement", CURRENT], clock = () => new Date(TUESDAY)) {
  const { io, out, err } = memoryIo(lines.join("\n"));
  const code = await runScan(args, io, clock);
  const parsed = out() === "" ? [] : out().trimEnd().split("\n").map((l) => JSON.parse(l) as Line);
  return { code, lines: parsed, err: err() };
}

const rules = (line: Line | undefined) => (line?.findings ?? []).map((f) => f.rule);
const byRule = (line: Line | undefined, rule: string) => (line?.findings ?? []).filter((f) => f.rule === rule);
const msg = (fields: Record<string, unknown>) => JSON.stringify({ to: STARTING_POINT, subject: "OFFICIAL-SENSITIVE: ref KPC/2026/0142", body: "See reference KPC/2026/0142.", ...fields });

describe("safeshare scan", () => {
  it("keeps ids and input order, names a malformed line, skips it and blank lines, exits 3", async () => {
    const r = await scan([msg({ id: "z9" }), "", "{oops", msg({ id: "a1", to: "jo@gmail.com", body: "Kelly Brennan (DOB 01/02/1990)" }), '{"id": 5}', msg({ id: "m3" })]);
    expect(r.code).toBe(3);
    expect(r.lines.map((l) => l.id ?? `line ${l.line}`)).toEqual(["z9", "line 3", "a1", "line 5", "m3"]);
    expect(r.lines[1]).toEqual({ line: 3, error: expect.stringMatching(/^invalid JSON/) });
    expect(r.lines[3]).toEqual({ line: 5, error: '"id" must be a string, got a number' });
    expect(r.lines.map((l) => l.verdict)).toEqual(["pass", undefined, "block", undefined, "pass"]);
    expect(r.err).toMatch(/line 3: invalid JSON/);
    expect(r.err).toMatch(/line 5: "id" must be a string/);
  });

  it("reads labelled corpus lines ({id, category, message, expect}) as their message", async () => {
    const labelled = (id: string, message: Record<string, unknown>) => JSON.stringify({ id, category: "c", message, expect: { verdict: "block" } });
    const r = await scan([
      labelled("outer", { to: ["jo@gmail.com"], subject: "x", body: "Kelly Brennan (DOB 01/02/1990)" }),
      labelled("outer2", { id: "inner", to: ["starting.point@derbyshire.gov.uk"], subject: "OFFICIAL-SENSITIVE: ref 1", body: "Hello" }),
    ]);
    expect(r.lines.map((l) => [l.id, l.verdict])).toEqual([
      ["outer", "block"],
      ["inner", "pass"],
    ]);
  });

  it("exits 0 when every line is a valid message, whatever the verdicts", async () => {
    const r = await scan([msg({ id: "a", to: "jo@gmail.com", body: "Kelly Brennan (DOB 01/02/1990)" })]);
    expect(r.code).toBe(0);
    expect(r.lines[0]?.verdict).toBe("block");
    expect(r.err).toBe("");
  });

  it("gives subject and text-body offsets into the text as given", async () => {
    const subject = "OFFICIAL-SENSITIVE: Referral for Jayden Whitworth";
    const body = "Please see the risk assessment for Kelly Brennan.";
    const [line] = (await scan([msg({ id: "t", subject, body })])).lines;
    expect(line?.bodyOffsets).toBe("text");
    expect(line?.renderedBody).toBeUndefined();
    const s = byRule(line, "subject-personal-data")[0];
    expect(subject.slice(s?.start, s?.end)).toBe("Jayden Whitworth");
    const b = (line?.findings ?? []).find((f) => f.field === "body" && f.kind === "person-name");
    expect(body.slice(b?.start, b?.end)).toBe("Kelly Brennan");
  });

  it("renders an HTML body to the text a recipient reads and gives offsets into that text", async () => {
    const html = '<html><head><style>p{color:red}</style></head><body><p>Dear&nbsp;colleague,</p><p>Risk assessment for <b>Kelly</b> <i>Brennan</i> &amp; <a href="https://example.org/x">notes</a>.</p></body></html>';
    const [line] = (await scan([msg({ id: "h", body: html, bodyType: "html", to: "jo@gmail.com" })])).lines;
    expect(line?.bodyOffsets).toBe("rendered-html");
    const text = line?.renderedBody ?? "";
    expect(text).not.toMatch(/<|color|example\.org/);
    expect(text).toContain("Risk assessment for Kelly Brennan & notes.");
    const name = (line?.findings ?? []).find((f) => f.field === "body" && f.kind === "person-name");
    expect(text.slice(name?.start, name?.end)).toBe("Kelly Brennan");
    expect(rules(line)).toContain("body-secure-route");
  });

  it("checks attachments from their base64 bytes: encrypted ZIP and PDF are notes, a plain PDF blocks", async () => {
    const attachments = [
      { name: "assessment.zip", contentBase64: base64("aes.zip") },
      { name: "report.pdf", contentBase64: base64("aes256.pdf") },
      { name: "plain.pdf", contentBase64: base64("plain.pdf") },
    ];
    const [line] = (await scan([msg({ id: "att", to: "sam@example-charity.org.uk", attachments })])).lines;
    const found = byRule(line, "attachment-encryption").map((f) => [f.attachment, f.severity]);
    expect(found).toEqual(expect.arrayContaining([["assessment.zip", "info"], ["report.pdf", "info"], ["plain.pdf", "block"]]));
    expect(line?.verdict).toBe("block");
  });

  it("parses comma-separated recipient strings, objects and arrays; a string that is no address list goes to the policy whole", async () => {
    const r = await scan([
      msg({ id: "list", to: `${STARTING_POINT}, "Jo Bloggs" <jo@gmail.com>`, body: "Kelly Brennan (DOB 01/02/1990)" }),
      msg({ id: "objects", to: [{ name: "Jo", address: "jo@gmail.com" }, STARTING_POINT] }),
      msg({ id: "bad", cc: "jane.derbyshire.gov.uk" }),
      // Not an RFC 5322 list, but one name-addr in Outlook's "Surname, Given" form: the policy accepts it.
      msg({ id: "outlook", cc: "Doe, Jane <starting.point@derbyshire.gov.uk>" }),
    ]);
    expect(byRule(r.lines[0], "recipient-webmail").map((f) => [f.recipient, f.severity])).toEqual([["jo@gmail.com", "block"]]);
    expect(byRule(r.lines[1], "recipient-webmail").map((f) => [f.recipient, f.severity])).toEqual([["jo@gmail.com", "info"]]);
    expect(byRule(r.lines[2], "recipient-invalid")).toHaveLength(1);
    expect(byRule(r.lines[2], "recipient-invalid")[0]?.message).toContain("no @");
    expect(r.lines[2]?.verdict).toBe("block");
    expect(r.lines[3]?.verdict).toBe("pass");
  });

  it("reads 'now' from sentAt, else --now, else the clock", async () => {
    const line = (fields: Record<string, unknown>) => msg({ id: "x", to: BUXTON, ...fields });
    const schedule = async (fields: Record<string, unknown>, extra: string[] = []) =>
      byRule((await scan([line(fields)], ["--agreement", CURRENT, ...extra], () => new Date(MONDAY))).lines[0], "mailbox-schedule").length;
    expect(await schedule({ sentAt: TUESDAY }, ["--now", MONDAY])).toBe(0);
    expect(await schedule({ sentAt: MONDAY }, ["--now", TUESDAY])).toBe(1);
    expect(await schedule({}, ["--now", TUESDAY])).toBe(0);
    expect(await schedule({})).toBe(1);
  });

  it("takes the sender from 'from', else --sender (own organisation is not outside the agreement)", async () => {
    const line = (fields: Record<string, unknown>) => msg({ id: "s", to: "colleague@example-charity.org.uk", ...fields });
    const outside = async (fields: Record<string, unknown>, extra: string[] = []) =>
      byRule((await scan([line(fields)], ["--agreement", CURRENT, ...extra])).lines[0], "recipient-outside-agreement").length;
    expect(await outside({})).toBe(1);
    expect(await outside({ from: "Me <me@example-charity.org.uk>" })).toBe(0);
    expect(await outside({ from: { name: "Me", address: "me@example-charity.org.uk" } })).toBe(0);
    expect(await outside({}, ["--sender", "me@example-charity.org.uk"])).toBe(0);
    expect(await outside({ from: "me@elsewhere.org.uk" }, ["--sender", "me@example-charity.org.uk"])).toBe(1);
  });

  it("passes with the shipped agreement, noting that it is past its review date", async () => {
    const [line] = (await scan([msg({ id: "a" })], [])).lines;
    expect(line?.verdict).toBe("pass");
    expect(rules(line).filter((r) => r !== "personal-data-found")).toEqual(["agreement-lifecycle"]);
  });

  it("passes the exchange on, so the route rule can name the online form", async () => {
    const [known, unknown] = (await scan([msg({ id: "k", exchange: "referral-to-childrens-social-care" }), msg({ id: "u", exchange: "no-such-exchange" })])).lines;
    expect(rules(known)).not.toContain("check-error");
    expect(byRule(unknown, "exchange-route")[0]?.message).toContain("no-such-exchange");
  });

  it.each([
    ['"to" must be an address', { to: 42 }],
    ['"to"[1].address must be a string', { to: [STARTING_POINT, { name: "x" }] }],
    ['"subject" must be a string, got an array', { subject: ["x"] }],
    ['"bodyType" must be "text" or "html"', { bodyType: "rtf" }],
    ['"sentAt" must be an ISO-8601 date', { sentAt: "3 Nov 2026" }],
    ['"sentAt" must be an ISO-8601 date', { sentAt: "2026-11-03T10:00:00" }],
    ['"attachments"[0].contentBase64 is not valid base64', { attachments: [{ name: "a.zip", contentBase64: "not base64!" }] }],
    ['"attachments"[0].name must be a string', { attachments: [{ contentBase64: "" }] }],
    ['"attachments" must be an array', { attachments: { name: "a" } }],
    ['"from" must be an address string', { from: 7 }],
  ])("names the line for a wrong field type: %s", async (message, fields) => {
    const r = await scan(["", msg({ id: "bad", ...fields })]);
    expect(r.code).toBe(3);
    expect(r.lines).toEqual([{ line: 2, error: expect.stringContaining(message) }]);
  });

  it("accepts null for optional fields and a message with only an id", async () => {
    const r = await scan([JSON.stringify({ id: "min" }), JSON.stringify({ id: "nulls", to: null, subject: null, attachments: null, sentAt: null })]);
    expect(r.code).toBe(0);
    expect(r.lines.map((l) => l.verdict)).toEqual(["pass", "pass"]);
  });

  it("lists every problem of an invalid --agreement with its path, checks nothing and exits 3", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "safeshare-scan-")), "bad.json");
    writeFileSync(file, JSON.stringify({ ...derbyshireAgreement, title: undefined, reviewDate: "soon", partners: [{ ...derbyshireAgreement.partners[0], kind: 5 }, ...derbyshireAgreement.partners.slice(1)] }));
    const r = await scan([msg({ id: "a" })], ["--agreement", file]);
    expect(r.code).toBe(3);
    expect(r.lines).toEqual([]);
    expect(r.err).toContain(`${file}: title:`);
    expect(r.err).toContain(`${file}: reviewDate:`);
    expect(r.err).toContain(`${file}: partners[0].kind:`);
    expect(r.err).toMatch(/nothing checked/);
  });

  it("exits 3 for an unreadable agreement, an unknown option or a bad --now", async () => {
    expect((await scan([], ["--agreement", "/no/such/file.json"])).err).toMatch(/cannot read the file: ENOENT/);
    expect((await scan([], ["--bogus"])).code).toBe(3);
    const badNow = await scan([], ["--now", "tomorrow"]);
    expect(badNow.code).toBe(3);
    expect(badNow.err).toContain("--now must be");
  });

  it("answers a line before the input has ended", async () => {
    const stdin = new PassThrough();
    const stdout = new PassThrough();
    let out = "";
    stdout.on("data", (c: Buffer) => (out += c.toString("utf8")));
    const done = runScan(["--agreement", CURRENT], { stdin, stdout, stderr: new PassThrough() });
    stdin.write(msg({ id: "first" }) + "\n");
    for (let i = 0; i < 200 && out === ""; i++) await new Promise((r) => setTimeout(r, 5));
    expect(out).toContain('"id":"first"');
    stdin.end(msg({ id: "second" }) + "\n");
    await expect(done).resolves.toBe(0);
  });

  it("is a command of main, with help that documents the exit status", async () => {
    const stdout = new PassThrough();
    let out = "";
    stdout.on("data", (c: Buffer) => (out += c.toString("utf8")));
    await expect(main(["scan", "--help"], { stdin: new PassThrough(), stdout, stderr: new PassThrough() })).resolves.toBe(0);
    expect(out).toContain("Usage: safeshare scan");
    expect(out).toContain("Exit status: 0");
  });
});
