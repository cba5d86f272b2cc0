/**
 * A simulated Outlook compose item for the preview page and tests: the subset of
 * Office.MessageCompose SafeShare uses, with Outlook's observable behaviour —
 * - callbacks run asynchronously with an AsyncResult ({status, value, error, asyncContext});
 * - recipients come back as EmailAddressDetails (display name = address when none was given);
 * - setAsync / setSelectedDataAsync throw (not via the callback) above 1,000,000 characters;
 * - HTML inserted into a plain-text body fails with InvalidFormatError, as Outlook documents;
 * - RecipientsChanged fires when recipients change;
 * - sessionData (Mailbox 1.11) is limited to 50,000 characters in all;
 * - notification messages: at most 5, message at most 150 characters, key at most 32;
 * - custom properties are kept only after saveAsync, as on the real item.
 *
 * Tests and the preview can make any call fail or be slow: failNext("body.getAsync", …),
 * throwNext(…), delay(…, ms).
 */
import type { AttachmentContentLike, AttachmentLike, EmailAddressLike, NotificationDetailsLike } from "../outlook/composeItem";
import type { AsyncCallback } from "../outlook/officeAsync";
import { asyncContextOf, pickCallback, SimulatedCalls, succeeded, type SimulatedError } from "./simulatedCalls";
import type { SimulatedLabelsCatalog } from "./simulatedLabels";

export type { SimulatedError };

export interface SimulatedRecipient {
  displayName?: string;
  emailAddress: string;
}

export interface SimulatedAttachment {
  name: string;
  size?: number;
  contentType?: string;
  isInline?: boolean;
  /** The file's bytes, returned base64 by getAttachmentContentAsync. */
  content?: Uint8Array;
}

export interface SimulatedMessage {
  subject?: string;
  to?: SimulatedRecipient[];
  cc?: SimulatedRecipient[];
  bcc?: SimulatedRecipient[];
  /** Plain text as the user typed it (converted to HTML for an HTML body). */
  body?: string;
  /** The body as HTML, used as is (an HTML-format body only). */
  bodyHtml?: string;
  attachments?: SimulatedAttachment[];
}

export interface SimulatedItemOptions {
  /** The body's format, as body.getTypeAsync reports it. Default "html". */
  bodyFormat?: "html" | "text";
  /** The sender, for item.from.getAsync. */
  from?: SimulatedRecipient;
  /** Members this simulated client lacks, as older Outlook clients do (e.g. "sessionData"). */
  unsupported?: OptionalMember[];
  /** What getComposeTypeAsync (Mailbox 1.10) reports: a new message by default. */
  composeType?: "newMail" | "reply" | "forward";
  /** The data the pane was opened with (getInitializationContextAsync, Mailbox 1.8): "" by default. */
  initializationContext?: string;
}

export type OptionalMember = "getComposeTypeAsync" | "getInitializationContextAsync" | "sessionData" | "internetHeaders" | "getAttachmentContentAsync" | "loadCustomPropertiesAsync" | "notificationMessages" | "from" | "sensitivityLabel";

type Callback<T> = AsyncCallback<T>;
type AddressDetails = Required<EmailAddressLike> & { recipientType: string };

export const MAX_SET_LENGTH = 1_000_000;
export const MAX_SESSION_DATA_LENGTH = 50_000;
export const MAX_NOTIFICATIONS = 5;
export const MAX_NOTIFICATION_MESSAGE_LENGTH = 150;

function coercionOf(options: unknown): string {
  return options && typeof options === "object" && "coercionType" in options ? String((options as { coercionType: unknown }).coercionType).toLowerCase() : "text";
}

