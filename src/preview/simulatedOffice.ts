/**
 * A simulated `Office` global around a SimulatedComposeItem: what the task pane and the Send
 * handler read from Office.context (mailbox.item, userProfile, requirements, officeTheme)
 * plus Office.actions.associate and the enums they use by name. The preview page installs it
 * when it runs outside Outlook; tests install it in a Node vm context (the JavaScript-only
 * runtime of classic Outlook has no DOM), with `mailboxVersion` set to test older clients.
 */
import type { SimulatedComposeItem } from "./simulatedItem";
import { SimulatedLabelsCatalog } from "./simulatedLabels";
import { SimulatedNewMessageForms, type SimulatedReadItem } from "./simulatedReadItem";

/** A compose item, or a message open for reading (read mode). */
type SimulatedAnyItem = SimulatedComposeItem | SimulatedReadItem;

export interface SimulatedOfficeOptions<I extends SimulatedAnyItem = SimulatedComposeItem> {
  item: I;
  /** The highest Mailbox requirement set the simulated client supports, e.g. "1.12". Default "1.15". */
  mailboxVersion?: string;
  /** The signed-in user. */
  user?: { emailAddress: string; displayName: string };
  theme?: "light" | "dark";
  hostName?: string;
  /** The tenant's sensitivity labels (Office.context.sensitivityLabelsCatalog, Mailbox 1.13);
   * none when absent, as in a tenant without labels. */
  labels?: SimulatedLabelsCatalog;
}

export interface SimulatedOffice<I extends SimulatedAnyItem = SimulatedComposeItem> {
  context: {
    mailbox: {
      item: I;
      userProfile: { emailAddress: string; displayName: string; timeZone: string };
      diagnostics: { hostName: string; hostVersion: string };
      /** Mailbox-level events (ItemChanged, for a pinned pane), as Office.context.mailbox has. */
      addHandlerAsync(eventType: string, handler: (args: unknown) => void, callback?: (result: { status: string; value: undefined }) => void): void;
      removeHandlerAsync(eventType: string, callback?: (result: { status: string; value: undefined }) => void): void;
      /** Mailbox 1.6 (read mode): opens a new message form (recorded in newMessageForms). */
      displayNewMessageForm?: SimulatedNewMessageForms["displayNewMessageForm"];
      /** Mailbox 1.9: the same with a callback. */
      displayNewMessageFormAsync?: SimulatedNewMessageForms["displayNewMessageFormAsync"];
    };
    requirements: { isSetSupported(name: string, minVersion?: string | number): boolean };
    /** Mailbox 1.13: present when the client has it (the tenant may still have no labels). */
    sensitivityLabelsCatalog?: SimulatedLabelsCatalog;
    officeTheme: { bodyBackgroundColor: string; bodyForegroundColor: string; controlBackgroundColor: string; controlForegroundColor: string; isDarkTheme: boolean };
  };
  actions: { associate(name: string, handler: (event: unknown) => void): void };
  /** What was passed to Office.actions.associate, by name. */
  associated: Map<string, (event: unknown) => void>;
  CoercionType: { Html: "html"; Text: "text" };
  AsyncResultStatus: { Succeeded: "succeeded"; Failed: "failed" };
  EventType: { RecipientsChanged: "olkRecipientsChanged"; ItemChanged: "olkItemChanged" };
  MailboxEnums: {
    ItemNotificationMessageType: { InformationalMessage: "informationalMessage"; ErrorMessage: "errorMessage"; InsightMessage: "insightMessage"; ProgressIndicator: "progressIndicator" };
    SendModeOverride: { PromptUser: "promptUser" };
    AttachmentContentFormat: { Base64: "base64"; Url: "url"; Eml: "eml"; ICalendar: "iCalendar" };
    BodyType: { Html: "html"; Text: "text" };
  };
  onReady(callback?: (info: { host: string; platform: string }) => unknown): Promise<{ host: string; platform: string }>;
  /** The new message forms the add-in opened, with failure injection. */
  newMessageForms: SimulatedNewMessageForms;
  /** The user opens another message with the pane pinned: mailbox.item changes and ItemChanged fires. */
  selectItem(item: I): void;
  /** The user switches Office's theme (the preview's toggle). */
  setTheme(theme: "light" | "dark"): void;
}

/** "1.12" ≥ "1.8" compares as versions, not strings. */
export function versionAtLeast(have: string, want: string): boolean {
  const a = have.split(".").map(Number);
  const b = want.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}

