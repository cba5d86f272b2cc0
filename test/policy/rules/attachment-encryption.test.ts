import { readFileSync } from "node:fs";
import path from "node:path";
import type { AttachmentInfo } from "../../../src/policy/snapshot";
import {
  ALEX,
  byRule,
  caseMail,
  check,
  CLEAN,
  expectDeclaredFixes,
  ordinaryMail,
  ORDINARY_NAMES,
  quotedCaseMail,
  ruleById,
  setAsideTexts,
  type MessageSpec,
} from "./helpers";

const rule = ruleById("attachment-encryption");

const FIXTURES = path.join(__dirname, "..", "..", "fixtures", "attachments");

function attachment(name: string, extra: Partial<AttachmentInfo> = {}): AttachmentInfo {
  return { id: name, name, size: 100, isInline: false, ...extra };
}

function fixture(name: string): AttachmentInfo {
  return attachment(name, { content: readFileSync(path.join(FIXTURES, name)) });
}

/** A plain file, a password-protected one, and one whose protection cannot be told (no bytes). */
const PLAIN = fixture("plain.pdf");
const PROTECTED = fixture("zipcrypto.zip");
const UNKNOWN = attachment("photo.jpg");

/** Severity of this rule's finding on each attachment, by attachment name. */
function severities(spec: MessageSpec, options = ALEX): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of byRule(check(spec, options), rule.id)) out[f.attachment ?? ""] = f.severity;
  return out;
}

describe("attachment-encryption", () => {
  describe("metadata", () => {
    it("is a blocking rule on the whole message", () => {
      expect(rule.scope).toBe("message");
      expect(rule.defaultSeverity).toBe("block");
    });

    it("offers only the fixes it declares", () => {
      expectDeclaredFixes(rule, [check({ ...caseMail({ to: ["someone@example.org"] }), attachments: [PLAIN, PROTECTED, UNKNOWN] }, ALEX)]);
    });
  });

  describe("bytes read by the real detector", () => {
    const webmail = { ...CLEAN, cc: ["carer@gmail.com"] };
    it("blocks a plain attachment going off the secure routes under a marked subject", () => {
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

  describe("case data", () => {
    const ATTACHED = { attachments: [PLAIN, PROTECTED, UNKNOWN] };

    it("with case data: to anyone off the secure routes, a plain file blocks and an unknown one warns", () => {
      for (const to of ["someone@example.org", "duty.team@nottinghamshire.gov.uk", "sam.carer@gmail.com"]) {
        expect(severities({ ...caseMail({ to: [to] }), ...ATTACHED })).toEqual({ "plain.pdf": "block", "zipcrypto.zip": "info", "photo.jpg": "warn" });
      }
    });

    it("with case data, every recipient on a secure route: nothing", () => {
      expect(severities({ ...caseMail({ to: ["starting.point@derbyshire.gov.uk", "jane.doe@justice.gov.uk"] }), ...ATTACHED })).toEqual({});
    });

    it("without case data (greeting, colleagues on a booking, the sender's signature, a quoted header) and an unmarked subject: only personal webmail counts, and a plain file to it warns", () => {
      const toWebmail = { ...ordinaryMail({ to: ["sam.carer@gmail.com"] }), ...ATTACHED };
      const report = check(toWebmail, ALEX);
      expect(report.caseData).toBe(false);
      expect(setAsideTexts(report)).toEqual(expect.arrayContaining(ORDINARY_NAMES));
      expect(severities(toWebmail)).toEqual({ "plain.pdf": "warn", "zipcrypto.zip": "info", "photo.jpg": "warn" });
      for (const to of ["someone@example.org", "duty.team@nottinghamshire.gov.uk"]) {
        expect(severities({ ...ordinaryMail({ to: [to] }), ...ATTACHED })).toEqual({});
      }
    });

    it("without case data but under a marked subject (the sender's word that it is sensitive): as with case data", () => {
      const spec = { ...ordinaryMail({ to: ["someone@example.org"] }, "OFFICIAL-SENSITIVE: Training room booking"), ...ATTACHED };
      expect(check(spec, ALEX).caseData).toBe(false);
      expect(severities(spec)).toEqual({ "plain.pdf": "block", "zipcrypto.zip": "info", "photo.jpg": "warn" });
    });

    it("case data only in the quoted history: a plain file to an unknown address blocks", () => {
      const spec = { ...quotedCaseMail({ to: ["someone@example.org"] }), attachments: [PLAIN] };
      expect(check(spec, ALEX).caseData).toBe(true);
      expect(severities(spec)).toEqual({ "plain.pdf": "block" });
    });
  });

  it("names every exposed recipient, and only those", () => {
    const [finding] = byRule(check({ ...caseMail({ to: ["starting.point@derbyshire.gov.uk"], cc: ["someone@example.org", "sam.carer@gmail.com"] }), attachments: [PLAIN] }, ALEX), rule.id);
    expect(finding?.message).toContain("2 recipients (someone@example.org, sam.carer@gmail.com)");
    expect(finding?.message).not.toContain("starting.point@derbyshire.gov.uk");
  });

  it("asks for the bytes only when an attachment of unknown protection would go to an exposed recipient", () => {
    expect(check({ ...caseMail({ to: ["someone@example.org"] }), attachments: [UNKNOWN] }, ALEX).attachmentBytesNeeded).toBe(true);
    expect(check({ ...caseMail({ to: ["someone@example.org"] }), attachments: [PLAIN] }, ALEX).attachmentBytesNeeded).toBe(false);
    expect(check({ ...caseMail({ to: ["jane.doe@justice.gov.uk"] }), attachments: [UNKNOWN] }, ALEX).attachmentBytesNeeded).toBe(false);
    expect(check({ ...ordinaryMail({ to: ["someone@example.org"] }), attachments: [UNKNOWN] }, ALEX).attachmentBytesNeeded).toBe(false);
    expect(check({ ...ordinaryMail({ to: ["sam.carer@gmail.com"] }), attachments: [UNKNOWN] }, ALEX).attachmentBytesNeeded).toBe(true);
    expect(check({ ...caseMail({ to: ["someone@example.org"] }), attachments: [attachment("logo.png", { isInline: true })] }, ALEX).attachmentBytesNeeded).toBe(false);
  });

  it("a ZIP with a file that opens without the password is not reported as password-protected", () => {
    // mixed.zip: 2 of its 3 files are encrypted; the detector says "1 file can be opened without the password".
    const [finding] = byRule(check({ ...caseMail({ to: ["sam.carer@gmail.com"] }), attachments: [fixture("mixed.zip")] }, ALEX), rule.id);
    expect(finding?.attachment).toBe("mixed.zip");
    expect(["warn", "block"]).toContain(finding?.severity);
    expect(finding?.message).not.toMatch(/“mixed\.zip” is password-protected/);
  });
});
