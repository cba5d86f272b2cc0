/** Shared set-up for the pane's component tests: a simulated item and a fixed clock. */
import "./jsdomSetup";
import { render } from "@testing-library/react";
import { TaskPane, type TaskPaneProps } from "../../src/taskpane/TaskPane";
import { SimulatedComposeItem, type SimulatedMessage, type SimulatedItemOptions } from "../../src/preview/simulatedItem";

/** Wednesday 25 November 2026, 10:00 London: Buxton's mailbox is read on Wednesdays. */
export const WEDNESDAY = new Date("2026-11-25T10:00:00Z");
/** Monday 23 November 2026, 10:00 London. */
export const MONDAY = new Date("2026-11-23T10:00:00Z");

export const SENDER = "sam.practitioner@justice.gov.uk";

export function renderPane(message: SimulatedMessage, props: Partial<TaskPaneProps> = {}, options: SimulatedItemOptions = {}) {
  const item = new SimulatedComposeItem(message, options);
  const now = props.now ?? (() => WEDNESDAY);
  const view = render(<TaskPane item={item} sender={SENDER} now={now} pollMs={0} debounceMs={0} {...props} />);
  return { item, ...view };
}
