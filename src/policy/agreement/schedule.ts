/**
 * Mailbox schedules. `monitoredDays` absent means every working day, Monday to Friday: this
 * module is the one place that reads it that way. Days are ISO weekdays (Monday = 1 … Sunday = 7);
 * turning a date into one (in Europe/London) is the caller's job, as policy/ has no clock.
 */
import type { Mailbox } from "./types";

export const WORKING_DAYS: readonly number[] = [1, 2, 3, 4, 5];

const SHORT_NAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

export function weekdayName(isoWeekday: number): string {
  return SHORT_NAMES[isoWeekday - 1] ?? `day ${isoWeekday}`;
}

/** The ISO weekdays the mailbox is read, ascending. */
export function monitoredDaysOf(mailbox: Pick<Mailbox, "monitoredDays">): number[] {
  return (mailbox.monitoredDays ?? WORKING_DAYS).slice().sort((a, b) => a - b);
}

export function isMonitoredOn(mailbox: Pick<Mailbox, "monitoredDays">, isoWeekday: number): boolean {
  return monitoredDaysOf(mailbox).indexOf(isoWeekday) >= 0;
}

/** Whether the mailbox has a schedule narrower than every working day (worth telling users). */
export function hasRestrictedSchedule(mailbox: Pick<Mailbox, "monitoredDays">): boolean {
  return mailbox.monitoredDays !== undefined && monitoredDaysOf(mailbox).join() !== WORKING_DAYS.join();
}

/** [2, 3, 4] → "Tue–Thu"; [1, 3, 5] → "Mon, Wed, Fri"; [1, 2, 4, 5] → "Mon–Tue, Thu–Fri". */
export function describeDays(days: readonly number[]): string {
  const sorted = days.slice().sort((a, b) => a - b);
  const runs: string[] = [];
  let start = 0;
  for (let i = 1; i <= sorted.length; i++) {
    if (i < sorted.length && sorted[i] === (sorted[i - 1] as number) + 1) continue;
    const first = sorted[start] as number;
    const last = sorted[i - 1] as number;
    if (last - first >= 1 && i - start >= 2) runs.push(`${weekdayName(first)}\u2013${weekdayName(last)}`);
    else runs.push(weekdayName(first));
    start = i;
  }
  return runs.join(", ");
}
