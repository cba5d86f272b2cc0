/**
 * OnMessageRecipientsChanged in the built dist/launchevent.js: recipients re-checked alone, the
 * result kept in sessionData, at most one SafeShare notification shown, replaced or removed.
 */
import { SimulatedComposeItem, type SimulatedMessage } from "../../src/preview/simulatedItem";
import { fire, loadInJsRuntime, settle } from "./jsRuntime";

const NOW = "2021-03-01T10:00:00Z";
const PARTNER = { emailAddress: "starting.point@derbyshire.gov.uk" };

async function recipientsChanged(item: SimulatedComposeItem, mailboxVersion = "1.15") {
  const { office } = loadInJsRuntime({ item, mailboxVersion, now: NOW });
  const done = await fire(office, "onMessageRecipientsChangedHandler");
  await settle();
  expect(done.calls()).toBe(1);
  expect(done.options).toBeUndefined();
  return item.state;
}

function stateOf(item: SimulatedComposeItem) {
  return JSON.parse(item.state.sessionData.safeshare ?? "{}");
}

describe("recipients changed (dist/launchevent.js in a JavaScript-only context)", () => {
  it("shows one insight notice with an Open SafeShare action where the client has Mailbox 1.10", async () => {
    const item = new SimulatedComposeItem({ to: [{ emailAddress: "someone@example.com" }], cc: [{ emailAddress: "sam.jones@gmail.com" }], body: "Hello" });
    const state = await recipientsChanged(item, "1.12");
    expect(state.notifications).toEqual([
      {
        key: "safeshare-recipients",
        type: "insightMessage",
        message: "SafeShare: 2 recipients are outside the agreement's secure addresses. Open SafeShare to check before you send.",
        icon: "Icon.16x16",
        actions: [{ actionType: "showTaskPane", actionText: "Open SafeShare", commandId: "SafeShare.OpenPaneButton", contextData: '{"from":"recipients-changed"}' }],
      },
    ]);
  });

  it("an insight notice refused by the client falls back to the informational one", async () => {
    const item = new SimulatedComposeItem({ to: [{ emailAddress: "someone@example.com" }] });
    item.failNext("notificationMessages.replaceAsync", { name: "InvalidArgument", message: "Insight messages are not supported." });
    const state = await recipientsChanged(item);
    expect(state.notifications).toEqual([expect.objectContaining({ type: "informationalMessage", persistent: false })]);
  });

  it("shows one informational notice for recipients outside the agreement and records the check (clients before Mailbox 1.10)", async () => {
    const message: SimulatedMessage = { to: [PARTNER, { emailAddress: "someone@example.com" }], cc: [{ emailAddress: "sam.jones@gmail.com" }], body: "Hello" };
    const item = new SimulatedComposeItem(message);
    const state = await recipientsChanged(item, "1.9");
    expect(state.notifications).toEqual([
      {
        key: "safeshare-recipients",
        type: "informationalMessage",
        message: "SafeShare: 2 recipients are outside the agreement's secure addresses. Open SafeShare to check before you send.",
        icon: "Icon.16x16",
        persistent: false,
      },
    ]);
    expect(stateOf(item)).toEqual({
      dismissals: [],
      recipients: { verdict: "pass", outside: 2, findingIds: ["recipient-webmail:cc:sam.jones@gmail.com", "recipient-outside-agreement:to:someone@example.com"] },
    });
    expect(item.calls).not.toContain("body.getAsync"); // cheap: recipients only
  });

  it("replaces its notice rather than adding a second, as an error when a recipient would stop Send", async () => {
    const item = new SimulatedComposeItem({ to: [{ emailAddress: "someone@example.com" }] });
    await recipientsChanged(item);
    item.edit({ to: [{ emailAddress: "starting.point@derbyshlre.gov.uk" }] });
    const state = await recipientsChanged(item, "1.9");
    expect(state.notifications).toEqual([
      { key: "safeshare-recipients", type: "errorMessage", message: "SafeShare: 1 recipient would stop this message at Send. Open SafeShare to see why and fix it." },
    ]);
    expect(stateOf(item).recipients).toEqual({ verdict: "block", outside: 1, findingIds: ["recipient-lookalike:to:starting.point@derbyshlre.gov.uk"] });
  });

  it("removes its notice when the recipients are clean, and keeps the user's earlier notes", async () => {
    const item = new SimulatedComposeItem({ to: [{ emailAddress: "someone@example.com" }] });
    item.sessionData.setAsync("safeshare", JSON.stringify({ exchangeId: "kpc", dismissals: [{ findingId: "x", reason: "checked" }] }), () => undefined);
    await recipientsChanged(item);
    expect(item.state.notifications).toHaveLength(1);
    item.edit({ to: [PARTNER] });
    const state = await recipientsChanged(item);
    expect(state.notifications).toEqual([]);
    expect(stateOf(item)).toEqual({ exchangeId: "kpc", dismissals: [{ findingId: "x", reason: "checked" }], recipients: { verdict: "pass", outside: 0, findingIds: [] } });
  });

  it("a dismissed recipient finding does not raise the notice", async () => {
    const item = new SimulatedComposeItem({ to: [{ emailAddress: "someone@example.com" }] });
    item.sessionData.setAsync("safeshare", JSON.stringify({ dismissals: [{ findingId: "recipient-outside-agreement:to:someone@example.com", reason: "New partner, agreed by IG" }] }), () => undefined);
    const state = await recipientsChanged(item);
    expect(state.notifications).toEqual([]);
  });

  it("completes the event even when Outlook fails to give the recipients", async () => {
    const item = new SimulatedComposeItem({ to: [{ emailAddress: "someone@example.com" }] });
    item.failNext("to.getAsync");
    const state = await recipientsChanged(item);
    expect(state.notifications).toEqual([]);
  });

  it("still shows the notice where sessionData is missing (notes go to a custom property)", async () => {
    const item = new SimulatedComposeItem({ to: [{ emailAddress: "someone@example.com" }] }, { unsupported: ["sessionData"] });
    const state = await recipientsChanged(item, "1.12");
    expect(state.notifications).toHaveLength(1);
    expect(JSON.parse(String(state.customProperties.safeshare)).recipients).toMatchObject({ verdict: "pass", outside: 1 });
  });
});
