/** The reasons offered when a user dismisses a finding; any other reason can be typed. */
import { MAX_REASON_LENGTH } from "../../outlook/messageState";

export const DISMISS_REASONS: readonly string[] = [
  "Not personal data",
  "Recipient confirmed by telephone",
  "Agreed with my manager",
  "The person has consented",
  "Already shared by another route",
];

export type ReasonCheck = { ok: true; reason: string } | { ok: false; message: string };

/** A typed reason: trimmed, not empty, within what message state keeps. */
export function checkReason(text: string): ReasonCheck {
  const reason = text.trim().replace(/\s+/g, " ");
  if (!reason) return { ok: false, message: "Say why this does not apply." };
  if (reason.length > MAX_REASON_LENGTH) return { ok: false, message: `Keep the reason to ${MAX_REASON_LENGTH} characters (it is ${reason.length}).` };
  return { ok: true, reason };
}
