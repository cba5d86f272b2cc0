import { ALEX, byRule, caseMail, check, CLEAN, expectDeclaredFixes, ordinaryMail, ORDINARY_NAMES, quotedCaseMail, ruleById, setAsideTexts } from "./helpers";

const rule = ruleById("body-secure-route");

const PD_BODY = "Please complete a Known Persons Check for Amelia Edwards (DOB 02/02/2020) of 30c Meadow Grove, Glossop.";

/** A partner mailbox, a partner practitioner, personal webmail and an unknown external address. */
const MIXED = { to: ["starting.point@derbyshire.gov.uk"], cc: ["jane.doe@justice.gov.uk", "sam.carer@gmail.com", "someone@example.org"] };

describe("body-secure-route", () => {
  describe("metadata", () => {
    it("is a blocking rule on the whole message", () => {
      expect(rule.scope).toBe("message");
      expect(rule.defaultSeverity).toBe("block");
    });

    it("offers only the fixes it declares", () => {
      expectDeclaredFixes(rule, [check(caseMail(MIXED), ALEX)]);
    });
  });

  it("a partner mailbox and a partner practitioner raise nothing", () => {
    const report = check({ ...CLEAN, body: PD_BODY, to: ["starting.point@derbyshire.gov.uk"], cc: ["jane.doe@justice.gov.uk"] });
    expect(report.caseData).toBe(true);
    expect(report.findings.filter((f) => f.field === "recipients" || f.rule === "body-secure-route")).toEqual([]);
  });

  it("blocks personal data in the body while any recipient is off the secure routes", () => {
    const report = check({ ...CLEAN, body: PD_BODY, cc: ["amelia.carer@gmail.com"] });
    const [finding] = byRule(report, "body-secure-route");
    expect(finding).toEqual(expect.objectContaining({ severity: "block", field: "body", recipient: "amelia.carer@gmail.com" }));
  });

  it("blocks special-category data too, and says nothing for a clean body", () => {
    const sensitive = check({ ...CLEAN, body: "He has a diagnosis of schizophrenia.", cc: ["someone@example.org"] });
    expect(byRule(sensitive, "body-secure-route")).toHaveLength(1);
    expect(byRule(check({ ...CLEAN, cc: ["someone@example.org"] }), "body-secure-route")).toEqual([]);
  });

  it("a look-alike of a partner is not a secure route", () => {
    expect(byRule(check({ ...CLEAN, body: PD_BODY, to: ["starting.point@derbyshire-gov.uk"] }), "body-secure-route")).toHaveLength(1);
  });

  it("says where each recipient's mail goes, in the words of recipients/describe.ts", () => {
    const messages = byRule(check(caseMail(MIXED), ALEX), "body-secure-route").map((f) => f.message);
    expect(messages[0]).toContain("is not on a secure route of the agreement (personal webmail (gmail.com))");
    expect(messages[1]).toContain("is not on a secure route of the agreement (an external address SafeShare does not know)");
    const lookalike = byRule(check({ ...CLEAN, body: PD_BODY, to: ["starting.point@derbyshire-gov.uk"] }), "body-secure-route");
    expect(lookalike[0]?.message).toContain("(a look-alike of derbyshire.gov.uk)");
  });

  describe("case data", () => {
    it("with case data: blocks once for each recipient off the secure routes, offering to remove that one", () => {
      const report = check(caseMail(MIXED), ALEX);
      expect(report.caseData).toBe(true);
      const findings = byRule(report, "body-secure-route");
      expect(findings.map((f) => [f.severity, f.field, f.recipient, f.fix])).toEqual([
        ["block", "body", "sam.carer@gmail.com", { type: "remove-recipient", label: "Remove sam.carer@gmail.com", address: "sam.carer@gmail.com" }],
        ["block", "body", "someone@example.org", { type: "remove-recipient", label: "Remove someone@example.org", address: "someone@example.org" }],
      ]);
      expect(findings[0]?.message).toMatch(/a name, a date of birth, an address and a postcode/);
      expect(report.verdict).toBe("block");
    });

    it("without case data (greeting, colleagues on a booking, the sender's signature, a quoted header): nothing", () => {
      const report = check(ordinaryMail(MIXED), ALEX);
      expect(report.caseData).toBe(false);
      expect(setAsideTexts(report)).toEqual(expect.arrayContaining(ORDINARY_NAMES));
      expect(byRule(report, "body-secure-route")).toEqual([]);
    });

    it("case data only in the quoted history: a forwarded case thread to gmail blocks", () => {
      const report = check(quotedCaseMail({ to: ["sam.carer@gmail.com"] }), ALEX);
      expect(report.caseData).toBe(true);
      const findings = byRule(report, "body-secure-route");
      expect(findings.map((f) => [f.severity, f.recipient])).toEqual([["block", "sam.carer@gmail.com"]]);
      expect(report.verdict).toBe("block");
    });

    it("the same forwarded case thread to a partner practitioner is on a secure route: nothing", () => {
      expect(byRule(check(quotedCaseMail({ to: ["jane.doe@justice.gov.uk"] }), ALEX), "body-secure-route")).toEqual([]);
    });
  });
});
