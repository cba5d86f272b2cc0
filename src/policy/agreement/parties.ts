/**
 * Which deployed agreements apply to a message: those the sender's organisation is a party to.
 * An agreement joins a sender and a recipient when both organisations are its parties; the
 * recipient side is decided by the classifier over the applicable agreements' parties (see
 * joinedParties), the sender side here.
 *
 * The sender is matched by address the way recipients are: one of a partner's named mailboxes,
 * or an active domain of the partner, exactly (no subdomains), never a shared platform's domain
 * (nhs.net: any NHS body's staff, whose own agreements SafeShare cannot tell). A recipient there
 * does count as the partner that lists the platform (recipients/recipientIndex.ts). Pure; never
 * throws.
 */
import { SHARED_PLATFORMS } from "./sharedPlatforms";
import type { Agreement, Partner } from "./types";

/** The plain address inside "Name <a@b>", or the text itself, trimmed and lower-cased. */
export function plainAddress(sender: string): string {
  const open = sender.lastIndexOf("<");
  const close = sender.lastIndexOf(">");
  const inner = open >= 0 && close > open ? sender.slice(open + 1, close) : sender;
  return inner.trim().toLowerCase();
}

/** The sender's organisation in `agreement`, or undefined when it is not a party. */
export function senderPartyIn(agreement: Agreement, sender: string): Partner | undefined {
  const address = plainAddress(sender);
  const at = address.lastIndexOf("@");
  if (at <= 0) return undefined;
  const domain = address.slice(at + 1);
  for (const partner of agreement.partners) {
    if (partner.lifecycle.status !== "active") continue;
    if (partner.mailboxes.some((m) => m.address === address)) return partner;
    if (!SHARED_PLATFORMS.has(domain) && partner.domains.some((d) => d.status === "active" && d.domain === domain)) return partner;
  }
  return undefined;
}

/** The agreements that apply to a message from `sender`, in deployment order. */
export interface ApplicableAgreements {
  agreements: readonly Agreement[];
  /** "party": the sender is a party to each of them; "none": to none of the deployed ones;
   * "unknown": no sender was given, so every deployed agreement applies. */
  sender: "party" | "none" | "unknown";
}

/** One array per distinct subset of a deployed set, so classifiers cached per array are reused
 * from one check to the next. */
const subsetCache = new WeakMap<readonly Agreement[], Map<string, readonly Agreement[]>>();

function sameSubset(deployed: readonly Agreement[], subset: Agreement[]): readonly Agreement[] {
  if (subset.length === deployed.length) return deployed;
  let bySet = subsetCache.get(deployed);
  if (bySet === undefined) subsetCache.set(deployed, (bySet = new Map()));
  const key = subset.map((a) => deployed.indexOf(a)).join(",");
  const seen = bySet.get(key);
  if (seen !== undefined) return seen;
  bySet.set(key, subset);
  return subset;
}

export function applicableAgreements(deployed: readonly Agreement[], sender: string | undefined): ApplicableAgreements {
  if (sender === undefined || plainAddress(sender).indexOf("@") <= 0) return { agreements: deployed, sender: "unknown" };
  const agreements = sameSubset(deployed, deployed.filter((a) => senderPartyIn(a, sender) !== undefined));
  return { agreements, sender: agreements.length > 0 ? "party" : "none" };
}

/** The agreements, among `agreements`, that have `partnerId` as a party. */
export function agreementsWithPartner(agreements: readonly Agreement[], partnerId: string): Agreement[] {
  return agreements.filter((a) => a.partners.some((p) => p.id === partnerId));
}

function mergePartner(into: Partner, more: Partner): Partner {
  const domains = into.domains.slice();
  for (const d of more.domains) if (!domains.some((x) => x.domain === d.domain)) domains.push(d);
  const mailboxes = into.mailboxes.slice();
  for (const m of more.mailboxes) if (!mailboxes.some((x) => x.address === m.address)) mailboxes.push(m);
  return { ...into, domains, mailboxes };
}

const joinedCache = new WeakMap<readonly Agreement[], { partners: Partner[] }>();

/**
 * The parties of several agreements as one list, for the recipient classifier: a partner that
 * appears in several (same id: the set lint holds ids to one organisation) is merged, with every
 * domain and mailbox any of them gives it. Cached per array.
 */
export function joinedParties(agreements: readonly Agreement[]): { partners: Partner[] } {
  const cached = joinedCache.get(agreements);
  if (cached !== undefined) return cached;
  const byId = new Map<string, Partner>();
  for (const agreement of agreements) {
    for (const partner of agreement.partners) {
      const seen = byId.get(partner.id);
      byId.set(partner.id, seen === undefined ? partner : mergePartner(seen, partner));
    }
  }
  const value = { partners: Array.from(byId.values()) };
  joinedCache.set(agreements, value);
  return value;
}
