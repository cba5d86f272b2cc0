/**
 * Large messages complete and stay correct: a 5 MB body (plain and HTML) and 1,000 recipients.
 * How fast is measured by `npm run bench` (rows "5 MB body", "1,000 recipients"), not here.
 */
import { derbyshireAgreement } from "../../src/policy/agreement";
import { checkMessage } from "../../src/policy/check";
import { bodyTexts } from "../../src/policy/html";
import type { Recipient, Snapshot } from "../../src/policy/snapshot";
import { bigBody, manyRecipients } from "../../scripts/bench/largeInputs";

const NOW = new Date("2026-11-25T10:00:00Z");
const MB = 1_000_000;

const snapshot = (body: string, to: Recipient[], hiddenText?: string): Snapshot => {
  const s: Snapshot = { subject: "OFFICIAL-SENSITIVE: Known Persons Check – Ref X123456", to, cc: [], bcc: [], body, attachments: [] };
  if (hiddenText !== undefined) s.hiddenText = hiddenText;
  return s;
};

describe("large messages", () => {
  it("checks a 5 MB body and still finds personal data at its very end", () => {
    // Past 200 items a field the notes only count the rest ("…and N more"): the two items at
    // the end (a name and an NHS number) must add two to that count.
    const more = (body: string): number => {
      const report = checkMessage(snapshot(body, [{ name: "", address: "sam.jones@gmail.com" }]), derbyshireAgreement, { now: NOW });
      expect(report.verdict).toBe("block");
      const note = report.findings.find((f) => f.field === "body" && /^…and \d+ more/.test(f.message));
      return Number(/\d+/.exec(note?.message ?? "")?.[0] ?? NaN);
    };
    const body = bigBody(5 * MB);
    const ending = "\n\nFinally: Kelly Brennan, NHS number 943 476 5919.";
    expect(body.length).toBeGreaterThan(5 * MB - 1);
    expect(more(body + ending) - more(body)).toBe(2);
  });

  it("reads a 5 MB HTML body into visible and hidden text", () => {
    const paragraph = '<p>Risk assessment for <b>Kelly Brennan</b>.</p><div style="display:none">DOB 12/03/1985</div>';
    const html = paragraph.repeat(Math.ceil((5 * MB) / paragraph.length));
    const { visible, hidden } = bodyTexts(html);
    expect(visible.split("\n\n")).toHaveLength(Math.ceil((5 * MB) / paragraph.length));
    expect(visible).not.toContain("DOB");
    expect(hidden.startsWith("DOB 12/03/1985\n\nDOB 12/03/1985")).toBe(true);
  });

  it("checks 1,000 recipients, each classified and each off-route one reported", () => {
    const to = manyRecipients(1000);
    const report = checkMessage(snapshot("Please see Kelly Brennan's assessment, DOB 12/03/1985.", to), derbyshireAgreement, { now: NOW });
    const blocked = new Set(report.findings.filter((f) => f.rule === "body-secure-route").map((f) => f.recipient));
    const offRoute = to.filter((r) => !/@(derbyshire\.gov\.uk|derby\.gov\.uk|justice\.gov\.uk)$/.test(r.address));
    expect(offRoute.length).toBeGreaterThan(100);
    for (const r of offRoute) expect(blocked.has(r.address)).toBe(true);
  });
});
