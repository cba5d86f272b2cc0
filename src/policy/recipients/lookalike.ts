/**
 * Look-alike domains: an index of the domains a recipient could be imitating (the agreement's,
 * the sender's own, and the exact public-sector ones), built once, and `find` for one host.
 *
 * Checks, in order (the first that fires is reported):
 * 1. confusable / IDN homograph: same skeleton (confusables.ts) as a known domain, for the
 *    registrable domain or any trailing run of labels ("derbyshíre.gov.uk", "xn--…",
 *    "derbyshire.gоv.uk" with a Cyrillic о). ASCII-only confusables need a target label of
 *    at least 4 characters.
 * 2. edit distance on the registrable label, same public suffix, bounded: none for labels under
 *    5 characters, 1 for 5–7, 2 for 8 and more ("derbyshlre.gov.uk", "justise.gov.uk").
 *    Inside registrar-controlled namespaces (gov.uk, nhs.uk, police.uk, ac.uk… and anything on
 *    the public-sector list) only the agreement's and the sender's domains are targets: there,
 *    near names are mostly other real bodies (eastsussex/westsussex, harlow/harrow).
 * 3. outside those namespaces only:
 *    - embedded: a known domain, or its name plus the first label of its suffix, inside another
 *      host, dotted or hyphenated ("derbyshire.gov.uk.mail-secure.com", "derbyshire-gov.uk",
 *      "derbyshire.gov.com"; public-sector names under 4 characters only as the agreement's own);
 *      or its name (5+ characters) as a token next to a government-ish
 *      marker ("derbyshire-council.co.uk", "derbyshirecouncil.com", "derby-gov.net");
 *    - other suffix: an agreement (or own) domain's name, 5+ characters, under another suffix
 *      ("derbyshire.co.uk", "derby.com").
 * Known legitimate domains (the caller checks: agreement and mailbox domains, public-sector exact
 * entries, webmail, the sender's own) are never looked up here.
 *
 * Cost per host: a few Map lookups and edit distances against the targets sharing its suffix
 * (a few dozen at most), each with early exit.
 */
import type { Mailbox, Partner } from "../agreement/types";
import { isAscii, skeleton } from "./confusables";
import { hostParts, toUnicodeDomain, type HostParts } from "./domain";
import { boundedEditDistance } from "./editDistance";
import type { LookalikeReason } from "./types";

export type TargetSource = "agreement" | "own-organisation" | "public-sector";

export interface LookalikeTarget {
  /** Registrable domain, ASCII ("derbyshire.gov.uk"). */
  domain: string;
  label: string;
  suffix: string;
  skeletonDomain: string;
  skeletonLabel: string;
  source: TargetSource;
  partner?: Partner;
  mailbox?: Mailbox;
}

export interface LookalikeCandidate {
  /** The host, ASCII and Unicode forms. */
  host: string;
  hostUnicode: string;
  parts: HostParts;
  isIdn: boolean;
  /** In a registrar-controlled namespace (see above). */
  controlled: boolean;
}

export interface LookalikeHit {
  target: LookalikeTarget;
  reason: LookalikeReason;
  detail: string;
}

/** Markers that, next to a known name, make a host claim to be that body. */
const MARKERS: readonly string[] = [
  "gov", "govt", "government", "council", "cc", "cyngor", "secure", "securemail", "gsi", "gsx", "gse", "gcsx", "pnn",
  "cjsm", "nhs", "police", "probation", "justice", "moj",
];
const MARKER_SKELETONS: readonly string[] = MARKERS.map(skeleton);
const MARKER_SET = new Set<string>(MARKER_SKELETONS);
const TOKEN_SPLIT = /[.-]+/;
const MAX_RUN = 4;
const MAX_TRAILING = 6;
const MIN_NAME = 5;

export function maxEditDistance(labelLength: number): number {
  return labelLength < 5 ? 0 : labelLength < 8 ? 1 : 2;
}

