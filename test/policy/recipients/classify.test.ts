import { toAsciiDomain } from "../../../src/policy/recipients";
import {
  ADDRESS_KINDS,
  RecipientClassifier,
  addressClassOf,
  classifierFor,
  classifyRecipient,
  createPublicSectorDomains,
  findClass,
  kindsOf,
  ukPublicSectorDomains,
  type RecipientClass,
} from "../../../src/policy/recipients";
import { agreement, buxton, crc, derbyCity, derbyshire, newTrust, nps, oldTrust, trustAgreement } from "./fixtures";

const classifier = new RecipientClassifier(agreement);
const SENDER = "Jo Bloggs <jo.bloggs@acme-care.co.uk>";

/** `sender` null = no sender known. */
function classify(address: string, name = "", sender: string | null = SENDER): RecipientClass {
  return classifier.classify({ name, address }, sender ?? undefined);
}

function expectKind<K extends RecipientClass["kind"]>(c: RecipientClass, kind: K): Extract<RecipientClass, { kind: K }> {
  expect(c.kind).toBe(kind);
  return c as Extract<RecipientClass, { kind: K }>;
}

describe("partner-mailbox", () => {
  test("a named mailbox, whatever the case", () => {
    for (const a of ["starting.point@derbyshire.gov.uk", "Starting.Point@Derbyshire.GOV.UK", "Starting Point <starting.point@derbyshire.gov.uk>"]) {
      const c = expectKind(classify(a), "partner-mailbox");
      expect(c.partner).toBe(derbyshire);
      expect(c.mailbox.name).toBe("Starting Point");
      expect(c.partnerDissolved).toBe(false);
      expect(c.alsoNote).toEqual([]);
    }
  });

  test("exposes the mailbox object (schedules are the rules engine's business)", () => {
    const c = expectKind(classify("MidlandsNPS.derbyshirewest@justice.gov.uk"), "partner-mailbox");
    expect(c.mailbox).toBe(buxton);
    expect(c.mailbox.monitoredDays).toEqual([2, 3, 4]);
    expect(c.partner).toBe(nps);
  });

  test("a dissolved partner's mailbox still classifies, with partnerDissolved", () => {
    const c = expectKind(new RecipientClassifier(trustAgreement).classify({ name: "", address: "safeguarding.team@oldtrust.example.org" }), "partner-mailbox");
    expect(c.partner).toBe(oldTrust);
    expect(c.partnerDissolved).toBe(true);
  });

  test("sameOrganisationAsSender when the sender shares the registrable domain", () => {
    expect(expectKind(classify("starting.point@derbyshire.gov.uk", "", "a.worker@derbyshire.gov.uk"), "partner-mailbox").sameOrganisationAsSender).toBe(true);
    expect(expectKind(classify("starting.point@derbyshire.gov.uk"), "partner-mailbox").sameOrganisationAsSender).toBe(false);
  });

  test("does not fire for another address at the partner's domain", () => {
    expect(classify("starting.points@derbyshire.gov.uk").kind).toBe("partner-domain");
  });
});

