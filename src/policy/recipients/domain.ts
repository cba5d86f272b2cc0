/**
 * Mail domains: normalisation (lower case, NFC, both the Unicode and the ASCII "xn--" form) and
 * their registrable parts (tldts-icann: only the ICANN section of the Public Suffix List, the
 * only part SafeShare reads; leaving the private section out keeps the Send bundle smaller).
 *
 * tldts treats gov.uk, police.uk, nhs.uk, ac.uk… as public suffixes (they are in the ICANN
 * section), so the registrable domain of "a.derbyshire.gov.uk" is "derbyshire.gov.uk" and its
 * registrable *label* is "derbyshire". Private-section suffixes (blogspot.co.uk, uk.com…) are left
 * out on purpose: "x.uk.com" is then registrable as "uk.com", which is what a reader would see.
 *
 * Pure: no Node built-ins (punycode is the npm package, imported as "punycode/"). Regex literals
 * are ES2016. Nothing here throws.
 */
import { decode as punyDecode, encode as punyEncode } from "punycode/";
import { parse as parseHost } from "tldts-icann";

/** Dots that IDNA treats as label separators (ideographic and full-width full stops). */
const DOT_VARIANTS = /[\u3002\uff0e\uff61]/g;
const ASCII_ONLY = /^[^\u0080-\uffff]*$/;
/** An LDH label (letters, digits, hyphens; no hyphen at either end). */
const LDH_LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
/** Non-ASCII code units that never belong in a domain: C1 controls and no-break space, other
 * spaces and separators, non-characters. (ASCII in a Unicode label must be LDH.) */
const FORBIDDEN_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0080, 0x00a0], [0x1680, 0x1680], [0x2000, 0x200a], [0x2028, 0x2029], [0x202f, 0x202f], [0x205f, 0x205f],
  [0x3000, 0x3000], [0xfff0, 0xffff],
];

/** True when every character of a non-ASCII label may appear in an IDN label (lone surrogates
 * and the characters above may not; ASCII must be lower-case letters, digits or hyphens). */
function idnLabelCharsAllowed(label: string): boolean {
  for (let i = 0; i < label.length; i++) {
    const c = label.charCodeAt(i);
    if (c < 0x80) {
      const ldh = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2d;
      if (!ldh) return false;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = label.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return false;
      i++;
      continue;
    }
    if (c >= 0xdc00 && c <= 0xdfff) return false;
    for (const [lo, hi] of FORBIDDEN_RANGES) if (c >= lo && c <= hi) return false;
  }
  return true;
}
const ALL_DIGITS = /^[0-9]+$/;
/** Already-normal ASCII host names: lower-case LDH labels, two or more. */
const PLAIN_HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

export type DomainResult =
  | {
      ok: true;
      /** Lower-case, NFC, labels decoded from xn-- ("derbyshíre.gov.uk"). */
      unicode: string;
      /** Lower-case ASCII, non-ASCII labels encoded as xn-- ("xn--derbyshre-v2a.gov.uk"). */
      ascii: string;
      /** True when any label is non-ASCII (written in Unicode or as xn--). */
      isIdn: boolean;
    }
  | { ok: false; message: string };

function safeLower(text: string): string {
  if (ASCII_ONLY.test(text)) return text.toLowerCase();
  let s = text;
  try {
    s = s.normalize("NFC");
  } catch {
    // Lone surrogates and the like: keep the text as given.
  }
  return s.toLowerCase();
}

function decodeLabel(asciiLabel: string): string | null {
  if (asciiLabel.slice(0, 4) !== "xn--") return asciiLabel;
  try {
    const decoded = punyDecode(asciiLabel.slice(4));
    // A label must round-trip: "xn--abc" that decodes to plain ASCII is not a valid A-label.
    if (decoded === "" || ASCII_ONLY.test(decoded) || punyEncode(decoded) !== asciiLabel.slice(4)) return null;
    return decoded;
  } catch {
    return null;
  }
}

function encodeLabel(unicodeLabel: string): string | null {
  try {
    return "xn--" + punyEncode(unicodeLabel);
  } catch {
    return null;
  }
}

/**
 * Normalises a mail domain and checks it is a plausible DNS name: at least two labels, each 1–63
 * characters (in ASCII form), letters/digits/hyphens or Unicode letters, total at most 253, a
 * top-level label that is not all digits, and xn-- labels that decode.
 */
