import type { Snapshot } from "../../../src/policy/snapshot";
import { checkMessage } from "../../../src/policy/check";
import { RECIPIENT_RULES, VERDICT_RULES } from "../../../src/policy/rules";
import { answeredPeople, composeTypeOf, wasOnAnswered } from "../../../src/policy/reply/answered";
import { messageAnatomy } from "../../../src/policy/anatomy";
import { ALEX, byRule, CASE_SENTENCE, CURRENT_AGREEMENT, expectDeclaredFixes, ruleById, SIGNATURE, snapshot, WEDNESDAY, type MessageSpec } from "./helpers";

const rule = ruleById("recipient-added-to-reply");

/** The message being answered: Gareth Lloyd wrote to Alex, copying Starting Point. */
const QUOTED =
  "-----Original Message-----\nFrom: Lloyd, Gareth <gareth.lloyd@justice.gov.uk>\nSent: 24 November 2026 09:12\nTo: Morgan, Alex <alex.morgan@justice.gov.uk>\nCc: Starting Point <starting.point@derbyshire.gov.uk>\nSubject: Ref X123456\n\nCan you send the KPC?";

const CASE_REPLY = `Hi Gareth,\n\n${CASE_SENTENCE}\n\n${SIGNATURE}\n\n${QUOTED}`;
const ORDINARY_REPLY = `Hi Gareth,\n\nThursday at 10 suits me.\n\n${SIGNATURE}\n\n${QUOTED}`;

function reply(spec: MessageSpec, composeType: Snapshot["composeType"] | null = "reply", extra: Partial<Snapshot> = {}) {
  const snap: Snapshot = { ...snapshot(spec), ...extra };
  if (composeType) snap.composeType = composeType;
  return checkMessage(snap, CURRENT_AGREEMENT, { now: WEDNESDAY, ...ALEX });
}

const ANSWERED = ["gareth.lloyd@justice.gov.uk", "starting.point@derbyshire.gov.uk"];

