import { checkMessage } from "../../../src/policy/check";
import { VERDICT_RULES } from "../../../src/policy/rules";
import type { Snapshot } from "../../../src/policy/snapshot";
import { ALEX, byRule, caseMail, CURRENT_AGREEMENT, expectDeclaredFixes, ordinaryMail, ruleById, snapshot, WEDNESDAY } from "./helpers";

const rule = ruleById("sensitivity-label-unmapped");
const PARTNER = { to: ["starting.point@derbyshire.gov.uk"] };
const UNMAPPED = [
  { id: "a", name: "Public" },
  { id: "b", name: "OFFICIAL" },
];

function check(base: Snapshot, extra: Partial<Snapshot>) {
  return checkMessage({ ...base, ...extra }, CURRENT_AGREEMENT, { now: WEDNESDAY, ...ALEX });
}

describe("sensitivity-label-unmapped", () => {
  it("is a note: the pane says it, Send never runs it", () => {
    expect(rule.scope).toBe("note");
    expect(rule.defaultSeverity).toBe("info");
    expect(VERDICT_RULES).not.toContain(rule);
  });

  it("says why no label is offered when the catalogue has labels but none is mapped", () => {
    const report = check(snapshot(caseMail(PARTNER)), { labelCatalog: UNMAPPED });
    expect(byRule(report, rule.id).map((f) => [f.severity, f.message])).toEqual([
      ["info", "None of your organisation's sensitivity labels counts as OFFICIAL-SENSITIVE for SafeShare, so mark the subject instead. If one should count, ask your IT team to add it to SafeShare's label mapping."],
    ]);
    expect(report.verdict).toBe("warn"); // the marking warning, unchanged
    expectDeclaredFixes(rule, [report]);
  });

  it("says nothing when the catalogue is empty or was not read", () => {
    expect(byRule(check(snapshot(caseMail(PARTNER)), { labelCatalog: [] }), rule.id)).toEqual([]);
    expect(byRule(check(snapshot(caseMail(PARTNER)), {}), rule.id)).toEqual([]);
  });

  it("says nothing when the catalogue has a mapped label, the message is marked, or holds no case data", () => {
    expect(byRule(check(snapshot(caseMail(PARTNER)), { labelCatalog: UNMAPPED.concat({ id: "c", name: "OFFICIAL-SENSITIVE" }) }), rule.id)).toEqual([]);
    expect(byRule(check(snapshot(caseMail(PARTNER, "OFFICIAL-SENSITIVE: Ref X123456")), { labelCatalog: UNMAPPED }), rule.id)).toEqual([]);
    expect(byRule(check(snapshot(ordinaryMail(PARTNER)), { labelCatalog: UNMAPPED }), rule.id)).toEqual([]);
  });
});
