/**
 * OnMessageAttachmentsChanged (Mailbox 1.11; Windows and the web): check the protection of the
 * attachments just added, while the user is still writing, and remember it in the message state
 * so the Send check reads no bytes for them. Any failure only means Send reads them itself; the
 * event is always completed.
 */
import { checkAttachmentsNow } from "../outlook/attachmentChecks";
import { withDeadline } from "../outlook/deadline";
import { completeSafely } from "./complete";
import type { CompletableEvent, OfficeLike } from "./officeLike";

/** Reading bytes is the slow part; an attachment later than this is read again at Send. */
export const ATTACHMENTS_DEADLINE_MS = 4000;

export async function handleAttachmentsChanged(event: CompletableEvent, office: OfficeLike): Promise<void> {
  try {
    const item = office.context.mailbox.item;
    if (item) await withDeadline(checkAttachmentsNow(item, ATTACHMENTS_DEADLINE_MS), ATTACHMENTS_DEADLINE_MS + 500, "Checking the attachments");
  } catch {
    // Nothing to tell the user: the Send check reads what is not remembered.
  }
  completeSafely(event);
}
