/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import { renderPane } from "./paneHarness";

async function rowFor(address: string): Promise<HTMLElement> {
  const rows = await screen.findAllByTestId("recipient");
  const row = rows.find((r) => r.textContent?.includes(address));
  if (!row) throw new Error(`no recipient row for ${address}`);
  return row;
}

describe("task pane recipients", () => {
  it("shows each recipient's class as a badge with text, and its field", async () => {
    renderPane({
      subject: "Ref 123",
      to: [{ displayName: "Starting Point", emailAddress: "starting.point@derbyshire.gov.uk" }],
      cc: [{ emailAddress: "sam.jones@gmail.com" }, { emailAddress: "colleague@justice.gov.uk" }],
      bcc: [{ emailAddress: "someone@example.com" }],
    });
    expect(await screen.findByRole("heading", { name: "Recipients (4)" })).toBeInTheDocument();
    const starting = await rowFor("starting.point@derbyshire.gov.uk");
    expect(starting).toHaveAttribute("data-class", "partner-mailbox");
    expect(within(starting).getByText("Agreement mailbox")).toBeInTheDocument();
    expect(within(starting).getByLabelText("To recipient")).toBeInTheDocument();
    expect(within(await rowFor("sam.jones@gmail.com")).getByText("Personal webmail")).toBeInTheDocument();
    expect(within(await rowFor("colleague@justice.gov.uk")).getByText("Partner practitioner")).toBeInTheDocument();
    const unknown = await rowFor("someone@example.com");
    expect(within(unknown).getByText("Unknown")).toBeInTheDocument();
    expect(within(unknown).getByLabelText("Bcc recipient")).toBeInTheDocument();
  });

  it("recognises the sender's own organisation", async () => {
    renderPane({ subject: "Ref 123", to: [{ emailAddress: "manager@nottinghamshire.gov.uk" }] }, { sender: "me@nottinghamshire.gov.uk" });
    expect(within(await rowFor("manager@nottinghamshire.gov.uk")).getByText("Own organisation")).toBeInTheDocument();
  });

  it("shows a named mailbox's area, schedule and notes", async () => {
    renderPane({ subject: "Ref 123", to: [{ emailAddress: "midlandsnps.derbyshirewest@justice.gov.uk" }] });
    const row = await rowFor("midlandsnps.derbyshirewest@justice.gov.uk");
    expect(within(row).getByText(/Buxton \(Derbyshire\)/)).toBeInTheDocument();
    expect(within(row).getByText("Monitored Tue–Thu only")).toBeInTheDocument();
    expect(within(row).getByText(/only monitored Tues-Thurs/)).toBeInTheDocument();
  });

  it("flags a look-alike with the address it probably meant", async () => {
    renderPane({ subject: "Ref 123", to: [{ emailAddress: "starting.point@derbyshlre.gov.uk" }] });
    const row = await rowFor("starting.point@derbyshlre.gov.uk");
    expect(row).toHaveAttribute("data-class", "lookalike");
    expect(within(row).getByText("Look-alike address")).toBeInTheDocument();
    expect(within(row).getByText("Probably meant: starting.point@derbyshire.gov.uk")).toBeInTheDocument();
  });

  it("flags a display name that shows another address", async () => {
    renderPane({ subject: "Ref 123", to: [{ displayName: "starting.point@derbyshire.gov.uk", emailAddress: "someone@example.com" }] });
    const row = await rowFor("someone@example.com");
    expect(within(row).getByText("Name shows another address")).toBeInTheDocument();
    expect(within(row).getByText("The display name shows starting.point@derbyshire.gov.uk")).toBeInTheDocument();
  });

  it("says when there are no recipients", async () => {
    renderPane({ subject: "Ref 123" });
    expect(await screen.findByText("No recipients yet.")).toBeInTheDocument();
  });
});
