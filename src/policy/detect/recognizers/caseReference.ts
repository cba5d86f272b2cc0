/**
 * Case references: nDelius case reference numbers (CRN: one letter and six digits,
 * "X123456"), and any reference-like token that follows a cue such as "case", "ref",
 * "reference", "case no." or "CRN". A case reference is what a subject line should carry
 * instead of a name, so this kind is reported but not identifying.
 */
import type { Candidate, Recognizer } from "../types";
import * as chars from "./chars";

// Bound once: under CommonJS transpilation every use of a named import is a getter call.
const { alnumAt, isAlnumCode } = chars;

// Cue, optional "ref/no/number" follow-on (not when it starts the token, as in "REF/2026/0077"), optional punctuation, then the token start.
const CUED =
  /\b(?:case|crn|ref|reference)\b(?:\s(?:ref|reference|no|number|id)\b(?![/-]))?\.?\s{0,2}(?:[:#]\s{0,2})?(?:no\.?\s{0,2})?([A-Za-z]{0,4}[/-]?\d[A-Za-z0-9/-]{3,17})/gi;
const YEAR = /^(?:19|20)\d\d$/;
const CRN = /\b[A-Z]\d{6}/g;

/** Trims separators the token pattern swallowed at its end ("1234/" in "ref 1234/."). */
function tokenEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && !isAlnumCode(text.charCodeAt(e - 1))) e--;
  return e;
}

export const caseReference: Recognizer = {
  kind: "case-reference",
  // Case references: nDelius CRNs (A123456) and reference numbers after 'case', 'ref' or 'CRN' cues.
  find(text: string): Candidate[] {
    const out: Candidate[] = [];
    CUED.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = CUED.exec(text)) !== null) {
      const token = m[1] as string;
      const start = m.index + m[0].length - token.length;
      const end = tokenEnd(text, start, m.index + m[0].length);
      // A token that runs on into letters or digits is longer than any reference: skip it.
      if (alnumAt(text, m.index + m[0].length) || end - start < 4) continue;
      let digits = 0;
      for (let i = start; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c >= 48 && c <= 57) digits++;
      }
      // "case 2024", "reference 1989": a bare year is a date, not a reference.
      if (digits < 4 || YEAR.test(text.slice(start, end))) continue;
      out.push({ start, end, kind: "case-reference", confidence: 0.9 });
    }
    // Bare CRNs: the nDelius shape is distinctive enough on its own, but less certain.
    CRN.lastIndex = 0;
    const cued = out.slice();
    let j = 0;
    while ((m = CRN.exec(text)) !== null) {
      const start = m.index;
      const end = start + 7;
      if (alnumAt(text, start - 1) || alnumAt(text, end)) {
        CRN.lastIndex = start + 1;
        continue;
      }
      while (j < cued.length && (cued[j] as Candidate).end <= start) j++;
      const covered = j < cued.length && (cued[j] as Candidate).start <= start;
      if (!covered) out.push({ start, end, kind: "case-reference", confidence: 0.7 });
    }
    return out.sort((a, b) => a.start - b.start);
  },
};
