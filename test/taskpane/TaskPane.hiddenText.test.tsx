/** @jest-environment jsdom */
import { screen, waitFor } from "@testing-library/react";
import { renderPane } from "./paneHarness";

// The pane reads the body as the Send check does: personal data in hidden HTML counts.
const HIDDEN = {
  subject: "OFFICIAL-SENSITIVE: Known Persons Check – Ref KPC-2026-0142",
  to: [{ displayName: "Starting Point", emailAddress: "starting.point@derbyshire.gov.uk" }],
  bodyHtml: "<div>Please see the attached request.</div><!-- John Smith, NHS 943 476 5919 --><div style=\"display:none\">DOB 12/03/1985</div>",
};

describe("task pane: hidden text in an HTML body", () => {
  it("warns about personal data that only the hidden text holds", async () => {
    renderPane(HIDDEN);
    await waitFor(() => expect(screen.getByTestId("verdict")).toHaveAttribute("data-verdict", "warn"));
    const cards = screen.getAllByTestId("finding").filter((c) => c.getAttribute("data-rule") === "hidden-personal-data");
    expect(cards).toHaveLength(1);
    expect(cards[0]).toHaveTextContent(/hidden text/);
  });

  it("blocks it to a recipient off the secure routes, with a fix to remove them", async () => {
    renderPane({ ...HIDDEN, cc: [{ emailAddress: "sam.jones@gmail.com" }] });
    await waitFor(() => expect(screen.getByTestId("verdict")).toHaveAttribute("data-verdict", "block"));
    const blocking = screen.getAllByTestId("finding").filter((c) => c.getAttribute("data-rule") === "hidden-personal-data" && c.getAttribute("data-severity") === "block");
    expect(blocking).toHaveLength(1);
    expect(blocking[0]).toHaveTextContent(/sam\.jones@gmail\.com is not on a secure route/);
  });

  it("says nothing of hidden text when there is none", async () => {
    renderPane({ ...HIDDEN, bodyHtml: "<div>Please see the attached request.</div>" });
    await waitFor(() => expect(screen.getByTestId("verdict")).toHaveAttribute("data-verdict", "pass"));
    expect(screen.queryAllByTestId("finding").filter((c) => c.getAttribute("data-rule") === "hidden-personal-data")).toHaveLength(0);
  });
});
