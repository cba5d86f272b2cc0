/**
 * `safeshare check` on .eml files as real mail systems write them (issue 17): each case is a
 * small message built here byte by byte, checked through the command, with what was read.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCheck } from "../../src/cli/checkCommand";
import { parseEml } from "../../src/cli/emlMessage";
import { derbyshireAgreement } from "../../src/policy/agreement";
import { memoryIo } from "./memoryIo";

const TMP = mkdtempSync(join(tmpdir(), "safeshare-eml-robust-"));
/** The shipped agreement, in date on the messages' dates (November 2026). */
const CURRENT = join(TMP, "current.json");
writeFileSync(CURRENT, JSON.stringify({ ...derbyshireAgreement, reviewDate: "2026-12-31" }));

const FROM = "From: Pat Officer <pat.officer@justice.gov.uk>";
const TO = "To: Starting Point <starting.point@derbyshire.gov.uk>";
/** Outside the agreement: case data in the body blocks. */
const OUTSIDE = "To: Sam Adviser <sam.adviser@example-charity.org.uk>";
const DATE = "Date: Tue, 3 Nov 2026 10:15:00 +0000";
const CLEAN_SUBJECT = "Subject: OFFICIAL-SENSITIVE: Known Persons Check ref KPC/2026/0142";
const CLEAN_BODY = "Please find our Known Persons Check request under reference KPC/2026/0142.";
const PERSONAL = "The request is for Kelly Brennan, date of birth 12/03/1985.";

type Piece = string | Buffer;
/** Lines joined by `eol`; Buffers are raw bytes. */
function message(lines: Piece[], eol = "\r\n"): Buffer {
  const out: Buffer[] = [];
  lines.forEach((l, i) => {
    out.push(typeof l === "string" ? Buffer.from(l, "utf8") : l);
    if (i < lines.length - 1) out.push(Buffer.from(eol, "latin1"));
  });
  return Buffer.concat(out);
}

let n = 0;
function file(bytes: Buffer): string {
  const path = join(TMP, `case-${++n}.eml`);
  writeFileSync(path, bytes);
  return path;
}

type Line = { verdict?: string; error?: string; partlyChecked?: string; checkedVariant?: string; subject?: string; renderedBody?: string; findings?: { rule: string; severity: string; field: string; kind?: string; attachment?: string }[] };

async function check(bytes: Buffer, json = true) {
  const { io, out, err } = memoryIo();
  const code = await runCheck(["--agreement", CURRENT, ...(json ? ["--json"] : []), file(bytes)], io, () => new Date("2026-11-03T10:00:00Z"));
  const text = out();
  return { code, out: text, err: err(), line: json ? (JSON.parse(text.trim()) as Line) : undefined };
}

async function read(bytes: Buffer) {
  const r = await parseEml(bytes);
  if (!r.ok) throw new Error(r.reason);
  return r.message;
}

const clean = (eol = "\r\n") => message([FROM, TO, CLEAN_SUBJECT, DATE, "Content-Type: text/plain; charset=utf-8", "", CLEAN_BODY, ""], eol);
const withPersonalBody = (eol: string) => message([FROM, OUTSIDE, CLEAN_SUBJECT, DATE, "", PERSONAL, ""], eol);

