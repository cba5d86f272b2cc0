/** @jest-environment jsdom */
import "../jsdomSetup";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { createSimulatedOffice } from "../../../src/preview/simulatedOffice";
import { SimulatedReadItem } from "../../../src/preview/simulatedReadItem";
import { SimulatedComposeItem } from "../../../src/preview/simulatedItem";
import { ReadModePane } from "../../../src/taskpane/read/ReadModePane";
import { PaneHost, type OfficeHostLike } from "../../../src/taskpane/PaneHost";
import { handleMessageSend } from "../../../src/launchevent/onMessageSend";
import { derbyshireAgreement } from "../../../src/policy/agreement";
import type { Agreement } from "../../../src/policy/agreement/types";
import { BREACH, EXCHANGE, NO_BREACH, RECORD, receivedCopy, sentCopy, SENT_AT, SUBJECT, WITH_BREACH, headersOf } from "./readFixtures";

/** The moment the user presses "Report a mistake": the 72-hour clock starts here. */
const OPENED = new Date("2026-11-25T09:30:00Z");
const now = () => OPENED;

function show(item: SimulatedReadItem, options: { agreements?: readonly Agreement[]; mailboxVersion?: string } = {}) {
  const office = createSimulatedOffice({ item, mailboxVersion: options.mailboxVersion ?? "1.15" });
  render(<ReadModePane item={office.context.mailbox.item} mailbox={office.context.mailbox} agreements={options.agreements ?? [WITH_BREACH]} now={now} />);
  return office;
}

/** The definition list's value for a term. */
function valueOf(term: string): HTMLElement {
  const dt = within(screen.getByTestId("record")).getByText(term, { selector: "dt" });
  return dt.nextElementSibling as HTMLElement;
}

