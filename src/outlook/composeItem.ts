/**
 * The part of Office.MessageCompose SafeShare uses, as a small interface: the real Outlook item
 * satisfies it, and so does the preview's simulated item (src/preview/simulatedItem.ts).
 *
 * Members that not every client has (sessionData is Mailbox 1.11, internetHeaders 1.8,
 * getAttachmentContentAsync 1.8) are optional: callers feature-detect them.
 */
import type { AsyncCallback } from "./officeAsync";

export interface EmailAddressLike {
  displayName?: string;
  emailAddress?: string;
}

export interface AttachmentLike {
  id: string;
  name: string;
  size: number;
  isInline: boolean;
  contentType?: string;
}

/** Office.AttachmentContent: format is "base64", "url", "eml" or "iCalendar". */
export interface AttachmentContentLike {
  format: Office.MailboxEnums.AttachmentContentFormat | string;
  content: string;
}

export interface RecipientsField {
  getAsync(callback: AsyncCallback<EmailAddressLike[]>): void;
  setAsync?(recipients: (string | EmailAddressLike)[], callback: AsyncCallback<void>): void;
}

export interface SessionDataLike {
  getAsync(name: string, callback: AsyncCallback<string>): void;
  setAsync(name: string, value: string, callback?: AsyncCallback<void>): void;
  removeAsync(name: string, callback?: AsyncCallback<void>): void;
  /** Returns an object, or the string "{}" when nothing is stored (OfficeDev/office-js#5353). */
  getAllAsync?(callback: AsyncCallback<unknown>): void;
}

export interface CustomPropertiesLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: AsyncCallback<void>): void;
}

export interface InternetHeadersLike {
  setAsync(headers: Record<string, string>, callback?: AsyncCallback<void>): void;
  getAsync(names: string[], callback: AsyncCallback<Record<string, string>>): void;
}

/** Office.NotificationMessageAction (Mailbox 1.10): the one action of an insight message. */
export interface NotificationActionLike {
  /** "showTaskPane", the only action Outlook supports. */
  actionType: Office.MailboxEnums.ActionType | string;
  actionText: string;
  /** The id of the task pane button's <Control> in the manifest. */
  commandId: string;
  /** A string: classic Outlook before Version 2402 accepts no other type. */
  contextData: string;
}

/** Office.NotificationMessageDetails, the fields SafeShare sets. */
export interface NotificationDetailsLike {
  type: Office.MailboxEnums.ItemNotificationMessageType | string;
  message: string;
  icon?: string;
  persistent?: boolean;
  /** InsightMessage only (Mailbox 1.10), at most one. */
  actions?: NotificationActionLike[];
}

/** Office.SensitivityLabel (Mailbox 1.13): getAsync answers the applied label's GUID (empty when none). */
export interface SensitivityLabelLike {
  getAsync(callback: AsyncCallback<string>): void;
  setAsync(label: string | { id: string; name: string }, callback?: AsyncCallback<void>): void;
}

export interface NotificationMessagesLike {
  addAsync(key: string, details: NotificationDetailsLike, callback?: AsyncCallback<void>): void;
  replaceAsync(key: string, details: NotificationDetailsLike, callback?: AsyncCallback<void>): void;
  removeAsync(key: string, callback?: AsyncCallback<void>): void;
  getAllAsync(callback: AsyncCallback<{ key?: string; type: string; message: string }[]>): void;
}

export interface ComposeItem {
  subject: {
    getAsync(callback: AsyncCallback<string>): void;
    setAsync?(subject: string, callback?: AsyncCallback<void>): void;
  };
  to: RecipientsField;
  cc: RecipientsField;
  bcc: RecipientsField;
  from?: { getAsync(callback: AsyncCallback<EmailAddressLike>): void };
  body: {
    getAsync(coercionType: Office.CoercionType, callback: AsyncCallback<string>): void;
    getTypeAsync?(callback: AsyncCallback<Office.CoercionType>): void;
    setSelectedDataAsync?(data: string, options: { coercionType: Office.CoercionType }, callback?: AsyncCallback<void>): void;
  };
  getAttachmentsAsync(callback: AsyncCallback<AttachmentLike[]>): void;
  getAttachmentContentAsync?(attachmentId: string, callback: AsyncCallback<AttachmentContentLike>): void;
  sessionData?: SessionDataLike;
  loadCustomPropertiesAsync?(callback: AsyncCallback<CustomPropertiesLike>): void;
  internetHeaders?: InternetHeadersLike;
  notificationMessages?: NotificationMessagesLike;
  /** Mailbox 1.13, where the tenant uses sensitivity labels. */
  sensitivityLabel?: SensitivityLabelLike;
  /** Mailbox 1.10: {composeType: "newMail" | "reply" | "forward", coercionType}. */
  getComposeTypeAsync?(callback: AsyncCallback<unknown>): void;
  /** Mailbox 1.8: the data a Smart Alerts dialog (contextData), a notification or an actionable
   * message opened the pane with; "" when none. */
  getInitializationContextAsync?(callback: AsyncCallback<string>): void;
  addHandlerAsync?(eventType: Office.EventType, handler: (args: unknown) => void, callback?: AsyncCallback<void>): void;
  removeHandlerAsync?(eventType: Office.EventType, callback?: AsyncCallback<void>): void;
}
