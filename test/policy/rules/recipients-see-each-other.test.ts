import { deployedAgreements } from "../../../src/policy/agreement";
import { checkMessage } from "../../../src/policy/check";
import { byRule, expectDeclaredFixes, ruleById, snapshot, WEDNESDAY, type MessageSpec } from "./helpers";

const rule = ruleById("recipients-see-each-other");

const SIGNED = "\n\nThanks\n\nKerry Ashdown\nProgrammes Facilitator (PSO)\nDerby PDU, The Probation Service\nTel: 01632 960552";
const GROUP = `Hi all,\n\nThis week's session is moving from Thursday to Wednesday, 6pm to 8:30pm, Room 3 at St Peter's House.\n\nAttending the programme is a requirement of your order, so if you can't make Wednesday you need to ring me before the session starts.${SIGNED}`;
const ORDINARY = `Hi all,\n\nThe walk on Sunday starts at 10 from the car park; bring a packed lunch.${SIGNED}`;
const MEMBERS = ["jhulme1994@gmail.com", "s.prentice77@hotmail.co.uk", "danny.keogh@icloud.com"];

function check(spec: MessageSpec) {
  return checkMessage(snapshot({ subject: "Group session moved to Wednesday", ...spec }), deployedAgreements, { now: WEDNESDAY, sender: "kerry.ashdown@justice.gov.uk" });
}

describe("recipients-see-each-other", () => {
  it("metadata: blocks the whole message, with one fix that moves the addresses to Bcc", () => {
    expect([rule.scope, rule.defaultSeverity, rule.needsAgreement]).toEqual(["message", "block", false]);
    expectDeclaredFixes(rule, [check({ body: GROUP, to: MEMBERS })]);
  });

  it("a group told of their own orders, their personal addresses together in To: blocked, naming them, with Move to Bcc", () => {
    const report = check({ body: GROUP, to: MEMBERS.slice(0, 2), cc: MEMBERS.slice(2) });
    const found = byRule(report, rule.id);
    expect(found.map((f) => [f.severity, f.field, f.fix])).toEqual([["block", "recipients", { type: "move-to-bcc", label: "Move them to Bcc", addresses: MEMBERS }]]);
    expect(found[0]?.message).toMatch(/^3 personal e-mail addresses \(jhulme1994@gmail\.com, .*\) are together in To and Cc/);
    expect(report.verdict).toBe("block");
  });

  it("'those of you on licence' and 'your children's child protection plans' tell the readers of their case too", () => {
    const licence = GROUP.replace("Attending the programme is a requirement of your order", "For those of you on licence, this counts as a reporting appointment");
    const plans = GROUP.replace("Attending the programme is a requirement of your order", "As the group is part of your children's child protection plans, please tell me");
    expect(byRule(check({ body: licence, to: MEMBERS }), rule.id)).toHaveLength(1);
    expect(byRule(check({ body: plans, to: MEMBERS }), rule.id)).toHaveLength(1);
  });

  it("without it: the same people in Bcc, one personal address, ordinary news, or the words only in a quoted message", () => {
    expect(byRule(check({ body: GROUP, to: ["kerry.ashdown@justice.gov.uk"], bcc: MEMBERS }), rule.id)).toEqual([]);
    expect(byRule(check({ body: GROUP, to: MEMBERS.slice(0, 1), cc: ["officer@justice.gov.uk"] }), rule.id)).toEqual([]);
    const walk = check({ body: ORDINARY, to: MEMBERS });
    expect([byRule(walk, rule.id), walk.verdict]).toEqual([[], "pass"]);
    const quoted = `Hi all,\n\nSee below.${SIGNED}\n\n-----Original Message-----\nFrom: Probation <kerry.ashdown@justice.gov.uk>\nSent: 17 November 2026 09:12\nSubject: Group\n\nAttending the programme is a requirement of your order.`;
    expect(byRule(check({ body: quoted, to: MEMBERS }), rule.id)).toEqual([]);
  });
});
