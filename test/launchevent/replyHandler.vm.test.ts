/**
 * Replies and forwards at Send, as Outlook runs it (dist/launchevent.js in the JavaScript-only
 * runtime with the simulated Office): the compose type is read where the client has it (Mailbox
 * 1.10), the Send verdict is the pane's, and nothing about it can stop a message by itself.
 */
import { checkMessage } from "../../src/policy/check";
import { derbyshireAgreement } from "../../src/policy/agreement";
import { VERDICT_RULES } from "../../src/policy/rules";
import { readSnapshot } from "../../src/outlook/readSnapshot";
import { SimulatedComposeItem, type SimulatedMessage, type SimulatedItemOptions } from "../../src/preview/simulatedItem";
import { fire, loadInJsRuntime, settle } from "./jsRuntime";

/** Before the agreement's review date, so only the reply matters. */
const NOW = "2021-03-01T10:00:00Z";
const USER = { emailAddress: "alex.morgan@justice.gov.uk", displayName: "Alex Morgan" };
const QUOTED =
  "-----Original Message-----\nFrom: Starting Point <starting.point@derbyshire.gov.uk>\nSent: 24 February 2021 09:12\nTo: Morgan, Alex <alex.morgan@justice.gov.uk>\nSubject: OFFICIAL-SENSITIVE: Ref X123456\n\nCan you send the KPC?";
/** A marked case-data reply to the partner mailbox that wrote, with an own-organisation colleague
 * added in Cc: only the reply rule has anything to say about the colleague. */
const REPLY: SimulatedMessage = {
  subject: "RE: OFFICIAL-SENSITIVE: Ref X123456",
  to: [{ displayName: "Starting Point", emailAddress: "starting.point@derbyshire.gov.uk" }],
  cc: [{ emailAddress: "pat.colleague@example.org" }],
  body: `Hello,\n\nPlease complete a Known Persons Check for John Smith (DOB 12/03/1985).\n\nAlex\n\n${QUOTED}`,
};

async function send(message: SimulatedMessage, options: SimulatedItemOptions, mailboxVersion = "1.15", prepare?: (item: SimulatedComposeItem) => void) {
  const item = new SimulatedComposeItem(message, { from: USER, ...options });
  prepare?.(item);
  const { office } = loadInJsRuntime({ item, mailboxVersion, now: NOW, user: USER });
  const done = await fire(office, "onMessageSendHandler");
  await settle();
  expect(done.calls()).toBe(1);
  return { item, options: done.options };
}

describe("Send on a reply", () => {
  it("Mailbox 1.15: reads the compose type, and the added recipient's warning joins the dialog", async () => {
    const { item, options } = await send(REPLY, { composeType: "reply" });
    expect(item.calls).toContain("getComposeTypeAsync");
    expect(options?.allowEvent).toBe(false);
    // The colleague is also outside the agreement (a block listed first); the reply warning is counted.
    expect(options?.errorMessage).toContain("and 1 warning in SafeShare");
  });

  it("a colleague added on a partner domain (a secure route) is no warning", async () => {
    const { options } = await send({ ...REPLY, cc: [{ emailAddress: "alex.morgan@justice.gov.uk" }, { emailAddress: "pat.other@justice.gov.uk" }] }, { composeType: "reply" });
    // Nobody off the routes was added (justice.gov.uk is a partner domain): no reply warning.
    expect(options?.errorMessage ?? "").not.toContain("was not on the message");
  });

  it("gives the pane's verdict: the same check over the same snapshot", async () => {
    const { options } = await send(REPLY, { composeType: "reply" });
    const item = new SimulatedComposeItem(REPLY, { from: USER, composeType: "reply" });
    const snapshot = await readSnapshot(item, { hiddenText: true, composeType: true });
    const report = checkMessage(snapshot, derbyshireAgreement, { now: new Date(NOW), sender: USER.emailAddress, senderName: USER.displayName, rules: VERDICT_RULES });
    expect(report.findings.some((f) => f.rule === "recipient-added-to-reply")).toBe(true);
    expect(options?.allowEvent).toBe(report.verdict === "pass");
    expect(options?.errorMessage).toContain(report.findings[0]?.message.slice(0, 40));
  });

  it("new mail: the reply rule says nothing (the same message, one warning fewer)", async () => {
    const { options } = await send(REPLY, { composeType: "newMail" });
    expect(options?.allowEvent).toBe(false);
    expect(options?.errorMessage ?? "").not.toContain("warning");
  });

  it("Mailbox 1.9: getComposeTypeAsync is never called, Send as before", async () => {
    const { item, options } = await send(REPLY, { composeType: "reply" }, "1.9");
    expect(item.calls).not.toContain("getComposeTypeAsync");
    expect(options?.errorMessage ?? "").not.toContain("warning");
  });

  it("getComposeTypeAsync failing or throwing never stops Send on its own", async () => {
    for (const prepare of [(i: SimulatedComposeItem) => i.failNext("getComposeTypeAsync"), (i: SimulatedComposeItem) => i.throwNext("getComposeTypeAsync")]) {
      const { options } = await send({ ...REPLY, cc: [] }, { composeType: "reply" }, "1.15", prepare);
      // Marked case data to the partner mailbox that wrote: allowed, as without a compose type.
      expect(options).toEqual({ allowEvent: true });
    }
  });

  it("a slow getComposeTypeAsync is given up after a second: the check still finishes in time", async () => {
    const started = Date.now();
    const { options } = await send(REPLY, { composeType: "reply" }, "1.15", (i) => i.delay("getComposeTypeAsync", 2_000));
    expect(Date.now() - started).toBeLessThan(2_500);
    expect(options?.errorMessage ?? "").not.toMatch(/could not check/);
    expect(options?.errorMessage ?? "").not.toContain("warning");
  }, 10_000);
});
