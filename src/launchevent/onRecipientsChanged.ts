/**
 * OnMessageRecipientsChanged: re-check the recipients alone (cheap: no body read), remember the
 * result in the message state and show or clear SafeShare's one notification. Any failure only
 * skips the notice — the full check still runs at Send — and the event is always completed.
 */
import { deployedAgreements } from "../policy/agreement";
import { withDeadline } from "../outlook/deadline";
import { readMessageState, writeMessageState } from "../outlook/messageState";
import { checkRecipients } from "../outlook/recipientsCheck";
import { insightNoticeFor, noticeFor, showRecipientsNotice } from "../outlook/recipientsNotice";
import { clientSupportOf } from "./clientSupport";
import { TASK_PANE_COMMAND_ID } from "./sendDecision";
import { completeSafely } from "./complete";
import type { CompletableEvent, OfficeLike } from "./officeLike";

export const RECIPIENTS_DEADLINE_MS = 3000;

async function recheck(office: OfficeLike, now: Date): Promise<void> {
  const item = office.context.mailbox.item;
  if (!item) return;
  const profile = office.context.mailbox.userProfile;
  const state = await readMessageState(item);
  const record = await checkRecipients(item, {
    agreement: deployedAgreements,
    now,
    sender: profile && profile.emailAddress ? profile.emailAddress : undefined,
    dismissed: state.dismissals,
  });
  state.recipients = record;
  const saved = writeMessageState(item, state).catch(() => undefined); // a lost note must not hide the notice
  // Where the client has insight messages (Mailbox 1.10), the notice carries an "Open SafeShare"
  // action; the informational message stays for older clients and as the fallback.
  const plain = noticeFor(record);
  const shown = clientSupportOf(office).insight ? showRecipientsNotice(item, insightNoticeFor(record, TASK_PANE_COMMAND_ID), plain) : showRecipientsNotice(item, plain);
  await Promise.all([saved, shown]);
}

export async function handleRecipientsChanged(event: CompletableEvent, office: OfficeLike, options: { now?: Date } = {}): Promise<void> {
  try {
    await withDeadline(recheck(office, options.now || new Date()), RECIPIENTS_DEADLINE_MS, "Checking the recipients");
  } catch {
    // Nothing to tell the user here; the Send check reports problems in full.
  }
  completeSafely(event);
}
