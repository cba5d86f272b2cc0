/**
 * Offline structural check of an XML add-in manifest (MailApp), for the parts SafeShare uses.
 *
 * Microsoft's validator (office-addin-manifest validate) is an online service; this check runs
 * anywhere. It encodes, from the published schemas (appforoffice 1.1, mailappversionoverrides
 * 1.0/1.1, officeappbasictypes 1.0), the element ORDER and REQUIRED children of: the MailApp
 * header, Requirements, FormSettings, Permissions, Rule, VersionOverrides, Hosts/Host,
 * Runtimes, DesktopFormFactor, ExtensionPoint (compose command surface and LaunchEvent) and
 * Resources; it checks every resid resolves to a resource of the right type, ids are unique,
 * strings fit their length limits and URLs are HTTPS. It does not check elements SafeShare
 * does not use (MobileFormFactor, CustomTab, Menu controls, WebApplicationInfo, ...) beyond
 * their position, nor anything only the service knows (store policies, reachable URLs).
 */
import { DOMParser, type Element as XmlElement, type Node as XmlNode } from "@xmldom/xmldom";

export interface ManifestProblem {
  /** Element path such as /OfficeApp/VersionOverrides/VersionOverrides/Hosts/Host. */
  path: string;
  line?: number;
  message: string;
}

interface ChildRule {
  name: string;
  min: number;
  max: number; // Infinity for unbounded
}

const one = (name: string): ChildRule => ({ name, min: 1, max: 1 });
const optional = (name: string): ChildRule => ({ name, min: 0, max: 1 });
const many = (name: string, min = 1): ChildRule => ({ name, min, max: Infinity });

const NS = {
  officeApp: "http://schemas.microsoft.com/office/appforoffice/1.1",
  basicTypes: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  vo10: "http://schemas.microsoft.com/office/mailappversionoverrides",
  vo11: "http://schemas.microsoft.com/office/mailappversionoverrides/1.1",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
};

/** Children of the MailApp root, in schema order. */
const MAIL_APP_SEQUENCE: ChildRule[] = [
  one("Id"),
  optional("AlternateId"),
  one("Version"),
  one("ProviderName"),
  one("DefaultLocale"),
  one("DisplayName"),
  one("Description"),
  optional("IconUrl"),
  optional("HighResolutionIconUrl"),
  optional("SupportUrl"),
  optional("AppDomains"),
  optional("Hosts"),
  optional("Requirements"),
  one("FormSettings"),
  one("Permissions"),
  one("Rule"),
  optional("DisableEntityHighlighting"),
  optional("Dictionary"),
  optional("VersionOverrides"),
];

const VERSION_OVERRIDES_SEQUENCE: ChildRule[] = [
  optional("Description"),
  optional("Requirements"),
  optional("Hosts"),
  optional("Resources"),
  optional("VersionOverrides"),
];

const VERSION_OVERRIDES_11_SEQUENCE: ChildRule[] = [
  optional("Description"),
  optional("Requirements"),
  one("Hosts"),
  one("Resources"),
  optional("EquivalentAddins"),
  optional("WebApplicationInfo"),
];

const HOST_SEQUENCE: ChildRule[] = [optional("Runtimes"), one("DesktopFormFactor"), optional("MobileFormFactor")];
const DESKTOP_FORM_FACTOR_SEQUENCE: ChildRule[] = [
  optional("SupportsSharedFolders"),
  optional("FunctionFile"),
  many("ExtensionPoint"),
];
const RESOURCES_SEQUENCE: ChildRule[] = [
  optional("Images"),
  optional("Urls"),
  optional("ShortStrings"),
  optional("LongStrings"),
];
const BUTTON_SEQUENCE: ChildRule[] = [one("Label"), one("Supertip"), one("Icon"), one("Action")];

/** Resource collections and the element that holds each item. */
const RESOURCE_KINDS = {
  Images: "image",
  Urls: "url",
  ShortStrings: "short string",
  LongStrings: "long string",
} as const;
type ResourceKind = (typeof RESOURCE_KINDS)[keyof typeof RESOURCE_KINDS];

