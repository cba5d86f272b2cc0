/**
 * Sensitivity labels on the simulated item and Office (Mailbox 1.13): read into the Snapshot,
 * feature-detected, and never failing the read; the set-label fix; the label in the sharing record.
 */
import { applyFix } from "../../src/outlook/applyFix";
import { reportOf } from "../support/report";
import { readSnapshot } from "../../src/outlook/readSnapshot";
import { LABELS_DEADLINE_MS, readLabels } from "../../src/outlook/sensitivityLabels";
import { buildSharingRecord, HEADER_LABEL, recordHeaders } from "../../src/outlook/sharingRecord";
import { derbyshireAgreement } from "../../src/policy/agreement";
import type { Report } from "../../src/policy/check";
import { SimulatedComposeItem } from "../../src/preview/simulatedItem";
import { SAMPLE_LABELS, SimulatedLabelsCatalog } from "../../src/preview/simulatedLabels";
import { createSimulatedOffice } from "../../src/preview/simulatedOffice";

const PERSONAL = "6f1a2c10-0000-4000-8000-000000000004";
const OFFICIAL = "6f1a2c10-0000-4000-8000-000000000002";
const PARENT = "6f1a2c10-0000-4000-8000-000000000003";

function client(options: { version?: string; labels?: SimulatedLabelsCatalog | null } = {}) {
  const item = new SimulatedComposeItem({ subject: "KPC – Ref X123456", body: "Hello" });
  const labels = options.labels === null ? undefined : (options.labels ?? new SimulatedLabelsCatalog());
  const office = createSimulatedOffice({ item, mailboxVersion: options.version ?? "1.15", ...(labels ? { labels } : {}) });
  return { item, office, catalog: labels };
}

describe("reading sensitivity labels", () => {
  it("reads the applied label by its GUID, names it from the catalogue, and lists the labels that can be applied", async () => {
    const { item, office } = client();
    item.applyLabel(PERSONAL);
    const snapshot = await readSnapshot(item, { labels: office.context });
    expect(snapshot.sensitivityLabel).toEqual({ id: PERSONAL, name: "Personal", parent: "OFFICIAL-SENSITIVE" });
    // The parent with sublabels cannot be applied itself, so only its sublabels are listed.
    expect(snapshot.labelCatalog?.map((l) => l.id)).toEqual(["6f1a2c10-0000-4000-8000-000000000001", OFFICIAL, PERSONAL, "6f1a2c10-0000-4000-8000-000000000005"]);
    expect(item.calls).toEqual(expect.arrayContaining(["sensitivityLabel.getAsync"]));
  });

  it("reads the tenant's catalogue once and the message's label every time (the pane re-reads on each change)", async () => {
    const { item, office, catalog } = client();
    await readSnapshot(item, { labels: office.context });
    item.applyLabel(PERSONAL);
    const second = await readSnapshot(item, { labels: office.context });
    expect(second.sensitivityLabel?.id).toBe(PERSONAL);
    expect(catalog?.calls).toEqual(["getIsEnabledAsync", "getAsync"]);
    expect(item.calls.filter((c) => c === "sensitivityLabel.getAsync")).toHaveLength(2);
  });

  it("an unlabelled message has no label, and the catalogue is still read", async () => {
    const { item, office } = client();
    const snapshot = await readSnapshot(item, { labels: office.context });
    expect(snapshot.sensitivityLabel).toBeUndefined();
    expect(snapshot.labelCatalog).toHaveLength(4);
  });

  it("asks whether the catalogue is enabled first; a disabled catalogue (no labels in the tenant) means no labels", async () => {
    const { item, office, catalog } = client({ labels: new SimulatedLabelsCatalog({ enabled: false }) });
    const snapshot = await readSnapshot(item, { labels: office.context });
    expect(snapshot.sensitivityLabel).toBeUndefined();
    expect(snapshot.labelCatalog).toBeUndefined();
    expect(catalog?.calls).toEqual(["getIsEnabledAsync"]);
    expect(item.calls).not.toContain("sensitivityLabel.getAsync");
  });

  it("on Mailbox 1.12 nothing about labels is called, and the message reads as before", async () => {
    const { item, office } = client({ version: "1.12" });
    expect(item.sensitivityLabel).toBeUndefined();
    expect(office.context.sensitivityLabelsCatalog).toBeUndefined();
    const snapshot = await readSnapshot(item, { labels: office.context });
    expect(snapshot.subject).toBe("KPC – Ref X123456");
    expect(snapshot.labelCatalog).toBeUndefined();
    expect(item.calls.some((c) => c.startsWith("sensitivityLabel"))).toBe(false);
  });

  it("an empty catalogue is read as empty: nothing to offer", async () => {
    const { item, office } = client({ labels: new SimulatedLabelsCatalog({ labels: [] }) });
    expect((await readSnapshot(item, { labels: office.context })).labelCatalog).toEqual([]);
  });

  it.each(["getIsEnabledAsync", "getAsync"])("a failed %s is no labels, never a failed read", async (operation) => {
    const { item, office, catalog } = client();
    item.applyLabel(PERSONAL);
    catalog?.failNext(operation);
    const snapshot = await readSnapshot(item, { labels: office.context });
    expect(snapshot.body).toContain("Hello");
    expect(snapshot.sensitivityLabel).toBeUndefined();
    expect(snapshot.labelCatalog).toBeUndefined();
  });

  it("a failed sensitivityLabel.getAsync is no label, never a failed read", async () => {
    const { item, office } = client();
    item.failNext("sensitivityLabel.getAsync");
    const snapshot = await readSnapshot(item, { labels: office.context });
    expect(snapshot.sensitivityLabel).toBeUndefined();
    expect(snapshot.labelCatalog).toBeUndefined();
  });

  it("a catalogue slower than the labels deadline is no labels, and the read is not held up", async () => {
    const { item, office, catalog } = client();
    catalog?.delay("getAsync", LABELS_DEADLINE_MS + 300);
    const started = Date.now();
    const snapshot = await readSnapshot(item, { labels: office.context });
    expect(Date.now() - started).toBeLessThan(LABELS_DEADLINE_MS + 250);
    expect(snapshot.labelCatalog).toBeUndefined();
    await new Promise((r) => setTimeout(r, 400)); // let the late answer arrive (and be ignored)
  });

  it("a label the catalogue does not list keeps its GUID with no name (so it never counts as the marking)", async () => {
    const catalog = new SimulatedLabelsCatalog();
    const { item, office } = client({ labels: catalog });
    item.applyLabel(OFFICIAL);
    catalog.labels = SAMPLE_LABELS.filter((l) => l.id !== OFFICIAL);
    expect((await readLabels(item, office.context))?.applied).toEqual({ id: OFFICIAL, name: "" });
  });
});

