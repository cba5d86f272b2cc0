/** @jest-environment jsdom */
import "./jsdomSetup";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { scenarioById } from "../../src/preview/scenarios";
import { SimulatedComposeItem } from "../../src/preview/simulatedItem";
import { SimulatedLabelsCatalog } from "../../src/preview/simulatedLabels";
import { createSimulatedOffice } from "../../src/preview/simulatedOffice";
import { TaskPane } from "../../src/taskpane/TaskPane";
import { SENDER, WEDNESDAY } from "./paneHarness";

const OFFICIAL = "6f1a2c10-0000-4000-8000-000000000002";
const PERSONAL = "6f1a2c10-0000-4000-8000-000000000004";

function renderLabelled(label: string, options: { version?: string; catalog?: SimulatedLabelsCatalog } = {}) {
  const scenario = scenarioById("labelled-kpc");
  if (!scenario) throw new Error("the preview has no labelled scenario");
  const item = new SimulatedComposeItem(scenario.message);
  const labels = options.catalog ?? new SimulatedLabelsCatalog();
  const office = createSimulatedOffice({ item, labels, mailboxVersion: options.version ?? "1.15" });
  if (label && item.sensitivityLabel) item.applyLabel(label);
  render(<TaskPane item={item} labels={office.context} sender={SENDER} now={() => WEDNESDAY} pollMs={0} debounceMs={0} />);
  return { item, office, scenario };
}

function markingFindings() {
  return screen.queryAllByTestId("finding").filter((f) => f.getAttribute("data-rule") === "protective-marking");
}

async function checked() {
  await waitFor(() => expect(screen.getByTestId("verdict")).not.toHaveAttribute("data-verdict", "checking"));
}

describe("task pane and sensitivity labels", () => {
  it("the preview's labelled message: the OFFICIAL-SENSITIVE label is the marking, so nothing to fix", async () => {
    const { scenario } = renderLabelled(PERSONAL);
    expect(scenario.sensitivityLabel).toBe(PERSONAL);
    await checked();
    expect(markingFindings()).toEqual([]);
    expect(screen.getByTestId("verdict")).toHaveAttribute("data-verdict", "pass");
  });

  it("a label that is not mapped: the marking warning offers the mapped label, and applying it clears the warning", async () => {
    const { item } = renderLabelled(OFFICIAL);
    await waitFor(() => expect(markingFindings()).toHaveLength(1));
    const [finding] = markingFindings();
    await userEvent.click(within(finding as HTMLElement).getByRole("button", { name: "Apply label and add OFFICIAL-SENSITIVE" }));
    await waitFor(() => expect(markingFindings()).toEqual([]));
    expect(item.state.sensitivityLabel).toBe(PERSONAL);
    expect(item.state.subject).toBe("OFFICIAL-SENSITIVE: Known Persons Check – Ref X123456");
    expect(await screen.findByText("Sensitivity label OFFICIAL-SENSITIVE/Personal applied and marking added to the subject.")).toBeInTheDocument();
  });

  it("re-checks when the user changes the label in Outlook (SensitivityLabelChanged)", async () => {
    const { item } = renderLabelled(PERSONAL);
    await checked();
    expect(markingFindings()).toEqual([]);
    item.applyLabel(OFFICIAL);
    await waitFor(() => expect(markingFindings()).toHaveLength(1));
  });

  it("a catalogue with no mapped label: the subject fix, and a note saying why no label is offered", async () => {
    renderLabelled("", { catalog: new SimulatedLabelsCatalog({ labels: [{ id: "a", name: "Public" }, { id: "b", name: "OFFICIAL" }] }) });
    await waitFor(() => expect(markingFindings()).toHaveLength(1));
    expect(within(markingFindings()[0] as HTMLElement).getByRole("button", { name: "Add OFFICIAL-SENSITIVE" })).toBeInTheDocument();
    expect(screen.getAllByTestId("finding").some((f) => f.getAttribute("data-rule") === "sensitivity-label-unmapped")).toBe(true);
  });

  it("a catalogue that fails to load: as without labels, and nothing said about labels", async () => {
    const catalog = new SimulatedLabelsCatalog();
    catalog.failNext("getAsync");
    renderLabelled("", { catalog });
    await waitFor(() => expect(markingFindings()).toHaveLength(1));
    expect(within(markingFindings()[0] as HTMLElement).getByRole("button", { name: "Add OFFICIAL-SENSITIVE" })).toBeInTheDocument();
    expect(screen.getAllByTestId("finding").some((f) => f.getAttribute("data-rule") === "sensitivity-label-unmapped")).toBe(false);
    expect(screen.queryByText(/label/i)).toBeNull();
  });

  it("Mailbox 1.12: no labels, the subject fix as before", async () => {
    renderLabelled("", { version: "1.12" });
    await waitFor(() => expect(markingFindings()).toHaveLength(1));
    expect(within(markingFindings()[0] as HTMLElement).getByRole("button", { name: "Add OFFICIAL-SENSITIVE" })).toBeInTheDocument();
  });
});