describe("partner-domain", () => {
  test("an individual practitioner at a partner's active domain", () => {
    const c = expectKind(classify("firstname.secondname@justice.gov.uk"), "partner-domain");
    expect(c).toMatchObject({ partner: nps, domain: "justice.gov.uk", partnerDissolved: false, sameOrganisationAsSender: false });
    expect(expectKind(classify("a.worker@derby.gov.uk"), "partner-domain").partner).toBe(derbyCity);
  });

  test("a dissolved partner's active domain carries partnerDissolved", () => {
    const c = new RecipientClassifier(trustAgreement);
    const r = expectKind(c.classify({ name: "", address: "someone@oldtrust.example.org" }), "partner-domain");
    expect(r.partnerDissolved).toBe(true);
  });

  test("a domain two partners share goes to the active one", () => {
    const c = new RecipientClassifier(trustAgreement);
    expect(expectKind(c.classify({ name: "", address: "someone@shared.example.org" }), "partner-domain").partner).toBe(newTrust);
  });

  test("exact domain only: a subdomain is not the partner's secure route", () => {
    const c = classify("someone@mail.derbyshire.gov.uk");
    expect(c.kind).toBe("public-sector");
    expect(findClass(c, "lookalike")).toBeUndefined();
  });

  test("a domain the agreement marks retired is not an active partner domain", () => {
    expect(classify("someone@rrpgov.uk").kind).toBe("retired-format");
  });

  test("a partner's CJSM domain (its own with .cjsm.net appended) is the partner's, though the agreement lists only the plain one", () => {
    const c = expectKind(classify("a.worker@derbyshire.gov.uk.cjsm.net"), "partner-domain");
    expect(c).toMatchObject({ partner: derbyshire, domain: "derbyshire.gov.uk.cjsm.net" });
    expect(findClass(classify("a.worker@derbyshire.gov.uk.cjsm.net"), "lookalike")).toBeUndefined();
    // Only a listed domain's: another organisation's CJSM domain, and a retired domain's, are not.
    expect(classify("someone@acme-care.co.uk.cjsm.net").kind).toBe("unknown");
    expect(classify("someone@rrpgov.uk.cjsm.net").kind).toBe("retired-format");
  });
});

describe("own-organisation", () => {
  test("same registrable domain as the sender", () => {
    expect(expectKind(classify("colleague@acme-care.co.uk"), "own-organisation").domain).toBe("acme-care.co.uk");
    expect(classify("colleague@north.acme-care.co.uk").kind).toBe("own-organisation");
    expect(classify("colleague@acme-care.co.uk", "", "ACME <manager@Acme-Care.co.uk>").kind).toBe("own-organisation");
  });

  test("a partner mailbox or domain wins over own organisation", () => {
    const c = expectKind(classify("a.worker@justice.gov.uk", "", "jo@justice.gov.uk"), "partner-domain");
    expect(c.sameOrganisationAsSender).toBe(true);
  });

  test("public sector sender: colleagues are own organisation, not just public sector", () => {
    expect(classify("colleague@nottinghamshire.gov.uk", "", "jo@nottinghamshire.gov.uk").kind).toBe("own-organisation");
  });

  test("not for shared platforms or webmail, nor without a sender", () => {
    expect(classify("someone@nhs.net", "", "jo@nhs.net").kind).toBe("public-sector");
    expect(classify("someone@gmail.com", "", "jo@gmail.com").kind).toBe("webmail");
    expect(classify("colleague@acme-care.co.uk", "", null).kind).toBe("unknown");
    expect(classify("colleague@acme-care.co.uk", "", "not an address").kind).toBe("unknown");
  });
});

describe("public-sector (not a party)", () => {
  test.each([
    ["someone@nottinghamshire.gov.uk", "nottinghamshire.gov.uk", "local_authority"],
    ["someone@nhs.net", "nhs.net", "nhs"],
    ["someone@derbyshcft.nhs.uk", "*.nhs.uk", "nhs"],
    ["someone@derbyshire.police.uk", "*.police.uk", "police"],
    ["someone@a.mod.gov.uk", "*.mod.gov.uk", "military"],
    ["someone@hmrc.gov.uk", "*.gov.uk", "public_sector_wildcard"],
    ["someone@gov.scot", "gov.scot", "devolved"],
  ])("%s → %s (%s)", (address, pattern, type) => {
    const c = expectKind(classify(address), "public-sector");
    expect(c).toMatchObject({ pattern, organisationType: type });
    expect(c.alsoNote).toEqual([]);
  });

  test("a caller-supplied list is used instead of the shipped one", () => {
    const ps = createPublicSectorDomains([{ pattern: "*.example.org", organisationType: "test" }]);
    const c = classifyRecipient({ name: "", address: "x@a.example.org" }, { agreement, publicSector: ps });
    expect(c).toMatchObject({ kind: "public-sector", pattern: "*.example.org" });
    expect(classifyRecipient({ name: "", address: "x@nhs.net" }, { agreement, publicSector: ps }).kind).toBe("unknown");
  });

  test("does not fire for private domains", () => {
    expect(classify("someone@example.com").kind).toBe("unknown");
  });
});

