import { describeDays, isMonitoredOn, monitoredDaysOf } from "../agreement/schedule";
import { addressClassOf } from "../recipients/types";
import { WEEKDAY_NAMES, londonDate } from "../time/londonDate";
import { recipientRule } from "./recipientRule";

/** The next ISO weekday after `today` on which the mailbox is read. */
function nextMonitoredDay(days: number[], today: number): number | undefined {
  for (let step = 1; step <= 7; step++) {
    const day = ((today - 1 + step) % 7) + 1;
    if (days.indexOf(day) >= 0) return day;
  }
  return undefined;
}

export const mailboxSchedule = recipientRule({
  id: "mailbox-schedule",
  defaultSeverity: "warn",
  // The day of sending matters, not only the recipients.
  scope: "message",
  fixes: ["replace-recipient"],
  description: "A named mailbox that is not monitored on the day of sending (Europe/London).",
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
        (alternative ? ` For anything sooner, use ${alternative}.` : " For anything urgent, telephone the team."),
      ...(alternative ? { fix: { type: "replace-recipient" as const, label: `Use ${alternative}`, address, replacement: alternative } } : {}),
    };
  },
});