const PERMISSIONS = ["Restricted", "ReadItem", "ReadWriteItem", "ReadWriteMailbox"];
const LAUNCH_EVENT_TYPES = [
  "OnNewMessageCompose",
  "OnNewAppointmentOrganizer",
  "OnMessageAttachmentsChanged",
  "OnAppointmentAttachmentsChanged",
  "OnMessageRecipientsChanged",
  "OnAppointmentAttendeesChanged",
  "OnAppointmentTimeChanged",
  "OnAppointmentRecurrenceChanged",
  "OnInfoBarDismissClicked",
  "OnMessageSend",
  "OnAppointmentSend",
  "OnMessageCompose",
  "OnAppointmentOrganizer",
  "OnMessageFromChanged",
  "OnAppointmentFromChanged",
  "OnSensitivityLabelChanged",
  "OnMessageReadWithCustomAttachment",
  "OnMessageReadWithCustomHeader",
];
const SEND_MODES = ["PromptUser", "SoftBlock", "Block"];
const GUID = /^\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\}?$/;
const VERSION = /^\d{1,5}(\.\d{1,5}){0,3}$/;

function elementChildren(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (let n: XmlNode | null = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1) out.push(n as XmlElement);
  }
  return out;
}

function xsiType(el: XmlElement): string | null {
  return el.getAttributeNS(NS.xsi, "type") || null;
}

class Checker {
  readonly problems: ManifestProblem[] = [];
  private readonly resources = new Map<string, ResourceKind>();
  private readonly references: { resid: string; want: ResourceKind; path: string; line?: number }[] = [];

  report(el: XmlElement | null, path: string, message: string): void {
    const line = el ? (el as unknown as { lineNumber?: number }).lineNumber : undefined;
    this.problems.push(line ? { path, line, message } : { path, message });
  }

  /** Checks `el`'s element children against an ordered sequence; returns them by name. */
  sequence(el: XmlElement, path: string, rules: ChildRule[]): Map<string, { el: XmlElement; path: string }[]> {
    const found = new Map<string, { el: XmlElement; path: string }[]>();
    let position = 0;
    const counts = new Map<string, number>();
    for (const child of elementChildren(el)) {
      const name = child.localName ?? child.nodeName;
      const index = rules.findIndex((r) => r.name === name);
      const childPath = `${path}/${name}`;
      if (index < 0) {
        this.report(child, childPath, `<${name}> is not allowed inside <${el.localName}>; expected one of: ${rules.map((r) => r.name).join(", ")}.`);
        continue;
      }
      if (index < position) {
        const expectedBefore = rules[position]?.name ?? "";
        this.report(child, childPath, `<${name}> is out of order: it must come before <${expectedBefore}> inside <${el.localName}> (schema order: ${rules.map((r) => r.name).join(", ")}).`);
      } else {
        position = index;
      }
      const count = (counts.get(name) ?? 0) + 1;
      counts.set(name, count);
      const list = found.get(name) ?? [];
      list.push({ el: child, path: list.length > 0 ? `${childPath}[${list.length + 1}]` : childPath });
      found.set(name, list);
      const rule = rules[index];
      if (rule && count > rule.max) this.report(child, childPath, `<${name}> may appear at most ${rule.max} time(s) inside <${el.localName}>.`);
    }
    for (const rule of rules) {
      if ((counts.get(rule.name) ?? 0) < rule.min) {
        this.report(el, path, `<${el.localName}> is missing required element <${rule.name}>.`);
      }
    }
    return found;
  }

  attr(el: XmlElement, path: string, name: string, allowed?: string[]): string | null {
    const value = el.getAttribute(name);
    if (value === null || value === "") {
      this.report(el, path, `<${el.localName}> is missing required attribute ${name}.`);
      return null;
    }
    if (allowed && !allowed.includes(value)) {
      this.report(el, path, `<${el.localName}> has ${name}="${value}"; expected one of: ${allowed.join(", ")}.`);
    }
    return value;
  }

  type(el: XmlElement, path: string, allowed: string[]): string | null {
    const value = xsiType(el);
    if (!value || !allowed.includes(value)) {
      this.report(el, path, `<${el.localName}> needs xsi:type ${allowed.map((a) => `"${a}"`).join(" or ")}${value ? `, not "${value}"` : ""}.`);
      return null;
    }
    return value;
  }

  defaultValue(el: XmlElement, path: string, maxLength?: number): string | null {
    const value = this.attr(el, path, "DefaultValue");
    if (value !== null && maxLength !== undefined && value.length > maxLength) {
      this.report(el, path, `<${el.localName}> DefaultValue is ${value.length} characters; the limit is ${maxLength}.`);
    }
    return value;
  }

  url(el: XmlElement, path: string): void {
    const value = this.defaultValue(el, path, 2048);
    if (value !== null && !/^https:\/\/[^\s]+$/.test(value)) {
      this.report(el, path, `<${el.localName}> must be an https:// URL, not "${value}".`);
    }
  }

