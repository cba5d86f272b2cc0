/**
 * Reads the compose item for the task pane's check: the snapshot as the Send check reads it
 * (hidden HTML text included, so both agree), each attachment's protection remembered from an
 * earlier check, and the bytes of the others (cached: an attachment does not change once added).
 */
import type { Snapshot } from "../policy/snapshot";
import { AttachmentBytesCache, withAttachmentBytes } from "./attachmentBytes";
import { withRememberedChecks } from "./attachmentChecks";
import type { ComposeItem } from "./composeItem";
import { readMessageState, type MessageState } from "./messageState";
import { readSnapshot } from "./readSnapshot";
import type { LabelContextLike } from "./sensitivityLabels";

export { AttachmentBytesCache };

/** The snapshot and the message state, read together. */
export async function readMessage(item: ComposeItem, cache: AttachmentBytesCache, options: { composeType?: boolean; labels?: LabelContextLike | null } = {}): Promise<{ snapshot: Snapshot; state: MessageState }> {
  const [snapshot, state] = await Promise.all([readSnapshot(item, { hiddenText: true, composeType: options.composeType === true, labels: options.labels }), readMessageState(item)]);
  const remembered = withRememberedChecks(snapshot.attachments, state);
  if (remembered.length === 0) return { snapshot, state };
  return { snapshot: { ...snapshot, attachments: await withAttachmentBytes(item, remembered, { cache }) }, state };
}
