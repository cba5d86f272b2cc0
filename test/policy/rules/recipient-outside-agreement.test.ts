import {
  ALEX,
  byRule,
  caseMail,
  check,
  CLEAN,
  ordinaryMail,
  ORDINARY_NAMES,
  quotedCaseMail,
  describeCaseDataRecipientRule,
  ruleById,
  setAsideTexts,
} from "./helpers";

const rule = ruleById("recipient-outside-agreement");

const PD_BODY = "Please complete a Known Persons Check for Amelia Edwards (DOB 02/02/2020) of 30c Meadow Grove, Glossop.";

/** Public sector not a party, an unknown external address, beside a partner and webmail. */
const MIXED = { to: ["starting.point@derbyshire.gov.uk"], cc: ["duty.team@nottinghamshire.gov.uk", "someone@example.org", "sam.carer@gmail.com"] };

describe("recipient-outside-agreement", () => {
  describeCaseDataRecipientRule(rule, MIXED);

  it("public sector not a party, and unknown external → block with case data, a note without", () => {
    for (const address of ["duty.team@nottinghamshire.gov.uk", "someone@example.org"]) {
      expect(byRule(check({ ...CLEAN, body: PD_BODY, cc: [address] }), "recipient-outside-agreement")[0]?.severity).toBe("block");
      expect(byRule(check({ ...CLEAN, subject: "Training dates", cc: [address] }), "recipient-outside-agreement")[0]?.severity).toBe("info");
      // Marked by its writer, though no case data is found: a second look (a warning), not a block.
      const [marked] = byRule(check({ ...CLEAN, cc: [address] }), "recipient-outside-agreement");
      expect([marked?.severity, marked?.message]).toEqual(["warn", expect.stringContaining("is marked OFFICIAL-SENSITIVE")]);
    }
    expect(byRule(check({ ...CLEAN, cc: ["jane.doe@justice.gov.uk"] }), "recipient-outside-agreement")).toEqual([]);
  });

  describe("case data", () => {
    it("with case data: blocks each outsider, saying which kind, and offers to remove it", () => {
      const report = check(caseMail(MIXED), ALEX);
      expect(report.caseData).toBe(true);
      const findings = byRule(report, rule.id);
      expect(findings.map((f) => [f.severity, f.recipient, f.fix])).toEqual([
        ["block", "duty.team@nottinghamshire.gov.uk", { type: "remove-recipient", label: "Remove duty.team@nottinghamshire.gov.uk", address: "duty.team@nottinghamshire.gov.uk" }],
        ["block", "someone@example.org", { type: "remove-recipient", label: "Remove someone@example.org", address: "someone@example.org" }],
      ]);
      expect(findings[0]?.message).toMatch(/public sector but not a party/);
      expect(findings[1]?.message).toMatch(/external address SafeShare does not know/);
      expect(findings[0]?.message).toMatch(/holds case data/);
    });

    it("without case data (greeting, colleagues on a booking, the sender's signature, a quoted header): a note only", () => {
      const report = check(ordinaryMail(MIXED), ALEX);
      expect(report.caseData).toBe(false);
      expect(setAsideTexts(report)).toEqual(expect.arrayContaining(ORDINARY_NAMES));
      expect(byRule(report, rule.id).map((f) => [f.severity, f.recipient])).toEqual([
        ["info", "duty.team@nottinghamshire.gov.uk"],
        ["info", "someone@example.org"],
      ]);
      expect(byRule(report, rule.id)[0]?.message).toMatch(/holds no case data/);
      expect(report.verdict).toBe("pass");
    });

    it("case data only in the quoted history: blocks", () => {
      const report = check(quotedCaseMail({ to: ["someone@example.org"] }), ALEX);
      expect(report.caseData).toBe(true);
      expect(byRule(report, rule.id).map((f) => f.severity)).toEqual(["block"]);
    });
  });

  it("leaves partners, webmail and look-alikes to their own rules", () => {
    const report = check(caseMail({ to: ["starting.point@derbyshire.gov.uk", "jane.doe@justice.gov.uk", "sam.carer@gmail.com", "starting.point@derbyshlre.gov.uk"] }), ALEX);
    expect(byRule(report, rule.id)).toEqual([]);
    expect(byRule(report, "recipient-lookalike")).toHaveLength(1);
  });
});