describe("webmail", () => {
  test.each([
    "someone@gmail.com",
    "someone@googlemail.com",
    "someone@hotmail.co.uk",
    "someone@hotmail.fr",
    "someone@outlook.com",
    "someone@live.co.uk",
    "someone@msn.com",
    "someone@yahoo.com",
    "someone@yahoo.co.uk",
    "someone@icloud.com",
    "someone@me.com",
    "someone@mac.com",
    "someone@aol.com",
    "someone@proton.me",
    "someone@protonmail.com",
    "someone@gmx.co.uk",
    "someone@mail.com",
    "someone@yandex.ru",
    "someone@btinternet.com",
    "someone@btopenworld.com",
    "someone@sky.com",
    "someone@talktalk.net",
    "someone@virginmedia.com",
    "someone@blueyonder.co.uk",
    "someone@ntlworld.com",
    "someone@tiscali.co.uk",
    "someone@zoho.com",
  ])("%s", (address) => {
    expect(classify(address).kind).toBe("webmail");
  });

  test("reports the provider", () => {
    expect(expectKind(classify("a@yahoo.co.uk"), "webmail").provider).toBe("yahoo.co.uk");
  });

  test("does not fire for look-alike names of other kinds", () => {
    expect(classify("someone@gmail-services.example").kind).toBe("unknown");
    expect(classify("someone@skyscanner.net").kind).toBe("unknown");
  });
});

