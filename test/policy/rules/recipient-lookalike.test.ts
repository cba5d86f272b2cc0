import { ALEX, byRule, check, checkRecipientsOnly, CLEAN, expectDeclaredFixes, ordinaryMail, ruleById } from "./helpers";

const rule = ruleById("recipient-lookalike");

const LOOKALIKES = { to: ["starting.point@derbyshlre.gov.uk"], cc: ["starting.point@gmail.com"] };

describe("recipient-lookalike", () => {
  describe("metadata", () => {
    it("is a blocking rule judged from the recipients", () => {
      expect(rule.scope).toBe("recipients");
      expect(rule.defaultSeverity).toBe("block");
    });

    it("offers only the fixes it declares", () => {
      expectDeclaredFixes(rule, [check(ordinaryMail(LOOKALIKES), ALEX)]);
    });

    it("gives the same findings on a recipients-only snapshot", () => {
      const spec = ordinaryMail(LOOKALIKES);
      const full = byRule(check(spec, ALEX), rule.id);
      expect(full).toHaveLength(2);
      expect(byRule(checkRecipientsOnly(spec, ALEX), rule.id)).toEqual(full);
    });
  });

  it("look-alike → block, with the address it probably meant as the fix", () => {
    const report = check({ ...CLEAN, to: ["starting.point@derbyshlre.gov.uk"] });
    const [finding] = byRule(report, "recipient-lookalike");
    expect(finding?.severity).toBe("block");
    expect(finding?.fix).toEqual(expect.objectContaining({ type: "replace-recipient", replacement: "starting.point@derbyshire.gov.uk" }));
    expect(report.verdict).toBe("block");
  });

  it("a named mailbox's local part at webmail is a look-alike of the mailbox, reported here and not as webmail", () => {
    const report = check({ ...CLEAN, to: ["starting.point@gmail.com"] });
    const [finding] = byRule(report, "recipient-lookalike");
    expect(finding).toEqual(
      expect.objectContaining({
        severity: "block",
        recipient: "starting.point@gmail.com",
        fix: { type: "replace-recipient", label: "Use starting.point@derbyshire.gov.uk", address: "starting.point@gmail.com", replacement: "starting.point@derbyshire.gov.uk" },
      }),
    );
    expect(byRule(report, "recipient-webmail")).toEqual([]);
    expect(byRule(report, "recipient-outside-agreement")).toEqual([]);
  });

  it("blocks whether or not the message holds case data", () => {
    const report = check(ordinaryMail({ to: ["starting.point@derbyshlre.gov.uk"] }), ALEX);
    expect(report.caseData).toBe(false);
    expect(byRule(report, "recipient-lookalike").map((f) => f.severity)).toEqual(["block"]);
  });

  it("says nothing for the real addresses", () => {
    expect(byRule(check({ ...CLEAN, cc: ["jane.doe@justice.gov.uk", "someone@example.org"] }), "recipient-lookalike")).toEqual([]);
  });
});
