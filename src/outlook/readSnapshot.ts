import { bodyTexts } from "../policy/html";
import type { AttachmentInfo, Recipient, Snapshot } from "../policy/snapshot";
import { decodeBase64 } from "./base64";
import type { AttachmentContentLike, AttachmentLike, ComposeItem, EmailAddressLike } from "./composeItem";
import { withDeadline } from "./deadline";
import { officeCall } from "./officeAsync";

// Office.CoercionType.Text, by value: the JavaScript-only runtime has no Office.CoercionType
// until a host script defines it.
const TEXT = "text" as Office.CoercionType;
const HTML = "html" as Office.CoercionType;

/** Attachments larger than this are not read at Send: their encryption stays "unknown" (the
 * attachment rule then asks the user to confirm) rather than risking the time limit. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

export interface ReadSnapshotOptions {
  /** Read attachment bytes (getAttachmentContentAsync, Mailbox 1.8) so their encryption can be
   * checked. Off by default: the task pane reads them itself when it needs to. */
  attachmentContent?: boolean;
  /** How long to wait for each attachment's bytes; one that is later keeps no content. */
  attachmentDeadlineMs?: number;
  /** For an HTML body, also read the HTML and keep the text it hides (comments, hidden or
   * unreadable elements…) as snapshot.hiddenText: it travels with the message too. */
  hiddenText?: boolean;
}

function toRecipients(details: EmailAddressLike[]): Recipient[] {
  return details.map((d) => ({ name: d.displayName || "", address: d.emailAddress || "" }));
}

function toAttachments(details: AttachmentLike[]): AttachmentInfo[] {
  return details.map((a) => {
    const info: AttachmentInfo = { id: a.id, name: a.name, size: a.size, isInline: a.isInline };
    if (a.contentType) info.contentType = a.contentType;
    return info;
  });
}

/** Adds the bytes of each file attachment the client will give; one that fails, is late or is
 * not a file (a cloud link, an attached message) keeps no content, so its encryption is
 * reported unknown. */
export async function withAttachmentContent(item: ComposeItem, attachments: AttachmentInfo[], deadlineMs?: number): Promise<AttachmentInfo[]> {
  const get = item.getAttachmentContentAsync;
  if (typeof get !== "function") return attachments;
  return Promise.all(
    attachments.map(async (info) => {
      if (info.isInline || info.size > MAX_ATTACHMENT_BYTES) return info;
      try {
        const read = officeCall<AttachmentContentLike>("getAttachmentContentAsync", (cb) => get.call(item, info.id, cb));
        const content = await (deadlineMs === undefined ? read : withDeadline(read, deadlineMs, "Reading an attachment"));
        if (String(content.format).toLowerCase() !== "base64") return info;
        return { ...info, content: decodeBase64(content.content) };
      } catch {
        return info;
      }
    }),
  );
}

/** The hidden text of an HTML body, or "" for a plain-text body. */
async function readHiddenText(item: ComposeItem): Promise<string> {
  const getType = item.body.getTypeAsync;
  if (typeof getType === "function") {
    const type = await officeCall<Office.CoercionType>("body.getTypeAsync", (cb) => getType.call(item.body, cb));
    if (String(type).toLowerCase() !== "html") return "";
  }
  const html = await officeCall<string>("body.getAsync(html)", (cb) => item.body.getAsync(HTML, cb));
  return bodyTexts(html).hidden;
}

/** Reads the compose item into a Snapshot; rejects with an OfficeCallError naming the failing call. */
export async function readSnapshot(item: ComposeItem, options: ReadSnapshotOptions = {}): Promise<Snapshot> {
  const hidden = options.hiddenText ? readHiddenText(item) : Promise.resolve("");
  const [subject, to, cc, bcc, body, attachmentList, hiddenText] = await Promise.all([
    officeCall<string>("subject.getAsync", (cb) => item.subject.getAsync(cb)),
    officeCall<EmailAddressLike[]>("to.getAsync", (cb) => item.to.getAsync(cb)),
    officeCall<EmailAddressLike[]>("cc.getAsync", (cb) => item.cc.getAsync(cb)),
    officeCall<EmailAddressLike[]>("bcc.getAsync", (cb) => item.bcc.getAsync(cb)),
    officeCall<string>("body.getAsync", (cb) => item.body.getAsync(TEXT, cb)),
    officeCall<AttachmentLike[]>("getAttachmentsAsync", (cb) => item.getAttachmentsAsync(cb)),
    hidden,
  ]);
  let attachments = toAttachments(attachmentList);
  if (options.attachmentContent && attachments.length > 0) attachments = await withAttachmentContent(item, attachments, options.attachmentDeadlineMs);
  const snapshot: Snapshot = { subject, to: toRecipients(to), cc: toRecipients(cc), bcc: toRecipients(bcc), body, attachments };
  if (hiddenText) snapshot.hiddenText = hiddenText;
  return snapshot;
}

/** Reads only the recipients: the cheap check run whenever they change. */
export async function readRecipients(item: ComposeItem): Promise<Pick<Snapshot, "to" | "cc" | "bcc">> {
  const [to, cc, bcc] = await Promise.all([
    officeCall<EmailAddressLike[]>("to.getAsync", (cb) => item.to.getAsync(cb)),
    officeCall<EmailAddressLike[]>("cc.getAsync", (cb) => item.cc.getAsync(cb)),
    officeCall<EmailAddressLike[]>("bcc.getAsync", (cb) => item.bcc.getAsync(cb)),
  ]);
  return { to: toRecipients(to), cc: toRecipients(cc), bcc: toRecipients(bcc) };
}
