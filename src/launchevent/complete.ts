/**
 * Completes an Outlook event exactly once without ever throwing into Outlook: an exception
 * here would leave the Send event hanging until Outlook's own timeout.
 */
import type { CompletableEvent } from "./officeLike";

export function completeSafely(event: CompletableEvent, options?: Office.SmartAlertsEventCompletedOptions): boolean {
  try {
    if (options === undefined) event.completed();
    else event.completed(options);
    return true;
  } catch {
    return false;
  }
}
