/**
 * The calendar date and weekday in Europe/London for an instant, by arithmetic: UK summer time
 * runs from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October.
 * Pure (the instant is passed in) and independent of Intl time-zone data, which the
 * JavaScript-only runtime of classic Outlook may lack.
 */
export interface LondonDate {
  /** "YYYY-MM-DD" in Europe/London. */
  date: string;
  /** ISO weekday, Monday = 1 … Sunday = 7. */
  weekday: number;
  /** Offset from UTC in hours: 0 (GMT) or 1 (BST). */
  offsetHours: number;
}

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;

/** Epoch milliseconds of 01:00 UTC on the last Sunday of `month` (0-based) in `year`. */
function lastSundayAt0100Utc(year: number, month: number): number {
  const lastDay = Date.UTC(year, month + 1, 0); // day 0 of next month = last day of this month
  const weekday = new Date(lastDay).getUTCDay(); // 0 = Sunday
  return lastDay - weekday * DAY + HOUR;
}

export function isBritishSummerTime(instant: Date): boolean {
  const t = instant.getTime();
  const year = instant.getUTCFullYear();
  return t >= lastSundayAt0100Utc(year, 2) && t < lastSundayAt0100Utc(year, 9);
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function londonDate(instant: Date): LondonDate {
  const offsetHours = isBritishSummerTime(instant) ? 1 : 0;
  const local = new Date(instant.getTime() + offsetHours * HOUR);
  const utcDay = local.getUTCDay();
  return {
    date: `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`,
    weekday: utcDay === 0 ? 7 : utcDay,
    offsetHours,
  };
}

export const WEEKDAY_NAMES = ["", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