  reference(el: XmlElement, path: string, want: ResourceKind): void {
    const resid = this.attr(el, path, "resid");
    if (resid === null) return;
    if (resid.length > 32) this.report(el, path, `resid "${resid}" is ${resid.length} characters; the limit is 32.`);
    this.references.push({ resid, want, path, line: (el as unknown as { lineNumber?: number }).lineNumber });
  }

  checkHeader(found: Map<string, { el: XmlElement; path: string }[]>): void {
    const get = (name: string) => found.get(name)?.[0];
    const id = get("Id");
    if (id && !GUID.test((id.el.textContent ?? "").trim())) this.report(id.el, id.path, "<Id> must be a GUID.");
    const version = get("Version");
    if (version && !VERSION.test((version.el.textContent ?? "").trim())) this.report(version.el, version.path, "<Version> must look like 1.0.0.0.");
    const locale = get("DefaultLocale");
    if (locale && !/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test((locale.el.textContent ?? "").trim())) this.report(locale.el, locale.path, "<DefaultLocale> must be a language tag such as en-GB.");
    const provider = get("ProviderName");
    if (provider && !(provider.el.textContent ?? "").trim()) this.report(provider.el, provider.path, "<ProviderName> must not be empty.");
    const name = get("DisplayName");
    if (name) this.defaultValue(name.el, name.path, 125);
    const description = get("Description");
    if (description) this.defaultValue(description.el, description.path, 250);
    for (const urlName of ["IconUrl", "HighResolutionIconUrl", "SupportUrl"]) {
      const u = get(urlName);
      if (u) this.url(u.el, u.path);
    }
  }

  checkRequirements(el: XmlElement, path: string): void {
    const sets = this.sequence(el, path, [one("Sets")]).get("Sets")?.[0];
    if (!sets) return;
    const setList = this.sequence(sets.el, sets.path, [many("Set")]).get("Set") ?? [];
    for (const s of setList) {
      this.attr(s.el, s.path, "Name");
      const min = s.el.getAttribute("MinVersion");
      if (min !== null && !VERSION.test(min)) this.report(s.el, s.path, `MinVersion "${min}" is not a version number.`);
    }
  }

  checkFormSettings(el: XmlElement, path: string): void {
    for (const form of this.sequence(el, path, [many("Form")]).get("Form") ?? []) {
      const type = this.type(form.el, form.path, ["ItemRead", "ItemEdit"]);
      const parts = this.sequence(form.el, form.path, [one("DesktopSettings"), optional("TabletSettings"), optional("PhoneSettings")]);
      for (const settingsName of ["DesktopSettings", "TabletSettings", "PhoneSettings"]) {
        const settings = parts.get(settingsName)?.[0];
        if (!settings) continue;
        const rules = type === "ItemRead" ? [one("SourceLocation"), one("RequestedHeight")] : [one("SourceLocation")];
        const inner = this.sequence(settings.el, settings.path, rules);
        const source = inner.get("SourceLocation")?.[0];
        if (source) this.url(source.el, source.path);
      }
    }
  }

  checkPermissions(el: XmlElement, path: string): void {
    const value = (el.textContent ?? "").trim();
    if (!PERMISSIONS.includes(value)) this.report(el, path, `<Permissions> is "${value}"; expected one of: ${PERMISSIONS.join(", ")}.`);
  }

  checkRule(el: XmlElement, path: string): void {
    const type = this.type(el, path, ["RuleCollection", "ItemIs", "ItemHasAttachment", "ItemHasKnownEntity", "ItemHasRegularExpressionMatch"]);
    if (type === "RuleCollection") {
      this.attr(el, path, "Mode", ["And", "Or"]);
      for (const rule of this.sequence(el, path, [many("Rule")]).get("Rule") ?? []) this.checkRule(rule.el, rule.path);
    } else if (type === "ItemIs") {
      this.attr(el, path, "ItemType", ["Message", "Appointment"]);
      const formType = el.getAttribute("FormType");
      if (formType !== null && !["Read", "Edit", "ReadOrEdit"].includes(formType)) this.report(el, path, `FormType "${formType}" must be Read, Edit or ReadOrEdit.`);
    }
  }

