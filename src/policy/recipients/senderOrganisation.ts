/**
 * The sender's organisation, as recipient classification needs it: its registrable domain (for
 * own-organisation), whether that domain is shared by many organisations (nhs.net, cjsm.net,
 * webmail: two addresses there are not the same organisation), and a look-alike target for it.
 */
import { SHARED_PLATFORMS } from "../agreement/sharedPlatforms";
import { hostParts } from "./domain";
import { makeTarget, type LookalikeTarget } from "./lookalike";
import { parseAddress } from "./parseAddress";
import { webmailProvider } from "./webmail";

/** Shared platforms: two addresses there are not the same organisation. */
export { SHARED_PLATFORMS };

export interface SenderOrganisation {
  /** The sender's registrable domain, ASCII ("derbyshire.gov.uk"). */
  registrable: string;
  /** A shared platform or webmail: not one organisation. */
  shared: boolean;
  /** Look-alikes of the sender's own domain are caught too; none for a shared one. */
  target: LookalikeTarget | null;
}

/** From "Name <a@b>" or a bare address; null when absent, unparseable or a domain literal. */
export function senderOrganisation(raw: string | undefined): SenderOrganisation | null {
  if (typeof raw !== "string" || raw.trim() === "") return null;
  const p = parseAddress(raw);
  if (!p.ok || p.isDomainLiteral) return null;
  const parts = hostParts(p.domainAscii);
  const registrable = parts.registrable;
  const shared = SHARED_PLATFORMS.has(registrable) || webmailProvider(parts) !== null;
  return { registrable, shared, target: shared ? null : makeTarget(registrable, "own-organisation") };
}