describe("read mode: the sharing record", () => {
  it("shows the record of the sender's copy in a definition list, in the agreement's words", async () => {
    show(sentCopy());
    const list = await screen.findByTestId("record");
    expect(list.tagName).toBe("DL");
    expect(within(list).getAllByRole("term").map((t) => t.textContent)).toEqual([
      "Agreement",
      "Exchange",
      "Purpose",
      "Verdict",
      "Dismissed",
      "Warnings sent anyway",
      "Sensitivity label",
      "Checked at",
      "SafeShare version",
      "Read from",
    ]);
    expect(valueOf("Agreement")).toHaveTextContent(`${derbyshireAgreement.title} (version ${derbyshireAgreement.version})`);
    expect(valueOf("Exchange")).toHaveTextContent(EXCHANGE.name);
    expect(valueOf("Purpose")).toHaveTextContent(EXCHANGE.purpose);
    expect(valueOf("Verdict")).toHaveTextContent("Sent with warnings");
    expect(valueOf("Dismissed")).toHaveTextContent("recipient-webmail: “Agreed by telephone with the duty manager”");
    expect(valueOf("Warnings sent anyway")).toHaveTextContent("protective-marking: “Marked in the attachment”");
    expect(valueOf("Sensitivity label")).toHaveTextContent("OFFICIAL-SENSITIVE");
    expect(valueOf("SafeShare version")).toHaveTextContent("0.1.0");
    expect(valueOf("Read from")).toHaveTextContent("the internet headers and SafeShare's custom property (they agree)");
    expect(screen.getByTestId("breach-contact")).toHaveTextContent(`Reports go to ${BREACH.contactName} (${BREACH.contact}).`);
  });

  it("on a received copy (headers only) says the reasons stay in the sender's mailbox", async () => {
    show(receivedCopy());
    await screen.findByTestId("record");
    expect(valueOf("Dismissed")).toHaveTextContent("recipient-webmail (reason kept in the sender's mailbox)");
    expect(valueOf("Read from")).toHaveTextContent("the message's internet headers");
    expect(screen.queryByText("Warnings sent anyway")).toBeNull();
  });

  it("says so when the message has no SafeShare record", async () => {
    show(new SimulatedReadItem({ subject: SUBJECT, sentAt: SENT_AT }));
    expect(await screen.findByText("No SafeShare record on this message")).toBeInTheDocument();
    expect(screen.queryByTestId("record")).toBeNull();
  });

  it("shows a forged record (a blocked verdict, a second different header) as unreadable, with the reasons", async () => {
    const headers = headersOf(RECORD).map(([n, v]): [string, string] => (n === "X-SafeShare-Verdict" ? [n, "block"] : [n, v]));
    show(new SimulatedReadItem({ subject: SUBJECT, sentAt: SENT_AT, headers: headers.concat([["X-SafeShare-Exchange", "something-else"]]) }));
    const bar = await screen.findByTestId("record-unreadable");
    expect(bar).toHaveTextContent("Record unreadable");
    expect(bar).toHaveTextContent("X-SafeShare-Exchange appears with 2 different values");
    expect(screen.queryByTestId("record")).toBeNull();
  });

  it("shows headers and a custom property that disagree as unreadable", async () => {
    const altered = { ...RECORD, verdict: "pass" as const };
    show(sentCopy(RECORD, { customProperties: { safeshareRecord: JSON.stringify(altered) } }));
    expect(await screen.findByTestId("record-unreadable")).toHaveTextContent("the headers and the safeshareRecord property disagree on verdict");
  });

  it("shows an agreement id this deployment does not have as unknown", async () => {
    const forged = { ...RECORD, agreement: "john-smith-12-03-1985" };
    show(receivedCopy(forged));
    await screen.findByTestId("record");
    expect(valueOf("Agreement")).toHaveTextContent("Unknown agreement “john-smith-12-03-1985”");
    expect(valueOf("Exchange")).toHaveTextContent(`${EXCHANGE.id} (not an exchange of a known agreement)`);
  });

  it("never says 'no record' when the headers could not be read: it says the record could not be read", async () => {
    const item = new SimulatedReadItem({ subject: SUBJECT, sentAt: SENT_AT, headers: headersOf(RECORD) });
    item.failNext("getAllInternetHeadersAsync", { message: "The internet headers are not available." });
    show(item);
    expect(await screen.findByTestId("record-failed")).toHaveTextContent("the internet headers could not be read: getAllInternetHeadersAsync failed: The internet headers are not available.");
    expect(screen.queryByText("No SafeShare record on this message")).toBeNull();
  });

  it("on a client without internet headers (Mailbox 1.7) reads the custom property and says what it could not read", async () => {
    const office = show(sentCopy(), { mailboxVersion: "1.7" });
    await screen.findByTestId("record");
    expect(office.context.mailbox.item.calls).not.toContain("getAllInternetHeadersAsync");
    expect(valueOf("Read from")).toHaveTextContent("SafeShare's custom property on this item");
    expect(screen.getByText(/Note: this version of Outlook cannot read a message's internet headers \(Mailbox 1.8\)/)).toBeInTheDocument();
  });

  it("reads the record the real Send handler stamped, on the sent copy", async () => {
    const compose = new SimulatedComposeItem({
      subject: "OFFICIAL-SENSITIVE: Known Persons Check – Ref X123456",
      to: [{ displayName: "Starting Point", emailAddress: "starting.point@derbyshire.gov.uk" }],
      body: "Please can you complete a Known Persons Check for John Smith (DOB 12/03/1985) of 22 Station Street, Chesterfield S40 1AA.",
    });
    const completed = jest.fn();
    await handleMessageSend({ completed }, createSimulatedOffice({ item: compose }), { now: new Date("2021-03-01T10:00:00Z") });
    expect(completed).toHaveBeenCalledWith({ allowEvent: true });
    show(SimulatedReadItem.sentFrom(compose, new Date("2021-03-01T10:00:05Z")), { agreements: [derbyshireAgreement] });
    await screen.findByTestId("record");
    expect(valueOf("Agreement")).toHaveTextContent(derbyshireAgreement.title);
    expect(valueOf("Verdict")).toHaveTextContent("Pass: nothing needed fixing");
    expect(valueOf("Checked at")).toHaveTextContent("2021-03-01T10:00:00.000Z");
  });
});

/** The click and the form's answer, which arrives after the click's own update. */
async function press() {
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Report a mistake" }));
    await new Promise((resolve) => setTimeout(resolve, 5));
  });
}

