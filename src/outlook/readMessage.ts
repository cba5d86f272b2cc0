/**
 * Reads the compose item for the task pane's check: the snapshot as the Send check reads it
 * (hidden HTML text included, so both agree), each attachment's protection remembered from an
 * earlier check, and the bytes of the others (cached: an attachment does not change once added).
 */
import type { Snapshot } from "../policy/snapshot";
import { AttachmentBytesCache, withAttachmentBytes } from "./attachmentBytes";
import { withRememberedChecks } from "./attachmentChecks";
import type { ComposeItem } from "./composeItem";
import type { MessageState } from "./messageState";
import { readSnapshot } from "./readSnapshot";

export { AttachmentBytesCache };

export async function readMessage(item: ComposeItem, cache: AttachmentBytesCache, state?: MessageState): Promise<Snapshot> {
  const snapshot = await readSnapshot(item, { hiddenText: true });
  const remembered = state ? withRememberedChecks(snapshot.attachments, state) : snapshot.attachments;
  if (remembered.length === 0) return snapshot;
  return { ...snapshot, attachments: await withAttachmentBytes(item, remembered, { cache }) };
}
