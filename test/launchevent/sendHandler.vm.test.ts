/**
 * The Send handler as Outlook runs it: the built dist/launchevent.js in a JavaScript-only vm
 * context with the preview's simulated Office, on every path that matters — pass, warn, block,
 * a dismissed block, an Office failure, a code failure, a slow body and older clients — with
 * the exact event.completed() options.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { publicFindingId } from "../../src/outlook/sharingRecord";
import { parsePaneContext } from "../../src/outlook/paneContext";
import { SAMPLE_MESSAGE } from "../../src/preview/sampleMessage";
import { SimulatedComposeItem, type SimulatedMessage } from "../../src/preview/simulatedItem";
import { fire, loadInJsRuntime, settle } from "./jsRuntime";

/** Before the Derbyshire agreement's review date (26 June 2021), so a clean message passes. */
const NOW = "2021-03-01T10:00:00Z";
const PARTNER = { displayName: "Starting Point", emailAddress: "starting.point@derbyshire.gov.uk" };
const CLEAN: SimulatedMessage = { subject: "Meeting on Tuesday", to: [PARTNER], body: "Can we meet on Tuesday at 10?" };
const WITH_PERSONAL_DATA: SimulatedMessage = {
  subject: "OFFICIAL-SENSITIVE: Known Persons Check – Ref X123456",
  to: [PARTNER],
  body: "Please can you complete a Known Persons Check for John Smith (DOB 12/03/1985) of 22 Station Street, Chesterfield S40 1AA.",
};
const OUTSIDE: SimulatedMessage = { subject: "Meeting on Tuesday", to: [{ emailAddress: "someone@example.com" }], body: "Can we meet on Tuesday at 10?" };
/** Case data on the agreed route without the marking: the one warning. */
const UNMARKED: SimulatedMessage = { subject: "Known Persons Check – Ref X123456", to: [PARTNER], body: "Please complete a Known Persons Check for John Smith (DOB 12/03/1985)." };
/** The sender's own word that it is sensitive, to an outsider: attachments must be protected. */
const MARKED_OUTSIDE: SimulatedMessage = { ...OUTSIDE, subject: "OFFICIAL-SENSITIVE: Meeting on Tuesday" };

const BLOCK_TEXT =
  "SafeShare stopped this message: 4 problems must be fixed before it can be sent.\n" +
  "• The subject contains a name (“John Smith”). Subjects must carry only a reference, such as the case number.\n" +
  "• The subject contains a date of birth (“12/03/1985”). Subjects must carry only a reference, such as the case number.\n" +
  "…and 2 more problems and 2 warnings in SafeShare.\n" +
  "Choose Fix in SafeShare to see each problem and its one-click fix.";
const BLOCK_MARKDOWN =
  "**SafeShare stopped this message: 4 problems must be fixed before it can be sent.**\n\n" +
  "- The subject contains a name (“John Smith”). Subjects must carry only a reference, such as the case number.\r" +
  "- The subject contains a date of birth (“12/03/1985”). Subjects must carry only a reference, such as the case number.\r\n\n" +
  "…and 2 more problems and 2 warnings in SafeShare.\n\n" +
  "Choose Fix in SafeShare to see each problem and its one-click fix.";
const WARN_FINDING = "This message holds case data, so its subject should start with OFFICIAL-SENSITIVE.";
const WARN_TEXT = `SafeShare has 1 warning about this message.\n• ${WARN_FINDING}\nIf you have checked, choose Send Anyway. To change the message, choose Fix in SafeShare.`;
const WARN_MARKDOWN = `**SafeShare has 1 warning about this message.**\n\n- ${WARN_FINDING}\r\n\nIf you have checked, choose Send Anyway. To change the message, choose Fix in SafeShare.`;
const FAILURE_FOOTER = "Try Send again. If this keeps happening, open SafeShare from the ribbon or contact your IT service desk.";

