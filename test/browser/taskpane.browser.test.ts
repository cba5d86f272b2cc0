/**
 * The production task pane page in a real Chromium (playwright-core, no browser download), with
 * office.js served in place of Microsoft's CDN. `npm test` builds dist/ first. The preview page's
 * flows are in preview.browser.test.ts.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";
import { newTestPage } from "./support/browserPage";
import { CHROMIUM_ARGS, findBrowser } from "./support/findBrowser";
import { DIST, startStaticServer } from "./support/staticServer";

jest.setTimeout(90_000);

let browser: Browser;
let server: { origin: string; close: () => Promise<void> };

beforeAll(async () => {
  if (!existsSync(path.join(DIST, "taskpane.html"))) throw new Error("dist/ is missing: run npm run build:dev first (npm test does).");
  server = await startStaticServer();
  browser = await chromium.launch({ executablePath: findBrowser(), headless: true, args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("task pane page in Chromium", () => {
  it("taskpane.html boots with the real office.js and says when there is no message", async () => {
    const { page, errors, outside } = await newTestPage(browser, server.origin);
    await page.goto(`${server.origin}/taskpane.html`);
    await page.getByText("Open SafeShare from a message you are writing in Outlook.").waitFor();
    await expect(page.getByRole("heading", { name: "SafeShare" }).isVisible()).resolves.toBe(true);
    expect(await page.evaluate(() => typeof (window as unknown as { Office?: { onReady?: unknown } }).Office?.onReady)).toBe("function");
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    await page.context().close();
  });
});
