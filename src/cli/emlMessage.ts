/**
 * A raw .eml file → the Snapshots to check, read as mail clients read it, failing closed where
 * it cannot be read.
 *
 * eml/headerSection.ts first decides whether the bytes are an e-mail message at all and puts
 * them in canonical form (byte-order mark, line endings, a damaged header section). The header
 * fields are read here (eml/messageHeaders.ts: every Subject, From, To, Cc and Bcc, encoded
 * words in any charset, UTF-7 included); the body and attachments by postal-mime. The MIME
 * outline (eml/mimeOutline.ts) finds named text parts, which count as attachments, and
 * structure postal-mime cannot read: then the message is only partly checked, from its headers
 * and whatever text its parts hold, and says so.
 *
 * Every way a recipient may see the message is a variant: each distinct Subject, and each
 * alternative body (text/plain, and what the HTML renders to). The caller checks them all and
 * keeps the worst.
 */
import PostalMime, { type Attachment, type Email } from "postal-mime";
import type { BodyRegion } from "../policy/html";
import type { AttachmentInfo, Snapshot } from "../policy/snapshot";
import { prepareEml } from "./eml/headerSection";
import { messageHeaders, type MessageHeaders } from "./eml/messageHeaders";
import { mimeOutline, partBytes, partName, partText, type Outline, type Part } from "./eml/mimeOutline";
import { htmlBodyTexts } from "./htmlText";

/** One way the message may be read: what is checked, and how to name it in the report. */
export interface Variant {
  snapshot: Snapshot;
  /** Set when the body is the text the HTML part renders to: body offsets point into it. */
  renderedBody?: string;
  /** "the HTML alternative", "Subject header 2 of 2"…; empty for the message as first read. */
  label: string;
}

export interface EmlMessage {
  /** The first variant: the first Subject, the text/plain body when there is one. */
  snapshot: Snapshot;
  /** Every variant to check, the first one first. */
  variants: Variant[];
  /** The From address, when every From header names the same one. */
  sender?: string;
  /** The Date header: "absent", or the instant, or the text that could not be read as a date. */
  date: { kind: "absent" } | { kind: "ok"; at: Date } | { kind: "invalid"; text: string };
  /** Set when the first variant's body came from the HTML part. */
  renderedBody?: string;
  /** Why the message could only be partly read, when it could not be read in full. */
  partly?: string;
  /** What was repaired or read in a way worth telling (for stderr). */
  notes: string[];
}

export type EmlResult = { ok: true; message: EmlMessage } | { ok: false; reason: string };

/** Distinct subjects checked one by one; any beyond are checked together, one per line. */
const MAX_SUBJECT_VARIANTS = 8;

interface Body {
  body: string;
  hiddenText?: string;
  bodyRegions?: BodyRegion[];
  renderedBody?: string;
  label: string;
}

/** Why the bytes are not an e-mail message, or null when they can be read as one. */
export function headerProblem(bytes: Uint8Array): string | null {
  const prepared = prepareEml(bytes);
  return prepared.ok ? null : prepared.reason;
}

function bytesOf(content: Attachment["content"]): Uint8Array {
  if (content instanceof Uint8Array) return content;
  if (typeof content === "string") return new TextEncoder().encode(content);
  return new Uint8Array(content);
}

const INLINE_TEXT = new Set(["text/plain", "text/html"]);
/** A part mail clients show as body text (a named one is listed as an attachment too). */
const isInlineText = (p: Part) => !p.unreadable && INLINE_TEXT.has(p.type.value) && p.disposition.value !== "attachment";

/** Named text parts: postal-mime merges them into the body, mail clients also list them as files. */
function namedTextParts(outline: Outline): AttachmentInfo[] {
  return outline.parts
    .filter((p) => isInlineText(p) && partName(p) !== undefined)
    .map((p) => {
      const content = partBytes(p);
      return { id: "", name: partName(p) as string, size: content.length, isInline: false, contentType: p.type.value, content };
    });
}

function numbered(list: AttachmentInfo[]): AttachmentInfo[] {
  return list.map((a, i) => ({ ...a, id: `attachment-${i + 1}` }));
}

function fromPostalMime(email: Email, outline: Outline): { bodies: Body[]; attachments: AttachmentInfo[] } {
  const attachments: AttachmentInfo[] = email.attachments.map((a) => {
    const content = bytesOf(a.content);
    return { id: "", name: a.filename ?? `(unnamed ${a.mimeType})`, size: content.length, isInline: a.disposition === "inline" || a.related === true, contentType: a.mimeType, content };
  });
  const html = email.html !== undefined ? htmlBodyTexts(email.html) : undefined;
  const hidden = html !== undefined && html.hidden !== "" ? { hiddenText: html.hidden } : {};
  const bodies: Body[] = [];
  // The text part travels with the HTML one, so the HTML's hidden text is checked with it too.
  if (email.text !== undefined && email.text.trim() !== "") bodies.push({ body: email.text, ...hidden, label: "the text/plain alternative" });
  if (html !== undefined) {
    const b: Body = { body: html.visible, renderedBody: html.visible, ...hidden, label: "the HTML alternative" };
    if (html.regions.length > 0) b.bodyRegions = html.regions.slice();
    bodies.push(b);
  }
  if (bodies.length === 0) bodies.push({ body: email.text ?? "", label: "" });
  return { bodies, attachments: attachments.concat(namedTextParts(outline)) };
}

