import { ALEX, byRule, caseMail, check, checkRecipientsOnly, CLEAN, expectDeclaredFixes, ordinaryMail, ruleById } from "./helpers";

const rule = ruleById("recipient-retired-format");

/** A GSi address with a known current form, and the CRC's retired GSE mailbox with none. */
const RETIRED = { to: ["starting.point@derbyshire.gov.uk"], cc: ["jane.doe@justice.gsi.gov.uk", "customerservices@rrp.gsegov.uk"] };

describe("recipient-retired-format", () => {
  describe("metadata", () => {
    it("is a warning judged from the recipients", () => {
      expect(rule.scope).toBe("recipients");
      expect(rule.defaultSeverity).toBe("warn");
    });

    it("offers only the fixes it declares", () => {
      expectDeclaredFixes(rule, [check(ordinaryMail(RETIRED), ALEX)]);
    });

    it("gives the same findings on a recipients-only snapshot", () => {
      const spec = ordinaryMail(RETIRED);
      const full = byRule(check(spec, ALEX), rule.id);
      expect(full).toHaveLength(2);
      expect(byRule(checkRecipientsOnly(spec, ALEX), rule.id)).toEqual(full);
    });
  });

  it("retired secure format → warn, offering the current address", () => {
    const [finding] = byRule(check({ ...CLEAN, cc: ["jane.doe@justice.gsi.gov.uk"] }), "recipient-retired-format");
    expect(finding?.severity).toBe("warn");
    expect(finding?.fix).toEqual(expect.objectContaining({ type: "replace-recipient", replacement: "jane.doe@justice.gov.uk" }));
  });

  it("offers no fix when no current address is known, and says none", () => {
    const [finding] = byRule(check({ ...CLEAN, cc: ["customerservices@rrp.gsegov.uk"] }), "recipient-retired-format");
    expect(finding?.severity).toBe("warn");
    expect(finding?.fix).toBeUndefined();
    expect(finding?.message).not.toMatch(/Use .* instead/);
  });

  it("warns the same with or without case data (the body rule blocks the case data itself)", () => {
    const withCase = check(caseMail({ cc: ["jane.doe@justice.gsi.gov.uk"] }), ALEX);
    expect(withCase.caseData).toBe(true);
    expect(byRule(withCase, rule.id).map((f) => f.severity)).toEqual(["warn"]);
    expect(byRule(withCase, "body-secure-route").map((f) => f.recipient)).toEqual(["jane.doe@justice.gsi.gov.uk"]);
    expect(byRule(check(ordinaryMail({ cc: ["jane.doe@justice.gsi.gov.uk"] }), ALEX), rule.id).map((f) => f.severity)).toEqual(["warn"]);
  });

  it("says nothing for current addresses", () => {
    expect(byRule(check({ ...CLEAN, cc: ["jane.doe@justice.gov.uk", "someone@example.org"] }), rule.id)).toEqual([]);
  });
});