describe("lookalike", () => {
  function lookalike(address: string, name = "", sender: string | null = SENDER) {
    return expectKind(classify(address, name, sender), "lookalike");
  }

  test.each([
    ["x@derbysihre.gov.uk", "x@derbyshire.gov.uk"],
    ["x@derbyshir.gov.uk", "x@derbyshire.gov.uk"],
    ["x@derbyshiire.gov.uk", "x@derbyshire.gov.uk"],
    ["x@derbyshrie.gov.uk", "x@derbyshire.gov.uk"],
    ["x@justise.gov.uk", "x@justice.gov.uk"],
    ["x@derbu.gov.uk", "x@derby.gov.uk"],
  ])("edit distance: %s → %s", (address, meant) => {
    const c = lookalike(address);
    expect(c.reason).toBe("edit-distance");
    expect(c.probablyMeant).toBe(meant);
    expect(c.detail).toMatch(/differs by [12] character/);
  });

  test("edit distance suggests the named mailbox when the local part is one", () => {
    const c = lookalike("Starting.Point@derbysihre.gov.uk");
    expect(c.probablyMeant).toBe("starting.point@derbyshire.gov.uk");
    expect(c.mailbox?.name).toBe("Starting Point");
    expect(c.partner).toBe(derbyshire);
  });

  test("ASCII confusables: 1/i for l, rn for m", () => {
    expect(lookalike("x@derbysh1re.gov.uk")).toMatchObject({ reason: "confusable", probablyMeant: "x@derbyshire.gov.uk" });
    expect(lookalike("x@derbyshlre.gov.uk")).toMatchObject({ reason: "confusable", lookalikeOf: "derbyshire.gov.uk" });
    expect(lookalike("x@ofcorn.org.uk")).toMatchObject({ reason: "confusable", probablyMeant: "x@ofcom.org.uk" });
  });

  test("IDN homographs, in Unicode and in punycode", () => {
    const accented = lookalike("x@derbyshíre.gov.uk");
    expect(accented).toMatchObject({ reason: "idn-homograph", probablyMeant: "x@derbyshire.gov.uk", partner: derbyshire });
    expect(accented.detail).toContain("xn--derbyshre-m5a.gov.uk");
    expect(lookalike("x@xn--derbyshre-m5a.gov.uk")).toMatchObject({ reason: "idn-homograph", probablyMeant: "x@derbyshire.gov.uk" });
    expect(lookalike("x@dеrbyshire.gov.uk")).toMatchObject({ reason: "idn-homograph" }); // Cyrillic е
    expect(lookalike("x@derbyshire.gоv.uk")).toMatchObject({ reason: "idn-homograph", lookalikeOf: "derbyshire.gov.uk" }); // Cyrillic о in gov
    expect(lookalike("x@ｄｅｒｂｙ.gov.uk")).toMatchObject({ reason: "idn-homograph", probablyMeant: "x@derby.gov.uk" });
    expect(lookalike("x@derby\u200bshire.gov.uk")).toMatchObject({ reason: "idn-homograph" });
    expect(lookalike(`x@${toAsciiDomain("jυstice.gov.uk")}`)).toMatchObject({ reason: "idn-homograph", probablyMeant: "x@justice.gov.uk" }); // Greek υ
    // An IDN a couple of edits away: still caught, by distance.
    expect(lookalike("x@xn--derbyshre-v2a.gov.uk")).toMatchObject({ reason: "edit-distance", probablyMeant: "x@derbyshire.gov.uk" });
  });

  test.each([
    ["x@derbyshire.gov.uk.mail-secure.com", "x@derbyshire.gov.uk"],
    ["x@mail.derbyshire.gov.uk.secure-relay.net", "x@derbyshire.gov.uk"],
    ["x@derbyshire-gov.uk", "x@derbyshire.gov.uk"],
    ["x@derbyshire-gov-uk.com", "x@derbyshire.gov.uk"],
    ["x@derbyshire.gov.com", "x@derbyshire.gov.uk"],
    ["x@derbyshire-council.co.uk", "x@derbyshire.gov.uk"],
    ["x@derbyshirecouncil.com", "x@derbyshire.gov.uk"],
    ["x@securemail-justice.com", "x@justice.gov.uk"],
    ["x@nottinghamshire-gov.uk", "x@nottinghamshire.gov.uk"],
  ])("embedded: %s → %s", (address, meant) => {
    const c = lookalike(address);
    expect(c.reason).toBe("embedded");
    expect(c.probablyMeant).toBe(meant);
    expect(findClass(c, "unknown")).toBeDefined();
  });

  test("the issue's example: a known mailbox on a council look-alike", () => {
    const c = lookalike("starting.point@derbyshire-council.co.uk");
    expect(c.probablyMeant).toBe("starting.point@derbyshire.gov.uk");
    expect(c.mailbox?.address).toBe("starting.point@derbyshire.gov.uk");
  });

  test("other suffix: an agreement domain's name under another ending", () => {
    expect(lookalike("x@derbyshire.co.uk")).toMatchObject({ reason: "other-suffix", probablyMeant: "x@derbyshire.gov.uk" });
    expect(lookalike("x@derby.com")).toMatchObject({ reason: "other-suffix", probablyMeant: "x@derby.gov.uk", partner: derbyCity });
  });

  test("known local part elsewhere: webmail, unknown domain, another partner's domain", () => {
    const gmail = lookalike("starting.point@gmail.com");
    expect(gmail).toMatchObject({ reason: "known-local-part", probablyMeant: "starting.point@derbyshire.gov.uk", lookalikeOf: "derbyshire.gov.uk" });
    expect(findClass(gmail, "webmail")).toMatchObject({ provider: "gmail.com" });
    expect(lookalike("cpsafeguarding@example.com")).toMatchObject({ reason: "known-local-part", probablyMeant: "cpsafeguarding@derby.gov.uk" });
    // Derby and Derbyshire are easily confused: Starting Point is Derbyshire's.
    const other = lookalike("starting.point@derby.gov.uk");
    expect(other).toMatchObject({ reason: "known-local-part", probablyMeant: "starting.point@derbyshire.gov.uk" });
    expect(addressClassOf(other)).toMatchObject({ kind: "partner-domain", partner: derbyCity });
  });

  test("the sender's own domain is a target too", () => {
    expect(lookalike("x@acme-cars.co.uk")).toMatchObject({ reason: "edit-distance", probablyMeant: "x@acme-care.co.uk" });
    expect(classify("x@acme-cars.co.uk", "", null).kind).toBe("unknown");
  });

  describe("does not fire", () => {
    test.each([
      "x@derbyshire.gov.uk", // the real one
      "x@derby.gov.uk",
      "x@nottinghamshire.gov.uk", // other real bodies, listed
      "x@eastsussex.gov.uk",
      "x@westsussex.gov.uk",
      "x@harlow.gov.uk",
      "x@harrow.gov.uk",
      "x@derbyshiredales.gov.uk", // a different council, far enough
      "x@south-derbys.gov.uk",
      "x@derbyshire.police.uk", // registrar-controlled namespaces
      "x@derbyshcft.nhs.uk",
      "x@derby.ac.uk",
      "x@leeds.ac.uk",
      "x@cambridge.org", // public-sector names are only embedded with a marker
      "x@kent.com",
      "x@ofcom.org.uk",
      "x@nhs.net",
      "x@gmail.com",
      "x@example.com",
      "x@derbyshire-plumbing.co.uk", // a name alone, without a government marker
      "x@justice.gsi.gov.uk", // retired, not a look-alike
    ])("%s", (address) => {
      expect(findClass(classify(address), "lookalike")).toBeUndefined();
    });

    test("short labels are not compared by edit distance", () => {
      const c = new RecipientClassifier(trustAgreement);
      expect(c.classify({ name: "", address: "x@dwq.gov.uk" }).kind).toBe("public-sector");
      expect(c.classify({ name: "", address: "x@dwp.gov.uk" }).kind).toBe("partner-domain");
    });

    test("generic local parts are not 'known' elsewhere", () => {
      expect(classify("referrals@gmail.com").kind).toBe("webmail");
    });

    test("a known local part at a non-party public body is that body's business", () => {
      expect(classify("starting.point@nottinghamshire.gov.uk").kind).toBe("public-sector");
    });

    test("a named mailbox is never a look-alike", () => {
      expect(classify("midlandsnps.derbyshirewest@justice.gov.uk").kind).toBe("partner-mailbox");
    });
  });
});

