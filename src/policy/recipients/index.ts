/**
 * Recipient classification under an information-sharing agreement. See README.md here.
 */
export { classifierFor, classifyRecipient, RecipientClassifier, type ClassifierOptions, type RecipientContext } from "./classify";
export { classDetails, classLabel, classLabelOfName, classPhrase, describeDestination } from "./describe";
export { formatAddress, libraryBudget, parseAddress, type AddressParseResult, type LibraryBudget, type AddressProblem, type InvalidAddress, type ParsedAddress } from "./parseAddress";
export { hostParts, normaliseDomain, toAsciiDomain, toUnicodeDomain, type DomainResult, type HostParts } from "./domain";
export {
  createPublicSectorDomains,
  ukPublicSectorDomains,
  ukPublicSectorEntries,
  type PublicSectorDomains,
  type PublicSectorEntry,
  type PublicSectorMatch,
} from "./publicSector";
export { retiredFormat, type RetiredFormatMatch } from "./retired";
export { WEBMAIL_DOMAINS, webmailProvider } from "./webmail";
export { skeleton } from "./confusables";
export { boundedEditDistance } from "./editDistance";
export { addressesIn } from "./displayName";
export {
  ADDRESS_KINDS,
  PRIMARY_PRECEDENCE,
  addressClassOf,
  findClass,
  kindsOf,
  type DisplayNameMismatchClass,
  type InvalidClass,
  type LookalikeClass,
  type LookalikeReason,
  type OwnOrganisationClass,
  type PartnerDomainClass,
  type PartnerMailboxClass,
  type PublicSectorClass,
  type RecipientAgreement,
  type RecipientClass,
  type RecipientClassBase,
  type RecipientClassCommon,
  type RecipientClassKind,
  type RetiredFormatClass,
  type UnknownClass,
  type WebmailClass,
} from "./types";
