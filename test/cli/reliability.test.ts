/**
 * Reliability over real-world messages: the public test messages of other mail parsers
 * (test/fixtures/realworld, sources and licences in its SOURCES.md). `safeshare check` runs over
 * every one in-process, both as the readable report and as --json: never an internal error
 * (exit 4), never more than 5 s on one file (a bound on hangs, not a speed target), and a file it
 * refuses is one we know it refuses, with the reason said. Twenty-one files are read field by field
 * against what their raw headers say (encoded words decoded by hand, as a mail client shows them).
 * One spawned run proves the bin does the same.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseEml } from "../../src/cli/emlMessage";
import { main } from "../../src/cli/main";
import { memoryIo } from "./memoryIo";

const ROOT = join(__dirname, "..", "fixtures", "realworld");
const BIN = join(__dirname, "..", "..", "bin", "safeshare.js");
/** Files without a Date header are checked as sent at this instant, so runs are repeatable. */
const NOW = "2026-11-24T09:00:00Z";
const HANG_BOUND_MS = 5_000;

/** Every message, as "<project>/<name>.eml". */
const FILES = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    readdirSync(join(ROOT, d.name))
      .filter((f) => f.endsWith(".eml"))
      .map((f) => `${d.name}/${f}`),
  )
  .sort();

/** Header sections with none of From, To, Cc, Bcc, Subject or Date: MIME entities, report parts
 * and boundary tests, not whole messages. `check` refuses them by design (exit 3). */
const NOT_A_MESSAGE = [
  "flanker/bounce_delayed-broken.eml",
  "mailparser/mixed.eml",
  "mime4j/bad-newlines-multiple-parts.eml",
  "mime4j/ending-boundaries.eml",
  "mime4j/intermediate-boundaries.eml",
  "mime4j/misplaced-boundary.eml",
  "mime4j/missing-boundary.eml",
  "mime4j/missing-inner-boundary.eml",
  "mime4j/missing-inner-start-boundary.eml",
  "mime4j/very-long-boundary.eml",
  "mime4j/very-very-long-boundary.eml",
  "mime4j/weird-boundary.eml",
  "mimekit/delivery-status-multiple-blank-lines.eml",
  "mimekit/multipart-related-mhtml.eml",
  "stalwart-mail-parser/malformed_000.eml",
  "stalwart-mail-parser/malformed_001.eml",
  "stalwart-mail-parser/malformed_002.eml",
  "stalwart-mail-parser/malformed_003.eml",
  "stalwart-mail-parser/malformed_004.eml",
  "stalwart-mail-parser/malformed_005.eml",
  "stalwart-mail-parser/malformed_006.eml",
  "stalwart-mail-parser/malformed_007.eml",
  "stalwart-mail-parser/malformed_008.eml",
  "stalwart-mail-parser/malformed_009.eml",
  "stalwart-mail-parser/malformed_010.eml",
  "stalwart-mail-parser/malformed_012.eml",
  "stalwart-mail-parser/malformed_013.eml",
  "stalwart-mail-parser/malformed_014.eml",
  "stalwart-mail-parser/malformed_016.eml",
  "stalwart-mail-parser/malformed_018.eml",
  "stalwart-mail-parser/rfc_008.eml",
  "stalwart-mail-parser/thirdparty_000.eml",
  "stalwart-mail-parser/thirdparty_001.eml",
  "stalwart-mail-parser/thirdparty_002.eml",
  "stalwart-mail-parser/thirdparty_003.eml",
  "stalwart-mail-parser/thirdparty_004.eml",
  "stalwart-mail-parser/thirdparty_005.eml",
];

/** Broken on purpose: no header section at all, a header line that is no field ("This is an
 * invalid header"), a mangled field name ("Fro :uMmlti"). Refusing them is the fail-closed answer. */
const MALFORMED_ON_PURPOSE = ["mime4j/malformedHeader-noheader.eml", "mime4j/malformedHeader-nocrlfcrlf.eml", "stalwart-mail-parser/malformed_019.eml"];

/** Whole messages with nothing in them to check: a From and a Date, and a multipart body with no
 * parts or only empty ones. `check` may refuse them as having nothing it could read. */
const NOTHING_TO_CHECK = ["mime4j/multipartemptypart.eml", "mime4j/multipartnestedemptypartsnorfc822.eml", "mime4j/multipartnopart.eml"];

