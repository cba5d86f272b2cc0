import type { Agreement } from "../../../src/policy/agreement/types";
import { byRule, check, CLEAN, CURRENT_AGREEMENT, expectDeclaredFixes, ruleById } from "./helpers";

const rule = ruleById("mailbox-schedule");

const BUXTON = "midlandsnps.derbyshirewest@justice.gov.uk";
const CHESTERFIELD = "midlandsnps.derbyshirenorth@justice.gov.uk";
/** Monday 23 November 2026, 09:00 in London. */
const MONDAY = new Date("2026-11-23T09:00:00Z");

/** The agreement with Chesterfield named as Buxton's alternative (the shipped one names none). */
const WITH_ALTERNATIVE: Agreement = {
  ...CURRENT_AGREEMENT,
  partners: CURRENT_AGREEMENT.partners.map((p) => ({
    ...p,
    mailboxes: p.mailboxes.map((m) => (m.address === BUXTON ? { ...m, alternative: CHESTERFIELD } : m)),
  })),
};

describe("mailbox-schedule", () => {
  describe("metadata", () => {
    it("is a warning on the whole message: the day of sending matters, not only the recipients", () => {
      expect(rule.scope).toBe("message");
      expect(rule.defaultSeverity).toBe("warn");
      // The same recipients, judged on two days, differ.
      expect(byRule(check({ ...CLEAN, to: [BUXTON] }, { now: MONDAY }), rule.id)).toHaveLength(1);
      expect(byRule(check({ ...CLEAN, to: [BUXTON] }), rule.id)).toEqual([]);
    });

    it("offers only the fixes it declares", () => {
      expectDeclaredFixes(rule, [check({ ...CLEAN, to: [BUXTON] }, { now: MONDAY }, WITH_ALTERNATIVE)]);
    });
  });

  describe("Buxton SPOC is monitored Tuesday to Thursday only", () => {
    // 23–29 November 2026 is Monday to Sunday; 09:00 UTC is 09:00 in London in November.
    const days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    it.each(days.map((day, i) => [day, i + 23] as const))("on %s", (day, date) => {
      const report = check({ ...CLEAN, to: [BUXTON] }, { now: new Date(`2026-11-${date}T09:00:00Z`) });
      const findings = byRule(report, "mailbox-schedule");
      if (day === "Tuesday" || day === "Wednesday" || day === "Thursday") {
        expect(findings).toEqual([]);
      } else {
        expect(findings).toHaveLength(1);
        expect(findings[0]?.severity).toBe("warn");
        expect(findings[0]?.message).toContain(`not on ${day}s`);
        expect(findings[0]?.message).toContain("next be read on Tuesday");
      }
    });

    it("uses the London day, not UTC: 23:30 UTC on a summer Monday is already Tuesday", () => {
      expect(byRule(check({ ...CLEAN, to: [BUXTON] }, { now: new Date("2026-06-15T23:30:00Z") }), "mailbox-schedule")).toEqual([]);
      expect(byRule(check({ ...CLEAN, to: [BUXTON] }, { now: new Date("2026-06-15T22:30:00Z") }), "mailbox-schedule")).toHaveLength(1);
    });
  });

  it("with no alternative mailbox in the agreement: no fix, and the advice is to telephone", () => {
    const [finding] = byRule(check({ ...CLEAN, to: [BUXTON] }, { now: MONDAY }), rule.id);
    expect(finding?.fix).toBeUndefined();
    expect(finding?.message).toContain("For anything urgent, telephone the team.");
  });

  it("with an alternative mailbox: offers to send there instead", () => {
    const [finding] = byRule(check({ ...CLEAN, to: [BUXTON] }, { now: MONDAY }, WITH_ALTERNATIVE), rule.id);
    expect(finding?.fix).toEqual({ type: "replace-recipient", label: `Use ${CHESTERFIELD}`, address: BUXTON, replacement: CHESTERFIELD });
    expect(finding?.message).toContain(`For anything sooner, use ${CHESTERFIELD}.`);
  });

  describe("with the exchange's timescale in working days", () => {
    const reply = { exchange: "kpc-probation-to-childrens", sender: "sw@derbyshire.gov.uk" };

    it("says the timescale can still be met when the mailbox is read soon enough", () => {
      const [finding] = byRule(check({ ...CLEAN, to: [BUXTON] }, { ...reply, now: MONDAY }), rule.id);
      expect(finding?.message).toMatch(/The timescale of the Known Persons Check \(probation initiated\) \(two working days\) can still be met: 1 working day will be left when it is read\./);
    });

    it("says it cannot be met when the next reading day is too far off (a Friday, read next on Tuesday)", () => {
      const [finding] = byRule(check({ ...CLEAN, to: [BUXTON] }, { ...reply, now: new Date("2026-11-27T09:00:00Z") }), rule.id);
      expect(finding?.message).toMatch(/\(two working days\) cannot be met through this mailbox\./);
    });

    it("says nothing of timescales when the exchange sets none in working days, or is unknown", () => {
      const [unknown] = byRule(check({ ...CLEAN, to: [BUXTON] }, { now: MONDAY }), rule.id);
      expect(unknown?.message).not.toMatch(/timescale/);
      const [none] = byRule(check({ ...CLEAN, to: [BUXTON] }, { exchange: "child-protection-conferences", sender: "sw@derbyshire.gov.uk", now: MONDAY }), rule.id);
      expect(none?.message).not.toMatch(/timescale/);
    });
  });

  it("says nothing for mailboxes read every working day, or for individuals", () => {
    expect(byRule(check({ ...CLEAN, to: [CHESTERFIELD, "jane.doe@justice.gov.uk"] }, { now: MONDAY }), rule.id)).toEqual([]);
  });
});
