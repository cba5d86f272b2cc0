/**
 * NHS numbers: ten digits, written 3-3-4 with spaces or hyphens or run together, whose last
 * digit is the modulus-11 check digit of the first nine. Rejects numbers that are part of a
 * longer grouped digit sequence (a phone number, an account number).
 */
import type { Candidate, Recognizer } from "../types";
import * as chars from "./chars";

// Bound once: under CommonJS transpilation every use of a named import is a getter call.
const { alnumAt, cueBefore, isDigitCode } = chars;

// Either "ddd ddd dddd" with one consistent separator, or ten digits run together.
const SHAPE = /\b(?:\d{3}([ -])\d{3}\1\d{4}|\d{10})/g;
const NEXT_NHS = /^(?:\d{3}([ -])\d{3}\1\d{4}|\d{10})(?!\d)/;
const PREV_NHS = /(?:^|[^\d+])(?:\d{3}([ -])\d{3}\1\d{4}|\d{10})$/;
const DATE_BEFORE = /\d[/.:]\d{1,4}$/;
const DATE_AFTER = /^\d{1,4}[/.:]\d/;
const CUE = /\bnhs\b[^\n]{0,20}$/i;
/**
 * "NHS number" (or "NHS no.") itself, a few words before: the writer says it is one, so a
 * number of the right shape counts even when its check digit fails (a slip in typing it is
 * still an NHS number to the reader, and still the person's).
 */
const NAMED_NHS_NUMBER = /\bnhs[ \t]*(?:number|no\b\.?|num\b)[^\n.;]{0,30}$/i;
/**
 * A label right before the number naming another kind of number: "The purchase order is
 * 4500923381", "the purchase order for this one is 4500718826", "The purchase order for interpreting this
 * financial year is 4500711228", "Invoice no. 6012345678", "Serial: 1234567881". One ten-digit number in eleven
 * passes the check digit, so a finance or asset number would otherwise read as an NHS number.
 */
const OTHER_NUMBER_LABEL =
  /\b(?:purchase[ \t]+order|p\.?o\.?|order|invoice|inv|account|acct|acc|a\/c|policy|meter|mpan|mprn|member|membership|serial|asset|ticket|incident|tracking|consignment|requisition|supplier|vendor|customer|cost[ \t]+centre|budget[ \t]+code|payroll|employee|meeting|conference|booking)(?:[ \t]+(?:number|no\.?|ref(?:erence)?|id|code))?(?:[ \t]+(?:for|on)[ \t]+(?:[\w'\u2019-]+[ \t]+){0,4}?[\w'\u2019-]+)?(?:[ \t]+(?:is|was))?[ \t]*[:#=]?[ \t]*$/i;

/** Modulus-11 check (weights 10..2); remainder 10 is never issued; 0000000000-style repeats are not numbers. */
export function isValidNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let allSame = true;
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    const d = digits.charCodeAt(i) - 48;
    sum += d * (10 - i);
    if (digits.charCodeAt(i) !== digits.charCodeAt(0)) allSame = false;
  }
  if (allSame && digits.charCodeAt(9) === digits.charCodeAt(0)) return false;
  let check = 11 - (sum % 11);
  if (check === 11) check = 0;
  if (check === 10) return false;
  return check === digits.charCodeAt(9) - 48;
}

/**
 * True when the candidate looks like part of a longer grouped number (phone, account): a
 * '+' or bracket before it, or a digit group one space or hyphen away. Another NHS number or
 * a date or time next to it ("943 476 5919 12/03/2020") is not a continuation.
 */
function groupedNeighbour(text: string, start: number, end: number): boolean {
  const before = text.charCodeAt(start - 1);
  if (before === 43 /* + */ || before === 41 /* ) */) return true;
  if (before === 32 || before === 45) {
    const b2 = text.charCodeAt(start - 2);
    if (b2 === 41 || b2 === 43) return true;
    if (isDigitCode(b2)) {
      const prev = text.slice(Math.max(0, start - 14), start - 1);
      if (!PREV_NHS.test(prev) && !DATE_BEFORE.test(prev)) return true;
    }
  }
  const after = text.charCodeAt(end);
  if ((after === 32 || after === 45) && isDigitCode(text.charCodeAt(end + 1))) {
    const next = text.slice(end + 1, end + 14);
    return !NEXT_NHS.test(next) && !DATE_AFTER.test(next);
  }
  return false;
}

export const nhsNumber: Recognizer = {
  kind: "nhs-number",
  // NHS numbers: ten digits (3-3-4 spaced, hyphenated or plain) with a valid modulus-11 check digit, or grouped 3-3-4 right after the words \"NHS number\".
  find(text: string): Candidate[] {
    const out: Candidate[] = [];
    SHAPE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = SHAPE.exec(text)) !== null) {
      const start = m.index;
      const end = start + m[0].length;
      // Digits or letters glued on either side mean a longer token, not an NHS number.
      if (alnumAt(text, start - 1) || alnumAt(text, end)) {
        if (alnumAt(text, end)) SHAPE.lastIndex = skipToken(text, end);
        continue;
      }
      const digits = m[1] === undefined ? m[0] : m[0].replace(/[ -]/g, "");
      const valid = isValidNhsNumber(digits);
      const named = cueBefore(text, start, NAMED_NHS_NUMBER, 44);
      if (!valid && (m[1] === undefined || !named)) continue;
      if (groupedNeighbour(text, start, end)) continue;
      const cued = named || cueBefore(text, start, CUE, 30);
      if (!cued && cueBefore(text, start, OTHER_NUMBER_LABEL, 80)) continue;
      out.push({ start, end, kind: "nhs-number", confidence: !valid ? 0.9 : cued ? 0.99 : 0.85 });
    }
    return out;
  },
};

/** Index just after the run of letters and digits starting at `i` (so long runs are scanned once). */
function skipToken(text: string, i: number): number {
  while (alnumAt(text, i)) i++;
  return i;
}
