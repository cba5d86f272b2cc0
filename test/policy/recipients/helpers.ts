/** Builds what destinationOf and the overlays take, for one address, as the classifier does. */
import { hostParts } from "../../../src/policy/recipients/domain";
import type { AddressFacts } from "../../../src/policy/recipients/destination";
import { parseAddress } from "../../../src/policy/recipients/parseAddress";
import { createPublicSectorDomains, type PublicSectorDomains } from "../../../src/policy/recipients/publicSector";
import { senderOrganisation } from "../../../src/policy/recipients/senderOrganisation";

/** A small list, so these tests do not depend on the shipped one. */
export const testPublicSector: PublicSectorDomains = createPublicSectorDomains([
  { pattern: "nottinghamshire.gov.uk", organisationType: "local_authority" },
  { pattern: "eastsussex.gov.uk", organisationType: "local_authority" },
  { pattern: "*.police.uk", organisationType: "police" },
]);

export function factsFor(address: string, sender?: string, ps: PublicSectorDomains = testPublicSector): AddressFacts {
  const parsed = parseAddress(address);
  if (!parsed.ok || parsed.isDomainLiteral) throw new Error(`test address ${address} must parse to a domain`);
  return { parsed, parts: hostParts(parsed.domainAscii), sender: senderOrganisation(sender), psMatch: ps.match(parsed.domainAscii) };
}
