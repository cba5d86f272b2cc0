/**
 * One sent message → one row of the records: who it went to (organisation and class under the
 * agreements), what its sharing record says, which attachments were protected, its marking.
 * Holds no text from the subject or body: the subject is read only for the marking at its
 * start, and attachments are named by type. Pure.
 */
import type { Agreement } from "../../policy/agreement";
import { domainOf } from "../../policy/agreement/formats";
import { detectEncryption } from "../../policy/attachments";
import { addressClassOf, type RecipientClass, type RecipientClassifier } from "../../policy/recipients";
import { hasMarking } from "../../policy/rules/marking";
import { londonDate } from "../../policy/time/londonDate";
import type { MessageFacts } from "./messageFacts";
import { readSharingRecord, type SharingRecordRead } from "../../policy/record/parseRecord";
import { purviewLabelNames } from "./recordHeader";

export type RecordStatus = "checked" | "not-checked" | "unreadable";

export const STATUS_TEXT: Record<RecordStatus, string> = {
  checked: "SafeShare record",
  "not-checked": "not checked by SafeShare",
  unreadable: "record unreadable",
};

export interface RowRecipient {
  field: "to" | "cc" | "bcc";
  /** The partner's name, else the address's domain. */
  organisation: string;
  /** The partner's id under the first agreement that has it. */
  partner?: string;
  /** The address class: partner-mailbox, partner-domain, own-organisation, public-sector, … */
  cls: string;
  /** Not a partner of any agreement, nor the sender's own organisation. */
  outside: boolean;
  /** The address's domain (for the outside-recipients table). */
  domain: string;
}

export interface RowAttachment {
  /** The file's extension ("docx"), or "file": never its name. */
  type: string;
  protection: "encrypted" | "not encrypted" | "unknown" | "embedded message";
}

export interface RecordRow {
  file: string;
  format: "eml" | "msg";
  status: RecordStatus;
  /** ISO 8601 UTC, or "" when the message has no readable send time. */
  time: string;
  /** The Monday of the Europe/London week it was sent ("2021-02-01"), or "". */
  week: string;
  sender: string;
  recipients: RowRecipient[];
  record?: SharingRecordRead;
  /** The purpose: of the exchange the sender chose in the pane, else of the inserted template's exchange ("" when neither is known). */
  purpose: string;
  attachments: RowAttachment[];
  /** The agreement's marking when the subject starts with it, else "none". */
  marking: string;
  /** The sensitivity label: the record's, else Purview's msip_labels header's; "" when none. */
  label: string;
  /** Why the record is unreadable, what it holds that was ignored, what could not be read. */
  problems: string[];
}

export interface AgreementContext {
  agreement: Agreement;
  classifier: RecipientClassifier;
}

const INSIDE = new Set(["partner-mailbox", "partner-domain", "own-organisation"]);

function partnerOf(c: RecipientClass): { id: string; name: string } | undefined {
  const base = addressClassOf(c);
  if (base.kind === "partner-mailbox" || base.kind === "partner-domain") return { id: base.partner.id, name: base.partner.name };
  return undefined;
}

function rowRecipient(r: MessageFacts["recipients"][number], sender: string | undefined, contexts: readonly AgreementContext[]): RowRecipient {
  const classes = contexts.map((c) => c.classifier.classify({ name: r.name, address: r.address }, sender));
  const first = classes[0] as RecipientClass;
  const partnerClass = classes.find((c) => partnerOf(c) !== undefined);
  const chosen = partnerClass ?? first;
  const partner = partnerClass ? partnerOf(partnerClass) : undefined;
  // An address read from a header may keep its closing ">" or trailing space.
  const domain = domainOf(r.address).toLowerCase().replace(/[>\s]+$/, "");
  const out: RowRecipient = {
    field: r.field,
    organisation: partner?.name ?? (domain || "(no domain)"),
    cls: chosen.kind,
    outside: !classes.some((c) => INSIDE.has(addressClassOf(c).kind)),
    domain: domain || "(no domain)",
  };
  if (partner) out.partner = partner.id;
  return out;
}

function rowAttachment(a: MessageFacts["attachments"][number]): RowAttachment {
  const ext = /\.([A-Za-z0-9]{1,8})$/.exec(a.name);
  const type = ext ? (ext[1] as string).toLowerCase() : "file";
  if (a.embeddedMessage) return { type: "msg", protection: "embedded message" };
  if (!a.bytes) return { type, protection: "unknown" };
  const status = detectEncryption(a.name, a.bytes).status;
  return { type, protection: status === "not-encrypted" ? "not encrypted" : status };
}

function mondayOf(at: Date): string {
  const local = londonDate(at);
  const [y, m, d] = local.date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - (local.weekday - 1))).toISOString().slice(0, 10);
}

export function recordRow(file: string, facts: MessageFacts, contexts: readonly AgreementContext[]): RecordRow {
  const problems: string[] = [];
  const reading = readSharingRecord(facts.fields, facts.recordProperty);
  const main = contexts[0] as AgreementContext;
  const row: RecordRow = {
    file,
    format: facts.format,
    status: reading.status === "ok" ? "checked" : reading.status === "none" ? "not-checked" : "unreadable",
    time: facts.sent.kind === "ok" ? facts.sent.at.toISOString() : "",
    week: facts.sent.kind === "ok" ? mondayOf(facts.sent.at) : "",
    sender: facts.sender ?? "",
    recipients: facts.recipients.map((r) => rowRecipient(r, facts.sender, contexts)),
    purpose: "",
    // Attachments of a message not read in full may be cut short: their protection is unknown.
    attachments: facts.attachments.map((a) => (facts.partly === undefined ? rowAttachment(a) : { ...rowAttachment(a), protection: a.embeddedMessage ? "embedded message" : "unknown" })),
    marking: hasMarking(facts.subject, main.agreement.marking) ? main.agreement.marking.text : "none",
    label: reading.status === "ok" && reading.record.label ? reading.record.label.name : purviewLabelNames(facts.fields).join("; "),
    problems,
  };
  if (facts.sent.kind === "invalid") problems.push("the send time is not a date");
  if (reading.status === "unreadable") problems.push(...reading.problems.map((p) => `record unreadable: ${p}`));
  if (reading.status === "ok") {
    row.record = reading.record;
    problems.push(...reading.warnings);
    const ctx = contexts.find((c) => c.agreement.id === reading.record.agreement);
    if (!ctx) problems.push(`the record names agreement ${reading.record.agreement}, which was not given`);
    else {
      // The purpose the sender chose (X-SafeShare-Purpose), else the inserted template's exchange's.
      const chosen = reading.record.purpose;
      const exchangeId = reading.record.exchange;
      if (exchangeId !== "none" && !ctx.agreement.exchanges.some((e) => e.id === exchangeId)) {
        problems.push(`the record names exchange ${exchangeId}, which agreement ${ctx.agreement.id} does not have`);
      }
      const purposeOf = chosen ?? (exchangeId !== "none" ? exchangeId : undefined);
      const exchange = purposeOf ? ctx.agreement.exchanges.find((e) => e.id === purposeOf) : undefined;
      if (exchange) row.purpose = exchange.purpose;
      else if (chosen) problems.push(`the record names purpose ${chosen}, which agreement ${ctx.agreement.id} does not have as an exchange`);
    }
  }
  if (facts.partly !== undefined) problems.push(`partly read: ${facts.partly}`);
  return row;
}
