/**
 * Classifies each recipient against an agreement and the sender's own organisation: the
 * facade over the index (recipientIndex.ts), the address class (destination.ts) and the
 * overlays (overlays.ts).
 *
 * `RecipientClassifier` is built once per agreement (and public-sector list); `classify` is then
 * a parse plus a handful of Map lookups and bounded edit distances. `classifierFor` keeps one
 * classifier per (agreement, list) pair in a WeakMap.
 *
 * Primary = lookalike, else display-name-mismatch, else the address class; the others go to
 * `alsoNote` in that order (see README.md). Pure, synchronous, never throws.
 */
import type { Recipient } from "../snapshot";
import { destinationOf, type AddressFacts } from "./destination";
import { hostParts } from "./domain";
import { displayNameOverlay, lookalikeOverlay } from "./overlays";
import { libraryBudget, parseAddress, type LibraryBudget } from "./parseAddress";
import { ukPublicSectorDomains, type PublicSectorDomains } from "./publicSector";
import { RecipientIndex } from "./recipientIndex";
import { senderOrganisation, type SenderOrganisation } from "./senderOrganisation";
import type { RecipientAgreement, RecipientClass, RecipientClassBase } from "./types";

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

export class RecipientClassifier {
  private readonly index: RecipientIndex;
  /** One message's recipients share a sender: parse it once. */
  private lastSender: { raw: string; organisation: SenderOrganisation | null } | null = null;

  constructor(agreement: RecipientAgreement, options: ClassifierOptions = {}) {
    this.index = new RecipientIndex(agreement, options.publicSector ?? ukPublicSectorDomains());
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
      const shown = displayNameOverlay([given.name, parsed.displayName], null);
      return { kind: "invalid", problem: parsed.problem, reason: parsed.message, recipient: given, address: null, alsoNote: shown === null ? [] : [shown] };
    }
    const texts = [given.name];
    if (parsed.displayName !== "" && parsed.displayName !== given.name) texts.push(parsed.displayName);
    const mismatch = displayNameOverlay(texts.concat(parsed.comments), parsed.key);

    let addressClass: RecipientClassBase = { kind: "unknown" };
    let lookalike: RecipientClassBase | null = null;
    // A domain literal ("[192.0.2.1]") has no domain to match: unknown, and never a look-alike.
    if (!parsed.isDomainLiteral) {
      const parts = hostParts(parsed.domainAscii);
      const sender = this.sender(senderAddress);
      const facts: AddressFacts = { parsed, parts, sender, psMatch: this.index.publicSector.match(parsed.domainAscii) };
      addressClass = destinationOf(this.index, facts);
      lookalike = lookalikeOverlay(this.index, facts, addressClass);
    }

    const primary: RecipientClassBase = lookalike ?? mismatch ?? addressClass;
    const alsoNote: RecipientClassBase[] = [];
    for (const c of [lookalike, mismatch, addressClass]) if (c !== null && c !== primary) alsoNote.push(c);
    return { ...primary, recipient: given, address: parsed, alsoNote } as RecipientClass;
  }

  private sender(raw: string | undefined): SenderOrganisation | null {
    if (typeof raw !== "string" || raw.trim() === "") return null;
    if (this.lastSender !== null && this.lastSender.raw === raw) return this.lastSender.organisation;
    const organisation = senderOrganisation(raw);
    this.lastSender = { raw, organisation };
    return organisation;
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
