import { derbyshireAgreement } from "../../../src/policy/agreement";
import { checkMessage } from "../../../src/policy/check";
import { SECOND_AGREEMENT } from "../agreement/severalAgreements";
import { byRule, CASE_BODY, snapshot, WEDNESDAY } from "./helpers";
import { fixtureVerdict } from "../caseData/scanVerdicts";

const SET = [derbyshireAgreement, SECOND_AGREEMENT];
const RULE = "recipient-outside-every-agreement";
/** An NHSmail user: nhs.net makes no one a party's (a shared platform). */
const NHS_SENDER = { now: WEDNESDAY, sender: "named.nurse@nhs.net" };

function run(to: string[], body = CASE_BODY, options: { now: Date; sender?: string } = NHS_SENDER) {
  return checkMessage(snapshot({ subject: "OFFICIAL-SENSITIVE: Ref X123456", body, to }), SET, options);
}

describe(RULE, () => {
  it("a sender of no party: case data to an organisation no agreement names blocks, offering to remove it", () => {
    const report = run(["bookings@riversidevenues.co.uk"]);
    expect(report.senderParty).toBe("none");
    const found = byRule(report, RULE);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "block", recipient: "bookings@riversidevenues.co.uk", fix: { type: "remove-recipient", address: "bookings@riversidevenues.co.uk" } });
    expect(found[0]?.message).toMatch(/none of the agreements deployed here names/);
    expect(report.verdict).toBe("block");
  });

  it("no case data: nothing (ordinary mail to a venue goes without a dialog)", () => {
    const report = run(["bookings@riversidevenues.co.uk"], "Hello,\n\nCould we book the Wellington Room for Thursday, 10 till 12?\n\nThanks");
    expect(byRule(report, RULE)).toEqual([]);
    expect(report.verdict).toBe("pass");
  });

  it("a council no deployed agreement names is no route either: case data there blocks, as it would from a party (twenty-third session, t574-m020)", () => {
    const found = byRule(run(["duty.team@leicester.gov.uk"]), RULE);
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toMatch(/none of the agreements deployed here names/);
    expect(fixtureVerdict("tuning574.jsonl", "t574-m020")).toBe("block");
    expect(fixtureVerdict("tuning574.jsonl", "t574-m036")).toBe("block");
  });

  it("guard: with no case data, mail to that council passes", () => {
    const report = run(["duty.team@leicester.gov.uk"], "Hello,\n\nAre you coming to the regional forum on Thursday?\n\nThanks");
    expect(byRule(report, RULE)).toEqual([]);
    expect(report.verdict).toBe("pass");
  });

  it("a deployed agreement's partner and the sender's own domain are left to the other rules", () => {
    expect(byRule(run(["starting.point@derbyshire.gov.uk"]), RULE)).toEqual([]);
    expect(byRule(run(["colleague@example.org"], CASE_BODY, { now: WEDNESDAY, sender: "me@example.org" }), RULE)).toEqual([]);
  });

  it("a partner's public-facing inbox is no route either: case data there blocks (twenty-second session, t553-m004)", () => {
    const found = byRule(run(["customer.services@derbyshire.gov.uk"]), RULE);
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toMatch(/public-facing inbox/);
  });

  it("guard: a partner's public-facing inbox with no case data passes", () => {
    const report = run(["customer.services@derbyshire.gov.uk"], "Hello,\n\nCould you tell me the opening hours over Christmas?\n\nThanks");
    expect(byRule(report, RULE)).toEqual([]);
  });

  it("webmail and look-alikes keep their own findings, not this one", () => {
    expect(byRule(run(["someone@gmail.com"]), RULE)).toEqual([]);
    expect(byRule(run(["someone@gmail.com"]), "recipient-webmail")).toHaveLength(1);
    const lookalike = run(["starting.point@derbysihre.gov.uk"]);
    expect(byRule(lookalike, RULE)).toEqual([]);
    expect(byRule(lookalike, "recipient-lookalike")[0]?.severity).toBe("block");
  });

  it("a sender who is a party is judged by recipient-outside-agreement instead", () => {
    const report = run(["bookings@riversidevenues.co.uk"], CASE_BODY, { now: WEDNESDAY, sender: "practitioner@justice.gov.uk" });
    expect(byRule(report, RULE)).toEqual([]);
    expect(byRule(report, "recipient-outside-agreement")[0]?.severity).toBe("block");
  });
});
