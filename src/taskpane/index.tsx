/** Task pane entry: waits for Office, then renders the pane for the compose item. */
import { createRoot } from "react-dom/client";
import { PaneHost, type OfficeHostLike } from "./PaneHost";

Office.onReady(() => {
  const container = document.getElementById("root");
  // Outside Outlook (the page opened in a browser) there is no item: the pane says so.
  if (container) createRoot(container).render(<PaneHost office={Office as unknown as OfficeHostLike} />);
});