describe("line endings and the header section", () => {
  it("reads a message with CR-only line endings: subject, recipients and body (it blocked nothing before)", async () => {
    const m = await read(withPersonalBody("\r"));
    expect(m.snapshot.subject).toBe("OFFICIAL-SENSITIVE: Known Persons Check ref KPC/2026/0142");
    expect(m.snapshot.to).toEqual([{ name: "Sam Adviser", address: "sam.adviser@example-charity.org.uk" }]);
    expect(m.snapshot.body.trim()).toBe(PERSONAL);
    const r = await check(withPersonalBody("\r"));
    expect(r.code).toBe(2);
    expect(r.line?.findings?.some((f) => f.field === "body" && f.kind === "person-name")).toBe(true);
  });

  it("reads mixed CRLF, LF and CR line endings", async () => {
    const bytes = Buffer.concat([Buffer.from(`${FROM}\r\n${OUTSIDE}\n${CLEAN_SUBJECT}\r${DATE}\r\n\r`), Buffer.from(`${PERSONAL}\n`)]);
    const m = await read(bytes);
    expect([m.snapshot.subject, m.snapshot.to.length, m.snapshot.body.trim()]).toEqual(["OFFICIAL-SENSITIVE: Known Persons Check ref KPC/2026/0142", 1, PERSONAL]);
    expect((await check(bytes)).code).toBe(2);
  });

  it("accepts a UTF-8 byte-order mark before the first header", async () => {
    const r = await check(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), withPersonalBody("\r\n")]));
    expect(r.code).toBe(2);
    expect((await read(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), clean()]))).snapshot.subject).toMatch(/^OFFICIAL-SENSITIVE/);
  });

  it("skips a line of spaces before the first header field, as mail clients do", async () => {
    const bytes = Buffer.concat([Buffer.from("          \r\n"), message([FROM, OUTSIDE, CLEAN_SUBJECT, DATE, "", PERSONAL, ""])]);
    const m = await read(bytes);
    expect(m.snapshot.body.trim()).toBe(PERSONAL);
    expect(m.notes).toEqual([expect.stringMatching(/^line 1 holds only whitespace before the first header field/)]);
    expect((await check(bytes)).code).toBe(2);
  });

  it("reads a line holding one space as the end of the header section", async () => {
    const bytes = message([FROM, OUTSIDE, CLEAN_SUBJECT, DATE, " ", PERSONAL, ""]);
    const m = await read(bytes);
    expect(m.snapshot.body.trim()).toBe(PERSONAL);
    expect(m.notes).toEqual([expect.stringMatching(/^line 5 holds only whitespace/)]);
    const r = await check(bytes);
    expect(r.code).toBe(2);
    expect(r.err).toContain("line 5 holds only whitespace");
  });

  it("joins an Exchange header hard-wrapped onto a line without leading whitespace, and reads the fields after it", async () => {
    const bytes = message([
      FROM,
      "Thread-Index: AdsBcDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/AdsBcDEFGHIJKLMNOP",
      "QRSTUVWXYZabcdefghijklmnopqrstuvwxyz==",
      TO,
      "Subject: Referral for Kelly Brennan",
      DATE,
      "",
      CLEAN_BODY,
      "",
    ]);
    const m = await read(bytes);
    expect(m.snapshot.subject).toBe("Referral for Kelly Brennan");
    expect(m.snapshot.to).toHaveLength(1);
    const r = await check(bytes);
    expect(r.code).toBe(2);
    expect(r.line?.findings?.some((f) => f.rule === "subject-personal-data")).toBe(true);
  });

  it("accepts a header name containing a space", async () => {
    const bytes = message([FROM, "X Mailer: Outlook 16.0", TO, "Subject: Referral for Kelly Brennan", DATE, "", CLEAN_BODY, ""]);
    expect((await read(bytes)).snapshot.subject).toBe("Referral for Kelly Brennan");
    expect((await check(bytes)).code).toBe(2);
  });

  it("still refuses a file whose first line is not a header field (exit 3)", async () => {
    const r = await check(Buffer.from("Dear Kelly,\r\nSubject: x\r\n\r\nbody\r\n"));
    expect(r.code).toBe(3);
    expect(r.line?.error).toMatch(/^line 1 is neither a header field/);
  });
});

describe("repeated headers", () => {
  it("checks every Subject header: the second holds the name and date of birth (exit 2, the second is reported)", async () => {
    const bytes = message([FROM, TO, CLEAN_SUBJECT, "Subject: Kelly Brennan DOB 12/03/1985", DATE, "", CLEAN_BODY, ""]);
    const r = await check(bytes);
    expect(r.code).toBe(2);
    expect(r.line?.subject).toBe("Kelly Brennan DOB 12/03/1985");
    expect(r.line?.checkedVariant).toBe("Subject header 2 of 2");
    expect(r.line?.findings?.filter((f) => f.rule === "subject-personal-data").length).toBeGreaterThan(0);
    expect(r.err).toContain("it has 2 Subject headers: each is checked");
    const text = await check(bytes, false);
    expect(text.out).toContain("(2 readings checked; the worst is shown: Subject header 2 of 2)");
  });

  it("reads every To, Cc and Bcc header, and no sender when the From headers disagree", async () => {
    const bytes = message([FROM, "From: Someone Else <someone@example-charity.org.uk>", TO, "To: a@example.org", "Cc: b@example.org", "Cc: c@example.org", "Bcc: d@example.org", "Bcc: e@example.org", CLEAN_SUBJECT, "", CLEAN_BODY, ""]);
    const m = await read(bytes);
    expect(m.snapshot.to.map((r) => r.address)).toEqual(["starting.point@derbyshire.gov.uk", "a@example.org"]);
    expect(m.snapshot.cc.map((r) => r.address)).toEqual(["b@example.org", "c@example.org"]);
    expect(m.snapshot.bcc.map((r) => r.address)).toEqual(["d@example.org", "e@example.org"]);
    expect(m.sender).toBeUndefined();
    expect(m.notes).toEqual([expect.stringMatching(/From headers name 2 different senders/)]);
  });
});

