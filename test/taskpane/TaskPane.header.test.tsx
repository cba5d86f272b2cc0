/** @jest-environment jsdom */
import { screen, waitFor } from "@testing-library/react";
import { renderPane } from "./paneHarness";

const CLEAN = {
  subject: "OFFICIAL-SENSITIVE: Known Persons Check – Ref KPC-2026-0142",
  to: [{ displayName: "Starting Point", emailAddress: "starting.point@derbyshire.gov.uk" }],
  body: "Please see the attached request.",
};

describe("task pane header", () => {
  it("shows the agreement in force, its review date and that it is past review", async () => {
    renderPane(CLEAN);
    expect(await screen.findByText(/Data Processing Summary: probation services/)).toBeInTheDocument();
    expect(screen.getByText(/review date 26 June 2021/)).toBeInTheDocument();
    expect(screen.getByText(/was due for review on 26 June 2021/)).toBeInTheDocument();
  });

  it("announces a block verdict with the number of findings in a live region", async () => {
    renderPane({ ...CLEAN, subject: "KPC request for John Smith DOB 12/03/1985" });
    const verdict = await screen.findByTestId("verdict");
    await waitFor(() => expect(verdict).toHaveAttribute("data-verdict", "block"));
    expect(verdict.closest('[role="status"]')).not.toBeNull();
    expect(verdict).toHaveTextContent(/Blocked: 2 problems to fix before sending/);
  });

  it("says warn, not block, when only warnings remain", async () => {
    // Case data on the agreed route, but the subject lacks the marking: one warning.
    renderPane({ ...CLEAN, subject: "Known Persons Check – Ref KPC-2026-0142", body: "Please complete a KPC for John Smith (DOB 12/03/1985)." });
    const verdict = await screen.findByTestId("verdict");
    await waitFor(() => expect(verdict).toHaveAttribute("data-verdict", "warn"));
    expect(verdict).toHaveTextContent(/Check before sending: 1 warning/);
  });

  it("says there is no message outside Outlook", () => {
    renderPane(CLEAN, { item: null });
    expect(screen.getByText("Open SafeShare from a message you are writing in Outlook.")).toBeInTheDocument();
    expect(screen.queryByTestId("verdict")).toBeNull();
  });
});