describe("retired-format", () => {
  function retired(address: string) {
    return expectKind(classify(address), "retired-format");
  }

  test("GSI, with the current address it probably maps to", () => {
    const c = retired("jane.smith@justice.gsi.gov.uk");
    expect(c).toMatchObject({ pattern: "*.gsi.gov.uk", currentAddress: "jane.smith@justice.gov.uk", currentAddressBasis: "drop-secure-label", partner: nps });
    expect(c.detail).toContain("jane.smith@justice.gov.uk");
  });

  test("an old probation GSI address of a named mailbox maps to the mailbox", () => {
    const c = retired("MidlandsNPS.DerbyshireWest@probation.gsi.gov.uk");
    expect(c).toMatchObject({ currentAddress: buxton.address, currentAddressBasis: "agreement-mailbox", partner: nps, mailbox: buxton });
  });

  test.each([
    ["a@derbyshire.gcsx.gov.uk", "*.gcsx.gov.uk", "a@derbyshire.gov.uk"],
    ["a@dwp.gsx.gov.uk", "*.gsx.gov.uk", "a@dwp.gov.uk"],
    ["a@cafcass.gse.gov.uk", "*.gse.gov.uk", "a@cafcass.gov.uk"],
    ["a@derbyshire.pnn.police.uk", "*.pnn.police.uk", "a@derbyshire.police.uk"],
    ["a@london.probation.gsi.gov.uk", "*.gsi.gov.uk", "a@justice.gov.uk"],
  ])("%s is %s → %s", (address, pattern, current) => {
    expect(retired(address)).toMatchObject({ pattern, currentAddress: current });
  });

  test("nothing to go on: no current address", () => {
    const c = retired("a@gsi.gov.uk");
    expect(c.currentAddress).toBeUndefined();
    expect(c.detail).toContain("ask the recipient");
  });

  test("a partner domain marked retired: the dissolved CRC", () => {
    const c = retired("CustomerServices@rrpgov.uk");
    expect(c).toMatchObject({ pattern: "retired partner domain", partner: crc, partnerDissolved: true });
    expect(c.mailbox?.name).toBe("CRC Customer Services");
    expect(c.currentAddress).toBeUndefined(); // the CRC has no active domain: nothing is made up
    expect(c.detail).toContain("dissolved on 2021-06-26");
    expect(c.detail).toContain("National Probation Service");
  });

  test("a partner's retired domain maps to its one active domain", () => {
    expect(retired("cpsafeguarding@derbycity.gov.uk")).toMatchObject({ currentAddress: "cpsafeguarding@derby.gov.uk", currentAddressBasis: "agreement-mailbox", partner: derbyCity });
    expect(retired("a.worker@derbycity.gov.uk")).toMatchObject({ currentAddress: "a.worker@derby.gov.uk", currentAddressBasis: "partner-active-domain" });
  });

  test("does not fire for current formats", () => {
    for (const a of ["a@justice.gov.uk", "a@notgsi.gov.uk", "a@derbyshire.police.uk", "a@gsi.gov.uk.example.com"]) {
      expect(findClass(classify(a), "retired-format")).toBeUndefined();
    }
  });
});

