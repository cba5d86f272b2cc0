/**
 * Attachment checks done before Send: each attachment's protection, once worked out from its
 * bytes (in the task pane, or on OnMessageAttachmentsChanged), is kept in the message state keyed
 * by attachment id and size, so the Send check reads no bytes for attachments already checked.
 * Only the verdict is kept (status, format, a sentence), never a file name or content.
 */
import { detectEncryption } from "../policy/attachments";
import type { EncryptionResult } from "../policy/attachments/types";
import type { CheckedAttachment } from "../policy/rules/types";
import type { AttachmentInfo } from "../policy/snapshot";
import { attachmentKey, readAttachmentList, withAttachmentBytes } from "./attachmentBytes";
import type { ComposeItem } from "./composeItem";
import { readMessageState, updateMessageState, type AttachmentCheckRecord, type MessageState } from "./messageState";

/** The attachments with the protection remembered for them, where the id and size still match. */
export function withRememberedChecks(attachments: AttachmentInfo[], state: MessageState): AttachmentInfo[] {
  const known = new Map<string, AttachmentCheckRecord>();
  for (const r of state.attachments ?? []) known.set(r.key, r);
  return attachments.map((info) => {
    const r = known.get(attachmentKey(info));
    if (!r || info.encryption) return info;
    const encryption: EncryptionResult = { status: r.status, format: r.format, detail: r.detail };
    if (r.entries) encryption.entries = r.entries;
    return { ...info, encryption };
  });
}

/** Records for the attachments whose protection is known (unknown results are not kept: they
 * may be read next time). */
export function checkRecords(attachments: readonly AttachmentInfo[]): AttachmentCheckRecord[] {
  const out: AttachmentCheckRecord[] = [];
  for (const info of attachments) {
    const result = info.encryption ?? (info.content ? detectEncryption(info.name, info.content) : undefined);
    if (!result || result.status === "unknown") continue;
    const record: AttachmentCheckRecord = { key: attachmentKey(info), status: result.status, format: result.format, detail: result.detail };
    if (result.entries) record.entries = result.entries;
    out.push(record);
  }
  return out;
}

function sameRecords(a: readonly AttachmentCheckRecord[] | undefined, b: readonly AttachmentCheckRecord[]): boolean {
  return JSON.stringify(a ?? []) === JSON.stringify(b);
}

/** The attachments as checkMessage judged them, with the result in `encryption` (so nothing is
 * read or judged again). */
export function judgedAttachments(checked: readonly CheckedAttachment[]): AttachmentInfo[] {
  return checked.map((a) => (a.encryption && !a.info.encryption ? { ...a.info, encryption: a.encryption } : a.info));
}

/** Keeps the checks of the attachments the message holds now (removed ones are dropped). Writes
 * only when something changed from `known` (the state the caller read; read here when absent). */
export async function rememberAttachmentChecks(item: ComposeItem, attachments: readonly AttachmentInfo[], known?: MessageState): Promise<void> {
  const records = checkRecords(attachments);
  const state = known ?? (await readMessageState(item));
  if (sameRecords(state.attachments, records)) return;
  await updateMessageState(item, (current) => ({ ...current, attachments: records }));
}

/** OnMessageAttachmentsChanged (or any caller): read the bytes of attachments not yet checked,
 * judge them and remember the results. */
export async function checkAttachmentsNow(item: ComposeItem, deadlineMs: number): Promise<void> {
  const [list, state] = await Promise.all([readAttachmentList(item), readMessageState(item)]);
  const remembered = withRememberedChecks(list, state);
  const read = await withAttachmentBytes(item, remembered, { deadlineMs });
  await rememberAttachmentChecks(item, read);
}
