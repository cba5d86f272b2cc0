/**
 * Retired secure-e-mail formats. The Government Secure Intranet family (GSI, GSX, GSE, GCSx:
 * *.gsi.gov.uk etc.) was switched off in 2019 and the Police National Network addresses
 * (*.pnn.police.uk) have been replaced by *.police.uk; mail to them bounces, or worse is
 * forwarded somewhere no one reads.
 *
 * The probable current domain drops the secure label ("justice.gsi.gov.uk" → "justice.gov.uk",
 * "derbyshire.pnn.police.uk" → "derbyshire.police.uk"), except where the organisation is known
 * to have moved elsewhere (probation, prison and courts addresses → justice.gov.uk).
 */

export interface RetiredFormatMatch {
  /** "*.gsi.gov.uk" */
  pattern: string;
  /** "GSI (Government Secure Intranet)" */
  network: string;
  /** "closed in 2019" */
  status: string;
  /** The probable current domain, null when there is nothing to go on ("x@gsi.gov.uk"). */
  currentDomain: string | null;
  basis: "known-move" | "drop-secure-label" | null;
}

interface RetiredSuffix {
  suffix: string;
  replacement: string;
  network: string;
  status: string;
}

const RETIRED_SUFFIXES: readonly RetiredSuffix[] = [
  { suffix: "gsi.gov.uk", replacement: "gov.uk", network: "GSI (Government Secure Intranet)", status: "closed in 2019" },
  { suffix: "gsx.gov.uk", replacement: "gov.uk", network: "GSX (Government Secure Extranet)", status: "closed in 2019" },
  { suffix: "gse.gov.uk", replacement: "gov.uk", network: "GSE (Government Secure Extranet)", status: "closed in 2019" },
  { suffix: "gcsx.gov.uk", replacement: "gov.uk", network: "GCSx (Government Connect Secure Extranet)", status: "closed in 2019" },
  { suffix: "pnn.police.uk", replacement: "police.uk", network: "PNN (Police National Network)", status: "replaced by police.uk addresses" },
];

/** Organisations whose secure addresses moved to another domain, by the label before the
 * secure suffix (also any subdomain of it: "london.probation.gsi.gov.uk"). */
const KNOWN_MOVES: { [label: string]: string } = {
  probation: "justice.gov.uk",
  noms: "justice.gov.uk",
  hmps: "justice.gov.uk",
  hmcts: "justice.gov.uk",
  "hmcourts-service": "justice.gov.uk",
  yjb: "yjb.gov.uk",
};

/** The retired format a domain (lower-case ASCII) is in, or null. */
export function retiredFormat(domain: string): RetiredFormatMatch | null {
  for (const r of RETIRED_SUFFIXES) {
    const base = { pattern: "*." + r.suffix, network: r.network, status: r.status };
    if (domain === r.suffix) return { ...base, currentDomain: null, basis: null };
    if (domain.length > r.suffix.length && domain.endsWith(r.suffix) && domain.charAt(domain.length - r.suffix.length - 1) === ".") {
      const before = domain.slice(0, -(r.suffix.length + 1));
      const lastLabel = before.slice(before.lastIndexOf(".") + 1);
      const moved = Object.prototype.hasOwnProperty.call(KNOWN_MOVES, lastLabel) ? KNOWN_MOVES[lastLabel] : undefined;
      if (moved !== undefined) return { ...base, currentDomain: moved, basis: "known-move" };
      return { ...base, currentDomain: before + "." + r.replacement, basis: "drop-secure-label" };
    }
  }
  return null;
}
