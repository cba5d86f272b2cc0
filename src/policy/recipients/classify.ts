/**
 * Classifies each recipient against an agreement and the sender's own organisation.
 *
 * `RecipientClassifier` is built once per agreement (and public-sector list): it indexes the
 * named mailboxes by address and by local part, the partner domains, and the look-alike targets.
 * `classify` is then a parse plus a handful of Map lookups and bounded edit distances.
 * `classifyRecipient` keeps one classifier per (agreement, list) pair in a WeakMap.
 *
 * The ADDRESS class (where the mail goes), first that holds:
 *   invalid → retired-format (*.gsi/gsx/gse/gcsx.gov.uk, *.pnn.police.uk, or a partner domain
 *   marked retired) → partner-mailbox → partner-domain (exact domain) → own-organisation →
 *   public-sector → webmail → unknown.
 * OVERLAYS: lookalike (never for a named mailbox, a retired format, or a known legitimate
 * domain, except a named mailbox's local part at another agreement domain), and
 * display-name-mismatch (the display name, or a comment, holds a different address).
 * Primary = lookalike, else display-name-mismatch, else the address class; the others go to
 * `alsoNote` in that order. Pure, synchronous, never throws.
 */
import type { Mailbox, Partner } from "../agreement/types";
import type { Recipient } from "../snapshot";
import { mismatchedDisplayAddress } from "./displayName";
import { hostParts, normaliseDomain, toUnicodeDomain, type HostParts } from "./domain";
import { LookalikeIndex, makeTarget, type LookalikeTarget } from "./lookalike";
import { formatAddress, libraryBudget, parseAddress, type LibraryBudget, type ParsedAddress } from "./parseAddress";
import { ukPublicSectorDomains, type PublicSectorDomains, type PublicSectorMatch } from "./publicSector";
import { retiredFormat, type RetiredFormatMatch } from "./retired";
import type {
  LookalikeClass,
  RecipientAgreement,
  RecipientClass,
  RecipientClassBase,
  RetiredFormatClass,
} from "./types";
import { isWebmailDomain, webmailProvider } from "./webmail";

export interface RecipientContext {
  agreement: RecipientAgreement;
  /** The sender's address ("Name <a@b>" or bare), for own-organisation; absent = unknown. */
  senderAddress?: string;
  /** Defaults to the shipped UK list. */
  publicSector?: PublicSectorDomains;
}

export interface ClassifierOptions {
  /** Defaults to the shipped UK list (ukPublicSectorDomains()). */
  publicSector?: PublicSectorDomains;
}

/** Namespaces only eligible bodies can register in: near names there are other real bodies. */
const CONTROLLED_SUFFIXES = new Set<string>([
  "gov.uk", "ac.uk", "sch.uk", "nhs.uk", "police.uk", "mod.uk", "mil.uk", "parliament.uk", "nic.uk", "gov.scot",
  "gov.wales", "llyw.cymru", "parliament.scot", "gov.je", "gov.gg", "gov.im", "police.je",
]);

/** Shared platforms: two addresses there are not the same organisation. */
const SHARED_PLATFORMS = new Set<string>(["nhs.net", "cjsm.net"]);

/** Local parts too common to suggest a mailbox when seen at another domain. */
const GENERIC_LOCAL_PARTS = new Set<string>([
  "info", "enquiries", "enquiry", "admin", "administrator", "office", "contact", "contactus", "hello", "mail", "email",
  "post", "reception", "referral", "referrals", "customerservices", "customer.services", "customerservice",
  "support", "help", "helpdesk", "sales", "accounts", "finance", "noreply", "no-reply", "postmaster", "abuse",
  "webmaster", "team", "safeguarding", "mash", "duty", "complaints", "foi", "dpo", "dataprotection", "secure",
  "securemail", "general", "main", "intake", "frontdoor", "frontdesk", "spoc",
]);

interface MailboxRef {
  partner: Partner;
  mailbox: Mailbox;
  local: string;
  domain: string;
}

interface DomainRef {
  partner: Partner;
  status: "active" | "retired";
}

interface SenderInfo {
  registrable: string;
  shared: boolean;
  target: LookalikeTarget | null;
}

interface PublicSectorTargets {
  targets: LookalikeTarget[];
  legit: Set<string>;
}

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

function isDissolved(partner: Partner): boolean {
  return partner.lifecycle.status === "dissolved";
}

