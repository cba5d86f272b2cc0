import { buildSharingRecord, headerValue, publicFindingId, recordHeaders, shortHash, stampSharingRecord, type SharingRecord } from "../../src/outlook/sharingRecord";
import { derbyshireAgreement } from "../../src/policy/agreement";
import { reportOf } from "../support/report";
import type { Report } from "../../src/policy/check";
import type { Finding } from "../../src/policy/rules/types";
import { SimulatedComposeItem } from "../../src/preview/simulatedItem";
import { createSimulatedOffice } from "../../src/preview/simulatedOffice";
import { handleMessageSend } from "../../src/launchevent/onMessageSend";
import { runSendCheck } from "../../src/outlook/sendCheck";

const NOW = new Date("2026-11-25T10:00:00Z");
const name: Finding = { id: "personal-data-found:body:person-name:5:john smith", rule: "personal-data-found", severity: "info", field: "body", kind: "person-name", message: "Found a name" };
const webmail: Finding = { id: "recipient-webmail:cc:sam.jones@gmail.com", rule: "recipient-webmail", severity: "block", field: "recipients", message: "Webmail" };

function report(findings: Finding[], dismissed: Report["dismissed"] = []): Report {
  return reportOf({ verdict: "pass", findings, dismissed, caseData: true });
}

