import { ALEX, byRule, check, checkRecipientsOnly, CLEAN, expectDeclaredFixes, ordinaryMail, ruleById } from "./helpers";

const rule = ruleById("recipient-invalid");

describe("recipient-invalid", () => {
  describe("metadata", () => {
    it("is a blocking rule judged from the recipients", () => {
      expect(rule.scope).toBe("recipients");
      expect(rule.defaultSeverity).toBe("block");
    });

    it("offers only the fixes it declares", () => {
      expectDeclaredFixes(rule, [check(ordinaryMail({ cc: ["not-an-address"] }), ALEX)]);
    });

    it("gives the same findings on a recipients-only snapshot", () => {
      const spec = ordinaryMail({ to: ["starting.point@derbyshire.gov.uk"], cc: ["not-an-address", "two@@example.org"] });
      const full = byRule(check(spec, ALEX), rule.id);
      expect(full).toHaveLength(2);
      expect(byRule(checkRecipientsOnly(spec, ALEX), rule.id)).toEqual(full);
    });
  });

  it("an invalid address → block", () => {
    expect(byRule(check({ ...CLEAN, cc: ["not-an-address"] }), "recipient-invalid")[0]?.severity).toBe("block");
  });

  it("says why, and offers to remove it", () => {
    const [finding] = byRule(check({ ...CLEAN, cc: ["not-an-address"] }), "recipient-invalid");
    expect(finding?.message).toMatch(/^“not-an-address” is not a valid e-mail address: \S/);
    expect(finding?.fix).toEqual({ type: "remove-recipient", label: "Remove not-an-address", address: "not-an-address" });
    expect(finding?.recipient).toBe("not-an-address");
  });

  it("says nothing for valid addresses, wherever they go", () => {
    expect(byRule(check({ ...CLEAN, cc: ["jane.doe@justice.gov.uk", "someone@example.org", "carer@gmail.com"] }), "recipient-invalid")).toEqual([]);
  });
});
