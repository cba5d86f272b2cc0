/** A failure in words for the Smart Alerts dialog: what failed, never a stack trace. */
import { DeadlineError } from "../outlook/deadline";
import { OfficeCallError } from "../outlook/officeAsync";

/** "Error: x" (an error from another realm turned into a string) reads as "x". */
function withoutFinalStop(text: string): string {
  return text.trim().replace(/^[A-Za-z]*Error: /, "").replace(/[.\s]+$/, "");
}

export function describeFailure(error: unknown): string {
  try {
    if (error instanceof DeadlineError) return `${error.message.charAt(0).toLowerCase()}${error.message.slice(1)}.`;
    if (error instanceof OfficeCallError) {
      const reason = withoutFinalStop(error.message.slice(error.operation.length + " failed: ".length)) || "no reason given";
      return `Outlook did not return the message (${error.operation} failed: ${reason}).`;
    }
    if (error instanceof Error && error.message) return `an internal error occurred (${withoutFinalStop(error.message)}).`;
    return "an internal error occurred.";
  } catch {
    return "an internal error occurred.";
  }
}
