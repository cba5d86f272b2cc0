/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { scenarioById } from "../../src/preview/scenarios";
import { renderPane } from "./paneHarness";

async function verdictIs(verdict: string): Promise<void> {
  await waitFor(() => expect(screen.getByTestId("verdict")).toHaveAttribute("data-verdict", verdict));
}

describe("task pane: contact details set aside", () => {
  it("an ordinary reply with a signature and a quoted thread has no findings for contact details, and one quiet Set-aside line", async () => {
    const scenario = scenarioById("signature-and-thread");
    if (!scenario) throw new Error("the preview scenario is missing");
    renderPane(scenario.message, { sender: "alex.morgan@justice.gov.uk", senderName: "Alex Morgan" });
    await verdictIs("pass");
    // No finding lists a name, a phone number or an address from the signature, greeting or thread.
    const findings = screen.queryAllByTestId("finding").map((f) => f.textContent ?? "");
    for (const text of ["Alex Morgan", "01246 276761", "S41 7UJ", "Sophie", "Tom Fletcher"]) {
      expect(findings.join("\n")).not.toContain(text);
    }
    const note = screen.getByTestId("set-aside");
    const summary = note.querySelector("summary") as HTMLElement;
    expect(summary.textContent).toMatch(/^Set aside: your signature/);
    expect(summary.textContent).toMatch(/quoted/);
    // The expander shows each item and why.
    await userEvent.click(summary);
    expect(note).toHaveAttribute("open");
    expect(within(note).getByText(/Your own name and work contact details/)).toBeInTheDocument();
    expect(note.textContent).toContain("01246 276761");
  });

  it("shows no Set-aside line when nothing was set aside", async () => {
    renderPane({ subject: "Tuesday", to: [{ emailAddress: "starting.point@derbyshire.gov.uk" }], body: "See you then." });
    await verdictIs("pass");
    expect(screen.queryByTestId("set-aside")).toBeNull();
  });

  it("case data still shows as findings beside the Set-aside line", async () => {
    renderPane({
      subject: "Work placement",
      to: [{ emailAddress: "info@peakvolunteers.org.uk" }],
      body: "Hello,\n\nShannon Dale (DOB 01/02/1983), who is on licence for a sexual offence against a child, starts with you on Monday.\n\nThanks\n\nAlex Morgan\nProbation Officer\nT: 01246 276761",
    });
    await verdictIs("block");
    expect(screen.getAllByTestId("finding").some((f) => /case data/.test(f.textContent ?? ""))).toBe(true);
    expect(screen.getByTestId("set-aside").textContent).toMatch(/your signature/);
  });
});
