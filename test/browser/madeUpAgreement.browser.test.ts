/**
 * Agreements are deployable data: a preview built from another folder (SAFESHARE_AGREEMENTS =
 * test/fixtures/agreements/made-up, two fictional agreements) judges messages under those
 * agreements alone. In Chromium, signed in at one of their parties (?sender=), the pane names
 * the made-up agreement, lists and inserts its template, quotes its own clauses in "Why" (under
 * the title of the agreement each finding cites), and passes a marked message to its mailbox.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type Browser, type FrameLocator, type Locator } from "playwright-core";
import type { Agreement } from "../../src/policy/agreement/types";
import { newTestPage, type TestPage } from "./support/browserPage";
import { CHROMIUM_ARGS, findBrowser } from "./support/findBrowser";
import { startStaticServer } from "./support/staticServer";

jest.setTimeout(60_000);

const ROOT = path.join(__dirname, "..", "..");
const MADE_UP = path.join(ROOT, "test", "fixtures", "agreements", "made-up");
const POLICE = JSON.parse(readFileSync(path.join(MADE_UP, "a-northmoor-council-police.json"), "utf8")) as Agreement;
const HEALTH = JSON.parse(readFileSync(path.join(MADE_UP, "b-northmoor-council-health.json"), "utf8")) as Agreement;

const POLICE_OFFICER = "alex.officer@northmoor.example.police.uk";
const COUNCIL_WORKER = "kim.worker@northmoor.example.gov.uk";
const FRONT_DOOR = "front.door@northmoor.example.gov.uk";
const PPU = "ppu.referrals@northmoor.example.police.uk";
const HEALTH_MAILBOX = "safeguarding@northmoorhealth.example.nhs.uk";
/** A party to neither agreement; .test is reserved (RFC 2606), so it looks like no party's domain
 * (example.org would: it has the name of the parties' example.police.uk under another suffix). */
const OUTSIDER = "duty@fernhill.test";
const CASE_BODY = "Officers attended a domestic incident at 12 High Street on 14 November. Jane Example, born 03/04/2015, was present and appeared frightened.";

let dist: string;
let browser: Browser;
let server: { origin: string; close: () => Promise<void> };

/** Builds only the task pane's compilation (it holds the preview), in development mode. */
function buildPreview(agreements: string, out: string): Promise<void> {
  const webpackCli = path.join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js");
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [webpackCli, "--mode", "development", "--config-name", "taskpane"], {
      cwd: ROOT,
      env: { ...process.env, SAFESHARE_AGREEMENTS: agreements, SAFESHARE_DIST: out },
    });
    let output = "";
    child.stdout.on("data", (d) => (output += String(d)));
    child.stderr.on("data", (d) => (output += String(d)));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`webpack exited ${code}:\n${output.slice(-4000)}`))));
  });
}

beforeAll(async () => {
  dist = mkdtempSync(path.join(tmpdir(), "safeshare-made-up-dist-"));
  await buildPreview(MADE_UP, dist);
  server = await startStaticServer(dist);
  browser = await chromium.launch({ executablePath: findBrowser(), headless: true, args: CHROMIUM_ARGS });
}, 110_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dist) rmSync(dist, { recursive: true, force: true });
});

interface Preview extends TestPage {
  pane: FrameLocator;
}

async function openPreview(query: string): Promise<Preview> {
  const t = await newTestPage(browser, server.origin);
  // A Wednesday morning: every mailbox of the made-up agreements is read that day.
  await t.page.goto(`${server.origin}/preview.html?now=2026-11-18T10:00:00Z${query}`);
  const pane = t.page.frameLocator('iframe[title="SafeShare task pane"]');
  await pane.getByRole("heading", { name: "SafeShare", level: 1 }).waitFor();
  return { ...t, pane };
}

/** A fresh message (and a fresh pane), as opening another one does: the "Name in subject" sample,
 * which any sender's check blocks, so a later wait for "pass" or "warn" sees the new message. */
async function freshMessage(t: Preview): Promise<void> {
  await t.page.getByRole("combobox", { name: "Sample message" }).selectOption("clean-kpc");
  await t.page.getByRole("combobox", { name: "Sample message" }).selectOption("name-in-subject");
  await t.pane.locator('[data-testid="finding"][data-rule="subject-personal-data"]').first().waitFor();
}

