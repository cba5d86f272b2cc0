/** @jest-environment jsdom */
/**
 * Text from the message (subject, body excerpts, recipient names and addresses) and finding text
 * shown in the task pane never becomes markup: every payload shows as text, nothing runs.
 */
import { screen, waitFor } from "@testing-library/react";
import { renderPane } from "../taskpane/paneHarness";
import { FOREIGN_ELEMENTS, MARKUP_PAYLOADS } from "./markupPayloads";

const w = window as unknown as { __xss?: number };

/** Every attribute of every element: an `on…` attribute or a javascript: URL means markup got in. */
function dangerousAttributes(root: Element): string[] {
  const out: string[] = [];
  for (const el of Array.from(root.querySelectorAll("*"))) {
    for (const a of Array.from(el.attributes)) {
      if (/^on/i.test(a.name) || /^\s*javascript:/i.test(a.value)) out.push(`${el.tagName.toLowerCase()}[${a.name}=${a.value}]`);
    }
  }
  return out;
}

describe.each(MARKUP_PAYLOADS.map((p) => [p]))("task pane with %j in the message", (payload) => {
  it("shows it as text in the subject, excerpts and recipients, and runs nothing", async () => {
    delete w.__xss;
    const { container } = renderPane({
      subject: `KPC request for John Smith ${payload}`,
      to: [
        { displayName: `${payload} Jane`, emailAddress: "jane.doe@gmail.com" },
        { displayName: "Starting Point", emailAddress: "starting.point@derbyshire.gov.uk" },
      ],
      body: `Please check Kelly Brennan ${payload}, DOB 12/03/1985.`,
    });
    await waitFor(() => expect(screen.getByTestId("verdict")).toHaveAttribute("data-verdict", "block"));
    await screen.findAllByTestId("finding");
    expect(container.querySelectorAll(FOREIGN_ELEMENTS)).toHaveLength(0);
    expect(dangerousAttributes(container)).toEqual([]);
    expect(w.__xss).toBeUndefined();
    // The payload is on screen as the characters typed (the subject is shown whole).
    expect(container.textContent).toContain(payload);
  });
});