const MAY_BE_REFUSED = new Set([...NOT_A_MESSAGE, ...MALFORMED_ON_PURPOSE, ...NOTHING_TO_CHECK]);

interface Run {
  file: string;
  code: number;
  ms: number;
  out: string;
  err: string;
}

async function runCheck(file: string, json: boolean): Promise<Run> {
  const { io, out, err } = memoryIo();
  const args = ["check", "--now", NOW, ...(json ? ["--json"] : []), join(ROOT, file)];
  const start = performance.now();
  const code = await main(args, io);
  const ms = performance.now() - start;
  await new Promise((resolve) => setImmediate(resolve)); // let the streams deliver what was written
  return { file, code, ms, out: out(), err: err() };
}

const jsonRuns: Run[] = [];
const textRuns: Run[] = [];

beforeAll(async () => {
  // One file at a time: a file's time is then its own, not a share of a crowd.
  for (const file of FILES) {
    jsonRuns.push(await runCheck(file, true));
    textRuns.push(await runCheck(file, false));
  }
}, 180_000);

describe("safeshare check over real-world messages (test/fixtures/realworld)", () => {
  it("has a few hundred messages from several projects", () => {
    expect(FILES.length).toBeGreaterThanOrEqual(250);
    expect(new Set(FILES.map((f) => f.split("/")[0])).size).toBeGreaterThanOrEqual(6);
    for (const f of [...MAY_BE_REFUSED]) expect(FILES).toContain(f);
  });

  it("never ends in an internal error (exit 4)", () => {
    const internal = [...jsonRuns, ...textRuns].filter((r) => r.code === 4).map((r) => `${r.file}: ${r.err.split("\n")[0] ?? ""}`);
    expect(internal).toEqual([]);
    for (const r of [...jsonRuns, ...textRuns]) expect([0, 1, 2, 3]).toContain(r.code);
  });

  it(`takes at most ${HANG_BOUND_MS / 1000} s on any one file`, () => {
    const slow = [...jsonRuns, ...textRuns].filter((r) => r.ms > HANG_BOUND_MS).map((r) => `${r.file}: ${Math.round(r.ms)} ms`);
    expect(slow).toEqual([]);
  });

  it("gives the readable report and --json the same exit status", () => {
    const differ = jsonRuns.filter((r, i) => textRuns[i]?.code !== r.code).map((r, i) => `${r.file}: --json ${r.code}, text ${textRuns[i]?.code}`);
    expect(differ).toEqual([]);
  });

  it("writes one scan-format line per checked file whose verdict is the exit status", () => {
    const exitOf: Record<string, number> = { pass: 0, warn: 1, block: 2 };
    for (const r of jsonRuns.filter((x) => x.code !== 3)) {
      const lines = r.out.trimEnd().split("\n");
      expect(lines).toHaveLength(1);
      const line = JSON.parse(lines[0] as string) as { id?: string; verdict?: string; findings?: unknown[] };
      expect(line.id).toBe(join(ROOT, r.file));
      expect(Array.isArray(line.findings)).toBe(true);
      expect({ file: r.file, code: exitOf[line.verdict ?? ""] }).toEqual({ file: r.file, code: r.code });
    }
  });

  it("refuses only files known to be refused, saying which file and why", () => {
    const refused = jsonRuns.filter((r) => r.code === 3);
    expect(refused.map((r) => r.file).filter((f) => !MAY_BE_REFUSED.has(f))).toEqual([]);
    for (const r of refused) {
      const line = JSON.parse(r.out.trim()) as { file?: string; error?: string };
      expect(line.file).toBe(join(ROOT, r.file));
      expect(line.error).toMatch(/not an e-mail message|cannot parse|the file is empty|nothing could be read/);
      expect(r.err).toContain(`${join(ROOT, r.file)}: ${line.error ?? ""}`);
    }
  });

  it("checks most of the messages (the refusals stay the exception)", () => {
    expect(jsonRuns.filter((r) => r.code !== 3).length).toBeGreaterThanOrEqual(Math.ceil(FILES.length * 0.8));
  });
});

/** What the raw headers say, decoded by hand: recipients as addresses, attachments by file name
 * in the order the parts appear (inline images included: they are attachments too). Subjects are
 * compared with each whitespace run as one space: unfolding may keep a folded line's tab or not,
 * and clients show either the same. */
