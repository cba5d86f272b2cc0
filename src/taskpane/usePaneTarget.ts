/**
 * Where the pane should open: the finding a Smart Alerts "Fix in SafeShare" named in its
 * contextData. Read once when the pane loads (a pane opened, or relaunched, from the dialog) and
 * again on InitializationContextChanged where the client raises it (Mailbox 1.15: the open pane
 * is not relaunched; see src/outlook/paneContext.ts for the documented behaviour). Anything
 * missing or malformed is no target: the pane shows what it always shows.
 */
import { useEffect, useState } from "react";
import type { ComposeItem } from "../outlook/composeItem";
import { onPaneContextChanged, readPaneContext, type PaneTarget } from "../outlook/paneContext";
import type { PaneSupport } from "./model/paneSupport";

/** The target with a sequence number, so the same finding named twice is shown again. */
export interface PaneTargetRequest {
  target: PaneTarget;
  seq: number;
}

export function usePaneTarget(item: ComposeItem | null, support: PaneSupport): PaneTargetRequest | null {
  const [request, setRequest] = useState<PaneTargetRequest | null>(null);
  useEffect(() => {
    if (!item) return undefined;
    let live = true;
    let seq = 0;
    const show = (target: PaneTarget | null) => {
      if (live && target) setRequest({ target, seq: ++seq });
    };
    void readPaneContext(item, support.initializationContext).then(show);
    let off: (() => void) | undefined;
    void onPaneContextChanged(item, support.contextChanged, show).then((unsubscribe) => (live ? (off = unsubscribe) : unsubscribe()));
    return () => {
      live = false;
      if (off) off();
    };
  }, [item, support.initializationContext, support.contextChanged]);
  return request;
}
