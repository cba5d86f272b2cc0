/**
 * Recipients as the scan input gives them: "Name <address>" strings (one string may hold
 * several, comma-separated, as RFC 5322 allows), {"name", "address"} objects, or an array of
 * either. A string that is not a valid address list is passed on whole, so the policy's
 * recipient-invalid rule reports it with its reason instead of it being dropped.
 */
import emailAddresses from "email-addresses";
import { formatAddress } from "../policy/recipients";
import type { Recipient } from "../policy/snapshot";

const LIST_OPTIONS = { rfc6532: true, atInDisplayName: true, rejectTLD: false };

type Mailbox = emailAddresses.ParsedMailbox;

function commentsOf(mailbox: Mailbox): string[] {
  const out: string[] = [];
  for (const c of mailbox.parts.comments) {
    const t = c.tokens.trim();
    const text = t.startsWith("(") && t.endsWith(")") ? t.slice(1, -1).trim() : t;
    if (text !== "") out.push(text);
  }
  return out;
}

/** A comment beside the address is shown as (part of) the name, as mail clients do, so a
 * comment holding another address is still seen by the display-name check. */
function fromMailbox(mailbox: Mailbox): Recipient {
  const name = [mailbox.name ?? "", ...commentsOf(mailbox).map((c) => `(${c})`)].filter((s) => s !== "").join(" ");
  return { name, address: formatAddress(mailbox.local, mailbox.domain) };
}

/** Splits one header-style string into recipients; group syntax ("Team: a@x, b@y;") is expanded. */
export function recipientsFromString(text: string): Recipient[] {
  if (text.trim() === "") return [];
  let list: ReturnType<typeof emailAddresses.parseAddressList>;
  try {
    list = emailAddresses.parseAddressList({ input: text, ...LIST_OPTIONS });
  } catch {
    list = null;
  }
  if (list === null) return [{ name: "", address: text.trim() }];
  const out: Recipient[] = [];
  for (const entry of list) {
    if (entry.type === "group") for (const m of entry.addresses) out.push(fromMailbox(m));
    else out.push(fromMailbox(entry));
  }
  return out;
}

export type RecipientsResult = { ok: true; recipients: Recipient[] } | { ok: false; error: string };

function one(value: unknown, where: string): RecipientsResult {
  if (typeof value === "string") return { ok: true, recipients: recipientsFromString(value) };
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    const { name, address } = value as Record<string, unknown>;
    if (typeof address !== "string") return { ok: false, error: `${where}.address must be a string` };
    if (name !== undefined && name !== null && typeof name !== "string") return { ok: false, error: `${where}.name must be a string` };
    return { ok: true, recipients: [{ name: typeof name === "string" ? name : "", address: address.trim() }] };
  }
  return { ok: false, error: `${where} must be an address string or {"name", "address"}` };
}

/** The value of "to", "cc" or "bcc" (absent or null: nobody). */
export function recipientsFromJson(value: unknown, field: string): RecipientsResult {
  if (value === undefined || value === null) return { ok: true, recipients: [] };
  if (!Array.isArray(value)) return one(value, `"${field}"`);
  const recipients: Recipient[] = [];
  for (let i = 0; i < value.length; i++) {
    const r = one(value[i] as unknown, `"${field}"[${i}]`);
    if (!r.ok) return r;
    recipients.push(...r.recipients);
  }
  return { ok: true, recipients };
}