  checkVersionOverrides(el: XmlElement, path: string): void {
    const type = this.type(el, path, ["VersionOverridesV1_0", "VersionOverridesV1_1"]);
    const expectedNs = type === "VersionOverridesV1_1" ? NS.vo11 : NS.vo10;
    if (type && el.namespaceURI !== expectedNs) this.report(el, path, `<VersionOverrides xsi:type="${type}"> must use xmlns="${expectedNs}".`);
    const found = this.sequence(el, path, type === "VersionOverridesV1_1" ? VERSION_OVERRIDES_11_SEQUENCE : VERSION_OVERRIDES_SEQUENCE);
    const nested = found.get("VersionOverrides")?.[0];
    if (nested) {
      if (type === "VersionOverridesV1_1") this.report(nested.el, nested.path, "VersionOverridesV1_1 cannot contain another VersionOverrides.");
      if (xsiType(nested.el) !== "VersionOverridesV1_1") this.report(nested.el, nested.path, "A nested VersionOverrides must be VersionOverridesV1_1.");
      this.checkVersionOverrides(nested.el, nested.path);
    } else if (!found.get("Hosts")) {
      this.report(el, path, "<VersionOverrides> must contain <Hosts> and <Resources>, or a nested VersionOverridesV1_1.");
    }
    const description = found.get("Description")?.[0];
    if (description) this.reference(description.el, description.path, "long string");
    const requirements = found.get("Requirements")?.[0];
    if (requirements) this.checkOverrideRequirements(requirements.el, requirements.path);
    const resources = found.get("Resources")?.[0];
    if (resources) this.checkResources(resources.el, resources.path);
    const hosts = found.get("Hosts")?.[0];
    if (hosts) {
      if (!found.get("Resources")) this.report(el, path, "<VersionOverrides> has <Hosts> but no <Resources>.");
      for (const host of this.sequence(hosts.el, hosts.path, [many("Host")]).get("Host") ?? []) this.checkHost(host.el, host.path, type === "VersionOverridesV1_1");
    }
  }

  checkOverrideRequirements(el: XmlElement, path: string): void {
    const sets = this.sequence(el, path, [one("Sets")]).get("Sets")?.[0];
    if (!sets) return;
    if (sets.el.namespaceURI !== NS.basicTypes) this.report(sets.el, sets.path, "<Sets> inside VersionOverrides must be bt:Sets.");
    const defaultMin = sets.el.getAttribute("DefaultMinVersion");
    for (const s of this.sequence(sets.el, sets.path, [many("Set")]).get("Set") ?? []) {
      this.attr(s.el, s.path, "Name");
      if (!defaultMin && !s.el.getAttribute("MinVersion")) this.report(s.el, s.path, "<bt:Set> needs MinVersion when <bt:Sets> has no DefaultMinVersion.");
    }
  }

  checkHost(el: XmlElement, path: string, isV11: boolean): void {
    this.type(el, path, ["MailHost"]);
    const found = this.sequence(el, path, HOST_SEQUENCE);
    const runtimes = found.get("Runtimes")?.[0];
    const runtimeIds = new Set<string>();
    if (runtimes) {
      if (!isV11) this.report(runtimes.el, runtimes.path, "<Runtimes> needs VersionOverridesV1_1.");
      for (const runtime of this.sequence(runtimes.el, runtimes.path, [many("Runtime")]).get("Runtime") ?? []) {
        this.reference(runtime.el, runtime.path, "url");
        const resid = runtime.el.getAttribute("resid");
        if (resid) runtimeIds.add(resid);
        for (const override of this.sequence(runtime.el, runtime.path, [many("Override", 0)]).get("Override") ?? []) {
          this.attr(override.el, override.path, "type", ["javascript"]);
          this.reference(override.el, override.path, "url");
        }
      }
    }
    const desktop = found.get("DesktopFormFactor")?.[0];
    if (!desktop) return;
    const parts = this.sequence(desktop.el, desktop.path, DESKTOP_FORM_FACTOR_SEQUENCE);
    const functionFile = parts.get("FunctionFile")?.[0];
    if (functionFile) this.reference(functionFile.el, functionFile.path, "url");
    for (const point of parts.get("ExtensionPoint") ?? []) this.checkExtensionPoint(point.el, point.path, runtimeIds);
  }

