import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { main } from "../../src/cli/main";
import { runScan } from "../../src/cli/scanCommand";
import { derbyshireAgreement, type Agreement } from "../../src/policy/agreement";
import { starterAgreement } from "../../src/policy/agreement/starter";
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
      msg({ id: "objects", to: [{ name: "Jo", address: "jo@gmail.com" }, STARTING_POINT], subject: "Training dates" }),
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
    // A council colleague at another host of the sender's domain: own organisation for a council
    // sender, public sector outside the agreement for anyone else.
    const line = (fields: Record<string, unknown>) => msg({ id: "s", to: "colleague@schools.derbyshire.gov.uk", ...fields });
    const outside = async (fields: Record<string, unknown>, extra: string[] = []) =>
      byRule((await scan([line(fields)], ["--agreement", CURRENT, ...extra])).lines[0], "recipient-outside-agreement").length;
    expect(await outside({})).toBe(1);
    expect(await outside({ from: "Me <me@derbyshire.gov.uk>" })).toBe(0);
    expect(await outside({ from: { name: "Me", address: "me@derbyshire.gov.uk" } })).toBe(0);
    expect(await outside({}, ["--sender", "me@derbyshire.gov.uk"])).toBe(0);
    expect(await outside({ from: "me@justice.gov.uk" }, ["--sender", "me@derbyshire.gov.uk"])).toBe(1);
  });

  it("passes with the shipped agreement, noting that it is past its review date", async () => {
    const [line] = (await scan([msg({ id: "a" })], [])).lines;
    expect(line?.verdict).toBe("pass");
    expect(rules(line).filter((r) => r !== "personal-data-found")).toEqual(["agreement-lifecycle"]);
  });

  it("passes the exchange on; an exchange the agreement lacks is an error record for that line only", async () => {
    const r = await scan([msg({ id: "k", exchange: "referral-to-childrens-social-care" }), msg({ id: "u", exchange: "no-such-exchange" }), msg({ id: "after" })]);
    expect(r.code).toBe(3);
    expect(r.lines[0]?.id).toBe("k");
    expect(rules(r.lines[0])).not.toContain("check-error");
    expect(r.lines[1]).toEqual({ line: 2, error: 'exchange "no-such-exchange" is not an exchange of agreement "derbyshire-probation-childrens-services"' });
    expect(r.lines[2]).toMatchObject({ id: "after", verdict: "pass" });
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

describe("safeshare scan --agreements: a set of agreements, exchanges resolved across it", () => {
  const PARTNER_B = "front.door@partner-b.example.gov.uk";
  const FORM = { partner: "partner-b", kind: "online-form", name: "Partner B referral form", url: "https://forms.partner-b.example.gov.uk/referral" } as const;
  /** Two valid agreements from `safeshare agreement new`'s starter: both have the exchange
   * "partner-a-to-partner-b" (county-a sends it to Partner B by an online form, county-b by secure
   * e-mail); only county-b has "partner-b-reply". */
  function countyA(): Agreement {
    const a = starterAgreement({ id: "county-a", reviewDate: "2027-12-31" });
    const [exchange] = a.exchanges;
    if (exchange) exchange.routes = [FORM, ...exchange.routes.filter((r) => r.partner !== "partner-b")];
    return a;
  }
  function countyB(): Agreement {
    const b = starterAgreement({ id: "county-b", reviewDate: "2027-12-31" });
    const [exchange] = b.exchanges;
    if (exchange) b.exchanges.push({ ...exchange, id: "partner-b-reply", name: "Reply from Partner B", routes: [FORM] });
    return b;
  }
  const folder = (files: Record<string, unknown>) => {
    const dir = mkdtempSync(join(tmpdir(), "safeshare-scan-set-"));
    for (const [name, value] of Object.entries(files)) writeFileSync(join(dir, name), typeof value === "string" ? value : JSON.stringify(value));
    return dir;
  };
  const SET = folder({ "a.json": countyA(), "b.json": countyB() });
  const toB = (fields: Record<string, unknown>) => msg({ to: PARTNER_B, sentAt: TUESDAY, ...fields });
  const route = (line: Line | undefined) => byRule(line, "exchange-route").map((f) => f.message);

  it("takes a bare exchange id that one agreement has, and checks against that agreement", async () => {
    const r = await scan([toB({ id: "reply", exchange: "partner-b-reply" })], ["--agreements", SET]);
    expect(r.code).toBe(0);
    expect(route(r.lines[0])).toEqual(["The agreement sends a Reply from Partner B to Partner B (full name of the organisation) by the Partner B referral form (https://forms.partner-b.example.gov.uk/referral), not by e-mail."]);
  });

  it("makes an id two agreements share an error record naming both, and checks the next line", async () => {
    const r = await scan([toB({ id: "ambiguous", exchange: "partner-a-to-partner-b" }), toB({ id: "next", exchange: "partner-b-reply" })], ["--agreements", SET]);
    expect(r.code).toBe(3);
    expect(r.lines[0]).toEqual({
      line: 1,
      error: 'exchange "partner-a-to-partner-b" is in two agreements: county-a/partner-a-to-partner-b, county-b/partner-a-to-partner-b — write agreementId/exchangeId',
    });
    expect(r.err).toContain("line 1: exchange \"partner-a-to-partner-b\" is in two agreements");
    expect(r.lines[1]).toMatchObject({ id: "next", verdict: "warn" });
  });

  it("takes agreementId/exchangeId, checking against the agreement it names", async () => {
    const r = await scan(
      [toB({ id: "a", exchange: "county-a/partner-a-to-partner-b" }), toB({ id: "b", exchange: "county-b/partner-a-to-partner-b" }), toB({ id: "x", exchange: "county-a/partner-b-reply" }), toB({ id: "y", exchange: "county-c/partner-b-reply" })],
      ["--agreements", SET],
    );
    expect(route(r.lines[0])).toHaveLength(1);
    expect(r.lines[1]?.verdict).toBe("pass");
    expect(route(r.lines[1])).toEqual([]);
    expect(r.lines[2]).toEqual({ line: 3, error: 'exchange "county-a/partner-b-reply": agreement "county-a" has no exchange "partner-b-reply" (its exchanges: "partner-a-to-partner-b")' });
    expect(r.lines[3]).toEqual({ line: 4, error: 'exchange "county-c/partner-b-reply": no agreement "county-c" is loaded (loaded: "county-a", "county-b")' });
    expect(r.code).toBe(3);
  });

  it("reads several --agreements values; each message is judged under the agreements its sender is party to", async () => {
    const derbyshire = folder({ "z-derbyshire.json": { ...derbyshireAgreement, reviewDate: "2026-12-31" } });
    const countySender = countyA().partners[0]?.domains[0]?.domain as string;
    const r = await scan(
      [msg({ id: "none" }), msg({ id: "county", from: `me@${countySender}`, exchange: "partner-a-to-partner-b" })],
      ["--agreements", join(folder({ "a.json": countyA() }), "a.json"), "--agreements", derbyshire],
    );
    expect(r.code).toBe(0);
    // Starting Point is a Derbyshire partner mailbox: on a route with no sender (every agreement
    // applies), outside for a sender party only to county-a.
    expect(r.lines[0]?.verdict).toBe("pass");
    expect(rules(r.lines[1])).toContain("recipient-outside-agreement");
  });

  it("refuses a bad set (exit 3): every problem with its file and JSON path, nothing checked", async () => {
    const clash = { ...countyB(), id: "county-a" };
    const broken = { ...countyA(), id: "broken", reviewDate: "31/12/2027", exchanges: [{ ...countyA().exchanges[0], to: ["nobody"] }] };
    const dir = folder({ "a.json": countyA(), "b.json": clash, "c.json": broken, "d.json": "{ not json" });
    const r = await scan([toB({ id: "m" })], ["--agreements", dir]);
    expect(r.code).toBe(3);
    expect(r.lines).toEqual([]);
    const lines = r.err.trimEnd().split("\n");
    // Each file's own problems (schema, cross-references, JSON), then the clash between files.
    expect(lines.map((l) => l.split(": ").slice(0, 2).join(": "))).toEqual([
      `${join(dir, "c.json")}: reviewDate`,
      `${join(dir, "c.json")}: exchanges[0].to[0]`,
      `${join(dir, "c.json")}: exchanges[0].routes[0].partner`,
      `${join(dir, "d.json")}: (root)`,
      `${join(dir, "b.json")}: id`,
      `safeshare scan: ${dir}`,
    ]);
    expect(lines[1]).toContain('unknown partner "nobody"');
    expect(lines[4]).toContain('duplicate agreement id "county-a"');
    expect(lines.at(-1)).toBe(`safeshare scan: ${dir}: 5 problems in the agreements; nothing checked`);
  });

  it("defaults to the deployment's folder ($SAFESHARE_AGREEMENTS), refused as a whole when bad", async () => {
    const before = process.env.SAFESHARE_AGREEMENTS;
    process.env.SAFESHARE_AGREEMENTS = folder({ "a.json": countyA(), "b.json": countyB() });
    try {
      const ok = await scan([toB({ id: "reply", exchange: "partner-b-reply" })], []);
      expect(route(ok.lines[0])).toHaveLength(1);
      process.env.SAFESHARE_AGREEMENTS = folder({ "a.json": { ...countyA(), title: 7 } });
      const bad = await scan([toB({ id: "m" })], []);
      expect(bad.code).toBe(3);
      expect(bad.lines).toEqual([]);
      expect(bad.err).toContain(`${process.env.SAFESHARE_AGREEMENTS} (the deployment's folder): 1 problem in the agreements; nothing checked`);
    } finally {
      if (before === undefined) delete process.env.SAFESHARE_AGREEMENTS;
      else process.env.SAFESHARE_AGREEMENTS = before;
    }
  });

  it("refuses --agreement with --agreements", async () => {
    const r = await scan([toB({ id: "m" })], ["--agreement", CURRENT, "--agreements", SET]);
    expect(r.code).toBe(3);
    expect(r.err).toContain("give --agreement FILE or --agreements DIR|FILE, not both");
  });
});
