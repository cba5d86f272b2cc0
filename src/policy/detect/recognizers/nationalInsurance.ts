/**
 * National Insurance numbers: two prefix letters, six digits and a suffix letter A-D, spaced
 * ("AB 12 34 56 C") or not, in any case. HMRC never issues prefixes whose first letter is
 * D F I Q U V, whose second is D F I O Q U V, nor BG GB KN NK NT TN ZZ.
 */
import type { Candidate, Recognizer } from "../types";
import * as chars from "./chars";

// Bound once: under CommonJS transpilation every use of a named import is a getter call.
const { cueBefore, forEachToken } = chars;

// Prefix, then three digit pairs and the suffix, each optionally preceded by one space.
const SHAPE = /\b([A-Za-z]{2}) ?(\d\d) ?(\d\d) ?(\d\d) ?([A-Da-d])/g;
const CUE = /\b(?:ni|nino|n\.i\.|national insurance)\b[^\n]{0,20}$/i;
const BAD_FIRST = "DFIQUV";
const BAD_SECOND = "DFIOQUV";
const BAD_PREFIXES = ["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"];

export function isValidNinoPrefix(prefix: string): boolean {
  const p = prefix.toUpperCase();
  if (p.length !== 2) return false;
  if (BAD_FIRST.indexOf(p.charAt(0)) !== -1 || BAD_SECOND.indexOf(p.charAt(1)) !== -1) return false;
  return BAD_PREFIXES.indexOf(p) === -1;
}

function isUpper(s: string): boolean {
  return s === s.toUpperCase();
}

export const nationalInsurance: Recognizer = {
  kind: "national-insurance-number",
  // National Insurance numbers: HMRC-valid two-letter prefix, six digits, suffix A-D.
  find(text: string): Candidate[] {
    const out: Candidate[] = [];
    forEachToken(SHAPE, text, (m, start, end) => {
      const prefix = m[1] as string;
      const suffix = m[5] as string;
      if (!isValidNinoPrefix(prefix)) return false;
      // Spacing must be all-or-nothing: "AB 123456 C" and "AB123456C" are how people write
      // it; a lone inner space is more likely two unrelated tokens.
      const compact = m[0].replace(/ /g, "");
      const spaces = m[0].length - compact.length;
      if (spaces !== 0 && spaces !== 4 && !(spaces === 2 && m[0].charAt(2) === " " && m[0].charAt(m[0].length - 2) === " ")) {
        return;
      }
      const cued = cueBefore(text, start, CUE, 30);
      // Mixed case ("Ab123456c") is how words look, not identifiers: accept only with a cue.
      const consistentCase =
        isUpper(prefix.charAt(0)) === isUpper(prefix.charAt(1)) && isUpper(prefix) === isUpper(suffix);
      if (!consistentCase && !cued) return;
      const upper = isUpper(prefix);
      out.push({ start, end, kind: "national-insurance-number", confidence: cued ? 0.99 : upper ? 0.9 : 0.7 });
    });
    return out;
  },
};
