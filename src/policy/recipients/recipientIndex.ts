/**
 * What the classifier looks recipients up in, built once per agreement and public-sector list:
 * the named mailboxes by address and by distinctive local part, the partner domains (active and
 * retired), the partners by id, the look-alike targets, and the hosts that are known legitimate
 * (never checked for look-alikes). Lookups are Map/Set reads; building is linear in the agreement.
 */
import type { Mailbox, Partner } from "../agreement/types";
import { SHARED_PLATFORMS } from "../agreement/sharedPlatforms";
import { normaliseDomain } from "./domain";
import { LookalikeIndex, makeTarget, type LookalikeTarget } from "./lookalike";
import { parseAddress } from "./parseAddress";
import type { PublicSectorDomains } from "./publicSector";
import type { RecipientAgreement } from "./types";

/** Local parts too common to suggest a mailbox when seen at another domain. */
const GENERIC_LOCAL_PARTS = new Set<string>([
  "info", "enquiries", "enquiry", "admin", "administrator", "office", "contact", "contactus", "hello", "mail", "email",
  "post", "reception", "referral", "referrals", "customerservices", "customer.services", "customerservice",
  "support", "help", "helpdesk", "sales", "accounts", "finance", "noreply", "no-reply", "postmaster", "abuse",
  "webmaster", "team", "safeguarding", "mash", "duty", "complaints", "foi", "dpo", "dataprotection", "secure",
  "securemail", "general", "main", "intake", "frontdoor", "frontdesk", "spoc",
]);

/** Shortest local part that counts as distinctive ("sophie.nuttall", not "ops"). */
const MIN_DISTINCTIVE_LOCAL = 5;
/** A partner's Criminal Justice Secure eMail domain is its own with this appended. */
const CJSM_SUFFIX = ".cjsm.net";

/** A named mailbox of the agreement; `local` lower-case, `domain` ASCII. */
export interface MailboxRef {
  partner: Partner;
  mailbox: Mailbox;
  local: string;
  domain: string;
}

/** One partner's use of a domain. */
export interface DomainRef {
  partner: Partner;
  status: "active" | "retired";
}

export function isDissolved(partner: Partner): boolean {
  return partner.lifecycle.status === "dissolved";
}

/** Earlier wins unless the later one's partner is active and the earlier one's dissolved. */
function better<T extends { partner: Partner }>(current: T | undefined, next: T): boolean {
  return current === undefined || (isDissolved(current.partner) && !isDissolved(next.partner));
}

interface PublicSectorTargets {
  targets: LookalikeTarget[];
  legit: Set<string>;
}

/** The list's targets are the same for every agreement: built once per list. */
const publicSectorTargetCache = new WeakMap<PublicSectorDomains, PublicSectorTargets>();

function publicSectorTargets(ps: PublicSectorDomains): PublicSectorTargets {
  const cached = publicSectorTargetCache.get(ps);
  if (cached !== undefined) return cached;
  const targets: LookalikeTarget[] = [];
  const legit = new Set<string>();
  for (const d of ps.exactDomains) {
    legit.add(d);
    const t = makeTarget(d, "public-sector");
    if (t !== null) {
      targets.push(t);
      // A listed subdomain ("mu.britishcouncil.org") makes its registrable domain legitimate too.
      legit.add(t.domain);
    }
  }
  const value = { targets, legit };
  publicSectorTargetCache.set(ps, value);
  return value;
}

export class RecipientIndex {
  readonly publicSector: PublicSectorDomains;
  /** The agreement's and the public-sector list's look-alike targets. */
  readonly lookalikes: LookalikeIndex;
  private readonly mailboxByKey = new Map<string, MailboxRef>();
  private readonly mailboxesByLocal = new Map<string, MailboxRef[]>();
  private readonly refsByDomain = new Map<string, DomainRef[]>();
  private readonly partnersById = new Map<string, Partner>();
  private readonly legit = new Set<string>();

