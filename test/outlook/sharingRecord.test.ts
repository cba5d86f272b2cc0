import { buildSharingRecord, headerValue, publicFindingId, recordHeaders, shortHash, stampSharingRecord } from "../../src/outlook/sharingRecord";
import { derbyshireAgreement } from "../../src/policy/agreement";
import type { Report } from "../../src/policy/check";
import type { Finding } from "../../src/policy/rules/types";
import { SimulatedComposeItem } from "../../src/preview/simulatedItem";

const NOW = new Date("2026-11-25T10:00:00Z");
const name: Finding = { id: "personal-data-found:body:person-name:5:john smith", rule: "personal-data-found", severity: "info", field: "body", kind: "person-name", message: "Found a name" };
const webmail: Finding = { id: "recipient-webmail:cc:sam.jones@gmail.com", rule: "recipient-webmail", severity: "block", field: "recipients", message: "Webmail" };

function report(findings: Finding[], dismissed: Report["dismissed"] = []): Report {
  return { verdict: "pass", findings, dismissed, recipients: [], attachments: [], caseData: true, attachmentBytesNeeded: false, setAside: [] };
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
});
