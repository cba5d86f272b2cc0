import { derbyshireAgreement } from "../../../src/policy/agreement";
import { checkMessage } from "../../../src/policy/check";
import { CASE_BODY, snapshot, WEDNESDAY } from "../rules/helpers";
import { agreementsWithPartner, applicableAgreements, joinedParties, senderPartyIn } from "../../../src/policy/agreement/parties";
import { SECOND_AGREEMENT } from "./severalAgreements";

const SET = [derbyshireAgreement, SECOND_AGREEMENT];

describe("the sender's party in an agreement", () => {
  it.each([
    ["alex.morgan@justice.gov.uk", "nps"],
    ["Alex Morgan <Alex.Morgan@JUSTICE.gov.uk>", "nps"],
    ["sam@derbyshire.gov.uk", "derbyshire-cs"],
    ["starting.point@derbyshire.gov.uk", "derbyshire-cs"],
  ])("%s is %s in the Derbyshire agreement", (sender, partner) => {
    expect(senderPartyIn(derbyshireAgreement, sender)?.id).toBe(partner);
  });

  it.each(["x@testshire.police.uk", "x@sub.justice.gov.uk", "x@gmail.com", "not an address", "x@"])("%s is not a Derbyshire party", (sender) => {
    expect(senderPartyIn(derbyshireAgreement, sender)).toBeUndefined();
  });

  it("a dissolved partner's domain does not make its sender a party", () => {
    const crc = derbyshireAgreement.partners.find((p) => p.id === "dlnr-crc");
    const domain = crc?.domains[0]?.domain as string;
    expect(senderPartyIn(derbyshireAgreement, `x@${domain}`)).toBeUndefined();
  });
});

describe("the agreements that apply to a sender", () => {
  it("probation is party to both; a council to its own; an outsider to none; no sender to all", () => {
    expect(applicableAgreements(SET, "a@justice.gov.uk")).toEqual({ agreements: SET, sender: "party" });
    expect(applicableAgreements(SET, "a@testshire.gov.uk")).toEqual({ agreements: [SECOND_AGREEMENT], sender: "party" });
    expect(applicableAgreements(SET, "a@derby.gov.uk").agreements.map((a) => a.id)).toEqual([derbyshireAgreement.id]);
    expect(applicableAgreements(SET, "a@example.org")).toEqual({ agreements: [], sender: "none" });
    expect(applicableAgreements(SET, undefined)).toEqual({ agreements: SET, sender: "unknown" });
    expect(applicableAgreements(SET, "")).toEqual({ agreements: SET, sender: "unknown" });
  });

  it("gives the same array for the same subset, so classifiers are reused between checks", () => {
    expect(applicableAgreements(SET, "a@testshire.gov.uk").agreements).toBe(applicableAgreements(SET, "b@testshire.nhs.uk").agreements);
  });

  it("finds the agreements a partner is party to", () => {
    expect(agreementsWithPartner(SET, "nps").map((a) => a.id)).toEqual([derbyshireAgreement.id, SECOND_AGREEMENT.id]);
    expect(agreementsWithPartner(SET, "testshire-police").map((a) => a.id)).toEqual([SECOND_AGREEMENT.id]);
  });
});

describe("the parties of several agreements joined", () => {
  it("merges a partner named in both, keeping every domain and mailbox once", () => {
    const joined = joinedParties(SET);
    const nps = joined.partners.filter((p) => p.id === "nps");
    expect(nps).toHaveLength(1);
    const derbyshireNps = derbyshireAgreement.partners.find((p) => p.id === "nps");
    expect(nps[0]?.mailboxes.map((m) => m.address)).toEqual(derbyshireNps?.mailboxes.map((m) => m.address));
    expect(nps[0]?.domains.filter((d) => d.domain === "justice.gov.uk")).toHaveLength(1);
    expect(joined.partners.map((p) => p.id)).toEqual(expect.arrayContaining(["derbyshire-cs", "testshire-police", "testshire-nhs"]));
    expect(joinedParties(SET)).toBe(joined);
  });
});

describe("shared mail platforms", () => {
  const NHS = {
    ...SECOND_AGREEMENT,
    partners: SECOND_AGREEMENT.partners.concat([
      { id: "icb", name: "An ICB", kind: "health", domains: [{ domain: "nhs.net", status: "active" }], mailboxes: [{ address: "icb.safeguarding@nhs.net", name: "ICB safeguarding" }], lifecycle: { status: "active" } },
    ]),
  } as typeof SECOND_AGREEMENT;

  it("an nhs.net sender is a party only at a named mailbox, never by the shared domain", () => {
    expect(senderPartyIn(NHS, "gp.surgery@nhs.net")).toBeUndefined();
    expect(senderPartyIn(NHS, "icb.safeguarding@nhs.net")?.id).toBe("icb");
  });

  it("an nhs.net recipient is on a route when the agreement lists nhs.net for a partner (the IG owner named it)", () => {
    const report = checkMessage(snapshot({ subject: "OFFICIAL-SENSITIVE: Ref X123456", body: CASE_BODY, to: ["any.gp@nhs.net", "icb.safeguarding@nhs.net"] }), NHS, { now: WEDNESDAY, sender: "sw@testshire.gov.uk" });
    expect(report.recipients.map((r) => r.class.kind)).toEqual(["partner-domain", "partner-mailbox"]);
    expect(report.findings.filter((f) => f.rule === "recipient-outside-agreement")).toEqual([]);
    expect(report.verdict).toBe("pass");
  });

  it("an agreement that does not list nhs.net keeps an nhs.net recipient outside it", () => {
    const report = checkMessage(snapshot({ subject: "OFFICIAL-SENSITIVE: Ref X123456", body: CASE_BODY, to: ["any.gp@nhs.net"] }), SECOND_AGREEMENT, { now: WEDNESDAY, sender: "sw@testshire.gov.uk" });
    expect(report.recipients.map((r) => r.class.kind)).toEqual(["public-sector"]);
    expect(report.findings.filter((f) => f.rule === "recipient-outside-agreement").map((f) => f.recipient)).toEqual(["any.gp@nhs.net"]);
    expect(report.verdict).toBe("block");
  });
});
