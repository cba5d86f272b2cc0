/**
 * The built task pane in a real Chromium (playwright-core, no browser download): the preview
 * page against a simulated compose item, and the production task pane page with office.js
 * served in place of Microsoft's CDN. `npm test` builds dist/ first.
 */
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { CHROMIUM_ARGS, findBrowser } from "./support/findBrowser";
import { DIST, OFFICE_JS_DIST, startStaticServer } from "./support/staticServer";

jest.setTimeout(90_000);

const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
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

/** A page that serves office.js from the package in place of the CDN and refuses any other outside request. */
async function newPage(): Promise<{ page: Page; errors: string[]; outside: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
  const errors: string[] = [];
  const outside: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(server.origin)) return route.continue();
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

function screenshot(page: Page, name: string) {
  const dir = path.join(__dirname, "..", "..", "test-results");
  mkdirSync(dir, { recursive: true });
  return page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}

describe("task pane in Chromium", () => {
  it("preview: renders the pane for the simulated compose item and follows recipient changes", async () => {
    const { page, errors, outside } = await newPage();
    await page.goto(`${server.origin}/preview.html`);
    const pane = page.getByRole("complementary", { name: "SafeShare task pane" });
    await pane.getByRole("heading", { name: "SafeShare" }).waitFor();
    await pane.getByRole("heading", { name: "Recipients (2)" }).waitFor();
    await expect(pane.getByText("Starting Point <starting.point@derbyshire.gov.uk>").isVisible()).resolves.toBe(true);
    await expect(pane.getByText("Sam Jones <sam.jones@gmail.com>").isVisible()).resolves.toBe(true);
    await expect(pane.getByTestId("subject").textContent()).resolves.toBe("KPC request for John Smith DOB 12/03/1985");
    await screenshot(page, "preview");

    // Typing new recipients raises RecipientsChanged; the pane re-reads the item.
    const to = page.getByRole("textbox", { name: "To" });
    await to.fill("cpsafeguarding@derby.gov.uk; Buxton SPOC <buxton.spoc@justice.gov.uk>");
    await to.blur();
    await pane.getByRole("heading", { name: "Recipients (3)" }).waitFor();
    await expect(pane.getByText("Buxton SPOC <buxton.spoc@justice.gov.uk>").isVisible()).resolves.toBe(true);

    // Subject edits are picked up when the pane checks again.
    await page.getByRole("textbox", { name: "Subject" }).fill("Known Persons Check – Ref X123456");
    await pane.getByRole("button", { name: "Check again" }).click();
    await page.waitForFunction(() => document.querySelector('[data-testid="subject"]')?.textContent === "Known Persons Check – Ref X123456");

    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    await page.close();
  });

  it("taskpane.html boots with the real office.js and says when there is no message", async () => {
    const { page, errors, outside } = await newPage();
    await page.goto(`${server.origin}/taskpane.html`);
    await page.getByText("Open SafeShare from a message you are writing in Outlook.").waitFor();
    await expect(page.getByRole("heading", { name: "SafeShare" }).isVisible()).resolves.toBe(true);
    expect(await page.evaluate(() => typeof (window as unknown as { Office?: { onReady?: unknown } }).Office?.onReady)).toBe("function");
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    await page.close();
  });
});
