/**
 * The notification after the sensitivity label changes: when the message holds case data and is
 * now marked neither by its subject nor by a mapped label, say so (one informational message,
 * its own key, replaced in place); otherwise clear it. Informational, not insight: Outlook allows
 * one insight message per add-in, and the recipients notice has it.
 */
import type { Agreement } from "../policy/agreement/types";
import { checkMessage } from "../policy/check";
import { protectiveMarking } from "../policy/rules/protectiveMarking";
import type { ComposeItem, NotificationDetailsLike } from "./composeItem";
import { readMessageState } from "./messageState";
import { officeCall } from "./officeAsync";
import { readSnapshot } from "./readSnapshot";
import { NOTICE_ICON } from "./recipientsNotice";
import type { LabelContextLike } from "./sensitivityLabels";

export const MARKING_NOTICE_KEY = "safeshare-marking";

export function markingNoticeText(markingText: string): string {
  return `SafeShare: this message holds case data but is not marked ${markingText}. Open SafeShare to mark it before you send.`;
}

/** Re-checks the marking alone (the user's dismissal of it honoured) and shows or clears the notice. */
export async function checkMarkingNotice(item: ComposeItem, options: { agreement: Agreement | readonly Agreement[]; now: Date; sender?: string; senderName?: string; labels?: LabelContextLike | null }): Promise<boolean> {
  const [snapshot, state] = await Promise.all([readSnapshot(item, { hiddenText: true, labels: options.labels }), readMessageState(item)]);
  const report = checkMessage(snapshot, options.agreement, {
    now: options.now,
    sender: options.sender,
    senderName: options.senderName,
    dismissed: state.dismissals,
    rules: [protectiveMarking],
  });
  const unmarked = report.findings.some((f) => f.rule === protectiveMarking.id);
  const messages = item.notificationMessages;
  if (!messages) return unmarked;
  if (unmarked) {
    const notice: NotificationDetailsLike = { type: "informationalMessage", message: markingNoticeText(report.agreement.marking.text), icon: NOTICE_ICON, persistent: false };
    await officeCall<void>("notificationMessages.replaceAsync", (cb) => messages.replaceAsync(MARKING_NOTICE_KEY, notice, cb));
  } else {
    await officeCall<void>("notificationMessages.removeAsync", (cb) => messages.removeAsync(MARKING_NOTICE_KEY, cb)).catch(() => undefined);
  }
  return unmarked;
}
