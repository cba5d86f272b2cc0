/** @jest-environment jsdom */
import "./jsdomSetup";
import { act, render, screen, waitFor } from "@testing-library/react";
import { createSimulatedOffice } from "../../src/preview/simulatedOffice";
import { SimulatedComposeItem, type SimulatedMessage, type SimulatedItemOptions } from "../../src/preview/simulatedItem";
import { PaneHost, type OfficeHostLike } from "../../src/taskpane/PaneHost";
import { encodePaneContext } from "../../src/outlook/paneContext";
import { scenarioById } from "../../src/preview/scenarios";

const now = () => new Date("2026-11-25T10:00:00Z");
const USER = { emailAddress: "alex.morgan@justice.gov.uk", displayName: "Alex Morgan" };

const QUOTED =
  "-----Original Message-----\nFrom: Lloyd, Gareth <gareth.lloyd@justice.gov.uk>\nSent: 24 November 2026 09:12\nTo: Morgan, Alex <alex.morgan@justice.gov.uk>\nSubject: Ref X123456\n\nCan you send the KPC?";
const CASE_REPLY: SimulatedMessage = {
  subject: "RE: Ref X123456",
  to: [{ emailAddress: "gareth.lloyd@justice.gov.uk" }],
  cc: [{ emailAddress: "someone@example.org" }],
  body: `Hi Gareth,\n\nPlease complete a KPC for John Smith (DOB 12/03/1985) of 14 Ashbourne Road, Belper DE56 1AA.\n\nAlex\n\n${QUOTED}`,
};
const ORDINARY_REPLY: SimulatedMessage = { ...CASE_REPLY, body: `Hi Gareth,\n\nThursday at 10 suits me.\n\nAlex\n\n${QUOTED}` };

function open(message: SimulatedMessage, options: SimulatedItemOptions, mailboxVersion = "1.15") {
  const item = new SimulatedComposeItem(message, { from: USER, ...options });
  const office = createSimulatedOffice({ item, user: USER, mailboxVersion });
  const view = render(<PaneHost office={office as unknown as OfficeHostLike} now={now} pollMs={0} debounceMs={0} />);
  return { item, office, ...view };
}

const rules = () => screen.queryAllByTestId("finding").map((el) => el.getAttribute("data-rule"));

describe("the pane on a reply or forward", () => {
  it("names the added recipient in one quiet line, and a case-data reply gets the finding", async () => {
    open(CASE_REPLY, { composeType: "reply" });
    expect(await screen.findByTestId("reply-added")).toHaveTextContent("Added to this reply: someone@example.org (not on the message you are replying to).");
    expect(rules()).toContain("recipient-added-to-reply");
  });

  it("the preview's reply scenario shows the added recipient, and the finding (it holds case data)", async () => {
    const scenario = scenarioById("reply-added-recipient");
    if (!scenario?.composeType) throw new Error("the preview's reply scenario is missing");
    const item = new SimulatedComposeItem(scenario.message, { composeType: scenario.composeType });
    const office = createSimulatedOffice({ item });
    render(<PaneHost office={office as unknown as OfficeHostLike} now={now} pollMs={0} />);
    expect(await screen.findByTestId("reply-added")).toHaveTextContent("Added to this reply: pat.green@nottinghamshire.gov.uk");
    expect(rules()).toContain("recipient-added-to-reply");
  });

  it("without case data: the quiet line only, no finding", async () => {
    open(ORDINARY_REPLY, { composeType: "forward" });
    expect(await screen.findByTestId("reply-added")).toHaveTextContent("Added to this forward: someone@example.org");
    expect(rules()).not.toContain("recipient-added-to-reply");
  });

  it("new mail: nothing said", async () => {
    const { item } = open(CASE_REPLY, { composeType: "newMail" });
    await screen.findAllByTestId("finding");
    await waitFor(() => expect(item.calls).toContain("getComposeTypeAsync"));
    expect(screen.queryByTestId("reply-added")).toBeNull();
  });

  it("Mailbox 1.9 (no getComposeTypeAsync): no call made, the pane as before", async () => {
    const { item } = open(CASE_REPLY, { composeType: "reply" }, "1.9");
    expect((item as unknown as { getComposeTypeAsync?: unknown }).getComposeTypeAsync).toBeUndefined();
    await screen.findAllByTestId("finding");
    expect(item.calls).not.toContain("getComposeTypeAsync");
    expect(screen.queryByTestId("reply-added")).toBeNull();
    expect(rules()).not.toContain("recipient-added-to-reply");
  });

  it("getComposeTypeAsync failing: the pane checks the message as before and shows no error", async () => {
    const item = new SimulatedComposeItem(CASE_REPLY, { from: USER, composeType: "reply" });
    item.failNext("getComposeTypeAsync");
    const office = createSimulatedOffice({ item, user: USER });
    render(<PaneHost office={office as unknown as OfficeHostLike} now={now} pollMs={0} />);
    await screen.findAllByTestId("finding");
    expect(screen.queryByText("SafeShare could not read this message.")).toBeNull();
    expect(screen.queryByTestId("reply-added")).toBeNull();
  });
});

