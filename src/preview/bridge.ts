/**
 * How the preview's compose page and the task pane in its iframe talk: the page puts a bridge
 * on its window, and the pane page (same origin) reads it from window.parent — much as a real
 * pane reads Office.context from its host.
 */
import type { CheckResult } from "../taskpane/usePaneCheck";
import type { SimulatedOffice } from "./simulatedOffice";

export const BRIDGE_KEY = "safesharePreview";

export interface PreviewBridge {
  office: SimulatedOffice;
  /** The preview's clock (a scenario may fix it to a given day). */
  now(): Date;
  /** Called with "light" | "dark" when the user switches the theme; returns an unsubscribe. */
  onThemeChange(listener: (theme: "light" | "dark") => void): () => void;
  /** The pane reports each check, so the page can mirror the verdict and log its timing. */
  reportCheck(result: CheckResult): void;
  /** Every check's read+check time in ms, for the browser tests' log. */
  timings: number[];
}

export function bridgeOf(win: Window): PreviewBridge | undefined {
  return (win as unknown as Record<string, PreviewBridge | undefined>)[BRIDGE_KEY];
}

export function installBridge(win: Window, bridge: PreviewBridge): void {
  (win as unknown as Record<string, PreviewBridge>)[BRIDGE_KEY] = bridge;
}
