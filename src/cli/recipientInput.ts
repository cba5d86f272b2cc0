/**
 * Recipients as the scan input gives them: "Name <address>" strings (one string may hold
 * several, comma-separated, as RFC 5322 allows), {"name", "address"} objects, or an array of
 * either. An item that is not a valid address is passed on whole, so the policy's
 * recipient-invalid rule reports it with its reason instead of it being dropped.
 *
 * Input is bounded before anything is parsed: a field longer than RECIPIENT_LIMITS.fieldChars
 * or with more than RECIPIENT_LIMITS.addresses addresses is refused with a message saying so.
 * A list is split by a linear scan here and each address goes to the policy's parseAddress,
 * which bounds what reaches the RFC 5322 library (that parser is quadratic on long input: ten
 * thousand spaces take over a second).
 */
import { libraryBudget, parseAddress, type LibraryBudget } from "../policy/recipients";
import type { Recipient } from "../policy/snapshot";

export const RECIPIENT_LIMITS = {
  /** Characters of recipient text in one field: Exchange Online's limit for a whole header is 256 KB. */
  fieldChars: 256 * 1024,
  /** Addresses in one field: Exchange Online allows at most 1,000 recipients on a message. */
  addresses: 1000,
} as const;

const count = (n: number): string => n.toLocaleString("en-GB");

function tooLong(where: string, chars: number): string {
  return `${where} is ${count(chars)} characters long; a recipient field may hold at most ${count(RECIPIENT_LIMITS.fieldChars)} (the most Exchange Online allows in a whole message header), so this line was not checked`;
}

function tooMany(where: string): string {
  return `${where} holds more than ${count(RECIPIENT_LIMITS.addresses)} addresses; a recipient field may hold at most ${count(RECIPIENT_LIMITS.addresses)} (the most Exchange Online allows on one message), so this line was not checked`;
}

/**
 * The addresses in a header-style list, as [start, end) offsets, or null past `max` of them.
 * Commas outside quotes, comments and angle brackets separate; group syntax ("Team: a@x, b@y;")
 * is opened up (its name dropped). A part without an @ is kept with the next one, so Outlook's
 * "Doe, Jane <jane@x>" stays one address. One pass, no regular expressions.
 */
export function splitAddressList(text: string, max: number): [number, number][] | null {
  const out: [number, number][] = [];
  let start = 0;
  let hasAt = false;
  /** Nothing but white space since `start`. */
  let blank = true;
  let quoted = false;
  let comment = 0;
  let angle = false;
  let group = false;
  const cut = (end: number, next: number): boolean => {
    if (!blank) out.push([start, end]);
    start = next;
    hasAt = false;
    blank = true;
    return out.length <= max;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Separators decide below whether they leave the part blank.
    if (c > 0x20 && c !== 0x2c && c !== 0x3a && c !== 0x3b) blank = false;
    if (c === 0x5c /* \ */ && (quoted || comment > 0)) {
      i++;
      continue;
    }
    if (quoted) {
      if (c === 0x22) quoted = false;
      continue;
    }
    if (comment > 0) {
      if (c === 0x28) comment++;
      else if (c === 0x29) comment--;
      continue;
    }
    if (c === 0x22) quoted = true;
    else if (c === 0x28) comment = 1;
    else if (c === 0x3c) angle = true;
    else if (c === 0x3e) angle = false;
    else if (c === 0x40) hasAt = true;
    else if (angle) continue;
    else if (c === 0x2c && hasAt) {
      if (!cut(i, i + 1)) return null;
    } else if (c === 0x2c && blank) {
      start = i + 1; // an empty part (",,", or "," after a group's ";")
    } else if (c === 0x3a && !group && !hasAt) {
      // "Team:" opens a group; what came before the colon is its name.
      group = true;
      start = i + 1;
      blank = true;
    } else if (c === 0x3b && group) {
      group = false;
      if (!cut(i, i + 1)) return null;
    }
  }
  return cut(text.length, text.length) ? out : null;
}

