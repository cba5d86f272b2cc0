/**
 * Telephone numbers: a cheap scanner collects runs of digit groups ("01332 243353",
 * "+44 (0)20 7946 0958", "07593-199348"), a UK numbering-plan shape check discards most
 * (NHS numbers, dates, references), and libphonenumber-js confirms the rest against the +44
 * numbering plans. Only those plans ship (data/phoneMetadata.ts: the full metadata would be a
 * fifth of launchevent.js), so a number in another country's international form ("+33 1 23 45
 * 67 89", "0033 …") is confirmed by its shape: a known calling code followed by a national
 * number of a length that country uses.
 */
import { parsePhoneNumberFromString } from "libphonenumber-js/core";
import { parseCallingCodes, UK_CALLING_CODE } from "../data/phoneMetadata";
import { UK_PHONE } from "../data/ukPhone";
import type { Candidate, Recognizer } from "../types";
import { cueBefore } from "./chars";

// Local copies: this scanner visits every character, and a call through a module binding
// costs a property lookup (or a getter, under some CommonJS transpilers) each time.
function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isAlnumCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

const MAX_GROUPS = 6;
const MAX_DIGITS = 15;
const START = /[0-9]|[+(][0-9]/g;

/**
 * Where the START match ending at `end` (searched from `from`) began: test() leaves only its end
 * (and, unlike exec, allocates no match array). It is a digit, or '+' or '(' and a digit; the
 * leftmost match takes the '+' or '(' whenever it lies within the search.
 */
function matchStart(text: string, from: number, end: number): number {
  const c = text.charCodeAt(end - 2);
  return end - 2 >= from && (c === 43 || c === 40) ? end - 2 : end - 1;
}

const CUE = /\b(?:tel|telephone|phone|mobile|mob|contact|number|call|ring|text|landline|fax)\b[^\n]{0,20}$/i;

/**
 * libphonenumber-js compiles its patterns on every call (tens of microseconds). Results are
 * memoised (threads repeat the same signature numbers), and past a budget that grows with
 * the text (only adversarial input gets there) the shape check alone decides.
 */
const memo = new Map<string, boolean>();
const MEMO_LIMIT = 2000;
const BASE_CALLS = 100;
const CHARS_PER_CALL = 1000;

/** Groups read from one starting point: where each ends and the digit count up to it. */
interface Groups {
  count: number;
  end: number[];
  digits: number[];
}

/**
 * True when the characters before `i` say the number is part of something else: a token
 * ("X123456"), a time, decimal or range ("10:30", "1.5", "3-4"). Punctuation after a word is
 * fine ("Tel:01332...", "mob.07593..."), and so is a slash between alternative numbers.
 */
function badBefore(text: string, i: number): boolean {
  const c = text.charCodeAt(i - 1);
  if (isAlnumCode(c) || c === 95 /* _ */) return true;
  if (c === 58 /* : */ || c === 46 /* . */ || c === 45 /* - */) return isDigitCode(text.charCodeAt(i - 2));
  return false;
}

/** True when the characters after a number continue it into something else. */
function badAfter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (isAlnumCode(c) || c === 95 /* _ */ || c === 64 /* @ */) return true;
  // "01332 243353.5", "-12", ":30": a separator and a digit continue a longer number.
  return (c === 46 || c === 45 || c === 58) && isDigitCode(text.charCodeAt(i + 1));
}

/**
 * Where the UK national significant number starts, given the first six digits (`lead`) and
 * the digit count: after +44, 0044 (and a bracketed trunk "(0)"), or after the trunk 0.
 * -1 when the number is not written in a UK form.
 */
function ukNationalStart(lead: string, plus: boolean): number {
  if (plus || lead.slice(0, 2) === "00") {
    const at = plus ? 0 : 2;
    if (lead.slice(at, at + 2) !== "44") return -1;
    // "+44 (0)20 ...": the bracketed trunk zero is not part of the number.
    return lead.charAt(at + 2) === "0" ? at + 3 : at + 2;
  }
  return lead.charAt(0) === "0" ? 1 : -1;
}

