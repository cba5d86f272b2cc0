/** Whether a recipient is on a secure route of the agreement: a named partner mailbox, or an
 * individual on a partner's active domain — and not a look-alike of one. */
import { addressClassOf, findClass, type RecipientClass } from "../recipients/types";

export function isSecureRoute(c: RecipientClass): boolean {
  if (findClass(c, "lookalike")) return false;
  const where = addressClassOf(c).kind;
  return where === "partner-mailbox" || where === "partner-domain";
}

/** Plain-English name of where a recipient's mail goes, for messages. */
export function describeClass(c: RecipientClass): string {
  const lookalike = findClass(c, "lookalike");
  if (lookalike) return `a look-alike of ${lookalike.lookalikeOf}`;
  const where = addressClassOf(c);
  switch (where.kind) {
    case "partner-mailbox":
      return `${where.partner.name}'s ${where.mailbox.name} mailbox`;
    case "partner-domain":
      return `${where.partner.name} (${where.domain})`;
    case "own-organisation":
      return "your own organisation, which is not a party to this agreement";
    case "public-sector":
      return "a public-sector organisation that is not a party to this agreement";
    case "webmail":
      return `personal webmail (${where.provider})`;
    case "retired-format":
      return "a retired secure-email address";
    case "invalid":
      return "not a valid e-mail address";
    default:
      return "outside the agreement";
  }
}
