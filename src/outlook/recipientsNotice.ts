/**
 * The notification bar message about recipients ("2 recipients are outside the agreement"):
 * at most one of SafeShare's at a time (one key, replaced in place), removed when the
 * recipients are clean. Outlook limits the text to 150 characters; informational messages need
 * an icon from the manifest, error messages must not have one.
 */
import type { ComposeItem, NotificationDetailsLike } from "./composeItem";
import type { RecipientsCheckRecord } from "./messageState";
import { officeCall } from "./officeAsync";

export const RECIPIENTS_NOTICE_KEY = "safeshare-recipients";
/** A <bt:Image> id in manifest.xml. */
export const NOTICE_ICON = "Icon.16x16";
export const MAX_NOTICE_LENGTH = 150;

export function noticeFor(record: RecipientsCheckRecord): NotificationDetailsLike | null {
  if (record.outside === 0) return null;
  const who = record.outside === 1 ? "1 recipient is" : `${record.outside} recipients are`;
  if (record.verdict === "block") {
    const would = record.outside === 1 ? "1 recipient would" : `${record.outside} recipients would`;
    return { type: "errorMessage", message: `SafeShare: ${would} stop this message at Send. Open SafeShare to see why and fix it.` };
  }
  return { type: "informationalMessage", message: `SafeShare: ${who} outside the agreement's secure addresses. Open SafeShare to check before you send.`, icon: NOTICE_ICON, persistent: false };
}

export const OPEN_ACTION_TEXT = "Open SafeShare";

/**
 * The same notice as an insight message with an "Open SafeShare" action that opens the task pane
 * (Mailbox 1.10; Outlook on the web, Windows and Mac, not mobile). Outlook allows one action, an
 * icon is required, `persistent` is not allowed, and contextData is a string (classic Outlook
 * before Version 2402 accepts no other type).
 */
export function insightNoticeFor(record: RecipientsCheckRecord, commandId: string): NotificationDetailsLike | null {
  const plain = noticeFor(record);
  if (!plain) return null;
  return {
    type: "insightMessage",
    message: plain.message,
    icon: NOTICE_ICON,
    actions: [{ actionType: "showTaskPane", actionText: OPEN_ACTION_TEXT, commandId, contextData: JSON.stringify({ from: "recipients-changed" }) }],
  };
}

/**
 * Shows, replaces or removes SafeShare's notice. A missing notice when removing is not an error.
 * When Outlook refuses `notice` and a `fallback` is given (the informational form of an insight
 * message), the fallback is shown instead.
 */
export async function showRecipientsNotice(item: ComposeItem, notice: NotificationDetailsLike | null, fallback?: NotificationDetailsLike | null): Promise<void> {
  const messages = item.notificationMessages;
  if (!messages) return;
  if (notice) {
    try {
      await officeCall<void>("notificationMessages.replaceAsync", (cb) => messages.replaceAsync(RECIPIENTS_NOTICE_KEY, notice, cb));
    } catch (error) {
      if (!fallback) throw error;
      await officeCall<void>("notificationMessages.replaceAsync", (cb) => messages.replaceAsync(RECIPIENTS_NOTICE_KEY, fallback, cb));
    }
    return;
  }
  try {
    await officeCall<void>("notificationMessages.removeAsync", (cb) => messages.removeAsync(RECIPIENTS_NOTICE_KEY, cb));
  } catch {
    // Nothing was shown: the normal case for a clean message.
  }
}
