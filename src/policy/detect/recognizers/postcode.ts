/**
 * UK postcodes: outward code (A9, A99, AA9, AA99, A9A, AA9A) and inward code (9AA), with or
 * without the space, plus GIR 0AA. The area letters must be one of the 120-odd real postcode
 * areas and the inward letters avoid C I K M O V, which Royal Mail never uses there; that is
 * what keeps "AB1 2CD"-looking product codes and words out.
 */
import type { Candidate, Recognizer } from "../types";
import * as chars from "./chars";

// Bound once: under CommonJS transpilation every use of a named import is a getter call.
const { alnumAt, cueBefore, forEachToken } = chars;

const AREAS =
  "AB AL B BA BB BD BF BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY " +
  "E EC EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL " +
  "LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN " +
  "SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE";
const AREA_SET: { [area: string]: true } = {};
for (const a of AREAS.split(" ")) AREA_SET[a] = true;

// Area letters, district (digit, optional digit or letter), optional space, inward code.
const SHAPE = /\b([A-Za-z]{1,2})(\d[A-Za-z\d]?) ?(\d[ABD-HJLNP-UW-Zabd-hjlnp-uw-z]{2})/g;
const ORDINAL = /^\d(?:st|nd|rd|th)$/;
const GIR = /^gir ?0aa$/i;
/** After a postcode's shape: a space and a third group of three capitals and digits, mixed. */
const THIRD_GROUP_AFTER = /^ (?=[A-Z]{0,2}\d)(?=\d{0,2}[A-Z])[A-Z\d]{3}(?![A-Za-z\d])/;
const CUE = /\b(?:postcode|post code|address|lives at|living at|moved to)\b[^\n]{0,40}$/i;

export function isValidPostcode(candidate: string): boolean {
  const compact = candidate.replace(" ", "").toUpperCase();
  if (GIR.test(compact)) return true;
  const m = /^([A-Z]{1,2})(\d[A-Z\d]?)(\d[ABD-HJLNP-UW-Z]{2})$/.exec(compact);
  if (!m) return false;
  return AREA_SET[m[1] as string] === true;
}

export const postcode: Recognizer = {
  kind: "postcode",
  // UK postcodes in every outward format, with a real postcode area and a valid inward code.
  find(text: string): Candidate[] {
    const out: Candidate[] = [];
    forEachToken(SHAPE, text, (m, start, end) => {
      const area = (m[1] as string).toUpperCase();
      if (AREA_SET[area] !== true) return false;
      const upper = m[0] === m[0].toUpperCase();
      const lower = m[0] === m[0].toLowerCase();
      const spaced = m[0].indexOf(" ") !== -1;
      const cued = cueBefore(text, start, CUE, 60);
      // Mixed case is how words are written, not postcodes; lower case and unspaced forms
      // are plausible but weaker.
      if (!upper && !(lower && (spaced || cued))) return;
      // "m1 4th", "s1 1st": in lower case an ordinal is likelier than an inward code.
      if (lower && !cued && ORDINAL.test(m[3] as string)) return;
      // "W7K 2PX 9RT": a third group of capitals and digits makes it a longer code (a right-to-work
      // share code), not a postcode.
      if (THIRD_GROUP_AFTER.test(text.slice(end, end + 5))) return;
      const confidence = upper ? (spaced || cued ? 0.95 : 0.8) : 0.6;
      out.push({ start, end, kind: "postcode", confidence });
    });
    // "GIR 0AA" (Girobank) is the one postcode outside the pattern.
    let g = text.indexOf("GIR");
    while (g !== -1) {
      const end = text.charAt(g + 3) === " " ? g + 7 : g + 6;
      if (!alnumAt(text, g - 1) && !alnumAt(text, end) && GIR.test(text.slice(g, end))) {
        out.push({ start: g, end, kind: "postcode", confidence: 0.9 });
      }
      g = text.indexOf("GIR", g + 3);
    }
    return out.sort((a, b) => a.start - b.start);
  },
};