describe("display-name-mismatch", () => {
  test("an address in the display name that is not the real one", () => {
    const c = expectKind(classify("evil@example.com", "starting.point@derbyshire.gov.uk"), "display-name-mismatch");
    expect(c.displayAddress).toBe("starting.point@derbyshire.gov.uk");
    expect(addressClassOf(c).kind).toBe("unknown");
  });

  test("reported even for a partner address, which stays available in alsoNote", () => {
    const c = classify("starting.point@derbyshire.gov.uk", "Jane (jane.smith@derbyshire.gov.uk)");
    expect(c.kind).toBe("display-name-mismatch");
    expect(findClass(c, "partner-mailbox")).toMatchObject({ partner: derbyshire });
    expect(kindsOf(c)).toEqual(["display-name-mismatch", "partner-mailbox"]);
  });

  test("from the display name of a 'Name <address>' string, or a comment", () => {
    expect(classify('"starting.point@derbyshire.gov.uk" <evil@example.com>').kind).toBe("display-name-mismatch");
    expect(classify("evil@example.com (starting.point@derbyshire.gov.uk)").kind).toBe("display-name-mismatch");
    expect(classify("evil@example.com", "mailto:Starting.Point@derbyshire.gov.uk.").kind).toBe("display-name-mismatch");
  });

  test("even when the real address is invalid", () => {
    const c = expectKind(classify("not an address", "starting.point@derbyshire.gov.uk"), "invalid");
    expect(findClass(c, "display-name-mismatch")).toMatchObject({ displayAddress: "starting.point@derbyshire.gov.uk" });
  });

  test("a look-alike stays primary; the mismatch and the address class follow", () => {
    const c = classify("x@derbysihre.gov.uk", "boss@derbyshire.gov.uk");
    expect(kindsOf(c)).toEqual(["lookalike", "display-name-mismatch", "public-sector"]);
  });

  test.each([
    ["starting.point@derbyshire.gov.uk", "starting.point@derbyshire.gov.uk"],
    ["starting.point@derbyshire.gov.uk", "STARTING.POINT@DERBYSHIRE.GOV.UK"],
    ["starting.point@derbyshire.gov.uk", "Starting Point (starting.point@derbyshire.gov.uk)"],
    ["jane@münchen.de", "jane@xn--mnchen-3ya.de"],
    ["starting.point@derbyshire.gov.uk", "Starting Point"],
    ["starting.point@derbyshire.gov.uk", "Jane @ Derbyshire"],
    ["starting.point@derbyshire.gov.uk", ""],
  ])("does not fire: %s shown as %j", (address, name) => {
    expect(findClass(classify(address, name), "display-name-mismatch")).toBeUndefined();
  });
});

