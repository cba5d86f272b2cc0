/**
 * The check at Send: read the message (the text an HTML body hides included, and attachment
 * bytes where the attachment rule needs them and the client gives them) and SafeShare's notes
 * on it (inserted exchange, dismissals) within a deadline, then run checkMessage. Rejects —
 * never resolves to "pass" — when anything could not be read.
 */
import type { Agreement } from "../policy/agreement/types";
import { checkMessage, type Report } from "../policy/check";
import { RULES } from "../policy/rules";
import { attachmentEncryption } from "../policy/rules/attachmentEncryption";
import type { Rule, RuleContext } from "../policy/rules/types";
import type { Snapshot } from "../policy/snapshot";
import type { ComposeItem } from "./composeItem";
import { withDeadline } from "./deadline";
import { type MessageState, readMessageState } from "./messageState";
import { readSnapshot, withAttachmentContent } from "./readSnapshot";

/** Outlook's "taking longer" notice comes 5 seconds after Send, script download included;
 * reading must finish well inside that. */
export const READ_DEADLINE_MS = 3000;
/** Attachment bytes are a bonus: one slower than this is checked as "unknown" (a warning)
 * rather than failing the whole check and stopping the message. */
export const ATTACHMENT_DEADLINE_MS = 1500;

export interface SendCheckOptions {
  agreement: Agreement;
  now: Date;
  sender?: string;
  deadlineMs?: number;
}

export interface SendCheckResult {
  snapshot: Snapshot;
  state: MessageState;
  report: Report;
  /** The message holds personal or special-category data (so a sharing record is kept). */
  personalData: boolean;
}

/** Every rule but "personal-data-found": its info notes (one per span: thousands in a long
 * thread) never change the verdict or the dialog, and building them was half the time of a
 * 1 MB check. The task pane still lists them. */
export const SEND_RULES: readonly Rule[] = RULES.filter((rule) => rule.id !== "personal-data-found");

/** A rule that reports nothing and reads whether the check saw personal data. */
function personalDataProbe(seen: (found: boolean) => void): Rule {
  return {
    id: "send-personal-data-probe",
    defaultSeverity: "info",
    description: "Notes whether the message holds personal data, for the sharing record.",
    clause: { document: "LLR safeguarding information sharing agreement", section: "Appendix A", text: "Record what was shared, why, when and with whom." },
    check(context: RuleContext) {
      seen(context.hasPersonalData || context.hasSensitiveData);
      return [];
    },
  };
}

/**
 * Whether the attachment rule needs the files' bytes: only when an attachment would go to a
 * recipient off the agreement's secure routes (it asks nothing otherwise). Checked on the
 * recipients and attachment names alone, which costs no detection.
 */
export function attachmentsNeedContent(snapshot: Snapshot, agreement: Agreement, now: Date, sender: string | undefined): boolean {
  if (snapshot.attachments.length === 0) return false;
  const names: Snapshot = { subject: "", body: "", to: snapshot.to, cc: snapshot.cc, bcc: snapshot.bcc, attachments: snapshot.attachments };
  return checkMessage(names, agreement, { now, sender, rules: [attachmentEncryption] }).findings.some((f) => f.rule === attachmentEncryption.id);
}

async function readForSend(item: ComposeItem, options: SendCheckOptions): Promise<[Snapshot, MessageState]> {
  const [snapshot, state] = await Promise.all([readSnapshot(item, { hiddenText: true }), readMessageState(item)]);
  if (attachmentsNeedContent(snapshot, options.agreement, options.now, options.sender)) {
    snapshot.attachments = await withAttachmentContent(item, snapshot.attachments, ATTACHMENT_DEADLINE_MS);
  }
  return [snapshot, state];
}

export async function runSendCheck(item: ComposeItem, options: SendCheckOptions): Promise<SendCheckResult> {
  const [snapshot, state] = await withDeadline(readForSend(item, options), options.deadlineMs ?? READ_DEADLINE_MS, "Reading the message");
  let personalData = false;
  const report = checkMessage(snapshot, options.agreement, {
    now: options.now,
    sender: options.sender,
    exchange: state.exchangeId,
    dismissed: state.dismissals,
    rules: SEND_RULES.concat(personalDataProbe((found) => (personalData = found))),
  });
  return { snapshot, state, report, personalData };
}