interface Expected {
  file: string;
  subject: string;
  to: string[];
  cc?: string[];
  attachments: string[];
  /** What the file tests, briefly. */
  why: string;
}

const TWENTY: Expected[] = [
  {
    file: "mikel-mail/attachment_emails_attachment_with_base64_encoded_name.eml",
    why: "attachment name as a bare base64 encoded word in name= and filename=",
    subject: "Fwd: Signed email causes file attachments",
    to: ["xxxxx@xxxxxxxxx.com"],
    attachments: ["This is a test.pdf"],
  },
  {
    file: "mikel-mail/attachment_emails_attachment_nonascii_filename.eml",
    why: "raw UTF-8 in an unquoted filename",
    subject: "testing",
    to: ["blah@example.com"],
    attachments: ["ciële.txt"],
  },
  {
    file: "mikel-mail/attachment_emails_attachment_with_quoted_filename.eml",
    why: "ISO-8859-1 Q-encoded subject; RFC 2231 filename*=ISO-8859-1''… with %FC",
    subject: "Eelanalüüsi päring",
    to: ["jeff@37signals.com"],
    attachments: ["Eelanalüüsi päring.jpg"],
  },
  {
    file: "mikel-mail/multi_charset_japanese_attachment.eml",
    why: "UTF-8 base64 encoded word as a quoted filename",
    subject: "testing",
    to: ["raasdnil@gmail.com"],
    attachments: ["てすと.txt"],
  },
  {
    file: "mikel-mail/plain_emails_raw_email_with_partially_quoted_subject.eml",
    why: "encoded words between plain words (=?UTF-8?B?Iua8ouWtlyI=?= is \"漢字\")",
    subject: 'Re: Test: "漢字" mid "漢字" tail',
    to: ["jamis@37signals.com"],
    attachments: [],
  },
  {
    file: "mikel-mail/error_emails_new_line_in_to_header.eml",
    why: "a To list folded over six lines, one of them only whitespace",
    subject: "[Online Lead] Online Lead #1111111",
    to: ["leads@sg.dc.com", "sag@leads.gs.ry.com", "sn@example-hotmail.com", "e-s-a-g-8718@app.ar.com", "jp@t-exmaple.com", "cc@c-l-example.com"],
    attachments: [],
  },
  {
    file: "mikel-mail/mime_emails_raw_email_with_nested_attachment.eml",
    why: "multipart/signed around multipart/mixed; filename= wins over a different name=",
    subject: "Testing attachments",
    to: ["jamis@jamisbuck.org"],
    attachments: ["truncated.png", "smime.p7s"],
  },
  {
    file: "mikel-mail/rfc2822_example04.eml",
    why: "RFC 2822 A.1.3: a named group in To, an empty group in Cc, no Subject",
    subject: "",
    to: ["c@a.test", "joe@where.test", "jdoe@one.test"],
    attachments: [],
  },
  {
    file: "mikel-mail/rfc6532_utf8_headers.eml",
    why: "RFC 6532 raw UTF-8 in the subject and in the address itself",
    subject: "Säying Hello",
    to: ["märy@exämple.net"],
    attachments: [],
  },
  {
    file: "mikel-mail/plain_emails_raw_email_with_at_display_name.eml",
    why: "an unquoted display name holding an @ (Mikel@Lindsaar <raasdnil@gmail.com>)",
    subject: "Testing 123",
    to: ["smith@gmail.com", "raasdnil@gmail.com", "tom@gmail.com"],
    attachments: [],
  },
  {
    file: "mikel-mail/rfc2822_example14.eml",
    why: "two adjacent ISO-2022-JP words, each complete with its own escapes, after a folded blank line",
    subject: "Re: TEST テストテスト",
    to: ["rudeboyjet@gmail.com"],
    attachments: [],
  },
  {
    file: "mimekit/japanese.eml",
    why: "ISO-2022-JP base64 subject split over two encoded words",
    subject: "日本語メールテスト (testing Japanese emails)",
    to: ["x@x.com"],
    attachments: [],
  },
  {
    file: "mimekit/body.6.eml",
    why: "mixed > alternative > related: two inline images and one attached document",
    subject: "MimeMessage.TextBody and HtmlBody tests",
    to: ["mimekit@mimekit.net"],
    attachments: ["empty.gif", "empty.jpg", "document.txt"],
  },
  {
    file: "mime4j/russian-headers.eml",
    why: "KOI8-R encoded filename on a single-part message that is itself the attachment; no To",
    subject: "A simple subject",
    to: [],
    attachments: ["Список.doc"],
  },
  {
    file: "mime4j/example.eml",
    why: "two attachments with the same name, RFC 2183 date parameters, quoted-printable text",
    subject: "This is an example of a multipart mixed email with image content",
    to: ["rdonkin@apache.org"],
    attachments: ["blob.png", "blob.png", "rhubarb.txt"],
  },
  {
    file: "spamscope-mail-parser/mail_test_18.eml",
    why: "an encoded display name that is itself an address; a Cc name with quotes in a Q word",
    subject: "Test for Comma and Name Bugs",
    to: ["tony.stark@example.com"],
    cc: ["simple@example.net", "john.doe@example.com"],
    attachments: [],
  },
  {
    file: "spamscope-mail-parser/mail_test_12.eml",
    why: "GB2312 base64 subject; raw UTF-8 in the address",
    subject: "代开各地增值税发票",
    to: ["danglüe@email.com"],
    attachments: [],
  },
  {
    file: "stalwart-mail-parser/thirdparty_018.eml",
    why: "Thunderbird: HTML with an embedded image (related) plus an attachment",
    subject: "29 (HTML + embedded image) + attachment",
    to: ["test@example.com"],
    attachments: ["kigaaldcbanejcbi.png", "attach2.png"],
  },
  {
    file: "stalwart-mail-parser/legacy_045.eml",
    why: "Pine: ISO-8859-1 Q words in subject and To; upper-case MIME; RFC 2231 filename*",
    subject: "Die Hasen und die Frösche",
    to: ["blow@example.com", "mueller@example.com"],
    attachments: ["HasenundFrösche.txt"],
  },
  {
    file: "stalwart-mail-parser/rfc_002.eml",
    why: "a forwarded message/rfc822 whose image is named only by name= (its disposition says fi1ename)",
    subject: "[Fwd: Map of Argentina with Description]",
    to: ["transport@whitehouse.gov"],
    attachments: ["map_of_Argentina.gif"],
  },
  {
    file: "flanker/bilingual-simple.eml",
    why: "UTF-8 base64 subject whose Cyrillic is split across two encoded words",
    subject: "Simple text. How are you? Как ты поживаешь?",
    to: ["bob@example.com"],
    attachments: [],
  },
];

