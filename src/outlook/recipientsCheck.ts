/**
 * The cheap check run whenever recipients change: only the recipient rules, on the recipients
 * alone (no body read), with the user's dismissals applied. Its result is kept in the message
 * state so the task pane and the Send check can see what changed.
 */
import type { Agreement } from "../policy/agreement/types";
import { checkMessage, type Report } from "../policy/check";
import { RECIPIENT_RULES } from "../policy/rules";
import type { ComposeItem } from "./composeItem";
import type { DismissalRecord, RecipientsCheckRecord } from "./messageState";
import { readRecipients } from "./readSnapshot";

/** Summarises a recipients-only report: its verdict, how many recipients it flags (at any
 * severity: without the body there is no case data yet, so an outsider is only a note, but
 * still worth the notification bar), and its finding ids. */
export function recipientsRecord(report: Report): RecipientsCheckRecord {
  const flagged: string[] = [];
  for (const f of report.findings) {
    if (!f.recipient) continue;
    const address = f.recipient.toLowerCase();
    if (flagged.indexOf(address) < 0) flagged.push(address);
  }
  return { verdict: report.verdict, outside: flagged.length, findingIds: report.findings.map((f) => f.id) };
}

export async function checkRecipients(
  item: ComposeItem,
  options: { agreement: Agreement | readonly Agreement[]; now: Date; sender?: string; dismissed?: readonly DismissalRecord[] },
): Promise<RecipientsCheckRecord> {
  const recipients = await readRecipients(item);
  const report = checkMessage({ subject: "", body: "", attachments: [], to: recipients.to, cc: recipients.cc, bcc: recipients.bcc }, options.agreement, {
    now: options.now,
    sender: options.sender,
    dismissed: options.dismissed,
    rules: RECIPIENT_RULES,
  });
  return recipientsRecord(report);
}
