/**
 * The part of Office.MessageCompose SafeShare uses, as a small interface: the real Outlook item
 * satisfies it, and so does the preview's simulated item (src/preview/simulatedItem.ts).
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

export interface RecipientsField {
  getAsync(callback: AsyncCallback<EmailAddressLike[]>): void;
}

export interface ComposeItem {
  subject: { getAsync(callback: AsyncCallback<string>): void };
  to: RecipientsField;
  cc: RecipientsField;
  bcc: RecipientsField;
  body: { getAsync(coercionType: Office.CoercionType, callback: AsyncCallback<string>): void };
  getAttachmentsAsync(callback: AsyncCallback<AttachmentLike[]>): void;
  addHandlerAsync?(eventType: Office.EventType, handler: (args: unknown) => void, callback?: AsyncCallback<void>): void;
  removeHandlerAsync?(eventType: Office.EventType, callback?: AsyncCallback<void>): void;
}