/** When the structure cannot be read: every piece of text the outline holds, as one body. */
function fromOutline(outline: Outline): { bodies: Body[]; attachments: AttachmentInfo[] } {
  const texts: string[] = [];
  const attachments: AttachmentInfo[] = [];
  for (const p of outline.parts) {
    if (p.unreadable) texts.push(partText(p));
    else if (isInlineText(p)) {
      if (p.type.value === "text/html") {
        const html = htmlBodyTexts(partText(p));
        texts.push(html.visible, html.hidden);
      } else texts.push(partText(p));
    } else {
      const content = partBytes(p);
      attachments.push({ id: "", name: partName(p) ?? `(unnamed ${p.type.value})`, size: content.length, isInline: p.disposition.value === "inline", contentType: p.type.value, content });
    }
  }
  return { bodies: [{ body: texts.filter((t) => t.trim() !== "").join("\n\n"), label: "" }], attachments: attachments.concat(namedTextParts(outline)) };
}

function subjectVariants(subjects: string[]): { subject: string; label: string }[] {
  const distinct = [...new Set(subjects)];
  if (distinct.length <= 1) return [{ subject: distinct[0] ?? "", label: "" }];
  const n = subjects.length;
  const out = distinct.slice(0, MAX_SUBJECT_VARIANTS - 1).map((subject) => ({ subject, label: `Subject header ${subjects.indexOf(subject) + 1} of ${n}` }));
  const rest = distinct.slice(MAX_SUBJECT_VARIANTS - 1);
  if (rest.length === 1) out.push({ subject: rest[0] as string, label: `Subject header ${subjects.indexOf(rest[0] as string) + 1} of ${n}` });
  else if (rest.length > 1) out.push({ subject: rest.join("\n"), label: `the other ${rest.length} Subject headers, one per line` });
  return out;
}

function dateOf(text: string | undefined): EmlMessage["date"] {
  if (text === undefined || text === "") return { kind: "absent" };
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? { kind: "invalid", text } : { kind: "ok", at: new Date(ms) };
}

function isEmpty(headers: MessageHeaders, bodies: Body[], attachments: AttachmentInfo[]): boolean {
  const blank = (s: string | undefined) => (s ?? "").trim() === "";
  return headers.subjects.every(blank) && headers.to.length + headers.cc.length + headers.bcc.length === 0 && attachments.length === 0 && bodies.every((b) => blank(b.body) && blank(b.hiddenText));
}

/** Parses an .eml file's bytes; never throws. */
export async function parseEml(bytes: Uint8Array): Promise<EmlResult> {
  const prepared = prepareEml(bytes);
  if (!prepared.ok) return { ok: false, reason: prepared.reason };
  const notes = prepared.repairs.slice();
  const outline = mimeOutline(prepared.text);
  const headers = messageHeaders(outline.fields);
  const problems = [...new Set(outline.problems)];
  let read: { bodies: Body[]; attachments: AttachmentInfo[] };
  if (problems.length === 0) {
    try {
      // The file's own bytes when nothing was repaired: re-encoding a 20 MB text costs time and memory.
      read = fromPostalMime(await PostalMime.parse(prepared.verbatim ? bytes : Buffer.from(prepared.text, "latin1")), outline);
    } catch (e) {
      problems.push(`the MIME structure cannot be parsed (${(e as Error).message})`);
      read = fromOutline(outline);
    }
  } else read = fromOutline(outline);
  if (isEmpty(headers, read.bodies, read.attachments)) {
    return { ok: false, reason: "nothing could be read from it (no subject, no recipients, no body and no attachments), so it was not checked" };
  }
  const attachments = numbered(read.attachments);
  const variants: Variant[] = [];
  for (const s of subjectVariants(headers.subjects)) {
    for (const b of read.bodies) {
      const snapshot: Snapshot = { subject: s.subject, to: headers.to, cc: headers.cc, bcc: headers.bcc, body: b.body, attachments };
      if (b.hiddenText !== undefined) snapshot.hiddenText = b.hiddenText;
      if (b.bodyRegions !== undefined) snapshot.bodyRegions = b.bodyRegions;
      const variant: Variant = { snapshot, label: [s.label, read.bodies.length > 1 ? b.label : ""].filter((l) => l !== "").join(", ") };
      if (b.renderedBody !== undefined) variant.renderedBody = b.renderedBody;
      variants.push(variant);
    }
  }
  if (headers.subjects.length > 1) notes.push(`it has ${headers.subjects.length} Subject headers: each is checked, and the worst is reported`);
  const first = variants[0] as Variant;
  const message: EmlMessage = { snapshot: first.snapshot, variants, date: dateOf(headers.date), notes };
  if (headers.senders.length === 1) message.sender = headers.senders[0] as string;
  else if (headers.senders.length > 1) notes.push(`its From headers name ${headers.senders.length} different senders (${headers.senders.join(", ")}): checked with no sender, so none counts as the sender's own organisation`);
  if (first.renderedBody !== undefined) message.renderedBody = first.renderedBody;
  if (problems.length > 0) message.partly = problems.join("; ");
  return { ok: true, message };
}
