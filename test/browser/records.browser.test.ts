/**
 * The `safeshare records` HTML report opened from disk in a real Chromium (playwright-core, no
 * browser download): it makes no request, its charts are images with names and its tables
 * hold the same numbers, it prints, and axe-core finds no serious or critical violation.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { runRecords } from "../../src/cli/records/recordsCommand";
import { memoryIo } from "../cli/memoryIo";
import { CHROMIUM_ARGS, findBrowser } from "./support/findBrowser";
import { screenshot } from "./support/screenshots";

jest.setTimeout(90_000);

const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const FIXTURES = path.join(__dirname, "..", "fixtures", "records");
let browser: Browser;
let dir: string;
let reportUrl: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "records-report-"));
  const file = path.join(dir, "report.html");
  const { io } = memoryIo();
  // The fixtures and one file that cannot be read, so the report has every section filled.
  const code = await runRecords(["--html", file, FIXTURES, path.join(dir, "missing.eml")], io, { now: () => new Date("2021-03-01T12:00:00Z") });
  expect(code).toBe(3);
  reportUrl = pathToFileURL(file).href;
  browser = await chromium.launch({ executablePath: findBrowser(), headless: true, args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function open(): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on("request", (r) => {
    if (r.url() !== reportUrl) requests.push(r.url());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  await page.goto(reportUrl);
  return { page, requests, errors };
}

/** A table's body as text cells, by its id. */
async function tableCells(page: Page, id: string): Promise<string[][]> {
  return page.$$eval(`#${id} tbody tr`, (rows) => rows.map((r) => [...r.querySelectorAll("th,td")].map((c) => (c.textContent ?? "").trim())));
}

describe("records HTML report in Chromium", () => {
  it("opens from disk with no request and no error, with its headings", async () => {
    const { page, requests, errors } = await open();
    expect(await page.title()).toBe("SafeShare sharing records");
    const headings = await page.$$eval("h2", (hs) => hs.map((h) => h.textContent));
    expect(headings).toEqual(["Totals", "Messages per week by exchange", "Messages per week by partner", "Overrides by rule and reason", "Recipients outside every agreement", "Files that could not be read"]);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    // The README's picture of the report (docs/screenshots/ when SAFESHARE_UPDATE_SCREENSHOTS=1).
    await screenshot(page, "records-report");
    await page.context().close();
  });

  it("totals count the messages apart by record status, and the files that could not be read", async () => {
    const { page } = await open();
    const totals = Object.fromEntries(await tableCells(page, "totals-table"));
    expect(totals).toMatchObject({
      "Files read": "14",
      "Files that could not be read": "1",
      Messages: "14",
      "Messages with a SafeShare record": "9",
      "… sent with no warnings (pass)": "7",
      "… sent with warnings (Send Anyway)": "2",
      "… dismissed findings": "6",
      "Messages not checked by SafeShare (no record)": "5",
      "Messages whose record was unreadable (forged or damaged)": "0",
      "Messages marked OFFICIAL-SENSITIVE (in the subject)": "7",
      "Attachments encrypted": "2",
      "Attachments not encrypted": "2",
      "Attachments whose protection is unknown": "3",
    });
    expect(await tableCells(page, "unreadable-table")).toEqual([["no such file or directory", "1"]]);
    await page.context().close();
  });

  it("each chart is a named image with its numbers in the table after it", async () => {
    const { page } = await open();
    // By exchange: four weeks of stamped messages (the weeks of 1, 8 and 15 February and 1 March 2021), one
    // bar segment for each exchange sent in a week.
    const exchange = page.locator("#exchange-chart svg");
    await expect(exchange.getAttribute("role")).resolves.toBe("img");
    expect(await exchange.getAttribute("aria-label")).toMatch(/^Messages per week by exchange: a stacked column chart/);
    expect(await page.locator("#exchange-chart svg rect").count()).toBe(6);
    expect(await page.$$eval("#exchange-table thead th", (ths) => ths.map((t) => t.textContent))).toEqual(["Week", "kpc-probation-to-childrens", "ongoing-communication", "none", "rtcn1-risk-to-children-notification", "Total"]);
    expect(await tableCells(page, "exchange-table")).toEqual([
      ["week of 2021-02-01", "2", "0", "0", "0", "2"],
      ["week of 2021-02-08", "0", "1", "0", "0", "1"],
      ["week of 2021-02-15", "0", "0", "1", "1", "2"],
      ["week of 2021-03-01", "3", "1", "0", "0", "4"],
    ]);
    // The bars' heights follow the numbers: the first week's column is twice the others.
    const heights = await page.$$eval("#exchange-chart svg rect", (rs) => rs.map((r) => Number(r.getAttribute("height"))));
    expect(heights[0]).toBeCloseTo(2 * (heights[1] as number), 5);
    expect(await tableCells(page, "partner-table")).toEqual([
      ["week of 2021-02-01", "2", "0", "2"],
      ["week of 2021-02-08", "0", "1", "1"],
      ["week of 2021-02-15", "2", "0", "2"],
      ["week of 2021-03-01", "4", "0", "4"],
    ]);
    expect(await page.$$eval("#partner-table thead th", (ths) => ths.map((t) => t.textContent))).toEqual(["Week", "Derbyshire County Council children's services", "Derby City Council children's services", "Total"]);
    expect(await tableCells(page, "overrides-table")).toEqual([
      ["body-secure-route", "(reason kept in the mailbox only)", "2"],
      // From the stamped .msg fixtures, which keep the custom property with its reasons.
      ["body-secure-route", "Agreed by telephone with the duty manager", "1"],
      ["protective-marking", "Send Anyway: Urgent: the marking was added in the body", "1"],
      ["recipient-outside-agreement", "(reason kept in the mailbox only)", "1"],
      ["recipient-webmail", "(reason kept in the mailbox only)", "1"],
      ["recipient-webmail", "Agreed by telephone with the duty manager", "1"],
    ]);
    expect(await page.locator("#overrides-chart svg rect").count()).toBe(4); // one bar a rule
    expect(await tableCells(page, "outside-table")).toEqual([
      ["gmail.com", "Personal webmail", "2", "2"],
      ["digitaldolphins.jp", "Unknown", "1", "0"],
      ["example.com", "Unknown", "1", "0"],
      ["nottscc.gov.uk", "Public sector, not a party", "1", "1"],
    ]);
    // Every table has a caption and header cells with a scope.
    const tables = await page.$$eval("table", (ts) => ts.map((t) => ({ caption: t.querySelector("caption")?.textContent ?? "", unscoped: t.querySelectorAll("th:not([scope])").length })));
    for (const t of tables) expect(t).toEqual({ caption: expect.stringMatching(/\S/), unscoped: 0 });
    await page.context().close();
  });

  it("prints: the charts and tables stay visible in print media", async () => {
    const { page } = await open();
    await page.emulateMedia({ media: "print" });
    await expect(page.locator("#exchange-chart svg").isVisible()).resolves.toBe(true);
    await expect(page.locator("#outside-table").isVisible()).resolves.toBe(true);
    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    await page.context().close();
  });

  it("has no serious or critical axe-core violations", async () => {
    const { page } = await open();
    await page.evaluate(AXE_SOURCE);
    const result = await page.evaluate(async () =>
      (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, { resultTypes: ["violations"] }),
    );
    const serious = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    expect(serious).toEqual([]);
    await page.context().close();
  });
});
