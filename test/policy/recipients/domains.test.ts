import { readFileSync } from "node:fs";
import { join } from "node:path";
import { compactPattern, renderUkpsDomainsModule } from "../../../scripts/data/ukpsDomainsModule";
import {
  boundedEditDistance,
  createPublicSectorDomains,
  hostParts,
  normaliseDomain,
  retiredFormat,
  skeleton,
  toAsciiDomain,
  toUnicodeDomain,
  ukPublicSectorDomains,
  ukPublicSectorEntries,
} from "../../../src/policy/recipients";
import { UKPS_DOMAINS_COUNT } from "../../../src/policy/recipients/data/ukpsDomains";

const ROOT = join(__dirname, "..", "..", "..");

describe("domains: normalisation and punycode", () => {
  test("Unicode → punycode and back", () => {
    expect(toAsciiDomain("Derbyshíre.GOV.uk")).toBe("xn--derbyshre-m5a.gov.uk");
    expect(toUnicodeDomain("xn--derbyshre-m5a.gov.uk")).toBe("derbyshíre.gov.uk");
    expect(toUnicodeDomain("XN--MNCHEN-3YA.de")).toBe("münchen.de");
    expect(toAsciiDomain("bücher.example")).toBe("xn--bcher-kva.example");
  });

  test("plain domains are returned lower-case, unchanged otherwise", () => {
    expect(normaliseDomain("Justice.GOV.UK.")).toEqual({ ok: true, unicode: "justice.gov.uk", ascii: "justice.gov.uk", isIdn: false });
  });

  test("invalid domains say why", () => {
    for (const d of ["", "localhost", "a..b", "-a.com", "a_b.com", "xn--zz.com", "a.123", "x".repeat(64) + ".com", "a b.com", "münchen\u00a0x.de"]) {
      const r = normaliseDomain(d);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message.length).toBeGreaterThan(5);
    }
    expect(toAsciiDomain("a..b")).toBeNull();
  });

  test("tldts registrable parts: gov.uk is a public suffix, so the label is the council", () => {
    expect(hostParts("derbyshire.gov.uk")).toEqual({ host: "derbyshire.gov.uk", registrable: "derbyshire.gov.uk", label: "derbyshire", suffix: "gov.uk" });
    expect(hostParts("mail.justice.gov.uk")).toMatchObject({ registrable: "justice.gov.uk", label: "justice", suffix: "gov.uk" });
    expect(hostParts("derbyshire.gov.uk.mail-secure.com")).toMatchObject({ registrable: "mail-secure.com", label: "mail-secure" });
    expect(hostParts("derbyshire-gov.uk")).toMatchObject({ registrable: "derbyshire-gov.uk", label: "derbyshire-gov", suffix: "uk" });
    expect(hostParts("met.police.uk")).toMatchObject({ registrable: "met.police.uk", label: "met", suffix: "police.uk" });
    // Private-section suffixes are not used: uk.com is registrable.
    expect(hostParts("x.uk.com")).toMatchObject({ registrable: "uk.com" });
  });
});

describe("domains: retired secure formats", () => {
  test.each([
    ["justice.gsi.gov.uk", "*.gsi.gov.uk", "justice.gov.uk", "drop-secure-label"],
    ["london.probation.gsi.gov.uk", "*.gsi.gov.uk", "justice.gov.uk", "known-move"],
    ["hmps.gsi.gov.uk", "*.gsi.gov.uk", "justice.gov.uk", "known-move"],
    ["derbyshire.gcsx.gov.uk", "*.gcsx.gov.uk", "derbyshire.gov.uk", "drop-secure-label"],
    ["dwp.gsx.gov.uk", "*.gsx.gov.uk", "dwp.gov.uk", "drop-secure-label"],
    ["rrp.gse.gov.uk", "*.gse.gov.uk", "rrp.gov.uk", "drop-secure-label"],
    ["derbyshire.pnn.police.uk", "*.pnn.police.uk", "derbyshire.police.uk", "drop-secure-label"],
    ["gsi.gov.uk", "*.gsi.gov.uk", null, null],
  ])("%s is %s, probably now %s", (domain, pattern, current, basis) => {
    expect(retiredFormat(domain)).toMatchObject({ pattern, currentDomain: current, basis });
  });

  test("current formats and look-alike names are not retired", () => {
    for (const d of ["justice.gov.uk", "notgsi.gov.uk", "gsi.gov.uk.example.com", "derbyshire.police.uk", "pnn.police.uk.example.com"]) {
      expect(retiredFormat(d)).toBeNull();
    }
  });
});

describe("domains: edit distance and skeletons", () => {
  test("bounded optimal string alignment distance", () => {
    expect(boundedEditDistance("derbyshire", "derbyshire", 2)).toBe(0);
    expect(boundedEditDistance("derbyshire", "derbyshir", 2)).toBe(1);
    expect(boundedEditDistance("derbyshire", "derbsyhire", 2)).toBe(1);
    expect(boundedEditDistance("derbyshire", "darbyshira", 2)).toBe(2);
    expect(boundedEditDistance("derbyshire", "nottingham", 2)).toBe(3);
    expect(boundedEditDistance("a", "abcd", 2)).toBe(3);
    expect(boundedEditDistance("", "ab", 2)).toBe(2);
  });

  test("skeletons fold confusables", () => {
    const real = skeleton("derbyshire.gov.uk");
    expect(skeleton("derbyshíre.gov.uk")).toBe(real);
    expect(skeleton("dеrbyshire.gov.uk")).toBe(real); // Cyrillic е
    expect(skeleton("ｄｅｒｂｙｓｈｉｒｅ.gov.uk")).toBe(real); // full width
    expect(skeleton("derby\u200bshire.gov.uk")).toBe(real); // zero-width space
    expect(skeleton("derbysh1re.gov.uk")).toBe(real);
    expect(skeleton("ofcorn.org.uk")).toBe(skeleton("ofcom.org.uk"));
    expect(skeleton("nottinghamshire.gov.uk")).not.toBe(real);
  });
});

