/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { parseMessageState } from "../../src/outlook/messageState";
import { derbyshireAgreement } from "../../src/policy/agreement";
import { renderPane } from "./paneHarness";

const STARTING_POINT = { displayName: "Starting Point", emailAddress: "starting.point@derbyshire.gov.uk" };
const CASE_BODY = "Please can you complete a Known Persons Check for John Smith (DOB 12/03/1985) of 22 Station Street, Chesterfield S40 1AA.";
const CASE_MESSAGE = { subject: "OFFICIAL-SENSITIVE: Known Persons Check – Ref X123456", to: [STARTING_POINT], body: CASE_BODY };
const RTCN = derbyshireAgreement.exchanges.find((e) => e.id === "rtcn1-risk-to-children-notification");

/** The first check is on screen (the findings heading renders only with a result). */
async function settled() {
  await screen.findByRole("heading", { name: /^Findings/ });
}

describe("task pane: what is this for?", () => {
  it("offers the agreement's exchanges for case data to a partner, the sender's own first, each with its purpose", async () => {
    renderPane(CASE_MESSAGE);
    const section = await screen.findByTestId("purpose");
    expect(within(section).getByRole("heading", { name: "What is this for?" })).toBeInTheDocument();
    const names = within(section).getAllByRole("button").map((b) => b.textContent);
    // Probation (the sender) to children's services (the recipient) first; the reply legs after.
    expect(names.slice(0, 3)).toEqual(["Known Persons Check (probation initiated)", RTCN?.name, derbyshireAgreement.exchanges.find((e) => e.id === "referral-to-childrens-social-care")?.name]);
    expect(names).toContain(derbyshireAgreement.exchanges.find((e) => e.id === "kpc-childrens-to-probation")?.name);
    const rtcn = within(section).getByRole("button", { name: RTCN?.name });
    expect(rtcn).toHaveAccessibleDescription(RTCN?.purpose as string);
    expect(rtcn).toHaveAttribute("aria-pressed", "false");
  });

  it("is not shown without case data, even to a partner", async () => {
    renderPane({ subject: "Meeting on Tuesday", to: [STARTING_POINT], body: "Can we meet on Tuesday at 10?" });
    await settled();
    expect(screen.queryByTestId("purpose")).toBeNull();
  });

  it("is not shown for case data to recipients outside the agreement", async () => {
    renderPane({ ...CASE_MESSAGE, to: [{ displayName: "Sam", emailAddress: "sam.jones@gmail.com" }] });
    await settled();
    await screen.findAllByTestId("finding");
    expect(screen.getByRole("heading", { level: 2, name: "Recipients (1)" })).toBeInTheDocument();
    expect(screen.queryByTestId("purpose")).toBeNull();
  });

  it("one click keeps the purpose and sets the message's exchange, as an inserted template does", async () => {
    const user = userEvent.setup();
    const { item } = renderPane(CASE_MESSAGE);
    const section = await screen.findByTestId("purpose");
    await user.click(within(section).getByRole("button", { name: RTCN?.name }));
    await waitFor(() => expect(screen.getByTestId("purpose-chosen")).toHaveTextContent(RTCN?.name as string));
    const state = parseMessageState(item.state.sessionData.safeshare);
    expect(state.exchangeId).toBe("rtcn1-risk-to-children-notification");
    expect(state.purpose).toEqual({ exchangeId: "rtcn1-risk-to-children-notification", text: RTCN?.purpose });
    // Change opens the list again, with the chosen one pressed.
    await user.click(within(screen.getByTestId("purpose")).getByRole("button", { name: /^Change the purpose/ }));
    expect(within(screen.getByTestId("purpose")).getByRole("button", { name: RTCN?.name })).toHaveAttribute("aria-pressed", "true");
  });
});

describe("task pane: send anyway because…", () => {
  const UNMARKED = { ...CASE_MESSAGE, subject: "Known Persons Check – Ref X123458" };

  it("takes a reason on a warning by keyboard, keeps it by finding id, and leaves the warning in place", async () => {
    const user = userEvent.setup();
    const { item } = renderPane(UNMARKED);
    const warnings = (await screen.findAllByTestId("finding")).filter((f) => f.dataset.severity === "warn");
    expect(warnings.length).toBeGreaterThan(0);
    const card = warnings[0] as HTMLElement;
    const form = within(card).getByRole("form", { name: "Reason to send anyway" });
    const field = within(form).getByRole("textbox", { name: /Send anyway because/ });
    await user.click(within(form).getByRole("button", { name: "Keep reason" }));
    expect(within(form).getByText("Say why it should be sent anyway.")).toBeInTheDocument();
    await user.type(field, "Marked by the sensitivity label{Enter}");
    await waitFor(() => expect(within(card).getByTestId("override-reason")).toHaveTextContent("Send anyway because: Marked by the sensitivity label"));
    const state = parseMessageState(item.state.sessionData.safeshare);
    expect(state.overrides).toEqual([{ findingId: card.dataset.findingId, reason: "Marked by the sensitivity label" }]);
    expect(state.dismissals).toEqual([]);
    // Still a warning: a reason to send anyway is not a dismissal.
    expect(screen.getAllByTestId("finding").some((f) => f.dataset.findingId === card.dataset.findingId && f.dataset.severity === "warn")).toBe(true);
  });

  it("offers no reason field on blocking findings", async () => {
    renderPane({ ...CASE_MESSAGE, subject: "KPC request for John Smith" });
    const blocks = (await screen.findAllByTestId("finding")).filter((f) => f.dataset.severity === "block");
    expect(blocks.length).toBeGreaterThan(0);
    for (const b of blocks) expect(within(b).queryByRole("form", { name: "Reason to send anyway" })).toBeNull();
  });
});