function recipientOf(item: string, budget: LibraryBudget): Recipient {
  const parsed = parseAddress(item, budget);
  if (!parsed.ok) return { name: "", address: item.trim() };
  // A comment beside the address is shown as (part of) the name, as mail clients do, so a
  // comment holding another address is still seen by the display-name check.
  const name = [parsed.displayName, ...parsed.comments.map((c) => `(${c})`)].filter((s) => s !== "").join(" ");
  return { name, address: parsed.address };
}

/** Splits one header-style string into recipients, or null when it holds more than `max`. */
function boundedRecipients(text: string, max: number, budget: LibraryBudget): Recipient[] | null {
  const spans = splitAddressList(text, max);
  if (spans === null) return null;
  return spans.map(([s, e]) => recipientOf(text.slice(s, e), budget));
}

/** Splits one header-style string into recipients; group syntax ("Team: a@x, b@y;") is expanded.
 * Callers bound the text first (recipientsFromJson does). */
export function recipientsFromString(text: string): Recipient[] {
  return boundedRecipients(text, Number.MAX_SAFE_INTEGER, libraryBudget()) ?? [];
}

export type RecipientsResult = { ok: true; recipients: Recipient[] } | { ok: false; error: string };

/** The characters a value brings to the field's total (0 for what is not a string or an object). */
function charsOf(value: unknown): number {
  if (typeof value === "string") return value.length;
  if (typeof value !== "object" || value === null || Array.isArray(value)) return 0;
  const { name, address } = value as Record<string, unknown>;
  return (typeof name === "string" ? name.length : 0) + (typeof address === "string" ? address.length : 0);
}

function one(value: unknown, where: string, field: string, room: number, budget: LibraryBudget): RecipientsResult {
  if (typeof value === "string") {
    const recipients = boundedRecipients(value, room, budget);
    return recipients === null ? { ok: false, error: tooMany(`"${field}"`) } : { ok: true, recipients };
  }
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    const { name, address } = value as Record<string, unknown>;
    if (typeof address !== "string") return { ok: false, error: `${where}.address must be a string` };
    if (name !== undefined && name !== null && typeof name !== "string") return { ok: false, error: `${where}.name must be a string` };
    if (room < 1) return { ok: false, error: tooMany(`"${field}"`) };
    return { ok: true, recipients: [{ name: typeof name === "string" ? name : "", address: address.trim() }] };
  }
  return { ok: false, error: `${where} must be an address string or {"name", "address"}` };
}

/** The value of "to", "cc" or "bcc" (absent or null: nobody). */
export function recipientsFromJson(value: unknown, field: string): RecipientsResult {
  if (value === undefined || value === null) return { ok: true, recipients: [] };
  const items: unknown[] = Array.isArray(value) ? value : [value];
  // Sizes first, so nothing is parsed when the field is over a limit.
  if (items.length > RECIPIENT_LIMITS.addresses) return { ok: false, error: tooMany(`"${field}"`) };
  let chars = 0;
  for (const item of items) chars += charsOf(item);
  if (chars > RECIPIENT_LIMITS.fieldChars) return { ok: false, error: tooLong(`"${field}"`, chars) };
  const budget: LibraryBudget = libraryBudget();
  if (!Array.isArray(value)) return one(value, `"${field}"`, field, RECIPIENT_LIMITS.addresses, budget);
  const recipients: Recipient[] = [];
  for (let i = 0; i < items.length; i++) {
    const r = one(items[i], `"${field}"[${i}]`, field, RECIPIENT_LIMITS.addresses - recipients.length, budget);
    if (!r.ok) return r;
    // A loop, not push(...r.recipients): spreading a long array overflows the call stack.
    for (const recipient of r.recipients) recipients.push(recipient);
  }
  return { ok: true, recipients };
}