  constructor(agreement: RecipientAgreement, publicSector: PublicSectorDomains) {
    this.publicSector = publicSector;
    const agreementTargets: LookalikeTarget[] = [];
    const addTarget = (domain: string, partner: Partner, mailbox?: Mailbox): void => {
      const t = makeTarget(domain, "agreement", partner, mailbox);
      if (t === null) return;
      agreementTargets.push(t);
      this.legit.add(domain);
      this.legit.add(t.domain);
    };
    const partners = agreement !== null && typeof agreement === "object" && Array.isArray(agreement.partners) ? agreement.partners : [];
    for (const partner of partners) {
      if (!this.partnersById.has(partner.id)) this.partnersById.set(partner.id, partner);
      // Active domains first, so look-alikes point at a domain in use.
      const domains = partner.domains.filter((d) => d.status === "active").concat(partner.domains.filter((d) => d.status !== "active"));
      for (const d of domains) {
        const n = normaliseDomain(d.domain);
        if (!n.ok) continue;
        // A shared platform (NHSmail) the agreement lists for a partner counts as the partner's:
        // the IG owner named it as the route (IOM: "NHS bodies, GPs"; lint says what it means).
        // A sender there is another matter (agreement/parties.ts).
        const list = this.refsByDomain.get(n.ascii) ?? [];
        list.push({ partner, status: d.status });
        this.refsByDomain.set(n.ascii, list);
        addTarget(n.ascii, partner);
      }
      // CJSM (Criminal Justice Secure eMail) gives a partner's staff their ordinary address with
      // ".cjsm.net" appended (partner-domains.json): a secure service run for the criminal justice
      // system, so the partner's CJSM domain is the partner's wherever the agreement lists the
      // plain one. A listing of the CJSM domain itself (LLR) is kept as written.
      for (const d of domains) {
        const n = normaliseDomain(d.domain);
        if (!n.ok || n.ascii.endsWith(CJSM_SUFFIX) || SHARED_PLATFORMS.has(n.ascii)) continue;
        const cjsm = n.ascii + CJSM_SUFFIX;
        if ((this.refsByDomain.get(cjsm) ?? []).some((r) => r.partner.id === partner.id)) continue;
        const list = this.refsByDomain.get(cjsm) ?? [];
        list.push({ partner, status: d.status });
        this.refsByDomain.set(cjsm, list);
        this.legit.add(cjsm);
      }
      for (const mailbox of partner.mailboxes) {
        const p = parseAddress(mailbox.address);
        if (!p.ok) continue;
        const ref: MailboxRef = { partner, mailbox, local: p.local.toLowerCase(), domain: p.domainAscii };
        if (better(this.mailboxByKey.get(p.key), ref)) this.mailboxByKey.set(p.key, ref);
        if (ref.local.length >= MIN_DISTINCTIVE_LOCAL && !GENERIC_LOCAL_PARTS.has(ref.local)) {
          const list = this.mailboxesByLocal.get(ref.local) ?? [];
          list.push(ref);
          this.mailboxesByLocal.set(ref.local, list);
        }
        addTarget(p.domainAscii, partner, mailbox);
      }
    }
    const ps = publicSectorTargets(publicSector);
    this.lookalikes = new LookalikeIndex(agreementTargets, ps.targets);
    ps.legit.forEach((d) => this.legit.add(d));
  }

  /** The named mailbox with this parsed key (`ParsedAddress.key`). */
  mailbox(key: string): MailboxRef | undefined {
    return this.mailboxByKey.get(key);
  }

  /** The named mailbox `local@domain` (any case of local; ASCII domain). */
  mailboxAt(local: string, domainAscii: string): MailboxRef | undefined {
    return this.mailboxByKey.get(local.toLowerCase() + "@" + domainAscii);
  }

  /** Named mailboxes with this distinctive local part (lower-case), in agreement order. */
  mailboxesWithLocal(local: string): readonly MailboxRef[] | undefined {
    return this.mailboxesByLocal.get(local);
  }

  /** Every partner's use of an ASCII domain, active domains of each partner first. */
  domainRefs(domain: string): readonly DomainRef[] | undefined {
    return this.refsByDomain.get(domain);
  }

  /** The partner using a domain actively (an active partner before a dissolved one). */
  activeRef(domain: string): DomainRef | undefined {
    let found: DomainRef | undefined;
    for (const r of this.refsByDomain.get(domain) ?? []) if (r.status === "active" && better(found, r)) found = r;
    return found;
  }

  partner(id: string): Partner | undefined {
    return this.partnersById.get(id);
  }

  /** An agreement or mailbox domain, or a public-sector list entry (or their registrable domain). */
  isListedDomain(domain: string): boolean {
    return this.legit.has(domain);
  }
}