describe("invalid and unknown", () => {
  test.each([
    ["", "empty"],
    ["jane", "no-at"],
    ["@derbyshire.gov.uk", "empty-local-part"],
    ["jane@", "empty-domain"],
    ["jane@derbyshire", "bad-domain"],
    ["jane smith@derbyshire.gov.uk", "unparseable"],
    ["/o=ExchangeLabs/ou=Exchange Administrative Group/cn=Recipients/cn=jane", "not-smtp"],
  ])("%j is invalid (%s)", (address, problem) => {
    const c = expectKind(classify(address), "invalid");
    expect(c.problem).toBe(problem);
    expect(c.reason.length).toBeGreaterThan(5);
    expect(c.address).toBeNull();
  });

  test("unknown external", () => {
    const c = expectKind(classify("bob@acme-widgets.com"), "unknown");
    expect(c.alsoNote).toEqual([]);
    expect(c.address?.addressAscii).toBe("bob@acme-widgets.com");
    expect(classify("bob@[192.0.2.1]").kind).toBe("unknown");
  });

  test("missing or malformed recipient objects do not throw", () => {
    expect(classifier.classify(undefined as never).kind).toBe("invalid");
    expect(classifier.classify({ name: 3, address: null } as never).kind).toBe("invalid");
    expect(classifyRecipient({ name: "", address: "x@gmail.com" }, undefined as never).kind).toBe("webmail");
    expect(new RecipientClassifier(undefined as never).classify({ name: "", address: "x@nhs.net" }).kind).toBe("public-sector");
  });
});

describe("precedence and structure", () => {
  const samples = [
    ["starting.point@derbyshire.gov.uk", ""],
    ["a@justice.gov.uk", "b@justice.gov.uk"],
    ["x@derbysihre.gov.uk", "boss@derbyshire.gov.uk"],
    ["x@justice.gsi.gov.uk", "y@example.com"],
    ["starting.point@gmail.com", ""],
    ["bad", "x@example.com"],
    ["colleague@acme-care.co.uk", ""],
  ];

  test.each(samples)("%s / %j: exactly one address class, primary not repeated", (address, name) => {
    const c = classify(address, name);
    const kinds = kindsOf(c);
    expect(new Set(kinds).size).toBe(kinds.length);
    expect(kinds.filter((k) => ADDRESS_KINDS.indexOf(k) >= 0)).toHaveLength(1);
    expect(ADDRESS_KINDS).toContain(addressClassOf(c).kind);
    if (c.kind !== "lookalike" && c.kind !== "display-name-mismatch") expect(ADDRESS_KINDS).toContain(c.kind);
  });

  test("the recipient is echoed back", () => {
    const r = { name: "Starting Point", address: "starting.point@derbyshire.gov.uk" };
    expect(classifier.classify(r).recipient).toEqual(r);
  });

  test("classifyAll classifies each", () => {
    const all = classifier.classifyAll(
      [
        { name: "", address: "starting.point@derbyshire.gov.uk" },
        { name: "", address: "x@gmail.com" },
      ],
      SENDER,
    );
    expect(all.map((c) => c.kind)).toEqual(["partner-mailbox", "webmail"]);
  });

  test("classifyRecipient reuses one classifier per agreement and list", () => {
    expect(classifierFor(agreement)).toBe(classifierFor(agreement, ukPublicSectorDomains()));
    expect(classifierFor({ partners: [nps] })).not.toBe(classifierFor(agreement));
    const c = classifyRecipient({ name: "", address: "starting.point@derbyshire.gov.uk" }, { agreement, senderAddress: SENDER, publicSector: ukPublicSectorDomains() });
    expect(c.kind).toBe("partner-mailbox");
  });
});

describe("lookalike: short names", () => {
  test("an agreement's short domain embedded elsewhere is caught; a short public-sector one is not", () => {
    const c = new RecipientClassifier(trustAgreement);
    expect(c.classify({ name: "", address: "x@dwp.gov.uk.secure-mail.com" })).toMatchObject({ kind: "lookalike", reason: "embedded", probablyMeant: "x@dwp.gov.uk" });
    expect(findClass(c.classify({ name: "", address: "x@kew.org.uk" }), "lookalike")).toBeUndefined();
  });
});