describe("the set-label fix", () => {
  it("applies the label and the marked subject", async () => {
    const { item } = client();
    await applyFix(item, { type: "set-label", label: "", labelId: PERSONAL, labelName: "OFFICIAL-SENSITIVE/Personal", subject: "OFFICIAL-SENSITIVE: KPC – Ref X123456" });
    expect(item.state.sensitivityLabel).toBe(PERSONAL);
    expect(item.state.subject).toBe("OFFICIAL-SENSITIVE: KPC – Ref X123456");
  });

  it("applies the label alone when the deployment chose so", async () => {
    const { item } = client();
    await applyFix(item, { type: "set-label", label: "", labelId: PERSONAL, labelName: "OFFICIAL-SENSITIVE/Personal" });
    expect(item.state.sensitivityLabel).toBe(PERSONAL);
    expect(item.state.subject).toBe("KPC – Ref X123456");
  });

  it("when Outlook refuses the label, the subject is put back and the error names the call", async () => {
    const { item } = client();
    item.failNext("sensitivityLabel.setAsync", { message: "Label downgrade needs a justification." });
    await expect(applyFix(item, { type: "set-label", label: "", labelId: PERSONAL, labelName: "x", subject: "OFFICIAL-SENSITIVE: KPC – Ref X123456" })).rejects.toThrow(
      "sensitivityLabel.setAsync failed: Label downgrade needs a justification.",
    );
    expect(item.state.subject).toBe("KPC – Ref X123456");
    expect(item.state.sensitivityLabel).toBe("");
  });

  it("the simulated item refuses a parent label with sublabels, as Outlook does", async () => {
    const { item } = client();
    await expect(applyFix(item, { type: "set-label", label: "", labelId: PARENT, labelName: "OFFICIAL-SENSITIVE" })).rejects.toThrow(/sublabels/);
  });

  it("on a client without labels it says so and changes nothing", async () => {
    const { item } = client({ version: "1.12" });
    await expect(applyFix(item, { type: "set-label", label: "", labelId: PERSONAL, labelName: "x", subject: "OFFICIAL-SENSITIVE: x" })).rejects.toThrow("does not let add-ins set the sensitivity label");
    expect(item.state.subject).toBe("KPC – Ref X123456");
  });
});

describe("the label in the sharing record", () => {
  const report: Report = reportOf({ verdict: "pass", findings: [], caseData: true });
  const now = new Date("2026-11-25T10:00:00Z");

  it("carries the label's name and GUID in the header and the property", () => {
    const record = buildSharingRecord(report, derbyshireAgreement, "kpc", "0.1.0", now, { id: PERSONAL, name: "Personal", parent: "OFFICIAL-SENSITIVE" });
    expect(record.label).toEqual({ id: PERSONAL, name: "OFFICIAL-SENSITIVE/Personal" });
    expect(recordHeaders(record)[HEADER_LABEL]).toBe(`OFFICIAL-SENSITIVE/Personal; id=${PERSONAL}`);
  });

  it("no label: no label header, as before", () => {
    const record = buildSharingRecord(report, derbyshireAgreement, "kpc", "0.1.0", now);
    expect(record.label).toBeUndefined();
    expect(HEADER_LABEL in recordHeaders(record)).toBe(false);
  });
});
