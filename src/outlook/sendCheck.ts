/**
 * The check at Send: read the message (the text an HTML body hides included, and attachment
 * bytes where the attachment rule needs them and the client gives them) and SafeShare's notes
 * on it (inserted exchange, dismissals) within a deadline, then run checkMessage. Rejects —
 * never resolves to "pass" — when anything could not be read.
 */
import type { Agreement } from "../policy/agreement/types";
import { checkMessage, type Report } from "../policy/check";
import { VERDICT_RULES } from "../policy/rules";
import type { Snapshot } from "../policy/snapshot";
import type { ComposeItem } from "./composeItem";
import { withDeadline } from "./deadline";
import { type MessageState, readMessageState } from "./messageState";
import { withAttachmentBytes } from "./attachmentBytes";
import { withRememberedChecks } from "./attachmentChecks";
import { readSnapshot } from "./readSnapshot";
import type { LabelContextLike } from "./sensitivityLabels";

/** Outlook's "taking longer" notice comes 5 seconds after Send, script download included;
 * reading must finish well inside that. */
export const READ_DEADLINE_MS = 3000;
/** Attachment bytes are a bonus: one slower than this is checked as "unknown" (a warning)
 * rather than failing the whole check and stopping the message. */
export const ATTACHMENT_DEADLINE_MS = 1500;

export interface SendCheckOptions {
  /** The deployed agreements (or one): those the sender is a party to apply. */
  agreement: Agreement | readonly Agreement[];
  now: Date;
  sender?: string;
  senderName?: string;
  deadlineMs?: number;
  /** The client supports Mailbox 1.10: read the compose type (replies and forwards). */
  composeType?: boolean;
  /** Office.context, for the sensitivity label (Mailbox 1.13; see sensitivityLabels.ts). */
  labels?: LabelContextLike | null;
}

export interface SendCheckResult {
  snapshot: Snapshot;
  state: MessageState;
  report: Report;
}

function check(snapshot: Snapshot, state: MessageState, options: SendCheckOptions): Report {
  return checkMessage(snapshot, options.agreement, {
    now: options.now,
    sender: options.sender,
    senderName: options.senderName,
    exchange: state.exchangeId,
    dismissed: state.dismissals,
    // Notes (one per span found: thousands in a long thread) never change the verdict or the dialog.
    rules: VERDICT_RULES,
  });
}

async function readAndCheck(item: ComposeItem, options: SendCheckOptions): Promise<SendCheckResult> {
  const [snapshot, state] = await Promise.all([readSnapshot(item, { hiddenText: true, composeType: options.composeType === true, labels: options.labels }), readMessageState(item)]);
  // Attachments checked while composing (pane, OnMessageAttachmentsChanged) need no bytes now.
  snapshot.attachments = withRememberedChecks(snapshot.attachments, state);
  let report = check(snapshot, state, options);
  // Bytes only when the report says an attachment's protection would change the verdict.
  if (report.attachmentBytesNeeded) {
    snapshot.attachments = await withAttachmentBytes(item, snapshot.attachments, { deadlineMs: ATTACHMENT_DEADLINE_MS });
    report = check(snapshot, state, options);
  }
  return { snapshot, state, report };
}

export async function runSendCheck(item: ComposeItem, options: SendCheckOptions): Promise<SendCheckResult> {
  return withDeadline(readAndCheck(item, options), options.deadlineMs ?? READ_DEADLINE_MS, "Reading the message");
}
