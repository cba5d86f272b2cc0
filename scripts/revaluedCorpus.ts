/**
 * The labelled corpus with its values swapped: every span that is not a name or special-category
 * wording gets a fresh value of its kind, written the same way (the same separators and spacing,
 * the same date layout, the same street shape). Identifiers are made valid (NHS modulus 11, PNC and
 * CRO modulus 23, National Insurance prefix rules), so a copy is labelled as its original is. This
 * measures whether the span scores rest on the corpus's particular numbers, postcodes and streets:
 * the text SafeShare is measured on elsewhere has the same kinds with other values in it.
 */
import { seeded } from "./renamedVariants";

type Span = { start: number; end: number; kind: string };
type Random = () => number;

const between = (random: Random, lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));
const oneOf = <T>(random: Random, pool: readonly T[]): T => pool[Math.floor(random() * pool.length)] as T;
const digits = (random: Random, n: number): string => Array.from({ length: n }, () => String(between(random, 0, 9))).join("");
const letter = (random: Random, pool: string): string => pool.charAt(between(random, 0, pool.length - 1));
const pad = (n: number, width: number): string => String(n).padStart(width, "0");

/** Each digit of `old` in turn replaced by the next of `fresh`. */
function intoDigits(old: string, fresh: string): string {
  let k = 0;
  return old.replace(/\d/g, () => fresh.charAt(k++));
}

function nhsNumber(random: Random, old: string): string {
  for (;;) {
    const first = digits(random, 9);
    let sum = 0;
    for (let i = 0; i < 9; i++) sum += Number(first[i]) * (10 - i);
    const check = (11 - (sum % 11)) % 11;
    if (check !== 10) return intoDigits(old, first + String(check));
  }
}

const CHECK_LETTERS = "ZABCDEFGHJKLMNPQRTUVWXY";
function mod23Letter(numberDigits: string): string {
  let r = 0;
  for (const d of numberDigits) r = (r * 10 + Number(d)) % 23;
  return CHECK_LETTERS.charAt(r);
}

function pncId(random: Random, old: string): string {
  const m = /^(\d{2}|\d{4})\/(\d{1,7})[A-Za-z]$/.exec(old);
  if (!m) return old;
  const year = (m[1] as string).length === 4 ? String(between(random, 1980, 2025)) : pad(between(random, 0, 99), 2);
  const serial = digits(random, (m[2] as string).length);
  return `${year}/${serial}${mod23Letter(year.slice(-2) + serial.padStart(7, "0"))}`;
}

function croNumber(random: Random, old: string): string {
  const m = /^(\d{1,6})\/\d{2}[A-Za-z]$/.exec(old);
  if (!m) return old;
  const serial = digits(random, (m[1] as string).length);
  const year = pad(between(random, 0, 99), 2);
  return `${serial}/${year}${mod23Letter(year + serial.padStart(6, "0"))}`;
}

// HMRC: neither letter D, F, I, Q, U or V; the second not O; some pairs never issued.
const NI_LETTERS = "ABCEGHJKLMNPRSTWXYZ";
const NI_NEVER = ["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"];
function nationalInsurance(random: Random, old: string): string {
  let prefix: string;
  do prefix = letter(random, NI_LETTERS) + letter(random, NI_LETTERS);
  while (NI_NEVER.includes(prefix));
  const letters = prefix + letter(random, "ABCD");
  let k = 0;
  return intoDigits(old, digits(random, 6)).replace(/[A-Za-z]/g, () => letters.charAt(k++));
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
function ordinal(day: number): string {
  const teen = day >= 11 && day <= 13;
  const suffix = teen ? "th" : ["th", "st", "nd", "rd"][day % 10] ?? "th";
  return `${day}${suffix}`;
}

/** A date of birth in the same layout: "02/06/1975", "7/10/22", "05.09.2023", "2010-09-24", "3rd October 2017". */
function dateOfBirth(random: Random, old: string): string {
  const day = between(random, 1, 28);
  const month = between(random, 1, 12);
  const year = between(random, 1950, 2025);
  const numeric = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4})$/.exec(old);
  if (numeric) {
    const [, d, sep, mo, y] = numeric as unknown as [string, string, string, string, string];
    const dd = d.length === 2 ? pad(day, 2) : String(day);
    const mm = mo.length === 2 ? pad(month, 2) : String(month);
    return `${dd}${sep}${mm}${sep}${y.length === 2 ? pad(year % 100, 2) : String(year)}`;
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(old)) return `${year}-${pad(month, 2)}-${pad(day, 2)}`;
  const written = /^\d{1,2}(st|nd|rd|th)? ([A-Za-z]+),? \d{4}$/.exec(old);
  if (written) {
    const name = MONTHS[month - 1] as string;
    return `${written[1] ? ordinal(day) : day} ${(written[2] as string).length === 3 ? name.slice(0, 3) : name} ${year}`;
  }
  return old;
}

