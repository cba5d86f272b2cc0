/**
 * Recipient classification against the shipped Derbyshire agreement (src/policy/agreement).
 */
import { derbyshireAgreement } from "../../../src/policy/agreement";
import { RecipientClassifier, findClass, type RecipientClass } from "../../../src/policy/recipients";

const classifier = new RecipientClassifier(derbyshireAgreement);
const partner = (id: string) => derbyshireAgreement.partners.find((p) => p.id === id);

function classify(address: string, name = ""): RecipientClass {
  return classifier.classify({ name, address }, "Officer <a.officer@justice.gov.uk>");
}

describe("the Derbyshire agreement", () => {
  test("every named mailbox on an active domain classifies as that mailbox", () => {
    let checked = 0;
    for (const p of derbyshireAgreement.partners) {
      const active = new Set(p.domains.filter((d) => d.status === "active").map((d) => d.domain));
      for (const m of p.mailboxes) {
        const c = classify(m.address.toUpperCase());
        const domain = m.address.slice(m.address.lastIndexOf("@") + 1);
        if (active.has(domain)) {
          expect(c).toMatchObject({ kind: "partner-mailbox", mailbox: m, partner: p });
          checked++;
        } else {
          expect(c).toMatchObject({ kind: "retired-format", mailbox: m, partner: p });
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(10);
  });

  test("Starting Point, CS.CPCONF and cpsafeguarding", () => {
    expect(classify("starting.point@derbyshire.gov.uk")).toMatchObject({ kind: "partner-mailbox", partner: partner("derbyshire-cs") });
    expect(classify("CS.CPCONF@derbyshire.gov.uk")).toMatchObject({ kind: "partner-mailbox", partner: partner("derbyshire-cs") });
    expect(classify("cpsafeguarding@derby.gov.uk")).toMatchObject({ kind: "partner-mailbox", partner: partner("derby-city-cs") });
  });

  test("the Buxton mailbox is exposed with its schedule for the rules engine", () => {
    const c = classify("MidlandsNPS.derbyshirewest@justice.gov.uk");
    expect(c.kind).toBe("partner-mailbox");
    if (c.kind === "partner-mailbox") expect(c.mailbox.monitoredDays).toEqual([2, 3, 4]);
  });

  test("individual practitioners at the partner domains", () => {
    expect(classify("firstname.secondname@justice.gov.uk")).toMatchObject({ kind: "partner-domain", partner: partner("nps"), sameOrganisationAsSender: true });
    expect(classify("firstname.secondname@derbyshire.gov.uk")).toMatchObject({ kind: "partner-domain", partner: partner("derbyshire-cs") });
    expect(classify("firstname.secondname@derby.gov.uk")).toMatchObject({ kind: "partner-domain", partner: partner("derby-city-cs") });
  });

  test("the dissolved CRC's addresses are retired, with the partner marked dissolved", () => {
    for (const a of ["CustomerServices@rrpgov.uk", "firstname.secondname@rrpgov.uk", "CustomerServices@rrp.gsegov.uk"]) {
      const c = classify(a);
      expect(c).toMatchObject({ kind: "retired-format", partner: partner("dlnr-crc"), partnerDissolved: true });
      if (c.kind === "retired-format") expect(c.detail).toContain("dissolved");
    }
  });

  test("the CRC's address on the real GSE network is a retired format", () => {
    expect(classify("customerservices@rrp.gse.gov.uk")).toMatchObject({ kind: "retired-format", pattern: "*.gse.gov.uk" });
  });

  test("look-alikes of the agreement's domains and mailboxes", () => {
    expect(classify("starting.point@derbyshire-gov.uk")).toMatchObject({ kind: "lookalike", probablyMeant: "starting.point@derbyshire.gov.uk" });
    expect(classify("x@derbyshíre.gov.uk")).toMatchObject({ kind: "lookalike", reason: "idn-homograph", probablyMeant: "x@derbyshire.gov.uk" });
    expect(classify("sophie.nuttall@justice.gov.uk.secure-mail.com")).toMatchObject({ kind: "lookalike", probablyMeant: "sophie.nuttall@justice.gov.uk" });
    expect(classify("starting.point@derby.gov.uk")).toMatchObject({ kind: "lookalike", reason: "known-local-part", probablyMeant: "starting.point@derbyshire.gov.uk" });
  });

  test("public sector outside the agreement, webmail, unknown", () => {
    expect(classify("someone@nottinghamshire.gov.uk").kind).toBe("public-sector");
    expect(classify("someone@nhs.net").kind).toBe("public-sector");
    expect(classify("someone@derbyshire.police.uk").kind).toBe("public-sector");
    expect(classify("someone@hotmail.co.uk").kind).toBe("webmail");
    expect(classify("someone@example.com").kind).toBe("unknown");
  });

  test("a display name claiming Starting Point on another address", () => {
    const c = classify("someone@example.com", "starting.point@derbyshire.gov.uk");
    expect(c.kind).toBe("display-name-mismatch");
    expect(findClass(c, "unknown")).toBeDefined();
  });
});
