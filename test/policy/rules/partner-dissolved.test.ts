import { ALEX, byRule, check, checkRecipientsOnly, CLEAN, expectDeclaredFixes, ordinaryMail, ruleById } from "./helpers";

const rule = ruleById("partner-dissolved");

/** The dissolved CRC's mailbox and an individual at its retired domain. */
const CRC = { to: ["customerservices@rrpgov.uk"], cc: ["jane.doe@rrpgov.uk"] };

describe("partner-dissolved", () => {
  describe("metadata", () => {
    it("is a warning judged from the recipients", () => {
      expect(rule.scope).toBe("recipients");
      expect(rule.defaultSeverity).toBe("warn");
    });

    it("declares no fix and offers none", () => {
      expect(rule.fixes).toEqual([]);
      expectDeclaredFixes(rule, [check(ordinaryMail(CRC), ALEX)]);
    });

    it("gives the same findings on a recipients-only snapshot", () => {
      const spec = ordinaryMail(CRC);
      const full = byRule(check(spec, ALEX), rule.id);
      expect(full).toHaveLength(2);
      expect(byRule(checkRecipientsOnly(spec, ALEX), rule.id)).toEqual(full);
    });
  });

  it("the dissolved CRC → warn, naming where its work went", () => {
    const [finding] = byRule(check({ ...CLEAN, to: ["customerservices@rrpgov.uk"] }), "partner-dissolved");
    expect(finding?.severity).toBe("warn");
    expect(finding?.message).toMatch(/dissolved on 2021-06-26/);
    expect(finding?.message).toMatch(/moved to/);
  });

  it("names the partner that took the work over", () => {
    const [finding] = byRule(check({ ...CLEAN, to: ["customerservices@rrpgov.uk"] }), "partner-dissolved");
    expect(finding?.message).toContain("Its work moved to National Probation Service (NPS)");
  });

  it("says nothing for active partners or outsiders", () => {
    expect(byRule(check({ ...CLEAN, cc: ["jane.doe@justice.gov.uk", "cpsafeguarding@derby.gov.uk", "someone@example.org"] }), rule.id)).toEqual([]);
  });
});
