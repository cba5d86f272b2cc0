/**
 * The message being composed, as plain data: what the task pane, the Send handler and the CLI
 * all check. Built by src/outlook/readSnapshot.ts from Office.js, or by the CLI from .eml/JSON.
 */
import type { EncryptionResult } from "./attachments/types";
import type { BodyRegion } from "./html/bodyTexts";

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
}

export const EMPTY_SNAPSHOT: Snapshot = { subject: "", to: [], cc: [], bcc: [], body: "", attachments: [] };

/** Every recipient, To then Cc then Bcc. */
export function allRecipients(snapshot: Snapshot): Recipient[] {
  return snapshot.to.concat(snapshot.cc, snapshot.bcc);
}
