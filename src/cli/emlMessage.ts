/**
 * A raw .eml file → the Snapshot to check, via postal-mime (MIME structure, transfer encodings,
 * charsets, RFC 2047 encoded words, attachments). postal-mime accepts almost any bytes, so a
 * small header check first decides whether the file is an e-mail message at all.
 */
import PostalMime, { type Address, type Attachment, type Email } from "postal-mime";
import type { AttachmentInfo, Recipient, Snapshot } from "../policy/snapshot";
import { htmlBodyTexts } from "./htmlText";

export interface EmlMessage {
  snapshot: Snapshot;
  /** The From address, when there is one. */
  sender?: string;
  /** The Date header: "absent", or the instant, or the text that could not be read as a date. */
  date: { kind: "absent" } | { kind: "ok"; at: Date } | { kind: "invalid"; text: string };
  /** Set when the body came from the HTML part: the rendered text that body offsets point into. */
  renderedBody?: string;
}

export type EmlResult = { ok: true; message: EmlMessage } | { ok: false; reason: string };

const FIELD_NAME = /^[\x21-\x39\x3b-\x7e]+:/;
const MESSAGE_FIELDS = new Set(["from", "to", "cc", "bcc", "subject", "date"]);
/** Enough to hold any real header section; the rest is the body. */
const HEADER_SCAN_LIMIT = 1024 * 1024;

/** Why the bytes are not an e-mail message's header section, or null when they can be one. */
export function headerProblem(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return "the file is empty";
  const head = Buffer.from(bytes.subarray(0, HEADER_SCAN_LIMIT)).toString("latin1");
  const end = head.search(/\r?\n\r?\n/);
  const lines = (end < 0 ? head : head.slice(0, end)).split(/\r?\n/);
  if (lines[lines.length - 1] === "") lines.pop();
  const names = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.includes("\0")) return "it holds binary data, not an e-mail message";
    if (i === 0 && line.startsWith("From ")) continue; // an mbox "From " separator line
    if (/^[ \t]/.test(line) && i > 0) continue; // a folded continuation
    if (!FIELD_NAME.test(line)) return `line ${i + 1} is neither a header field ("Name: value") nor the continuation of one, so this is not an e-mail message`;
    names.add(line.slice(0, line.indexOf(":")).trim().toLowerCase());
  }
  if (![...names].some((n) => MESSAGE_FIELDS.has(n))) return "it has no From, To, Cc, Bcc, Subject or Date header, so it is not an e-mail message";
  return null;
}

function recipientsOf(list: Address[] | undefined): Recipient[] {
  const out: Recipient[] = [];
  for (const a of list ?? []) {
    if (a.group) for (const m of a.group) out.push({ name: m.name, address: m.address });
    else out.push({ name: a.name, address: a.address });
  }
  return out;
}

function bytesOf(content: Attachment["content"]): Uint8Array {
  if (content instanceof Uint8Array) return content;
  if (typeof content === "string") return new TextEncoder().encode(content);
  return new Uint8Array(content);
}

function attachmentsOf(list: Attachment[]): AttachmentInfo[] {
  return list.map((a, i) => {
    const content = bytesOf(a.content);
    return {
      id: `attachment-${i + 1}`,
      name: a.filename ?? `(unnamed ${a.mimeType})`,
      size: content.length,
      isInline: a.disposition === "inline" || a.related === true,
      contentType: a.mimeType,
      content,
    };
  });
}

function dateOf(text: string | undefined): EmlMessage["date"] {
  if (text === undefined || text.trim() === "") return { kind: "absent" };
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? { kind: "invalid", text } : { kind: "ok", at: new Date(ms) };
}

/** Parses an .eml file's bytes; never throws. */
export async function parseEml(bytes: Uint8Array): Promise<EmlResult> {
  const problem = headerProblem(bytes);
  if (problem !== null) return { ok: false, reason: problem };
  let email: Email;
  try {
    email = await PostalMime.parse(bytes);
  } catch (e) {
    return { ok: false, reason: `cannot parse the MIME structure: ${(e as Error).message}` };
  }
  // multipart/alternative: the text/plain part when it has text, else what the HTML renders to.
  // The HTML part travels either way, so its hidden text is always checked.
  const html = email.html !== undefined ? htmlBodyTexts(email.html) : undefined;
  const useHtml = (email.text === undefined || email.text.trim() === "") && html !== undefined;
  const renderedBody = useHtml ? html?.visible : undefined;
  const snapshot: Snapshot = {
    subject: email.subject ?? "",
    to: recipientsOf(email.to),
    cc: recipientsOf(email.cc),
    bcc: recipientsOf(email.bcc),
    body: renderedBody ?? email.text ?? "",
    attachments: attachmentsOf(email.attachments),
  };
  if (html !== undefined && html.hidden !== "") snapshot.hiddenText = html.hidden;
  // Regions are offsets into the rendered HTML: only when that is the body.
  if (useHtml && html !== undefined && html.regions.length > 0) snapshot.bodyRegions = html.regions.slice();
  const message: EmlMessage = { snapshot, date: dateOf(email.date) };
  const from = email.from ? (email.from.group ? email.from.group[0]?.address : email.from.address) : undefined;
  if (from) message.sender = from;
  if (renderedBody !== undefined) message.renderedBody = renderedBody;
  return { ok: true, message };
}