// Postcode areas across the UK, not only the agreements' (Derbyshire, Leicestershire, south-west London).
const POSTCODE_AREAS = ["B", "BD", "BN", "BS", "BT", "CF", "CH", "CR", "CV", "DE", "E", "EH", "EX", "G", "HU", "KT", "L", "LE", "LN", "LS", "M", "N", "NG", "NN", "PE", "PL", "S", "SE", "SK", "SM", "ST", "SW", "TW", "W", "WS"];
const INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";
function postcode(random: Random, old: string): string {
  const space = /\s/.test(old) ? " " : "";
  const inward = `${between(random, 0, 9)}${letter(random, INWARD_LETTERS)}${letter(random, INWARD_LETTERS)}`;
  return `${oneOf(random, POSTCODE_AREAS)}${between(random, 1, 20)}${space}${old === old.toLowerCase() ? inward.toLowerCase() : inward}`;
}

const STREET_WORDS = ["Station", "Victoria", "Mill", "Church", "Oak", "Willow", "Meadow", "Chapel", "School", "Derwent", "Trent", "Ashgate", "Cavendish", "Devonshire", "Sherwood", "Hawthorn", "Rowan", "Primrose", "Windsor", "Wentworth", "Belgrave", "Narborough", "Garratt", "Upper Tooting", "St Ann's", "Wollaton"];
const STREET_TYPES = ["Road", "Street", "Lane", "Avenue", "Close", "Drive", "Crescent", "Way", "Grove", "Gardens", "Terrace", "Place", "Court", "Rise", "Walk", "View", "Mews", "Row", "Square", "Hill", "Vale"];
const STREET = new RegExp(`[A-Z][a-z']+(?: [A-Z][a-z']+)* (?:${STREET_TYPES.join("|")}|Park|Avenue)\\b`);
/** "Flat 5, 162 Burton Crescent" → "Flat 3, 41 Windsor Mews": new numbers, a new street of another type. */
function streetAddress(random: Random, old: string): string {
  return old
    .replace(/\d+/g, (n) => String(between(random, 1, n.length > 2 ? 299 : 99)))
    .replace(STREET, () => `${oneOf(random, STREET_WORDS)} ${oneOf(random, STREET_TYPES)}`);
}

/** The last six digits replaced: the area code or mobile prefix and the layout stay. */
function phoneNumber(random: Random, old: string): string {
  const count = (old.match(/\d/g) ?? []).length;
  let k = 0;
  return old.replace(/\d/g, (d) => (k++ >= count - 6 ? String(between(random, 0, 9)) : d));
}

const MAIL_GIVEN = ["kelsey", "tyrone", "aaliyah", "bartosz", "mohammed", "chloe", "jayden", "ffion", "oluwaseun", "mia"];
const MAIL_FAMILY = ["okoro", "kowalczyk", "patel", "hughes", "mcdonald", "ahmed", "evans", "nguyen", "osei", "barker"];
/** Another person's address at the same provider. */
function emailAddress(random: Random, old: string): string {
  const at = old.indexOf("@");
  if (at < 0) return old;
  return `${oneOf(random, MAIL_GIVEN)}${oneOf(random, [".", "_", ""])}${oneOf(random, MAIL_FAMILY)}${between(random, 1, 99)}${old.slice(at)}`;
}

function prisonNumber(random: Random, old: string): string {
  if (!/^[A-Za-z]\d{4}[A-Za-z]{2}$/.test(old)) return old;
  const fresh = `${oneOf(random, ["A", "G"])}${between(random, 1000, 9999)}${letter(random, "ABCDEFGHJKLMNPRSTUVWXYZ")}${letter(random, "ABCDEFGHJKLMNPRSTUVWXYZ")}`;
  return old === old.toLowerCase() ? fresh.toLowerCase() : fresh;
}

/** Case references keep their letters' places: each digit and capital letter is drawn afresh. */
function caseReference(random: Random, old: string): string {
  return old.replace(/\d/g, () => String(between(random, 0, 9))).replace(/[A-Z]/g, () => letter(random, "ABCDEFGHJKLMNPRSTUVWXYZ"));
}

const FRESH_VALUE: Record<string, (random: Random, old: string) => string> = {
  "nhs-number": nhsNumber,
  "pnc-id": pncId,
  "cro-number": croNumber,
  "national-insurance-number": nationalInsurance,
  "date-of-birth": dateOfBirth,
  postcode,
  "street-address": streetAddress,
  "phone-number": phoneNumber,
  "email-address": emailAddress,
  "prison-number": prisonNumber,
  "case-reference": caseReference,
};

/** The kinds this swaps (names are swapped by renamedCorpus; special-category wording is kept). */
export const REVALUED_KINDS = Object.keys(FRESH_VALUE);

/** Each item with every span of a kind in REVALUED_KINDS given a fresh value; spans move with the text. */
export function revaluedCorpus<T extends { id: string; text: string; spans: Span[] }>(items: readonly T[], seed: number): T[] {
  const random = seeded(seed);
  return items.map((item) => {
    let text = item.text;
    const spans = item.spans.map((s) => ({ ...s })).sort((a, b) => a.start - b.start);
    for (let i = spans.length - 1; i >= 0; i--) {
      const span = spans[i] as Span;
      const fresh = FRESH_VALUE[span.kind];
      if (!fresh) continue;
      const old = text.slice(span.start, span.end);
      const value = fresh(random, old);
      const shift = value.length - old.length;
      text = text.slice(0, span.start) + value + text.slice(span.end);
      span.end += shift;
      for (let j = i + 1; j < spans.length; j++) {
        (spans[j] as Span).start += shift;
        (spans[j] as Span).end += shift;
      }
    }
    return { ...item, text, spans };
  });
}
