import { RecipientClassifier } from "../../../src/policy/recipients/classify";
import { classDetails, classLabel, classLabelOfName, classPhrase, describeDestination } from "../../../src/policy/recipients/describe";
import { ADDRESS_KINDS, PRIMARY_PRECEDENCE, type RecipientClassBase, type RecipientClassKind } from "../../../src/policy/recipients/types";
import { agreement, buxton, crc, derbyCity, nps } from "./fixtures";
import { testPublicSector } from "./helpers";

/** One class of every kind. Typed as a Record, so a new kind does not compile without a sample. */
const SAMPLES: Record<RecipientClassKind, RecipientClassBase> = {
  "partner-mailbox": { kind: "partner-mailbox", partner: nps, mailbox: buxton, partnerDissolved: false, sameOrganisationAsSender: false },
  "partner-domain": { kind: "partner-domain", partner: derbyCity, domain: "derby.gov.uk", partnerDissolved: false, sameOrganisationAsSender: false },
  "own-organisation": { kind: "own-organisation", domain: "acme-care.co.uk" },
  "public-sector": { kind: "public-sector", pattern: "nottinghamshire.gov.uk", organisationType: "local_authority" },
  webmail: { kind: "webmail", provider: "gmail.com" },
  lookalike: { kind: "lookalike", reason: "confusable", probablyMeant: "starting.point@derbyshire.gov.uk", lookalikeOf: "derbyshire.gov.uk", detail: "derbyshlre.gov.uk looks like derbyshire.gov.uk" },
  "retired-format": { kind: "retired-format", pattern: "*.gsi.gov.uk", detail: "x.gsi.gov.uk is on the GSI network", currentAddress: "a@x.gov.uk" },
  "display-name-mismatch": { kind: "display-name-mismatch", displayAddress: "starting.point@derbyshire.gov.uk" },
  invalid: { kind: "invalid", problem: "unparseable", reason: "there is no @" },
  unknown: { kind: "unknown" },
};

const classifier = new RecipientClassifier(agreement, { publicSector: testPublicSector });
const SENDER = "jo.bloggs@acme-care.co.uk";
const classify = (address: string, name = "") => classifier.classify({ name, address }, SENDER);

describe("describe: every class kind is worded", () => {
  const allKinds = Array.from(new Set<RecipientClassKind>(PRIMARY_PRECEDENCE.concat(ADDRESS_KINDS)));

  it("the samples cover every kind the classifier can give", () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(allKinds.slice().sort());
  });

  it.each(allKinds)("%s has a label, a phrase and detail lines", (kind) => {
    const sample = SAMPLES[kind];
    expect(sample.kind).toBe(kind);
    const texts = [classLabel(kind), classPhrase(sample), ...classDetails(sample)];
    expect(classDetails(sample).length).toBeGreaterThan(0);
    for (const t of texts) {
      expect(typeof t).toBe("string");
      expect(t.trim().length).toBeGreaterThan(3);
      expect(t).not.toMatch(/undefined|null|\[object/);
    }
  });

  it("labels are distinct, so no two kinds read the same in the pane or the records report", () => {
    const labels = allKinds.map(classLabel);
    expect(new Set(labels).size).toBe(labels.length);
  });
});

describe("describe: wording", () => {
  it("labels", () => {
    expect(classLabel("partner-mailbox")).toBe("Agreement mailbox");
    expect(classLabel("webmail")).toBe("Personal webmail");
    expect(classLabel("unknown")).toBe("Unknown");
  });

  it("labels a kind given as text (records rows), and leaves other text as it is", () => {
    expect(classLabelOfName("public-sector")).toBe("Public sector, not a party");
    expect(classLabelOfName("something-else")).toBe("something-else");
    expect(classLabelOfName("toString")).toBe("toString"); // no prototype names
  });

  it("phrases for inside a sentence", () => {
    expect(classPhrase(SAMPLES["partner-mailbox"])).toBe("the Buxton SPOC mailbox of National Probation Service");
    expect(classPhrase(SAMPLES["partner-domain"])).toBe("Derby City children's services (derby.gov.uk)");
    expect(classPhrase(SAMPLES["own-organisation"])).toBe("your own organisation, which is not a party to this agreement");
    expect(classPhrase(SAMPLES["public-sector"])).toBe("a public-sector organisation that is not a party to this agreement");
    expect(classPhrase(SAMPLES.webmail)).toBe("personal webmail (gmail.com)");
    expect(classPhrase(SAMPLES.lookalike)).toBe("a look-alike of derbyshire.gov.uk");
    expect(classPhrase(SAMPLES["retired-format"])).toBe("a retired secure-email address");
    expect(classPhrase(SAMPLES.invalid)).toBe("not a valid e-mail address");
    expect(classPhrase(SAMPLES.unknown)).toBe("an external address SafeShare does not know");
  });

  it("details: personal webmail and your own organisation, as the badges and the rules say", () => {
    expect(classDetails(SAMPLES.webmail)).toEqual(["Personal webmail (gmail.com)"]);
    expect(classDetails(SAMPLES["own-organisation"])).toEqual(["Your own organisation (acme-care.co.uk)"]);
    expect(classDetails(SAMPLES["public-sector"])).toEqual(["UK public sector (nottinghamshire.gov.uk), but not a party to this agreement"]);
    expect(classDetails(SAMPLES.unknown)).toEqual(["Not in the agreement and not a known organisation"]);
    expect(classDetails(SAMPLES.lookalike)).toEqual(["derbyshlre.gov.uk looks like derbyshire.gov.uk", "Probably meant: starting.point@derbyshire.gov.uk"]);
    expect(classDetails(SAMPLES["retired-format"])).toEqual(["x.gsi.gov.uk is on the GSI network", "Use now: a@x.gov.uk"]);
    expect(classDetails(SAMPLES["display-name-mismatch"])).toEqual(["The display name shows starting.point@derbyshire.gov.uk"]);
    expect(classDetails(SAMPLES.invalid)).toEqual(["there is no @"]);
  });

  it("details of a mailbox: team and area, schedule with the alternative, notes; a dissolved partner says so", () => {
    expect(classDetails(SAMPLES["partner-mailbox"])).toEqual([
      "Buxton SPOC, National Probation Service",
      "Buxton",
      "Monitored Tue–Thu only; on other days use midlandsnps.derbyshirenorth@justice.gov.uk",
    ]);
    const dissolved: RecipientClassBase = { kind: "partner-domain", partner: { ...crc, shortName: "CRC" }, domain: "rrpgov.uk", partnerDissolved: true, sameOrganisationAsSender: false };
    expect(classDetails(dissolved)).toEqual(["DLNR CRC (CRC) (rrpgov.uk)", "This partner has been dissolved."]);
  });
});

describe("describeDestination: where a recipient's mail goes", () => {
  it("a look-alike is named as one, even under a display-name mismatch", () => {
    expect(describeDestination(classify("starting.point@derbyshlre.gov.uk", "someone@else.example"))).toBe("a look-alike of derbyshire.gov.uk");
  });

  it("otherwise the address class, not the display-name overlay", () => {
    const c = classify("someone@gmail.com", "starting.point@derbyshire.gov.uk");
    expect(c.kind).toBe("display-name-mismatch");
    expect(describeDestination(c)).toBe("personal webmail (gmail.com)");
    expect(describeDestination(classify("starting.point@derbyshire.gov.uk"))).toBe("the Starting Point mailbox of Derbyshire children's services");
    expect(describeDestination(classify("x@example.com"))).toBe("an external address SafeShare does not know");
    expect(describeDestination(classify("not an address"))).toBe("not a valid e-mail address");
  });
});
