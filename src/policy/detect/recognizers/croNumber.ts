/**
 * Criminal Records Office numbers: "065656/91H" (serial of up to six digits / two-digit year,
 * check letter) and the fingerprint form "SF05/482703J" (SF, year / serial, check letter).
 * The check letter covers the year followed by the serial: padded to six digits in the
 * standard form, as written in the SF form.
 */
import type { Candidate, Recognizer } from "../types";
import * as chars from "./chars";
import { checkCharFor, padStart } from "./checkChar";

// Bound once: under CommonJS transpilation every use of a named import is a getter call.
const { alnumAt, cueBefore } = chars;

const STANDARD = /\b(\d{1,6})\/(\d{2})([A-Za-z])/g;
const SF = /\b[Ss][Ff](\d{2})\/(\d{1,6})([A-Za-z])/g;
const CUE = /\bcro\b[^\n]{0,20}$/i;
/** "CRO" (or "CRO no./number") right before a full six-digit form: a failing check letter is a typing slip. */
const NAMED_CRO = /\bcro[ \t]*(?:number|no\b\.?|ref)?[ \t]*[:#.-]?[ \t]*$/i;

export function isValidCroStandard(serial: string, year: string, check: string): boolean {
  return checkCharFor(year + padStart(serial, 6)) === check.toUpperCase();
}

export function isValidCroSf(year: string, serial: string, check: string): boolean {
  return checkCharFor(year + serial) === check.toUpperCase();
}

function scan(text: string, re: RegExp, sf: boolean, out: Candidate[]): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    if (alnumAt(text, start - 1) || alnumAt(text, end)) {
      // The digit run may have started inside a longer number: skip past it, not into it.
      re.lastIndex = sf ? start + 1 : end;
      continue;
    }
    const a = m[1] as string;
    const b = m[2] as string;
    const check = m[3] as string;
    const valid = sf ? isValidCroSf(a, b, check) : isValidCroStandard(a, b, check);
    const cued = cueBefore(text, start, CUE, 30);
    if (!valid && !(!sf && a.length === 6 && cueBefore(text, start, NAMED_CRO, 20))) continue;
    // Short serials are common in other numbering ("12/34A"): demand six digits or a cue.
    const full = sf || a.length === 6;
    if (!full && !cued) continue;
    out.push({ start, end, kind: "cro-number", confidence: cued ? 0.99 : 0.9 });
  }
}

export const croNumber: Recognizer = {
  kind: "cro-number",
  // Criminal Records Office numbers (NNNNNN/YYC and SFYY/NNNNNNC) with a valid mod-23 check letter.
  find(text: string): Candidate[] {
    const out: Candidate[] = [];
    scan(text, STANDARD, false, out);
    scan(text, SF, true, out);
    return out.sort((x, y) => x.start - y.start);
  },
};
