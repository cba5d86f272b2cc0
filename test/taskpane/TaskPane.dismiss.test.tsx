/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { parseMessageState } from "../../src/outlook/messageState";
import { renderPane } from "./paneHarness";

const MESSAGE = { subject: "KPC request for John Smith", to: [{ displayName: "Starting Point", emailAddress: "starting.point@derbyshire.gov.uk" }] };
const NAME_FINDING = "subject-personal-data:person-name:john smith";

describe("task pane dismissals", () => {
  it("dismisses a finding with a listed reason, keeps it in sessionData, lists it and undoes it", async () => {
    const user = userEvent.setup();
    const { item } = renderPane(MESSAGE);
    const subject = await screen.findByTestId("group-subject");
    await user.click(within(subject).getByRole("button", { name: /^Dismiss: The subject contains a name/ }));
    const dialog = await screen.findByRole("form", { name: "Dismiss this finding" });
    await user.click(within(dialog).getByRole("radio", { name: "Not personal data" }));
    await user.click(within(dialog).getByRole("button", { name: "Dismiss" }));

    const dismissed = await screen.findByTestId("dismissed");
    expect(dismissed).toHaveTextContent("Reason: Not personal data");
    expect(screen.queryByRole("form", { name: "Dismiss this finding" })).toBeNull();
    expect(parseMessageState(item.state.sessionData.safeshare).dismissals).toEqual([{ findingId: NAME_FINDING, reason: "Not personal data" }]);
    expect(within(screen.getByTestId("group-subject")).queryByText(/contains a name/)).toBeNull();

    await user.click(within(dismissed).getByRole("button", { name: /^Undo dismissal/ }));
    await waitFor(() => expect(screen.queryByTestId("dismissed")).toBeNull());
    expect(parseMessageState(item.state.sessionData.safeshare).dismissals).toEqual([]);
    expect(within(screen.getByTestId("group-subject")).getByText(/contains a name/)).toBeInTheDocument();
  });

  it("takes a typed reason, and refuses an empty one with a message", async () => {
    const user = userEvent.setup();
    const { item } = renderPane(MESSAGE);
    const subject = await screen.findByTestId("group-subject");
    await user.click(within(subject).getByRole("button", { name: /^Dismiss: The subject contains a name/ }));
    const dialog = await screen.findByRole("form", { name: "Dismiss this finding" });
    await user.click(within(dialog).getByRole("button", { name: "Dismiss" }));
    expect(within(dialog).getByText("Choose a reason.")).toBeInTheDocument();
    await user.click(within(dialog).getByRole("radio", { name: "Another reason" }));
    await user.click(within(dialog).getByRole("button", { name: "Dismiss" }));
    expect(within(dialog).getByText("Say why this does not apply.")).toBeInTheDocument();
    await user.type(within(dialog).getByRole("textbox", { name: "Your reason" }), "Name of the officer, not the child");
    await user.click(within(dialog).getByRole("button", { name: "Dismiss" }));
    expect(await screen.findByTestId("dismissed")).toHaveTextContent("Reason: Name of the officer, not the child");
    expect(parseMessageState(item.state.sessionData.safeshare).dismissals[0]?.reason).toBe("Name of the officer, not the child");
  });

  it("shows an error and keeps the finding when the dismissal cannot be stored", async () => {
    const user = userEvent.setup();
    const { item } = renderPane(MESSAGE);
    const subject = await screen.findByTestId("group-subject");
    item.failNext("sessionData.setAsync", { message: "Storage is full." });
    await user.click(within(subject).getByRole("button", { name: /^Dismiss: The subject contains a name/ }));
    const dialog = await screen.findByRole("form", { name: "Dismiss this finding" });
    await user.click(within(dialog).getByRole("radio", { name: "Recipient confirmed by telephone" }));
    await user.click(within(dialog).getByRole("button", { name: "Dismiss" }));
    await screen.findByText("Dismissing did not work; the message was not changed.");
    expect(screen.queryByTestId("dismissed")).toBeNull();
    expect(within(screen.getByTestId("group-subject")).getByText(/contains a name/)).toBeInTheDocument();
  });

  it("honours dismissals already stored for the message", async () => {
    const { item } = renderPane(MESSAGE, {}, {});
    item.sessionData.setAsync("safeshare", JSON.stringify({ dismissals: [{ findingId: NAME_FINDING, reason: "Not personal data" }] }));
    await userEvent.setup().click(await screen.findByRole("button", { name: "Check again" }));
    expect(await screen.findByTestId("dismissed")).toHaveTextContent("Not personal data");
  });
});
