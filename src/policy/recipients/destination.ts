/**
 * The ADDRESS class of a parsed recipient: where the mail actually goes. The first that holds:
 *   retired-format (*.gsi/gsx/gse/gcsx.gov.uk, *.pnn.police.uk, or a partner domain marked
 *   retired) → partner-mailbox → partner-domain (exact domain) → own-organisation →
 *   public-sector → webmail → unknown.
 * (`invalid`, for an address that does not parse, is decided before: there is no destination.)
 * A retired format says what the address probably is now, and whose it is, when that is known.
 */
import type { Mailbox, Partner } from "../agreement/types";
import { normaliseDomain, type HostParts } from "./domain";
import { formatAddress, type ParsedAddress } from "./parseAddress";
import type { PublicSectorMatch } from "./publicSector";
import { isDissolved, type MailboxRef, type RecipientIndex } from "./recipientIndex";
import { retiredFormat, type RetiredFormatMatch } from "./retired";
import { SHARED_PLATFORMS, type SenderOrganisation } from "./senderOrganisation";
import type { RecipientClassBase, RetiredFormatClass } from "./types";
import { webmailProvider } from "./webmail";

/** A parsed address and what is known about it: its host parts, the sender's organisation, its public-sector list entry. */
export interface AddressFacts {
  parsed: ParsedAddress;
  parts: HostParts;
  sender: SenderOrganisation | null;
  psMatch: PublicSectorMatch | null;
}

export function destinationOf(index: RecipientIndex, input: AddressFacts): RecipientClassBase {
  const { parsed, parts, sender, psMatch } = input;
  const mailbox = index.mailbox(parsed.key);
  const active = index.activeRef(parsed.domainAscii);
  const refs = index.domainRefs(parsed.domainAscii);
  const sameOrganisationAsSender = sender !== null && !sender.shared && sender.registrable === parts.registrable;

  const retired = retiredFormat(parsed.domainAscii);
  if (retired !== null) return retiredPattern(index, parsed, retired, mailbox);
  if (active === undefined && refs !== undefined && refs.length > 0) {
    const first = refs[0] as (typeof refs)[number];
    return retiredPartnerDomain(index, parsed, mailbox !== undefined ? mailbox.partner : first.partner, mailbox);
  }
  if (mailbox !== undefined) {
    return { kind: "partner-mailbox", partner: mailbox.partner, mailbox: mailbox.mailbox, partnerDissolved: isDissolved(mailbox.partner), sameOrganisationAsSender };
  }
  if (active !== undefined) {
    return { kind: "partner-domain", partner: active.partner, domain: parsed.domainAscii, generalInbox: isGeneralInbox(parsed.local), partnerDissolved: isDissolved(active.partner), sameOrganisationAsSender };
  }
  if (sameOrganisationAsSender && !SHARED_PLATFORMS.has(parts.registrable)) return { kind: "own-organisation", domain: parts.registrable };
  if (psMatch !== null) return { kind: "public-sector", pattern: psMatch.pattern, organisationType: psMatch.organisationType };
  const provider = webmailProvider(parts);
  if (provider !== null) return { kind: "webmail", provider };
  return { kind: "unknown" };
}

/** A retired network (GSi, PNN…): the current address is a named mailbox, else the known move or the address without the secure label. */
function retiredPattern(index: RecipientIndex, parsed: ParsedAddress, retired: RetiredFormatMatch, mailbox: MailboxRef | undefined): RetiredFormatClass {
  const out: RetiredFormatClass = { kind: "retired-format", pattern: retired.pattern, detail: "" };
  let partner: Partner | undefined = mailbox?.partner;
  let box: Mailbox | undefined = mailbox?.mailbox;
  if (retired.currentDomain !== null) {
    const now = index.mailboxAt(parsed.local, retired.currentDomain);
    if (now !== undefined) {
      out.currentAddress = now.mailbox.address;
      out.currentAddressBasis = "agreement-mailbox";
      partner = now.partner;
      box = now.mailbox;
    } else {
      out.currentAddress = formatAddress(parsed.local, retired.currentDomain);
      out.currentAddressBasis = retired.basis ?? "drop-secure-label";
      const ref = index.activeRef(retired.currentDomain);
      if (partner === undefined && ref !== undefined) partner = ref.partner;
    }
  }
  if (partner !== undefined) {
    out.partner = partner;
    out.partnerDissolved = isDissolved(partner);
  }
  if (box !== undefined) out.mailbox = box;
  out.detail =
    `${parsed.domain} is on the ${retired.network} network, ${retired.status}` +
    (out.currentAddress !== undefined ? `; the current address is probably ${out.currentAddress}` : "; ask the recipient for their current address");
  return out;
}

/** A domain the agreement marks retired: the current address is a named mailbox at one of the partner's active domains, else at its only one. */
function retiredPartnerDomain(index: RecipientIndex, parsed: ParsedAddress, partner: Partner, mailbox: MailboxRef | undefined): RetiredFormatClass {
  const out: RetiredFormatClass = { kind: "retired-format", pattern: "retired partner domain", detail: "", partner, partnerDissolved: isDissolved(partner) };
  if (mailbox !== undefined) out.mailbox = mailbox.mailbox;
  const activeDomains: string[] = [];
  for (const d of partner.domains) {
    if (d.status !== "active") continue;
    const n = normaliseDomain(d.domain);
    if (n.ok) activeDomains.push(n.ascii);
  }
  for (const d of activeDomains) {
    const now = index.mailboxAt(parsed.local, d);
    if (now !== undefined) {
      out.currentAddress = now.mailbox.address;
      out.currentAddressBasis = "agreement-mailbox";
      out.mailbox = now.mailbox;
      break;
    }
  }
  if (out.currentAddress === undefined && activeDomains.length === 1) {
    out.currentAddress = formatAddress(parsed.local, activeDomains[0] as string);
    out.currentAddressBasis = "partner-active-domain";
  }
  const note = partner.domains.filter((d) => d.domain === parsed.domainAscii && d.note !== undefined).map((d) => d.note)[0];
  let detail = `${parsed.domain} is marked retired for ${partner.name} in the agreement${note !== undefined ? ` (${note})` : ""}`;
  if (partner.lifecycle.status === "dissolved") {
    const movedTo = partner.lifecycle.functionsMovedTo !== undefined ? index.partner(partner.lifecycle.functionsMovedTo) : undefined;
    detail += `; ${partner.name} was dissolved on ${partner.lifecycle.on}` + (movedTo !== undefined ? ` and its work moved to ${movedTo.name}` : "");
  }
  if (out.currentAddress !== undefined) detail += `; the current address is probably ${out.currentAddress}`;
  out.detail = detail;
  return out;
}

/** Public-facing inboxes: the whole local part, read with its separators dropped ("enquiries",
 * "customer.services", "contact.centre", "noreply", "pals", "press.office"). A service's own inbox
 * ("mash.enquiries", "asc.customerservice") is a team's route, so only the whole part counts. The
 * agreements route case data to named people, teams and the mailboxes they list, not to these. */
const GENERAL_INBOX = /^(?:enquiries|enquiry|generalenquiries|publicenquiries|customerservices?|contactcentre|contactus|contact|info|hello|noreply|donotreply|pals|press|pressoffice|media|complaints|feedback|foi|switchboard|reception|admissions|schooladmissions|socialvisits)$/;

/** Whether a local part is a partner's public-facing inbox (see GENERAL_INBOX). */
export function isGeneralInbox(local: string): boolean {
  return GENERAL_INBOX.test(local.toLowerCase().replace(/[._-]+/g, ""));
}