const LIGHT = { bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#242424", controlBackgroundColor: "#FFFFFF", controlForegroundColor: "#242424", isDarkTheme: false };
const DARK = { bodyBackgroundColor: "#292929", bodyForegroundColor: "#FFFFFF", controlBackgroundColor: "#1F1F1F", controlForegroundColor: "#FFFFFF", isDarkTheme: true };

// A read item gives an Office in read mode; the compose signature comes last so that
// ReturnType<typeof createSimulatedOffice> stays the compose Office the Send tests type against.
export function createSimulatedOffice<I extends SimulatedAnyItem>(options: SimulatedOfficeOptions<I>): SimulatedOffice<I>;
export function createSimulatedOffice(options: SimulatedOfficeOptions): SimulatedOffice;
export function createSimulatedOffice<I extends SimulatedAnyItem = SimulatedComposeItem>(options: SimulatedOfficeOptions<I>): SimulatedOffice<I> {
  const mailboxVersion = options.mailboxVersion ?? "1.15";
  // The item offers what this client's requirement set has (compose type 1.10, pane context events 1.15).
  options.item.limitToMailbox(mailboxVersion);
  // Sensitivity labels are Mailbox 1.13; a tenant without labels has a catalogue that is not enabled.
  const labels = versionAtLeast(mailboxVersion, "1.13") ? (options.labels ?? new SimulatedLabelsCatalog({ enabled: false, labels: [] })) : undefined;
  options.item.useLabelCatalog(labels ?? null);
  const associated = new Map<string, (event: unknown) => void>();
  const user = options.user ?? { emailAddress: "sam.practitioner@justice.gov.uk", displayName: "Sam Practitioner" };
  const mailboxHandlers = new Map<string, (args: unknown) => void>();
  const done = (callback?: (result: { status: string; value: undefined }) => void) => {
    if (callback) setTimeout(() => callback({ status: "succeeded", value: undefined }), 0);
  };
  const forms = new SimulatedNewMessageForms();
  const office: SimulatedOffice<I> = {
    context: {
      mailbox: {
        item: options.item,
        userProfile: { ...user, timeZone: "GMT Standard Time" },
        diagnostics: { hostName: options.hostName ?? "OutlookWebApp", hostVersion: "16.0.0.0" },
        addHandlerAsync: (eventType, handler, callback) => {
          mailboxHandlers.set(String(eventType), handler);
          done(callback);
        },
        removeHandlerAsync: (eventType, callback) => {
          mailboxHandlers.delete(String(eventType));
          done(callback);
        },
        ...(versionAtLeast(mailboxVersion, "1.6") ? { displayNewMessageForm: forms.displayNewMessageForm } : {}),
        ...(versionAtLeast(mailboxVersion, "1.9") ? { displayNewMessageFormAsync: forms.displayNewMessageFormAsync } : {}),
      },
      requirements: {
        isSetSupported(name: string, minVersion?: string | number) {
          if (name.toLowerCase() !== "mailbox") return false;
          return minVersion === undefined ? true : versionAtLeast(mailboxVersion, String(minVersion));
        },
      },
      officeTheme: options.theme === "dark" ? { ...DARK } : { ...LIGHT },
      ...(labels ? { sensitivityLabelsCatalog: labels } : {}),
    },
    actions: { associate: (name, handler) => void associated.set(name, handler) },
    associated,
    newMessageForms: forms,
    CoercionType: { Html: "html", Text: "text" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: { RecipientsChanged: "olkRecipientsChanged", ItemChanged: "olkItemChanged" },
    MailboxEnums: {
      ItemNotificationMessageType: { InformationalMessage: "informationalMessage", ErrorMessage: "errorMessage", InsightMessage: "insightMessage", ProgressIndicator: "progressIndicator" },
      SendModeOverride: { PromptUser: "promptUser" },
      AttachmentContentFormat: { Base64: "base64", Url: "url", Eml: "eml", ICalendar: "iCalendar" },
      BodyType: { Html: "html", Text: "text" },
    },
    onReady(callback) {
      const info = { host: "Outlook", platform: "OfficeOnline" };
      if (callback) setTimeout(() => callback(info), 0);
      return Promise.resolve(info);
    },
    selectItem(item) {
      item.limitToMailbox(mailboxVersion);
      item.useLabelCatalog(labels ?? null);
      office.context.mailbox.item = item;
      const handler = mailboxHandlers.get("olkItemChanged");
      if (handler) setTimeout(() => handler({ type: "olkItemChanged" }), 0);
    },
    setTheme(theme) {
      office.context.officeTheme = theme === "dark" ? { ...DARK } : { ...LIGHT };
    },
  };
  return office;
}
