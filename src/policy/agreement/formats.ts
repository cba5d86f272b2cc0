/**
 * The textual formats an agreement's fields must have, as plain predicates (no zod), so the
 * schema, the reference checks and run-time code share one definition.
 * Regex literals here stay ES2016: this module can reach the classic-Outlook Send bundle.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** A real calendar date written YYYY-MM-DD (2021-02-29 is rejected, 2024-02-29 accepted). */
export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const days = [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}

/** Lower-case ids such as "kpc-probation-to-childrens": stable keys other data refers to. */
export const KEBAB_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A DNS name of at least two labels with an alphabetic top-level label, lower-case ASCII
 * (IDN domains appear in their xn-- form). */
export const MAIL_DOMAIN = /^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+(xn--[a-z0-9-]+|[a-z]{2,63})$/;

/** A dot-atom local part (RFC 5322 without quoted strings), lower-case. */
const LOCAL_PART = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;

export function isMailDomain(text: string): boolean {
  return text.length <= 253 && MAIL_DOMAIN.test(text);
}

/** A plain, lower-case mailbox address: local@domain, nothing else (no name, no brackets). */
export function isMailboxAddress(text: string): boolean {
  const at = text.lastIndexOf("@");
  if (at <= 0 || at > 64) return false;
  return LOCAL_PART.test(text.slice(0, at)) && isMailDomain(text.slice(at + 1));
}

/** The part after the last "@", or "" when there is none. */
export function domainOf(address: string): string {
  const at = address.lastIndexOf("@");
  return at < 0 ? "" : address.slice(at + 1);
}

/** True when `domain` is `parent` or one of its subdomains ("a.b.gov.uk" is within "b.gov.uk"). */
export function isWithinDomain(domain: string, parent: string): boolean {
  return domain === parent || (domain.length > parent.length && domain.slice(-(parent.length + 1)) === "." + parent);
}

/** Online forms must be reached over HTTPS; a space means the URL was mangled in transcription. */
export const HTTPS_URL = /^https:\/\/[a-z0-9.-]+(:\d+)?(\/[^\s]*)?$/i;

/** Digits with the separators people write (+44, spaces, brackets, hyphens); at least 6 digits. */
export function isPhoneNumber(text: string): boolean {
  return /^\+?[0-9 ()-]+$/.test(text) && text.replace(/[^0-9]/g, "").length >= 6;
}
