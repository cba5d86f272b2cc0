import { bodyTexts, type BodyTexts } from "../policy/html";
import type { Recipient, Snapshot } from "../policy/snapshot";
import { readAttachmentList, withAttachmentBytes } from "./attachmentBytes";
import type { ComposeItem, EmailAddressLike } from "./composeItem";
import { readComposeType } from "./composeType";
import { officeCall } from "./officeAsync";
import { readLabelsSafely, type LabelContextLike } from "./sensitivityLabels";

// Office.CoercionType.Text, by value: the JavaScript-only runtime has no Office.CoercionType
// until a host script defines it.
const TEXT = "text" as Office.CoercionType;
const HTML = "html" as Office.CoercionType;

export interface ReadSnapshotOptions {
  /** Read attachment bytes (getAttachmentContentAsync, Mailbox 1.8) so their encryption can be
   * checked. Off by default: the task pane reads them itself when it needs to. */
  attachmentContent?: boolean;
  /** How long to wait for each attachment's bytes; one that is later keeps no content. */
  attachmentDeadlineMs?: number;
  /** For an HTML body, also read the HTML with SafeShare's reader (src/policy/html): the text it
   * hides (comments, hidden or unreadable elements…) becomes snapshot.hiddenText, as it travels
   * with the message too; the text it shows becomes snapshot.body, with snapshot.bodyRegions
   * (where the signature and quoted history are) as offsets into it. */
  hiddenText?: boolean;
  /** The client supports Mailbox 1.10 (the caller asked isSetSupported): read the compose type
   * (new, reply, forward) into snapshot.composeType. Never fails the read (see composeType.ts). */
  composeType?: boolean;
  /** Office.context, to read the message's sensitivity label and the tenant's catalogue where
   * the client has them (Mailbox 1.13); a failure or a slow answer is "no label", never a
   * failed read (see sensitivityLabels.ts). */
  labels?: LabelContextLike | null;
}

function toRecipients(details: EmailAddressLike[]): Recipient[] {
  return details.map((d) => ({ name: d.displayName || "", address: d.emailAddress || "" }));
}



/** An HTML body as SafeShare's reader reads it, or null for a plain-text body. */
async function readHtmlBody(item: ComposeItem): Promise<BodyTexts | null> {
  const getType = item.body.getTypeAsync;
  if (typeof getType === "function") {
    const type = await officeCall<Office.CoercionType>("body.getTypeAsync", (cb) => getType.call(item.body, cb));
    if (String(type).toLowerCase() !== "html") return null;
  }
  const html = await officeCall<string>("body.getAsync(html)", (cb) => item.body.getAsync(HTML, cb));
  return bodyTexts(html);
}

/** Reads the compose item into a Snapshot; rejects with an OfficeCallError naming the failing call. */
export async function readSnapshot(item: ComposeItem, options: ReadSnapshotOptions = {}): Promise<Snapshot> {
  const htmlBody = options.hiddenText ? readHtmlBody(item) : Promise.resolve(null);
  const composeType = readComposeType(item, options.composeType === true);
  const labels = options.labels ? readLabelsSafely(item, options.labels) : Promise.resolve(null);
  const [subject, to, cc, bcc, body, attachmentList, html] = await Promise.all([
    officeCall<string>("subject.getAsync", (cb) => item.subject.getAsync(cb)),
    officeCall<EmailAddressLike[]>("to.getAsync", (cb) => item.to.getAsync(cb)),
    officeCall<EmailAddressLike[]>("cc.getAsync", (cb) => item.cc.getAsync(cb)),
    officeCall<EmailAddressLike[]>("bcc.getAsync", (cb) => item.bcc.getAsync(cb)),
    officeCall<string>("body.getAsync", (cb) => item.body.getAsync(TEXT, cb)),
    readAttachmentList(item),
    htmlBody,
  ]);
  let attachments = attachmentList;
  if (options.attachmentContent && attachments.length > 0) {
    attachments = await withAttachmentBytes(item, attachments, options.attachmentDeadlineMs === undefined ? {} : { deadlineMs: options.attachmentDeadlineMs });
  }
  const snapshot: Snapshot = { subject, to: toRecipients(to), cc: toRecipients(cc), bcc: toRecipients(bcc), body, attachments };
  const type = await composeType;
  if (type) snapshot.composeType = type;
  const labelled = await labels;
  if (labelled) {
    snapshot.labelCatalog = labelled.catalogue;
    if (labelled.applied) snapshot.sensitivityLabel = labelled.applied;
  }
  if (html) {
    if (html.hidden) snapshot.hiddenText = html.hidden;
    // The reader's visible text is the body when it could lay the HTML out, so that the regions'
    // offsets point into it; otherwise Outlook's own text stays the body (still checked).
    if (html.laidOut) {
      snapshot.body = html.visible;
      if (html.regions.length > 0) snapshot.bodyRegions = html.regions.slice();
    }
  }
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
