import { describeDays, isMonitoredOn, monitoredDaysOf } from "../agreement/schedule";
import { addressClassOf } from "../recipients/types";
import { WEEKDAY_NAMES, londonDate } from "../time/londonDate";
import { recipientRule } from "./recipientRule";
import type { RuleContext } from "./types";

/** The next ISO weekday after `today` on which the mailbox is read. */
function nextMonitoredDay(days: number[], today: number): number | undefined {
  for (let step = 1; step <= 7; step++) {
    const day = ((today - 1 + step) % 7) + 1;
    if (days.indexOf(day) >= 0) return day;
  }
  return undefined;
}

/** Working days (Monday to Friday) after `today` up to and including `day`, a week at most. */
function workingDaysUntil(today: number, day: number): number {
  let count = 0;
  for (let step = 1; step <= 7; step++) {
    const d = ((today - 1 + step) % 7) + 1;
    if (d <= 5) count++;
    if (d === day) break;
  }
  return count;
}

/** With the exchange's timescale in working days: can a reply still come in time? */
function timescaleNote(context: RuleContext, today: number, next: number | undefined): string {
  const timescale = context.exchange?.timescale;
  if (timescale?.workingDays === undefined || next === undefined) return "";
  const used = workingDaysUntil(today, next);
  const left = timescale.workingDays - used;
  const name = context.exchange?.name ?? "exchange";
  return left > 0
    ? ` The timescale of the ${name} (${timescale.text.toLowerCase()}) can still be met: ${left} working day${left === 1 ? "" : "s"} will be left when it is read.`
    : ` The timescale of the ${name} (${timescale.text.toLowerCase()}) cannot be met through this mailbox.`;
}

export const mailboxSchedule = recipientRule({
  id: "mailbox-schedule",
  defaultSeverity: "warn",
  // The day of sending matters, not only the recipients.
  scope: "message",
  fixes: ["replace-recipient"],
  // A named mailbox that is not monitored on the day of sending (Europe/London).
  description: "mailbox reading days",
  clause: "mailbox-schedules",
  needsAgreement: true,
  judge(checked, context) {
    const today = londonDate(context.now).weekday;
    const where = addressClassOf(checked.class);
    if (where.kind !== "partner-mailbox" || isMonitoredOn(where.mailbox, today)) return null;
    const days = monitoredDaysOf(where.mailbox);
    const next = nextMonitoredDay(days, today);
    const alternative = where.mailbox.alternative;
    const address = checked.recipient.address;
    return {
      message:
        `${where.mailbox.name} (${address}) is monitored ${describeDays(days)} only, not on ${WEEKDAY_NAMES[today]}s.` +
        (next ? ` It will next be read on ${WEEKDAY_NAMES[next]}.` : "") +
        timescaleNote(context, today, next) +
        (alternative ? ` For anything sooner, use ${alternative}.` : " For anything urgent, telephone the team."),
      ...(alternative ? { fix: { type: "replace-recipient" as const, label: `Use ${alternative}`, address, replacement: alternative } } : {}),
    };
  },
});
