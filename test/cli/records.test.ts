/**
 * `safeshare records` over real fixtures: .eml files stamped by the Send handler in the
 * simulated Office (scripts/fixtures/make-record-fixtures.ts), real Outlook .msg files from
 * msgreader's test suite (no SafeShare record), and .msg files stamped the same way and written
 * with @tutao/oxmsg (scripts/fixtures/make-stamped-msg.ts). Every CSV column is checked for every row.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { main } from "../../src/cli/main";
import { CSV_COLUMNS } from "../../src/cli/records/csv";
import { derbyshireAgreement } from "../../src/policy/agreement";
import { memoryIo } from "./memoryIo";
import { csvObjects } from "./recordsCsv";

jest.setTimeout(60_000);

const DIR = path.join(__dirname, "..", "fixtures", "records");
const AGREEMENT = "derbyshire-probation-childrens-services";
const VERSION = "not stated in the source";
const purpose = (id: string) => derbyshireAgreement.exchanges.find((e) => e.id === id)?.purpose as string;

async function run(args: string[]) {
  const { io, out, err } = memoryIo();
  const code = await main(args, io);
  return { code, out: out(), err: err() };
}

/** Stderr without the progress lines a run longer than the progress interval prints. */
const withoutProgress = (err: string): string => err.replace(/^safeshare records: [\d,]+ files read \([\d.,]+ per second\)(?:, [\d,]+ could not be read)?\n/gm, "");

const EMPTY_RECORD = { agreement: "", agreement_version: "", exchange: "", purpose: "", verdict: "", sent_with_warnings: "", dismissed: "", overridden: "", safeshare_version: "" };

