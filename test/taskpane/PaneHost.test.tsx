/** @jest-environment jsdom */
import "./jsdomSetup";
import { act, render, screen, waitFor } from "@testing-library/react";
import { createSimulatedOffice } from "../../src/preview/simulatedOffice";
import { SimulatedComposeItem } from "../../src/preview/simulatedItem";
import { PaneHost, type OfficeHostLike } from "../../src/taskpane/PaneHost";

const now = () => new Date("2026-11-25T10:00:00Z");

describe("PaneHost", () => {
  it("follows Office's dark theme and checks as the signed-in user", async () => {
    const item = new SimulatedComposeItem({ subject: "Ref 1", to: [{ emailAddress: "manager@nottinghamshire.gov.uk" }] });
    const office = createSimulatedOffice({ item, theme: "dark", user: { emailAddress: "me@nottinghamshire.gov.uk", displayName: "Me" } });
    const { container } = render(<PaneHost office={office as unknown as OfficeHostLike} now={now} pollMs={0} />);
    expect(container.querySelector("main")).toHaveAttribute("data-theme", "dark");
    expect(await screen.findByText("Own organisation")).toBeInTheDocument();
  });

  it("follows ItemChanged to the newly selected message when pinned", async () => {
    const first = new SimulatedComposeItem({ subject: "Ref 1", to: [{ emailAddress: "one@gmail.com" }] });
    const second = new SimulatedComposeItem({ subject: "Ref 2", to: [{ emailAddress: "starting.point@derbyshire.gov.uk" }] });
    let handler: ((args: unknown) => void) | undefined;
    const office = {
      context: {
        mailbox: { item: first as unknown, userProfile: { emailAddress: "sam.practitioner@justice.gov.uk" }, addHandlerAsync: (_t: string, h: (args: unknown) => void) => void (handler = h) },
        officeTheme: { isDarkTheme: false },
      },
    };
    render(<PaneHost office={office} now={now} pollMs={0} />);
    expect(await screen.findByText("one@gmail.com")).toBeInTheDocument();
    office.context.mailbox.item = second;
    act(() => handler?.({ type: "olkItemChanged" }));
    await waitFor(() => expect(screen.getByText("starting.point@derbyshire.gov.uk")).toBeInTheDocument());
    expect(screen.queryByText("one@gmail.com")).toBeNull();
  });

  it("says there is no message when Office gives no compose item", () => {
    render(<PaneHost office={{ context: { mailbox: null } }} now={now} pollMs={0} />);
    expect(screen.getByText("Open SafeShare from a message you are writing in Outlook.")).toBeInTheDocument();
  });
});
