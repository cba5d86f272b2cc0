/**
 * Street addresses: an optional flat or unit ("Flat 3,"), a house number with an optional
 * letter or range ("27a", "1-3"), one to three capitalised street-name words and a street
 * suffix ("Church Lane", "Burton Crescent", "Narborough rd"). The postcode and town are left to their own recognizers, as the
 * labelled corpus treats them as separate spans.
 */
import type { Candidate, Recognizer } from "../types";
import * as chars from "./chars";

// Bound once: under CommonJS transpilation every use of a named import is a getter call.
const { alnumAt, cueBefore } = chars;

const SUFFIXES = [
  "Street", "St", "Road", "Rd", "Lane", "Ln", "Avenue", "Ave", "Close", "Cl", "Crescent", "Cres",
  "Drive", "Dr", "Grove", "Gr", "Way", "Court", "Ct", "Place", "Pl", "Gardens", "Gdns", "Terrace",
  "Walk", "Row", "Mews", "Square", "Sq", "Hill", "Rise", "View", "Park", "Green", "Parade",
  "Vale", "Croft", "Mount", "Fields", "Wharf", "Yard", "Boulevard", "Chase", "Drove", "Gate",
  "Meadow", "Meadows", "Path", "Quay", "Ridge", "Side", "End", "Brow", "Bank", "Wynd", "Heights",
  "Approach", "Circus", "Common", "Dale", "Glade", "Grange", "Hollow", "Lea", "Link", "Orchard",
  "Paddock", "Passage", "Precinct", "Promenade", "Spinney", "Vue", "Wood", "Woods",
];

// Suffixes staff also type in lower case after a capitalised street name ("210 Narborough rd",
// "14 Oak st"); not words that are everyday words after a capitalised one ("2 Fridays close").
const LOWER_SUFFIXES = ["street", "st", "road", "rd", "lane", "avenue", "ave", "crescent", "drive", "gardens", "terrace", "grove"];

// Longest alternatives first so "Street" is tried before "St"; the suffix must end a word.
const SUFFIX_ALT = SUFFIXES.concat(LOWER_SUFFIXES)
  .sort((a, b) => b.length - a.length)
  .join("|");

// House number (optional letter or range, optional comma), one to three capitalised street-name
// words (allowing O'Brien, St. Mary's, hyphens) and a suffix ending the word. It starts with
// a digit so the regex engine can skip quickly to candidates.
const SHAPE = new RegExp(
  "\\b\\d{1,4}[A-Za-z]?(?:-\\d{1,4}[A-Za-z]?)?,? " +
    "(?:(?:St\\.? )?[A-Z][A-Za-z'\\u2019-]{1,20} ){1,3}" +
    "(?:" + SUFFIX_ALT + ")\\b\\.?",
  "g",
);
// A flat, unit or apartment just before the house number: "Flat 3, ", "Apartment 12b ",
// Glasgow-style "Flat 1/2, ".
const FLAT = /\b(?:[Ff]lat|[Aa]partment|Apt|Unit|Room|Maisonette)\.? \d{1,4}(?:\/\d{1,2})?[A-Za-z]?,? $/;

// Business premises: a unit, suite or office number standing where a house number would
// ("Unit 7, Riverside Court"). Nobody's home is a unit on a trading estate; a flat is a home, and
// "Unit 3, 27 Church Lane" (a unit and a house number) is still read as an address above.
const PREMISES = /\b(?:Units?|Suites?|Office)\.? $/i;

// A number after these words counts or names something ("page 12 Church Street" is unlikely;
// "Fault – camera 7, Oakham Market Place" is a camera's number).
const COUNTING = /\b(?:page|pages|para|paragraph|section|item|items|day|days|week|weeks|year|years|aged|age|x|camera|cameras|cam|cctv|bay|bays|platform|pitch|level|floor|route|bus|zone|phase|ward|bed|table|screen|desk|locker)\.?\s*$/i;

// The minutes of a time are no house number: "Collect: 08:30, Halford Street car park", "10.15, High Street".
const TIME_BEFORE = /\d[:.]$/;

// A year after a word of time is no house number: "In 2021 Kayleigh Dale moved", "since 2019
// Sam Hill has…" (a name that ends in a street word). "at 2021 Stratford Road" is still one.
const YEAR = /^(?:19|20)\d\d /;
const TIME_WORD = /\b(?:in|since|from|by|until|till|during|before|after|early|late|mid|spring|summer|autumn|winter)\s*$/i;

// A day of a month is no house number: "Thu 10 Dec Crown Court duty", "3 October Magistrates' Court".
// (Not "May" or "March", which name streets too.)
const DATE_FIRST = /^\d{1,2},? (?:Jan|January|Feb|February|Mar|Apr|April|Jun|June|Jul|July|Aug|August|Sept?|September|Oct|October|Nov|November|Dec|December) /;

// A street with no type word ("3 The Paddocks", "22 Hollybush") is only read right after words
// that say a home follows, and only up to a comma, full stop or line end.
const HOME_CUE = /\b(?:lives|living|resides|residing|staying|moved|moving) (?:at|to)[ \t]*$|\baddress(?: is)?[ \t]*:?[ \t]*$/i;
const UNTYPED = /^\d{1,4}[A-Za-z]?,? (?:The )?[A-Z][a-z'\u2019-]{2,20}(?: [A-Z][a-z'\u2019-]{2,20})?(?=[ \t]*(?:[,.;]|\r?\n|$))/;
const DIGIT_RUN = /\d{1,4}/g;
// "moved to 9 December", "moving to 3 Mondays": a date or a count, not a home.
const CALENDAR_WORD = /^\d{1,4}[A-Za-z]?,? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)/;

function untypedAfterCue(text: string, found: readonly Candidate[], out: Candidate[]): void {
  DIGIT_RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DIGIT_RUN.exec(text)) !== null) {
    const start = m.index;
    if (alnumAt(text, start - 1) || !cueBefore(text, start, HOME_CUE, 24)) continue;
    if (found.some((c) => c.start <= start && c.end > start)) continue;
    const shape = UNTYPED.exec(text.slice(start, start + 60));
    if (shape && !CALENDAR_WORD.test(shape[0])) out.push({ start, end: start + shape[0].length, kind: "street-address", confidence: 0.8 });
  }
}

export const streetAddress: Recognizer = {
  kind: "street-address",
  // Street addresses: optional flat, house number, capitalised street name and a UK street suffix.
  find(text: string): Candidate[] {
    const out: Candidate[] = [];
    SHAPE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = SHAPE.exec(text)) !== null) {
      let start = m.index;
      let end = start + m[0].length;
      if (text.charCodeAt(end - 1) === 46 /* . */) end--;
      if (alnumAt(text, start - 1) || alnumAt(text, end)) {
        SHAPE.lastIndex = start + 1;
        continue;
      }
      const flat = FLAT.exec(text.slice(Math.max(0, start - 20), start));
      if (flat) start -= flat[0].length;
      else if (cueBefore(text, start, COUNTING, 12) || cueBefore(text, start, PREMISES, 10) || cueBefore(text, start, TIME_BEFORE, 2)) continue;
      else if ((YEAR.test(m[0]) && cueBefore(text, start, TIME_WORD, 12)) || DATE_FIRST.test(m[0])) {
        SHAPE.lastIndex = start + 1;
        continue;
      }
      out.push({ start, end, kind: "street-address", confidence: flat ? 0.95 : 0.85 });
    }
    untypedAfterCue(text, out.slice(), out);
    return out.sort((a, b) => a.start - b.start);
  },
};