function send(message: SimulatedMessage, mailboxVersion = "1.15", prepare?: (item: SimulatedComposeItem) => void) {
  const item = new SimulatedComposeItem(message);
  prepare?.(item);
  const { office } = loadInJsRuntime({ item, mailboxVersion, now: NOW });
  return { item, completion: fire(office, "onMessageSendHandler") };
}

async function sendAndSettle(message: SimulatedMessage, mailboxVersion = "1.15", prepare?: (item: SimulatedComposeItem) => void) {
  const { item, completion } = send(message, mailboxVersion, prepare);
  const done = await completion;
  await settle();
  expect(done.calls()).toBe(1); // exactly once, and nothing completes it again later
  return { item, options: done.options };
}

describe("Send (dist/launchevent.js in a JavaScript-only context)", () => {
  it("pass: allows a clean message and stamps nothing (no personal data)", async () => {
    const { item, options } = await sendAndSettle(CLEAN);
    expect(options).toEqual({ allowEvent: true });
    expect(item.state.internetHeaders).toEqual({});
    expect(item.calls).not.toContain("internetHeaders.setAsync");
  });

  it("pass with personal data: stamps the sharing record before allowing", async () => {
    const { item, options } = await sendAndSettle(WITH_PERSONAL_DATA);
    expect(options).toEqual({ allowEvent: true });
    expect(item.state.internetHeaders).toEqual({
      "X-SafeShare-Agreement": 'derbyshire-probation-childrens-services; version="not stated in the source"',
      "X-SafeShare-Exchange": "none",
      "X-SafeShare-Version": "0.1.0",
      "X-SafeShare-Verdict": "pass",
      "X-SafeShare-Dismissed": "none",
    });
    for (const value of Object.values(item.state.internetHeaders)) expect(value).not.toMatch(/smith|1985|s40/i);
    const record = JSON.parse(String(item.state.customProperties.safeshareRecord));
    expect(record).toEqual({
      agreement: "derbyshire-probation-childrens-services",
      agreementVersion: "not stated in the source",
      exchange: "none",
      safeshareVersion: "0.1.0",
      verdict: "pass",
      checkedAt: "2021-03-01T10:00:00.000Z",
      dismissed: [],
    });
  });

  it("ordinary mail to an outsider (no case data) goes without a dialog", async () => {
    const { options } = await sendAndSettle(OUTSIDE);
    expect(options).toEqual({ allowEvent: true });
  });

  it("warn on Mailbox 1.15: holds the message with Send Anyway (PromptUser), the warnings and a Markdown version", async () => {
    const { options } = await sendAndSettle(UNMARKED);
    expect(options).toEqual({
      allowEvent: false,
      errorMessage: WARN_TEXT,
      errorMessageMarkdown: WARN_MARKDOWN,
      cancelLabel: "Fix in SafeShare",
      commandId: "SafeShare.OpenPaneButton",
      contextData: expect.stringContaining('"rule":"protective-marking"'),
      sendModeOverride: "promptUser",
    });
  });

  it("warn on Mailbox 1.14: the same without Markdown", async () => {
    const { options } = await sendAndSettle(UNMARKED, "1.14");
    expect(options).toEqual({ allowEvent: false, errorMessage: WARN_TEXT, cancelLabel: "Fix in SafeShare", commandId: "SafeShare.OpenPaneButton", contextData: expect.any(String), sendModeOverride: "promptUser" });
  });

  it("warn on Mailbox 1.12 (no Send Anyway possible): allows rather than trapping the user", async () => {
    const { options } = await sendAndSettle(UNMARKED, "1.12");
    expect(options).toEqual({ allowEvent: true });
  });

  it("block on Mailbox 1.15: stops with the worst findings first, Markdown, and Fix in SafeShare opening the pane", async () => {
    const { item, options } = await sendAndSettle(SAMPLE_MESSAGE);
    expect(options).toEqual({
      allowEvent: false,
      errorMessage: BLOCK_TEXT,
      errorMessageMarkdown: BLOCK_MARKDOWN,
      cancelLabel: "Fix in SafeShare",
      commandId: "SafeShare.OpenPaneButton",
      contextData: expect.any(String),
    });
    // Fix in SafeShare opens the pane at the worst blocking finding: the first one listed.
    expect(parsePaneContext(options?.contextData)).toEqual({ findingId: expect.stringMatching(/^subject-personal-data:/), rule: "subject-personal-data" });
    expect(BLOCK_TEXT.length).toBeLessThanOrEqual(500);
    expect(item.state.internetHeaders).toEqual({}); // a stopped message is not stamped
    expect(item.state.customProperties).toEqual({});
  });

  it("block on Mailbox 1.12: plain text only, no options the client does not know", async () => {
    const { options } = await sendAndSettle(SAMPLE_MESSAGE, "1.12");
    expect(options).toEqual({ allowEvent: false, errorMessage: BLOCK_TEXT });
  });

  it("dismissed block: findings the user dismissed in the pane no longer stop Send, and the record names them", async () => {
    const message: SimulatedMessage = { ...WITH_PERSONAL_DATA, cc: [{ emailAddress: "sam.jones@gmail.com" }] };
    const dismissals = [
      { findingId: "body-secure-route:cc:sam.jones@gmail.com", reason: "Sam is the child's social worker; agreed by telephone" },
      { findingId: "recipient-webmail:cc:sam.jones@gmail.com", reason: "Sam is the child's social worker; agreed by telephone" },
    ];
    const blocked = await sendAndSettle(message);
    expect(blocked.options).toMatchObject({ allowEvent: false, errorMessage: expect.stringContaining("SafeShare stopped this message: 2 problems") });
    const { item, options } = await sendAndSettle(message, "1.15", (i) => i.sessionData.setAsync("safeshare", JSON.stringify({ dismissals }), () => undefined));
    expect(options).toEqual({ allowEvent: true });
    const hashed = dismissals.map((d) => publicFindingId(d.findingId, d.findingId.split(":")[0] as string));
    expect(item.state.internetHeaders["X-SafeShare-Dismissed"]).toBe(hashed.join(", "));
    expect(item.state.internetHeaders["X-SafeShare-Dismissed"]).not.toContain("gmail");
    const record = JSON.parse(String(item.state.customProperties.safeshareRecord));
    expect(record.dismissed).toEqual([
      { finding: hashed[0], rule: "body-secure-route", reason: dismissals[0]?.reason },
      { finding: hashed[1], rule: "recipient-webmail", reason: dismissals[1]?.reason },
    ]);
  });

  it("checks the text an HTML body hides (here a comment with a name and date of birth)", async () => {
    const message: SimulatedMessage = { subject: "Meeting", to: [{ emailAddress: "sam.jones@gmail.com" }], bodyHtml: "<p>See you on Tuesday.</p><!-- KPC: John Smith DOB 12/03/1985 -->" };
    const { options } = await sendAndSettle(message, "1.12");
    expect(options?.allowEvent).toBe(false);
    expect(options?.errorMessage).toMatch(/^SafeShare stopped this message: /);
    expect(options?.errorMessage).toMatch(/hidden/i);
  });

  it("reads attachment bytes where the client can, so an unprotected document is caught", async () => {
    const docx = readFileSync(path.join(__dirname, "..", "fixtures", "attachments", "plain.docx"));
    const message: SimulatedMessage = { ...MARKED_OUTSIDE, attachments: [{ name: "risk-assessment.docx", content: new Uint8Array(docx), size: docx.length }] };
    const { item, options } = await sendAndSettle(message, "1.12");
    expect(item.calls).toContain("getAttachmentContentAsync");
    expect(options?.allowEvent).toBe(false);
    expect(options?.errorMessage).toMatch(/^SafeShare stopped this message: 1 problem must be fixed before it can be sent\.\n• “risk-assessment\.docx” is not password-protected/);
    // Without getAttachmentContentAsync the bytes are unknown: a warning, not a block.
    const older = await sendAndSettle(message, "1.14", (i) => Object.defineProperty(i, "getAttachmentContentAsync", { value: undefined }));
    expect(older.options).toMatchObject({ allowEvent: false, sendModeOverride: "promptUser", errorMessage: expect.stringContaining("could not tell whether “risk-assessment.docx” is password-protected") });
  });

  it("a slow attachment is checked as unknown (a warning) instead of failing the whole check", async () => {
    const message: SimulatedMessage = { ...MARKED_OUTSIDE, attachments: [{ name: "big.zip", content: new Uint8Array([80, 75, 5, 6]), size: 4 }] };
    const { options } = await sendAndSettle(message, "1.14", (i) => i.delay("getAttachmentContentAsync", 2_500));
    expect(options).toMatchObject({ allowEvent: false, sendModeOverride: "promptUser", errorMessage: expect.stringContaining("could not tell whether “big.zip” is password-protected") });
  }, 15_000);

  it("Office failure: a failed body.getAsync stops Send with a clear message (SoftBlock, no Send Anyway)", async () => {
    const { options } = await sendAndSettle(SAMPLE_MESSAGE, "1.15", (item) => item.failNext("body.getAsync"));
    const heading = "SafeShare could not check this message: Outlook did not return the message (body.getAsync failed: An internal error has occurred).";
    expect(options).toEqual({
      allowEvent: false,
      errorMessage: `${heading}\n${FAILURE_FOOTER}`,
      errorMessageMarkdown: `**${heading}**\n\n${FAILURE_FOOTER}`,
      cancelLabel: "Open SafeShare",
      commandId: "SafeShare.OpenPaneButton",
    });
  });

  it("Office failure on Mailbox 1.12: the same message, plain only", async () => {
    const { options } = await sendAndSettle(SAMPLE_MESSAGE, "1.12", (item) => item.throwNext("subject.getAsync", "Simulated exception"));
    expect(options).toEqual({
      allowEvent: false,
      errorMessage: `SafeShare could not check this message: Outlook did not return the message (subject.getAsync failed: Simulated exception).\n${FAILURE_FOOTER}`,
    });
  });

  it("code failure: an exception inside the check stops Send with a clear message, never a silent allow", async () => {
    const { options } = await sendAndSettle(CLEAN, "1.12", (item) => {
      (item.to as { getAsync: unknown }).getAsync = (callback: (r: unknown) => void) => setTimeout(() => callback({ status: "succeeded", value: null }), 0);
    });
    expect(options?.allowEvent).toBe(false);
    expect(options?.errorMessage).toMatch(/^SafeShare could not check this message: an internal error occurred \(.+\)\.\n/);
  });

  it("slow body: gives up after the 3-second deadline, well inside Outlook's 5 seconds", async () => {
    const { options } = await sendAndSettle(SAMPLE_MESSAGE, "1.12", (item) => item.delay("body.getAsync", 4_000));
    expect(options).toEqual({
      allowEvent: false,
      errorMessage: `SafeShare could not check this message: reading the message took longer than 3 seconds.\n${FAILURE_FOOTER}`,
    });
  }, 15_000);

  it("a failure to stamp the record does not stop a message the agreement allows", async () => {
    const { item, options } = await sendAndSettle(WITH_PERSONAL_DATA, "1.15", (i) => i.failNext("internetHeaders.setAsync"));
    expect(options).toEqual({ allowEvent: true });
    expect(item.calls).toContain("internetHeaders.setAsync");
  });

  it("works on a client without sessionData or internet headers (notes from the custom property)", async () => {
    const item = new SimulatedComposeItem(WITH_PERSONAL_DATA, { unsupported: ["sessionData", "internetHeaders"] });
    const { office } = loadInJsRuntime({ item, mailboxVersion: "1.12", now: NOW });
    const done = await fire(office, "onMessageSendHandler");
    await settle();
    expect(done.options).toEqual({ allowEvent: true });
    expect(JSON.parse(String(item.state.customProperties.safeshareRecord)).verdict).toBe("pass");
  });
});
