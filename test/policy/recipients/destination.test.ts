import { destinationOf } from "../../../src/policy/recipients/destination";
import { RecipientIndex } from "../../../src/policy/recipients/recipientIndex";
import { agreement, buxton, crc, derbyCity, derbyshire, newTrust, nps, trustAgreement } from "./fixtures";
import { factsFor, testPublicSector } from "./helpers";

const index = new RecipientIndex(agreement, testPublicSector);
const SENDER = "jo.bloggs@acme-care.co.uk";
const destination = (address: string, sender: string = SENDER) => destinationOf(index, factsFor(address, sender));

describe("destinationOf: one address class, the first that holds", () => {
  it("a named mailbox, with whether the sender is in the same organisation", () => {
    expect(destination("midlandsnps.derbyshirewest@justice.gov.uk")).toEqual({ kind: "partner-mailbox", partner: nps, mailbox: buxton, partnerDissolved: false, sameOrganisationAsSender: false });
    expect(destination("Starting.Point@derbyshire.gov.uk", "me@derbyshire.gov.uk")).toMatchObject({ kind: "partner-mailbox", sameOrganisationAsSender: true });
  });

  it("an individual at a partner's active domain (the exact domain, not a subdomain)", () => {
    expect(destination("someone@derby.gov.uk")).toEqual({ kind: "partner-domain", partner: derbyCity, domain: "derby.gov.uk", generalInbox: false, partnerDissolved: false, sameOrganisationAsSender: false });
    expect(destination("customer.services@derby.gov.uk")).toMatchObject({ kind: "partner-domain", generalInbox: true });
    expect(destination("someone@sub.derby.gov.uk").kind).not.toBe("partner-domain");
  });

  it("a domain shared by a dissolved and an active partner goes to the active one", () => {
    const trusts = new RecipientIndex(trustAgreement, testPublicSector);
    expect(destinationOf(trusts, factsFor("a@shared.example.org", SENDER))).toMatchObject({ kind: "partner-domain", partner: newTrust, partnerDissolved: false });
  });

  it("own organisation, but never on a shared platform", () => {
    expect(destination("colleague@acme-care.co.uk")).toEqual({ kind: "own-organisation", domain: "acme-care.co.uk" });
    expect(destination("colleague@nhs.net", "me@nhs.net").kind).toBe("unknown");
    expect(destination("friend@gmail.com", "me@gmail.com")).toEqual({ kind: "webmail", provider: "gmail.com" });
  });

  it("public sector on the list given, then webmail, then unknown", () => {
    expect(destination("x@nottinghamshire.gov.uk")).toEqual({ kind: "public-sector", pattern: "nottinghamshire.gov.uk", organisationType: "local_authority" });
    expect(destination("x@derbyshire.police.uk")).toEqual({ kind: "public-sector", pattern: "*.police.uk", organisationType: "police" });
    expect(destination("x@hotmail.co.uk")).toEqual({ kind: "webmail", provider: "hotmail.co.uk" });
    expect(destination("x@example.com")).toEqual({ kind: "unknown" });
  });
});

describe("destinationOf: retired formats", () => {
  it("a retired network comes before a partner match, and gives the current address (here a named mailbox)", () => {
    const c = destination("starting.point@derbyshire.gsi.gov.uk");
    expect(c).toMatchObject({ kind: "retired-format", pattern: "*.gsi.gov.uk", currentAddress: "starting.point@derbyshire.gov.uk", currentAddressBasis: "agreement-mailbox", partner: derbyshire });
    expect(c.kind === "retired-format" && c.detail).toMatch(/derbyshire\.gsi\.gov\.uk is on the .* network.*the current address is probably starting\.point@derbyshire\.gov\.uk/);
  });

  it("a retired network: the address without the secure label, else ask the recipient", () => {
    expect(destination("someone@derbyshire.pnn.police.uk")).toMatchObject({ kind: "retired-format", pattern: "*.pnn.police.uk", currentAddress: "someone@derbyshire.police.uk", currentAddressBasis: "drop-secure-label" });
    const bare = destination("someone@pnn.police.uk");
    expect(bare).toMatchObject({ kind: "retired-format", pattern: "*.pnn.police.uk" });
    expect(bare).not.toHaveProperty("currentAddress");
    expect(bare.kind === "retired-format" && bare.detail).toMatch(/; ask the recipient for their current address$/);
  });

  it("a partner domain marked retired: the partner, why, its dissolution and where its work moved, the current address", () => {
    const c = destination("customerservices@rrpgov.uk");
    expect(c).toMatchObject({ kind: "retired-format", pattern: "retired partner domain", partner: crc, partnerDissolved: true });
    if (c.kind !== "retired-format") throw new Error("retired-format expected");
    expect(c.detail).toBe("rrpgov.uk is marked retired for DLNR CRC in the agreement (retired with the CRC); DLNR CRC was dissolved on 2021-06-26 and its work moved to National Probation Service");
    expect(c.currentAddress).toBeUndefined(); // the CRC has no active domain
  });

  it("a retired domain of a partner with one active domain maps to that domain", () => {
    const c = destination("cpsafeguarding@derbycity.gov.uk");
    expect(c).toMatchObject({ kind: "retired-format", partner: derbyCity, currentAddress: "cpsafeguarding@derby.gov.uk", currentAddressBasis: "agreement-mailbox" });
    const other = destination("someone@derbycity.gov.uk");
    expect(other).toMatchObject({ kind: "retired-format", currentAddress: "someone@derby.gov.uk", currentAddressBasis: "partner-active-domain" });
  });
});
