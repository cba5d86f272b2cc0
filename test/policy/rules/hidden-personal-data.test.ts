import { ALEX, byRule, CASE_BODY, CASE_SENTENCE, check, CLEAN, expectDeclaredFixes, ORDINARY_BODY, ordinaryMail, ruleById } from "./helpers";

const rule = ruleById("hidden-personal-data");

const MIXED = { to: ["starting.point@derbyshire.gov.uk"], cc: ["sam.carer@gmail.com", "someone@example.org"] };

describe("hidden-personal-data", () => {
  describe("metadata", () => {
    it("is a blocking rule on the whole message", () => {
      expect(rule.scope).toBe("message");
      expect(rule.defaultSeverity).toBe("block");
    });

    it("offers only the fixes it declares", () => {
      expectDeclaredFixes(rule, [check({ ...ordinaryMail(MIXED), hiddenText: CASE_SENTENCE }, ALEX)]);
    });
  });

  describe("case data", () => {
    it("with case data in the hidden text: a warning to delete it, and a block for each recipient off the secure routes", () => {
      const report = check({ ...ordinaryMail(MIXED), hiddenText: `old draft: ${CASE_SENTENCE}` }, ALEX);
      expect(report.caseData).toBe(true);
      const findings = byRule(report, "hidden-personal-data");
      expect(findings.map((f) => [f.severity, f.field, f.recipient, f.fix?.type])).toEqual([
        ["block", "body", "sam.carer@gmail.com", "remove-recipient"],
        ["block", "body", "someone@example.org", "remove-recipient"],
        ["warn", "body", undefined, undefined],
      ]);
      const hidden = findings.find((f) => f.id === "hidden-personal-data:hidden-text");
      expect(hidden?.message).toMatch(/hidden text/);
      expect(hidden?.message).toContain("“John Smith”");
      expect(report.verdict).toBe("block");
    });

    it("hidden case data with every recipient on a secure route: only the warning to delete it", () => {
      const report = check({ ...CLEAN, hiddenText: CASE_SENTENCE });
      expect(byRule(report, "hidden-personal-data").map((f) => [f.id, f.severity])).toEqual([["hidden-personal-data:hidden-text", "warn"]]);
      expect(report.verdict).toBe("warn");
    });

    it("a bare identifier hidden alone is someone's, never the writer's own affairs", () => {
      // Visible, "NHS 943 476 5919" with nothing else could be the writer's own; hidden, it is not read as theirs.
      const report = check({ ...CLEAN, hiddenText: "NHS 943 476 5919" }, ALEX);
      expect(byRule(report, "hidden-personal-data").map((f) => [f.id, f.severity])).toEqual([["hidden-personal-data:hidden-text", "warn"]]);
    });

    it("without case data in the hidden text (ordinary mail's names and contact details): nothing", () => {
      const report = check({ ...ordinaryMail(MIXED), hiddenText: ORDINARY_BODY }, ALEX);
      expect(report.caseData).toBe(false);
      expect(byRule(report, "hidden-personal-data")).toEqual([]);
    });

    it("case data in the visible body only is not this rule's", () => {
      const report = check({ ...ordinaryMail(MIXED), body: CASE_BODY }, ALEX);
      expect(report.caseData).toBe(true);
      expect(byRule(report, "hidden-personal-data")).toEqual([]);
    });
  });
});