describe("public-sector domains", () => {
  const ps = ukPublicSectorDomains();

  test("exact entries, with their organisation type", () => {
    expect(ps.match("nottinghamshire.gov.uk")).toEqual({ pattern: "nottinghamshire.gov.uk", organisationType: "local_authority", wildcard: false });
    expect(ps.match("nhs.net")).toMatchObject({ pattern: "nhs.net", organisationType: "nhs" });
    expect(ps.match("NHS.NET.")).toMatchObject({ pattern: "nhs.net" });
  });

  test("wildcards match subdomains, most specific first, not the suffix itself", () => {
    expect(ps.match("anything.gov.uk")).toMatchObject({ pattern: "*.gov.uk", organisationType: "public_sector_wildcard", wildcard: true });
    expect(ps.match("a.b.mod.gov.uk")).toMatchObject({ pattern: "*.mod.gov.uk", organisationType: "military" });
    expect(ps.match("derbyshcft.nhs.uk")).toMatchObject({ pattern: "*.nhs.uk", organisationType: "nhs" });
    expect(ps.match("met.police.uk")).toMatchObject({ pattern: "*.police.uk", organisationType: "police" });
    expect(ps.match("gov.uk")).toBeNull();
    expect(ps.match("police.uk")).toBeNull();
  });

  test("not public sector", () => {
    for (const d of ["example.com", "gmail.com", "derbyshire-gov.uk", "gov.uk.example.com", "", "not a domain"]) expect(ps.match(d)).toBeNull();
  });

  test("Unicode input is matched through its ASCII form", () => {
    const custom = createPublicSectorDomains([{ pattern: "xn--mnchen-3ya.de", organisationType: "test" }, { pattern: "*.example", organisationType: null }]);
    expect(custom.match("münchen.de")).toMatchObject({ organisationType: "test" });
    expect(custom.match("a.example")).toMatchObject({ pattern: "*.example", organisationType: null });
    expect(custom.exactDomains).toEqual(["xn--mnchen-3ya.de"]);
    expect(custom.wildcardSuffixes).toEqual(["example"]);
  });

  test("the shipped list has every entry of the source", () => {
    const entries = ukPublicSectorEntries();
    expect(entries).toHaveLength(UKPS_DOMAINS_COUNT);
    expect(UKPS_DOMAINS_COUNT).toBeGreaterThan(500);
    expect(ps.exactDomains.length + ps.wildcardSuffixes.length).toBe(UKPS_DOMAINS_COUNT);
  });

  const source = join(ROOT, "..", "shared", "data", "ukps-user-domains.json");
  test("the shipped module is what scripts/data/build-ukps-domains.ts makes from ../shared", () => {
    const expected = renderUkpsDomainsModule(JSON.parse(readFileSync(source, "utf8")));
    const actual = readFileSync(join(ROOT, "src", "policy", "recipients", "data", "ukpsDomains.ts"), "utf8");
    expect(actual).toBe(expected);
  });

  test("the shipped list decodes to exactly the source's patterns and types (gov.uk names written bare)", () => {
    const json = JSON.parse(readFileSync(source, "utf8")) as { domains: Array<{ domain_pattern: string; organisation_type_id: string | null }> };
    const fromSource = new Set(json.domains.map((d) => `${d.organisation_type_id ?? ""} ${d.domain_pattern.trim().toLowerCase()}`));
    const decoded = ukPublicSectorEntries().map((e) => `${e.organisationType ?? ""} ${e.pattern}`);
    expect(new Set(decoded)).toEqual(fromSource);
    expect(decoded).toContain("local_authority barnet.gov.uk");
    expect(ps.match("barnet.gov.uk")).toMatchObject({ organisationType: "local_authority" });
  });

  test("only a single name under gov.uk is written bare", () => {
    expect(compactPattern("barnet.gov.uk")).toBe("barnet");
    expect(compactPattern("*.gov.uk")).toBe("*.gov.uk");
    expect(compactPattern("mail.barnet.gov.uk")).toBe("mail.barnet.gov.uk");
    expect(compactPattern("gov.uk")).toBe("gov.uk");
    expect(compactPattern("barnet.org.uk")).toBe("barnet.org.uk");
  });

  test("the generator rejects malformed sources", () => {
    expect(() => renderUkpsDomainsModule({})).toThrow(/domains/);
    expect(() => renderUkpsDomainsModule({ domains: [{ domain_pattern: "not a domain", organisation_type_id: null }] })).toThrow(/domains\[0\]/);
    expect(() => renderUkpsDomainsModule({ domains: [{ domain_pattern: "a.gov.uk", organisation_type_id: 3 }] })).toThrow(/organisation_type_id/);
  });
});
