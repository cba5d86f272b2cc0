/**
 * How the message was started: item.getComposeTypeAsync (Mailbox 1.10) answers
 * {composeType: "newMail" | "reply" | "forward", coercionType: "html" | "text"}. Only the compose
 * type is kept. Feature-detected (the caller says whether the client supports Mailbox 1.10, and
 * the method must exist); any failure, slowness or an answer SafeShare does not know gives
 * undefined, so the message is checked as it was before compose types were read: this only ever
 * adds reply warnings, so it must never be the reason a message cannot be checked or sent.
 */
import { composeTypeOf, type ComposeType } from "../policy/reply/answered";
import type { ComposeItem } from "./composeItem";
import { withDeadline } from "./deadline";
import { officeCall } from "./officeAsync";

/** Inside the Send check's 3 seconds; a client this slow is read as "not reported". */
export const COMPOSE_TYPE_DEADLINE_MS = 1000;

export async function readComposeType(item: ComposeItem, supported: boolean, deadlineMs = COMPOSE_TYPE_DEADLINE_MS): Promise<ComposeType | undefined> {
  const get = item.getComposeTypeAsync;
  if (!supported || typeof get !== "function") return undefined;
  try {
    const value = await withDeadline(officeCall<unknown>("getComposeTypeAsync", (cb) => get.call(item, cb)), deadlineMs, "getComposeTypeAsync");
    return value && typeof value === "object" ? composeTypeOf((value as { composeType?: unknown }).composeType) : undefined;
  } catch {
    return undefined;
  }
}
