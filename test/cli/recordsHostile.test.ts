/**
 * `safeshare records` on bad input: damaged and forged files each get a clear error or warning
 * naming the file, the run goes on, and the counts say how many could not be read.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runRecords } from "../../src/cli/records/recordsCommand";
import { memoryIo } from "./memoryIo";
import { csvObjects } from "./recordsCsv";

jest.setTimeout(120_000);

const FIXTURES = path.join(__dirname, "..", "fixtures", "records");
const STAMPED = readFileSync(path.join(FIXTURES, "eml", "01-kpc-request.eml"), "latin1");
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "records-bad-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function put(name: string, content: string | Uint8Array): string {
  const file = path.join(dir, name);
  writeFileSync(file, typeof content === "string" ? Buffer.from(content, "latin1") : content);
  return file;
}

/** The stamped fixture with one record header's value replaced (or a header added). */
function withHeader(name: string, value: string, replace = true): string {
  const re = new RegExp(`^${name}: .*$`, "m");
  return replace && re.test(STAMPED) ? STAMPED.replace(re, `${name}: ${value}`) : STAMPED.replace("MIME-Version: 1.0\r\n", `MIME-Version: 1.0\r\n${name}: ${value}\r\n`);
}

async function records(args: string[], options = {}) {
  const { io, out, err } = memoryIo();
  const code = await runRecords(args, io, options);
  return { code, out: out(), err: err() };
}

describe("records on damaged files", () => {
  it("reports each unreadable file with its reason, reads the rest, exits 3 and counts them", async () => {
    const msg = readFileSync(path.join(FIXTURES, "msg", "sent.msg"));
    put("a-truncated.msg", msg.subarray(0, 3000));
    put("b-corrupt.msg", Buffer.concat([msg.subarray(0, 512), Buffer.alloc(4096, 0xab)]));
    put("c-empty.eml", "");
    put("d-not-mail.eml", "\u0000\u0001binary junk\r\n");
    put("e-good.eml", STAMPED);
    put("f-notes.txt", "ignored: not .eml or .msg");
    const html = path.join(dir, "report.html");
    const r = await records([dir, path.join(dir, "missing-folder"), "--html", html, "--csv", path.join(dir, "out.csv")]);
    expect(r.code).toBe(3);
    const lines = r.err.trim().split("\n");
    expect(lines).toEqual([
      expect.stringMatching(new RegExp(`^safeshare records: ${dir}/a-truncated\\.msg: not read: the \\.msg file (is damaged and )?cannot be read`)),
      expect.stringMatching(new RegExp(`^safeshare records: ${dir}/b-corrupt\\.msg: not read: the \\.msg file (is damaged and )?cannot be read`)),
      `safeshare records: ${dir}/c-empty.eml: not read: the file is empty`,
      `safeshare records: ${dir}/d-not-mail.eml: not read: it holds binary data, not an e-mail message`,
      `safeshare records: ${dir}/missing-folder: no such file or directory`,
      "safeshare records: 5 of 6 files could not be read",
    ]);
    const rows = csvObjects(readFileSync(path.join(dir, "out.csv"), "utf8"));
    expect(rows.map((x) => [path.basename(x.file as string), x.record])).toEqual([["e-good.eml", "SafeShare record"]]);
    const page = readFileSync(html, "utf8");
    expect(page).toContain('<tr><th scope="row">Files that could not be read</th><td class="n">5</td></tr>');
    expect(page).toContain("5 files could not be read");
  });

  it("a truncated .eml is read as far as it goes: its attachment's protection becomes unknown, never encrypted", async () => {
    const cut = STAMPED.slice(0, STAMPED.indexOf("Content-Transfer-Encoding: base64") + 200);
    put("truncated.eml", cut);
    const r = await records([dir]);
    expect(r.code).toBe(0);
    const [row] = csvObjects(r.out);
    expect(row).toMatchObject({ record: "SafeShare record", verdict: "pass", attachments: "zip: unknown" });
  });
});

