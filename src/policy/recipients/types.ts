/**
 * What a recipient is, under an agreement. A classification is one primary class (a
 * discriminated union on `kind`) plus `alsoNote`: every other class that also holds, so rules
 * can ask "is this recipient X?" with `findClass` whatever the primary one is.
 *
 * Two groups of classes:
 * - the ADDRESS class — where the mail actually goes: exactly one of retired-format,
 *   partner-mailbox, partner-domain, own-organisation, public-sector, webmail, unknown
 *   (or invalid, when there is no address);
 * - OVERLAYS — warnings about how the recipient looks: lookalike, display-name-mismatch.
 *
 * Primary = lookalike if any, else display-name-mismatch if any, else the address class. The
 * address class is then always either the primary or in `alsoNote` (see `addressClassOf`).
 * See README.md in this folder for the precedence and its reasons.
 */
import type { Agreement, Mailbox, Partner } from "../agreement/types";
import type { Recipient } from "../snapshot";
import type { AddressProblem, ParsedAddress } from "./parseAddress";

/** The part of an agreement recipient classification reads. */
export type RecipientAgreement = Pick<Agreement, "partners">;

/** A named mailbox of the agreement. */
export interface PartnerMailboxClass {
  kind: "partner-mailbox";
  partner: Partner;
  mailbox: Mailbox;
  /** The partner's lifecycle is "dissolved" (see partner.lifecycle for when and where to). */
  partnerDissolved: boolean;
  /** The sender is in the same registrable domain. */
  sameOrganisationAsSender: boolean;
}

/** An individual at one of a partner's active domains (exact domain, not a subdomain). */
export interface PartnerDomainClass {
  kind: "partner-domain";
  partner: Partner;
  /** The partner domain matched. */
  domain: string;
  /** The address is the partner's public-facing inbox ("enquiries@", "customer.services@",
   * "noreply@", "pals@"): the organisation's, but no route for case data (destination.ts). */
  generalInbox?: boolean;
  partnerDissolved: boolean;
  sameOrganisationAsSender: boolean;
}

/** Same registrable domain as the sender, and not a partner mailbox or domain. */
export interface OwnOrganisationClass {
  kind: "own-organisation";
  /** The shared registrable domain ("derbyshire.gov.uk"). */
  domain: string;
}

/** UK public sector (GOV.UK ukps-domains list), not a party to the agreement. */
export interface PublicSectorClass {
  kind: "public-sector";
  /** The list entry matched: "nottinghamshire.gov.uk" or "*.gov.uk". */
  pattern: string;
  /** The list's organisation_type_id: "local_authority", "nhs", "police"…, null when none. */
  organisationType: string | null;
}

/** Consumer webmail. */
export interface WebmailClass {
  kind: "webmail";
  /** The provider's registrable domain ("gmail.com", "yahoo.co.uk"). */
  provider: string;
}

export type LookalikeReason =
  /** Non-ASCII or xn-- domain that looks like a known one ("derbyshíre.gov.uk"). */
  | "idn-homograph"
  /** ASCII that looks like a known domain ("rn" for "m", "0" for "o", "1"/"i" for "l"). */
  | "confusable"
  /** One or two characters away from a known domain's registrable label, same suffix. */
  | "edit-distance"
  /** A known domain inside another registrable domain ("derbyshire.gov.uk.mail-secure.com",
   * "derbyshire-gov.uk", "derbyshire-council.co.uk"). */
  | "embedded"
  /** An agreement domain's name under another suffix ("derbyshire.co.uk", "derby.com"). */
  | "other-suffix"
  /** A named mailbox's local part at another domain ("starting.point@gmail.com"). */
  | "known-local-part";

export interface LookalikeClass {
  kind: "lookalike";
  reason: LookalikeReason;
  /** The address the sender probably meant (a named mailbox when the local part is one). */
  probablyMeant: string;
  /** The known domain it looks like. */
  lookalikeOf: string;
  /** Plain English, e.g. "derbyshlre.gov.uk differs from derbyshire.gov.uk by 1 character". */
  detail: string;
  /** The partner whose domain or mailbox it imitates, when it is an agreement one. */
  partner?: Partner;
  mailbox?: Mailbox;
}