async function compose(t: Preview, message: { to: string; subject: string; body: string }): Promise<void> {
  const to = t.page.getByRole("textbox", { name: "To" });
  await to.fill(message.to);
  await to.blur();
  await t.page.getByRole("textbox", { name: "Subject" }).fill(message.subject);
  await t.page.getByRole("textbox", { name: "Message" }).fill(message.body);
}

async function verdictOf(pane: FrameLocator, verdict: string): Promise<void> {
  await pane.locator(`[data-testid="verdict"][data-verdict="${verdict}"]`).waitFor();
}

async function headerNames(pane: FrameLocator, title: string): Promise<void> {
  await pane.locator("header").getByText(title, { exact: false }).waitFor();
}

/** The "Why" text of a finding, opened as a user would. */
async function whyOf(finding: Locator): Promise<string> {
  const why = finding.getByRole("button", { name: "Why" });
  // A card kept across checks (same finding id) keeps its clause open.
  if ((await why.getAttribute("aria-expanded")) !== "true") await why.click();
  const id = await why.getAttribute("aria-controls");
  return (await finding.locator(`[id="${id}"]`).textContent()) ?? "";
}

/** What "Why" shows for a clause of `agreement`, with several agreements in the deployment. */
function cited(agreement: Agreement, clauseId: string): string {
  const clause = agreement.channelRules.find((c) => c.id === clauseId);
  if (!clause) throw new Error(`${agreement.id} has no clause ${clauseId}`);
  return `Under the ${agreement.title}. ${clause.source.document}, ${clause.source.section}: “${clause.text}”`;
}

async function itemState(t: Preview): Promise<{ subject: string; bodyText: string; sessionData: Record<string, string> }> {
  return t.page.evaluate(() => (window as unknown as { safesharePreview: { office: { context: { mailbox: { item: { state: never } } } } } }).safesharePreview.office.context.mailbox.item.state);
}

async function finish(t: TestPage): Promise<void> {
  expect(t.errors).toEqual([]);
  expect(t.outside).toEqual([]);
  await t.page.context().close();
}

describe("a preview built with a made-up agreement folder, signed in at Northmoor Police", () => {
  // One page for the sender; each case starts from a fresh message (freshMessage).
  let t: Preview;
  beforeAll(async () => {
    t = await openPreview(`&sender=${POLICE_OFFICER}&senderName=Alex Officer`);
  });
  afterAll(async () => {
    if (t) await finish(t);
  });

  it("signs the preview in as the ?sender= user, and the header names the made-up agreement", async () => {
    await expect(t.page.getByRole("textbox", { name: "From" }).inputValue()).resolves.toBe(`Alex Officer <${POLICE_OFFICER}>`);
    await freshMessage(t);
    await compose(t, { to: FRONT_DOOR, subject: "OFFICIAL-SENSITIVE: Ref NM2611234", body: CASE_BODY });
    await verdictOf(t.pane, "pass");
    await headerNames(t.pane, `${POLICE.title} · version 1.2 · review date 31 March 2030`);
  });

  it("quotes the made-up agreement's own clauses when case data goes to a non-party", async () => {
    await freshMessage(t);
    await compose(t, { to: OUTSIDER, subject: "OFFICIAL-SENSITIVE: Ref NM2611234", body: CASE_BODY });
    const outside = t.pane.locator('[data-testid="finding"][data-rule="recipient-outside-agreement"]').filter({ hasText: OUTSIDER });
    await outside.waitFor();
    await verdictOf(t.pane, "block");
    await headerNames(t.pane, POLICE.title);
    await expect(outside.textContent()).resolves.toContain(`${OUTSIDER} is outside the agreement (an external address SafeShare does not know). This message holds case data.`);
    await expect(whyOf(outside)).resolves.toBe(cited(POLICE, "disclose-only-to-entitled"));
    const route = t.pane.locator('[data-testid="finding"][data-rule="body-secure-route"]');
    await expect(whyOf(route)).resolves.toBe(cited(POLICE, "sensitive-data-secure-route-only"));
  });

  it("warns when the message to its named mailbox is unmarked, quoting its marking clause, and passes once marked", async () => {
    await freshMessage(t);
    await compose(t, { to: FRONT_DOOR, subject: "Police Concern Notification – Ref NM2611234", body: CASE_BODY });
    await verdictOf(t.pane, "warn");
    const marking = t.pane.locator('[data-testid="finding"][data-rule="protective-marking"]');
    await expect(whyOf(marking)).resolves.toBe(cited(POLICE, "protective-marking"));
    await t.page.getByRole("textbox", { name: "Subject" }).fill("OFFICIAL-SENSITIVE: Police Concern Notification – Ref NM2611234");
    await verdictOf(t.pane, "pass");
    await expect(marking.count()).resolves.toBe(0);
  });

  it("lists the made-up agreement's template and inserts it: subject, body and exchange read back", async () => {
    await freshMessage(t);
    await compose(t, { to: FRONT_DOOR, subject: "", body: "" });
    const templates = t.pane.getByRole("combobox", { name: "Template" });
    await expect(templates.locator("option").allTextContents()).resolves.toEqual(["Police concern notification (Northmoor Police to the council)"]);
    const form = t.pane.getByRole("form", { name: "Police concern notification (Northmoor Police to the council)" });
    await form.getByRole("textbox", { name: "Occurrence reference" }).fill("NM2611234");
    await form.getByRole("textbox", { name: "Child's name" }).fill("Jane Example");
    await form.getByRole("textbox", { name: "What the officers saw" }).fill("A child hiding upstairs during the incident.");
    await form.getByRole("button", { name: "Insert", exact: true }).click();
    await form.getByText("Inserted the Police concern notification (Northmoor Police to the council).").waitFor();

    const state = await itemState(t);
    expect(state.subject).toBe("OFFICIAL-SENSITIVE: Police Concern Notification – Ref NM2611234");
    expect(state.bodyText).toContain("Jane Example");
    expect(JSON.parse(state.sessionData.safeshare ?? "{}").exchangeId).toBe("police-concern-to-council");
    // Case data, marked, on the exchange's route to its named mailbox: nothing to fix.
    await verdictOf(t.pane, "pass");
  });
});

