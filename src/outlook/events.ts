/** Subscribes to Outlook's RecipientsChanged event on a compose item; resolves to an unsubscribe. */
import type { ComposeItem } from "./composeItem";
import { officeCall } from "./officeAsync";

// office.js defines Office.EventType.RecipientsChanged only once a host script has loaded;
// this is its value in every host.
export const RECIPIENTS_CHANGED = "olkRecipientsChanged" as unknown as Office.EventType;

export async function onRecipientsChanged(item: ComposeItem, handler: () => void): Promise<() => void> {
  const add = item.addHandlerAsync;
  if (typeof add !== "function") return () => undefined;
  await officeCall<void>("addHandlerAsync(RecipientsChanged)", (cb) => add.call(item, RECIPIENTS_CHANGED, () => handler(), cb));
  return () => {
    if (typeof item.removeHandlerAsync === "function") item.removeHandlerAsync(RECIPIENTS_CHANGED, () => undefined);
  };
}

// Office.EventType.SensitivityLabelChanged (Mailbox 1.13) by value; an item event the task pane
// can handle (function commands cannot).
export const SENSITIVITY_LABEL_CHANGED = "olkSensitivityLabelChanged" as unknown as Office.EventType;

/** Subscribes to SensitivityLabelChanged where the item has it; resolves to an unsubscribe. A
 * client without the event rejects (the caller ignores it: the poll still sees the label). */
export async function onSensitivityLabelChanged(item: ComposeItem, handler: () => void): Promise<() => void> {
  const add = item.addHandlerAsync;
  if (typeof add !== "function" || !item.sensitivityLabel) return () => undefined;
  await officeCall<void>("addHandlerAsync(SensitivityLabelChanged)", (cb) => add.call(item, SENSITIVITY_LABEL_CHANGED, () => handler(), cb));
  return () => {
    if (typeof item.removeHandlerAsync === "function") item.removeHandlerAsync(SENSITIVITY_LABEL_CHANGED, () => undefined);
  };
}

// Office.EventType.ItemChanged by value (defined only once a host script has loaded).
const ITEM_CHANGED = "olkItemChanged";

/** The part of Office.context.mailbox the task pane's host reads. */
export interface MailboxLike {
  item?: unknown;
  userProfile?: { emailAddress?: string; displayName?: string };
  addHandlerAsync?(eventType: string, handler: (args: unknown) => void, callback?: (result: Office.AsyncResult<void>) => void): void;
  removeHandlerAsync?(eventType: string, callback?: (result: Office.AsyncResult<void>) => void): void;
}

/** The mailbox's current item when it is a message being composed, else null. */
export function composeItemOf(mailbox: MailboxLike | null | undefined): ComposeItem | null {
  const item = (mailbox ? mailbox.item : undefined) as ComposeItem | undefined;
  // A read item has no subject.getAsync; the pane only checks messages being composed.
  return item && item.subject && typeof item.subject.getAsync === "function" ? item : null;
}

/**
 * Calls `handler` when the user moves to another item under a pinned pane (ItemChanged).
 * Returns the unsubscribe, or undefined where the host cannot tell (an unpinnable pane: the item
 * never changes under it).
 */
export function onItemChanged(mailbox: MailboxLike | null | undefined, handler: () => void): (() => void) | undefined {
  if (!mailbox || typeof mailbox.addHandlerAsync !== "function") return undefined;
  try {
    mailbox.addHandlerAsync(ITEM_CHANGED, () => handler());
  } catch {
    return undefined;
  }
  return () => {
    try {
      if (typeof mailbox.removeHandlerAsync === "function") mailbox.removeHandlerAsync(ITEM_CHANGED);
    } catch {
      // nothing to undo
    }
  };
}