describe("records on forged or malformed records", () => {
  const cases: [string, string, string, RegExp][] = [
    ["block.eml", "X-SafeShare-Verdict", "block", /X-SafeShare-Verdict is “block”, but SafeShare never lets a blocked message go/],
    ["verdict.eml", "X-SafeShare-Verdict", "PASS!", /X-SafeShare-Verdict “PASS!” is not pass or warn/],
    ["dismissed.eml", "X-SafeShare-Dismissed", "recipient-webmail#zz, =cmd|' /C calc'!A0", /X-SafeShare-Dismissed item 1 “recipient-webmail#zz” is not a rule and finding hash/],
    ["agreement.eml", "X-SafeShare-Agreement", "derbyshire", /X-SafeShare-Agreement “derbyshire” is not an agreement id and version/],
    ["encoded.eml", "X-SafeShare-Exchange", "=?UTF-8?B?a3BjLXByb2JhdGlvbg==?=", /X-SafeShare-Exchange holds characters SafeShare never writes/],
    ["long.eml", "X-SafeShare-Exchange", "x".repeat(5000), /X-SafeShare-Exchange is 5000 characters long/],
  ];
  it.each(cases)("%s: a per-file warning, the message counts as record unreadable", async (file, header, value, reason) => {
    put(file, withHeader(header, value));
    const r = await records([dir]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(new RegExp(`^safeshare records: ${dir}/${file}: record unreadable: ${reason.source}`, "m"));
    const [row] = csvObjects(r.out);
    expect(row).toMatchObject({ record: "record unreadable", verdict: "", exchange: "", dismissed: "" });
    expect(row?.problems).toMatch(reason);
  });

  it("a repeated record header with a different value is forged; a missing one leaves the record unreadable", async () => {
    put("a-repeated.eml", withHeader("X-SafeShare-Verdict", "warn", false));
    put("b-missing.eml", STAMPED.replace(/^X-SafeShare-Version: .*\r\n/m, ""));
    const r = await records([dir]);
    const rows = csvObjects(r.out);
    expect(rows.map((x) => [x.record, x.problems])).toEqual([
      ["record unreadable", "record unreadable: X-SafeShare-Verdict appears with 2 different values"],
      ["record unreadable", "record unreadable: X-SafeShare-Version is missing"],
    ]);
  });

  it("guards CSV cells against formulas in values that pass the record's checks", async () => {
    put("formula.eml", withHeader("X-SafeShare-Agreement", 'derbyshire-probation-childrens-services; version="=HYPERLINK(""http://x"")"'.replace(/""/g, "'")));
    const r = await records([dir]);
    const [row] = csvObjects(r.out);
    expect(row?.agreement_version).toBe("'=HYPERLINK('http://x')");
    expect(row?.record).toBe("SafeShare record");
  });

  it("writes the record's sensitivity label, else Purview's msip_labels label, in the label column", async () => {
    put("a-record-label.eml", withHeader("X-SafeShare-Label", "Official Sensitive; id=0e7b7d3c-1a2b-4c5d-8e9f-001122334455", false));
    const unchecked = readFileSync(path.join(FIXTURES, "eml", "05-meeting-no-case-data.eml"), "latin1");
    put("b-purview.eml", unchecked.replace("MIME-Version: 1.0\r\n", "MIME-Version: 1.0\r\nmsip_labels: MSIP_Label_0e7b7d3c-1a2b-4c5d-8e9f-001122334455_Enabled=true;\r\n MSIP_Label_0e7b7d3c-1a2b-4c5d-8e9f-001122334455_Name=General;\r\n"));
    const r = await records([dir]);
    expect(csvObjects(r.out).map((x) => [x.record, x.label])).toEqual([
      ["SafeShare record", "Official Sensitive"],
      ["not checked by SafeShare", "General"],
    ]);
  });

  it("names an exchange the agreement does not have, and an agreement that was not given", async () => {
    put("a-exchange.eml", withHeader("X-SafeShare-Exchange", "made-up-exchange"));
    put("b-agreement.eml", withHeader("X-SafeShare-Agreement", 'other-agreement; version="2"'));
    const r = await records([dir]);
    expect(r.err).toContain("a-exchange.eml: the record names exchange made-up-exchange, which agreement derbyshire-probation-childrens-services does not have");
    expect(r.err).toContain("b-agreement.eml: the record names agreement other-agreement, which was not given");
    expect(csvObjects(r.out).map((x) => [x.record, x.purpose])).toEqual([
      ["SafeShare record", ""],
      ["SafeShare record", ""],
    ]);
  });
});

describe("records at scale", () => {
  it("reads a message with a 50 MB attachment", async () => {
    const big = Buffer.alloc(50 * 1024 * 1024, 0x5a);
    const b64 = (big.toString("base64").match(/.{1,76}/g) ?? []).join("\r\n");
    const boundary = STAMPED.match(/boundary="([^"]+)"/)?.[1] as string;
    const at = STAMPED.lastIndexOf(`--${boundary}--`);
    const eml = STAMPED.slice(0, at) + `--${boundary}\r\nContent-Type: application/octet-stream; name="big.bin"\r\nContent-Disposition: attachment; filename="big.bin"\r\nContent-Transfer-Encoding: base64\r\n\r\n${b64}\r\n--${boundary}--\r\n`;
    put("big.eml", eml);
    const r = await records([dir]);
    expect(r.code).toBe(0);
    expect(csvObjects(r.out)[0]).toMatchObject({ record: "SafeShare record", attachments: "zip: encrypted; bin: unknown" });
  });

  it("prints a progress line (files read, per second) on long runs and streams every row", async () => {
    const sub = path.join(dir, "sent", "2021");
    mkdirSync(sub, { recursive: true });
    for (let i = 0; i < 40; i++) copyFileSync(path.join(FIXTURES, "eml", "01-kpc-request.eml"), path.join(sub, `m${String(i).padStart(3, "0")}.eml`));
    put("broken.msg", "not a compound file");
    let t = 0;
    // Each clock reading is 100 ms later: a 1-second interval passes every few files.
    const r = await records([dir], { clock: () => (t += 100), progressIntervalMs: 1000 });
    expect(r.code).toBe(3);
    expect(csvObjects(r.out)).toHaveLength(40);
    const progress = r.err.split("\n").filter((l) => l.includes("files read"));
    expect(progress.length).toBeGreaterThanOrEqual(5);
    for (const line of progress) expect(line).toMatch(/^safeshare records: \d+ files read \(\d+(\.\d)? per second\)(, 1 could not be read)?$/);
    expect(progress[progress.length - 1]).toMatch(/^safeshare records: 40 files read \(\d+(\.\d)? per second\), 1 could not be read$/);
  });

  it("is quiet on a short run", async () => {
    put("one.eml", STAMPED);
    const r = await records([dir], { clock: () => 0 });
    expect(r.err).toBe("");
  });
});
