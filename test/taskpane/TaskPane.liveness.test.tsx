/** @jest-environment jsdom */
import { act, screen, waitFor, within } from "@testing-library/react";
import type { CheckResult } from "../../src/taskpane/usePaneCheck";
import { renderPane } from "./paneHarness";

const MESSAGE = { subject: "OFFICIAL-SENSITIVE: Ref 42", to: [{ displayName: "Starting Point", emailAddress: "starting.point@derbyshire.gov.uk" }] };

function countReads(calls: string[]): number {
  return calls.filter((c) => c === "subject.getAsync").length;
}

describe("task pane liveness", () => {
  it("re-checks when Outlook raises RecipientsChanged", async () => {
    const { item } = renderPane(MESSAGE);
    await screen.findByRole("heading", { name: "Recipients (1)" });
    act(() => item.edit({ cc: [{ emailAddress: "sam.jones@gmail.com" }] }));
    await screen.findByRole("heading", { name: "Recipients (2)" });
    const rows = screen.getAllByTestId("recipient");
    expect(within(rows[1] as HTMLElement).getByText("Personal webmail")).toBeInTheDocument();
  });

  it("polls while visible, re-checking only when something changed", async () => {
    const checks: CheckResult[] = [];
    const { item } = renderPane(MESSAGE, { pollMs: 10, onChecked: (r) => checks.push(r) });
    await waitFor(() => expect(countReads(item.calls)).toBeGreaterThanOrEqual(4));
    expect(checks).toHaveLength(1);

    act(() => item.edit({ subject: "KPC for John Smith" }));
    await waitFor(() => expect(screen.getByTestId("verdict")).toHaveAttribute("data-verdict", "block"));
    expect(checks).toHaveLength(2);
    expect(checks[1]?.snapshot.subject).toBe("KPC for John Smith");
  });

  it("re-checks when the pane becomes visible again", async () => {
    const checks: CheckResult[] = [];
    const { item } = renderPane(MESSAGE, { onChecked: (r) => checks.push(r) });
    await waitFor(() => expect(checks).toHaveLength(1));
    item.edit({ subject: "KPC for John Smith" });
    act(() => void document.dispatchEvent(new Event("visibilitychange")));
    await waitFor(() => expect(checks).toHaveLength(2));
    expect(screen.getByTestId("verdict")).toHaveAttribute("data-verdict", "block");
  });

  it("shows an error, not a pass, when the message cannot be read", async () => {
    const { item } = renderPane(MESSAGE, {}, {});
    await waitFor(() => expect(screen.getByTestId("verdict")).toHaveAttribute("data-verdict", "pass"));
    item.failNext("body.getAsync", { message: "The body is not available." });
    await act(async () => screen.getByRole("button", { name: "Check again" }).click());
    await waitFor(() => expect(screen.getByTestId("verdict")).toHaveAttribute("data-verdict", "error"));
    expect(screen.getByText(/body.getAsync failed: The body is not available./)).toBeInTheDocument();
  });
});
