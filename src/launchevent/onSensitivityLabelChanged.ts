/**
 * OnSensitivityLabelChanged (Mailbox 1.13; event-based activation on the web, Windows and Mac):
 * the user changed the message's sensitivity label, so whether it is marked may have changed.
 * Re-check the marking and show or clear SafeShare's marking notice. Any failure only skips the
 * notice (the Send check reads the label again), and the event is always completed.
 */
import { deployedAgreements } from "../policy/agreement";
import { withDeadline } from "../outlook/deadline";
import { checkMarkingNotice } from "../outlook/markingNotice";
import { completeSafely } from "./complete";
import type { CompletableEvent, OfficeLike } from "./officeLike";

export const LABEL_CHANGED_DEADLINE_MS = 3000;

async function recheck(office: OfficeLike, now: Date): Promise<void> {
  const item = office.context.mailbox.item;
  if (!item) return;
  const profile = office.context.mailbox.userProfile;
  await checkMarkingNotice(item, {
    agreement: deployedAgreements,
    now,
    sender: profile && profile.emailAddress ? profile.emailAddress : undefined,
    senderName: profile && profile.displayName ? profile.displayName : undefined,
    labels: office.context,
  });
}

export async function handleSensitivityLabelChanged(event: CompletableEvent, office: OfficeLike, options: { now?: Date } = {}): Promise<void> {
  try {
    await withDeadline(recheck(office, options.now || new Date()), LABEL_CHANGED_DEADLINE_MS, "Checking the marking");
  } catch {
    // Nothing to tell the user here; the Send check reports it in full.
  }
  completeSafely(event);
}