describe("read mode: Report a mistake", () => {
  async function report(office: ReturnType<typeof show>) {
    await screen.findByRole("heading", { name: "Report a mistake" });
    await press();
    return office;
  }

  it("opens a new message to the breach contact with the record, the steps in order and the 72-hour deadline; no personal data in the subject", async () => {
    const office = await report(show(sentCopy()));
    expect(await screen.findByTestId("report-opened")).toHaveTextContent("Report within 72 hours of becoming aware (deadline: 2026-11-28 09:30 GMT)");
    const form = office.newMessageForms.opened;
    expect(form).toHaveLength(1);
    const { toRecipients, subject, htmlBody } = form[0]!;
    expect(toRecipients).toEqual([BREACH.contact]);
    expect(subject).toBe(`SafeShare: possible data-sharing mistake – report (${derbyshireAgreement.id}, sent 2026-11-25 10:00 GMT)`);
    for (const word of ["John", "Smith", "1985", "Known Persons", "starting.point"]) expect(subject).not.toContain(word);
    expect(htmlBody).not.toContain("John Smith");
    expect(htmlBody).toContain("Report within 72 hours of becoming aware (deadline: 2026-11-28 09:30 GMT)");
    expect(htmlBody).toContain(`<li>${BREACH.steps[0]}</li><li>Ask the recipient to delete it &lt;unread&gt; &amp; confirm in writing.</li><li>${BREACH.steps[2]}</li>`);
    expect(htmlBody).toContain("Derbyshire information-sharing agreement, 12 Breaches");
    expect(htmlBody).toContain(EXCHANGE.name);
    expect(htmlBody).toContain("Agreed by telephone with the duty manager");
    expect(office.newMessageForms.calls).toEqual(["displayNewMessageFormAsync"]);
  });

  it("uses the agreement's own regulator hours", async () => {
    const office = await report(show(receivedCopy(), { agreements: [{ ...WITH_BREACH, breach: { ...BREACH, regulatorHours: 24 } }] }));
    await screen.findByTestId("report-opened");
    expect(office.newMessageForms.opened[0]!.htmlBody).toContain("Report within 24 hours of becoming aware (deadline: 2026-11-26 09:30 GMT)");
  });

  it("with an agreement that names no breach contact: says to ask the IG team and opens the message with no recipient", async () => {
    const office = show(sentCopy(), { agreements: [NO_BREACH] });
    expect(await screen.findByTestId("no-breach-contact")).toHaveTextContent(`${derbyshireAgreement.title} names no breach contact.`);
    expect(screen.getByTestId("no-breach-contact")).toHaveTextContent("Ask your information governance (IG) team");
    await report(office);
    await screen.findByTestId("report-opened");
    const form = office.newMessageForms.opened[0]!;
    expect(form.toRecipients).toEqual([]);
    expect(form.htmlBody).toContain("names no breach contact or steps: ask your information governance (IG) team");
    expect(form.htmlBody).toContain("Report within 72 hours of becoming aware");
  });

  it("a record naming an unknown agreement is reported to the deployment's agreement, never with the forged id in the subject", async () => {
    const office = await report(show(receivedCopy({ ...RECORD, agreement: "john-smith-12-03-1985" })));
    await screen.findByTestId("report-opened");
    const form = office.newMessageForms.opened[0]!;
    expect(form.toRecipients).toEqual([BREACH.contact]);
    expect(form.subject).not.toContain("john-smith");
    expect(form.subject).toContain(`(${derbyshireAgreement.id}, sent`);
    expect(form.htmlBody).toContain("The record names no agreement of this deployment");
  });

  it("can report a message with no record too", async () => {
    const office = await report(show(new SimulatedReadItem({ subject: SUBJECT, sentAt: SENT_AT })));
    await screen.findByTestId("report-opened");
    expect(office.newMessageForms.opened[0]!.htmlBody).toContain("No SafeShare record on this message.");
  });

  it("falls back to displayNewMessageForm (Mailbox 1.6) where the async form is missing", async () => {
    const office = await report(show(sentCopy(), { mailboxVersion: "1.8" }));
    await screen.findByTestId("report-opened");
    expect(office.newMessageForms.calls).toEqual(["displayNewMessageForm"]);
    expect(office.newMessageForms.opened[0]!.toRecipients).toEqual([BREACH.contact]);
  });

  it("where Outlook cannot open a new message at all: a clear message with whom to write to and the steps, no throw", async () => {
    await report(show(sentCopy(), { mailboxVersion: "1.5" }));
    const bar = await screen.findByTestId("report-failed");
    expect(bar).toHaveTextContent("Outlook could not open the report.");
    expect(bar).toHaveTextContent("this version of Outlook cannot open a new message from an add-in");
    expect(bar).toHaveTextContent(`Write to ${BREACH.contactName} (${BREACH.contact}) yourself`);
    expect(bar).toHaveTextContent("deadline: 2026-11-28 09:30 GMT");
    expect(within(bar).getAllByRole("listitem").map((li) => li.textContent)).toEqual(BREACH.steps);
  });

  it("when displayNewMessageForm throws: a clear message, and the pane keeps working", async () => {
    const office = show(sentCopy(), { mailboxVersion: "1.8" });
    office.newMessageForms.throwNext("displayNewMessageForm", "Unknown parameter");
    await report(office);
    expect(await screen.findByTestId("report-failed")).toHaveTextContent("Unknown parameter");
    expect(office.newMessageForms.opened).toHaveLength(0);
    await press();
    await screen.findByTestId("report-opened");
    expect(office.newMessageForms.opened).toHaveLength(1);
  });

  it("when displayNewMessageFormAsync fails through its callback: a clear message", async () => {
    const office = show(sentCopy());
    office.newMessageForms.failNext("displayNewMessageFormAsync", { message: "The form could not be displayed." });
    await report(office);
    expect(await screen.findByTestId("report-failed")).toHaveTextContent("displayNewMessageFormAsync failed: The form could not be displayed.");
  });
});