describe("recipient-added-to-reply", () => {
  it("metadata: a warning about the whole message (it needs the body's case data and quoted header)", () => {
    expect(rule.scope).toBe("message");
    expect(rule.defaultSeverity).toBe("warn");
    expectDeclaredFixes(rule, [reply({ body: CASE_REPLY, to: ANSWERED, cc: ["someone@example.org"] })]);
  });

  it("case data + a recipient added off the routes: a warning naming them, with Remove", () => {
    const report = reply({ body: CASE_REPLY, to: ANSWERED, cc: ["colleague@nottinghamshire.gov.uk"] });
    const found = byRule(report, rule.id);
    expect(found.map((f) => [f.severity, f.recipient, f.fix?.type])).toEqual([["warn", "colleague@nottinghamshire.gov.uk", "remove-recipient"]]);
    expect(found[0]?.message).toMatch(/was not on the message you are replying to/);
    expect(report.reply?.added.map((r) => r.recipient.address)).toEqual(["colleague@nottinghamshire.gov.uk"]);
  });

  it("a forward says forwarding", () => {
    const found = byRule(reply({ body: CASE_REPLY, to: ["colleague@nottinghamshire.gov.uk"] }, "forward"), rule.id);
    expect(found[0]?.message).toMatch(/the message you are forwarding/);
  });

  it("everyone was on the answered message: nothing added, no finding", () => {
    const report = reply({ body: CASE_REPLY, to: ANSWERED });
    expect(report.reply).toEqual({ composeType: "reply", added: [] });
    expect(byRule(report, rule.id)).toEqual([]);
  });

  it("an added recipient on a secure route (a partner mailbox) is named as added but is no finding", () => {
    const report = reply({ body: CASE_REPLY, to: ["gareth.lloyd@justice.gov.uk"], cc: ["midlandsnps.derbyshirewest@justice.gov.uk"] });
    expect(report.reply?.added.map((r) => r.recipient.address)).toEqual(["midlandsnps.derbyshirewest@justice.gov.uk"]);
    expect(byRule(report, rule.id)).toEqual([]);
  });

  it("no case data: added recipients are named, never a finding", () => {
    const report = reply({ body: ORDINARY_REPLY, to: ANSWERED, cc: ["someone@example.org"] });
    expect(report.caseData).toBe(false);
    expect(report.reply?.added.map((r) => r.recipient.address)).toEqual(["someone@example.org"]);
    expect(byRule(report, rule.id)).toEqual([]);
  });

  it("new mail, or a compose type the client did not report: as before (no reply, no finding)", () => {
    for (const type of ["newMail", null] as const) {
      const report = reply({ body: CASE_REPLY, to: ANSWERED, cc: ["someone@example.org"] }, type);
      expect(report.reply).toBeUndefined();
      expect(byRule(report, rule.id)).toEqual([]);
    }
  });

  it("a reply whose quoted header was deleted: nothing to compare, so nothing is said", () => {
    const report = reply({ body: `Hi,\n\n${CASE_SENTENCE}\n\n${SIGNATURE}`, to: ["someone@example.org"] });
    expect(report.reply).toBeUndefined();
    expect(byRule(report, rule.id)).toEqual([]);
  });

  it("the sender's own address is never counted as added", () => {
    const report = reply({ body: CASE_REPLY, to: ANSWERED, bcc: ["alex.morgan@justice.gov.uk"] });
    expect(report.reply?.added).toEqual([]);
  });

  it("answered people given by the caller are used instead of the body's header", () => {
    const report = reply({ body: CASE_REPLY, to: ["someone@example.org"] }, "reply", { answeredPeople: [{ name: "", address: "someone@example.org" }] });
    expect(report.reply?.added).toEqual([]);
  });

  it("sits beside the other rules' findings about the same recipient (it says why they are new)", () => {
    const report = reply({ body: CASE_REPLY, to: ANSWERED, cc: ["colleague@nottinghamshire.gov.uk"] });
    expect(report.findings.filter((f) => f.recipient === "colleague@nottinghamshire.gov.uk").map((f) => f.rule)).toEqual(expect.arrayContaining(["recipient-added-to-reply", "recipient-outside-agreement"]));
  });

  it("runs at Send (a verdict rule), so the Send dialog and the pane agree", () => {
    expect(VERDICT_RULES).toContain(rule);
    expect(RECIPIENT_RULES).not.toContain(rule);
  });
});

describe("the answered message's people", () => {
  it("are the From/To/Cc of the first quoted header, not older ones", () => {
    const body = `Reply\n\n${QUOTED}\n\n-----Original Message-----\nFrom: Old Sender <old@example.org>\nTo: Lloyd, Gareth <gareth.lloyd@justice.gov.uk>\nSubject: earlier\n\nolder text`;
    const people = answeredPeople(body, messageAnatomy(body));
    expect(people?.map((p) => p.address)).toEqual(["gareth.lloyd@justice.gov.uk", "alex.morgan@justice.gov.uk", "starting.point@derbyshire.gov.uk"]);
  });

  it("a header that shows names only is matched by name, in either order", () => {
    const people = [{ name: "Lloyd, Gareth", address: "" }];
    expect(wasOnAnswered({ name: "Gareth Lloyd", address: "gareth.lloyd@justice.gov.uk" }, people)).toBe(true);
    expect(wasOnAnswered({ name: "Gareth Jones", address: "gareth.jones@justice.gov.uk" }, people)).toBe(false);
  });

  it("a header address is matched by address, whatever the case", () => {
    expect(wasOnAnswered({ name: "", address: "Gareth.Lloyd@Justice.gov.uk" }, [{ name: "Gareth Lloyd", address: "gareth.lloyd@justice.gov.uk" }])).toBe(true);
    // Same name at another address is another mailbox: added.
    expect(wasOnAnswered({ name: "Gareth Lloyd", address: "gareth@gmail.com" }, [{ name: "Gareth Lloyd", address: "gareth.lloyd@justice.gov.uk" }])).toBe(false);
  });

  it("compose types Outlook does not document are unknown", () => {
    expect(composeTypeOf("reply")).toBe("reply");
    expect(composeTypeOf("replyAll")).toBeUndefined();
    expect(composeTypeOf(undefined)).toBeUndefined();
  });
});
