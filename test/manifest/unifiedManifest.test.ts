import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import { checkUnifiedManifest, checkUnifiedManifestText, schemaPath } from "../../scripts/manifest/checkUnifiedManifest";
import { EVENT_NAMES, ManifestTranslationError, UNIFIED_ONLY, unifiedManifestFromXml, unifiedManifestJson, unifiedVersion, type UnifiedManifest } from "../../scripts/manifest/unifiedManifest";
import { DEV_HOST_URL } from "../../scripts/manifest/hostUrl";

const ROOT = path.join(__dirname, "..", "..");
const XML = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const MANIFEST = unifiedManifestFromXml(XML);
const copy = (): UnifiedManifest => JSON.parse(JSON.stringify(MANIFEST)) as UnifiedManifest;
const extension = (m: UnifiedManifest) => m.extensions[0]!;
const eventRuntime = (m: UnifiedManifest) => extension(m).runtimes.find((r) => r.code.script)!;
const events = (m: UnifiedManifest) => extension(m).autoRunEvents[0]!.events;
/** JSON path of the messageSending event (its index follows the XML's event order). */
const SEND = events(MANIFEST).findIndex((e) => e.type === "messageSending");
const SEND_PATH = `/extensions/0/autoRunEvents/0/events/${SEND}`;
/** manifest.xml without a sensitivity-label event, whether or not it has one today. */
const XML_WITHOUT_LABEL_EVENT = XML.replace(/[ \t]*<LaunchEvent Type="OnSensitivityLabelChanged"[^>]*\/>\n?/, "");

