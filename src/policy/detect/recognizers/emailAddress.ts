/**
 * Email addresses. Scans outward from each '@' over bounded runs of the characters allowed
 * in a local part and a domain, instead of one big regex, so adversarial text such as long
 * runs of dots or '@' stays linear.
 */
import type { Candidate, Recognizer } from "../types";
import * as chars from "./chars";

// Bound once: under CommonJS transpilation every use of a named import is a getter call.
const { isAlnumCode } = chars;

const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;
const LOCAL_PUNCT = "!#$%&'*+/=?^_`{|}~.-";

function isLocalChar(c: number): boolean {
  return isAlnumCode(c) || (c < 128 && LOCAL_PUNCT.indexOf(String.fromCharCode(c)) !== -1);
}

function isDomainChar(c: number): boolean {
  return isAlnumCode(c) || c === 45 /* - */ || c === 46 /* . */;
}

/** Domain must be dot-separated labels of letters, digits and inner hyphens, with a letter TLD. */
const DOMAIN = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,8}[A-Za-z]{2,24}$/;

export const emailAddress: Recognizer = {
  kind: "email-address",
  // Email addresses: a local part, '@' and a domain with a letter top-level domain.
  find(text: string): Candidate[] {
    const out: Candidate[] = [];
    let at = text.indexOf("@");
    let minStart = 0;
    while (at !== -1) {
      let s = at;
      while (s > minStart && at - s < MAX_LOCAL && isLocalChar(text.charCodeAt(s - 1))) s--;
      // Leading dots and quote-like punctuation belong to the sentence, not the address.
      while (s < at && !isAlnumCode(text.charCodeAt(s)) && text.charCodeAt(s) !== 95) s++;
      let e = at + 1;
      while (e < text.length && e - at <= MAX_DOMAIN && isDomainChar(text.charCodeAt(e))) e++;
      // A full stop or hyphen after the address ends the sentence, not the domain.
      while (e > at + 1 && !isAlnumCode(text.charCodeAt(e - 1))) e--;
      const local = text.slice(s, at);
      if (
        local.length > 0 &&
        local.charCodeAt(local.length - 1) !== 46 &&
        local.indexOf("..") === -1 &&
        DOMAIN.test(text.slice(at + 1, e))
      ) {
        out.push({ start: s, end: e, kind: "email-address", confidence: 0.99 });
        minStart = e;
      }
      at = text.indexOf("@", at + 1);
    }
    return out;
  },
};