/** Every column of every row, file by file, in the walk's (sorted) order. */
const EXPECTED: Record<string, string>[] = [
  {
    file: path.join(DIR, "eml", "01-kpc-request.eml"),
    format: "eml",
    record: "SafeShare record",
    time: "2021-02-01T09:30:00.000Z",
    week: "2021-02-01",
    sender: "sam.practitioner@justice.gov.uk",
    recipients: "to: Derbyshire County Council children's services (partner-mailbox)",
    recipients_outside_agreement: "0",
    agreement: AGREEMENT,
    agreement_version: VERSION,
    exchange: "kpc-probation-to-childrens",
    purpose: purpose("kpc-probation-to-childrens"),
    verdict: "pass",
    sent_with_warnings: "no",
    dismissed: "none",
    overridden: "not in this file (kept in the mailbox only)",
    safeshare_version: "0.1.0",
    attachments: "zip: encrypted",
    marking: "OFFICIAL-SENSITIVE",
    label: "",
    problems: "",
  },
  {
    file: path.join(DIR, "eml", "02-dismissed-webmail.eml"),
    format: "eml",
    record: "SafeShare record",
    time: "2021-02-03T14:05:00.000Z",
    week: "2021-02-01",
    sender: "sam.practitioner@justice.gov.uk",
    recipients: "to: Derbyshire County Council children's services (partner-mailbox); cc: gmail.com (webmail)",
    recipients_outside_agreement: "1",
    agreement: AGREEMENT,
    agreement_version: VERSION,
    exchange: "kpc-probation-to-childrens",
    purpose: purpose("kpc-probation-to-childrens"),
    verdict: "pass",
    sent_with_warnings: "no",
    dismissed: "body-secure-route (reason kept in the mailbox only); recipient-webmail (reason kept in the mailbox only)",
    overridden: "not in this file (kept in the mailbox only)",
    safeshare_version: "0.1.0",
    attachments: "",
    marking: "OFFICIAL-SENSITIVE",
    label: "",
    problems: "",
  },
  {
    file: path.join(DIR, "eml", "03-unmarked-warning.eml"),
    format: "eml",
    record: "SafeShare record",
    time: "2021-02-09T11:00:00.000Z",
    week: "2021-02-08",
    sender: "sam.practitioner@justice.gov.uk",
    recipients: "to: Derby City Council children's services (partner-mailbox)",
    recipients_outside_agreement: "0",
    agreement: AGREEMENT,
    agreement_version: VERSION,
    exchange: "ongoing-communication",
    purpose: purpose("ongoing-communication"),
    verdict: "warn",
    sent_with_warnings: "yes",
    dismissed: "none",
    overridden: "not in this file (kept in the mailbox only)",
    safeshare_version: "0.1.0",
    attachments: "pdf: not encrypted",
    marking: "none",
    label: "",
    problems: "",
  },
  {
    file: path.join(DIR, "eml", "04-no-exchange.eml"),
    format: "eml",
    record: "SafeShare record",
    time: "2021-02-16T16:45:00.000Z",
    week: "2021-02-15",
    sender: "sam.practitioner@justice.gov.uk",
    recipients: "to: Derbyshire County Council children's services (partner-mailbox); cc: nottscc.gov.uk (public-sector)",
    recipients_outside_agreement: "1",
    agreement: AGREEMENT,
    agreement_version: VERSION,
    exchange: "none",
    purpose: "",
    verdict: "pass",
    sent_with_warnings: "no",
    dismissed: "body-secure-route (reason kept in the mailbox only); recipient-outside-agreement (reason kept in the mailbox only)",
    overridden: "not in this file (kept in the mailbox only)",
    safeshare_version: "0.1.0",
    attachments: "",
    marking: "OFFICIAL-SENSITIVE",
    label: "",
    problems: "",
  },
  {
    file: path.join(DIR, "eml", "05-meeting-no-case-data.eml"),
    format: "eml",
    record: "not checked by SafeShare",
    time: "2021-02-17T08:15:00.000Z",
    week: "2021-02-15",
    sender: "sam.practitioner@justice.gov.uk",
    recipients: "to: Derbyshire County Council children's services (partner-mailbox)",
    recipients_outside_agreement: "0",
    ...EMPTY_RECORD,
    attachments: "",
    marking: "none",
    label: "",
    problems: "",
  },
  {
    file: path.join(DIR, "eml", "06-purpose-chosen.eml"),
    format: "eml",
    record: "SafeShare record",
    time: "2021-02-18T10:20:00.000Z",
    week: "2021-02-15",
    sender: "sam.practitioner@justice.gov.uk",
    recipients: "to: Derbyshire County Council children's services (partner-mailbox)",
    recipients_outside_agreement: "0",
    agreement: AGREEMENT,
    agreement_version: VERSION,
    exchange: "rtcn1-risk-to-children-notification",
    // From X-SafeShare-Purpose: the purpose the sender chose in the pane.
    purpose: purpose("rtcn1-risk-to-children-notification"),
    verdict: "pass",
    sent_with_warnings: "no",
    dismissed: "none",
    overridden: "not in this file (kept in the mailbox only)",
    safeshare_version: "0.1.0",
    attachments: "",
    marking: "OFFICIAL-SENSITIVE",
    label: "",
    problems: "",
  },
  {
    file: path.join(DIR, "msg", "attachmentFiles.msg"),
    format: "msg",
    record: "not checked by SafeShare",
    time: "2023-11-01T00:48:31.000Z",
    week: "2023-10-30",
    sender: "hmailuser@hmailserver.test",
    // Sender and recipient share a domain: the sender's own organisation.
    recipients: "to: hmailserver.test (own-organisation)",
    recipients_outside_agreement: "0",
    ...EMPTY_RECORD,
    // Images: detectEncryption cannot tell, so "unknown" (never "not encrypted" by guess).
    attachments: "jpg: unknown; png: unknown; tif: unknown",
    marking: "none",
    label: "",
    problems: "",
  },
  {
    file: path.join(DIR, "msg", "sent.msg"),
    format: "msg",
    record: "not checked by SafeShare",
    time: "2021-02-15T08:19:04.000Z",
    week: "2021-02-15",
    sender: "xmailuser@xmailserver.test",
    recipients: "to: xmailserver.test (own-organisation)",
    recipients_outside_agreement: "0",
    ...EMPTY_RECORD,
    attachments: "",
    marking: "none",
    label: "",
    problems: "",
  },
  {
    file: path.join(DIR, "msg", "sent2.msg"),
    format: "msg",
    record: "not checked by SafeShare",
    time: "2021-08-31T01:56:16.000Z",
    week: "2021-08-30",
    // An Exchange sender (X.500 address): the SMTP address is taken from the sent-representing property.
    sender: "ku@digitaldolphins.onmicrosoft.com",
    recipients: "to: digitaldolphins.jp (unknown)",
    recipients_outside_agreement: "1",
    ...EMPTY_RECORD,
    attachments: "",
    marking: "none",
    label: "",
    problems: "",
  },
  {
    file: path.join(DIR, "msg", "test1.msg"),
    format: "msg",
    record: "not checked by SafeShare",
    time: "2019-03-05T07:22:17.000Z",
    week: "2019-03-04",
    sender: "",
    recipients: "to: example.com (unknown); cc: example.com (unknown)",
    recipients_outside_agreement: "2",
    ...EMPTY_RECORD,
    attachments: "",
    marking: "none",
    label: "",
    problems: "",
  },
  // Stamped by the Send handler and written as .msg (scripts/fixtures/make-stamped-msg.ts): each
  // keeps the custom property, so the dismissal reasons and warnings sent anyway come through.
  {
    file: path.join(DIR, "msg-stamped", "11-kpc-purpose.msg"),
    format: "msg",
    record: "SafeShare record",
    time: "2021-03-01T09:15:00.000Z",
    week: "2021-03-01",
    sender: "sam.practitioner@justice.gov.uk",
    recipients: "to: Derbyshire County Council children's services (partner-mailbox)",
    recipients_outside_agreement: "0",
    agreement: AGREEMENT,
    agreement_version: VERSION,
    exchange: "kpc-probation-to-childrens",
    purpose: purpose("kpc-probation-to-childrens"),
    verdict: "pass",
    sent_with_warnings: "no",
    dismissed: "none",
    // The property is in the file and lists no warning sent anyway.
    overridden: "none",
    safeshare_version: "0.1.0",
    attachments: "",
    marking: "OFFICIAL-SENSITIVE",
    label: "",
    problems: "",
  },
  {
    file: path.join(DIR, "msg-stamped", "12-warned-sent-anyway.msg"),
    format: "msg",
    record: "SafeShare record",
    time: "2021-03-02T14:40:00.000Z",
    week: "2021-03-01",
    sender: "sam.practitioner@justice.gov.uk",
    recipients: "to: Derbyshire County Council children's services (partner-mailbox); cc: gmail.com (webmail)",
    recipients_outside_agreement: "1",
    agreement: AGREEMENT,
    agreement_version: VERSION,
    exchange: "kpc-probation-to-childrens",
    purpose: purpose("kpc-probation-to-childrens"),
    verdict: "warn",
    sent_with_warnings: "yes",
    dismissed: "body-secure-route (reason: Agreed by telephone with the duty manager); recipient-webmail (reason: Agreed by telephone with the duty manager)",
    overridden: "protective-marking (reason: Urgent: the marking was added in the body)",
    safeshare_version: "0.1.0",
    attachments: "",
    marking: "none",
    label: "",
    problems: "",
  },
  {
    file: path.join(DIR, "msg-stamped", "13-labelled.msg"),
    format: "msg",
    record: "SafeShare record",
    time: "2021-03-03T11:05:00.000Z",
    week: "2021-03-01",
    sender: "sam.practitioner@justice.gov.uk",
    recipients: "to: Derbyshire County Council children's services (partner-mailbox)",
    recipients_outside_agreement: "0",
    agreement: AGREEMENT,
    agreement_version: VERSION,
    exchange: "ongoing-communication",
    purpose: purpose("ongoing-communication"),
    verdict: "pass",
    sent_with_warnings: "no",
    dismissed: "none",
    overridden: "none",
    safeshare_version: "0.1.0",
    attachments: "",
    marking: "OFFICIAL-SENSITIVE",
    // X-SafeShare-Label and the property's label, as the Send handler read it from the item.
    label: "OFFICIAL-SENSITIVE/Personal",
    problems: "",
  },
  {
    file: path.join(DIR, "msg-stamped", "14-protected-attachment.msg"),
    format: "msg",
    record: "SafeShare record",
    time: "2021-03-04T16:30:00.000Z",
    week: "2021-03-01",
    sender: "sam.practitioner@justice.gov.uk",
    recipients: "to: Derbyshire County Council children's services (partner-mailbox)",
    recipients_outside_agreement: "0",
    agreement: AGREEMENT,
    agreement_version: VERSION,
    exchange: "kpc-probation-to-childrens",
    purpose: purpose("kpc-probation-to-childrens"),
    verdict: "pass",
    sent_with_warnings: "no",
    dismissed: "none",
    overridden: "none",
    safeshare_version: "0.1.0",
    attachments: "pdf: encrypted; docx: not encrypted",
    marking: "OFFICIAL-SENSITIVE",
    label: "",
    problems: "",
  },
];

