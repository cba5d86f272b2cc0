/**
 * Reads the compose item for a check: the snapshot, plus each attachment's bytes where the
 * client can give them (Mailbox 1.8), so password protection is judged from the file itself.
 * Bytes are cached by attachment id: an attachment does not change once added.
 */
import type { AttachmentContentLike, ComposeItem } from "./composeItem";
import { officeCall } from "./officeAsync";
import { readSnapshot } from "./readSnapshot";
import type { Snapshot } from "../policy/snapshot";

function base64Bytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Larger files are not read (their protection is reported unknown): as the Send check does. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

export class AttachmentBytesCache {
  private readonly bytes = new Map<string, Uint8Array | null>();

  async fill(item: ComposeItem, snapshot: Snapshot): Promise<Snapshot> {
    const get = item.getAttachmentContentAsync;
    if (typeof get !== "function" || snapshot.attachments.length === 0) return snapshot;
    const attachments = await Promise.all(
      snapshot.attachments.map(async (a) => {
        if (a.isInline || a.size > MAX_ATTACHMENT_BYTES) return a;
        if (!this.bytes.has(a.id)) {
          try {
            const content = await officeCall<AttachmentContentLike>("getAttachmentContentAsync", (cb) => get.call(item, a.id, cb));
            this.bytes.set(a.id, String(content.format).toLowerCase() === "base64" ? base64Bytes(content.content) : null);
          } catch {
            this.bytes.set(a.id, null); // unreadable: the rule says it could not tell
          }
        }
        const bytes = this.bytes.get(a.id);
        return bytes && bytes.length > 0 ? { ...a, content: bytes } : a;
      }),
    );
    return { ...snapshot, attachments };
  }
}

/** Reads the message as the Send check does (hidden HTML text included), so both agree. */
export async function readMessage(item: ComposeItem, cache: AttachmentBytesCache): Promise<Snapshot> {
  return cache.fill(item, await readSnapshot(item, { hiddenText: true }));
}
