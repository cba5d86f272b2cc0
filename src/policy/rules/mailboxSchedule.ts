import { describeDays, isMonitoredOn, monitoredDaysOf } from "../agreement/schedule";
import { addressClassOf } from "../recipients/types";
import { WEEKDAY_NAMES, londonDate } from "../time/londonDate";
import { recipientFinding } from "./recipientRule";
import type { Finding, Rule, RuleContext } from "./types";

/** The next ISO weekday after `today` on which the mailbox is read. */
function nextMonitoredDay(days: number[], today: number): number | undefined {
  for (let step = 1; step <= 7; step++) {
    const day = ((today - 1 + step) % 7) + 1;
    if (days.indexOf(day) >= 0) return day;
  }
  return undefined;
}

export const mailboxSchedule: Rule = {
  id: "mailbox-schedule",
  defaultSeverity: "warn",
  description: "A named mailbox that is not monitored on the day of sending (Europe/London).",
  clause: {
    document: "Derbyshire probation and children's services data processing summary",
    section: "Known Persons Check: SPOC mailboxes",
    text: "Buxton - MidlandsNPS.derbyshirewest@justice.gov.uk (please note only monitored Tues-Thurs).",
  },
  check(context: RuleContext): Finding[] {
    const today = londonDate(context.now).weekday;
    const findings: Finding[] = [];
    for (const checked of context.recipients) {
      const where = addressClassOf(checked.class);
      if (where.kind !== "partner-mailbox" || isMonitoredOn(where.mailbox, today)) continue;
      const days = monitoredDaysOf(where.mailbox);
      const next = nextMonitoredDay(days, today);
      const alternative = where.mailbox.alternative;
      findings.push(
        recipientFinding(
          this.id,
          this.defaultSeverity,
          checked,
          `${where.mailbox.name} (${checked.recipient.address}) is monitored ${describeDays(days)} only, not on ${WEEKDAY_NAMES[today]}s.` +
            (next ? ` It will next be read on ${WEEKDAY_NAMES[next]}.` : "") +
            (alternative ? ` For anything sooner, use ${alternative}.` : " For anything urgent, telephone the team."),
          alternative ? { type: "replace-recipient", label: `Use ${alternative}`, address: checked.recipient.address, replacement: alternative } : undefined,
        ),
      );
    }
    return findings;
  },
};
