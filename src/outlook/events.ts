/** Subscribes to Outlook's RecipientsChanged event on a compose item; resolves to an unsubscribe. */
import type { ComposeItem } from "./composeItem";
import { officeCall } from "./officeAsync";

// office.js defines Office.EventType.RecipientsChanged only once a host script has loaded;
// this is its value in every host.
export const RECIPIENTS_CHANGED = "olkRecipientsChanged" as unknown as Office.EventType;

export async function onRecipientsChanged(item: ComposeItem, handler: () => void): Promise<() => void> {
  const add = item.addHandlerAsync;
  if (typeof add !== "function") return () => undefined;
  await officeCall<void>("addHandlerAsync(RecipientsChanged)", (cb) => add.call(item, RECIPIENTS_CHANGED, () => handler(), cb));
  return () => {
    if (typeof item.removeHandlerAsync === "function") item.removeHandlerAsync(RECIPIENTS_CHANGED, () => undefined);
  };
}
