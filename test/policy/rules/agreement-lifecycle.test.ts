import { derbyshireAgreement } from "../../../src/policy/agreement";
import { byRule, check, CLEAN, CURRENT_AGREEMENT, expectDeclaredFixes, ruleById } from "./helpers";

const rule = ruleById("agreement-lifecycle");

describe("agreement-lifecycle", () => {
  describe("metadata", () => {
    it("is a warning on the whole message (it needs the date)", () => {
      expect(rule.scope).toBe("message");
      expect(rule.defaultSeverity).toBe("warn");
    });

    it("declares no fix and offers none", () => {
      expect(rule.fixes).toEqual([]);
      expectDeclaredFixes(rule, [check({ ...CLEAN }, {}, derbyshireAgreement), check({ ...CLEAN }, {}, { ...CURRENT_AGREEMENT, expiryDate: "2025-12-31" })]);
    });
  });

  it("notes (information, not a warning) when the agreement is past its review date", () => {
    const [finding] = byRule(check({ ...CLEAN }, {}, derbyshireAgreement), "agreement-lifecycle");
    expect(finding?.severity).toBe("info");
    expect(finding?.message).toMatch(/due for review on 26 June 2021/);
  });

  it("warns when it has expired, and says nothing when current", () => {
    const expired = { ...CURRENT_AGREEMENT, expiryDate: "2025-12-31" };
    expect(byRule(check({ ...CLEAN }, {}, expired), "agreement-lifecycle")[0]?.message).toMatch(/expired on 31 December 2025/);
    expect(byRule(check({ ...CLEAN }), "agreement-lifecycle")).toEqual([]);
  });

  it("expiry is a warning and replaces the review note", () => {
    const findings = byRule(check({ ...CLEAN }, {}, { ...derbyshireAgreement, expiryDate: "2025-12-31" }), rule.id);
    expect(findings.map((f) => [f.id, f.severity, f.field])).toEqual([["agreement-lifecycle:expired", "warn", "agreement"]]);
  });

  it("judges the dates by the London day: the expiry day itself is still in force", () => {
    const expiring = { ...CURRENT_AGREEMENT, expiryDate: "2026-11-25" };
    expect(byRule(check({ ...CLEAN }, {}, expiring), rule.id)).toEqual([]);
    // 00:30 on 26 November in London (GMT): the day after expiry.
    expect(byRule(check({ ...CLEAN }, { now: new Date("2026-11-26T00:30:00Z") }, expiring), rule.id).map((f) => f.severity)).toEqual(["warn"]);
    // 23:30 UTC on 25 June 2026 is already 26 June in London (BST).
    const reviewed = { ...CURRENT_AGREEMENT, reviewDate: "2026-06-25" };
    expect(byRule(check({ ...CLEAN }, { now: new Date("2026-06-25T22:30:00Z") }, reviewed), rule.id)).toEqual([]);
    expect(byRule(check({ ...CLEAN }, { now: new Date("2026-06-25T23:30:00Z") }, reviewed), rule.id).map((f) => f.severity)).toEqual(["info"]);
  });
});