describe("manifest.json generated from manifest.xml passes Microsoft's schema, offline", () => {
  it("loads the schema for its manifestVersion from node_modules/@microsoft/app-manifest", () => {
    expect(MANIFEST.manifestVersion).toBe(UNIFIED_ONLY.manifestVersion);
    expect(existsSync(schemaPath(MANIFEST.manifestVersion))).toBe(true);
    expect(MANIFEST.$schema).toBe(`https://developer.microsoft.com/json-schemas/teams/v${MANIFEST.manifestVersion}/MicrosoftTeams.schema.json`);
  });

  it("has no problems", () => {
    expect(checkUnifiedManifest(MANIFEST)).toEqual([]);
  });

  it("carries the XML's identity, permission, requirement set, domain and app icons", () => {
    expect(MANIFEST.id).toBe("16b1536e-1da6-4e97-b516-7f4604ae84d4");
    expect(MANIFEST.version).toBe("0.1.0");
    expect(MANIFEST.authorization.permissions.resourceSpecific).toEqual([{ name: "MailboxItem.ReadWrite.User", type: "Delegated" }]);
    expect(extension(MANIFEST).requirements).toEqual({ scopes: ["mail"], capabilities: [{ name: "Mailbox", minVersion: "1.12" }] });
    expect(MANIFEST.validDomains).toEqual(["localhost:3000"]);
    expect(MANIFEST.icons).toEqual({ color: "assets/color.png", outline: "assets/outline.png" });
  });

  it("puts a pinnable SafeShare button on the compose ribbon that opens the task pane", () => {
    const ribbon = extension(MANIFEST).ribbons[0]!;
    expect(ribbon.contexts).toEqual(["mailCompose"]);
    const control = ribbon.tabs[0]!.groups[0]!.controls[0]!;
    expect(control.icons.map((i) => i.size)).toEqual([16, 32, 80]);
    const runtime = extension(MANIFEST).runtimes.find((r) => r.actions.some((a) => a.id === control.actionId))!;
    expect(runtime.code).toEqual({ page: `${DEV_HOST_URL}taskpane.html` });
    expect(runtime.actions[0]).toEqual({ id: control.actionId, type: "openPage", pinnable: true });
  });

  it("puts the read button on the mailRead ribbon, opening the same task pane runtime and action", () => {
    const ribbons = extension(MANIFEST).ribbons;
    expect(ribbons.map((r) => r.contexts)).toEqual([["mailCompose"], ["mailRead"]]);
    const compose = ribbons[0]!.tabs[0]!.groups[0]!.controls[0]!;
    const read = ribbons[1]!.tabs[0]!.groups[0]!.controls[0]!;
    expect(read.id).toBe("SafeShare.ReadPaneButton");
    expect(read.supertip.description).toMatch(/sharing record and report a mistake/);
    expect(read.actionId).toBe(compose.actionId);
    const panes = extension(MANIFEST).runtimes.filter((r) => r.actions.some((a) => a.type === "openPage"));
    expect(panes).toHaveLength(1);
    expect(panes[0]!.code).toEqual({ page: `${DEV_HOST_URL}taskpane.html` });
  });

  it("gives a button with other pinning its own action on the shared runtime, and another page its own runtime", () => {
    const readSurface = /(<ExtensionPoint xsi:type="MessageReadCommandSurface">[\s\S]*?<\/ExtensionPoint>)/;
    const unpinned = unifiedManifestFromXml(XML.replace(readSurface, (m) => m.replace("<SupportsPinning>true</SupportsPinning>", "<SupportsPinning>false</SupportsPinning>")));
    const pane = extension(unpinned).runtimes[0]!;
    expect(pane.actions).toEqual([
      { id: "SafeShare.OpenPaneButton.ShowTaskpane", type: "openPage", pinnable: true },
      { id: "SafeShare.ReadPaneButton.ShowTaskpane", type: "openPage", pinnable: false },
    ]);
    expect(checkUnifiedManifest(unpinned)).toEqual([]);
    const otherPage = XML.replace(readSurface, (m) => m.replace('<SourceLocation resid="Taskpane.Url"/>', '<SourceLocation resid="ReadPane.Url"/>')).replace(
      "<bt:Urls>",
      `<bt:Urls>\n          <bt:Url id="ReadPane.Url" DefaultValue="${DEV_HOST_URL}read.html"/>`,
    );
    const separate = unifiedManifestFromXml(otherPage);
    expect(extension(separate).runtimes.map((r) => r.id)).toEqual(["SafeShare.OpenPaneButton.Runtime", "SafeShare.ReadPaneButton.Runtime", "LaunchEvent.Runtime"]);
    expect(checkUnifiedManifest(separate)).toEqual([]);
  });

  it("runs the handlers from launchevent.html, or launchevent.js alone in classic Outlook, with softBlock on send", () => {
    expect(eventRuntime(MANIFEST).code).toEqual({ page: `${DEV_HOST_URL}launchevent.html`, script: `${DEV_HOST_URL}launchevent.js` });
    expect(events(MANIFEST)).toEqual(
      expect.arrayContaining([
        { type: "messageRecipientsChanged", actionId: "onMessageRecipientsChangedHandler" },
        { type: "messageAttachmentsChanged", actionId: "onMessageAttachmentsChangedHandler" },
        { type: "messageSending", actionId: "onMessageSendHandler", options: { sendMode: "softBlock" } },
      ]),
    );
    expect(eventRuntime(MANIFEST).actions.every((a) => a.type === "executeFunction")).toBe(true);
  });
});

