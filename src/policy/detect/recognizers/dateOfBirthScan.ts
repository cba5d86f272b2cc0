/**
 * Finds full calendar dates (with a year) in the forms UK staff write them: 12/03/1985,
 * 12.03.85, 12-3-85, 2015-03-12, 3rd March 2015, 03-Mar-2015, 11 Dec 2015, March 3, 2015.
 * Dates without a year ("14/12", "3 Nov") are meeting dates, never dates of birth, so they are
 * not returned. One global regex, anchored on a non-alphanumeric boundary, with bounded
 * quantifiers only: linear on long runs of digits or dots.
 */

export interface FoundDate {
  start: number;
  end: number;
  /** The day it is, as yyyymmdd, when its year has four digits (a two-digit year may be last
   * century's); undefined otherwise. Read the UK way, day first ("01/12/2026" is 1 December),
   * and the US way only when the UK reading is no date ("3/25/1990"). */
  day?: number;
}

/** yyyymmdd of the first valid reading (UK order first), when its year has four digits. */
function dayOf(readings: readonly [number, number, string][]): number | undefined {
  for (const [day, month, year] of readings) {
    if (!valid(day, month, year)) continue;
    return year.length === 4 ? Number(year) * 10000 + month * 100 + day : undefined;
  }
  return undefined;
}

const MONTH =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

const MONTH_INDEX: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

// Groups: 2-4 ISO y-m-d; 5-7 d/m/y; 8-10 d Month y; 11-13 Month d, y.
const DATE = new RegExp(
  "(^|[^0-9A-Za-z])(?:" +
    "(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})" +
    "|(\\d{1,2})([/.-])(\\d{1,2})\\6(\\d{4}|\\d{2})" +
    "|(\\d{1,2})(?:st|nd|rd|th)?(?: of)?[ -]" + MONTH + "\\.?(?:[ -]|, ?)(\\d{4}|\\d{2})" +
    "|" + MONTH + "\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})" +
    ")(?![0-9A-Za-z])",
  "gi",
);

function monthOf(word: string): number {
  return MONTH_INDEX[word.slice(0, 3).toLowerCase()] ?? 0;
}

function valid(day: number, month: number, year: string): boolean {
  if (!(day >= 1 && day <= 31 && month >= 1 && month <= 12)) return false;
  if (year.length === 4) {
    const y = Number(year);
    return y >= 1900 && y <= 2099;
  }
  return year.length === 2;
}

export function findDates(text: string): FoundDate[] {
  const out: FoundDate[] = [];
  DATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DATE.exec(text)) !== null) {
    const lead = (m[1] ?? "").length;
    const start = m.index + lead;
    const end = m.index + m[0].length;
    let readings: [number, number, string][] = [];
    if (m[2] !== undefined) {
      readings = [[Number(m[4]), Number(m[3]), m[2] as string]];
    } else if (m[5] !== undefined) {
      // UK order first; a clearly US-ordered date (3/25/1990) is still a date.
      const a = Number(m[5]);
      const b = Number(m[7]);
      const year = m[8] as string;
      readings = [[a, b, year], [b, a, year]];
    } else if (m[9] !== undefined) {
      readings = [[Number(m[9]), monthOf(m[10] as string), m[11] as string]];
    } else if (m[12] !== undefined) {
      readings = [[Number(m[13]), monthOf(m[12]), m[14] as string]];
    }
    if (readings.some(([day, month, year]) => valid(day, month, year))) {
      const day = dayOf(readings);
      out.push(day === undefined ? { start, end } : { start, end, day });
    }
  }
  return out;
}
