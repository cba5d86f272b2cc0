import { displayNameOverlay, isControlledNamespace, lookalikeOverlay } from "../../../src/policy/recipients/overlays";
import { destinationOf } from "../../../src/policy/recipients/destination";
import { RecipientIndex } from "../../../src/policy/recipients/recipientIndex";
import type { RecipientClassBase } from "../../../src/policy/recipients/types";
import { agreement, derbyshire, nps } from "./fixtures";
import { factsFor, testPublicSector } from "./helpers";

const index = new RecipientIndex(agreement, testPublicSector);
const SENDER = "jo.bloggs@acme-care.co.uk";

/** The look-alike overlay as the classifier computes it: after the address class. */
function lookalike(address: string, sender: string = SENDER) {
  const facts = factsFor(address, sender);
  return lookalikeOverlay(index, facts, destinationOf(index, facts));
}

describe("displayNameOverlay", () => {
  it("reports an address in the display name that is not the real one", () => {
    expect(displayNameOverlay(["starting.point@derbyshire.gov.uk"], "x@evil.example")).toEqual({ kind: "display-name-mismatch", displayAddress: "starting.point@derbyshire.gov.uk" });
  });

  it("is null when the display name holds the real address, or none", () => {
    expect(displayNameOverlay(["Starting.Point@Derbyshire.gov.uk"], "starting.point@derbyshire.gov.uk")).toBeNull();
    expect(displayNameOverlay(["Starting Point", ""], "starting.point@derbyshire.gov.uk")).toBeNull();
  });

  it("reports any address in the name when the real one did not parse", () => {
    expect(displayNameOverlay(["starting.point@derbyshire.gov.uk"], null)?.displayAddress).toBe("starting.point@derbyshire.gov.uk");
  });
});

describe("isControlledNamespace", () => {
  it("holds under registrar-controlled suffixes and for anything on the public-sector list", () => {
    expect(isControlledNamespace("eastsussex.gov.uk", null)).toBe(true);
    expect(isControlledNamespace("trust.nhs.uk", null)).toBe(true);
    expect(isControlledNamespace("x.example.org", { pattern: "*.example.org", organisationType: null, wildcard: true })).toBe(true);
    expect(isControlledNamespace("derbyshire.co.uk", null)).toBe(false);
    expect(isControlledNamespace("gov.uk.evil.com", null)).toBe(false);
  });
});

describe("lookalikeOverlay", () => {
  it("finds a near miss of an agreement domain, pointing at the named mailbox it imitates", () => {
    expect(lookalike("starting.point@derbyshlre.gov.uk")).toMatchObject({
      kind: "lookalike",
      reason: "confusable", // "l" for "i"
      lookalikeOf: "derbyshire.gov.uk",
      probablyMeant: "starting.point@derbyshire.gov.uk",
      partner: derbyshire,
      mailbox: { name: "Starting Point" },
    });
  });

  it("names the partner of an imitated domain even when the local part is no mailbox", () => {
    const l = lookalike("someone@justise.gov.uk");
    expect(l).toMatchObject({ lookalikeOf: "justice.gov.uk", probablyMeant: "someone@justice.gov.uk", partner: nps });
    expect(l).not.toHaveProperty("mailbox");
  });

  it("finds a named mailbox's distinctive local part at webmail, at another agreement domain, at an unknown domain", () => {
    for (const address of ["starting.point@gmail.com", "starting.point@derby.gov.uk", "starting.point@example.com"]) {
      expect(lookalike(address)).toMatchObject({ reason: "known-local-part", probablyMeant: "starting.point@derbyshire.gov.uk", partner: derbyshire });
    }
  });

  it("does not take the local part alone as a look-alike inside controlled namespaces (other real bodies)", () => {
    expect(lookalike("starting.point@eastsussex.gov.uk")).toBeNull();
    expect(lookalike("starting.point@somewhere.nhs.uk")).toBeNull();
  });

  it("never for a named mailbox, a retired format or a known legitimate domain", () => {
    for (const address of ["starting.point@derbyshire.gov.uk", "someone@derbyshire.gsi.gov.uk", "someone@nottinghamshire.gov.uk", "someone@nhs.net", "someone@acme-care.co.uk", "someone@gmail.com"]) {
      expect(lookalike(address)).toBeNull();
    }
  });

  it("is null for the kinds that cannot be look-alikes, whatever the domain", () => {
    const facts = factsFor("starting.point@derbyshlre.gov.uk", SENDER);
    for (const c of [{ kind: "invalid", problem: "unparseable", reason: "x" }, { kind: "retired-format", pattern: "p", detail: "d" }] as RecipientClassBase[]) {
      expect(lookalikeOverlay(index, facts, c)).toBeNull();
    }
  });
});
