/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { parseMessageState } from "../../src/outlook/messageState";
import { PLACEHOLDER } from "../../src/policy/templates";
import { renderPane } from "./paneHarness";

const MESSAGE = { subject: "", to: [{ displayName: "Starting Point", emailAddress: "starting.point@derbyshire.gov.uk" }], body: "" };
const KPC = "Known Persons Check request (probation to children's services)";

/** Pastes rather than types: keystroke by keystroke is slow in jsdom and tests nothing more here. */
async function fill(user: ReturnType<typeof userEvent.setup>, input: HTMLElement, text: string): Promise<void> {
  await user.click(input);
  await user.paste(text);
}

async function kpcForm(): Promise<HTMLElement> {
  return screen.findByRole("form", { name: KPC });
}

describe("task pane templates", () => {
  it("suggests the template that fits the sender and recipients first, with its reason", async () => {
    renderPane(MESSAGE);
    const select = await screen.findByRole("combobox", { name: "Template" });
    expect(select).toHaveValue("kpc-probation-request");
    expect(screen.getByTestId("template-reason")).toHaveTextContent(/starting.point@derbyshire.gov.uk is a mailbox the agreement names/);
  });

  it("shows each field's validation message and inserts nothing while a required field is empty", async () => {
    const user = userEvent.setup();
    const { item } = renderPane(MESSAGE);
    const form = await kpcForm();
    await user.click(within(form).getByRole("button", { name: "Insert" }));
    expect(await within(form).findByText("Name of the adult is required.")).toBeInTheDocument();
    expect(within(form).getByText(/Check \d fields before inserting./)).toBeInTheDocument();
    expect(item.calls.filter((c) => c.startsWith("body.set"))).toEqual([]);
  });

  it("inserts a filled template: reference-only subject, body, and the exchange noted for Send", async () => {
    const user = userEvent.setup();
    const { item } = renderPane(MESSAGE);
    const form = await kpcForm();
    await fill(user, within(form).getByRole("textbox", { name: /Case reference/ }), "X123456");
    await fill(user, within(form).getByRole("textbox", { name: /Name of the adult/ }), "Jane Doe");
    await user.click(within(form).getByRole("radio", { name: "Business as usual (two working days)" }));
    await fill(user, within(form).getByRole("textbox", { name: /Requesting officer name/ }), "Sam Practitioner");
    await fill(user, within(form).getByRole("textbox", { name: /Requesting officer secure e-mail/ }), "sam.practitioner@justice.gov.uk");
    await user.click(within(form).getByRole("button", { name: "Insert" }));
    expect(await within(form).findByText(`Inserted the ${KPC}.`)).toBeInTheDocument();
    expect(item.state.subject).toMatch(/^OFFICIAL-SENSITIVE: Known Persons Check .*X123456/);
    expect(item.state.bodyText).toContain("Jane Doe");
    expect(parseMessageState(item.state.sessionData.safeshare).exchangeId).toBe("kpc-probation-to-childrens");
    // The pane re-checks the inserted content at once.
    await waitFor(() => expect(screen.getAllByTestId("finding").some((f) => /Jane Doe/.test(f.textContent ?? ""))).toBe(true));
  });

  it("inserts a blank template with placeholders for the required fields", async () => {
    const user = userEvent.setup();
    const { item } = renderPane(MESSAGE);
    const form = await kpcForm();
    await user.click(within(form).getByRole("button", { name: "Insert blank" }));
    expect(await within(form).findByText(`Inserted the ${KPC} (blank).`)).toBeInTheDocument();
    expect(item.state.bodyText).toContain(PLACEHOLDER);
  });

  it("switches the form to another template", async () => {
    const user = userEvent.setup();
    renderPane(MESSAGE);
    await kpcForm();
    await user.selectOptions(screen.getByRole("combobox", { name: "Template" }), "rtcn1-notification");
    expect(screen.queryByRole("form", { name: KPC })).toBeNull();
    expect(screen.getByRole("combobox", { name: "Template" })).toHaveValue("rtcn1-notification");
  });
});