describe("sharing record", () => {
  it("hashes finding ids so no address or found text leaves the mailbox", () => {
    const id = publicFindingId(webmail.id, webmail.rule);
    expect(id).toMatch(/^recipient-webmail#[0-9a-f]{8}$/);
    expect(id).toBe(publicFindingId(webmail.id, webmail.rule)); // stable
    expect(publicFindingId("recipient-webmail:cc:other@gmail.com", "recipient-webmail")).not.toBe(id);
    expect(shortHash("")).toBe("811c9dc5"); // FNV-1a offset basis
    expect(shortHash("a")).toBe("e40c292c"); // published FNV-1a 32 test vector
  });

  it("headers carry agreement, exchange, version, verdict and hashed dismissals; the property adds reasons and time", () => {
    const record = buildSharingRecord(report([name], [{ finding: webmail, reason: "Agreed by telephone" }]), derbyshireAgreement, "kpc-probation", "0.1.0", NOW);
    expect(recordHeaders(record)).toEqual({
      "X-SafeShare-Agreement": 'derbyshire-probation-childrens-services; version="not stated in the source"',
      "X-SafeShare-Exchange": "kpc-probation",
      "X-SafeShare-Version": "0.1.0",
      "X-SafeShare-Verdict": "pass",
      "X-SafeShare-Dismissed": publicFindingId(webmail.id, webmail.rule),
    });
    expect(record.checkedAt).toBe("2026-11-25T10:00:00.000Z");
    expect(record.dismissed).toEqual([{ finding: publicFindingId(webmail.id, webmail.rule), rule: "recipient-webmail", reason: "Agreed by telephone" }]);
  });

  it("stamps the chosen purpose as its exchange id; the property adds the agreement's purpose text", () => {
    const kpc = derbyshireAgreement.exchanges.find((e) => e.id === "kpc-probation-to-childrens");
    const notes = { purpose: { exchangeId: "kpc-probation-to-childrens", text: "whatever the stored state said" } };
    const record = buildSharingRecord(report([name]), derbyshireAgreement, "kpc-probation-to-childrens", "0.1.0", NOW, undefined, notes);
    expect(recordHeaders(record)["X-SafeShare-Purpose"]).toBe("kpc-probation-to-childrens");
    // The text is the agreement's, never what the message state claims.
    expect(record.purpose).toEqual({ exchange: "kpc-probation-to-childrens", text: kpc?.purpose });
    // No purpose chosen, or one the agreement lacks: no header.
    expect(recordHeaders(buildSharingRecord(report([name]), derbyshireAgreement, undefined, "0.1.0", NOW))).not.toHaveProperty("X-SafeShare-Purpose");
    const unknown = buildSharingRecord(report([name]), derbyshireAgreement, undefined, "0.1.0", NOW, undefined, { purpose: { exchangeId: "not-in-agreement", text: "x" } });
    expect(unknown.purpose).toBeUndefined();
    expect(recordHeaders(unknown)).not.toHaveProperty("X-SafeShare-Purpose");
  });

  it("keeps the reasons given for warnings still in the report, hashed like dismissals, and leaves the verdict alone", () => {
    const marking: Finding = { id: "marking-missing:subject", rule: "marking-missing", severity: "warn", field: "subject", message: "Mark it" };
    const warned = { ...report([marking, name]), verdict: "warn" as const };
    const overrides = [
      { findingId: marking.id, reason: "Marked by the sensitivity label" },
      { findingId: "gone:finding", reason: "no longer a warning" },
      { findingId: name.id, reason: "an info finding is never sent anyway" },
    ];
    const record = buildSharingRecord(warned, derbyshireAgreement, undefined, "0.1.0", NOW, undefined, { overrides });
    expect(record.verdict).toBe("warn");
    expect(record.overridden).toEqual([{ finding: publicFindingId(marking.id, marking.rule), rule: "marking-missing", reason: "Marked by the sensitivity label" }]);
    expect(record.dismissed).toEqual([]);
    // The headers list dismissals only; the reason stays in the mailbox's custom property.
    expect(recordHeaders(record)["X-SafeShare-Dismissed"]).toBe("none");
    expect(buildSharingRecord(warned, derbyshireAgreement, undefined, "0.1.0", NOW).overridden).toBeUndefined();
  });

  it("header values are one line of printable ASCII and stay under the line limit", () => {
    expect(headerValue("Café\r\nX-Evil: 1")).toBe("Caf? X-Evil: 1");
    const many = Array.from({ length: 200 }, (_, i) => ({ finding: { ...webmail, id: `${webmail.id}${i}` }, reason: "r" }));
    const headers = recordHeaders(buildSharingRecord(report([], many), derbyshireAgreement, undefined, "0.1.0", NOW));
    expect(headers["X-SafeShare-Dismissed"]?.length).toBeLessThanOrEqual(900);
    expect(headers["X-SafeShare-Dismissed"]).toMatch(/, \+\d+ more$/);
    expect(headers["X-SafeShare-Exchange"]).toBe("none");
  });

  it("stamps headers and the custom property on the item, headers only where supported", async () => {
    const record = buildSharingRecord(report([name]), derbyshireAgreement, undefined, "0.1.0", NOW);
    const item = new SimulatedComposeItem();
    await stampSharingRecord(item, record, true);
    expect(item.state.internetHeaders["X-SafeShare-Verdict"]).toBe("pass");
    expect(JSON.parse(String(item.state.customProperties.safeshareRecord))).toEqual(record);
    const older = new SimulatedComposeItem();
    await stampSharingRecord(older, record, false);
    expect(older.state.internetHeaders).toEqual({});
    expect(older.state.customProperties.safeshareRecord).toBeDefined();
  });

  it("rejects naming the call when Outlook refuses", async () => {
    const item = new SimulatedComposeItem();
    item.failNext("loadCustomPropertiesAsync");
    await expect(stampSharingRecord(item, buildSharingRecord(report([name]), derbyshireAgreement, undefined, "0.1.0", NOW), true)).rejects.toThrow("loadCustomPropertiesAsync failed");
  });

  it("the Send handler stamps the purpose the pane kept, and the purpose never changes its decision", async () => {
    const user = { emailAddress: "sam.practitioner@justice.gov.uk", displayName: "Sam Practitioner" };
    const message = {
      subject: "Known Persons Check – Ref X123458",
      to: [{ displayName: "Starting Point", emailAddress: "starting.point@derbyshire.gov.uk" }],
      body: "Please can you complete a Known Persons Check for John Smith (DOB 12/03/1985).",
    };
    const send = async (state: object) => {
      const item = new SimulatedComposeItem(message, { from: user });
      item.sessionData?.setAsync("safeshare", JSON.stringify({ dismissals: [], ...state }), () => undefined);
      let options: unknown;
      await handleMessageSend({ completed: (o) => (options = o) }, createSimulatedOffice({ item, user }), { now: new Date("2021-02-09T11:00:00Z") });
      return { options, headers: item.state.internetHeaders, property: JSON.parse(item.state.customProperties.safeshareRecord as string) as SharingRecord };
    };
    const exchange = "kpc-probation-to-childrens";
    const probe = new SimulatedComposeItem(message, { from: user });
    probe.sessionData?.setAsync("safeshare", JSON.stringify({ dismissals: [], exchangeId: exchange }), () => undefined);
    const { report } = await runSendCheck(probe, { agreement: derbyshireAgreement, now: new Date("2021-02-09T11:00:00Z"), sender: user.emailAddress });
    const warning = report.findings.find((f) => f.severity === "warn") as Finding;
    expect(warning).toBeDefined(); // the subject lacks the marking
    const plain = await send({ exchangeId: exchange });
    const chosen = await send({ exchangeId: exchange, purpose: { exchangeId: exchange, text: "x" }, overrides: [{ findingId: warning.id, reason: "Marked by the label" }] });
    expect(chosen.options).toEqual(plain.options);
    expect(plain.headers["X-SafeShare-Verdict"]).toBe("warn");
    expect(chosen.property.overridden).toEqual([{ finding: publicFindingId(warning.id, warning.rule), rule: warning.rule, reason: "Marked by the label" }]);
    expect(chosen.headers["X-SafeShare-Verdict"]).toBe(plain.headers["X-SafeShare-Verdict"]);
    expect(plain.headers).not.toHaveProperty("X-SafeShare-Purpose");
    expect(chosen.headers["X-SafeShare-Purpose"]).toBe(exchange);
    expect(chosen.property.purpose?.exchange).toBe(exchange);
  });
});