describe("broken copies of manifest.json fail, naming the JSON path", () => {
  it("a missing required field", () => {
    const broken = copy() as Partial<UnifiedManifest>;
    delete broken.developer;
    expect(checkUnifiedManifest(broken)).toEqual([{ path: "/developer", message: "is required but missing." }]);
    const noCode = copy();
    delete (eventRuntime(noCode) as { code?: unknown }).code;
    expect(checkUnifiedManifest(noCode)).toContainEqual({ path: "/extensions/0/runtimes/1/code", message: "is required but missing." });
  });

  it("a wrong type", () => {
    const broken = copy() as unknown as { version: unknown; extensions: { runtimes: { actions: { pinnable: unknown }[] }[] }[] };
    broken.version = 1;
    broken.extensions[0]!.runtimes[0]!.actions[0]!.pinnable = "yes";
    expect(checkUnifiedManifest(broken)).toEqual([
      { path: "/version", message: "must be of type string." },
      { path: "/extensions/0/runtimes/0/actions/0/pinnable", message: "must be of type boolean." },
    ]);
  });

  it("a bad id format", () => {
    const broken = copy();
    broken.id = "SafeShare";
    expect(checkUnifiedManifest(broken)).toEqual([{ path: "/id", message: expect.stringMatching(/^does not match the pattern \^\[0-9a-fA-F\]\{8\}/) }]);
  });

  it("an autoRunEvent whose runtime action is missing", () => {
    const broken = copy();
    eventRuntime(broken).actions = eventRuntime(broken).actions.filter((a) => a.id !== "onMessageSendHandler");
    expect(checkUnifiedManifest(broken)).toEqual([
      { path: `${SEND_PATH}/actionId`, message: 'actionId "onMessageSendHandler" names no action in /extensions/0/runtimes.' },
    ]);
  });

  it("an unknown send mode, a send event without one, a string over its limit", () => {
    const broken = copy();
    events(broken)[SEND]!.options = { sendMode: "sometimes" };
    broken.description.short = "x".repeat(81);
    expect(checkUnifiedManifest(broken)).toEqual([
      { path: "/description/short", message: "must NOT have more than 80 characters." },
      { path: `${SEND_PATH}/options/sendMode`, message: "must be one of: promptUser, softBlock, block." },
    ]);
    const noMode = copy();
    delete events(noMode)[SEND]!.options;
    expect(checkUnifiedManifest(noMode)).toEqual([
      { path: `${SEND_PATH}/options`, message: "a messageSending event needs options.sendMode (SafeShare uses softBlock)." },
    ]);
  });

  it("an event runtime without the classic-Outlook script, a button short of an icon size", () => {
    const broken = copy();
    delete eventRuntime(broken).code.script;
    extension(broken).ribbons[0]!.tabs[0]!.groups[0]!.controls[0]!.icons[2]!.size = 64;
    expect(checkUnifiedManifest(broken)).toEqual([
      { path: "/extensions/0/runtimes/1/code", message: 'runtime "LaunchEvent.Runtime" handles events but has no code.script for classic Outlook on Windows.' },
      { path: "/extensions/0/ribbons/0/tabs/0/groups/0/controls/0/icons", message: "needs icons of 80 px (16, 32 and 80 are required)." },
    ]);
  });

  it("a manifestVersion with no schema shipped, and text that is not JSON", () => {
    const broken = copy();
    broken.manifestVersion = "9.99";
    expect(checkUnifiedManifest(broken)).toEqual([{ path: "/manifestVersion", message: expect.stringMatching(/^manifestVersion "9.99" has no schema in node_modules/) }]);
    expect(checkUnifiedManifestText("{")).toEqual([{ path: "/", message: expect.stringMatching(/^not valid JSON/) }]);
  });
});

