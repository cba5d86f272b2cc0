/** The report's pure parts (src/taskpane/read/model/reportMessage.ts): UK time, the clock, the
 * subject without personal data, escaping, and Outlook's 32 KB body limit. */
import { headerFields } from "../../../src/policy/record/headerFields";
import { readSharingRecord } from "../../../src/policy/record/parseRecord";
import { recordHeaders } from "../../../src/outlook/sharingRecord";
import { reportMessage, ukDateTime } from "../../../src/taskpane/read/model/reportMessage";
import { BREACH, RECORD, WITH_BREACH } from "./readFixtures";

const reading = (record = RECORD) => readSharingRecord(headerFields(Object.entries(recordHeaders(record)).map(([k, v]) => `${k}: ${v}`).join("\r\n")), JSON.stringify(record));

describe("ukDateTime", () => {
  it("writes UK time, GMT in winter and BST in summer", () => {
    expect(ukDateTime(new Date("2026-11-25T09:30:00Z"))).toBe("2026-11-25 09:30 GMT");
    expect(ukDateTime(new Date("2026-07-01T23:30:00Z"))).toBe("2026-07-02 00:30 BST");
  });
});

describe("reportMessage", () => {
  const base = { agreements: [WITH_BREACH], fallback: WITH_BREACH, sentAt: new Date("2026-07-01T08:00:00Z"), openedAt: new Date("2026-07-01T12:00:00Z") };

  it("counts the deadline from when the report is opened, across a clock change", () => {
    const r = reportMessage({ ...base, reading: reading(), openedAt: new Date("2026-10-24T12:00:00Z") });
    expect(r.deadline.toISOString()).toBe("2026-10-27T12:00:00.000Z");
    expect(r.htmlBody).toContain("Report within 72 hours of becoming aware (deadline: 2026-10-27 12:00 GMT)");
  });

  it("puts only the fixed phrase, a known agreement id and the sent time in the subject", () => {
    expect(reportMessage({ ...base, reading: reading() }).subject).toBe(`SafeShare: possible data-sharing mistake – report (${WITH_BREACH.id}, sent 2026-07-01 09:00 BST)`);
    expect(reportMessage({ ...base, reading: null, sentAt: null }).subject).toBe(`SafeShare: possible data-sharing mistake – report (${WITH_BREACH.id}, sent date unknown)`);
  });

  it("escapes what the record carries (a forged label name) and the agreement's steps", () => {
    const r = reportMessage({ ...base, reading: reading({ ...RECORD, label: { id: "x1", name: "<img src=x onerror=alert(1)>" } }) });
    expect(r.htmlBody).not.toContain("<img");
    expect(r.htmlBody).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });

  it("stays within Outlook's 32 KB body limit, pointing to the source for steps left out", () => {
    const steps = Array.from({ length: 400 }, (_, i) => `Step ${i + 1}: ${"do the thing carefully & promptly. ".repeat(3)}`);
    const long = { ...WITH_BREACH, breach: { ...BREACH, steps } };
    const r = reportMessage({ ...base, agreements: [long], fallback: long, reading: reading() });
    expect(r.htmlBody.length).toBeLessThanOrEqual(32 * 1024);
    expect(r.htmlBody).toContain("<li>Step 1: ");
    expect(r.htmlBody).toMatch(/\d+ more step\(s\): see Derbyshire information-sharing agreement, 12 Breaches\./);
    expect(r.htmlBody).toContain("Report within 72 hours");
  });

  it("cuts a very long list of dismissals before the steps and the clock", () => {
    const dismissed = Array.from({ length: 300 }, (_, i) => ({ finding: `recipient-webmail#${(0x10000000 + i).toString(16)}`, rule: "recipient-webmail", reason: "<".repeat(200) }));
    const r = reportMessage({ ...base, reading: reading({ ...RECORD, dismissed }) });
    expect(r.htmlBody.length).toBeLessThanOrEqual(32 * 1024);
    expect(r.htmlBody).toContain("more (see the pane)");
    expect(r.htmlBody).toContain(`<li>${BREACH.steps[0]}</li>`);
  });
});