describe("twenty-one real-world messages read right (subject, recipients, attachment names)", () => {
  it("has at least twenty distinct files from at least six projects", () => {
    expect(new Set(TWENTY.map((e) => e.file)).size).toBe(TWENTY.length);
    expect(TWENTY.length).toBeGreaterThanOrEqual(20);
    expect(new Set(TWENTY.map((e) => e.file.split("/")[0])).size).toBeGreaterThanOrEqual(6);
  });

  it.each(TWENTY)("$file: $why", async (e) => {
    const r = await parseEml(readFileSync(join(ROOT, e.file)));
    if (!r.ok) throw new Error(`${e.file} was refused: ${r.reason}`);
    const s = r.message.snapshot;
    expect({
      subject: s.subject.replace(/\s+/g, " "),
      to: s.to.map((x) => x.address),
      cc: s.cc.map((x) => x.address),
      attachments: s.attachments.map((a) => a.name),
    }).toEqual({ subject: e.subject, to: e.to, cc: e.cc ?? [], attachments: e.attachments });
  });
});

describe("bin/safeshare.js check over real-world messages", () => {
  it("checks a handful in one spawned run: a line per file, exit 3 for the refused one", () => {
    const files = ["mimekit/body.6.eml", "flanker/bilingual-simple.eml", "stalwart-mail-parser/legacy_045.eml", "mime4j/missing-boundary.eml"].map((f) => join(ROOT, f));
    const r = spawnSync(process.execPath, [BIN, "check", "--json", "--now", NOW, ...files], { encoding: "utf8", timeout: 60_000 });
    expect(r.status).toBe(3);
    const lines = r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l) as { id?: string; file?: string; verdict?: string; error?: string });
    expect(lines.map((l) => l.id ?? l.file)).toEqual(files);
    expect(lines.slice(0, 3).every((l) => ["pass", "warn", "block"].includes(l.verdict ?? ""))).toBe(true);
    expect(lines[3]?.error).toMatch(/not an e-mail message/);
  }, 60_000);
});
