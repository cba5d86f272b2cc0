import fc from "fast-check";
import { checkMessage, verdictOf } from "../../src/policy/check";
import { RECOGNIZERS } from "../../src/policy/detect";
import type { Rule } from "../../src/policy/rules/types";
import { CLEAN, CURRENT_AGREEMENT, WEDNESDAY, check, snapshot } from "./rules/helpers";

describe("checkMessage", () => {
  it("passes a clean, marked, reference-only message to a partner mailbox", () => {
    const report = check(CLEAN);
    expect(report.verdict).toBe("pass");
    expect(report.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("verdict is the worst severity left: block > warn > info → pass", () => {
    const f = (severity: "block" | "warn" | "info") => ({ id: severity, rule: "r", severity, field: "subject" as const, message: "" });
    expect(verdictOf([f("info"), f("warn"), f("block")])).toBe("block");
    expect(verdictOf([f("info"), f("warn")])).toBe("warn");
    expect(verdictOf([f("info")])).toBe("pass");
    expect(verdictOf([])).toBe("pass");
  });

  it("lists findings worst first, and every span found is reported", () => {
    const report = check({ ...CLEAN, subject: "Known Persons Check – Ref X123456", body: "For Amelia Edwards, DOB 02/02/2020.", cc: ["a@gmail.com"] });
    const ranks = report.findings.map((f) => ["info", "warn", "block"].indexOf(f.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    const found = report.findings.filter((f) => f.rule === "personal-data-found" && f.field === "body").map((f) => f.kind);
    expect(found).toEqual(expect.arrayContaining(["person-name", "date-of-birth"]));
  });

  it("finding ids are stable while the user types elsewhere, so dismissals keep applying", () => {
    const one = check({ ...CLEAN, cc: ["a@gmail.com"] });
    const two = check({ ...CLEAN, cc: ["a@gmail.com"], body: "Hello,\n\nSomething else entirely.\n\nThanks" });
    const id = one.findings.find((f) => f.rule === "recipient-webmail")?.id;
    expect(id).toBeDefined();
    expect(two.findings.some((f) => f.id === id)).toBe(true);
    const dismissed = check({ ...CLEAN, cc: ["a@gmail.com"] }, { dismissed: [{ findingId: id as string, reason: "recipient confirmed by telephone" }] });
    expect(dismissed.findings.some((f) => f.id === id)).toBe(false);
    expect(dismissed.dismissed[0]?.reason).toBe("recipient confirmed by telephone");
  });

  describe("fails closed: a part that throws blocks, naming the part, and never means fewer findings", () => {
    const kpc = { subject: "KPC", body: "Please complete a KPC for John Smith (DOB 12/03/1985).", to: ["starting.point@derbyshire.gov.uk"] };

    it("a rule that throws", () => {
      const broken: Rule = {
        id: "broken",
        defaultSeverity: "info",
        scope: "message",
        fixes: [],
        description: "broken",
        needsAgreement: false,
        clause: "no-such-clause",
        check: () => {
          throw new Error("boom");
        },
      };
      const report = checkMessage(snapshot(CLEAN), CURRENT_AGREEMENT, { now: WEDNESDAY, rules: [broken] });
      expect(report.verdict).toBe("block");
      expect(report.findings[0]?.rule).toBe("check-failed");
      expect(report.findings[0]?.message).toMatch(/could not check part of this message \(the broken check: boom\)/);
    });

    it("a recognizer that throws: the person-name recognizer failing on “KPC for John Smith” blocks instead of passing", () => {
      const throwing = RECOGNIZERS.map((r) =>
        r.kind === "person-name"
          ? {
              ...r,
              find: () => {
                throw new Error("name lists missing");
              },
            }
          : r,
      );
      const healthy = check({ ...kpc, subject: "KPC for John Smith" });
      expect(healthy.verdict).toBe("block");
      const report = check({ ...kpc, subject: "KPC for John Smith" }, { recognizers: throwing });
      expect(report.verdict).toBe("block");
      const failed = report.findings.filter((f) => f.rule === "check-failed");
      expect(failed.map((f) => f.message)).toEqual([expect.stringMatching(/looking for person-name in the subject: name lists missing/), expect.stringMatching(/looking for person-name in the body/)]);
    });

    it("a classifier that throws: the recipient is judged as an outsider and the check blocks", () => {
      const report = check(CLEAN, {
        classify: () => {
          throw new Error("index not built");
        },
      });
      expect(report.verdict).toBe("block");
      expect(report.findings.some((f) => f.rule === "check-failed" && /the recipient starting\.point@derbyshire\.gov\.uk: index not built/.test(f.message))).toBe(true);
      expect(report.recipients[0]?.class.kind).toBe("unknown");
    });

    it("a failure cannot be dismissed", () => {
      const broken: Rule = { id: "broken", defaultSeverity: "info", scope: "message", fixes: [], description: "x", clause: "no-such-clause", needsAgreement: false, check: () => { throw new Error("boom"); } };
      const first = checkMessage(snapshot(CLEAN), CURRENT_AGREEMENT, { now: WEDNESDAY, rules: [broken] });
      const id = first.findings[0]?.id as string;
      const again = checkMessage(snapshot(CLEAN), CURRENT_AGREEMENT, { now: WEDNESDAY, rules: [broken], dismissed: [{ findingId: id, reason: "not personal data" }] });
      expect(again.verdict).toBe("block");
    });
  });

  it("returns what its callers need: classified recipients, case data, whether attachment bytes are needed, what was set aside", () => {
    const report = check({
      subject: "OFFICIAL-SENSITIVE: KPC – Ref X123456",
      body: "Hi Sam,\n\nPlease complete a KPC for John Smith (DOB 12/03/1985).\n\nKind regards\n\nAlex Morgan\nProbation Officer\nT: 01332 340047",
      to: [{ name: "Sam Jones", address: "sam.jones@example.com" }],
      attachments: [{ id: "1", name: "kpc.docx", size: 1000, isInline: false }],
    });
    expect(report.recipients.map((r) => [r.recipient.address, r.class.kind])).toEqual([["sam.jones@example.com", "unknown"]]);
    expect(report.caseData).toBe(true);
    expect(report.attachmentBytesNeeded).toBe(true);
    expect(report.setAside.map((g) => g.reason)).toEqual(expect.arrayContaining(["your signature"]));
    const plain = check({ subject: "Invoice", body: "Attached.", to: ["accounts@example.com"], attachments: [{ id: "1", name: "invoice.pdf", size: 1000, isInline: false }] });
    expect(plain.caseData).toBe(false);
    expect(plain.attachmentBytesNeeded).toBe(false);
  });

  it("never throws on arbitrary input", () => {
    const text = fc.string({ unit: "binary", maxLength: 300 });
    const recipient = fc.record({ name: text, address: text });
    fc.assert(
      fc.property(text, text, fc.array(recipient, { maxLength: 4 }), fc.array(recipient, { maxLength: 2 }), (subject, body, to, cc) => {
        const report = checkMessage({ subject, body, to, cc, bcc: [], attachments: [] }, CURRENT_AGREEMENT, { now: WEDNESDAY });
        expect(["block", "warn", "pass"]).toContain(report.verdict);
      }),
      { numRuns: 300 },
    );
  });
});

describe("checkMessage: the message's date tells a rota's dates from dates of birth", () => {
  const rota = {
    subject: "Duty cover over Christmas",
    body: "Hello,\n\nThe duty cover we agreed:\nTom Fletcher, 22/12/2026\nClaire Bennett, 29/12/2026\n\nThanks",
    to: [{ name: "", address: "bookings@riversidevenues.co.uk" }],
    cc: [],
    bcc: [],
    attachments: [],
  };

  it("names beside dates after the message's day are no case data: the rota goes to an outsider without a dialog", () => {
    const report = checkMessage(rota, CURRENT_AGREEMENT, { now: new Date("2026-11-25T10:00:00Z"), sender: "alex.morgan@justice.gov.uk" });
    expect(report.caseData).toBe(false);
    expect(report.verdict).toBe("pass");
  });

  it("the same lines read on a later day are dates of birth again (a name with a past date), and block", () => {
    const report = checkMessage(rota, CURRENT_AGREEMENT, { now: new Date("2027-02-01T10:00:00Z"), sender: "alex.morgan@justice.gov.uk" });
    expect(report.caseData).toBe(true);
    expect(report.verdict).toBe("block");
  });
});
