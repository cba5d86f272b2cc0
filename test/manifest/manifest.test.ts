import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import { checkManifest } from "../../scripts/manifest/checkManifest";
import { DEV_HOST_URL, productionHostUrl, withHostUrl } from "../../scripts/manifest/hostUrl";

const MANIFEST = readFileSync(path.join(__dirname, "..", "..", "manifest.xml"), "utf8");

function elements(xml: string, localName: string) {
  const doc = new DOMParser().parseFromString(xml, "text/xml");
  return Array.from(doc.getElementsByTagNameNS("*", localName));
}

describe("manifest.xml passes the offline structural check", () => {
  it("has no problems", () => {
    expect(checkManifest(MANIFEST)).toEqual([]);
  });

  it("is a MailApp needing Mailbox 1.12 with ReadWriteItem, activated on compose", () => {
    expect(MANIFEST).toMatch(/xsi:type="MailApp"/);
    expect(elements(MANIFEST, "Set").map((s) => s.getAttribute("MinVersion"))).toContain("1.12");
    expect(elements(MANIFEST, "Sets").some((s) => s.getAttribute("DefaultMinVersion") === "1.12")).toBe(true);
    expect(elements(MANIFEST, "Permissions")[0]?.textContent).toBe("ReadWriteItem");
    const itemIs = elements(MANIFEST, "Rule").find((r) => r.getAttribute("ItemType") === "Message");
    expect(itemIs?.getAttribute("FormType")).toBe("Edit");
  });

  it("puts a pinnable SafeShare button on the message compose ribbon", () => {
    const surface = elements(MANIFEST, "ExtensionPoint").find((e) => e.getAttribute("xsi:type") === "MessageComposeCommandSurface");
    expect(surface).toBeDefined();
    const action = elements(MANIFEST, "Action").find((a) => a.getAttribute("xsi:type") === "ShowTaskpane");
    expect(elements(MANIFEST, "SupportsPinning")[0]?.textContent).toBe("true");
    expect(action).toBeDefined();
  });

  it("activates in read mode too: an ItemRead form, a Read rule and a read-ribbon button opening the same pane", () => {
    const forms = elements(MANIFEST, "Form").map((f) => f.getAttribute("xsi:type"));
    expect(forms).toEqual(["ItemEdit", "ItemRead"]);
    const readForm = elements(MANIFEST, "Form").find((f) => f.getAttribute("xsi:type") === "ItemRead")!;
    const height = Number(readForm.getElementsByTagNameNS("*", "RequestedHeight")[0]?.textContent);
    expect(height).toBeGreaterThanOrEqual(32);
    expect(height).toBeLessThanOrEqual(450);
    expect(readForm.getElementsByTagNameNS("*", "SourceLocation")[0]?.getAttribute("DefaultValue")).toBe(`${DEV_HOST_URL}taskpane.html`);
    expect(elements(MANIFEST, "Rule").filter((r) => r.getAttribute("xsi:type") === "ItemIs").map((r) => r.getAttribute("FormType"))).toEqual(["Edit", "Read"]);
    const surface = elements(MANIFEST, "ExtensionPoint").find((e) => e.getAttribute("xsi:type") === "MessageReadCommandSurface")!;
    expect(surface).toBeDefined();
    const control = surface.getElementsByTagNameNS("*", "Control")[0]!;
    expect(control.getAttribute("id")).toBe("SafeShare.ReadPaneButton");
    const source = control.getElementsByTagNameNS("*", "SourceLocation")[0]!.getAttribute("resid");
    const composeSurface = elements(MANIFEST, "ExtensionPoint").find((e) => e.getAttribute("xsi:type") === "MessageComposeCommandSurface")!;
    expect(source).toBe(composeSurface.getElementsByTagNameNS("*", "SourceLocation")[0]!.getAttribute("resid"));
    const ids = elements(MANIFEST, "Control").map((c) => c.getAttribute("id"));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("reports a read form without its RequestedHeight", () => {
    const broken = MANIFEST.replace(/\s*<RequestedHeight>\d+<\/RequestedHeight>/, "");
    expect(checkManifest(broken)).toEqual([expect.objectContaining({ message: "<DesktopSettings> is missing required element <RequestedHeight>." })]);
  });

  it("has one runtime whose javascript override is the single launchevent.js, and SoftBlock on send", () => {
    const runtimes = elements(MANIFEST, "Runtime");
    expect(runtimes).toHaveLength(1);
    const override = elements(MANIFEST, "Override")[0];
    expect(override?.getAttribute("type")).toBe("javascript");
    const urls = new Map(elements(MANIFEST, "Url").map((u) => [u.getAttribute("id"), u.getAttribute("DefaultValue")]));
    expect(urls.get(override?.getAttribute("resid") ?? "")).toBe(`${DEV_HOST_URL}launchevent.js`);
    expect(urls.get(runtimes[0]?.getAttribute("resid") ?? "")).toBe(`${DEV_HOST_URL}launchevent.html`);
    const events = new Map(elements(MANIFEST, "LaunchEvent").map((e) => [e.getAttribute("Type"), e]));
    expect(events.get("OnMessageSend")?.getAttribute("SendMode")).toBe("SoftBlock");
    expect(events.get("OnMessageRecipientsChanged")?.getAttribute("FunctionName")).toBe("onMessageRecipientsChangedHandler");
    expect(events.get("OnMessageAttachmentsChanged")?.getAttribute("FunctionName")).toBe("onMessageAttachmentsChangedHandler");
  });
});

describe("the check rejects broken manifests and names the element", () => {
  it("reports a resid that matches no resource", () => {
    const broken = MANIFEST.replace('<bt:Image size="80" resid="Icon.80x80"/>', '<bt:Image size="80" resid="Icon.99x99"/>');
    const problems = checkManifest(broken);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toContain('resid "Icon.99x99" does not match any resource id');
    expect(problems[0]?.path).toMatch(/\/Icon\/Image\[3\]$/);
    expect(problems[0]?.line).toBeGreaterThan(1);
  });

  it("reports a resid that names the wrong kind of resource", () => {
    const broken = MANIFEST.replace('<Label resid="Group.Label"/>', '<Label resid="Taskpane.Url"/>');
    expect(checkManifest(broken).map((p) => p.message)).toContain('resid "Taskpane.Url" names a url; a short string is expected here.');
  });

  it("reports elements out of schema order", () => {
    const permissions = "  <Permissions>ReadWriteItem</Permissions>\n";
    const broken = MANIFEST.replace(permissions, "").replace("  <FormSettings>", `${permissions}  <FormSettings>`);
    const problems = checkManifest(broken);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe("/OfficeApp/FormSettings");
    expect(problems[0]?.message).toMatch(/<FormSettings> is out of order: it must come before <Permissions>/);
  });

  it("reports order problems deep inside VersionOverrides", () => {
    const broken = MANIFEST.replace(/(<bt:Images>[\s\S]*?<\/bt:Images>)(\s*)(<bt:Urls>[\s\S]*?<\/bt:Urls>)/, "$3$2$1");
    const problems = checkManifest(broken);
    expect(problems.some((p) => p.path.endsWith("/Resources/Urls") || p.path.endsWith("/Resources/Images"))).toBe(true);
  });

  it("reports a missing required element", () => {
    const broken = MANIFEST.replace(/<LaunchEvents>[\s\S]*?<\/LaunchEvents>/, "");
    expect(checkManifest(broken)).toEqual([
      expect.objectContaining({ message: "<ExtensionPoint> is missing required element <LaunchEvents>.", path: expect.stringMatching(/ExtensionPoint\[3\]$/) }),
    ]);
  });

  it("reports a LaunchEvent source that is not a runtime", () => {
    const broken = MANIFEST.replace(/(<\/LaunchEvents>\s*<SourceLocation resid=")LaunchEvent.Url/, "$1Taskpane.Url");
    expect(checkManifest(broken).map((p) => p.message)).toContain('The LaunchEvent SourceLocation resid "Taskpane.Url" must be the resid of a <Runtime> in <Runtimes>.');
  });

  it("reports a string over its length limit and an unknown SendMode", () => {
    const long = "x".repeat(126);
    const broken = MANIFEST.replace('<bt:String id="Group.Label" DefaultValue="SafeShare"/>', `<bt:String id="Group.Label" DefaultValue="${long}"/>`).replace('SendMode="SoftBlock"', 'SendMode="Sometimes"');
    const messages = checkManifest(broken).map((p) => p.message);
    expect(messages).toContain("<String> DefaultValue is 126 characters; the limit is 125.");
    expect(messages).toContain('SendMode "Sometimes" must be one of: PromptUser, SoftBlock, Block.');
  });

  it("reports XML that is not well-formed", () => {
    const problems = checkManifest(MANIFEST.replace("</FormSettings>", ""));
    expect(problems[0]?.message).toMatch(/^XML is not well-formed/);
  });
});

describe("host URL: one source of truth", () => {
  it("a production build rewrites every development URL and the AppDomain", () => {
    const url = productionHostUrl({ SAFESHARE_HOST_URL: "https://safeshare.example.gov.uk/addin" });
    expect(url).toBe("https://safeshare.example.gov.uk/addin/");
    const prod = withHostUrl(MANIFEST, url);
    expect(prod).not.toContain("localhost");
    expect(prod).toContain("https://safeshare.example.gov.uk/addin/launchevent.js");
    expect(prod).toContain("<AppDomain>https://safeshare.example.gov.uk</AppDomain>");
    expect(checkManifest(prod)).toEqual([]);
  });

  it("refuses a missing or non-HTTPS production URL with a clear message", () => {
    expect(() => productionHostUrl({})).toThrow(/SAFESHARE_HOST_URL is not set/);
    expect(() => productionHostUrl({ SAFESHARE_HOST_URL: "http://example.org/" })).toThrow(/must start with https:\/\//);
    expect(() => productionHostUrl({ SAFESHARE_HOST_URL: "not a url" })).toThrow(/is not a URL/);
  });
});

describe("npm run validate", () => {
  const root = path.join(__dirname, "..", "..");
  const validate = (file: string) =>
    spawnSync(process.execPath, [path.join(root, "node_modules", "tsx", "dist", "cli.mjs"), path.join(root, "scripts", "validate-manifest.ts"), file], { encoding: "utf8" });

  it("exits 0 on manifest.xml and 1 on a broken copy, naming the element and line", () => {
    expect(validate(path.join(root, "manifest.xml")).status).toBe(0);
    const dir = mkdtempSync(path.join(os.tmpdir(), "safeshare-manifest-"));
    const broken = path.join(dir, "manifest.xml");
    writeFileSync(broken, MANIFEST.replace('resid="Taskpane.Url"/>\n                      <SupportsPinning>', 'resid="Taskpane.Missing"/>\n                      <SupportsPinning>'));
    const result = validate(broken);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/manifest\.xml:\d+: \/OfficeApp\/.*\/Action\/SourceLocation: resid "Taskpane.Missing" does not match/);
  }, 30000);
});
