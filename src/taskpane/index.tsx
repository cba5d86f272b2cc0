/** Task pane entry: waits for Office, then renders the pane for the compose item. */
import { createRoot } from "react-dom/client";
import { TaskPane } from "./TaskPane";
import type { PaneItem } from "./TaskPane";

function mount(item: PaneItem | null): void {
  const container = document.getElementById("root");
  if (container) createRoot(container).render(<TaskPane item={item} />);
}

Office.onReady(() => {
  const mailbox = Office.context && Office.context.mailbox;
  // Outside Outlook (the page opened in a browser) there is no item: the pane says so.
  mount(mailbox && mailbox.item ? (mailbox.item as unknown as PaneItem) : null);
});