/** A target for a domain, or null when it has no registrable label. */
export function makeTarget(domain: string, source: TargetSource, partner?: Partner, mailbox?: Mailbox): LookalikeTarget | null {
  const parts = hostParts(domain);
  if (parts.label === "" || parts.suffix === "") return null;
  const t: LookalikeTarget = {
    domain: parts.registrable,
    label: parts.label,
    suffix: parts.suffix,
    skeletonDomain: skeleton(toUnicodeDomain(parts.registrable)),
    skeletonLabel: skeleton(toUnicodeDomain(parts.label + ".x").slice(0, -2)),
    source,
  };
  if (partner !== undefined) t.partner = partner;
  if (mailbox !== undefined) t.mailbox = mailbox;
  return t;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

export class LookalikeIndex {
  private readonly agreement: LookalikeTarget[] = [];
  private readonly bySkeleton = new Map<string, LookalikeTarget>();
  private readonly bySuffix = new Map<string, LookalikeTarget[]>();
  private readonly byName = new Map<string, LookalikeTarget[]>();
  private readonly runs = new Map<string, LookalikeTarget>();
  private readonly seen = new Set<string>();

  /** Agreement targets first: they win ties. */
  constructor(agreementTargets: readonly LookalikeTarget[], publicSectorTargets: readonly LookalikeTarget[]) {
    for (const t of agreementTargets) this.add(t);
    for (const t of publicSectorTargets) this.add(t);
  }

  private add(t: LookalikeTarget): void {
    if (this.seen.has(t.domain)) return;
    this.seen.add(t.domain);
    if (t.source !== "public-sector") this.agreement.push(t);
    if (!this.bySkeleton.has(t.skeletonDomain)) this.bySkeleton.set(t.skeletonDomain, t);
    push(this.bySuffix, t.suffix, t);
    if (t.skeletonLabel.length >= MIN_NAME) push(this.byName, t.skeletonLabel, t);
    // Short public-sector names ("kew.org", "os.uk") inside other hosts are mostly coincidence
    // ("kew.org.uk"); the agreement's own domains count whatever their length.
    const runsAllowed = t.source !== "public-sector" || t.skeletonLabel.length >= 4;
    if (runsAllowed && !this.runs.has(t.skeletonDomain)) this.runs.set(t.skeletonDomain, t);
    const firstSuffixLabel = t.suffix.split(".")[0] ?? "";
    if (t.suffix.indexOf(".") > 0 && t.skeletonLabel.length >= 4) {
      const partial = t.skeletonLabel + "." + skeleton(firstSuffixLabel);
      if (!this.runs.has(partial)) this.runs.set(partial, t);
    }
  }

  /** The target a candidate imitates, or null. `own` is the sender's organisation, if any. */
  find(c: LookalikeCandidate, own: LookalikeTarget | null): LookalikeHit | null {
    const reg = c.parts.registrable;
    const hostLabels = c.hostUnicode.split(".");
    const regLabelCount = reg.split(".").length;
    const ascii = isAscii(c.hostUnicode);
    const skHost = skeleton(c.hostUnicode);
    const skLabels = skHost.split(".");

    // 1. Same skeleton as a known domain, for any trailing run of two or more labels.
    for (let i = Math.max(0, skLabels.length - MAX_TRAILING); i + 1 < skLabels.length; i++) {
      const sk = i === 0 ? skHost : skLabels.slice(i).join(".");
      let t = this.bySkeleton.get(sk);
      if (t === undefined && own !== null && own.skeletonDomain === sk) t = own;
      if (t !== undefined && t.domain !== reg && (!ascii || t.label.length >= 4)) {
        const reason: LookalikeReason = c.isIdn ? "idn-homograph" : "confusable";
        const shown = c.isIdn ? `${c.hostUnicode} (${c.host})` : c.host;
        return { target: t, reason, detail: `${shown} looks like ${t.domain} but is a different domain` };
      }
    }

    // 2. Edit distance on the registrable label, same suffix. (Distance 0 here would be an equal
    // skeleton, already handled by 1.) Ties go to the first target: own, then agreement ones.
    const label =
      skLabels.length === hostLabels.length
        ? (skLabels[skLabels.length - regLabelCount] ?? "")
        : skeleton(hostLabels[Math.max(0, hostLabels.length - regLabelCount)] ?? "");
    const suffix = c.parts.suffix;
    let best: LookalikeTarget | null = null;
    let bestDistance = 3;
    const pool = c.controlled ? this.agreement : (this.bySuffix.get(suffix) ?? []);
    for (const t of own !== null ? [own].concat(pool) : pool) {
      if (t.suffix !== suffix || t.domain === reg) continue;
      const bound = Math.min(maxEditDistance(t.label.length), bestDistance - 1);
      if (bound < 1) continue;
      const d = boundedEditDistance(label, t.skeletonLabel, bound);
      if (d >= 1 && d <= bound) {
        best = t;
        bestDistance = d;
      }
    }
    if (best !== null) {
      const plural = bestDistance === 1 ? "" : "s";
      const shown = c.isIdn ? `${c.hostUnicode} (${c.host})` : c.host;
      return { target: best, reason: "edit-distance", detail: `${shown} differs by ${bestDistance} character${plural} from ${best.domain}` };
    }
    if (c.controlled) return null;

    // 3a. Embedded: a known domain (or name.first-suffix-label) as a run of tokens.
    const tokens = skHost.split(TOKEN_SPLIT).filter((s) => s !== "");
    for (let i = 0; i < tokens.length; i++) {
      for (let n = 2; n <= MAX_RUN && i + n <= tokens.length; n++) {
        const t = this.runs.get(tokens.slice(i, i + n).join("."));
        if (t !== undefined && t.domain !== reg) {
          return { target: t, reason: "embedded", detail: `${c.host} contains ${t.domain} but is a different domain (${reg})` };
        }
      }
    }
    // 3b. A known name (5+ characters) with a government-ish marker.
    const hasMarkerToken = (except: number): boolean => {
      for (let j = 0; j < tokens.length; j++) if (j !== except && MARKER_SET.has(tokens[j] ?? "")) return true;
      return false;
    };
    for (let i = 0; i < tokens.length; i++) {
      const tok = tokens[i] ?? "";
      const named = this.byName.get(tok);
      if (named !== undefined && hasMarkerToken(i)) {
        const t = named[0];
        if (t !== undefined && t.domain !== reg) {
          return { target: t, reason: "embedded", detail: `${c.host} uses the name of ${t.domain} but is a different domain (${reg})` };
        }
      }
      for (const m of MARKER_SKELETONS) {
        if (tok.length <= m.length + 4) continue;
        let rest: string | null = null;
        if (tok.endsWith(m)) rest = tok.slice(0, -m.length);
        else if (tok.startsWith(m)) rest = tok.slice(m.length);
        const hit = rest === null ? undefined : this.byName.get(rest);
        const t = hit === undefined ? undefined : hit[0];
        if (t !== undefined && t.domain !== reg) {
          return { target: t, reason: "embedded", detail: `${c.host} uses the name of ${t.domain} but is a different domain (${reg})` };
        }
      }
    }

    // 3c. An agreement (or own) domain's name under another suffix.
    if (label.length >= MIN_NAME) {
      const sameName = (this.byName.get(label) ?? []).filter((t) => t.source !== "public-sector" && t.suffix !== suffix);
      if (own !== null && own.skeletonLabel === label && own.suffix !== suffix) sameName.unshift(own);
      const t = sameName[0];
      if (t !== undefined && t.domain !== reg) {
        return { target: t, reason: "other-suffix", detail: `${reg} has the name of ${t.domain} under another ending (.${suffix})` };
      }
    }
    return null;
  }
}