describe("manifest.xml and manifest.json declare the same events, handlers and script URLs", () => {
  /** Read from the XML directly (not through the translation under test). */
  function xmlFacts(xml: string) {
    const doc = new DOMParser().parseFromString(xml, "text/xml");
    const byTag = (name: string) => Array.from(doc.getElementsByTagNameNS("*", name));
    const urls = new Map(byTag("Url").map((u) => [u.getAttribute("id"), u.getAttribute("DefaultValue")]));
    const runtime = byTag("Runtime")[0]!;
    return {
      events: byTag("LaunchEvent").map((e) => ({ type: EVENT_NAMES[e.getAttribute("Type")!], handler: e.getAttribute("FunctionName"), sendMode: e.getAttribute("SendMode") })),
      page: urls.get(runtime.getAttribute("resid")),
      script: urls.get(byTag("Override")[0]!.getAttribute("resid")),
      taskpane: urls.get(byTag("Action")[0]!.getElementsByTagNameNS("*", "SourceLocation")[0]!.getAttribute("resid")),
    };
  }
  function jsonFacts(m: UnifiedManifest) {
    const sendModes: Record<string, string> = { softBlock: "SoftBlock", promptUser: "PromptUser", block: "Block" };
    return {
      events: events(m).map((e) => ({ type: e.type, handler: e.actionId, sendMode: e.options ? sendModes[e.options.sendMode] : null })),
      page: eventRuntime(m).code.page,
      script: eventRuntime(m).code.script,
      taskpane: extension(m).runtimes.find((r) => r.actions.some((a) => a.type === "openPage"))!.code.page,
    };
  }

  it.each([
    ["manifest.xml as it stands", XML],
    ["without OnSensitivityLabelChanged", XML_WITHOUT_LABEL_EVENT],
    ["with OnSensitivityLabelChanged", XML_WITHOUT_LABEL_EVENT.replace("</LaunchEvents>", '<LaunchEvent Type="OnSensitivityLabelChanged" FunctionName="onSensitivityLabelChangedHandler"/></LaunchEvents>')],
  ])("%s", (_label, xml) => {
    const facts = xmlFacts(xml);
    expect(facts.events.every((e) => e.type !== undefined)).toBe(true);
    expect(jsonFacts(unifiedManifestFromXml(xml))).toEqual(facts);
  });

  it("every handler the manifests name is registered with Office.actions.associate in launchevent.ts", () => {
    const source = readFileSync(path.join(ROOT, "src", "launchevent", "launchevent.ts"), "utf8");
    const associated = new Set(Array.from(source.matchAll(/Office\.actions\.associate\("([^"]+)"/g), (m) => m[1]));
    for (const action of eventRuntime(MANIFEST).actions) expect(associated).toContain(action.id);
  });
});

describe("the translation follows manifest.xml and refuses what it cannot carry", () => {
  const sensitivity = '<LaunchEvent Type="OnSensitivityLabelChanged" FunctionName="onSensitivityLabelChangedHandler"/>\n';
  const withEvent = (line: string) => XML_WITHOUT_LABEL_EVENT.replace("</LaunchEvents>", `  ${line}              </LaunchEvents>`);

  it("an event added to the XML appears in the JSON, with its handler as a runtime action", () => {
    expect(events(unifiedManifestFromXml(XML_WITHOUT_LABEL_EVENT)).map((e) => e.type)).not.toContain("sensitivityLabelChanged");
    const added = unifiedManifestFromXml(withEvent(sensitivity));
    expect(events(added)).toContainEqual({ type: "sensitivityLabelChanged", actionId: "onSensitivityLabelChangedHandler" });
    expect(eventRuntime(added).actions.map((a) => a.id)).toContain("onSensitivityLabelChangedHandler");
    expect(checkUnifiedManifest(added)).toEqual([]);
  });

  it("refuses an event the unified manifest has no name for, naming it", () => {
    const xml = withEvent('<LaunchEvent Type="OnMessageReadWithCustomHeader" FunctionName="onHeader"/>\n');
    expect(() => unifiedManifestFromXml(xml)).toThrow(ManifestTranslationError);
    expect(() => unifiedManifestFromXml(xml)).toThrow(/LaunchEvent Type "OnMessageReadWithCustomHeader" has no unified manifest name/);
  });

  it("refuses an unknown SendMode, a missing resource and XML that does not parse", () => {
    expect(() => unifiedManifestFromXml(XML.replace('SendMode="SoftBlock"', 'SendMode="Sometimes"'))).toThrow(/SendMode "Sometimes"/);
    expect(() => unifiedManifestFromXml(XML.replace('<Override type="javascript" resid="LaunchEventJs.Url"/>', '<Override type="javascript" resid="Nowhere.Url"/>'))).toThrow(
      /<Override> resid "Nowhere.Url" matches no url resource/,
    );
    expect(() => unifiedManifestFromXml("<OfficeApp")).toThrow(/not an <OfficeApp> XML document/);
  });

  it("versions: three parts kept, a non-zero fourth refused", () => {
    expect(unifiedVersion("0.1.0.0")).toBe("0.1.0");
    expect(unifiedVersion("2.3")).toBe("2.3.0");
    expect(() => unifiedVersion("0.1.0.1")).toThrow(/fourth part/);
    expect(() => unifiedVersion("1.x")).toThrow(/not 1 to 4 dot-separated numbers/);
  });
});

describe("npm run validate checks both manifests; office-addin-manifest agrees offline", () => {
  const tsx = path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");
  const validate = (file: string) => spawnSync(process.execPath, [tsx, path.join(ROOT, "scripts", "validate-manifest.ts"), file], { encoding: "utf8" });
  const dir = mkdtempSync(path.join(os.tmpdir(), "safeshare-unified-"));

  it("validates the JSON translated from manifest.xml, and a broken XML event stops it", () => {
    const good = validate(path.join(ROOT, "manifest.xml"));
    expect(good.status).toBe(0);
    expect(good.stdout).toMatch(/manifest\.json \(from .*manifest\.xml\): the offline check against Microsoft's JSON schema/);
    const xml = path.join(dir, "manifest.xml");
    writeFileSync(xml, XML.replace("</LaunchEvents>", '<LaunchEvent Type="OnMessageReadWithCustomHeader" FunctionName="onHeader"/></LaunchEvents>'));
    const bad = validate(xml);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/cannot translate: .*OnMessageReadWithCustomHeader/);
  }, 30000);

  it("validates a manifest.json file and names the JSON path of each problem", () => {
    const file = path.join(dir, "broken.json");
    const broken = copy();
    broken.id = "not-a-guid";
    writeFileSync(file, JSON.stringify(broken));
    const result = validate(file);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/broken\.json: \/id: does not match the pattern/);
    const good = path.join(dir, "manifest.json");
    writeFileSync(good, unifiedManifestJson(XML));
    expect(validate(good).status).toBe(0);
  }, 30000);

  it("office-addin-manifest validate accepts it and rejects a bad id, from the schema copy in node_modules", () => {
    // Its JSON validation reads node_modules/@microsoft/app-manifest/build/json-schemas/ for a
    // developer.microsoft.com/json-schemas/teams/ $schema and goes online only when that copy is
    // missing (the XML validation is always online; see validate:office).
    const cli = path.join(ROOT, "node_modules", "office-addin-manifest", "cli.js");
    const good = path.join(dir, "manifest.json");
    writeFileSync(good, unifiedManifestJson(XML));
    const ok = spawnSync(process.execPath, [cli, "validate", good], { encoding: "utf8" });
    expect(ok.status).toBe(0);
    expect(ok.stdout).not.toMatch(/not valid/);
    const bad = path.join(dir, "bad.json");
    writeFileSync(bad, unifiedManifestJson(XML).replace(MANIFEST.id, "not-a-guid"));
    const rejected = spawnSync(process.execPath, [cli, "validate", bad], { encoding: "utf8" });
    expect(rejected.status).toBe(1);
    expect(rejected.stdout).toMatch(/\/id must match pattern/);
  }, 30000);
});

describe("the production build writes manifest.xml and manifest.json with the host URL", () => {
  // Loads webpack.config.js in a plain Node process, as webpack-cli does, and runs the copy
  // transforms the build applies to manifest.xml (a full production build takes minutes).
  const script = `
    const config = require(${JSON.stringify(path.join(ROOT, "webpack.config.js"))})({}, { mode: "production" });
    const copy = config[0].plugins.find((p) => Array.isArray(p.patterns) && p.patterns.some((q) => q.to === "manifest.json"));
    const xml = require("node:fs").readFileSync(${JSON.stringify(path.join(ROOT, "manifest.xml"))});
    const out = {};
    for (const p of copy.patterns.filter((q) => q.from === "manifest.xml")) out[p.to] = String(p.transform(xml));
    process.stdout.write(JSON.stringify(out));`;
  const run = () =>
    spawnSync(process.execPath, ["-e", script], { cwd: ROOT, encoding: "utf8", env: { ...process.env, SAFESHARE_HOST_URL: "https://safeshare.example.gov.uk/addin" } });

  it("both carry the production host and nothing of localhost; both pass their checks; same events and scripts", () => {
    const result = run();
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const out = JSON.parse(result.stdout) as Record<string, string>;
    const json = out["manifest.json"]!;
    const xml = out["manifest.xml"]!;
    expect(json).not.toContain("localhost");
    expect(xml).not.toContain("localhost");
    const manifest = JSON.parse(json) as UnifiedManifest;
    expect(checkUnifiedManifest(manifest)).toEqual([]);
    expect(manifest.validDomains).toEqual(["safeshare.example.gov.uk"]);
    expect(eventRuntime(manifest).code).toEqual({
      page: "https://safeshare.example.gov.uk/addin/launchevent.html",
      script: "https://safeshare.example.gov.uk/addin/launchevent.js",
    });
    expect(manifest.developer.websiteUrl).toBe("https://safeshare.example.gov.uk/addin/support.html");
    expect(json).toBe(unifiedManifestJson(xml));
  }, 60000);
});
