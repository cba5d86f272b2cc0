/** What `records` reads from one sent message, whatever its file format. */
import type { HeaderField } from "../../policy/record/headerFields";

export interface FactRecipient {
  field: "to" | "cc" | "bcc";
  name: string;
  address: string;
}

export interface FactAttachment {
  name: string;
  /** The bytes, to tell whether the file is protected; absent for an embedded message. */
  bytes?: Uint8Array;
  /** An Outlook item attached as an item (a .msg inside the .msg). */
  embeddedMessage?: boolean;
}

export interface MessageFacts {
  format: "eml" | "msg";
  /** Header fields the record may be in: the .eml's header, or the .msg's transport headers
   * and internet-header named properties. */
  fields: HeaderField[];
  /** The safeshareRecord custom property's JSON, where the file kept it. */
  recordProperty?: string;
  sender?: string;
  /** When the message was sent; invalid text is reported, not guessed. */
  sent: { kind: "absent" } | { kind: "ok"; at: Date } | { kind: "invalid"; text: string };
  recipients: FactRecipient[];
  /** Read only for the protective marking at its start; never written out. */
  subject: string;
  attachments: FactAttachment[];
  /** What could not be read in full (a truncated file, a broken MIME structure). */
  partly?: string;
  notes: string[];
}

export type FactsResult = { ok: true; facts: MessageFacts } | { ok: false; reason: string };