describe("alternatives", () => {
  const alternative = (text: string, html: string, to = OUTSIDE) =>
    message([FROM, to, CLEAN_SUBJECT, DATE, "MIME-Version: 1.0", 'Content-Type: multipart/alternative; boundary="alt"', "", "--alt", "Content-Type: text/plain; charset=utf-8", "", text, "--alt", "Content-Type: text/html; charset=utf-8", "", html, "--alt--", ""]);

  it("judges the HTML alternative too when it holds personal data the text part lacks (exit 2, offsets into its rendered text)", async () => {
    const r = await check(alternative(CLEAN_BODY, `<p>${CLEAN_BODY}</p><p>${PERSONAL}</p>`));
    expect(r.code).toBe(2);
    expect(r.line?.checkedVariant).toBe("the HTML alternative");
    expect(r.line?.renderedBody).toContain("Kelly Brennan");
  });

  it("reports the text part when the alternatives are as bad as each other", async () => {
    const r = await check(alternative(PERSONAL, `<p>${PERSONAL}</p>`));
    expect(r.code).toBe(2);
    expect(r.line?.checkedVariant).toBe("the text/plain alternative");
    expect(r.line?.renderedBody).toBeUndefined();
  });

  it("passes when both alternatives are clean", async () => {
    expect((await check(alternative(CLEAN_BODY, `<p>${CLEAN_BODY}</p>`, TO))).code).toBe(0);
  });
});

