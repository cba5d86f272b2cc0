import { DeadlineError } from "../../src/outlook/deadline";
import { OfficeCallError } from "../../src/outlook/officeAsync";
import { runSendCheck } from "../../src/outlook/sendCheck";
import { readSnapshot } from "../../src/outlook/readSnapshot";
import { derbyshireAgreement } from "../../src/policy/agreement";
import { checkMessage } from "../../src/policy/check";
import { SAMPLE_MESSAGE } from "../../src/preview/sampleMessage";
import { SimulatedComposeItem } from "../../src/preview/simulatedItem";

const NOW = new Date("2021-03-01T10:00:00Z");
const options = { agreement: derbyshireAgreement, now: NOW, sender: "sam.practitioner@justice.gov.uk" };

describe("runSendCheck", () => {
  it("gives the same verdict and findings as checkMessage, without the per-span info notes", async () => {
    const item = new SimulatedComposeItem(SAMPLE_MESSAGE);
    const result = await runSendCheck(item, options);
    const full = checkMessage(await readSnapshot(item, { attachmentContent: true, hiddenText: true }), derbyshireAgreement, options);
    expect(result.report.verdict).toBe(full.verdict);
    expect(result.report.findings).toEqual(full.findings.filter((f) => f.rule !== "personal-data-found"));
    expect(full.findings.some((f) => f.rule === "personal-data-found")).toBe(true); // so the filter above is real
    expect(result.report.caseData).toBe(true);
  });

  it("checks the text an HTML body hides: hidden personal data to a webmail address stops it", async () => {
    const item = new SimulatedComposeItem({
      subject: "Meeting",
      to: [{ emailAddress: "sam.jones@gmail.com" }],
      bodyHtml: "<p>See you on Tuesday.</p><!-- KPC: John Smith DOB 12/03/1985 --><div style=\"display:none\">NHS 943 476 5919</div>",
    });
    const { report, snapshot } = await runSendCheck(item, options);
    expect(snapshot.body).not.toContain("John Smith");
    expect(snapshot.hiddenText).toContain("John Smith DOB 12/03/1985");
    expect(report.caseData).toBe(true);
    expect(report.verdict).toBe("block");
    expect(report.findings.map((f) => f.rule)).toContain("hidden-personal-data");
  });

  it("reads attachment bytes only where the attachment rule needs them (case data, or a marked subject, to a recipient off the secure routes)", async () => {
    const attachments = [{ name: "report.pdf", content: new Uint8Array([37, 80, 68, 70]) }];
    const secure = new SimulatedComposeItem({ subject: "OFFICIAL-SENSITIVE: Report", to: [{ emailAddress: "starting.point@derbyshire.gov.uk" }], body: "Attached.", attachments });
    await runSendCheck(secure, options);
    expect(secure.calls).not.toContain("getAttachmentContentAsync");
    const ordinary = new SimulatedComposeItem({ subject: "Invoice", to: [{ emailAddress: "accounts@example.com" }], body: "Attached.", attachments });
    await runSendCheck(ordinary, options);
    expect(ordinary.calls).not.toContain("getAttachmentContentAsync");
    const insecure = new SimulatedComposeItem({ subject: "OFFICIAL-SENSITIVE: Report", to: [{ emailAddress: "someone@example.com" }], body: "Attached.", attachments });
    const { snapshot } = await runSendCheck(insecure, options);
    expect(insecure.calls).toContain("getAttachmentContentAsync");
    expect(Array.from(snapshot.attachments[0]?.content ?? [])).toEqual([37, 80, 68, 70]);
  });

  it("knows a message has no personal data", async () => {
    const result = await runSendCheck(new SimulatedComposeItem({ subject: "Meeting", to: [{ emailAddress: "starting.point@derbyshire.gov.uk" }], body: "Tuesday at 10?" }), options);
    expect(result.report.verdict).toBe("pass");
    expect(result.report.caseData).toBe(false);
  });

  it("applies the inserted exchange and the dismissals kept in sessionData", async () => {
    const item = new SimulatedComposeItem({ ...SAMPLE_MESSAGE, attachments: [] });
    const dismissed = [{ findingId: "subject-personal-data:person-name:john smith", reason: "Checked with IG" }];
    item.sessionData.setAsync("safeshare", JSON.stringify({ exchangeId: "no-such-exchange", dismissals: dismissed }), () => undefined);
    const { report, state } = await runSendCheck(item, options);
    expect(state.exchangeId).toBe("no-such-exchange");
    expect(report.findings.map((f) => f.id)).toContain("exchange-route:unknown-exchange:no-such-exchange");
    expect(report.dismissed.map((d) => [d.finding.id, d.reason])).toEqual([["subject-personal-data:person-name:john smith", "Checked with IG"]]);
  });

  it("rejects when Outlook fails, and when it is too slow", async () => {
    const failing = new SimulatedComposeItem(SAMPLE_MESSAGE);
    failing.failNext("getAttachmentsAsync");
    await expect(runSendCheck(failing, options)).rejects.toBeInstanceOf(OfficeCallError);
    const slow = new SimulatedComposeItem(SAMPLE_MESSAGE);
    slow.delay("body.getAsync", 200);
    await expect(runSendCheck(slow, { ...options, deadlineMs: 20 })).rejects.toBeInstanceOf(DeadlineError);
  });
});