export function normaliseDomain(raw: string): DomainResult {
  if (typeof raw !== "string") return { ok: false, message: "the domain is missing" };
  if (raw.length <= 253 && PLAIN_HOST.test(raw) && raw.indexOf("xn--") < 0) return { ok: true, unicode: raw, ascii: raw, isIdn: false };
  let s = safeLower(raw.trim()).replace(DOT_VARIANTS, ".");
  if (s.length > 0 && s.charAt(s.length - 1) === ".") s = s.slice(0, -1);
  if (s === "") return { ok: false, message: "the domain is empty" };
  if (s.length > 1000) return { ok: false, message: "the domain is longer than 253 characters" };
  const labels = s.split(".");
  if (labels.length < 2) return { ok: false, message: `"${s}" has no dot: a mail domain looks like example.gov.uk` };
  const asciiLabels: string[] = [];
  const unicodeLabels: string[] = [];
  let isIdn = false;
  for (const label of labels) {
    if (label === "") return { ok: false, message: `"${s}" has an empty label (two dots together, or a dot at the start)` };
    if (ASCII_ONLY.test(label)) {
      if (!LDH_LABEL.test(label)) {
        return { ok: false, message: `"${label}" is not a valid domain label (letters, digits and inner hyphens only, at most 63)` };
      }
      const decoded = decodeLabel(label);
      if (decoded === null) return { ok: false, message: `"${label}" is not valid Punycode` };
      if (decoded !== label) isIdn = true;
      asciiLabels.push(label);
      unicodeLabels.push(decoded);
    } else {
      if (!idnLabelCharsAllowed(label)) return { ok: false, message: `"${label}" contains characters not allowed in a domain` };
      if (label.charAt(0) === "-" || label.charAt(label.length - 1) === "-") {
        return { ok: false, message: `"${label}" starts or ends with a hyphen` };
      }
      const encoded = encodeLabel(label);
      if (encoded === null || encoded.length > 63) return { ok: false, message: `"${label}" is too long for a domain label` };
      isIdn = true;
      asciiLabels.push(encoded);
      unicodeLabels.push(label);
    }
  }
  const ascii = asciiLabels.join(".");
  if (ascii.length > 253) return { ok: false, message: "the domain is longer than 253 characters" };
  const tld = asciiLabels[asciiLabels.length - 1] ?? "";
  if (ALL_DIGITS.test(tld)) return { ok: false, message: `"${s}" ends in a number, not a top-level domain` };
  return { ok: true, unicode: unicodeLabels.join("."), ascii, isIdn };
}

/** The Unicode form of a domain ("xn--mnchen-3ya.de" → "münchen.de"); the input, lower-cased,
 * when it cannot be converted. */
export function toUnicodeDomain(domain: string): string {
  const r = normaliseDomain(domain);
  return r.ok ? r.unicode : safeLower(String(domain));
}

/** The ASCII (xn--) form of a domain ("münchen.de" → "xn--mnchen-3ya.de"), or null when it is
 * not a valid domain. */
export function toAsciiDomain(domain: string): string | null {
  const r = normaliseDomain(domain);
  return r.ok ? r.ascii : null;
}

export interface HostParts {
  /** The host as given (ASCII form). */
  host: string;
  /** Registrable domain ("derbyshire.gov.uk"); the host itself when there is none
   * (e.g. "x.sch.uk", where the Public Suffix List has a wildcard). */
  registrable: string;
  /** The registrable domain without its public suffix ("derbyshire"). */
  label: string;
  /** The public suffix ("gov.uk"). */
  suffix: string;
}

const TLDTS_OPTIONS = { extractHostname: false, validateHostname: false, detectIp: false, allowPrivateDomains: false };

/** Registrable domain, label and public suffix of an ASCII host name, by tldts-icann. */
export function hostParts(asciiHost: string): HostParts {
  let domain: string | null = null;
  let label: string | null = null;
  let suffix: string | null = null;
  try {
    const r = parseHost(asciiHost, TLDTS_OPTIONS);
    domain = r.domain;
    label = r.domainWithoutSuffix;
    suffix = r.publicSuffix;
  } catch {
    // Fall through to the naive split below.
  }
  if (domain === null || label === null || suffix === null) {
    const dot = asciiHost.indexOf(".");
    return {
      host: asciiHost,
      registrable: asciiHost,
      label: dot < 0 ? asciiHost : asciiHost.slice(0, dot),
      suffix: suffix !== null && suffix !== asciiHost ? suffix : dot < 0 ? "" : asciiHost.slice(dot + 1),
    };
  }
  return { host: asciiHost, registrable: domain, label, suffix };
}

/** True when `domain` is `parent` or one of its subdomains. */
export function isWithin(domain: string, parent: string): boolean {
  return domain === parent || (domain.length > parent.length && domain.slice(-(parent.length + 1)) === "." + parent);
}
