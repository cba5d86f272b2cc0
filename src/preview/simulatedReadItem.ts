/**
 * A simulated Outlook message open for reading (Office.MessageRead), for the preview and tests,
 * with Outlook's observable behaviour for what SafeShare's read mode uses:
 * - `subject` is a string and `itemType` "message" (read mode; compose has subject.getAsync);
 * - getAllInternetHeadersAsync (Mailbox 1.8) answers the whole header section as one string,
 *   CRLF line ends, long values folded;
 * - loadCustomPropertiesAsync (1.1) answers the item's custom properties (changes kept only
 *   after saveAsync);
 * - callbacks run asynchronously with an AsyncResult; any call can be made to fail through its
 *   callback (failNext), to throw (throwNext) or to be slow (delay).
 *
 * SimulatedNewMessageForms is Office.context.mailbox.displayNewMessageForm (1.6) and
 * displayNewMessageFormAsync (1.9): it records each form, refuses what Outlook documents it
 * refuses (unknown parameters, a subject over 255 characters, a body over 32 KB, more than 100
 * recipients a field) by throwing, and takes injected failures too.
 *
 * `SimulatedReadItem.sentFrom(composeItem)` is the sent copy of a simulated compose message: the
 * internet headers and custom properties the Send handler stamped on it, as the Sent Items copy
 * shows them.
 */
import type { NewMessageForm } from "../outlook/readItem";
import { pickCallback, SimulatedCalls, type SimulatedError } from "./simulatedCalls";
import { SimulatedCustomProperties, type SimulatedComposeItem, type SimulatedRecipient } from "./simulatedItem";

/** Outlook's argument checks throw (Error); Office-style error objects fail through the callback. */
function newCalls(): SimulatedCalls {
  return new SimulatedCalls((error) => error instanceof Error);
}

export interface SimulatedReadMessage {
  subject?: string;
  from?: SimulatedRecipient;
  to?: SimulatedRecipient[];
  /** When the message was sent: its Date header and the item's dateTimeCreated. */
  sentAt?: Date;
  /** Extra internet headers (X-SafeShare-*, or forged ones), in order; a name may repeat. */
  headers?: [string, string][];
  /** Custom properties saved on the item (the sender's copy keeps SafeShare's record here). */
  customProperties?: Record<string, unknown>;
}

/** RFC 5322 folding: lines over 78 characters break at a space, continuation lines indented. */
function folded(name: string, value: string): string {
  const words = value.split(" ");
  const lines: string[] = [];
  let line = `${name}:`;
  for (const word of words) {
    if (line.length + 1 + word.length > 78 && line.trim() !== `${name}:`) {
      lines.push(line);
      line = "";
    }
    line += ` ${word}`;
  }
  lines.push(line);
  return lines.join("\r\n");
}

function address(r: SimulatedRecipient): string {
  return r.displayName ? `"${r.displayName}" <${r.emailAddress}>` : r.emailAddress;
}

export class SimulatedReadItem {
  readonly itemType = "message";
  readonly subject: string;
  readonly dateTimeCreated: Date;
  private readonly planner = newCalls();
  private readonly headerLines: [string, string][];
  private savedCustomProperties: Record<string, unknown>;
  /** Every Office call made, in order: tests assert on it. */
  readonly calls = this.planner.calls;

  constructor(message: SimulatedReadMessage = {}) {
    this.subject = message.subject ?? "";
    this.dateTimeCreated = message.sentAt ?? new Date("2026-11-25T10:00:00Z");
    const from = message.from ?? { displayName: "Sam Practitioner", emailAddress: "sam.practitioner@justice.gov.uk" };
    this.headerLines = [
      ["Received", "from EX01.justice.gov.uk (10.0.0.1) by EX02.justice.gov.uk (10.0.0.2) with Microsoft SMTP Server; " + this.dateTimeCreated.toUTCString()],
      ["From", address(from)],
      ["To", (message.to ?? []).map(address).join(", ")],
      ["Subject", this.subject],
      ["Date", this.dateTimeCreated.toUTCString().replace("GMT", "+0000")],
      ["Message-ID", "<simulated-1@justice.gov.uk>"],
      ["MIME-Version", "1.0"],
      ...(message.headers ?? []),
      ["Content-Type", "text/html; charset=utf-8"],
    ];
    this.savedCustomProperties = JSON.parse(JSON.stringify(message.customProperties ?? {})) as Record<string, unknown>;
  }