export interface RetiredFormatClass {
  kind: "retired-format";
  /** "*.gsi.gov.uk", "*.pnn.police.uk"…, or "retired partner domain". */
  pattern: string;
  /** Plain English: what retired and what to use. */
  detail: string;
  /** The address it probably maps to now, when known. */
  currentAddress?: string;
  /** How currentAddress was found: a named mailbox of the agreement; the partner's active domain;
   * an organisation known to have moved; or by dropping the secure label. */
  currentAddressBasis?: "agreement-mailbox" | "partner-active-domain" | "known-move" | "drop-secure-label";
  /** The partner (and mailbox) the address, or its current form, belongs to, when known. */
  partner?: Partner;
  mailbox?: Mailbox;
  partnerDissolved?: boolean;
}

export interface DisplayNameMismatchClass {
  kind: "display-name-mismatch";
  /** The address written in the display name. */
  displayAddress: string;
}

export interface InvalidClass {
  kind: "invalid";
  problem: AddressProblem;
  /** Plain English. */
  reason: string;
}

export interface UnknownClass {
  kind: "unknown";
}

/** One class, without the classification's common fields. */
export type RecipientClassBase =
  | PartnerMailboxClass
  | PartnerDomainClass
  | OwnOrganisationClass
  | PublicSectorClass
  | WebmailClass
  | LookalikeClass
  | RetiredFormatClass
  | DisplayNameMismatchClass
  | InvalidClass
  | UnknownClass;

export type RecipientClassKind = RecipientClassBase["kind"];

export interface RecipientClassCommon {
  /** The recipient as given. */
  recipient: Recipient;
  /** The parsed, normalised address; null when invalid. */
  address: ParsedAddress | null;
  /** Every other class that also holds (see the module comment), in precedence order. */
  alsoNote: RecipientClassBase[];
}

/** A recipient's classification: the primary class, its common fields and `alsoNote`. */
export type RecipientClass = RecipientClassBase & RecipientClassCommon;

/** The classes that say where the mail goes (exactly one per classification). */
export const ADDRESS_KINDS: readonly RecipientClassKind[] = [
  "invalid",
  "retired-format",
  "partner-mailbox",
  "partner-domain",
  "own-organisation",
  "public-sector",
  "webmail",
  "unknown",
];

/** Precedence of the primary class, first wins. */
export const PRIMARY_PRECEDENCE: readonly RecipientClassKind[] = [
  "invalid",
  "lookalike",
  "display-name-mismatch",
  "retired-format",
  "partner-mailbox",
  "partner-domain",
  "own-organisation",
  "public-sector",
  "webmail",
  "unknown",
];

/** The class of a kind when it holds (primary or in alsoNote), else undefined. */
export function findClass<K extends RecipientClassKind>(
  c: RecipientClass,
  kind: K,
): Extract<RecipientClassBase, { kind: K }> | undefined {
  const all: RecipientClassBase[] = [c as RecipientClassBase].concat(c.alsoNote);
  for (const n of all) if (n.kind === kind) return n as Extract<RecipientClassBase, { kind: K }>;
  return undefined;
}

/** The address class: where the mail goes (primary, or the one in alsoNote). */
export function addressClassOf(c: RecipientClass): RecipientClassBase {
  if (ADDRESS_KINDS.indexOf(c.kind) >= 0) return c;
  for (const n of c.alsoNote) if (ADDRESS_KINDS.indexOf(n.kind) >= 0) return n;
  return { kind: "unknown" };
}

/** Every kind that holds, primary first. */
export function kindsOf(c: RecipientClass): RecipientClassKind[] {
  return [c.kind].concat(c.alsoNote.map((n) => n.kind));
}