/** Outlook's Text coercion of an HTML body, closely enough: block ends become line breaks. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(style|script)\b[^>]*>[\s\S]*?<\/\1>/gi, "")
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<(br|\/p|\/div|\/li|\/tr|\/h[1-6]|\/table)\b[^>]*>/gi, "\n")
    .replace(/<\/t[dh]>/gi, "\t")
    .replace(/<[^>]*>/g, "")
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i] as number);
  return typeof btoa === "function" ? btoa(binary) : Buffer.from(bytes).toString("base64");
}

interface StoredAttachment extends AttachmentLike {
  content?: Uint8Array;
}

export class SimulatedComposeItem {
  readonly itemType = "message";
  readonly bodyFormat: "html" | "text";
  private subjectText: string;
  /** HTML when bodyFormat is "html", plain text otherwise. */
  private bodyValue: string;
  /** Where setSelectedDataAsync inserts, as an offset into bodyValue; null = the end. */
  private cursor: number | null = null;
  private readonly recipients: Record<"to" | "cc" | "bcc", AddressDetails[]>;
  private readonly sender: AddressDetails;
  private attachments: StoredAttachment[];
  private readonly handlers = new Map<string, (args: unknown) => void>();
  private nextAttachmentId = 1;
  private readonly session = new Map<string, string>();
  private savedCustomProperties: Record<string, unknown> = {};
  private readonly headers = new Map<string, string>();
  private readonly notifications = new Map<string, NotificationDetailsLike>();
  // Size limits throw, as in Outlook; other errors fail through the callback.
  private readonly officeCalls = new SimulatedCalls((error) => error instanceof RangeError);
  /** Every Office call made, in order ("subject.setAsync", …): tests assert on it. */
  readonly calls: string[] = this.officeCalls.calls;
  /** The applied sensitivity label's GUID, "" when none (Mailbox 1.13). */
  private labelId = "";
  /** The tenant's catalogue, when the simulated Office has one (useLabelCatalog). */
  private labelCatalog: SimulatedLabelsCatalog | null = null;
  /** Mailbox 1.10: insight notification messages (limitToMailbox). */
  private insightMessages = true;
  private readonly composeType: "newMail" | "reply" | "forward";
  private initializationContext: string;
  /** Item events this client does not raise (limitToMailbox): addHandlerAsync fails for them. */
  private readonly unsupportedEvents = new Set<string>();

  constructor(message: SimulatedMessage = {}, options: SimulatedItemOptions = {}) {
    this.bodyFormat = options.bodyFormat ?? "html";
    this.subjectText = message.subject ?? "";
    this.bodyValue = this.bodyFromMessage(message) ?? "";
    this.recipients = { to: [], cc: [], bcc: [] };
    for (const field of ["to", "cc", "bcc"] as const) this.recipients[field] = (message[field] ?? []).map(toDetails);
    this.sender = toDetails(options.from ?? { displayName: "Sam Practitioner", emailAddress: "sam.practitioner@justice.gov.uk" });
    this.attachments = (message.attachments ?? []).map((a) => this.toAttachment(a));
    this.composeType = options.composeType ?? "newMail";
    this.initializationContext = options.initializationContext ?? "";
    for (const member of options.unsupported ?? []) Object.defineProperty(this, member, { value: undefined });
  }

  /**
   * Makes this item what a client with the given Mailbox requirement set offers: members and
   * events newer than it are absent (createSimulatedOffice calls it with its mailboxVersion).
   * getInitializationContextAsync is 1.8, getComposeTypeAsync 1.10, InitializationContextChanged 1.15.
   */
  limitToMailbox(version: string): void {
    const atLeast = (want: string) => {
      const a = version.split(".").map(Number);
      const b = want.split(".").map(Number);
      return (a[0] ?? 0) !== (b[0] ?? 0) ? (a[0] ?? 0) > (b[0] ?? 0) : (a[1] ?? 0) >= (b[1] ?? 0);
    };
    if (!atLeast("1.8")) Object.defineProperty(this, "getInitializationContextAsync", { value: undefined });
    if (!atLeast("1.10")) Object.defineProperty(this, "getComposeTypeAsync", { value: undefined });
    if (!atLeast("1.15")) this.unsupportedEvents.add("olkInitializationContextChanged");
    this.limitLabelsAndInsights(atLeast("1.13"), atLeast("1.10"));
  }

  // --- Failure and delay injection -------------------------------------------------------------

  /** The next call of `operation` reports failure through its callback. */
  failNext(operation: string, error?: SimulatedError): void {
    this.officeCalls.failNext(operation, error);
  }

  /** The next call of `operation` throws synchronously, as some Office calls do. */
  throwNext(operation: string, message?: string): void {
    this.officeCalls.throwNext(operation, message);
  }

  /** Every call of `operation` answers after `ms` milliseconds (0 restores the default). */
  delay(operation: string, ms: number): void {
    this.officeCalls.delay(operation, ms);
  }

  /** Runs one Office call (see SimulatedCalls.run). */
  private run<T>(operation: string, options: unknown, callback: Callback<T> | undefined, act: () => T): void {
    this.officeCalls.run(operation, options, callback, act);
  }

  // --- Office.MessageCompose surface ---------------------------------------------------------

  readonly subject = {
    getAsync: (a?: unknown, b?: unknown) => this.run("subject.getAsync", a, pickCallback<string>(a, b), () => this.subjectText),
    setAsync: (value: string, a?: unknown, b?: unknown) =>
      this.run("subject.setAsync", a, pickCallback<void>(a, b), () => {
        if (value.length > 255) throw { code: 9000, name: "DataExceedsMaximumSize", message: "The subject is longer than 255 characters." };
        this.subjectText = value;
      }),
  };

  readonly to = this.recipientField("to");
  readonly cc = this.recipientField("cc");
  readonly bcc = this.recipientField("bcc");

  readonly from = {
    getAsync: (a?: unknown, b?: unknown) => this.run("from.getAsync", a, pickCallback<AddressDetails>(a, b), () => ({ ...this.sender })),
  };

  readonly body = {
    getAsync: (coercionType: Office.CoercionType | string, a?: unknown, b?: unknown) =>
      this.run("body.getAsync", a, pickCallback<string>(a, b), () => {
        const html = String(coercionType).toLowerCase() === "html";
        if (this.bodyFormat === "text") return html ? escapeAsHtml(this.bodyValue) : this.bodyValue;
        return html ? this.bodyValue : htmlToText(this.bodyValue);
      }),
    getTypeAsync: (a?: unknown, b?: unknown) => this.run("body.getTypeAsync", a, pickCallback<string>(a, b), () => this.bodyFormat),
    setAsync: (data: string, a?: unknown, b?: unknown) => {
      if (data.length > MAX_SET_LENGTH) throw new RangeError("DataExceedsMaximumSize: the data is longer than 1,000,000 characters.");
      this.run("body.setAsync", a, pickCallback<void>(a, b), () => {
        this.bodyValue = this.converted(data, coercionOf(a));
        this.cursor = null;
      });
    },
    setSelectedDataAsync: (data: string, a?: unknown, b?: unknown) => {
      if (data.length > MAX_SET_LENGTH) throw new RangeError("DataExceedsMaximumSize: the data is longer than 1,000,000 characters.");
      this.run("body.setSelectedDataAsync", a, pickCallback<void>(a, b), () => {
        const inserted = this.converted(data, coercionOf(a));
        const at = this.cursor === null ? this.bodyValue.length : Math.min(this.cursor, this.bodyValue.length);
        this.bodyValue = this.bodyValue.slice(0, at) + inserted + this.bodyValue.slice(at);
        this.cursor = at + inserted.length;
      });
    },
  };

  getAttachmentsAsync(a?: unknown, b?: unknown): void {
    this.run("getAttachmentsAsync", a, pickCallback<AttachmentLike[]>(a, b), () => this.attachments.map(withoutContent));
  }

  getAttachmentContentAsync(id: string, a?: unknown, b?: unknown): void {
    this.run("getAttachmentContentAsync", a, pickCallback<AttachmentContentLike>(a, b), () => {
      const found = this.attachments.find((x) => x.id === id);
      if (!found) throw { code: 9017, name: "InvalidAttachmentId", message: `No attachment with id ${id}.` };
      return { format: "base64", content: toBase64(found.content ?? new Uint8Array(0)) };
    });
  }

  readonly sessionData = {
    getAsync: (name: string, a?: unknown, b?: unknown) =>
      this.run("sessionData.getAsync", a, pickCallback<string>(a, b), () => {
        const value = this.session.get(name);
        if (value === undefined) throw { code: 9051, name: "SessionObjectKeyNotFound", message: `No session data named ${name}.` };
        return value;
      }),
    setAsync: (name: string, value: string, a?: unknown, b?: unknown) =>
      this.run("sessionData.setAsync", a, pickCallback<void>(a, b), () => {
        const next = new Map(this.session);
        next.set(name, String(value));
        let total = 0;
        next.forEach((v, k) => (total += k.length + v.length));
        if (total > MAX_SESSION_DATA_LENGTH) throw { code: 9057, name: "SessionObjectMaxLengthExceeded", message: "Session data is limited to 50,000 characters." };
        this.session.set(name, String(value));
      }),
    removeAsync: (name: string, a?: unknown, b?: unknown) => this.run("sessionData.removeAsync", a, pickCallback<void>(a, b), () => void this.session.delete(name)),
    getAllAsync: (a?: unknown, b?: unknown) =>
      this.run("sessionData.getAllAsync", a, pickCallback<Record<string, string> | string>(a, b), () => {
        // Outlook answers the string "{}" rather than an object when nothing is stored (office-js#5353).
        if (this.session.size === 0) return "{}";
        const all: Record<string, string> = {};
        this.session.forEach((v, k) => (all[k] = v));
        return all;
      }),
    clearAsync: (a?: unknown, b?: unknown) => this.run("sessionData.clearAsync", a, pickCallback<void>(a, b), () => this.session.clear()),
  };

  loadCustomPropertiesAsync(a?: unknown, b?: unknown): void {
    this.run("loadCustomPropertiesAsync", a, pickCallback<SimulatedCustomProperties>(a, b), () => new SimulatedCustomProperties(this.savedCustomProperties, (saved) => (this.savedCustomProperties = saved), this));
  }

  readonly internetHeaders = {
    setAsync: (headers: Record<string, string>, a?: unknown, b?: unknown) =>
      this.run("internetHeaders.setAsync", a, pickCallback<void>(a, b), () => {
        for (const name of Object.keys(headers)) this.headers.set(name, String(headers[name]));
      }),
    getAsync: (names: string[], a?: unknown, b?: unknown) =>
      this.run("internetHeaders.getAsync", a, pickCallback<Record<string, string>>(a, b), () => {
        const out: Record<string, string> = {};
        for (const name of names) {
          const value = this.headers.get(name);
          if (value !== undefined) out[name] = value;
        }
        return out;
      }),
    removeAsync: (names: string[], a?: unknown, b?: unknown) =>
      this.run("internetHeaders.removeAsync", a, pickCallback<void>(a, b), () => names.forEach((n) => this.headers.delete(n))),
  };

  readonly notificationMessages = {
    addAsync: (key: string, details: NotificationDetailsLike, a?: unknown, b?: unknown) =>
      this.run("notificationMessages.addAsync", a, pickCallback<void>(a, b), () => {
        if (this.notifications.has(key)) throw { code: 9041, name: "DuplicateNotificationKey", message: `A notification with key ${key} already exists.` };
        if (this.notifications.size >= MAX_NOTIFICATIONS) throw { code: 9040, name: "NumberOfNotificationMessagesExceeded", message: "At most 5 notifications." };
        this.notifications.set(key, this.checkedNotice(key, details));
      }),
    replaceAsync: (key: string, details: NotificationDetailsLike, a?: unknown, b?: unknown) =>
      this.run("notificationMessages.replaceAsync", a, pickCallback<void>(a, b), () => {
        if (!this.notifications.has(key) && this.notifications.size >= MAX_NOTIFICATIONS) throw { code: 9040, name: "NumberOfNotificationMessagesExceeded", message: "At most 5 notifications." };
        this.notifications.set(key, this.checkedNotice(key, details));
      }),
    removeAsync: (key: string, a?: unknown, b?: unknown) =>
      this.run("notificationMessages.removeAsync", a, pickCallback<void>(a, b), () => {
        if (!this.notifications.delete(key)) throw { code: 9043, name: "KeyNotFound", message: `No notification with key ${key}.` };
      }),
    getAllAsync: (a?: unknown, b?: unknown) =>
      this.run("notificationMessages.getAllAsync", a, pickCallback<(NotificationDetailsLike & { key: string })[]>(a, b), () => {
        const out: (NotificationDetailsLike & { key: string })[] = [];
        this.notifications.forEach((d, key) => out.push({ key, ...d }));
        return out;
      }),
  };

  /** Mailbox 1.10: the compose type and the body's coercion type. */
  getComposeTypeAsync(a?: unknown, b?: unknown): void {
    this.run("getComposeTypeAsync", a, pickCallback<{ composeType: string; coercionType: string }>(a, b), () => ({ composeType: this.composeType, coercionType: this.bodyFormat }));
  }

  /** Mailbox 1.8: the data the pane was opened with, "" when none. */
  getInitializationContextAsync(a?: unknown, b?: unknown): void {
    this.run("getInitializationContextAsync", a, pickCallback<string>(a, b), () => this.initializationContext);
  }

  /**
   * The user chooses a Smart Alerts button (or an insight message's action) that opens the pane
   * with `contextData`. As Outlook documents, a pane that handles InitializationContextChanged
   * gets the event (it is not relaunched); otherwise the pane would be relaunched and read the
   * data with getInitializationContextAsync. Returns whether the event was delivered.
   */
  openPaneWith(contextData: string): boolean {
    this.initializationContext = contextData;
    const handler = this.handlers.get("olkInitializationContextChanged");
    if (handler) setTimeout(() => handler({ type: "olkInitializationContextChanged", initializationContextData: contextData }), 0);
    return handler !== undefined;
  }

  /** Sensitivity labels are Mailbox 1.13 (item.sensitivityLabel, SensitivityLabelChanged);
   * insight messages 1.10. */
  private limitLabelsAndInsights(labels: boolean, insights: boolean): void {
    if (!labels) {
      Object.defineProperty(this, "sensitivityLabel", { value: undefined });
      this.unsupportedEvents.add("olkSensitivityLabelChanged");
    }
    this.insightMessages = insights;
  }

  /** The catalogue setAsync checks labels against (createSimulatedOffice passes its own). */
  useLabelCatalog(catalog: SimulatedLabelsCatalog | null): void {
    this.labelCatalog = catalog;
  }

  /**
   * Office.SensitivityLabel (Mailbox 1.13): getAsync answers the applied label's GUID ("" when
   * none); setAsync takes a GUID or a SensitivityLabelDetails and fails, as Outlook does, when
   * the catalogue is not enabled or does not list the label, or the label has sublabels (only a
   * sublabel can be applied then).
   */
  readonly sensitivityLabel = {
    getAsync: (a?: unknown, b?: unknown) =>
      this.run("sensitivityLabel.getAsync", a, pickCallback<string>(a, b), () => {
        if (!this.labelCatalog || !this.labelCatalog.enabled) throw { code: 9000, name: "GenericResponseError", message: "The catalog of sensitivity labels isn't enabled." };
        return this.labelId;
      }),
    setAsync: (label: string | { id: string }, a?: unknown, b?: unknown) =>
      this.run("sensitivityLabel.setAsync", a, pickCallback<void>(a, b), () => {
        const id = typeof label === "string" ? label : label && typeof label.id === "string" ? label.id : "";
        this.labelId = this.applicableLabel(id);
      }),
  };

  /** The user picks a label in Outlook's Sensitivity menu ("" removes it): SensitivityLabelChanged fires. */
  applyLabel(id: string): void {
    this.labelId = id ? this.applicableLabel(id) : "";
    this.fire("olkSensitivityLabelChanged", { type: "olkSensitivityLabelChanged" });
  }

  private applicableLabel(id: string): string {
    const catalog = this.labelCatalog;
    if (!catalog || !catalog.enabled) throw { code: 9000, name: "GenericResponseError", message: "The catalog of sensitivity labels isn't enabled." };
    const found = catalog.find(id);
    if (!found) throw { code: 9000, name: "InvalidSensitivityLabel", message: `No sensitivity label with id ${id}.` };
    if (found.hasChildren) throw { code: 9000, name: "InvalidSensitivityLabel", message: `${found.label.name} has sublabels; apply one of them.` };
    return found.label.id;
  }

  addHandlerAsync(eventType: Office.EventType | string, handler: (args: unknown) => void, a?: unknown, b?: unknown): void {
    this.run("addHandlerAsync", a, pickCallback<void>(a, b), () => {
      if (this.unsupportedEvents.has(String(eventType))) throw { code: 9000, name: "InvalidEventType", message: `This client does not raise ${String(eventType)}.` };
      this.handlers.set(String(eventType), handler);
    });
  }

  removeHandlerAsync(eventType: Office.EventType | string, a?: unknown, b?: unknown): void {
    this.run("removeHandlerAsync", a, pickCallback<void>(a, b), () => void this.handlers.delete(String(eventType)));
  }

  /**
   * Outlook's rules for a notification's type (Microsoft's NotificationMessageDetails): insight
   * messages are Mailbox 1.10 and one per add-in on an item; `actions` only on an insight message,
   * at most one, showTaskPane with a commandId; an icon is required for informational and insight
   * messages and refused on the others; `persistent` only on informational messages.
   */
  private checkedNotice(key: string, details: NotificationDetailsLike): NotificationDetailsLike {
    const type = String(details.type);
    const invalid = (message: string) => ({ code: 9000, name: "InvalidArgument", message });
    if (type === "insightMessage") {
      if (!this.insightMessages) throw invalid("This client does not support insight messages (Mailbox 1.10).");
      let other: string | null = null;
      this.notifications.forEach((d, k) => {
        if (k !== key && String(d.type) === "insightMessage") other = k;
      });
      if (other) throw invalid(`Only one insight message per add-in: ${String(other)} is shown.`);
    }
    if (details.actions !== undefined) {
      if (type !== "insightMessage") throw invalid("Actions are only allowed on an insight message.");
      if (details.actions.length > 1) throw invalid("At most one action.");
      for (const action of details.actions) {
        if (String(action.actionType) !== "showTaskPane" || !action.commandId || !action.actionText) throw invalid("An action is showTaskPane with actionText and commandId.");
      }
    }
    if ((type === "informationalMessage" || type === "insightMessage") && !details.icon) throw invalid("An informational or insight message needs an icon.");
    if ((type === "errorMessage" || type === "progressIndicator") && details.icon !== undefined) throw invalid("This notification type takes no icon.");
    if (details.persistent !== undefined && type !== "informationalMessage") throw invalid("persistent is only allowed on an informational message.");
    return checkedNotification(key, details);
  }

  // --- What the user does in the preview's message editor, and what tests inspect ------------

  /** Replaces the message content as if the user had typed it; fires RecipientsChanged when due. */
  edit(message: SimulatedMessage): void {
    if (message.subject !== undefined) this.subjectText = message.subject;
    const body = this.bodyFromMessage(message);
    if (body !== undefined) {
      this.bodyValue = body;
      this.cursor = null;
    }
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

  /** Places the insertion point as an offset into the body (HTML or text); null = the end. */
  placeCursor(offset: number | null): void {
    this.cursor = offset;
  }

  /** Fires an item event (e.g. "olkItemChanged") to the registered handler, as Outlook would. */
  fire(eventType: string, args: unknown = { type: eventType }): void {
    const handler = this.handlers.get(eventType);
    if (handler) setTimeout(() => handler(args), 0);
  }

  /** The current state, read synchronously (for the preview's editor and for tests). */
  get state() {
    const session: Record<string, string> = {};
    this.session.forEach((v, k) => (session[k] = v));
    const headers: Record<string, string> = {};
    this.headers.forEach((v, k) => (headers[k] = v));
    const notifications: (NotificationDetailsLike & { key: string })[] = [];
    this.notifications.forEach((d, key) => notifications.push({ key, ...d }));
    return {
      subject: this.subjectText,
      body: this.bodyValue,
      bodyText: this.bodyFormat === "html" ? htmlToText(this.bodyValue) : this.bodyValue,
      to: this.recipients.to.map((r) => ({ ...r })),
      cc: this.recipients.cc.map((r) => ({ ...r })),
      bcc: this.recipients.bcc.map((r) => ({ ...r })),
      attachments: this.attachments.map(withoutContent),
      sessionData: session,
      customProperties: { ...this.savedCustomProperties },
      internetHeaders: headers,
      notifications,
      sensitivityLabel: this.labelId,
    };
  }

  private bodyFromMessage(message: SimulatedMessage): string | undefined {
    if (message.bodyHtml !== undefined) return this.bodyFormat === "html" ? message.bodyHtml : htmlToText(message.bodyHtml);
    if (message.body !== undefined) return this.bodyFormat === "html" ? escapeAsHtml(message.body) : message.body;
    return undefined;
  }

  /** Data given with a coercion type, as it lands in this body; HTML into text fails as in Outlook. */
  private converted(data: string, coercion: string): string {
    if (coercion === "html") {
      if (this.bodyFormat === "text") throw { code: 9000, name: "InvalidFormatError", message: "The body is plain text; HTML cannot be inserted." };
      return data;
    }
    return this.bodyFormat === "html" ? escapeAsHtml(data) : data;
  }

  private recipientField(field: "to" | "cc" | "bcc") {
    return {
      getAsync: (a?: unknown, b?: unknown) =>
        this.run(`${field}.getAsync`, a, pickCallback<AddressDetails[]>(a, b), () => this.recipients[field].map((r) => ({ ...r }))),
      setAsync: (value: (string | SimulatedRecipient | EmailAddressLike)[], a?: unknown, b?: unknown) =>
        this.run(`${field}.setAsync`, a, pickCallback<void>(a, b), () => this.edit({ [field]: value.map(fromInput) })),
      addAsync: (value: (string | SimulatedRecipient | EmailAddressLike)[], a?: unknown, b?: unknown) =>
        this.run(`${field}.addAsync`, a, pickCallback<void>(a, b), () => {
          const current: SimulatedRecipient[] = this.recipients[field].map((r) => ({ displayName: r.displayName, emailAddress: r.emailAddress }));
          this.edit({ [field]: current.concat(value.map(fromInput)) });
        }),
    };
  }

  private toAttachment(a: SimulatedAttachment): StoredAttachment {
    const stored: StoredAttachment = {
      id: `sim-attachment-${this.nextAttachmentId++}`,
      name: a.name,
      size: a.size ?? a.content?.length ?? 0,
      contentType: a.contentType ?? "application/octet-stream",
      isInline: a.isInline ?? false,
    };
    if (a.content) stored.content = a.content;
    return stored;
  }
}

