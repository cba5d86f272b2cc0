/**
 * A sender party to none of the deployed agreements (an NHSmail user: nhs.net identifies no one
 * organisation) still must not send case data to an organisation that no deployed agreement
 * names (a venue, a supplier, a private company, or a council, force or trust outside them all:
 * "nottscc.gov.uk", "notts.police.uk"), nor to a partner's public-facing inbox
 * ("customer.services@leics.gov.uk"). SafeShare cannot
 * check such a sender's routes, but every route it knows of is closed to that address. Colleagues
 * at the sender's own domain are left alone (a charity worker writing to a colleague).
 */
import { domainOf } from "../agreement/formats";
import { plainAddress } from "../agreement/parties";
import { addressClassOf, findClass } from "../recipients/types";
import { recipientRule, removeFix } from "./recipientRule";

export const recipientOutsideEveryAgreement = recipientRule({
  id: "recipient-outside-every-agreement",
  defaultSeverity: "block",
  fixes: ["remove-recipient"],
  // When the sender is party to none of the deployed agreements: case data to an organisation none of them names (not the sender's own) is blocked.
  description: "recipient outside every agreement",
  clause: "disclose-only-to-entitled",
  needsAgreement: false,
  judge(checked, context) {
    if (context.senderParty !== "none" || !context.hasCaseData) return null;
    if (findClass(checked.class, "lookalike") || findClass(checked.class, "webmail")) return null; // their own rules
    const where = addressClassOf(checked.class);
    // A partner's public-facing inbox ("customer.services@…") is no route either.
    const publicInbox = where.kind === "partner-domain" && !!where.generalInbox;
    if (where.kind !== "unknown" && where.kind !== "public-sector" && !publicInbox) return null;
    const domain = domainOf(checked.recipient.address).toLowerCase();
    // plainAddress lower-cases the sender's address.
    if (context.sender !== undefined && domain !== "" && domain === domainOf(plainAddress(context.sender))) return null;
    return {
      message: `${checked.recipient.address} is ${publicInbox ? "a public-facing inbox, not a route any of the agreements deployed here names" : "an organisation that none of the agreements deployed here names"}, and this message holds case data. Your own organisation is not a party to them, so SafeShare cannot check your routes, but case data must not go there.`,
      fix: removeFix(checked.recipient.address),
    };
  },
});
