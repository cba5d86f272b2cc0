/**
 * Shared vocabulary of personal-data detection. Pure data: no Office, DOM, I/O or clock.
 */

/** Every kind of personal data SafeShare recognises (names fixed by DESIGN.md and the corpus). */
export const PERSONAL_DATA_KINDS = [
  "person-name",
  "date-of-birth",
  "nhs-number",
  "national-insurance-number",
  "postcode",
  "street-address",
  "phone-number",
  "email-address",
  "pnc-id",
  "cro-number",
  "prison-number",
  "case-reference",
  "special-category",
] as const;

export type PersonalDataKind = (typeof PERSONAL_DATA_KINDS)[number];

/** A piece of text found to be personal data. Offsets are JavaScript string indices into the
 * caller's original text (UTF-16 code units), end exclusive. */
export interface Span {
  start: number;
  end: number;
  kind: PersonalDataKind;
  /** 0..1: how sure the recognizer is. */
  confidence: number;
  /** The original text between start and end. */
  text: string;
}

/**
 * Kinds that identify a person for the "no personal data in the subject" rule. A case
 * reference is what the subject should carry instead of a name; special-category phrases
 * mark sensitive facts but are not identifiers by themselves.
 */
export function isIdentifying(kind: PersonalDataKind): boolean {
  return kind !== "case-reference" && kind !== "special-category";
}

/** What a recognizer reports: offsets into the normalised text it was given. */
export interface Candidate {
  start: number;
  end: number;
  kind: PersonalDataKind;
  confidence: number;
}

/**
 * One recognizer per kind of personal data, in the spirit of Presidio's recognizers:
 * a pattern, a validation (checksum, list, shape) and context words.
 */
export interface Recognizer {
  readonly kind: PersonalDataKind;
  /**
   * Finds candidates in `text`, which detect() has already normalised (zero-width characters
   * removed, Unicode spaces made ASCII spaces, full-width digits and letters made ASCII).
   * `earlier` holds what the recognizers run before this one found (for example, the
   * date-of-birth recognizer looks for a person-name next to a date). Must never throw and
   * must scan in linear time.
   */
  find(text: string, earlier: readonly Candidate[]): Candidate[];
}
