/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { derbyshireAgreement } from "../../src/policy/agreement";
import type { Agreement } from "../../src/policy/agreement/types";
import { sampleZip } from "../../src/preview/sampleFiles";
import { renderPane } from "./paneHarness";

const STARTING_POINT = { displayName: "Starting Point", emailAddress: "starting.point@derbyshire.gov.uk" };

async function verdictIs(verdict: string): Promise<void> {
  await waitFor(() => expect(screen.getByTestId("verdict")).toHaveAttribute("data-verdict", verdict));
}

describe("task pane findings", () => {
  it("groups findings by place, worst first, with the offending subject text marked", async () => {
    renderPane({ subject: "KPC request for John Smith", to: [STARTING_POINT], body: "Please check." });
    await verdictIs("block");
    const groups = screen.getAllByTestId(/^group-/).map((g) => g.getAttribute("data-testid"));
    expect(groups[0]).toBe("group-subject");
    const subject = screen.getByTestId("group-subject");
    const first = within(subject).getAllByTestId("finding")[0] as HTMLElement;
    expect(first).toHaveAttribute("data-severity", "block");
    expect(within(first).getByText("Must fix")).toBeInTheDocument();
    expect(first.querySelector("mark")?.textContent).toBe("John Smith");
  });

  it("marks the offending text in a body excerpt", async () => {
    renderPane({ subject: "OFFICIAL-SENSITIVE: Ref 42", to: [STARTING_POINT], body: "The person is Jane Doe, born 01/02/1990." });
    const body = await screen.findByTestId("group-body");
    const marks = Array.from(body.querySelectorAll("mark")).map((m) => m.textContent);
    expect(marks).toContain("Jane Doe");
  });

  it("judges an attachment from its bytes and lists it under Attachments", async () => {
    const { item } = renderPane({
      subject: "OFFICIAL-SENSITIVE: Ref 42",
      to: [STARTING_POINT],
      cc: [{ emailAddress: "sam.jones@gmail.com" }],
      body: "About Jane Doe, born 04/05/1990.",
      attachments: [
        { name: "open.docx", content: sampleZip("word/document.xml", "<w:document/>") },
        { name: "locked.zip", content: sampleZip("notes.txt", "x", true) },
      ],
    });
    const group = await screen.findByTestId("group-attachments");
    const about = (name: string) => within(group).getAllByTestId("finding").find((f) => f.textContent?.includes(name));
    expect(about("open.docx")).toHaveAttribute("data-severity", "block");
    expect(about("open.docx")).toHaveTextContent("is not password-protected");
    expect(about("locked.zip")).toHaveAttribute("data-severity", "info");
    expect(item.calls.filter((c) => c === "getAttachmentContentAsync")).toHaveLength(2);
  });

  it("expands the agreement clause a finding enforces", async () => {
    const user = userEvent.setup();
    renderPane({ subject: "KPC request for John Smith", to: [STARTING_POINT] });
    const first = (await within(await screen.findByTestId("group-subject")).findAllByTestId("finding"))[0] as HTMLElement;
    const why = within(first).getByRole("button", { name: "Why" });
    expect(why).toHaveAttribute("aria-expanded", "false");
    expect(within(first).queryByText(/Appendix A|subject/i, { selector: "p" })).toBeNull();
    await user.click(why);
    expect(why).toHaveAttribute("aria-expanded", "true");
    const clause = document.getElementById(why.getAttribute("aria-controls") ?? "");
    expect(clause?.textContent).toMatch(/subject/i);
  });

  it("quotes the clause of the agreement the pane was given, not the deployment's", async () => {
    const user = userEvent.setup();
    const reworded = JSON.parse(JSON.stringify(derbyshireAgreement)) as Agreement;
    reworded.title = "Reworded agreement";
    reworded.channelRules = reworded.channelRules.map((r) => (r.id === "no-personal-data-in-subject" ? { ...r, text: "Subjects carry a case reference only.", source: { document: "Reworded ISA", section: "4.2" } } : r));
    renderPane({ subject: "KPC request for John Smith", to: [STARTING_POINT] }, { agreement: reworded });
    const first = (await within(await screen.findByTestId("group-subject")).findAllByTestId("finding"))[0] as HTMLElement;
    const why = within(first).getByRole("button", { name: "Why" });
    await user.click(why);
    const clause = document.getElementById(why.getAttribute("aria-controls") ?? "");
    expect(clause?.textContent).toBe("Reworded ISA, 4.2: “Subjects carry a case reference only.”");
  });

  it("fix: replaces the subject with a reference-only subject", async () => {
    const user = userEvent.setup();
    const { item } = renderPane({ subject: "KPC request for John Smith", to: [STARTING_POINT] });
    await verdictIs("block");
    await user.click(screen.getAllByRole("button", { name: "Use a reference-only subject" })[0] as HTMLElement);
    await screen.findByText("Subject replaced with a reference-only subject.");
    expect(item.state.subject).toBe("OFFICIAL-SENSITIVE: Information sharing");
    await waitFor(() => expect(screen.queryByTestId("group-subject")).toBeNull());
  });

  it("fix: adds the marking to the subject", async () => {
    const user = userEvent.setup();
    const { item } = renderPane({ subject: "Ref 42", to: [STARTING_POINT], body: "About Jane Doe, born 01/02/1990." });
    await user.click(await screen.findByRole("button", { name: "Add OFFICIAL-SENSITIVE" }));
    await screen.findByText("Marking added to the subject.");
    expect(item.state.subject).toBe("OFFICIAL-SENSITIVE: Ref 42");
  });

  it("fix: removes a webmail recipient", async () => {
    const user = userEvent.setup();
    const { item } = renderPane({ subject: "OFFICIAL-SENSITIVE: Ref 42", to: [STARTING_POINT], cc: [{ emailAddress: "sam.jones@gmail.com" }], body: "About Jane Doe." });
    await user.click((await screen.findAllByRole("button", { name: "Remove sam.jones@gmail.com" }))[0] as HTMLElement);
    await screen.findByText("sam.jones@gmail.com removed.");
    expect(item.state.cc).toEqual([]);
    expect(item.state.to.map((r) => r.emailAddress)).toEqual(["starting.point@derbyshire.gov.uk"]);
  });

  it("fix: moves a group's personal addresses to Bcc", async () => {
    const user = userEvent.setup();
    const members = [{ emailAddress: "dean.w84@gmail.com" }, { emailAddress: "aaron.p@hotmail.co.uk" }];
    const { item } = renderPane({ subject: "Group moved to Wednesday", to: members, body: "Hi all,\n\nThe group moves to Wednesday. Attendance is a requirement of your order.\n\nThanks\nKerry" });
    await user.click((await screen.findAllByRole("button", { name: "Move them to Bcc" }))[0] as HTMLElement);
    await screen.findByText("2 addresses moved to Bcc.");
    expect([item.state.to, item.state.bcc.map((r) => r.emailAddress)]).toEqual([[], ["dean.w84@gmail.com", "aaron.p@hotmail.co.uk"]]);
  });

  it("fix: replaces a look-alike recipient with the address it probably meant", async () => {
    const user = userEvent.setup();
    const { item } = renderPane({ subject: "Ref 42", to: [{ emailAddress: "starting.point@derbyshlre.gov.uk" }] });
    await user.click((await screen.findAllByRole("button", { name: "Use starting.point@derbyshire.gov.uk" }))[0] as HTMLElement);
    await screen.findByText("starting.point@derbyshlre.gov.uk replaced with starting.point@derbyshire.gov.uk.");
    expect(item.state.to.map((r) => r.emailAddress)).toEqual(["starting.point@derbyshire.gov.uk"]);
    await waitFor(() => expect(screen.getAllByTestId("recipient")[0]).toHaveAttribute("data-class", "partner-mailbox"));
  });

  it("fix: offers the online form the route requires as a link", async () => {
    const user = userEvent.setup();
    const { item } = renderPane({ subject: "Ref 42", to: [{ emailAddress: "cpsafeguarding@derby.gov.uk" }] });
    item.sessionData.setAsync("safeshare", JSON.stringify({ exchangeId: "kpc-probation-to-childrens", dismissals: [] }));
    await user.click(await screen.findByRole("button", { name: "Check again" }));
    const link = await screen.findByRole("link", { name: /Open the Derby City online referral form/ });
    expect(link).toHaveAttribute("href", "https://myaccount.derby.gov.uk/en/service/report_concerns_about_a_child");
    expect(link).toHaveAttribute("target", "_blank");
    expect(link.getAttribute("rel")).toContain("noopener");
  });

  it("fix: names a form the agreement gives no address for, rather than linking nowhere", async () => {
    const user = userEvent.setup();
    const { item } = renderPane({ subject: "Ref 42", to: [STARTING_POINT] });
    item.sessionData.setAsync("safeshare", JSON.stringify({ exchangeId: "referral-to-childrens-social-care", dismissals: [] }));
    await user.click(await screen.findByRole("button", { name: "Check again" }));
    expect(await screen.findByText("Use the Starting Point Referral Form (the agreement does not give its address).")).toBeInTheDocument();
    expect(screen.queryByRole("link", { name: /Starting Point Referral Form/ })).toBeNull();
  });

  it("fix: copies the telephone number of a telephone route", async () => {
    const user = userEvent.setup();
    const withNumber = JSON.parse(JSON.stringify(derbyshireAgreement)) as Agreement;
    for (const e of withNumber.exchanges) for (const r of e.routes) if (r.kind === "telephone") r.number = "01632 960123";
    const writeText = jest.fn(() => Promise.resolve());
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    const { item } = renderPane({ subject: "URGENT In Court: Ref 42", to: [STARTING_POINT] }, { agreement: withNumber });
    await user.click(await screen.findByRole("button", { name: /Telephone instead \(01632 960123\)/ }));
    await screen.findByText("Copied 01632 960123.");
    expect(writeText).toHaveBeenCalledWith("01632 960123");
    expect(item.calls.filter((c) => c.endsWith("setAsync") && !c.startsWith("sessionData"))).toEqual([]);
  });

  it("shows an error and leaves the message unchanged when a fix fails", async () => {
    const user = userEvent.setup();
    const { item } = renderPane({ subject: "KPC request for John Smith", to: [STARTING_POINT] });
    await verdictIs("block");
    item.failNext("subject.setAsync", { message: "The item is read-only." });
    await user.click(screen.getAllByRole("button", { name: "Use a reference-only subject" })[0] as HTMLElement);
    await screen.findByText("The fix did not work; the message was not changed.");
    expect(screen.getByText(/subject.setAsync failed: The item is read-only./)).toBeInTheDocument();
    expect(item.state.subject).toBe("KPC request for John Smith");
  });
});
