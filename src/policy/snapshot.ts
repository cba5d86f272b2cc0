/**
 * The message being composed, as plain data: what the task pane, the Send handler and the CLI
 * all check. Built by src/outlook/readSnapshot.ts from Office.js, or by the CLI from .eml/JSON.
 */
import type { EncryptionResult } from "./attachments/types";
import type { BodyRegion } from "./html/bodyTexts";
import type { ComposeType } from "./reply/answered";

export interface Recipient {
  /** Display name as Outlook shows it; may be empty or even contain another address. */
  name: string;
  address: string;
}

export interface AttachmentInfo {
  id: string;
  name: string;
  /** Bytes, as Outlook reports it. */
  size: number;
  isInline: boolean;
  contentType?: string;
  /** The file's bytes, when the caller could read them (the CLI; Outlook where supported). */
  content?: Uint8Array;
  /** Whether it is password-protected, when already worked out (e.g. by the task pane). */
  encryption?: EncryptionResult;
}

/** A sensitivity label as Outlook names it (Mailbox 1.13): its GUID and name; a sublabel also
 * names its parent ("OFFICIAL-SENSITIVE" / "Personal"). */
export interface SensitivityLabelRef {
  id: string;
  name: string;
  parent?: string;
}

export interface Snapshot {
  subject: string;
  to: Recipient[];
  cc: Recipient[];
  bcc: Recipient[];
  /** The body as plain text (what a recipient reads). */
  body: string;
  /**
   * Text that travels in an HTML body but is not on screen (comments, hidden or white-on-white
   * elements…: see src/policy/html). Checked for personal data like the body. Absent for
   * plain-text bodies or when the caller could not read the HTML.
   */
  hiddenText?: string;
  /**
   * For an HTML body read by SafeShare's reader (src/policy/html): where its signature and quoted
   * history are, as offsets into `body` (which is then the reader's visible text). Absent for
   * plain-text bodies or when the HTML could not be read.
   */
  bodyRegions?: BodyRegion[];
  attachments: AttachmentInfo[];
  /** How the user started the message (new, reply, forward), when the client said
   * (item.getComposeTypeAsync, Mailbox 1.10). Absent: SafeShare does not treat it as a reply. */
  composeType?: ComposeType;
  /** The From/To/Cc people of the message being answered, when the caller knows them; absent,
   * checkMessage reads them from the body's first quoted header (src/policy/reply). */
  answeredPeople?: Recipient[];
  /**
   * The sensitivity label applied to the message, where the client reports one (Mailbox 1.13
   * with the tenant's labels enabled). Its name is empty when the catalogue does not list it.
   */
  sensitivityLabel?: SensitivityLabelRef;
  /**
   * The labels the tenant lets the user apply (sublabels listed under their parent's name), where
   * the client could read the catalogue; absent when it could not. Only used to offer the marking
   * fix a label to set.
   */
  labelCatalog?: SensitivityLabelRef[];
}

export const EMPTY_SNAPSHOT: Snapshot = { subject: "", to: [], cc: [], bcc: [], body: "", attachments: [] };

/** Every recipient, To then Cc then Bcc. */
export function allRecipients(snapshot: Snapshot): Recipient[] {
  return snapshot.to.concat(snapshot.cc, snapshot.bcc);
}
