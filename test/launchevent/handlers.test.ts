/**
 * The handlers called directly, as the preview page's Send button calls them: with the simulated
 * Office from src/preview/simulatedOffice.ts (this file also checks, at compile time, that it
 * satisfies OfficeLike), and with a clock passed in.
 */
import type { OfficeLike } from "../../src/launchevent/officeLike";
import { handleMessageSend } from "../../src/launchevent/onMessageSend";
import { handleRecipientsChanged } from "../../src/launchevent/onRecipientsChanged";
import { SAMPLE_MESSAGE } from "../../src/preview/sampleMessage";
import { SimulatedComposeItem } from "../../src/preview/simulatedItem";
import { createSimulatedOffice } from "../../src/preview/simulatedOffice";

const simulatedFits: (office: ReturnType<typeof createSimulatedOffice>) => OfficeLike = (office) => office;
void simulatedFits;

const NOW = new Date("2021-03-01T10:00:00Z");

it("handleMessageSend stops the preview's sample message and completes once", async () => {
  const office = createSimulatedOffice({ item: new SimulatedComposeItem(SAMPLE_MESSAGE) });
  const completed = jest.fn();
  await handleMessageSend({ completed }, office, { now: NOW });
  expect(completed).toHaveBeenCalledTimes(1);
  expect(completed.mock.calls[0]?.[0]).toMatchObject({ allowEvent: false, cancelLabel: "Fix in SafeShare", commandId: "SafeShare.OpenPaneButton" });
});

it("handleMessageSend never rejects, even when Office has no item and completed() throws", async () => {
  const office = createSimulatedOffice({ item: new SimulatedComposeItem() });
  (office.context.mailbox as { item: unknown }).item = null;
  const completed = jest.fn(() => {
    throw new Error("host gone");
  });
  await expect(handleMessageSend({ completed }, office)).resolves.toBeUndefined();
  expect(completed).toHaveBeenCalledWith(expect.objectContaining({ allowEvent: false, errorMessage: expect.stringContaining("Outlook did not provide the message being sent") }));
});

it("handleRecipientsChanged completes with no options and shows the notice", async () => {
  const item = new SimulatedComposeItem({ to: [{ emailAddress: "someone@example.com" }] });
  const completed = jest.fn();
  await handleRecipientsChanged({ completed }, createSimulatedOffice({ item }), { now: NOW });
  expect(completed).toHaveBeenCalledWith();
  expect(item.state.notifications).toHaveLength(1);
});
