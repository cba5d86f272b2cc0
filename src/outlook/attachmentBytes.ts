/**
 * The one attachment reader: an attachment's bytes (getAttachmentContentAsync, Mailbox 1.8), so
 * password protection is judged from the file itself. Used by the task pane, the Send check and
 * the attachments-changed handler, with one size limit, one time limit per read and a cache by
 * attachment id and size (an attachment does not change once added; a replaced one gets a new id).
 */
import type { AttachmentInfo } from "../policy/snapshot";
import { decodeBase64 } from "./base64";
import type { AttachmentContentLike, AttachmentLike, ComposeItem } from "./composeItem";
import { withDeadline } from "./deadline";
import { officeCall } from "./officeAsync";

/** Larger files are not read: their protection stays "unknown" (the attachment rule asks the user
 * to confirm) rather than risking Outlook's time limits. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

export function attachmentKey(info: Pick<AttachmentInfo, "id" | "size">): string {
  return `${info.id}|${info.size}`;
}

/** The bytes of one file attachment, or null when the client cannot or will not give them in time
 * (a cloud link, an attached message, a failure, too large, too late). Never rejects. */
export async function readAttachmentBytes(item: ComposeItem, info: AttachmentInfo, deadlineMs?: number): Promise<Uint8Array | null> {
  const get = item.getAttachmentContentAsync;
  if (typeof get !== "function" || info.isInline || info.size > MAX_ATTACHMENT_BYTES) return null;
  try {
    const read = officeCall<AttachmentContentLike>("getAttachmentContentAsync", (cb) => get.call(item, info.id, cb));
    const content = await (deadlineMs === undefined ? read : withDeadline(read, deadlineMs, "Reading an attachment"));
    if (String(content.format).toLowerCase() !== "base64") return null;
    const bytes = decodeBase64(content.content);
    return bytes.length > 0 ? bytes : null;
  } catch {
    return null;
  }
}

/** Remembers each attachment's bytes (or that they could not be read) for the life of the pane. */
export class AttachmentBytesCache {
  private readonly bytes = new Map<string, Uint8Array | null>();

  async read(item: ComposeItem, info: AttachmentInfo, deadlineMs?: number): Promise<Uint8Array | null> {
    const key = attachmentKey(info);
    if (!this.bytes.has(key)) this.bytes.set(key, await readAttachmentBytes(item, info, deadlineMs));
    return this.bytes.get(key) ?? null;
  }
}

/** The attachments with `content` added where the bytes could be read; the others unchanged. */
export function withAttachmentBytes(item: ComposeItem, attachments: AttachmentInfo[], options: { cache?: AttachmentBytesCache; deadlineMs?: number } = {}): Promise<AttachmentInfo[]> {
  if (typeof item.getAttachmentContentAsync !== "function") return Promise.resolve(attachments);
  return Promise.all(
    attachments.map(async (info) => {
      // Already judged (remembered from an earlier check): no bytes needed.
      if (info.encryption || info.content) return info;
      const bytes = options.cache ? await options.cache.read(item, info, options.deadlineMs) : await readAttachmentBytes(item, info, options.deadlineMs);
      return bytes ? { ...info, content: bytes } : info;
    }),
  );
}

/** Outlook's attachment details as SafeShare's AttachmentInfo (no bytes). */
function toAttachments(details: AttachmentLike[]): AttachmentInfo[] {
  return details.map((a) => {
    const info: AttachmentInfo = { id: a.id, name: a.name, size: a.size, isInline: a.isInline };
    if (a.contentType) info.contentType = a.contentType;
    return info;
  });
}

/** The message's attachments, without their bytes. */
export async function readAttachmentList(item: ComposeItem): Promise<AttachmentInfo[]> {
  return toAttachments(await officeCall<AttachmentLike[]>("getAttachmentsAsync", (cb) => item.getAttachmentsAsync(cb)));
}