  checkExtensionPoint(el: XmlElement, path: string, runtimeIds: Set<string>): void {
    const type = xsiType(el);
    if (type === "LaunchEvent") {
      const found = this.sequence(el, path, [one("LaunchEvents"), one("SourceLocation")]);
      const events = found.get("LaunchEvents")?.[0];
      if (events) {
        for (const event of this.sequence(events.el, events.path, [many("LaunchEvent")]).get("LaunchEvent") ?? []) {
          const eventType = this.attr(event.el, event.path, "Type", LAUNCH_EVENT_TYPES);
          this.attr(event.el, event.path, "FunctionName");
          const sendMode = event.el.getAttribute("SendMode");
          if (sendMode !== null) {
            if (!SEND_MODES.includes(sendMode)) this.report(event.el, event.path, `SendMode "${sendMode}" must be one of: ${SEND_MODES.join(", ")}.`);
            if (eventType !== "OnMessageSend" && eventType !== "OnAppointmentSend") this.report(event.el, event.path, "SendMode applies only to OnMessageSend and OnAppointmentSend.");
          }
        }
      }
      const source = found.get("SourceLocation")?.[0];
      if (source) {
        this.reference(source.el, source.path, "url");
        const resid = source.el.getAttribute("resid");
        if (resid && !runtimeIds.has(resid)) this.report(source.el, source.path, `The LaunchEvent SourceLocation resid "${resid}" must be the resid of a <Runtime> in <Runtimes>.`);
      }
      return;
    }
    if (type === "MessageComposeCommandSurface" || type === "MessageReadCommandSurface" || type === "AppointmentOrganizerCommandSurface" || type === "AppointmentAttendeeCommandSurface") {
      const found = this.sequence(el, path, [optional("OfficeTab"), optional("CustomTab")]);
      const tab = found.get("OfficeTab")?.[0];
      if (!tab && !found.get("CustomTab")) this.report(el, path, `<ExtensionPoint xsi:type="${type}"> needs an <OfficeTab> or <CustomTab>.`);
      if (tab) {
        const id = this.attr(tab.el, tab.path, "id");
        if (id && id !== "TabDefault") this.report(tab.el, tab.path, `<OfficeTab id="${id}">: mail add-ins may only use TabDefault.`);
        for (const group of this.sequence(tab.el, tab.path, [many("Group")]).get("Group") ?? []) this.checkGroup(group.el, group.path);
      }
      return;
    }
    if (type === null) this.report(el, path, "<ExtensionPoint> needs an xsi:type.");
    // Other extension point types are not used by SafeShare and are not checked further.
  }

  checkGroup(el: XmlElement, path: string): void {
    this.attr(el, path, "id");
    const found = this.sequence(el, path, [one("Label"), many("Control")]);
    const label = found.get("Label")?.[0];
    if (label) this.reference(label.el, label.path, "short string");
    for (const control of found.get("Control") ?? []) {
      const type = this.type(control.el, control.path, ["Button", "Menu"]);
      this.attr(control.el, control.path, "id");
      if (type !== "Button") continue;
      const parts = this.sequence(control.el, control.path, BUTTON_SEQUENCE);
      const buttonLabel = parts.get("Label")?.[0];
      if (buttonLabel) this.reference(buttonLabel.el, buttonLabel.path, "short string");
      const supertip = parts.get("Supertip")?.[0];
      if (supertip) {
        const tip = this.sequence(supertip.el, supertip.path, [one("Title"), one("Description")]);
        const title = tip.get("Title")?.[0];
        if (title) this.reference(title.el, title.path, "short string");
        const description = tip.get("Description")?.[0];
        if (description) this.reference(description.el, description.path, "long string");
      }
      const icon = parts.get("Icon")?.[0];
      if (icon) {
        const sizes = new Set<string>();
        for (const image of this.sequence(icon.el, icon.path, [many("Image")]).get("Image") ?? []) {
          const size = this.attr(image.el, image.path, "size", ["16", "20", "24", "32", "40", "48", "64", "80"]);
          if (size) sizes.add(size);
          this.reference(image.el, image.path, "image");
        }
        for (const required of ["16", "32", "80"]) {
          if (!sizes.has(required)) this.report(icon.el, icon.path, `<Icon> needs a ${required}px <bt:Image>.`);
        }
      }
      const action = parts.get("Action")?.[0];
      if (action) {
        const actionType = this.type(action.el, action.path, ["ShowTaskpane", "ExecuteFunction"]);
        if (actionType === "ShowTaskpane") {
          const inner = this.sequence(action.el, action.path, [optional("TaskpaneId"), one("SourceLocation"), optional("Title"), optional("SupportsPinning"), optional("SupportsNoItemContext"), optional("SupportsMultiSelect")]);
          const source = inner.get("SourceLocation")?.[0];
          if (source) this.reference(source.el, source.path, "url");
          const pinning = inner.get("SupportsPinning")?.[0];
          if (pinning && !["true", "false"].includes((pinning.el.textContent ?? "").trim())) this.report(pinning.el, pinning.path, "<SupportsPinning> must be true or false.");
        } else if (actionType === "ExecuteFunction") {
          this.sequence(action.el, action.path, [one("FunctionName")]);
        }
      }
    }
  }

