/** Whether a recipient is on a secure route of the agreement: a named partner mailbox, or an
 * individual on a partner's active domain (not its public-facing inbox) — and not a look-alike of one. */
import { describeDestination } from "../recipients/describe";
import { addressClassOf, findClass, type RecipientClass } from "../recipients/types";

export function isSecureRoute(c: RecipientClass): boolean {
  if (findClass(c, "lookalike")) return false;
  const where = addressClassOf(c);
  return where.kind === "partner-mailbox" || (where.kind === "partner-domain" && !where.generalInbox);
}

/** Plain-English name of where a recipient's mail goes, for messages (worded in recipients/describe.ts). */
export function describeClass(c: RecipientClass): string {
  return describeDestination(c);
}
