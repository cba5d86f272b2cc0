import fc from "fast-check";
import {
  RecipientClassifier,
  addressClassOf,
  hostParts,
  kindsOf,
  normaliseDomain,
  parseAddress,
  skeleton,
  toAsciiDomain,
  toUnicodeDomain,
  ukPublicSectorDomains,
  ADDRESS_KINDS,
  PRIMARY_PRECEDENCE,
} from "../../../src/policy/recipients";
import { agreement } from "./fixtures";

const classifier = new RecipientClassifier(agreement);

/** Any UTF-16 (lone surrogates included), and text rich in the characters addresses use. */
const anyText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.string({ unit: fc.constantFrom("@", ".", "<", ">", '"', "(", ")", "\\", ",", ";", ":", " ", "-", "a", "é", "х", "\u200b", "xn--", "[", "]"), maxLength: 60 }),
);

const label = fc.string({ unit: fc.constantFrom("a", "b", "z", "0", "-", "é", "ı", "ｄ", "ο", "\u0301"), minLength: 1, maxLength: 12 });
const domainish = fc.array(label, { minLength: 1, maxLength: 5 }).map((ls) => ls.join("."));
const addressish = fc
  .tuple(fc.string({ maxLength: 20 }), domainish, fc.constantFrom("", "gov.uk", "com", "co.uk", "nhs.uk", "police.uk"))
  .map(([local, dom, suffix]) => `${local}@${dom}${suffix ? "." + suffix : ""}`);

describe("never throws", () => {
  test("parseAddress on any text", () => {
    fc.assert(
      fc.property(fc.oneof(anyText, addressish), (s) => {
        const r = parseAddress(s);
        expect(typeof r.ok).toBe("boolean");
        if (r.ok) expect(r.addressAscii).toContain("@");
      }),
      { numRuns: 2000 },
    );
  });

  test("domain helpers on any text", () => {
    fc.assert(
      fc.property(fc.oneof(anyText, domainish), (s) => {
        normaliseDomain(s);
        toAsciiDomain(s);
        toUnicodeDomain(s);
        skeleton(s);
        hostParts(s);
        ukPublicSectorDomains().match(s);
      }),
      { numRuns: 2000 },
    );
  });

  test("classify on any recipient and sender, with a well-formed result", () => {
    fc.assert(
      fc.property(fc.oneof(anyText, addressish), anyText, fc.option(fc.oneof(anyText, addressish), { nil: undefined }), (address, name, sender) => {
        const c = classifier.classify({ name, address }, sender);
        expect(PRIMARY_PRECEDENCE).toContain(c.kind);
        expect(ADDRESS_KINDS).toContain(addressClassOf(c).kind);
        const kinds = kindsOf(c);
        expect(new Set(kinds).size).toBe(kinds.length);
        expect(c.recipient).toEqual({ name, address });
      }),
      { numRuns: 2000 },
    );
  });

  test("huge input", () => {
    const huge = "a".repeat(100_000) + "@" + "b.".repeat(50_000) + "com";
    expect(classifier.classify({ name: huge, address: huge }).kind).toBe("invalid");
    expect(classifier.classify({ name: "x@y.com ".repeat(20_000), address: "starting.point@derbyshire.gov.uk" }).kind).toBe("display-name-mismatch");
    expect(parseAddress("(".repeat(100_000)).ok).toBe(false);
  });
});

describe("parse round trip", () => {
  test("a parsed address parses to itself", () => {
    fc.assert(
      fc.property(addressish, (s) => {
        const r = parseAddress(s);
        if (!r.ok) return;
        const again = parseAddress(r.address);
        expect(again.ok).toBe(true);
        if (again.ok) {
          expect(again.key).toBe(r.key);
          expect(parseAddress(r.addressAscii)).toMatchObject({ ok: true, key: r.key });
        }
      }),
      { numRuns: 1000 },
    );
  });
});
