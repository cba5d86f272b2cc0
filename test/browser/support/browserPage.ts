/**
 * Pages for the browser tests: office.js served from the package in place of Microsoft's CDN,
 * any other outside request refused and recorded, page errors recorded.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { OFFICE_JS_DIST } from "./staticServer";

const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";

export interface TestPage {
  page: Page;
  errors: string[];
  outside: string[];
}

export async function newTestPage(browser: Browser, origin: string, options: BrowserContextOptions = {}): Promise<TestPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  const outside: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    // office.js, loaded outside Outlook, tries to frame Microsoft's telemetry page; the pages'
    // Content-Security-Policy refuses it, as intended.
    if (message.type() === "error" && !message.text().includes("telemetryservice.firstpartyapps.oaspapps.com")) errors.push(message.text());
  });
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(origin)) return route.continue();
    if (url.startsWith(CDN)) {
      const file = path.join(OFFICE_JS_DIST, url.slice(CDN.length).split("?")[0] ?? "");
      if (existsSync(file)) return route.fulfill({ body: readFileSync(file), contentType: "text/javascript" });
      return route.fulfill({ status: 404, body: "" });
    }
    outside.push(url);
    return route.abort();
  });
  return { page, errors, outside };
}
