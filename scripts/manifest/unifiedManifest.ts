/**
 * Writes the unified manifest for Microsoft 365 (manifest.json) from the XML add-in manifest.
 *
 * manifest.xml is the single source of truth: every event, handler name, runtime, URL, icon,
 * string, permission and requirement set in the JSON is read from it here, so an event added
 * to the XML (say OnSensitivityLabelChanged) appears in the JSON on the next build without a
 * second edit. Only what the XML has no place for lives in UNIFIED_ONLY below (schema version,
 * the 80-character short description, the app icons inside the app package, accent colour).
 *
 * The mapping follows Microsoft's "Compare the add-in only manifest with the unified manifest"
 * and "Activate add-ins with events" (event names) pages. Anything in the XML this translation
 * does not know (a custom tab, an ExecuteFunction button, an event with no unified name) is
 * refused with an error naming the element, never silently dropped.
 */
import { DOMParser, type Element as XmlElement } from "@xmldom/xmldom";

/** Facts the XML manifest cannot carry. manifestVersion: the newest GA schema shipped in
 * @microsoft/app-manifest (node_modules/@microsoft/app-manifest/build/json-schemas/teams/). */
export const UNIFIED_ONLY = {
  manifestVersion: "1.30",
  /** description.short: at most 80 characters. */
  shortDescription: "Checks each message against your information-sharing agreement before sending.",
  accentColor: "#0F6CBD",
  /** App icons, as paths inside the app package (dist/ next to manifest.json): 192 px colour,
   * 32 px white-on-transparent outline (scripts/make-icons.js draws them). */
  icons: { color: "assets/color.png", outline: "assets/outline.png" },
} as const;

/** XML LaunchEvent Type → unified manifest autoRunEvents type ("Activate add-ins with events",
 * Supported events table). Events listed there as "Not available" in the unified manifest are
 * absent, so they are refused. */
export const EVENT_NAMES: Readonly<Record<string, string>> = {
  OnNewMessageCompose: "newMessageComposeCreated",
  OnNewAppointmentOrganizer: "newAppointmentOrganizerCreated",
  OnMessageAttachmentsChanged: "messageAttachmentsChanged",
  OnAppointmentAttachmentsChanged: "appointmentAttachmentsChanged",
  OnMessageRecipientsChanged: "messageRecipientsChanged",
  OnAppointmentAttendeesChanged: "appointmentAttendeesChanged",
  OnAppointmentTimeChanged: "appointmentTimeChanged",
  OnAppointmentRecurrenceChanged: "appointmentRecurrenceChanged",
  OnInfoBarDismissClicked: "infoBarDismissClicked",
  OnMessageSend: "messageSending",
  OnAppointmentSend: "appointmentSending",
  OnMessageCompose: "messageComposeOpened",
  OnAppointmentOrganizer: "appointmentOrganizerOpened",
  OnMessageFromChanged: "messageFromChanged",
  OnAppointmentFromChanged: "appointmentFromChanged",
  OnSensitivityLabelChanged: "sensitivityLabelChanged",
};

/** XML <Permissions> → authorization.permissions.resourceSpecific name. */
const PERMISSIONS: Readonly<Record<string, string>> = {
  Restricted: "MailboxItem.Restricted.User",
  ReadItem: "MailboxItem.Read.User",
  ReadWriteItem: "MailboxItem.ReadWrite.User",
  ReadWriteMailbox: "Mailbox.ReadWrite.User",
};

/** XML command-surface extension point → ribbons contexts. */
const RIBBON_CONTEXTS: Readonly<Record<string, string>> = {
  MessageComposeCommandSurface: "mailCompose",
  MessageReadCommandSurface: "mailRead",
  AppointmentOrganizerCommandSurface: "meetingDetailsOrganizer",
  AppointmentAttendeeCommandSurface: "meetingDetailsAttendee",
};

const SEND_MODES: Readonly<Record<string, string>> = { PromptUser: "promptUser", SoftBlock: "softBlock", Block: "block" };