  /** The Sent Items copy of a simulated compose message after Send stamped it. */
  static sentFrom(item: SimulatedComposeItem, sentAt?: Date): SimulatedReadItem {
    const state = item.state;
    const message: SimulatedReadMessage = {
      subject: state.subject,
      to: state.to.map((r) => ({ displayName: r.displayName, emailAddress: r.emailAddress })),
      headers: Object.keys(state.internetHeaders).map((name): [string, string] => [name, state.internetHeaders[name] as string]),
      customProperties: state.customProperties,
    };
    if (sentAt) message.sentAt = sentAt;
    return new SimulatedReadItem(message);
  }

  failNext(operation: string, error?: SimulatedError): void {
    this.planner.failNext(operation, error);
  }
  throwNext(operation: string, message?: string): void {
    this.planner.throwNext(operation, message);
  }
  delay(operation: string, ms: number): void {
    this.planner.delay(operation, ms);
  }

  /** What a client with the given Mailbox requirement set offers: internet headers are 1.8. */
  limitToMailbox(version: string): void {
    const [major, minor] = version.split(".").map(Number);
    if ((major ?? 0) < 1 || ((major ?? 0) === 1 && (minor ?? 0) < 8)) Object.defineProperty(this, "getAllInternetHeadersAsync", { value: undefined });
  }

  /** Read items have no sensitivity-label API in SafeShare's use; kept for createSimulatedOffice. */
  useLabelCatalog(): void {}

  /** Mailbox 1.8: the header section as one string. */
  getAllInternetHeadersAsync(a?: unknown, b?: unknown): void {
    this.planner.run("getAllInternetHeadersAsync", a, pickCallback<string>(a, b), () => this.headerText);
  }

  loadCustomPropertiesAsync(a?: unknown, b?: unknown): void {
    this.planner.run("loadCustomPropertiesAsync", a, pickCallback<SimulatedCustomProperties>(a, b), () => new SimulatedCustomProperties(this.savedCustomProperties, (saved) => (this.savedCustomProperties = saved), this));
  }

  get headerText(): string {
    return this.headerLines.map(([name, value]) => folded(name, value)).join("\r\n") + "\r\n";
  }
}

const FORM_FIELDS = ["toRecipients", "ccRecipients", "bccRecipients", "subject", "htmlBody", "attachments"];

/** Office.context.mailbox.displayNewMessageForm / displayNewMessageFormAsync. */
export class SimulatedNewMessageForms {
  private readonly planner = newCalls();
  /** Each form Outlook opened, in order. */
  readonly opened: NewMessageForm[] = [];
  readonly calls = this.planner.calls;

  failNext(operation: "displayNewMessageFormAsync", error?: SimulatedError): void {
    this.planner.failNext(operation, error);
  }
  throwNext(operation: "displayNewMessageForm" | "displayNewMessageFormAsync", message?: string): void {
    this.planner.throwNext(operation, message);
  }

  /** Outlook's argument checks (MessageForm): they throw, as the documentation says. */
  private checked(parameters: unknown): NewMessageForm {
    const p = (parameters ?? {}) as Record<string, unknown>;
    for (const key of Object.keys(p)) if (!FORM_FIELDS.includes(key)) throw new Error(`Unknown parameter ${key}.`);
    const subject = typeof p.subject === "string" ? p.subject : "";
    const htmlBody = typeof p.htmlBody === "string" ? p.htmlBody : "";
    const to = Array.isArray(p.toRecipients) ? (p.toRecipients as unknown[]).map(String) : [];
    if (subject.length > 255) throw new Error("The subject exceeds 255 characters.");
    if (htmlBody.length > 32 * 1024) throw new Error("The body exceeds 32 KB.");
    if (to.length > 100) throw new Error("More than 100 recipients.");
    return { toRecipients: to, subject, htmlBody };
  }

  displayNewMessageForm = (parameters: NewMessageForm): void => {
    this.planner.runSync("displayNewMessageForm");
    this.opened.push(this.checked(parameters));
  };

  displayNewMessageFormAsync = (parameters: NewMessageForm, a?: unknown, b?: unknown): void => {
    this.planner.run("displayNewMessageFormAsync", a, pickCallback<void>(a, b), () => void this.opened.push(this.checked(parameters)));
  };
}
