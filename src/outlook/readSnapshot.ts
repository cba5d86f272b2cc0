import type { AttachmentInfo, Recipient, Snapshot } from "../policy/snapshot";
import type { AttachmentLike, ComposeItem, EmailAddressLike } from "./composeItem";
import { officeCall } from "./officeAsync";

// Office.CoercionType.Text, by value: the JavaScript-only runtime has no Office.CoercionType
// until a host script defines it.
const TEXT = "text" as Office.CoercionType;

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

/** Reads the compose item into a Snapshot; rejects with an OfficeCallError naming the failing call. */
export async function readSnapshot(item: ComposeItem): Promise<Snapshot> {
  const [subject, to, cc, bcc, body, attachments] = await Promise.all([
    officeCall<string>("subject.getAsync", (cb) => item.subject.getAsync(cb)),
    officeCall<EmailAddressLike[]>("to.getAsync", (cb) => item.to.getAsync(cb)),
    officeCall<EmailAddressLike[]>("cc.getAsync", (cb) => item.cc.getAsync(cb)),
    officeCall<EmailAddressLike[]>("bcc.getAsync", (cb) => item.bcc.getAsync(cb)),
    officeCall<string>("body.getAsync", (cb) => item.body.getAsync(TEXT, cb)),
    officeCall<AttachmentLike[]>("getAttachmentsAsync", (cb) => item.getAttachmentsAsync(cb)),
  ]);
  return { subject, to: toRecipients(to), cc: toRecipients(cc), bcc: toRecipients(bcc), body, attachments: toAttachments(attachments) };
}
