/**
 * OVERLAYS: warnings about how a recipient looks, on top of where the mail goes.
 * - lookalike: the domain imitates an agreement, sender's or public-sector domain (lookalike.ts),
 *   or a named mailbox's distinctive local part is at another domain. Never for a named mailbox,
 *   a retired format, or a known legitimate domain, except that local part at another agreement
 *   domain. Inside registrar-controlled namespaces (gov.uk, nhs.uk, police.uk…) the local part
 *   alone is not enough: near names there are other real bodies.
 * - display-name-mismatch: the display name, or a comment, holds a different address.
 */
import { mismatchedDisplayAddress } from "./displayName";
import { toUnicodeDomain } from "./domain";
import type { AddressFacts } from "./destination";
import { formatAddress } from "./parseAddress";
import type { PublicSectorMatch } from "./publicSector";
import type { RecipientIndex } from "./recipientIndex";
import { SHARED_PLATFORMS, type SenderOrganisation } from "./senderOrganisation";
import type { DisplayNameMismatchClass, LookalikeClass, RecipientClassBase } from "./types";
import { isWebmailDomain } from "./webmail";

/** Namespaces only eligible bodies can register in: near names there are other real bodies. */
const CONTROLLED_SUFFIXES = new Set<string>([
  "gov.uk", "ac.uk", "sch.uk", "nhs.uk", "police.uk", "mod.uk", "mil.uk", "parliament.uk", "nic.uk", "gov.scot",
  "gov.wales", "llyw.cymru", "parliament.scot", "gov.je", "gov.gg", "gov.im", "police.je",
]);

/** The display texts hold an address other than `actualKey` (null: the address did not parse). */
export function displayNameOverlay(texts: readonly string[], actualKey: string | null): DisplayNameMismatchClass | null {
  const shown = mismatchedDisplayAddress(texts, actualKey);
  return shown === null ? null : { kind: "display-name-mismatch", displayAddress: shown };
}

/** On the public-sector list, or under a registrar-controlled suffix. */
export function isControlledNamespace(host: string, psMatch: PublicSectorMatch | null): boolean {
  if (psMatch !== null) return true;
  for (let i = host.indexOf("."); i >= 0; i = host.indexOf(".", i + 1)) {
    if (CONTROLLED_SUFFIXES.has(host.slice(i + 1))) return true;
  }
  return false;
}

/** Never looked up for look-alikes: listed domains, webmail, shared platforms, the sender's own. */
function isKnownLegitimate(index: RecipientIndex, host: string, registrable: string, sender: SenderOrganisation | null): boolean {
  return (
    index.isListedDomain(host) ||
    index.isListedDomain(registrable) ||
    isWebmailDomain(registrable) ||
    SHARED_PLATFORMS.has(registrable) ||
    (sender !== null && sender.registrable === registrable)
  );
}

/** The look-alike overlay for a recipient whose address class is `addressClass`, or null. */
export function lookalikeOverlay(index: RecipientIndex, input: AddressFacts, addressClass: RecipientClassBase): LookalikeClass | null {
  const { parsed, parts, sender, psMatch } = input;
  const kind = addressClass.kind;
  if (kind === "partner-mailbox" || kind === "retired-format" || kind === "invalid") return null;
  const controlled = isControlledNamespace(parsed.domainAscii, psMatch);
  if (kind !== "partner-domain" && kind !== "own-organisation" && !isKnownLegitimate(index, parsed.domainAscii, parts.registrable, sender)) {
    const hit = index.lookalikes.find(
      { host: parsed.domainAscii, hostUnicode: parsed.domain, parts, isIdn: parsed.isIdn, controlled },
      sender !== null ? sender.target : null,
    );
    if (hit !== null) {
      const out: LookalikeClass = {
        kind: "lookalike",
        reason: hit.reason,
        probablyMeant: formatAddress(parsed.local, hit.target.domain),
        lookalikeOf: hit.target.domain,
        detail: hit.detail,
      };
      const named = index.mailboxAt(parsed.local, hit.target.domain);
      if (named !== undefined) {
        out.probablyMeant = named.mailbox.address;
        out.partner = named.partner;
        out.mailbox = named.mailbox;
      } else {
        const ref = index.activeRef(hit.target.domain);
        const partner = ref !== undefined ? ref.partner : hit.target.partner;
        if (partner !== undefined) out.partner = partner;
      }
      return out;
    }
  }
  // A named mailbox's local part at another domain: at another agreement domain, at webmail,
  // or at an unknown domain outside the controlled namespaces.
  if (kind === "partner-domain" || kind === "webmail" || (kind === "unknown" && !controlled)) {
    const refs = index.mailboxesWithLocal(parsed.local.toLowerCase());
    const ref = refs === undefined ? undefined : refs.filter((r) => r.domain !== parsed.domainAscii)[0];
    if (ref !== undefined) {
      return {
        kind: "lookalike",
        reason: "known-local-part",
        probablyMeant: ref.mailbox.address,
        lookalikeOf: ref.domain,
        detail: `${parsed.local} is the ${ref.mailbox.name} mailbox of ${ref.partner.name} at ${toUnicodeDomain(ref.domain)}, not at ${parsed.domain}`,
        partner: ref.partner,
        mailbox: ref.mailbox,
      };
    }
  }
  return null;
}