/**
 * The numbering-plan shape, without the library: +44 / 0044 / 0 followed by a national
 * significant number of 9 or 10 digits that starts like a UK number; or another country's
 * number in international form. `lead` holds the first six digits, `total` counts them all.
 */
export function plausiblePhoneDigits(lead: string, total: number, plus: boolean): boolean {
  const at = ukNationalStart(lead, plus);
  if (at === -1) {
    if (!plus && lead.slice(0, 2) !== "00") return false;
    const intl = total - (plus ? 0 : 2);
    return intl >= 8 && intl <= 15 && lead.charAt(plus ? 0 : 2) !== "0";
  }
  const national = total - at;
  if (national < 9 || national > 10) return false;
  const first = lead.charAt(at);
  if ("1235789".indexOf(first) === -1) return false;
  // Mobiles and 02/03 numbers have ten national digits; only some 01 and 08 numbers have nine.
  return national === 10 || first === "1" || first === "8";
}

/** A full-length UK geographic (01, 02) or mobile (07) number: a phone whatever its range. */
function fullLengthUk(lead: string, total: number, plus: boolean): boolean {
  const at = ukNationalStart(lead, plus);
  return at !== -1 && total - at === 10 && "127".indexOf(lead.charAt(at)) !== -1;
}

/** Reads digit groups from `i`: [+]digits, "(0)" style brackets, single separators between. */
function readGroups(text: string, i: number, groups: Groups): void {
  groups.count = 0;
  let p = i;
  let digits = 0;
  if (text.charCodeAt(p) === 43) p++;
  while (groups.count < MAX_GROUPS && p < text.length) {
    const groupStart = p;
    let c = text.charCodeAt(p);
    if (c === 40 /* ( */) {
      let q = p + 1;
      while (q < text.length && q - p <= 6 && isDigitCode(text.charCodeAt(q))) q++;
      if (q === p + 1 || text.charCodeAt(q) !== 41 /* ) */) break;
      digits += q - p - 1;
      p = q + 1;
      c = text.charCodeAt(p);
      // "(0)20": the bracket may be glued to the next digits or followed by a space.
      if (!isDigitCode(c)) {
        push(groups, p, digits);
        if (c !== 32 || !isDigitCode(text.charCodeAt(p + 1))) break;
        p++;
        continue;
      }
    }
    while (p < text.length && isDigitCode(text.charCodeAt(p)) && p - groupStart <= MAX_DIGITS) {
      digits++;
      p++;
    }
    if (p === groupStart || digits > MAX_DIGITS) break;
    push(groups, p, digits);
    c = text.charCodeAt(p);
    const next = text.charCodeAt(p + 1);
    if ((c === 32 || c === 45 || c === 46) && (isDigitCode(next) || next === 40)) p++;
    else if (c !== 40 /* "+44(0)7510": a bracket may follow digits directly */) break;
  }
}

function push(groups: Groups, end: number, digits: number): void {
  groups.end[groups.count] = end;
  groups.digits[groups.count] = digits;
  groups.count++;
}

/** The first `n` digits from `i` on (skipping separators), without allocating per digit. */
function leadingDigits(text: string, i: number, end: number, n: number): string {
  let p = i;
  while (p < end && !isDigitCode(text.charCodeAt(p))) p++;
  let q = p;
  let count = 0;
  while (q < end && count < n) {
    if (isDigitCode(text.charCodeAt(q))) count++;
    else if (count > 0) break;
    q++;
  }
  const firstRun = text.slice(p, q);
  if (count >= n || q >= end) return firstRun;
  // The first group was shorter than n digits ("+44 7..."): add the next group's digits.
  return firstRun + leadingDigits(text, q, end, n - count);
}

let callingCodes: Map<string, number[]> | null = null;

/**
 * `digits` (after + or 00) as another country's international number: a calling code (they are
 * prefix-free: at most one of the first one, two or three digits is one) and a national number
 * of a length that country's numbers have.
 */
