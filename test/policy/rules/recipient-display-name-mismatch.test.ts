import { ALEX, byRule, check, checkRecipientsOnly, CLEAN, expectDeclaredFixes, ordinaryMail, ruleById } from "./helpers";

const rule = ruleById("recipient-display-name-mismatch");

const DISGUISED = { to: [{ name: "starting.point@derbyshire.gov.uk", address: "someone@example.com" }] };

describe("recipient-display-name-mismatch", () => {
  describe("metadata", () => {
    it("is a blocking rule judged from the recipients", () => {
      expect(rule.scope).toBe("recipients");
      expect(rule.defaultSeverity).toBe("block");
    });

    it("offers only the fixes it declares", () => {
      expectDeclaredFixes(rule, [check(ordinaryMail(DISGUISED), ALEX)]);
    });

    it("gives the same findings on a recipients-only snapshot", () => {
      const spec = ordinaryMail(DISGUISED);
      const full = byRule(check(spec, ALEX), rule.id);
      expect(full).toHaveLength(1);
      expect(byRule(checkRecipientsOnly(spec, ALEX), rule.id)).toEqual(full);
    });
  });

  it("display name showing another address → block", () => {
    const report = check({ ...CLEAN, to: [{ name: "starting.point@derbyshire.gov.uk", address: "someone@example.com" }] });
    expect(byRule(report, "recipient-display-name-mismatch")[0]?.severity).toBe("block");
  });

  it("names both addresses and offers to remove the one the mail would really go to", () => {
    const [finding] = byRule(check({ ...CLEAN, ...DISGUISED }), "recipient-display-name-mismatch");
    expect(finding?.message).toContain("starting.point@derbyshire.gov.uk");
    expect(finding?.message).toContain("someone@example.com");
    expect(finding?.fix).toEqual({ type: "remove-recipient", label: "Remove someone@example.com", address: "someone@example.com" });
  });

  it("says nothing for a display name that is a name, or the same address", () => {
    const report = check({
      ...CLEAN,
      to: [
        { name: "Starting Point", address: "starting.point@derbyshire.gov.uk" },
        { name: "starting.point@derbyshire.gov.uk", address: "starting.point@derbyshire.gov.uk" },
      ],
    });
    expect(byRule(report, "recipient-display-name-mismatch")).toEqual([]);
  });
});
