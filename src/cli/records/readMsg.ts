/**
 * An Outlook .msg file's bytes → MessageFacts, with @kenjiuno/msgreader (Apache-2.0).
 *
 * The record may be in three places: the transport headers (PR_TRANSPORT_MESSAGE_HEADERS, on a
 * message that came back through a mail server), the internet-header named properties (where
 * Outlook keeps the headers an add-in set on an item it has not received: the Sent Items copy),
 * and the add-in's custom properties (a named property "cecp-<add-in id>" holding every custom
 * property as JSON). A file the reader cannot parse is reported, never thrown.
 */
import MsgReader, { type FieldsData } from "@kenjiuno/msgreader";
import { HEADER_MSIP_LABELS, RECORD_PROPERTY } from "./recordNames";
import { headerFields, type HeaderField } from "../../policy/record/headerFields";
import type { FactAttachment, FactRecipient, FactsResult, MessageFacts } from "./messageFacts";

/** The compound-file signature every .msg starts with. */
export const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function isCompoundFile(bytes: Uint8Array): boolean {
  return CFB_SIGNATURE.every((b, i) => bytes[i] === b);
}

function smtp(address: string | undefined, type: string | undefined): string | undefined {
  if (!address) return undefined;
  return type === undefined || type.toUpperCase() === "SMTP" || address.includes("@") ? address : undefined;
}

function sentTime(d: FieldsData): MessageFacts["sent"] {
  const text = d.clientSubmitTime ?? d.messageDeliveryTime;
  if (text === undefined) return { kind: "absent" };
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? { kind: "invalid", text } : { kind: "ok", at: new Date(ms) };
}

function namedProperties(d: FieldsData): { fields: HeaderField[]; property?: string } {
  const fields: HeaderField[] = [];
  let property: string | undefined;
  for (const p of d.rawProps ?? []) {
    const name = p.propertyName?.toLowerCase();
    if (name === undefined || typeof p.value !== "string") continue;
    if (name.startsWith("x-safeshare-") || name === HEADER_MSIP_LABELS) fields.push({ name, value: p.value.replace(/\s+/g, " ").trim() });
    else if (name.startsWith("cecp-") && p.value.includes(RECORD_PROPERTY)) property = p.value;
  }
  return property === undefined ? { fields } : { fields, property };
}

export function readMsgFacts(bytes: Uint8Array): FactsResult {
  if (!isCompoundFile(bytes)) return { ok: false, reason: "it is not an Outlook .msg file (no compound-file signature)" };
  let reader: MsgReader;
  let d: FieldsData;
  try {
    reader = new MsgReader(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    reader.parserConfig = { includeRawProps: true };
    d = reader.getFileData();
  } catch (e) {
    return { ok: false, reason: `the .msg file is damaged and cannot be read (${(e as Error).message})` };
  }
  if (d.error) return { ok: false, reason: `the .msg file cannot be read (${d.error})` };
  if (d.dataType !== "msg") return { ok: false, reason: "the file holds no Outlook item" };
  // The reader skips what it cannot find: a damaged file can come back as an item with nothing in it.
  const anything = [d.subject, d.body, d.headers, d.clientSubmitTime, d.messageDeliveryTime, d.creationTime, d.senderEmail].some((v) => v !== undefined && v !== "");
  if (!anything && (d.recipients ?? []).length === 0 && (d.attachments ?? []).length === 0) {
    return { ok: false, reason: "the .msg file is damaged and cannot be read (no message properties found)" };
  }
  const notes: string[] = [];
  const named = namedProperties(d);
  const fields = (d.headers ? headerFields(d.headers) : []).concat(named.fields);
  const recipients: FactRecipient[] = (d.recipients ?? []).map((r) => ({
    field: r.recipType ?? "to",
    name: r.name ?? "",
    address: smtp(r.smtpAddress, "SMTP") ?? smtp(r.email, r.addressType) ?? r.email ?? "",
  }));
  const attachments: FactAttachment[] = [];
  let unread = 0;
  for (const a of d.attachments ?? []) {
    const name = a.fileName ?? a.name ?? "(unnamed)";
    if (a.innerMsgContent) {
      attachments.push({ name, embeddedMessage: true });
      continue;
    }
    try {
      attachments.push({ name, bytes: reader.getAttachment(a).content });
    } catch {
      // Its protection stays unknown: fail closed.
      attachments.push({ name });
      unread++;
    }
  }
  if (unread > 0) notes.push(`${unread} attachment${unread === 1 ? "" : "s"} could not be read`);
  const facts: MessageFacts = { format: "msg", fields, sent: sentTime(d), recipients, subject: d.subject ?? "", attachments, notes };
  const sender = smtp(d.senderSmtpAddress, "SMTP") ?? smtp(d.senderEmail, d.senderAddressType) ?? smtp(d.sentRepresentingSmtpAddress, "SMTP") ?? smtp(d.creatorSMTPAddress, "SMTP");
  if (sender !== undefined) facts.sender = sender.toLowerCase();
  if (named.property !== undefined) facts.recordProperty = named.property;
  if (unread > 0) facts.partly = "some attachments could not be read";
  return { ok: true, facts };
}
