/**
 * The part of Office.MessageRead (a sent or received message open for reading) the task pane's
 * read mode uses, as a small interface: the real Outlook item fits it, and so does the preview's
 * simulated read item (src/preview/simulatedReadItem.ts).
 *
 * Read and compose items share names with different shapes: in read mode `subject` is a string,
 * in compose mode an object with getAsync (Office.MessageRead.subject / Office.MessageCompose.
 * subject). That is how readItemOf tells them apart.
 */
import type { CustomPropertiesLike } from "./composeItem";
import type { AsyncCallback } from "./officeAsync";

export interface ReadItem {
  /** "message" for a message (Office.MailboxEnums.ItemType.Message). */
  itemType: string;
  /** The subject as a string; read mode never sends it anywhere (it may hold personal data). */
  subject: string;
  /** When the item was created (Mailbox 1.1). */
  dateTimeCreated?: Date;
  /** Mailbox 1.8: every internet header of the message as one string (RFC 2183 format). */
  getAllInternetHeadersAsync?(callback: AsyncCallback<string>): void;
  /** Mailbox 1.1: the add-in's custom properties on this item. */
  loadCustomPropertiesAsync?(callback: AsyncCallback<CustomPropertiesLike>): void;
}

/** Office.MessageForm, the fields SafeShare fills (Mailbox 1.6). */
export interface NewMessageForm {
  toRecipients: string[];
  subject: string;
  htmlBody: string;
}

/** The part of Office.context.mailbox read mode uses: opening a new message form. */
export interface ReadMailboxLike {
  /** Mailbox 1.6: opens the form; throws when a parameter is too long or unknown. */
  displayNewMessageForm?(parameters: NewMessageForm): void;
  /** Mailbox 1.9: the same, reporting the outcome through the callback. */
  displayNewMessageFormAsync?(parameters: NewMessageForm, callback?: AsyncCallback<void>): void;
}

/** The mailbox's current item when it is a message open for reading, else null. */
export function readItemOf(mailbox: { item?: unknown } | null | undefined): ReadItem | null {
  let item: unknown;
  try {
    item = mailbox ? mailbox.item : undefined;
  } catch {
    return null;
  }
  if (!item || typeof item !== "object") return null;
  const candidate = item as { itemType?: unknown; subject?: unknown };
  return String(candidate.itemType) === "message" && typeof candidate.subject === "string" ? (item as ReadItem) : null;
}
