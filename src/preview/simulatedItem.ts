/**
 * A simulated Outlook compose item for the preview page and tests: the subset of
 * Office.MessageCompose SafeShare uses, with Outlook's observable behaviour — callbacks run
 * asynchronously with an AsyncResult ({status, value, error, asyncContext}), recipients come
 * back as EmailAddressDetails, setAsync throws (not via the callback) above 1,000,000
 * characters, and RecipientsChanged fires when recipients change.
 */
import type { AttachmentLike, EmailAddressLike } from "../outlook/composeItem";
import type { AsyncCallback, AsyncResultLike } from "../outlook/officeAsync";

export interface SimulatedRecipient {
  displayName?: string;
  emailAddress: string;
}

export interface SimulatedAttachment {
  name: string;
  size?: number;
  contentType?: string;
  isInline?: boolean;
}

export interface SimulatedMessage {
  subject?: string;
  to?: SimulatedRecipient[];
  cc?: SimulatedRecipient[];
  bcc?: SimulatedRecipient[];
  body?: string;
  attachments?: SimulatedAttachment[];
}

type Callback<T> = AsyncCallback<T>;
type AddressDetails = Required<EmailAddressLike> & { recipientType: string };

const MAX_SET_LENGTH = 1_000_000;

function succeeded<T>(value: T, asyncContext?: unknown): AsyncResultLike<T> & { asyncContext: unknown } {
  return { status: "succeeded", value, error: undefined, asyncContext };
}

/** Runs a callback later, as Outlook does; never synchronously inside the call. */
function later<T>(callback: Callback<T> | undefined, result: AsyncResultLike<T>): void {
  if (callback) setTimeout(() => callback(result), 0);
}

/** Outlook passes (options, callback) or (callback): find the callback either way. */
function pickCallback<T>(a: unknown, b: unknown): Callback<T> | undefined {
  if (typeof a === "function") return a as Callback<T>;
  if (typeof b === "function") return b as Callback<T>;
  return undefined;
}

function asyncContextOf(options: unknown): unknown {
  return options && typeof options === "object" && "asyncContext" in options ? (options as { asyncContext: unknown }).asyncContext : undefined;
}

