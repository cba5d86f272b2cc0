import type { Partner } from "../../../src/policy/agreement/types";
import { hostParts } from "../../../src/policy/recipients/domain";
import { RecipientIndex, isDissolved } from "../../../src/policy/recipients/recipientIndex";
import type { RecipientAgreement } from "../../../src/policy/recipients/types";
import { agreement, crc, derbyCity, derbyshire, newTrust, nps, oldTrust, trustAgreement } from "./fixtures";
import { testPublicSector } from "./helpers";

const index = new RecipientIndex(agreement, testPublicSector);

describe("RecipientIndex: named mailboxes", () => {
  it("finds a mailbox by its parsed key and by local part and domain, whatever the case of the local part", () => {
    expect(index.mailbox("starting.point@derbyshire.gov.uk")?.mailbox.name).toBe("Starting Point");
    expect(index.mailboxAt("Starting.Point", "derbyshire.gov.uk")?.partner).toBe(derbyshire);
    expect(index.mailboxAt("starting.point", "derby.gov.uk")).toBeUndefined();
  });

  it("lists distinctive local parts only: not generic ones (referrals) nor short ones", () => {
    expect(index.mailboxesWithLocal("starting.point")?.map((r) => r.domain)).toEqual(["derbyshire.gov.uk"]);
    expect(index.mailboxesWithLocal("referrals")).toBeUndefined();
    const short: Partner = { ...nps, id: "s", mailboxes: [{ address: "ops@justice.gov.uk", name: "Ops" }] };
    expect(new RecipientIndex({ partners: [short] }, testPublicSector).mailboxesWithLocal("ops")).toBeUndefined();
  });

  it("keeps an active partner's mailbox over a dissolved one's at the same address", () => {
    const box = { address: "team@shared.example.org", name: "Team" };
    const both: RecipientAgreement = { partners: [{ ...oldTrust, mailboxes: [box] }, { ...newTrust, mailboxes: [box] }] };
    expect(new RecipientIndex(both, testPublicSector).mailbox("team@shared.example.org")?.partner.id).toBe("new-trust");
  });
});

describe("RecipientIndex: partner domains", () => {
  it("records active and retired uses of a domain, and finds the active user", () => {
    expect(index.domainRefs("derbycity.gov.uk")).toEqual([{ partner: derbyCity, status: "retired" }]);
    expect(index.activeRef("derbycity.gov.uk")).toBeUndefined();
    expect(index.activeRef("derby.gov.uk")?.partner).toBe(derbyCity);
    expect(index.domainRefs("example.com")).toBeUndefined();
  });

  it("gives a domain shared by a dissolved and an active partner to the active one", () => {
    const trusts = new RecipientIndex(trustAgreement, testPublicSector);
    expect(trusts.domainRefs("shared.example.org")?.map((r) => r.partner.id)).toEqual(["old-trust", "new-trust"]);
    expect(trusts.activeRef("shared.example.org")?.partner).toBe(newTrust);
  });

  it("finds partners by id (the first with an id wins)", () => {
    expect(index.partner("nps")).toBe(nps);
    expect(index.partner("dlnr-crc")).toBe(crc);
    expect(index.partner("nobody")).toBeUndefined();
    expect(isDissolved(crc)).toBe(true);
    expect(isDissolved(nps)).toBe(false);
  });
});

describe("RecipientIndex: listed domains and look-alike targets", () => {
  it("lists agreement domains (active and retired), mailbox domains and public-sector entries", () => {
    for (const d of ["derbyshire.gov.uk", "justice.gov.uk", "rrpgov.uk", "derbycity.gov.uk", "nottinghamshire.gov.uk"]) expect(index.isListedDomain(d)).toBe(true);
    expect(index.isListedDomain("derbyshlre.gov.uk")).toBe(false);
    expect(index.isListedDomain("gmail.com")).toBe(false);
  });

  it("indexes the agreement's domains as look-alike targets", () => {
    const host = "derbyshlre.gov.uk";
    const hit = index.lookalikes.find({ host, hostUnicode: host, parts: hostParts(host), isIdn: false, controlled: true }, null);
    expect(hit?.target.domain).toBe("derbyshire.gov.uk");
  });

  it("tolerates a missing or malformed agreement: an empty index", () => {
    for (const bad of [null, undefined, {}, { partners: "x" }] as unknown as RecipientAgreement[]) {
      const empty = new RecipientIndex(bad, testPublicSector);
      expect(empty.mailbox("starting.point@derbyshire.gov.uk")).toBeUndefined();
      expect(empty.isListedDomain("nottinghamshire.gov.uk")).toBe(true); // the list's entries still are
    }
  });

  it("skips partner domains and mailboxes that do not parse", () => {
    const broken: Partner = { ...nps, id: "b", domains: [{ domain: "not a domain", status: "active" }], mailboxes: [{ address: "no at sign", name: "x" }] };
    const i = new RecipientIndex({ partners: [broken] }, testPublicSector);
    expect(i.domainRefs("not a domain")).toBeUndefined();
    expect(i.mailboxesWithLocal("no at sign")).toBeUndefined();
  });
});