export interface UnifiedIcon {
  size: number;
  url: string;
}
export interface UnifiedAction {
  id: string;
  type: "executeFunction" | "openPage";
  pinnable?: boolean;
}
export interface UnifiedRuntime {
  id: string;
  type: "general";
  code: { page: string; script?: string };
  lifetime: "short" | "long";
  actions: UnifiedAction[];
}
export interface UnifiedEvent {
  type: string;
  actionId: string;
  options?: { sendMode: string };
}
export interface UnifiedControl {
  id: string;
  type: "button";
  label: string;
  icons: UnifiedIcon[];
  supertip: { title: string; description: string };
  actionId: string;
}
export interface UnifiedRibbon {
  contexts: string[];
  tabs: { builtInTabId: string; groups: { id: string; label: string; controls: UnifiedControl[] }[] }[];
}
export interface UnifiedManifest {
  $schema: string;
  manifestVersion: string;
  id: string;
  version: string;
  name: { short: string; full: string };
  description: { short: string; full: string };
  developer: { name: string; websiteUrl: string; privacyUrl: string; termsOfUseUrl: string };
  icons: { color: string; outline: string };
  accentColor: string;
  localizationInfo: { defaultLanguageTag: string };
  validDomains: string[];
  authorization: { permissions: { resourceSpecific: { name: string; type: "Delegated" }[] } };
  extensions: {
    requirements: { scopes: ["mail"]; capabilities: { name: string; minVersion: string }[] };
    runtimes: UnifiedRuntime[];
    ribbons: UnifiedRibbon[];
    autoRunEvents: { events: UnifiedEvent[] }[];
  }[];
}

/** An error in the XML that the translation cannot get past; the message names the element. */
export class ManifestTranslationError extends Error {}

const XSI = "http://www.w3.org/2001/XMLSchema-instance";

function all(parent: XmlElement, localName: string): XmlElement[] {
  return Array.from(parent.getElementsByTagNameNS("*", localName));
}
function children(parent: XmlElement, localName: string): XmlElement[] {
  return Array.from(parent.childNodes).filter((n): n is XmlElement => n.nodeType === 1 && (n as XmlElement).localName === localName);
}
function child(parent: XmlElement, localName: string, where: string): XmlElement {
  const found = children(parent, localName)[0];
  if (!found) throw new ManifestTranslationError(`manifest.xml: <${where}> has no <${localName}>.`);
  return found;
}
function xsiType(el: XmlElement): string {
  return el.getAttributeNS(XSI, "type") ?? el.getAttribute("xsi:type") ?? "";
}
function attr(el: XmlElement, name: string): string {
  const value = el.getAttribute(name);
  if (value === null || value === "") throw new ManifestTranslationError(`manifest.xml: <${el.localName}> has no ${name} attribute.`);
  return value;
}
function text(el: XmlElement): string {
  return (el.textContent ?? "").trim();
}

/** Resources by id: bt:Images, bt:Urls, bt:ShortStrings, bt:LongStrings. */
function resources(root: XmlElement) {
  const table = (kind: string) => {
    const map = new Map<string, string>();
    for (const group of all(root, kind)) for (const item of Array.from(group.childNodes)) {
      if (item.nodeType === 1) map.set(attr(item as XmlElement, "id"), attr(item as XmlElement, "DefaultValue"));
    }
    return map;
  };
  const tables = { image: table("Images"), url: table("Urls"), short: table("ShortStrings"), long: table("LongStrings") };
  return (kind: keyof typeof tables, el: XmlElement): string => {
    const resid = attr(el, "resid");
    const value = tables[kind].get(resid);
    if (value === undefined) throw new ManifestTranslationError(`manifest.xml: <${el.localName}> resid "${resid}" matches no ${kind} resource.`);
    return value;
  };
}

/** "0.1.0.0" → "0.1.0": the unified manifest's version has three parts. A fourth part that is
 * not 0 would be lost, so it is refused rather than two XML versions sharing one JSON version. */
export function unifiedVersion(xmlVersion: string): string {
  const parts = xmlVersion.split(".");
  if (parts.length < 1 || parts.length > 4 || parts.some((p) => !/^\d{1,5}$/.test(p))) {
    throw new ManifestTranslationError(`manifest.xml: <Version> "${xmlVersion}" is not 1 to 4 dot-separated numbers.`);
  }
  if (parts.length === 4 && Number(parts[3]) !== 0) {
    throw new ManifestTranslationError(`manifest.xml: <Version> "${xmlVersion}" has a fourth part; the unified manifest's version is major.minor.patch, so keep the fourth part 0.`);
  }
  while (parts.length < 3) parts.push("0");
  return parts.slice(0, 3).map(Number).join(".");
}

