/**
 * Sensitivity labels in the built dist/launchevent.js: OnSensitivityLabelChanged shows or clears
 * the marking notice; the Send check counts a mapped label as the marking and records it; a
 * client without labels (Mailbox 1.12) or a catalogue that fails behaves as before.
 */
import { SimulatedComposeItem } from "../../src/preview/simulatedItem";
import { SimulatedLabelsCatalog } from "../../src/preview/simulatedLabels";
import { fire, loadInJsRuntime, settle } from "./jsRuntime";

const NOW = "2026-11-25T10:00:00Z";
const PERSONAL = "6f1a2c10-0000-4000-8000-000000000004";
const OFFICIAL = "6f1a2c10-0000-4000-8000-000000000002";
const CASE = {
  subject: "Known Persons Check – Ref X123456",
  to: [{ emailAddress: "starting.point@derbyshire.gov.uk" }],
  body: "Hi Sam,\n\nPlease complete a KPC for John Smith (DOB 12/03/1985) of 14 Ashbourne Road, Belper DE56 1AA.\n\nThanks",
};

async function run(handler: string, item: SimulatedComposeItem, labels: SimulatedLabelsCatalog | undefined, mailboxVersion = "1.15") {
  const { office } = loadInJsRuntime({ item, mailboxVersion, now: NOW, ...(labels ? { labels } : {}) });
  const done = await fire(office, handler);
  await settle();
  expect(done.calls()).toBe(1);
  return done;
}

describe("sensitivity labels (dist/launchevent.js in a JavaScript-only context)", () => {
  it("label changed away from OFFICIAL-SENSITIVE on a case message: the marking notice; back again: cleared", async () => {
    const labels = new SimulatedLabelsCatalog();
    const item = new SimulatedComposeItem(CASE);
    loadInJsRuntime({ item, now: NOW, labels });
    item.applyLabel(OFFICIAL);
    await run("onSensitivityLabelChangedHandler", item, labels);
    expect(item.state.notifications).toEqual([
      expect.objectContaining({ key: "safeshare-marking", type: "informationalMessage", message: "SafeShare: this message holds case data but is not marked OFFICIAL-SENSITIVE. Open SafeShare to mark it before you send." }),
    ]);
    item.applyLabel(PERSONAL);
    await run("onSensitivityLabelChangedHandler", item, labels);
    expect(item.state.notifications).toEqual([]);
  });

  it("Send: a mapped label is the marking (no warning), and the record carries it", async () => {
    const labels = new SimulatedLabelsCatalog();
    const item = new SimulatedComposeItem(CASE);
    loadInJsRuntime({ item, now: NOW, labels });
    item.applyLabel(PERSONAL);
    const done = await run("onMessageSendHandler", item, labels);
    expect(done.options).toEqual({ allowEvent: true });
    expect(item.state.internetHeaders["X-SafeShare-Label"]).toBe(`OFFICIAL-SENSITIVE/Personal; id=${PERSONAL}`);
  });

  it("Send: a label that is not mapped is not the marking: the usual warning", async () => {
    const labels = new SimulatedLabelsCatalog();
    const item = new SimulatedComposeItem(CASE);
    loadInJsRuntime({ item, now: NOW, labels });
    item.applyLabel(OFFICIAL);
    const done = await run("onMessageSendHandler", item, labels);
    expect(done.options?.allowEvent).toBe(false);
    expect(done.options?.errorMessage).toContain("OFFICIAL-SENSITIVE");
  });

  it("Send on Mailbox 1.12: no label calls, the same decision as before (sent: these clients cannot offer Send Anyway)", async () => {
    const item = new SimulatedComposeItem(CASE);
    const done = await run("onMessageSendHandler", item, undefined, "1.12");
    expect(done.options).toEqual({ allowEvent: true });
    expect(item.calls.some((c) => c.startsWith("sensitivityLabel"))).toBe(false);
  });

  it("Send with a catalogue that fails: checked as unlabelled, never 'could not check'", async () => {
    const labels = new SimulatedLabelsCatalog();
    labels.failNext("getAsync");
    const item = new SimulatedComposeItem({ ...CASE, subject: "OFFICIAL-SENSITIVE: Known Persons Check – Ref X123456" });
    const done = await run("onMessageSendHandler", item, labels);
    expect(done.options).toEqual({ allowEvent: true });
    expect(item.state.internetHeaders["X-SafeShare-Label"]).toBeUndefined();
  });
});
