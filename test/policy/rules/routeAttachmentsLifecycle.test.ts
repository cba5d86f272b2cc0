import { readFileSync } from "node:fs";
import path from "node:path";
import { derbyshireAgreement } from "../../../src/policy/agreement";
import type { AttachmentInfo } from "../../../src/policy/snapshot";
import { byRule, check, CLEAN, CURRENT_AGREEMENT } from "./helpers";

const FIXTURES = path.join(__dirname, "..", "..", "fixtures", "attachments");

function attachment(name: string, extra: Partial<AttachmentInfo> = {}): AttachmentInfo {
  return { id: name, name, size: 100, isInline: false, ...extra };
}

describe("exchange-route", () => {
  it("warns when the agreement sends that exchange to the partner by online form, and offers the form", () => {
    const report = check({ ...CLEAN, to: ["cpsafeguarding@derby.gov.uk"] }, { exchange: "kpc-probation-to-childrens" });
    const [finding] = byRule(report, "exchange-route");
    expect(finding?.severity).toBe("warn");
    expect(finding?.message).toMatch(/Derby City/);
    expect(finding?.fix).toEqual(expect.objectContaining({ type: "open-form", url: expect.stringMatching(/^https:\/\/myaccount\.derby\.gov\.uk\//) }));
  });

  it("a referral goes by form or telephone, never e-mail, even to Starting Point", () => {
    expect(byRule(check({ ...CLEAN }, { exchange: "referral-to-childrens-social-care" }), "exchange-route")).toHaveLength(1);
  });

  it("says nothing when the partner takes the exchange by secure e-mail, or when the exchange is unknown", () => {
    expect(byRule(check({ ...CLEAN }, { exchange: "kpc-probation-to-childrens" }), "exchange-route")).toEqual([]);
    expect(byRule(check({ ...CLEAN, to: ["cpsafeguarding@derby.gov.uk"] }), "exchange-route")).toEqual([]);
  });

  it("notes the telephone route for URGENT In Court requests", () => {
    const [finding] = byRule(check({ ...CLEAN, subject: "OFFICIAL-SENSITIVE: URGENT In Court – KPC Ref X123456" }), "exchange-route");
    expect(finding?.severity).toBe("info");
    expect(finding?.fix?.type).toBe("telephone");
  });

  it("an exchange id the agreement does not have is a warning, not a silent pass", () => {
    const report = check({ ...CLEAN }, { exchange: "no-such-exchange" });
    expect(report.findings.some((f) => f.id === "exchange-route:unknown-exchange:no-such-exchange" && f.severity === "warn")).toBe(true);
  });
});

describe("attachment-encryption (bytes read by the real detector)", () => {
  const webmail = { ...CLEAN, cc: ["carer@gmail.com"] };
  it("blocks a plain attachment going off the secure routes", () => {
    const report = check({ ...webmail, attachments: [attachment("plain.zip", { content: readFileSync(path.join(FIXTURES, "plain.zip")) })] });
    expect(byRule(report, "attachment-encryption")[0]).toEqual(expect.objectContaining({ severity: "block", attachment: "plain.zip" }));
  });

  it("a password-protected attachment is fine, with a reminder to send the password another way", () => {
    const report = check({ ...webmail, attachments: [attachment("zipcrypto.zip", { content: readFileSync(path.join(FIXTURES, "zipcrypto.zip")) })] });
    const [finding] = byRule(report, "attachment-encryption");
    expect(finding?.severity).toBe("info");
    expect(finding?.fix?.type).toBe("telephone");
  });

  it("warns when it cannot tell (no bytes, or an unknown format)", () => {
    expect(byRule(check({ ...webmail, attachments: [attachment("photo.jpg")] }), "attachment-encryption")[0]?.severity).toBe("warn");
  });

  it("says nothing when every recipient is on a secure route, or for inline images", () => {
    expect(byRule(check({ ...CLEAN, attachments: [attachment("plain.pdf", { content: readFileSync(path.join(FIXTURES, "plain.pdf")) })] }), "attachment-encryption")).toEqual([]);
    expect(byRule(check({ ...webmail, attachments: [attachment("logo.png", { isInline: true })] }), "attachment-encryption")).toEqual([]);
  });
});

describe("agreement-lifecycle", () => {
  it("notes (information, not a warning) when the agreement is past its review date", () => {
    const [finding] = byRule(check({ ...CLEAN }, {}, derbyshireAgreement), "agreement-lifecycle");
    expect(finding?.severity).toBe("info");
    expect(finding?.message).toMatch(/due for review on 26 June 2021/);
  });

  it("warns when it has expired, and says nothing when current", () => {
    const expired = { ...CURRENT_AGREEMENT, expiryDate: "2025-12-31" };
    expect(byRule(check({ ...CLEAN }, {}, expired), "agreement-lifecycle")[0]?.message).toMatch(/expired on 31 December 2025/);
    expect(byRule(check({ ...CLEAN }), "agreement-lifecycle")).toEqual([]);
  });
});
