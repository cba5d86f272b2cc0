/**
 * The records as CSV (RFC 4180: CRLF, cells quoted when they hold a comma, quote or line
 * break). Cells that a spreadsheet would run as a formula (starting with = + - @, tab or CR)
 * get a leading apostrophe: header values are untrusted. Pure.
 */
import { STATUS_TEXT, type RecordRow } from "./recordRow";

export const CSV_COLUMNS = [
  "file",
  "format",
  "record",
  "time",
  "week",
  "sender",
  "recipients",
  "recipients_outside_agreement",
  "agreement",
  "agreement_version",
  "exchange",
  "purpose",
  "verdict",
  "sent_with_warnings",
  "dismissed",
  "overridden",
  "safeshare_version",
  "attachments",
  "marking",
  "label",
  "problems",
] as const;

export function csvCell(value: string): string {
  const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

export function csvLine(cells: readonly string[]): string {
  return cells.map(csvCell).join(",") + "\r\n";
}

export function csvHeader(): string {
  return csvLine(CSV_COLUMNS);
}

function dismissedCell(row: RecordRow): string {
  const r = row.record;
  if (!r) return "";
  const items = r.dismissed.map((d) => `${d.rule} (${d.reason !== undefined ? `reason: ${d.reason}` : "reason kept in the mailbox only"})`);
  if (r.dismissedNotListed > 0) items.push(`${r.dismissedNotListed} more not listed`);
  return items.length ? items.join("; ") : "none";
}

/** Warnings sent anyway, with the reasons: only the custom property holds them (a .msg may keep
 * it; an exported .eml never does), so "not recorded" is not "none". */
function overriddenCell(row: RecordRow): string {
  const r = row.record;
  if (!r) return "";
  // The Send handler leaves the list out of the property when nothing was sent anyway: a record
  // read from the property without it overrode nothing; one read from headers alone cannot tell.
  if (r.overridden === undefined) return r.source === "headers" ? "not in this file (kept in the mailbox only)" : "none";
  return r.overridden.length ? r.overridden.map((o) => `${o.rule} (reason: ${o.reason ?? "none given"})`).join("; ") : "none";
}

export function csvRow(row: RecordRow): string {
  const r = row.record;
  const cells: Record<(typeof CSV_COLUMNS)[number], string> = {
    file: row.file,
    format: row.format,
    record: STATUS_TEXT[row.status],
    time: row.time,
    week: row.week,
    sender: row.sender,
    recipients: row.recipients.map((x) => `${x.field}: ${x.organisation} (${x.cls})`).join("; "),
    recipients_outside_agreement: String(row.recipients.filter((x) => x.outside).length),
    agreement: r?.agreement ?? "",
    agreement_version: r?.agreementVersion ?? "",
    exchange: r?.exchange ?? "",
    purpose: row.purpose,
    verdict: r?.verdict ?? "",
    sent_with_warnings: r ? (r.verdict === "warn" ? "yes" : "no") : "",
    dismissed: dismissedCell(row),
    overridden: overriddenCell(row),
    safeshare_version: r?.safeshareVersion ?? "",
    attachments: row.attachments.map((a) => `${a.type}: ${a.protection}`).join("; "),
    marking: row.marking,
    label: row.label,
    problems: row.problems.join("; "),
  };
  return csvLine(CSV_COLUMNS.map((c) => cells[c]));
}