/** Translates manifest.xml (development or production URLs alike) into the unified manifest. */
export function unifiedManifestFromXml(xml: string): UnifiedManifest {
  const parseErrors: string[] = [];
  let root: XmlElement | null = null;
  try {
    root = new DOMParser({ onError: (level, message) => { if (level !== "warning") parseErrors.push(message); } }).parseFromString(xml, "text/xml").documentElement;
  } catch (error) {
    parseErrors.push((error as Error).message); // xmldom throws on a fatal error
  }
  if (parseErrors.length > 0 || !root || root.localName !== "OfficeApp") {
    throw new ManifestTranslationError(`manifest.xml is not an <OfficeApp> XML document${parseErrors[0] ? `: ${parseErrors[0]}` : "."}`);
  }
  const resource = resources(root);
  const top = (name: string) => child(root, name, "OfficeApp");

  const permission = text(top("Permissions"));
  const permissionName = PERMISSIONS[permission];
  if (!permissionName) throw new ManifestTranslationError(`manifest.xml: <Permissions> "${permission}" has no unified manifest equivalent.`);

  const mailHost = all(root, "Host").find((h) => xsiType(h) === "MailHost");
  if (!mailHost) throw new ManifestTranslationError("manifest.xml: no <Host xsi:type=\"MailHost\"> in VersionOverrides.");
  const desktop = child(mailHost, "DesktopFormFactor", "Host");
  const extensionPoints = children(desktop, "ExtensionPoint");

  // Mailbox requirement: the VersionOverrides default (what the add-in commands and events need).
  const versionOverrides = mailHost.parentNode?.parentNode as XmlElement;
  const overrideRequirements = children(versionOverrides, "Requirements")[0];
  const overrideSets = overrideRequirements ? children(overrideRequirements, "Sets")[0] : undefined;
  const mailboxSet = overrideSets ? children(overrideSets, "Set").find((s) => s.getAttribute("Name") === "Mailbox") : undefined;
  const minVersion = mailboxSet?.getAttribute("MinVersion") || overrideSets?.getAttribute("DefaultMinVersion") || "";
  if (!minVersion) throw new ManifestTranslationError("manifest.xml: no Mailbox requirement set version in VersionOverrides/Requirements.");
  const capabilities = [{ name: "Mailbox", minVersion }];

  const runtimes: UnifiedRuntime[] = [];
  const ribbons: UnifiedRibbon[] = [];
  const events: UnifiedEvent[] = [];

  // Command surfaces: buttons that open the same page (the compose and the read button both open
  // taskpane.html) share one task pane runtime, and one openPage action when their pinning agrees;
  // a page of its own gets a runtime of its own.
  const taskPaneAction = (controlId: string, page: string, pinning: XmlElement | undefined): string => {
    const opening: UnifiedAction = { id: `${controlId}.ShowTaskpane`, type: "openPage", ...(pinning ? { pinnable: text(pinning) === "true" } : {}) };
    const runtime = runtimes.find((r) => r.code.page === page && r.actions.every((a) => a.type === "openPage"));
    if (!runtime) {
      runtimes.push({ id: `${controlId}.Runtime`, type: "general", code: { page }, lifetime: "short", actions: [opening] });
      return opening.id;
    }
    const same = runtime.actions.find((a) => a.pinnable === opening.pinnable);
    if (same) return same.id;
    runtime.actions.push(opening);
    return opening.id;
  };
  for (const point of extensionPoints) {
    const kind = xsiType(point);
    if (kind === "LaunchEvent") continue;
    const context = RIBBON_CONTEXTS[kind];
    if (!context) throw new ManifestTranslationError(`manifest.xml: <ExtensionPoint xsi:type="${kind}"> is not translated to the unified manifest.`);
    if (children(point, "CustomTab").length > 0) throw new ManifestTranslationError(`manifest.xml: <CustomTab> in ${kind} is not translated to the unified manifest.`);
    const tabs = children(point, "OfficeTab").map((tab) => ({
      builtInTabId: attr(tab, "id"),
      groups: children(tab, "Group").map((group) => ({
        id: attr(group, "id"),
        label: resource("short", child(group, "Label", "Group")),
        controls: children(group, "Control").map((control): UnifiedControl => {
          const id = attr(control, "id");
          const action = child(control, "Action", "Control");
          if (xsiType(control) !== "Button" || xsiType(action) !== "ShowTaskpane") {
            throw new ManifestTranslationError(`manifest.xml: control "${id}" is not a ShowTaskpane button; only those are translated to the unified manifest.`);
          }
          const actionId = taskPaneAction(id, resource("url", child(action, "SourceLocation", "Action")), children(action, "SupportsPinning")[0]);
          const supertip = child(control, "Supertip", "Control");
          return {
            id,
            type: "button",
            label: resource("short", child(control, "Label", "Control")),
            icons: children(child(control, "Icon", "Control"), "Image").map((image) => ({ size: Number(attr(image, "size")), url: resource("image", image) })),
            supertip: { title: resource("short", child(supertip, "Title", "Supertip")), description: resource("long", child(supertip, "Description", "Supertip")) },
            actionId,
          };
        }),
      })),
    }));
    ribbons.push({ contexts: [context], tabs });
  }

  // Events: one runtime per XML <Runtime> they name; its page for the web, new Outlook and Mac,
  // its javascript Override for classic Outlook on Windows (code.script).
  const launchPoints = extensionPoints.filter((p) => xsiType(p) === "LaunchEvent");
  const xmlRuntimes = all(mailHost, "Runtime");
  for (const point of launchPoints) {
    const sourceResid = attr(child(point, "SourceLocation", "ExtensionPoint"), "resid");
    const xmlRuntime = xmlRuntimes.find((r) => r.getAttribute("resid") === sourceResid);
    if (!xmlRuntime) throw new ManifestTranslationError(`manifest.xml: the LaunchEvent SourceLocation resid "${sourceResid}" names no <Runtime>.`);
    const override = children(xmlRuntime, "Override").find((o) => o.getAttribute("type") === "javascript");
    const launchEvents = all(point, "LaunchEvent");
    const actions: UnifiedAction[] = [];
    for (const launchEvent of launchEvents) {
      const xmlType = attr(launchEvent, "Type");
      const type = EVENT_NAMES[xmlType];
      if (!type) throw new ManifestTranslationError(`manifest.xml: LaunchEvent Type "${xmlType}" has no unified manifest name (see "Activate add-ins with events", Supported events).`);
      const functionName = attr(launchEvent, "FunctionName");
      if (!actions.some((a) => a.id === functionName)) actions.push({ id: functionName, type: "executeFunction" });
      const sendMode = launchEvent.getAttribute("SendMode");
      const event: UnifiedEvent = { type, actionId: functionName };
      if (sendMode) {
        const mode = SEND_MODES[sendMode];
        if (!mode) throw new ManifestTranslationError(`manifest.xml: LaunchEvent SendMode "${sendMode}" is not PromptUser, SoftBlock or Block.`);
        event.options = { sendMode: mode };
      }
      events.push(event);
    }
    runtimes.push({
      id: `${sourceResid.replace(/\.Url$/, "")}.Runtime`,
      type: "general",
      code: { page: resource("url", xmlRuntime), ...(override ? { script: resource("url", override) } : {}) },
      lifetime: "short",
      actions,
    });
  }

  const supportUrlEl = children(root, "SupportUrl")[0];
  const supportUrl = supportUrlEl ? attr(supportUrlEl, "DefaultValue") : "";
  if (!supportUrl) throw new ManifestTranslationError("manifest.xml: <SupportUrl> is needed for the unified manifest's developer URLs.");
  const displayName = attr(top("DisplayName"), "DefaultValue");

  return {
    $schema: `https://developer.microsoft.com/json-schemas/teams/v${UNIFIED_ONLY.manifestVersion}/MicrosoftTeams.schema.json`,
    manifestVersion: UNIFIED_ONLY.manifestVersion,
    id: text(top("Id")),
    version: unifiedVersion(text(top("Version"))),
    name: { short: displayName, full: displayName },
    description: { short: UNIFIED_ONLY.shortDescription, full: attr(top("Description"), "DefaultValue") },
    // The support page states what SafeShare does with message content; it is the only page
    // the XML names, so it stands for the privacy and terms pages too.
    developer: { name: text(top("ProviderName")), websiteUrl: supportUrl, privacyUrl: supportUrl, termsOfUseUrl: supportUrl },
    icons: { ...UNIFIED_ONLY.icons },
    accentColor: UNIFIED_ONLY.accentColor,
    localizationInfo: { defaultLanguageTag: text(top("DefaultLocale")) },
    validDomains: all(root, "AppDomain").map((d) => new URL(text(d)).host),
    authorization: { permissions: { resourceSpecific: [{ name: permissionName, type: "Delegated" }] } },
    extensions: [
      {
        requirements: { scopes: ["mail"], capabilities },
        runtimes,
        ribbons,
        autoRunEvents: [{ events }],
      },
    ],
  };
}

/** The manifest.json text a build writes (two-space indent, final newline). */
export function unifiedManifestJson(xml: string): string {
  return `${JSON.stringify(unifiedManifestFromXml(xml), null, 2)}\n`;
}
