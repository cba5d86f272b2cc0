/**
 * One `safeshare scan` input object → a Snapshot and the check options it implies, or the reason
 * it is not a valid message. Unknown fields are ignored; null counts as absent for optional ones.
 */
import type { AttachmentInfo, Recipient, Snapshot } from "../policy/snapshot";
import { ISO_EXPECTED, parseIsoInstant } from "./cliArgs";
import { htmlBodyTexts } from "./htmlText";
import { recipientsFromJson, recipientsFromString } from "./recipientInput";

/** A "from" longer than this is read as its address alone (no one's name and address is longer). */
const MAX_FROM = 2000;

export interface MessageToCheck {
  id: string;
  snapshot: Snapshot;
  /** From "from": the sender's address, for own-organisation. */
  sender?: string;
  /** From "from": the sender's display name ("Shabana Qureshi <…>"), as Outlook gives the user's profile name. */
  senderName?: string;
  exchange?: string;
  sentAt?: Date;
  /** For an HTML body: the text it renders to (snapshot.body), which body offsets point into. */
  renderedBody?: string;
}

export type MessageInputResult = { ok: true; message: MessageToCheck } | { ok: false; error: string };

export function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  const type = typeof value;
  return type === "object" ? "an object" : `${/^[aeiou]/.test(type) ? "an" : "a"} ${type}`;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Strict standard base64 (whitespace allowed, as in MIME); null when it is not. */
export function decodeBase64(text: string): Uint8Array | null {
  const s = text.replace(/\s+/g, "");
  if (!BASE64.test(s) || s.length % 4 === 1) return null;
  if (s.includes("=") && s.length % 4 !== 0) return null;
  return new Uint8Array(Buffer.from(s, "base64"));
}

/** A field's value, or why it is wrong. */
type Field<T> = { value: T } | { error: string };

function optionalString(obj: Record<string, unknown>, key: string): Field<string | undefined> {
  const v = obj[key];
  if (v === undefined || v === null) return { value: undefined };
  if (typeof v !== "string") return { error: `"${key}" must be a string, got ${describe(v)}` };
  return { value: v };
}

/** "from": an address, "Name <address>" (read as the recipients are) or {"name", "address"}. */
function senderOf(value: unknown): Field<Recipient | undefined> {
  if (value === undefined || value === null) return { value: undefined };
  const object = typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  const address = object ? object.address : value;
  if (typeof address !== "string") return { error: `"from" must be an address string or {"name", "address"}, got ${describe(value)}` };
  if (address.trim() === "") return { value: undefined };
  if (object) return { value: { name: typeof object.name === "string" ? object.name.trim() : "", address: address.trim() } };
  const read = address.length <= MAX_FROM ? recipientsFromString(address) : [];
  return { value: read.length === 1 ? (read[0] as Recipient) : { name: "", address: address.trim() } };
}

function attachmentsOf(value: unknown): Field<AttachmentInfo[]> {
  if (value === undefined || value === null) return { value: [] };
  if (!Array.isArray(value)) return { error: `"attachments" must be an array, got ${describe(value)}` };
  const out: AttachmentInfo[] = [];
  for (let i = 0; i < value.length; i++) {
    const a = value[i] as unknown;
    const where = `"attachments"[${i}]`;
    if (typeof a !== "object" || a === null || Array.isArray(a)) return { error: `${where} must be an object {"name", "contentBase64"}, got ${describe(a)}` };
    const { name, contentBase64 } = a as Record<string, unknown>;
    if (typeof name !== "string") return { error: `${where}.name must be a string, got ${describe(name)}` };
    const info: AttachmentInfo = { id: `attachment-${i + 1}`, name, size: 0, isInline: false };
    if (contentBase64 !== undefined && contentBase64 !== null) {
      if (typeof contentBase64 !== "string") return { error: `${where}.contentBase64 must be a string, got ${describe(contentBase64)}` };
      const bytes = decodeBase64(contentBase64);
      if (bytes === null) return { error: `${where}.contentBase64 is not valid base64` };
      info.content = bytes;
      info.size = bytes.length;
    }
    out.push(info);
  }
  return { value: out };
}

function sentAtOf(obj: Record<string, unknown>): Field<Date | undefined> {
  const text = optionalString(obj, "sentAt");
  if ("error" in text || text.value === undefined) return text as Field<undefined>;
  const at = parseIsoInstant(text.value);
  return at === null ? { error: `"sentAt" must be ${ISO_EXPECTED}, got ${JSON.stringify(text.value)}` } : { value: at };
}

export function messageFromJson(parsed: unknown): MessageInputResult {
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return { ok: false, error: `expected a JSON object, got ${describe(parsed)}` };
  const obj = parsed as Record<string, unknown>;
  if (typeof obj.id !== "string") return { ok: false, error: obj.id === undefined ? 'missing "id" (a string)' : `"id" must be a string, got ${describe(obj.id)}` };
  const lists: Recipient[][] = [];
  for (const field of ["to", "cc", "bcc"]) {
    const r = recipientsFromJson(obj[field], field);
    if (!r.ok) return { ok: false, error: r.error };
    lists.push(r.recipients);
  }
  const subject = optionalString(obj, "subject");
  const body = optionalString(obj, "body");
  const bodyType = optionalString(obj, "bodyType");
  const exchange = optionalString(obj, "exchange");
  const sender = senderOf(obj.from);
  const sentAt = sentAtOf(obj);
  const attachments = attachmentsOf(obj.attachments);
  // Checked in the order of the documented fields, so the first problem is the one reported.
  for (const f of [subject, body, bodyType, attachments, sentAt, exchange, sender]) if ("error" in f) return { ok: false, error: f.error };
  const value = <T>(f: Field<T>): T => (f as { value: T }).value;
  const type = value(bodyType) ?? "text";
  if (type !== "text" && type !== "html") return { ok: false, error: `"bodyType" must be "text" or "html", got ${JSON.stringify(type)}` };
  const bodyText = value(body) ?? "";
  const html = type === "html" ? htmlBodyTexts(bodyText) : undefined;
  const renderedBody = html?.visible;
  const message: MessageToCheck = {
    id: obj.id,
    snapshot: { subject: value(subject) ?? "", to: lists[0] ?? [], cc: lists[1] ?? [], bcc: lists[2] ?? [], body: renderedBody ?? bodyText, attachments: value(attachments) },
  };
  if (renderedBody !== undefined) message.renderedBody = renderedBody;
  if (html !== undefined && html.hidden !== "") message.snapshot.hiddenText = html.hidden;
  // Where the HTML's signature and quoted history are, as offsets into the rendered body.
  if (html !== undefined && html.regions.length > 0) message.snapshot.bodyRegions = html.regions.slice();
  const at = value(sentAt);
  if (at !== undefined) message.sentAt = at;
  const from = value(sender);
  if (from !== undefined) message.sender = from.address;
  if (from !== undefined && from.name !== "") message.senderName = from.name;
  const ex = value(exchange);
  if (ex !== undefined && ex !== "") message.exchange = ex;
  return { ok: true, message };
}