describe("safeshare records over the fixtures", () => {
  it("writes one CSV row a message with every column, to stdout when no output is named", async () => {
    const r = await run(["records", DIR]);
    // Nothing on stderr but, on a slow machine, the progress line of a run longer than a second.
    expect(withoutProgress(r.err)).toBe("");
    expect(r.code).toBe(0);
    const rows = csvObjects(r.out);
    expect(Object.keys(rows[0] ?? {})).toEqual([...CSV_COLUMNS]);
    expect(rows).toEqual(EXPECTED);
  });

  it("carries no text from subjects or bodies", async () => {
    const r = await run(["records", DIR]);
    for (const text of ["Known Persons", "X123456", "John", "Smith", "1985", "Station Street", "S40", "Meeting on Tuesday", "kpc-form", "chronology", "attachmentFiles", "X12346", "covering-note"]) {
      expect(r.out.replace(/^[^,]*,/gm, "")).not.toContain(text); // the file column is the path given
    }
  });

  it("writes --csv and --html to files, and nothing to stdout", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "records-"));
    try {
      const csv = path.join(dir, "out.csv");
      const html = path.join(dir, "out.html");
      const r = await run(["records", "--csv", csv, "--html", html, path.join(DIR, "eml"), path.join(DIR, "msg", "sent.msg")]);
      expect(r).toMatchObject({ code: 0, out: "", err: "" });
      expect(csvObjects(readFileSync(csv, "utf8")).map((x) => x.file)).toEqual([...EXPECTED.slice(0, 6).map((x) => x.file), path.join(DIR, "msg", "sent.msg")]);
      const page = readFileSync(html, "utf8");
      expect(page).toMatch(/^<!DOCTYPE html>/);
      expect(page).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
      expect(page).not.toMatch(/Known Persons|Smith|X12345/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("--html alone writes no CSV anywhere", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "records-"));
    try {
      const r = await run(["records", "--html", path.join(dir, "r.html"), path.join(DIR, "eml")]);
      expect(r).toMatchObject({ code: 0, out: "" });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("is listed in safeshare --help and has its own --help", async () => {
    expect((await run(["--help"])).out).toMatch(/^\s+records\s+report the sharing records/m);
    const help = await run(["records", "--help"]);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^Usage: safeshare records/);
  });

  it("refuses bad usage with exit 3", async () => {
    expect((await run(["records"])).code).toBe(3);
    expect((await run(["records", "--frob", DIR])).code).toBe(3);
    const r = await run(["records", "--csv", "/nonexistent-dir/out.csv", DIR]);
    expect(r.code).toBe(3);
    expect(r.err).toContain("cannot write /nonexistent-dir/out.csv: ENOENT");
  });
});