describe("opened from the Smart Alerts dialog (Fix in SafeShare)", () => {
  const BLOCKED: SimulatedMessage = { subject: "KPC for John Smith DOB 12/03/1985", to: [{ emailAddress: "starting.point@derbyshire.gov.uk" }], cc: [{ emailAddress: "sam.jones@gmail.com" }], body: "Hello" };

  /** The findings on screen (the Send handler runs the same check, so it names the same ids). */
  async function shownFindings() {
    const cards = await screen.findAllByTestId("finding");
    return cards.map((c) => ({ id: c.getAttribute("data-finding-id") as string, rule: c.getAttribute("data-rule") as string }));
  }

  it("opens at the finding contextData names: marked, focused", async () => {
    // First render without context to learn the ids, then open a new pane with the context.
    const probe = open(BLOCKED, {});
    const findings = await shownFindings();
    const webmail = findings.find((f) => f.rule === "recipient-webmail");
    expect(webmail).toBeDefined();
    probe.unmount();
    open(BLOCKED, { initializationContext: encodePaneContext(webmail as { id: string; rule: string }) });
    await waitFor(() => expect(document.querySelector("[data-focused='true']")).not.toBeNull());
    const focused = document.querySelector("[data-focused='true']") as HTMLElement;
    expect(focused.getAttribute("data-rule")).toBe("recipient-webmail");
    expect(document.activeElement).toBe(focused);
    expect(focused).toHaveTextContent("Send stopped here");
  });

  it("already open (Mailbox 1.15): InitializationContextChanged moves it to the finding without a relaunch", async () => {
    const { item } = open(BLOCKED, {});
    const findings = await shownFindings();
    expect(document.querySelector("[data-focused]")).toBeNull();
    await waitFor(() => expect(item.calls).toContain("addHandlerAsync"));
    const subject = findings.find((f) => f.rule === "subject-personal-data") as { id: string; rule: string };
    let delivered = false;
    await act(async () => {
      delivered = item.openPaneWith(encodePaneContext(subject));
      await new Promise((r) => setTimeout(r, 10));
    });
    expect(delivered).toBe(true);
    await waitFor(() => expect((document.querySelector("[data-focused='true']") as HTMLElement | null)?.getAttribute("data-finding-id")).toBe(subject.id));
  });

  it("Mailbox 1.14: no InitializationContextChanged handler is registered (Outlook relaunches the pane instead)", async () => {
    const { item } = open(BLOCKED, {}, "1.14");
    await screen.findAllByTestId("finding");
    await new Promise((r) => setTimeout(r, 10));
    expect(item.openPaneWith(encodePaneContext({ id: "x", rule: "subject-personal-data" }))).toBe(false);
  });

  it.each([
    ["missing", ""],
    ["not JSON", "{not json"],
    ["another add-in's data", JSON.stringify({ a: "aValue" })],
    ["a finding that is no longer there", encodePaneContext({ id: "subject-personal-data:gone", rule: "subject-personal-data" })],
    ["a number", "42"],
  ])("context %s: the pane as opened from the ribbon, nothing marked, nothing said", async (_what, data) => {
    open(BLOCKED, { initializationContext: data });
    const cards = await screen.findAllByTestId("finding");
    await new Promise((r) => setTimeout(r, 10));
    expect(cards.length).toBeGreaterThan(0);
    expect(document.querySelector("[data-focused]")).toBeNull();
    expect(screen.queryByText("Send stopped here")).toBeNull();
    expect(screen.queryByText("SafeShare could not read this message.")).toBeNull();
  });

  it("getInitializationContextAsync failing: the pane as usual", async () => {
    const item = new SimulatedComposeItem(BLOCKED, { from: USER, initializationContext: encodePaneContext({ id: "x", rule: "recipient-webmail" }) });
    item.failNext("getInitializationContextAsync");
    const office = createSimulatedOffice({ item, user: USER });
    render(<PaneHost office={office as unknown as OfficeHostLike} now={now} pollMs={0} />);
    await screen.findAllByTestId("finding");
    await new Promise((r) => setTimeout(r, 10));
    expect(document.querySelector("[data-focused]")).toBeNull();
  });
});