  checkResources(el: XmlElement, path: string): void {
    const found = this.sequence(el, path, RESOURCES_SEQUENCE);
    for (const [collection, kind] of Object.entries(RESOURCE_KINDS)) {
      const group = found.get(collection)?.[0];
      if (!group) continue;
      if (group.el.namespaceURI !== NS.basicTypes) this.report(group.el, group.path, `<${collection}> must be in the bt: namespace.`);
      const itemName = collection === "Images" ? "Image" : collection === "Urls" ? "Url" : "String";
      for (const item of this.sequence(group.el, group.path, [many(itemName)]).get(itemName) ?? []) {
        const id = this.attr(item.el, item.path, "id");
        const maxLength = kind === "short string" ? 125 : kind === "long string" ? 250 : undefined;
        if (kind === "url" || kind === "image") this.url(item.el, item.path);
        else this.defaultValue(item.el, item.path, maxLength);
        if (id === null) continue;
        if (id.length > 32) this.report(item.el, item.path, `id "${id}" is ${id.length} characters; the limit is 32.`);
        if (this.resources.has(id)) this.report(item.el, item.path, `Resource id "${id}" is defined more than once.`);
        this.resources.set(id, kind);
      }
    }
  }

  resolveReferences(): void {
    for (const ref of this.references) {
      const kind = this.resources.get(ref.resid);
      const where = ref.line ? { path: ref.path, line: ref.line } : { path: ref.path };
      if (kind === undefined) {
        this.problems.push({ ...where, message: `resid "${ref.resid}" does not match any resource id in <Resources>.` });
      } else if (kind !== ref.want) {
        this.problems.push({ ...where, message: `resid "${ref.resid}" names a ${kind}; a ${ref.want} is expected here.` });
      }
    }
  }
}

/** Checks manifest XML text; returns every problem found (empty when valid). */
export function checkManifest(xml: string): ManifestProblem[] {
  const parseErrors: ManifestProblem[] = [];
  const parser = new DOMParser({
    onError: (level, message) => {
      if (level !== "warning") parseErrors.push({ path: "/", message: `XML is not well-formed: ${String(message).trim()}` });
    },
  });
  let doc;
  try {
    doc = parser.parseFromString(xml, "text/xml");
  } catch (error) {
    return [{ path: "/", message: `XML is not well-formed: ${(error as Error).message}` }];
  }
  if (parseErrors.length > 0) return parseErrors;
  const root = doc.documentElement;
  if (!root) return [{ path: "/", message: "The manifest has no root element." }];
  const checker = new Checker();
  const rootPath = `/${root.localName}`;
  if (root.localName !== "OfficeApp" || root.namespaceURI !== NS.officeApp) {
    checker.report(root, rootPath, `The root element must be <OfficeApp xmlns="${NS.officeApp}">.`);
    return checker.problems;
  }
  if (xsiType(root) !== "MailApp") checker.report(root, rootPath, 'The root <OfficeApp> must have xsi:type="MailApp".');
  const found = checker.sequence(root, rootPath, MAIL_APP_SEQUENCE);
  checker.checkHeader(found);
  const requirements = found.get("Requirements")?.[0];
  if (requirements) checker.checkRequirements(requirements.el, requirements.path);
  const forms = found.get("FormSettings")?.[0];
  if (forms) checker.checkFormSettings(forms.el, forms.path);
  const permissions = found.get("Permissions")?.[0];
  if (permissions) checker.checkPermissions(permissions.el, permissions.path);
  const rule = found.get("Rule")?.[0];
  if (rule) checker.checkRule(rule.el, rule.path);
  const overrides = found.get("VersionOverrides")?.[0];
  if (overrides) checker.checkVersionOverrides(overrides.el, overrides.path);
  checker.resolveReferences();
  return checker.problems;
}

export function formatProblems(file: string, problems: ManifestProblem[]): string {
  return problems.map((p) => `${file}${p.line ? `:${p.line}` : ""}: ${p.path}: ${p.message}`).join("\n");
}
