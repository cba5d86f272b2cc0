/**
 * The message's own header fields → what is checked: every Subject, every From, To, Cc and Bcc
 * (repeated fields included: a client may show any of them), and the Date.
 */
import { addressParser, type Address } from "postal-mime";
import type { Recipient } from "../../policy/snapshot";
import { decodeHeaderText, normaliseEncodedWords } from "./encodedWords";
import type { Field } from "./mimeOutline";

export interface MessageHeaders {
  /** Every Subject field's text, in order (none: empty). */
  subjects: string[];
  to: Recipient[];
  cc: Recipient[];
  bcc: Recipient[];
  /** Every distinct From address (lowercased), in order. */
  senders: string[];
  /** The first Date field's text, when there is one. */
  date?: string;
}

function addresses(fields: Field[], name: string): Address[] {
  return fields.filter((f) => f.name === name).flatMap((f) => addressParser(normaliseEncodedWords(f.value)));
}

function recipients(list: Address[]): Recipient[] {
  const out: Recipient[] = [];
  for (const a of list) {
    if (a.group) for (const m of a.group) out.push({ name: m.name, address: m.address });
    else out.push({ name: a.name, address: a.address });
  }
  return out;
}

export function messageHeaders(fields: Field[]): MessageHeaders {
  const senders = [...new Set(recipients(addresses(fields, "from")).map((r) => r.address.trim().toLowerCase()).filter((a) => a !== ""))];
  const out: MessageHeaders = {
    subjects: fields.filter((f) => f.name === "subject").map((f) => decodeHeaderText(f.value)),
    to: recipients(addresses(fields, "to")),
    cc: recipients(addresses(fields, "cc")),
    bcc: recipients(addresses(fields, "bcc")),
    senders,
  };
  const date = fields.find((f) => f.name === "date");
  if (date !== undefined) out.date = decodeHeaderText(date.value).trim();
  return out;
}