function otherCountryShape(digits: string): boolean {
  callingCodes ??= parseCallingCodes(UK_PHONE.otherCallingCodes);
  for (let size = 1; size <= 3; size++) {
    const lengths = callingCodes.get(digits.slice(0, size));
    if (lengths) return lengths.indexOf(digits.length - size) !== -1;
  }
  return false;
}

function isValidPhone(raw: string): boolean {
  const known = memo.get(raw);
  if (known !== undefined) return known;
  let valid: boolean;
  const digits = raw.replace(/[^0-9]/g, "");
  const international = raw.charCodeAt(0) === 43 ? digits : digits.slice(0, 2) === "00" ? digits.slice(2) : null;
  if (international !== null && international.slice(0, 2) !== UK_CALLING_CODE) valid = otherCountryShape(international);
  else {
    try {
      const parsed = parsePhoneNumberFromString(raw, "GB", UK_PHONE.metadata);
      valid = parsed !== undefined && parsed.isValid();
    } catch {
      valid = false;
    }
  }
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(raw, valid);
  return valid;
}

export const phoneNumber: Recognizer = {
  kind: "phone-number",
  // Telephone numbers (UK national and +44 forms confirmed by libphonenumber-js; other international forms by calling code and length).
  find(text: string): Candidate[] {
    const out: Candidate[] = [];
    const groups: Groups = { count: 0, end: [0, 0, 0, 0, 0, 0], digits: [0, 0, 0, 0, 0, 0] };
    const budget = BASE_CALLS + Math.floor(text.length / CHARS_PER_CALL);
    let calls = 0;
    let i = 0;
    const n = text.length;
    while (i < n) {
      // Jump natively to the next digit, '+' or '(' that starts a number.
      START.lastIndex = i;
      if (!START.test(text)) break;
      i = matchStart(text, i, START.lastIndex);
      const c = text.charCodeAt(i);
      if (i > 0 && badBefore(text, i)) {
        // The rest of this token belongs to something else ("X123456", "12/03/2024").
        i++;
        while (i < n && isAlnumCode(text.charCodeAt(i))) i++;
        continue;
      }
      if (isDigitCode(c) && !isDigitCode(text.charCodeAt(i + 1))) {
        // A lone digit ("1 2 3", "page 4 of 9") does not start a phone number.
        i++;
        continue;
      }
      readGroups(text, i, groups);
      if (groups.count === 0) {
        i++;
        continue;
      }
      const plus = c === 43;
      const lastEnd = groups.end[groups.count - 1] as number;
      const lead = (groups.digits[groups.count - 1] as number) >= 9 ? leadingDigits(text, i, lastEnd, 6) : "";
      let matchedEnd = -1;
      // Longest run of groups first, so "+44 7575 748417" wins over "+44 7575".
      for (let k = groups.count - 1; k >= 0; k--) {
        const end = groups.end[k] as number;
        const digits = groups.digits[k] as number;
        if (digits < 9) break;
        if (badAfter(text, end)) continue;
        if (!plausiblePhoneDigits(lead, digits, plus)) continue;
        const cued = cueBefore(text, i, CUE, 30);
        let confidence = 0.5;
        if (calls < budget) {
          calls++;
          if (isValidPhone(text.slice(i, end))) confidence = cued ? 0.95 : 0.85;
          // After "tel" or "mobile", or at the full length of a UK landline or mobile, a
          // number is a phone number even if its range is unallocated in the metadata (new
          // ranges, typos, made-up examples): the person still meant to share it.
          else if (cued) confidence = 0.7;
          else if (fullLengthUk(lead, digits, plus)) confidence = 0.6;
          else continue;
        }
        out.push({ start: i, end, kind: "phone-number", confidence });
        matchedEnd = end;
        break;
      }
      // Resume after the number, or after the first group: never rescan inside a digit run.
      i = matchedEnd !== -1 ? matchedEnd : (groups.end[0] as number);
    }
    return out;
  },
};