describe("the task pane picks read mode for a message open for reading", () => {
  it("follows the pinned pane to the next message read (ItemChanged)", async () => {
    const office = createSimulatedOffice({ item: receivedCopy() });
    render(<PaneHost office={office as unknown as OfficeHostLike} now={now} pollMs={0} />);
    await screen.findByTestId("record");
    act(() => office.selectItem(new SimulatedReadItem({ subject: "Lunch?", sentAt: SENT_AT })));
    expect(await screen.findByText("No SafeShare record on this message")).toBeInTheDocument();
    expect(screen.queryByTestId("record")).toBeNull();
  });

  it("shows the read-mode pane for a read item and the compose pane for a compose item", async () => {
    const office = createSimulatedOffice({ item: receivedCopy() });
    const { unmount } = render(<PaneHost office={office as unknown as OfficeHostLike} now={now} pollMs={0} />);
    expect(await screen.findByRole("heading", { name: "SafeShare record" })).toBeInTheDocument();
    await screen.findByTestId("record");
    unmount();
    const compose = createSimulatedOffice({ item: new SimulatedComposeItem({ subject: "Ref 1", to: [{ emailAddress: "manager@leicester.gov.uk" }] }) });
    render(<PaneHost office={compose as unknown as OfficeHostLike} now={now} pollMs={0} />);
    expect(await screen.findByText("manager@leicester.gov.uk")).toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "SafeShare record" })).toBeNull();
  });
});
