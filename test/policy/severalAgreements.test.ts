/** checkMessage with several agreements: an agreement applies when the sender's and the
 * recipient's organisations are both its parties; findings name the agreement they come from. */
import { derbyshireAgreement } from "../../src/policy/agreement";
import { checkMessage } from "../../src/policy/check";
import { SECOND_AGREEMENT } from "./agreement/severalAgreements";
import { byRule, CASE_BODY, snapshot, WEDNESDAY } from "./rules/helpers";

const SET = [derbyshireAgreement, SECOND_AGREEMENT];
const MARKED = "OFFICIAL-SENSITIVE: Ref X123456";
const PROBATION = { now: WEDNESDAY, sender: "alex.morgan@justice.gov.uk", senderName: "Alex Morgan" };

describe("several agreements at once", () => {
  it("probation to a police force that is party to another agreement: outside with Derbyshire alone, on a route with both", () => {
    const message = snapshot({ subject: MARKED, body: CASE_BODY, to: ["pc.jones@testshire.police.uk"] });
    const alone = checkMessage(message, derbyshireAgreement, PROBATION);
    expect(alone.verdict).toBe("block");
    expect(byRule(alone, "recipient-outside-agreement")).toHaveLength(1);

    const both = checkMessage(message, SET, PROBATION);
    expect(byRule(both, "recipient-outside-agreement")).toEqual([]);
    expect(byRule(both, "body-secure-route")).toEqual([]);
    expect(both.verdict).toBe("pass");
    expect(both.recipients[0]?.agreements).toEqual([SECOND_AGREEMENT.id]);
    expect(both.agreement.id).toBe(SECOND_AGREEMENT.id);
    expect(both.agreements).toEqual([derbyshireAgreement.id, SECOND_AGREEMENT.id]);
  });

  it("a council party only to the second agreement: its partners are on a route, Derbyshire's are outside", () => {
    const sender = { now: WEDNESDAY, sender: "sw@testshire.gov.uk" };
    const toNhs = checkMessage(snapshot({ subject: MARKED, body: CASE_BODY, to: ["nurse@testshire.nhs.uk"] }), SET, sender);
    expect(toNhs.verdict).toBe("pass");
    expect(toNhs.agreements).toEqual([SECOND_AGREEMENT.id]);

    const toDerbyshire = checkMessage(snapshot({ subject: MARKED, body: CASE_BODY, to: ["starting.point@derbyshire.gov.uk"] }), SET, sender);
    const outside = byRule(toDerbyshire, "recipient-outside-agreement");
    expect(outside).toHaveLength(1);
    expect(toDerbyshire.verdict).toBe("block");
    expect(toDerbyshire.recipients[0]?.agreements).toEqual([]);
    expect(outside[0]?.agreement).toBe(SECOND_AGREEMENT.id);
  });

  it("the agreement joining the most recipients is the one the message is judged under, and its findings name it", () => {
    const unmarked = snapshot({ subject: "Ref X123456", body: CASE_BODY, to: ["starting.point@derbyshire.gov.uk", "sw@derby.gov.uk", "pc.jones@testshire.police.uk"] });
    const report = checkMessage(unmarked, SET, PROBATION);
    expect(report.agreement.id).toBe(derbyshireAgreement.id);
    const marking = byRule(report, "protective-marking");
    expect(marking).toHaveLength(1);
    expect(marking[0]?.agreement).toBe(derbyshireAgreement.id);
    expect(report.recipients.map((r) => r.agreements)).toEqual([[derbyshireAgreement.id], [derbyshireAgreement.id], [SECOND_AGREEMENT.id]]);
  });

  it("a named exchange picks its agreement, written agreementId/exchangeId or bare", () => {
    const message = snapshot({ subject: MARKED, body: CASE_BODY, to: ["starting.point@derbyshire.gov.uk", "mash@testshire.police.uk"] });
    expect(checkMessage(message, SET, { ...PROBATION, exchange: `${SECOND_AGREEMENT.id}/police-check` }).agreement.id).toBe(SECOND_AGREEMENT.id);
    expect(checkMessage(message, SET, { ...PROBATION, exchange: "police-check" }).agreement.id).toBe(SECOND_AGREEMENT.id);
    expect(checkMessage(message, SET, { ...PROBATION, exchange: "kpc-probation-to-childrens" }).agreement.id).toBe(derbyshireAgreement.id);
  });

  it("with no sender every agreement applies", () => {
    const report = checkMessage(snapshot({ subject: MARKED, body: CASE_BODY, to: ["pc.jones@testshire.police.uk"] }), SET, { now: WEDNESDAY });
    expect(report.senderParty).toBe("unknown");
    expect(report.verdict).toBe("pass");
  });

  it("webmail stays blocked whatever the set", () => {
    const report = checkMessage(snapshot({ subject: MARKED, body: CASE_BODY, to: ["alex@gmail.com"] }), SET, PROBATION);
    expect(byRule(report, "recipient-webmail")[0]?.severity).toBe("block");
  });
});