/** Earlier wins unless the later one's partner is active and the earlier one's dissolved. */
function better<T extends { partner: Partner }>(current: T | undefined, next: T): boolean {
  return current === undefined || (isDissolved(current.partner) && !isDissolved(next.partner));
}

export class RecipientClassifier {
  private readonly mailboxByKey = new Map<string, MailboxRef>();
  private readonly mailboxesByLocal = new Map<string, MailboxRef[]>();
  private readonly domainRefs = new Map<string, DomainRef[]>();
  private readonly partnersById = new Map<string, Partner>();
  /** Hosts and registrable domains never checked for look-alikes. */
  private readonly legit = new Set<string>();
  private readonly publicSector: PublicSectorDomains;
  private readonly index: LookalikeIndex;
  private lastSender: { raw: string; info: SenderInfo | null } | null = null;

  constructor(agreement: RecipientAgreement, options: ClassifierOptions = {}) {
    this.publicSector = options.publicSector ?? ukPublicSectorDomains();
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
        const list = this.domainRefs.get(n.ascii) ?? [];
        list.push({ partner, status: d.status });
        this.domainRefs.set(n.ascii, list);
        addTarget(n.ascii, partner);
      }
      for (const mailbox of partner.mailboxes) {
        const p = parseAddress(mailbox.address);
        if (!p.ok) continue;
        const ref: MailboxRef = { partner, mailbox, local: p.local.toLowerCase(), domain: p.domainAscii };
        if (better(this.mailboxByKey.get(p.key), ref)) this.mailboxByKey.set(p.key, ref);
        if (ref.local.length >= 5 && !GENERIC_LOCAL_PARTS.has(ref.local)) {
          const list = this.mailboxesByLocal.get(ref.local) ?? [];
          list.push(ref);
          this.mailboxesByLocal.set(ref.local, list);
        }
        addTarget(p.domainAscii, partner, mailbox);
      }
    }
    const ps = publicSectorTargets(this.publicSector);
    this.index = new LookalikeIndex(agreementTargets, ps.targets);
    ps.legit.forEach((d) => this.legit.add(d));
  }

  /** Classifies every recipient (To, Cc and Bcc alike). */
  classifyAll(recipients: readonly Recipient[], senderAddress?: string): RecipientClass[] {
    const list = Array.isArray(recipients) ? recipients : [];
    const budget = libraryBudget();
    return list.map((r) => this.classify(r, senderAddress, budget));
  }

  /** Classifies one recipient. Never throws. Recipients of one message share a `budget`, so
   * thousands of hostile addresses cannot each cost the RFC 5322 library its worst case. */
  classify(recipient: Recipient, senderAddress?: string, budget?: LibraryBudget): RecipientClass {
    const given: Recipient = {
      name: recipient !== null && typeof recipient === "object" && typeof recipient.name === "string" ? recipient.name : "",
      address: recipient !== null && typeof recipient === "object" && typeof recipient.address === "string" ? recipient.address : "",
    };
    try {
      return this.classifyParsed(given, senderAddress, budget);
    } catch (error) {
      // Defensive: nothing above should throw; if it does, say so rather than break Send.
      const reason = "could not be checked: " + (error instanceof Error ? error.message : String(error));
      return { kind: "invalid", problem: "unparseable", reason, recipient: given, address: null, alsoNote: [] };
    }
  }

  private classifyParsed(given: Recipient, senderAddress: string | undefined, budget: LibraryBudget | undefined): RecipientClass {
    const parsed = parseAddress(given.address, budget);
    if (!parsed.ok) {
      const alsoNote: RecipientClassBase[] = [];
      const shown = mismatchedDisplayAddress([given.name, parsed.displayName], null);
      if (shown !== null) alsoNote.push({ kind: "display-name-mismatch", displayAddress: shown });
      return { kind: "invalid", problem: parsed.problem, reason: parsed.message, recipient: given, address: null, alsoNote };
    }
    const texts = [given.name];
    if (parsed.displayName !== "" && parsed.displayName !== given.name) texts.push(parsed.displayName);
    const shown = mismatchedDisplayAddress(texts.concat(parsed.comments), parsed.key);
    const mismatch: RecipientClassBase | null = shown === null ? null : { kind: "display-name-mismatch", displayAddress: shown };

    const parts = parsed.isDomainLiteral ? null : hostParts(parsed.domainAscii);
    const sender = this.senderInfo(senderAddress);
    const psMatch = parts === null ? null : this.publicSector.match(parsed.domainAscii);
    const addressClass = parts === null ? ({ kind: "unknown" } as const) : this.addressClass(parsed, parts, sender, psMatch);
    const lookalike = parts === null ? null : this.lookalike(parsed, parts, sender, psMatch, addressClass);

    const primary: RecipientClassBase = lookalike ?? mismatch ?? addressClass;
    const alsoNote: RecipientClassBase[] = [];
    for (const c of [lookalike, mismatch, addressClass]) if (c !== null && c !== primary) alsoNote.push(c);
    return { ...primary, recipient: given, address: parsed, alsoNote } as RecipientClass;
  }

  private senderInfo(raw: string | undefined): SenderInfo | null {
    if (typeof raw !== "string" || raw.trim() === "") return null;
    if (this.lastSender !== null && this.lastSender.raw === raw) return this.lastSender.info;
    let info: SenderInfo | null = null;
    const p = parseAddress(raw);
    if (p.ok && !p.isDomainLiteral) {
      const registrable = hostParts(p.domainAscii).registrable;
      const shared = SHARED_PLATFORMS.has(registrable) || webmailProvider(hostParts(p.domainAscii)) !== null;
      info = { registrable, shared, target: shared ? null : makeTarget(registrable, "own-organisation") };
    }
    this.lastSender = { raw, info };
    return info;
  }

  /** The partner using a domain actively (an active partner before a dissolved one). */
  private activeRef(domain: string): DomainRef | undefined {
    let found: DomainRef | undefined;
    for (const r of this.domainRefs.get(domain) ?? []) if (r.status === "active" && better(found, r)) found = r;
    return found;
  }

  private addressClass(parsed: ParsedAddress, parts: HostParts, sender: SenderInfo | null, psMatch: PublicSectorMatch | null): RecipientClassBase {
    const mailbox = this.mailboxByKey.get(parsed.key);
    const active = this.activeRef(parsed.domainAscii);
    const refs = this.domainRefs.get(parsed.domainAscii);
    const sameOrganisationAsSender = sender !== null && !sender.shared && sender.registrable === parts.registrable;

    const retired = retiredFormat(parsed.domainAscii);
    if (retired !== null) return this.retiredPattern(parsed, retired, mailbox);
    if (active === undefined && refs !== undefined && refs.length > 0) {
      const ref = refs[0] as DomainRef;
      return this.retiredPartnerDomain(parsed, mailbox !== undefined ? mailbox.partner : ref.partner, mailbox);
    }
    if (mailbox !== undefined) {
      return { kind: "partner-mailbox", partner: mailbox.partner, mailbox: mailbox.mailbox, partnerDissolved: isDissolved(mailbox.partner), sameOrganisationAsSender };
    }
    if (active !== undefined) {
      return { kind: "partner-domain", partner: active.partner, domain: parsed.domainAscii, partnerDissolved: isDissolved(active.partner), sameOrganisationAsSender };
    }
    if (sameOrganisationAsSender && !SHARED_PLATFORMS.has(parts.registrable)) return { kind: "own-organisation", domain: parts.registrable };
    if (psMatch !== null) return { kind: "public-sector", pattern: psMatch.pattern, organisationType: psMatch.organisationType };
    const provider = webmailProvider(parts);
    if (provider !== null) return { kind: "webmail", provider };
    return { kind: "unknown" };
  }

  private retiredPattern(parsed: ParsedAddress, retired: RetiredFormatMatch, mailbox: MailboxRef | undefined): RetiredFormatClass {
    const out: RetiredFormatClass = { kind: "retired-format", pattern: retired.pattern, detail: "" };
    let partner: Partner | undefined = mailbox?.partner;
    let box: Mailbox | undefined = mailbox?.mailbox;
    if (retired.currentDomain !== null) {
      const now = this.mailboxByKey.get(parsed.local.toLowerCase() + "@" + retired.currentDomain);
      if (now !== undefined) {
        out.currentAddress = now.mailbox.address;
        out.currentAddressBasis = "agreement-mailbox";
        partner = now.partner;
        box = now.mailbox;
      } else {
        out.currentAddress = formatAddress(parsed.local, retired.currentDomain);
        out.currentAddressBasis = retired.basis ?? "drop-secure-label";
        const ref = this.activeRef(retired.currentDomain);
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

  private retiredPartnerDomain(parsed: ParsedAddress, partner: Partner, mailbox: MailboxRef | undefined): RetiredFormatClass {
    const out: RetiredFormatClass = { kind: "retired-format", pattern: "retired partner domain", detail: "", partner, partnerDissolved: isDissolved(partner) };
    if (mailbox !== undefined) out.mailbox = mailbox.mailbox;
    const activeDomains: string[] = [];
    for (const d of partner.domains) {
      if (d.status !== "active") continue;
      const n = normaliseDomain(d.domain);
      if (n.ok) activeDomains.push(n.ascii);
    }
    for (const d of activeDomains) {
      const now = this.mailboxByKey.get(parsed.local.toLowerCase() + "@" + d);
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
      const movedTo = partner.lifecycle.functionsMovedTo !== undefined ? this.partnersById.get(partner.lifecycle.functionsMovedTo) : undefined;
      detail += `; ${partner.name} was dissolved on ${partner.lifecycle.on}` + (movedTo !== undefined ? ` and its work moved to ${movedTo.name}` : "");
    }
    if (out.currentAddress !== undefined) detail += `; the current address is probably ${out.currentAddress}`;
    out.detail = detail;
    return out;
  }

  private isLegit(host: string, registrable: string, sender: SenderInfo | null): boolean {
    return (
      this.legit.has(host) ||
      this.legit.has(registrable) ||
      isWebmailDomain(registrable) ||
      SHARED_PLATFORMS.has(registrable) ||
      (sender !== null && sender.registrable === registrable)
    );
  }

  private isControlled(host: string, psMatch: PublicSectorMatch | null): boolean {
    if (psMatch !== null) return true;
    for (let i = host.indexOf("."); i >= 0; i = host.indexOf(".", i + 1)) {
      if (CONTROLLED_SUFFIXES.has(host.slice(i + 1))) return true;
    }
    return false;
  }

  private lookalike(
    parsed: ParsedAddress,
    parts: HostParts,
    sender: SenderInfo | null,
    psMatch: PublicSectorMatch | null,
    addressClass: RecipientClassBase,
  ): LookalikeClass | null {
    const kind = addressClass.kind;
    if (kind === "partner-mailbox" || kind === "retired-format" || kind === "invalid") return null;
    const controlled = this.isControlled(parsed.domainAscii, psMatch);
    if (kind !== "partner-domain" && kind !== "own-organisation" && !this.isLegit(parsed.domainAscii, parts.registrable, sender)) {
      const hit = this.index.find(
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
        const named = this.mailboxByKey.get(parsed.local.toLowerCase() + "@" + hit.target.domain);
        if (named !== undefined) {
          out.probablyMeant = named.mailbox.address;
          out.partner = named.partner;
          out.mailbox = named.mailbox;
        } else {
          const ref = this.activeRef(hit.target.domain);
          const partner = ref !== undefined ? ref.partner : hit.target.partner;
          if (partner !== undefined) out.partner = partner;
        }
        return out;
      }
    }
    // A named mailbox's local part at another domain: at another agreement domain, at webmail,
    // or at an unknown domain outside the controlled namespaces.
    if (kind === "partner-domain" || kind === "webmail" || (kind === "unknown" && !controlled)) {
      const refs = this.mailboxesByLocal.get(parsed.local.toLowerCase());
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
}

const classifierCache = new WeakMap<object, WeakMap<PublicSectorDomains, RecipientClassifier>>();

/** A classifier for the agreement and list, built once and reused while the agreement object lives. */
export function classifierFor(agreement: RecipientAgreement, publicSector: PublicSectorDomains = ukPublicSectorDomains()): RecipientClassifier {
  const key: object = agreement !== null && typeof agreement === "object" ? agreement : classifierCache;
  let byList = classifierCache.get(key);
  if (byList === undefined) classifierCache.set(key, (byList = new WeakMap()));
  let c = byList.get(publicSector);
  if (c === undefined) byList.set(publicSector, (c = new RecipientClassifier(agreement, { publicSector })));
  return c;
}

/** Classifies one recipient (the classifier for the agreement is built on first use and cached). */
export function classifyRecipient(recipient: Recipient, context: RecipientContext): RecipientClass {
  const ctx = context !== null && typeof context === "object" ? context : ({ agreement: { partners: [] } } as RecipientContext);
  return classifierFor(ctx.agreement, ctx.publicSector ?? ukPublicSectorDomains()).classify(recipient, ctx.senderAddress);
}