describe("a preview built with a made-up agreement folder, signed in at Northmoor Council (party to both)", () => {
  it("each finding's Why names the agreement it cites, which the recipients decide", async () => {
    const t = await openPreview(`&sender=${COUNCIL_WORKER}`);
    await compose(t, { to: `${HEALTH_MAILBOX}; ${OUTSIDER}`, subject: "OFFICIAL-SENSITIVE: Ref C123456", body: CASE_BODY });
    const outside = t.pane.locator('[data-testid="finding"][data-rule="recipient-outside-agreement"]').filter({ hasText: OUTSIDER });
    await outside.waitFor();
    await headerNames(t.pane, HEALTH.title);
    await expect(whyOf(outside)).resolves.toBe(cited(HEALTH, "disclose-only-to-entitled"));

    // The police mailbox instead: the Northmoor protocol joins the sender to a recipient now.
    const to = t.page.getByRole("textbox", { name: "To" });
    await to.fill(`${PPU}; ${OUTSIDER}`);
    await to.blur();
    await headerNames(t.pane, POLICE.title);
    await expect(whyOf(outside)).resolves.toBe(cited(POLICE, "disclose-only-to-entitled"));
    await finish(t);
  });
});

describe("a preview built with a made-up agreement folder, signed in as the default user", () => {
  it("probation (a Derbyshire party) is party to none of them: the Derbyshire agreement is not deployed", async () => {
    // A malformed ?sender is ignored: the preview signs in as its default user.
    const t = await openPreview("&sender=not-an-address");
    await expect(t.page.getByRole("textbox", { name: "From" }).inputValue()).resolves.toBe("Sam Practitioner <sam.practitioner@justice.gov.uk>");
    await compose(t, { to: FRONT_DOOR, subject: "OFFICIAL-SENSITIVE: Ref X123456", body: "Please call me about the case." });
    const note = t.pane.locator('[data-testid="finding"][data-rule="sender-not-party"]');
    await expect(note.textContent()).resolves.toContain("sam.practitioner@justice.gov.uk is not an address of any organisation party to the agreements deployed here");
    await headerNames(t.pane, "No agreement");
    await expect(t.pane.getByRole("heading", { name: "Templates" }).count()).resolves.toBe(0);
    await finish(t);
  });
});
