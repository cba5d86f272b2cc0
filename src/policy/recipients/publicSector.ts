/**
 * UK public-sector mail domains: exact domains ("nhs.net", "derbyshire.gov.uk") and wildcard
 * patterns ("*.gov.uk", "*.police.uk", "*.nhs.uk"), with the organisation type the source gives.
 *
 * Matching follows the source's own library (ukps-domains, libraries/nodejs): an exact entry
 * first; otherwise a "*.suffix" pattern matches any subdomain of suffix (not suffix itself).
 * Where several wildcards match, the most specific wins ("a.mod.gov.uk" → *.mod.gov.uk,
 * military, not *.gov.uk). One Map lookup per label of the domain.
 *
 * The shipped list is data/ukpsDomains.ts (generated; see data/NOTICE.md for source and licence).
 */
import { UKPS_DOMAINS } from "./data/ukpsDomains";
import { toAsciiDomain } from "./domain";

export interface PublicSectorEntry {
  /** "derbyshire.gov.uk" or "*.gov.uk", lower-case ASCII. */
  pattern: string;
  /** The source's organisation_type_id ("local_authority", "nhs", "police"…), null when none. */
  organisationType: string | null;
}

export interface PublicSectorMatch extends PublicSectorEntry {
  wildcard: boolean;
}

export interface PublicSectorDomains {
  /** The entry a domain belongs to, or null. Accepts Unicode or ASCII, any case. */
  match(domain: string): PublicSectorMatch | null;
  /** Every exact (non-wildcard) domain, e.g. for look-alike checks. */
  readonly exactDomains: readonly string[];
  /** Every wildcard suffix, without its "*." ("gov.uk", "police.uk"…). */
  readonly wildcardSuffixes: readonly string[];
}

const ASCII_LOWER_HOST = /^[a-z0-9.-]*$/;

class PublicSectorTable implements PublicSectorDomains {
  private readonly exact = new Map<string, PublicSectorMatch>();
  private readonly wildcards = new Map<string, PublicSectorMatch>();
  readonly exactDomains: string[] = [];
  readonly wildcardSuffixes: string[] = [];

  constructor(entries: Iterable<PublicSectorEntry>) {
    for (const e of entries) {
      const pattern = String(e.pattern).trim().toLowerCase();
      if (pattern.slice(0, 2) === "*.") {
        const suffix = pattern.slice(2);
        if (suffix === "" || this.wildcards.has(suffix)) continue;
        this.wildcards.set(suffix, { pattern, organisationType: e.organisationType, wildcard: true });
        this.wildcardSuffixes.push(suffix);
      } else if (pattern !== "" && !this.exact.has(pattern)) {
        this.exact.set(pattern, { pattern, organisationType: e.organisationType, wildcard: false });
        this.exactDomains.push(pattern);
      }
    }
  }

  match(domain: string): PublicSectorMatch | null {
    if (typeof domain !== "string") return null;
    let d = domain.toLowerCase();
    if (d.charAt(d.length - 1) === ".") d = d.slice(0, -1);
    if (!ASCII_LOWER_HOST.test(d)) {
      const ascii = toAsciiDomain(d);
      if (ascii === null) return null;
      d = ascii;
    }
    const hit = this.exact.get(d);
    if (hit !== undefined) return hit;
    // Longest suffix first: the most specific wildcard wins.
    for (let i = d.indexOf("."); i >= 0 && i < d.length - 1; i = d.indexOf(".", i + 1)) {
      const w = this.wildcards.get(d.slice(i + 1));
      if (w !== undefined) return w;
    }
    return null;
  }
}

/** A matcher over any list of entries (tests, or another jurisdiction's list). */
export function createPublicSectorDomains(entries: Iterable<PublicSectorEntry>): PublicSectorDomains {
  return new PublicSectorTable(entries);
}

/** Entries of the shipped list (decoded from the compact data module). */
export function ukPublicSectorEntries(): PublicSectorEntry[] {
  const out: PublicSectorEntry[] = [];
  for (const [organisationType, patterns] of UKPS_DOMAINS) {
    for (const written of patterns.split(" ")) {
      if (written === "") continue;
      // The module writes a name under gov.uk without its suffix (scripts/data/ukpsDomainsModule.ts).
      const pattern = written.indexOf(".") < 0 ? written + ".gov.uk" : written;
      out.push({ pattern, organisationType });
    }
  }
  return out;
}

let shipped: PublicSectorDomains | null = null;

/** The shipped UK public-sector list (GOV.UK ukps-domains, 30 April 2026), built on first use. */
export function ukPublicSectorDomains(): PublicSectorDomains {
  if (shipped === null) shipped = createPublicSectorDomains(ukPublicSectorEntries());
  return shipped;
}
