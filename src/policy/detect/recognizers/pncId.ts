/**
 * Police National Computer ids: year / serial + check letter. Long form "2002/0073319Z"
 * (four-digit year, seven-digit serial), short forms "81/34U" (two-digit year, serial of one
 * to seven digits). The check letter covers the last two year digits and the serial padded
 * to seven digits. A file name cannot hold "/", so there a long form is written "2014-0387215Y".
 */
import type { Candidate, Recognizer } from "../types";
import * as chars from "./chars";
import { checkCharFor, padStart } from "./checkChar";

// Bound once: under CommonJS transpilation every use of a named import is a getter call.
const { cueBefore, forEachToken } = chars;

const SHAPE = /\b(\d{2}|\d{4})([/ -])(\d{1,7})([A-Za-z])/g;
const CUE = /\bpnc\b[^\n]{0,20}$/i;
/**
 * "PNC" (or "PNC id/no./number") right before the number: the writer says it is one, so a
 * long form whose check letter fails still counts (a slip in typing it is still the person's).
 */
const NAMED_PNC = /\bpnc[ \t]*(?:id|number|no\b\.?|ref)?[ \t]*[:#.-]?[ \t]*$/i;

export function isValidPncId(year: string, serial: string, check: string): boolean {
  if (year.length !== 2 && year.length !== 4) return false;
  if (year.length === 4 && !/^(?:18|19|20)/.test(year)) return false;
  if (serial.length < 1 || serial.length > 7) return false;
  return checkCharFor(year.slice(-2) + padStart(serial, 7)) === check.toUpperCase();
}

function namedLongForm(text: string, start: number, year: string, serial: string): boolean {
  return year.length === 4 && /^(?:18|19|20)/.test(year) && serial.length === 7 && cueBefore(text, start, NAMED_PNC, 20);
}

export const pncId: Recognizer = {
  kind: "pnc-id",
  // Police National Computer ids (YYYY/NNNNNNNC and short YY/NC forms) with a valid mod-23 check letter.
  find(text: string): Candidate[] {
    const out: Candidate[] = [];
    forEachToken(SHAPE, text, (m, start, end) => {
      const year = m[1] as string;
      const serial = m[3] as string;
      const cued = cueBefore(text, start, CUE, 30);
      // A file name cannot hold "/": "Licence_conditions_PNC_2014-0387215Y.pdf". A long form with a
      // dash and a valid check letter is one; with a space, only after "PNC" ("PNC 2011 0456789B").
      if (m[2] !== "/" && !(year.length === 4 && serial.length === 7 && isValidPncId(year, serial, m[4] as string) && (m[2] === "-" || cued))) return;
      if (!isValidPncId(year, serial, m[4] as string) && !namedLongForm(text, start, year, serial)) return;
      // Long forms are distinctive; a short "81/34U" is trusted less without a cue.
      const long = year.length === 4 && serial.length === 7;
      out.push({ start, end, kind: "pnc-id", confidence: cued ? 0.99 : long ? 0.95 : 0.75 });
    });
    return out;
  },
};
