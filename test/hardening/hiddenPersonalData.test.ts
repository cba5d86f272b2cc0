/** Hidden personal data is still personal data: checkMessage, the rule and the CLI. */
import { parseEml } from "../../src/cli/emlMessage";
import { runScan } from "../../src/cli/scanCommand";
import { checkMessage } from "../../src/policy/check";
import { bodyTexts } from "../../src/policy/html";
import type { Snapshot } from "../../src/policy/snapshot";
import { memoryIo } from "../cli/memoryIo";
import { CURRENT_AGREEMENT, WEDNESDAY } from "../policy/rules/helpers";

const PARTNER = "starting.point@derbyshire.gov.uk";
const SUBJECT = "OFFICIAL-SENSITIVE: Known Persons Check – Ref X123456";
const HTML = '<p>Please see the attached request.</p><div style="display:none">Kelly Brennan, NHS number 943 476 5919</div><!-- DOB 12/03/1985 -->';

function snapshotOf(html: string, to: string[]): Snapshot {
  const { visible, hidden } = bodyTexts(html);
  const s: Snapshot = { subject: SUBJECT, to: to.map((address) => ({ name: "", address })), cc: [], bcc: [], body: visible, attachments: [] };
  if (hidden) s.hiddenText = hidden;
  return s;
}

const check = (s: Snapshot) => checkMessage(s, CURRENT_AGREEMENT, { now: WEDNESDAY, sender: "practitioner@justice.gov.uk" });

describe("hidden-personal-data", () => {
  it("blocks hidden personal data going to a recipient off the secure routes, with a remove fix", () => {
    const report = check(snapshotOf(HTML, [PARTNER, "sam.jones@gmail.com"]));
    expect(report.verdict).toBe("block");
    const hidden = report.findings.filter((f) => f.rule === "hidden-personal-data");
    const block = hidden.find((f) => f.severity === "block");
    expect(block).toMatchObject({ field: "body", recipient: "sam.jones@gmail.com", fix: { type: "remove-recipient", address: "sam.jones@gmail.com" } });
    expect(block?.message).toMatch(/a name, an NHS number and a date of birth/);
    // The partner mailbox is a secure route: no block for it.
    expect(hidden.some((f) => f.recipient === PARTNER)).toBe(false);
  });

  it("warns (minimisation) even when every recipient is on a secure route, quoting what it found", () => {
    const report = check(snapshotOf(HTML, [PARTNER]));
    const hidden = report.findings.filter((f) => f.rule === "hidden-personal-data");
    expect(hidden).toHaveLength(1);
    expect(hidden[0]).toMatchObject({ severity: "warn", field: "body" });
    expect(hidden[0]?.message).toContain("“Kelly Brennan”");
    expect(report.verdict).toBe("warn");
  });

  it("counts hidden data as personal data for the other rules (unmarked subject must be marked)", () => {
    const s = { ...snapshotOf(HTML, [PARTNER]), subject: "Known Persons Check – Ref X123456" };
    expect(check(s).findings.map((f) => f.rule)).toContain("protective-marking");
    const visibleOnly = { ...s, hiddenText: undefined };
    delete visibleOnly.hiddenText;
    expect(check(visibleOnly).findings.map((f) => f.rule)).not.toContain("protective-marking");
  });

  it("says nothing when the hidden text holds no personal data", () => {
    const report = check(snapshotOf('<p>Please see the attached request.</p><!--[if mso]><xml>settings</xml><![endif]--><span style="color:#fff">spacer</span>', [PARTNER]));
    expect(report.findings.filter((f) => f.rule === "hidden-personal-data")).toEqual([]);
    expect(report.verdict).toBe("pass");
  });

  it("is the same message the task pane would see: visible text has no hidden words", () => {
    const s = snapshotOf(HTML, [PARTNER]);
    expect(s.body).toBe("Please see the attached request.");
    expect(s.hiddenText).toContain("943 476 5919");
  });
});

describe("safeshare scan with an HTML body", () => {
  it("checks the hidden text as well as the visible text", async () => {
    const io = memoryIo(JSON.stringify({ id: "h", subject: SUBJECT, to: "jo@gmail.com", body: HTML, bodyType: "html" }) + "\n");
    await runScan(["--now", "2026-11-25T10:00:00Z"], io.io);
    const line = JSON.parse(io.out().trim()) as { renderedBody: string; findings: { rule: string; severity: string }[] };
    expect(line.renderedBody).toBe("Please see the attached request.");
    expect(line.findings).toEqual(expect.arrayContaining([expect.objectContaining({ rule: "hidden-personal-data", severity: "block" })]));
  });
});

describe("safeshare check with an .eml file", () => {
  it("takes hidden text from the HTML part even when the text/plain part is the body", async () => {
    const eml = [
      "From: Jane Doe <jane.doe@justice.gov.uk>",
      "To: jo@gmail.com",
      `Subject: ${SUBJECT}`,
      "MIME-Version: 1.0",
      'Content-Type: multipart/alternative; boundary="b"',
      "",
      "--b",
      "Content-Type: text/plain; charset=utf-8",
      "",
      "Please see the attached request.",
      "--b",
      "Content-Type: text/html; charset=utf-8",
      "",
      HTML,
      "--b--",
      "",
    ].join("\r\n");
    const r = await parseEml(new TextEncoder().encode(eml));
    if (!r.ok) throw new Error(r.reason);
    expect(r.message.snapshot.body.trim()).toBe("Please see the attached request.");
    expect(r.message.snapshot.hiddenText).toBe("Kelly Brennan, NHS number 943 476 5919\n\nDOB 12/03/1985");
    expect(check(r.message.snapshot).findings.some((f) => f.rule === "hidden-personal-data" && f.severity === "block")).toBe(true);
  });
});