function htmlToText(html: string): string {
  return html
    .replace(/<(br|\/p|\/div|\/li|\/tr|\/h[1-6])\b[^>]*>/gi, "\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

export class SimulatedComposeItem {
  readonly itemType = "message";
  private subjectText: string;
  private bodyHtml: string;
  private readonly recipients: Record<"to" | "cc" | "bcc", AddressDetails[]>;
  private attachments: AttachmentLike[];
  private readonly handlers = new Map<string, (args: unknown) => void>();
  private nextAttachmentId = 1;
  readonly sessionData: Map<string, string> = new Map();

  constructor(message: SimulatedMessage = {}) {
    this.subjectText = message.subject ?? "";
    this.bodyHtml = escapeAsHtml(message.body ?? "");
    this.recipients = { to: [], cc: [], bcc: [] };
    for (const field of ["to", "cc", "bcc"] as const) this.recipients[field] = (message[field] ?? []).map(toDetails);
    this.attachments = (message.attachments ?? []).map((a) => this.toAttachment(a));
  }

  // --- Office.MessageCompose surface ---------------------------------------------------------

  readonly subject = {
    getAsync: (a?: unknown, b?: unknown) => later(pickCallback<string>(a, b), succeeded(this.subjectText, asyncContextOf(a))),
    setAsync: (value: string, a?: unknown, b?: unknown) => {
      if (value.length > 255) throw new Error("The subject is longer than 255 characters.");
      this.subjectText = value;
      later(pickCallback<void>(a, b), succeeded(undefined, asyncContextOf(a)));
    },
  };

  readonly to = this.recipientField("to");
  readonly cc = this.recipientField("cc");
  readonly bcc = this.recipientField("bcc");

  readonly body = {
    getAsync: (coercionType: Office.CoercionType | string, a?: unknown, b?: unknown) => {
      const value = String(coercionType).toLowerCase() === "html" ? this.bodyHtml : htmlToText(this.bodyHtml);
      later(pickCallback<string>(a, b), succeeded(value, asyncContextOf(a)));
    },
    setAsync: (data: string, a?: unknown, b?: unknown) => {
      if (data.length > MAX_SET_LENGTH) throw new Error("Data exceeds the 1,000,000 character limit.");
      const html = a && typeof a === "object" && String((a as { coercionType?: string }).coercionType).toLowerCase() === "html";
      this.bodyHtml = html ? data : escapeAsHtml(data);
      later(pickCallback<void>(a, b), succeeded(undefined, asyncContextOf(a)));
    },
  };

  getAttachmentsAsync(a?: unknown, b?: unknown): void {
    later(pickCallback<AttachmentLike[]>(a, b), succeeded(this.attachments.slice(), asyncContextOf(a)));
  }

  addHandlerAsync(eventType: Office.EventType | string, handler: (args: unknown) => void, a?: unknown, b?: unknown): void {
    this.handlers.set(String(eventType), handler);
    later(pickCallback<void>(a, b), succeeded(undefined, asyncContextOf(a)));
  }

  removeHandlerAsync(eventType: Office.EventType | string, a?: unknown, b?: unknown): void {
    this.handlers.delete(String(eventType));
    later(pickCallback<void>(a, b), succeeded(undefined, asyncContextOf(a)));
  }

  // --- What the user does in the preview's message editor ------------------------------------

  /** Replaces the message content as if the user had typed it; fires RecipientsChanged when due. */
  edit(message: SimulatedMessage): void {
    if (message.subject !== undefined) this.subjectText = message.subject;
    if (message.body !== undefined) this.bodyHtml = escapeAsHtml(message.body);
    if (message.attachments !== undefined) this.attachments = message.attachments.map((a) => this.toAttachment(a));
    const changed: Record<string, boolean> = { to: false, cc: false, bcc: false };
    for (const field of ["to", "cc", "bcc"] as const) {
      const next = message[field];
      if (next === undefined) continue;
      const details = next.map(toDetails);
      changed[field] = JSON.stringify(details) !== JSON.stringify(this.recipients[field]);
      this.recipients[field] = details;
    }
    if (changed.to || changed.cc || changed.bcc) {
      this.fire("olkRecipientsChanged", { type: "olkRecipientsChanged", changedRecipientFields: changed });
    }
  }

  private fire(eventType: string, args: unknown): void {
    const handler = this.handlers.get(eventType);
    if (handler) setTimeout(() => handler(args), 0);
  }

  private recipientField(field: "to" | "cc" | "bcc") {
    return {
      getAsync: (a?: unknown, b?: unknown) =>
        later(pickCallback<AddressDetails[]>(a, b), succeeded(this.recipients[field].map((r) => ({ ...r })), asyncContextOf(a))),
      setAsync: (value: (string | SimulatedRecipient)[], a?: unknown, b?: unknown) => {
        this.edit({ [field]: value.map(fromInput) });
        later(pickCallback<void>(a, b), succeeded(undefined, asyncContextOf(a)));
      },
      addAsync: (value: (string | SimulatedRecipient)[], a?: unknown, b?: unknown) => {
        const current: SimulatedRecipient[] = this.recipients[field].map((r) => ({ displayName: r.displayName, emailAddress: r.emailAddress }));
        this.edit({ [field]: current.concat(value.map(fromInput)) });
        later(pickCallback<void>(a, b), succeeded(undefined, asyncContextOf(a)));
      },
    };
  }

  private toAttachment(a: SimulatedAttachment): AttachmentLike {
    return {
      id: `sim-attachment-${this.nextAttachmentId++}`,
      name: a.name,
      size: a.size ?? 0,
      contentType: a.contentType ?? "application/octet-stream",
      isInline: a.isInline ?? false,
    };
  }
}

function fromInput(value: string | SimulatedRecipient): SimulatedRecipient {
  return typeof value === "string" ? { emailAddress: value } : value;
}

function toDetails(r: SimulatedRecipient): AddressDetails {
  // Outlook shows the address as the display name when none was given.
  return { displayName: r.displayName ?? r.emailAddress, emailAddress: r.emailAddress, recipientType: "other" };
}

function escapeAsHtml(text: string): string {
  const escaped = text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return escaped
    .split("\n")
    .map((line) => `<div>${line || "<br>"}</div>`)
    .join("");
}