describe("structure that cannot be read: partly checked, never a pass", () => {
  const missingBoundary = (body: string, to = OUTSIDE) =>
    message([FROM, to, CLEAN_SUBJECT, DATE, "MIME-Version: 1.0", 'Content-Type: multipart/mixed; boundary="declared"', "", "--other", "Content-Type: text/plain", "", body, "--other--", ""]);

  it("checks the raw text of a multipart whose boundary never appears (exit 2 on what it finds)", async () => {
    const m = await read(missingBoundary(PERSONAL));
    expect(m.partly).toBe('the boundary "declared" of a multipart/mixed part never appears');
    expect(m.snapshot.body).toContain(PERSONAL);
    const r = await check(missingBoundary(PERSONAL));
    expect(r.code).toBe(2);
    expect(r.line?.partlyChecked).toMatch(/never appears/);
    expect(r.line?.findings?.some((f) => f.field === "body" && f.kind === "person-name")).toBe(true);
  });

  it("warns (exit 1), never passes, when nothing is found in a partly checked message", async () => {
    const r = await check(missingBoundary(CLEAN_BODY, TO));
    expect(r.code).toBe(1);
    expect(r.line?.verdict).toBe("warn");
    expect(r.line?.findings?.map((f) => f.rule)).toContain("eml-partly-read");
    const text = await check(missingBoundary(CLEAN_BODY, TO), false);
    expect(text.out).toMatch(/: WARN \(PARTLY CHECKED\)\n {2}\(partly checked: the boundary "declared"/);
    expect(text.err).toContain("partly checked: the boundary");
  });

  it("checks the headers and the text of a message nested past 256 multiparts (the subject blocks, exit 2)", async () => {
    const depth = 300;
    const lines: string[] = [FROM, TO, "Subject: Referral for Kelly Brennan", DATE, `Content-Type: multipart/mixed; boundary="b0"`, ""];
    for (let i = 1; i < depth; i++) lines.push(`--b${i - 1}`, `Content-Type: multipart/mixed; boundary="b${i}"`, "");
    lines.push(`--b${depth - 1}`, "Content-Type: text/plain", "", "Deep inside: Jayden Whitworth.", `--b${depth - 1}--`);
    for (let i = depth - 2; i >= 0; i--) lines.push(`--b${i}--`);
    const bytes = message([...lines, ""]);
    const m = await read(bytes);
    expect(m.partly).toMatch(/nested more than 256 levels deep/);
    expect(m.snapshot.subject).toBe("Referral for Kelly Brennan");
    expect(m.snapshot.body).toContain("Jayden Whitworth");
    const r = await check(bytes);
    expect(r.code).toBe(2);
    expect(r.line?.partlyChecked).toBeDefined();
  });

  it("does not pass a message with no subject, no recipients and no body: not checked, exit 3", async () => {
    const r = await check(message([FROM, DATE, "", ""]));
    expect(r.code).toBe(3);
    expect(r.line?.error).toMatch(/nothing could be read from it/);
  });
});

describe("encoded words", () => {
  it("decodes UTF-7 encoded words", async () => {
    const m = await read(message([FROM, TO, "Subject: =?UTF-7?Q?Fr+APY-sche?= and =?utf-7?B?Sm9yZGFuK0FDQS1XaGl0d29ydGg=?=", "", CLEAN_BODY, ""]));
    expect(m.snapshot.subject).toBe("Frösche and Jordan Whitworth");
  });

  it("blocks a name written entirely in UTF-7 (exit 2)", async () => {
    const r = await check(message([FROM, TO, "Subject: =?UTF-7?Q?Referral_for_+AEoAYQB5AGQAZQBuACAAVwBoAGkAdAB3AG8AcgB0AGg-?=", DATE, "", CLEAN_BODY, ""]));
    expect(r.code).toBe(2);
    expect(r.line?.findings?.some((f) => f.rule === "subject-personal-data")).toBe(true);
  });

  it("decodes a raw 8-bit byte inside an ISO-8859-1 Q-encoded word in that charset, in subjects and names", async () => {
    const m = await read(
      message([
        FROM,
        Buffer.concat([Buffer.from("To: =?ISO-8859-1?Q?J"), Buffer.from([0xf6]), Buffer.from("rg_M=FCller?= <jm@example.org>")]),
        Buffer.concat([Buffer.from("Subject: =?ISO-8859-1?Q?Referral_for_J"), Buffer.from([0xf6]), Buffer.from("rg_Smith?=")]),
        "",
        CLEAN_BODY,
        "",
      ]),
    );
    expect(m.snapshot.subject).toBe("Referral for Jörg Smith");
    expect(m.snapshot.to).toEqual([{ name: "Jörg Müller", address: "jm@example.org" }]);
  });
});

describe("named text parts", () => {
  it("counts inline and disposition-less named text parts as attachments (the attachment rule sees them)", async () => {
    const bytes = message([
      FROM,
      "To: jo.bloggs@gmail.com",
      CLEAN_SUBJECT,
      DATE,
      'Content-Type: multipart/mixed; boundary="m"',
      "",
      "--m",
      "Content-Type: text/plain; charset=utf-8",
      "",
      CLEAN_BODY,
      "--m",
      'Content-Type: text/plain; charset=utf-8; name="notes.txt"',
      "",
      "Notes on the case.",
      "--m",
      "Content-Type: text/plain; charset=utf-8",
      "Content-Disposition: inline; filename*=utf-8''r%C3%A9sum%C3%A9.txt",
      "",
      "More notes.",
      "--m--",
      "",
    ]);
    const m = await read(bytes);
    expect(m.snapshot.attachments.map((a) => [a.name, a.isInline, a.size])).toEqual([
      ["notes.txt", false, "Notes on the case.".length],
      ["résumé.txt", false, "More notes.".length],
    ]);
    expect(m.snapshot.body).toContain("Notes on the case.");
    const r = await check(bytes);
    expect(r.line?.findings?.filter((f) => f.rule === "attachment-encryption").map((f) => f.attachment)).toEqual(["notes.txt", "résumé.txt"]);
  });
});