/** Office.CustomProperties: changes are local until saveAsync. */
export class SimulatedCustomProperties {
  private readonly values: Record<string, unknown>;
  constructor(
    saved: Record<string, unknown>,
    private readonly save: (values: Record<string, unknown>) => void,
    private readonly owner: { calls: string[] },
  ) {
    this.values = JSON.parse(JSON.stringify(saved)) as Record<string, unknown>;
  }
  get(name: string): unknown {
    return this.values[name];
  }
  set(name: string, value: unknown): void {
    this.values[name] = value;
  }
  remove(name: string): void {
    delete this.values[name];
  }
  getAll(): Record<string, unknown> {
    return { ...this.values };
  }
  saveAsync(a?: unknown, b?: unknown): void {
    this.owner.calls.push("customProperties.saveAsync");
    const callback = pickCallback<void>(a, b);
    const snapshot = JSON.parse(JSON.stringify(this.values)) as Record<string, unknown>;
    this.save(snapshot);
    if (callback) setTimeout(() => callback(succeeded(undefined, asyncContextOf(a))), 0);
  }
}

function checkedNotification(key: string, details: NotificationDetailsLike): NotificationDetailsLike {
  if (key.length > 32) throw { code: 9042, name: "InvalidNotificationKey", message: "A notification key is at most 32 characters." };
  if (details.message.length > MAX_NOTIFICATION_MESSAGE_LENGTH) throw { code: 9044, name: "MessageTooLong", message: "A notification message is at most 150 characters." };
  return { ...details };
}

function fromInput(value: string | SimulatedRecipient | EmailAddressLike): SimulatedRecipient {
  if (typeof value === "string") return { emailAddress: value };
  const out: SimulatedRecipient = { emailAddress: value.emailAddress ?? "" };
  if (value.displayName) out.displayName = value.displayName;
  return out;
}

function toDetails(r: SimulatedRecipient): AddressDetails {
  // Outlook shows the address as the display name when none was given.
  return { displayName: r.displayName || r.emailAddress, emailAddress: r.emailAddress, recipientType: "other" };
}

export function escapeAsHtml(text: string): string {
  const escaped = text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return escaped
    .split("\n")
    .map((line) => `<div>${line || "<br>"}</div>`)
    .join("");
}

function withoutContent(a: StoredAttachment): AttachmentLike {
  const out: AttachmentLike = { id: a.id, name: a.name, size: a.size, isInline: a.isInline };
  if (a.contentType) out.contentType = a.contentType;
  return out;
}
