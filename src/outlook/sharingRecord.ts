/**
 * The sharing record (LLR Appendix A: record what was shared, why, when and with whom): stamped
 * on a message with personal data just before Outlook lets it go, so the sent item carries its
 * own record.
 *
 * - Internet headers (Mailbox 1.8) travel with the message, so they carry no personal data:
 *   the agreement's id and version, the exchange id, SafeShare's version, the verdict, and the
 *   dismissed findings as "rule#hash" (finding ids contain addresses and found text, so only a
 *   short hash of each id is sent).
 *   When the sender chose the message's purpose in the pane, X-SafeShare-Purpose carries that
 *   exchange's id (the agreement holds its words).
 * - A custom property, kept with the item in the sender's mailbox, holds the same plus the time,
 *   each dismissal's reason, the purpose's text and the reasons given for warnings sent anyway.
 *
 * ES2016 built-ins only (the Send runtime).
 */
import type { Agreement } from "../policy/agreement/types";
import type { Report } from "../policy/check";
import { labelDisplayName } from "../policy/marking/labels";
import type { Verdict } from "../policy/rules/types";
import type { SensitivityLabelRef } from "../policy/snapshot";
import type { ComposeItem, CustomPropertiesLike } from "./composeItem";
import type { MessageState } from "./messageState";
import { officeCall } from "./officeAsync";

import { HEADER_AGREEMENT, HEADER_DISMISSED, HEADER_EXCHANGE, HEADER_LABEL, HEADER_PURPOSE, HEADER_VERDICT, HEADER_VERSION, RECORD_PROPERTY } from "../policy/record/names";

export { HEADER_AGREEMENT, HEADER_DISMISSED, HEADER_EXCHANGE, HEADER_LABEL, HEADER_PURPOSE, HEADER_VERDICT, HEADER_VERSION, RECORD_PROPERTY };
/** Headers stay well under the 998-character line limit of RFC 5322. */
const MAX_HEADER_VALUE = 900;

export interface SharingRecord {
  agreement: string;
  agreementVersion: string;
  exchange: string;
  safeshareVersion: string;
  verdict: Verdict;
  /** ISO 8601, when the check ran. */
  checkedAt: string;
  dismissed: { finding: string; rule: string; reason: string }[];
  /** The sensitivity label the message carried when it was checked, where the client reads labels. */
  label?: { id: string; name: string };
  /** The purpose the sender chose: an exchange of this agreement and its purpose text. */
  purpose?: { exchange: string; text: string };
  /** Warnings sent anyway with the reason the sender gave in the pane (custom property only:
   * the headers list dismissals alone). */
  overridden?: { finding: string; rule: string; reason: string }[];
}

/** FNV-1a, 32 bits, as 8 hex digits: enough to match a header to the custom property's entry
 * and to the task pane's finding, too little to recover an address or a name from. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return ("0000000" + hash.toString(16)).slice(-8);
}

/** The finding id as it may appear outside the mailbox: its rule id and a hash of the rest. */
export function publicFindingId(findingId: string, rule: string): string {
  return `${rule}#${shortHash(findingId)}`;
}

/** Header values: printable ASCII on one line. */
export function headerValue(text: string): string {
  const ascii = text.replace(/\s+/g, " ").replace(/[^\x20-\x7e]/g, "?").trim();
  return ascii.length <= MAX_HEADER_VALUE ? ascii : ascii.slice(0, MAX_HEADER_VALUE);
}

/** What the pane kept with the message for the record: the chosen purpose and override reasons. */
export type RecordNotes = Pick<MessageState, "purpose" | "overrides">;

/**
 * The record of a check. `notes` never change the verdict: a purpose whose exchange the agreement
 * lacks is left out, its text is the agreement's own, and only reasons for warnings still in the
 * report are kept.
 */
export function buildSharingRecord(report: Report, agreement: Agreement, exchange: string | undefined, version: string, now: Date, label?: SensitivityLabelRef, notes?: RecordNotes): SharingRecord {
  const record: SharingRecord = {
    agreement: agreement.id,
    agreementVersion: agreement.version,
    exchange: exchange || "none",
    safeshareVersion: version,
    verdict: report.verdict,
    checkedAt: now.toISOString(),
    dismissed: report.dismissed.map((d) => ({ finding: publicFindingId(d.finding.id, d.finding.rule), rule: d.finding.rule, reason: d.reason })),
  };
  if (label && label.id) record.label = { id: label.id, name: labelDisplayName(label) };
  const purposeId = notes && notes.purpose ? notes.purpose.exchangeId : undefined;
  const chosen = purposeId ? agreement.exchanges.find((e) => e.id === purposeId) : undefined;
  if (chosen) record.purpose = { exchange: chosen.id, text: chosen.purpose };
  const reasons = notes && notes.overrides ? notes.overrides : [];
  const overridden: { finding: string; rule: string; reason: string }[] = [];
  for (const f of reasons.length > 0 ? report.findings : []) {
    if (f.severity !== "warn") continue;
    const given = reasons.filter((o) => o.findingId === f.id).pop();
    if (given) overridden.push({ finding: publicFindingId(f.id, f.rule), rule: f.rule, reason: given.reason });
  }
  if (overridden.length > 0) record.overridden = overridden;
  return record;
}

export function recordHeaders(record: SharingRecord): Record<string, string> {
  const headers: Record<string, string> = {};
  headers[HEADER_AGREEMENT] = headerValue(`${record.agreement}; version="${record.agreementVersion.replace(/"/g, "'")}"`);
  headers[HEADER_EXCHANGE] = headerValue(record.exchange);
  headers[HEADER_VERSION] = headerValue(record.safeshareVersion);
  headers[HEADER_VERDICT] = record.verdict;
  const ids = record.dismissed.map((d) => d.finding);
  let dismissed = ids.length ? ids.join(", ") : "none";
  if (dismissed.length > MAX_HEADER_VALUE) {
    const kept: string[] = [];
    for (const id of ids) {
      if ((kept.concat(id).join(", ") + `, +${ids.length} more`).length > MAX_HEADER_VALUE) break;
      kept.push(id);
    }
    dismissed = `${kept.join(", ")}, +${ids.length - kept.length} more`;
  }
  headers[HEADER_DISMISSED] = headerValue(dismissed);
  // A label's name is the tenant's configuration, not personal data.
  if (record.label) headers[HEADER_LABEL] = headerValue(`${record.label.name || "unknown"}; id=${record.label.id}`);
  if (record.purpose) headers[HEADER_PURPOSE] = headerValue(record.purpose.exchange);
  return headers;
}

/**
 * Writes the headers (where internetHeaders is supported) and the custom property. Rejects
 * with the failing call named; the Send handler decides what a failure means.
 */
export async function stampSharingRecord(item: ComposeItem, record: SharingRecord, canSetHeaders: boolean): Promise<void> {
  const headers = item.internetHeaders;
  const load = item.loadCustomPropertiesAsync;
  const writes: Promise<void>[] = [];
  if (canSetHeaders && headers) writes.push(officeCall<void>("internetHeaders.setAsync", (cb) => headers.setAsync(recordHeaders(record), cb)));
  if (typeof load === "function") {
    writes.push(
      officeCall<CustomPropertiesLike>("loadCustomPropertiesAsync", (cb) => load.call(item, cb)).then((props) => {
        props.set(RECORD_PROPERTY, JSON.stringify(record));
        return officeCall<void>("customProperties.saveAsync", (cb) => props.saveAsync(cb));
      }),
    );
  }
  await Promise.all(writes);
}
