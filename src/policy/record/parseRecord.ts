/**
 * The sharing record a sent message carries (src/outlook/sharingRecord.ts writes it), read back
 * as untrusted input: anyone can put X-SafeShare-* headers on a message, and files get damaged.
 * Every value is checked against what SafeShare writes; anything else makes the record
 * unreadable with the reasons, never an exception. Pure. One parser for `safeshare records`
 * (src/cli/records/) and the task pane's read mode (src/taskpane/read/).
 *
 * Sources: the X-SafeShare-* header fields (an .eml's header, a .msg's transport headers, a
 * .msg's internet-header named properties, or Outlook's getAllInternetHeadersAsync), and the
 * `safeshareRecord` custom property where the item kept it (it alone holds the dismissal
 * reasons, the reasons for warnings sent anyway and the time of the check).
 */
import { HEADER_AGREEMENT, HEADER_DISMISSED, HEADER_EXCHANGE, HEADER_LABEL, HEADER_PURPOSE, HEADER_VERDICT, HEADER_VERSION, RECORD_PROPERTY } from "./names";
import type { HeaderField } from "./headerFields";

export interface RecordDismissal {
  rule: string;
  /** The hash SafeShare puts in the header in place of the finding id. */
  hash: string;
  /** Only the custom property holds reasons. */
  reason?: string;
}

export interface SharingRecordRead {
  agreement: string;
  agreementVersion: string;
  exchange: string;
  safeshareVersion: string;
  verdict: "pass" | "warn";
  dismissed: RecordDismissal[];
  /** "+N more" at the end of a long X-SafeShare-Dismissed header: dismissals not listed. */
  dismissedNotListed: number;
  /** The sensitivity label the message carried when checked (clients that read labels). */
  label?: { name: string; id: string };
  /** The exchange id of the purpose the sender chose in the pane (X-SafeShare-Purpose), if any. */
  purpose?: string;
  /** Warnings sent anyway, with the sender's reason (custom property only: the headers list
   * dismissals alone). */
  overridden?: RecordDismissal[];
  /** When the check ran (custom property only). */
  checkedAt?: string;
  /** Where it was read from. */
  source: "headers" | "property" | "headers and property";
}

export type RecordReading = { status: "none" } | { status: "ok"; record: SharingRecordRead; warnings: string[] } | { status: "unreadable"; problems: string[] };

const NAMES = [HEADER_AGREEMENT, HEADER_EXCHANGE, HEADER_VERSION, HEADER_VERDICT, HEADER_DISMISSED];
/** Headers a record may carry, not must. */
const OPTIONAL = [HEADER_LABEL, HEADER_PURPOSE];
const LABEL = /^([\x20-\x7e]{0,300}); id=([A-Za-z0-9{}-]{1,80})$/;
/** RFC 5322's line limit; SafeShare writes at most 900 characters. */
const MAX_VALUE = 998;
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
const AGREEMENT = /^([A-Za-z0-9][A-Za-z0-9._-]{0,127}); version="([^"]{0,300})"$/;
const VERSION = /^[0-9A-Za-z][0-9A-Za-z.+-]{0,39}$/;
const DISMISSED_ID = /^([a-z0-9][a-z0-9-]{0,63})#([0-9a-f]{8})$/;
const MORE = /^\+(\d{1,6}) more$/;
const MAX_REASON = 200;

/** A header value as shown in a problem: short, printable. */
function shown(value: string): string {
  const v = value.replace(/[^\x20-\x7e]/g, "?");
  return `“${v.length > 60 ? v.slice(0, 60) + "…" : v}”`;
}

function parseDismissed(value: string, problems: string[]): { dismissed: RecordDismissal[]; more: number } {
  if (value === "none") return { dismissed: [], more: 0 };
  const dismissed: RecordDismissal[] = [];
  let more = 0;
  const items = value.split(",").map((s) => s.trim());
  items.forEach((item, i) => {
    const m = DISMISSED_ID.exec(item);
    const extra = MORE.exec(item);
    if (m) dismissed.push({ rule: m[1] as string, hash: m[2] as string });
    else if (extra && i === items.length - 1) more = Number(extra[1]);
    else problems.push(`${HEADER_DISMISSED} item ${i + 1} ${shown(item)} is not a rule and finding hash (rule#1234abcd)`);
  });
  return { dismissed, more };
}

/** One value per record header: repeated headers must agree (a second, different one is forged). */
function singleValues(fields: readonly HeaderField[], problems: string[]): Map<string, string> {
  const values = new Map<string, string>();
  for (const name of NAMES.concat(OPTIONAL)) {
    const found = [...new Set(fields.filter((f) => f.name === name.toLowerCase()).map((f) => f.value))];
    if (found.length > 1) problems.push(`${name} appears with ${found.length} different values`);
    else if (found.length === 1) values.set(name, found[0] as string);
  }
  return values;
}

function fromHeaders(values: Map<string, string>, problems: string[]): SharingRecordRead | null {
  for (const name of NAMES) if (!values.has(name)) problems.push(`${name} is missing`);
  for (const [name, value] of values) {
    if (value.length > MAX_VALUE) problems.push(`${name} is ${value.length} characters long (SafeShare writes at most 900)`);
    else if (/[^\x20-\x7e]/.test(value) || /=\?[^?]*\?[bq]\?/i.test(value)) problems.push(`${name} holds characters SafeShare never writes`);
  }
  if (problems.length > 0) return null;
  const agreement = AGREEMENT.exec(values.get(HEADER_AGREEMENT) as string);
  if (!agreement) problems.push(`${HEADER_AGREEMENT} ${shown(values.get(HEADER_AGREEMENT) as string)} is not an agreement id and version`);
  const exchange = values.get(HEADER_EXCHANGE) as string;
  if (!ID.test(exchange)) problems.push(`${HEADER_EXCHANGE} ${shown(exchange)} is not an exchange id`);
  const version = values.get(HEADER_VERSION) as string;
  if (!VERSION.test(version)) problems.push(`${HEADER_VERSION} ${shown(version)} is not a version`);
  const verdict = values.get(HEADER_VERDICT) as string;
  if (verdict === "block") problems.push(`${HEADER_VERDICT} is “block”, but SafeShare never lets a blocked message go`);
  else if (verdict !== "pass" && verdict !== "warn") problems.push(`${HEADER_VERDICT} ${shown(verdict)} is not pass or warn`);
  const { dismissed, more } = parseDismissed(values.get(HEADER_DISMISSED) as string, problems);
  const labelText = values.get(HEADER_LABEL);
  const label = labelText === undefined ? undefined : LABEL.exec(labelText);
  if (label === null) problems.push(`${HEADER_LABEL} ${shown(labelText as string)} is not a label name and id`);
  const purpose = values.get(HEADER_PURPOSE);
  if (purpose !== undefined && (purpose === "none" || !ID.test(purpose))) problems.push(`${HEADER_PURPOSE} ${shown(purpose)} is not an exchange id`);
  if (problems.length > 0 || !agreement) return null;
  const out: SharingRecordRead = {
    agreement: agreement[1] as string,
    agreementVersion: agreement[2] as string,
    exchange,
    safeshareVersion: version,
    verdict: verdict as "pass" | "warn",
    dismissed,
    dismissedNotListed: more,
    source: "headers",
  };
  if (label) out.label = { name: (label[1] as string).trim(), id: label[2] as string };
  if (purpose !== undefined) out.purpose = purpose;
  return out;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** The custom property's JSON (the record itself, or Outlook's object of every custom property). */
function fromProperty(json: string, problems: string[]): SharingRecordRead | null {
  let value: unknown;
  try {
    value = JSON.parse(json);
    if (isObject(value) && RECORD_PROPERTY in value) value = value[RECORD_PROPERTY];
    if (typeof value === "string") value = JSON.parse(value);
  } catch {
    problems.push(`the ${RECORD_PROPERTY} property is not JSON`);
    return null;
  }
  if (!isObject(value)) {
    problems.push(`the ${RECORD_PROPERTY} property is not an object`);
    return null;
  }
  const text = (k: string, pattern: RegExp) => {
    const v = value[k];
    if (typeof v === "string" && pattern.test(v)) return v;
    problems.push(`the ${RECORD_PROPERTY} property's ${k} is missing or malformed`);
    return "";
  };
  const record: SharingRecordRead = {
    agreement: text("agreement", ID),
    agreementVersion: text("agreementVersion", /^[^"]{0,300}$/),
    exchange: text("exchange", ID),
    safeshareVersion: text("safeshareVersion", VERSION),
    verdict: text("verdict", /^(pass|warn)$/) as "pass" | "warn",
    dismissed: [],
    dismissedNotListed: 0,
    source: "property",
  };
  const label = value.label;
  if (isObject(label) && typeof label.id === "string" && typeof label.name === "string" && label.id !== "") {
    record.label = { id: label.id.slice(0, 80), name: label.name.replace(/\s+/g, " ").trim().slice(0, 300) };
  }
  const purpose = value.purpose;
  if (purpose !== undefined) {
    if (isObject(purpose) && typeof purpose.exchange === "string" && purpose.exchange !== "none" && ID.test(purpose.exchange)) record.purpose = purpose.exchange;
    else problems.push(`the ${RECORD_PROPERTY} property's purpose is malformed`);
  }
  const at = value.checkedAt;
  if (typeof at === "string" && /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(at) && !Number.isNaN(Date.parse(at))) record.checkedAt = at;
  const list = value.dismissed;
  if (!Array.isArray(list)) problems.push(`the ${RECORD_PROPERTY} property's dismissed list is missing`);
  else record.dismissed = findingReasons(list, "dismissal", problems);
  const overridden = value.overridden;
  if (overridden !== undefined) {
    if (!Array.isArray(overridden)) problems.push(`the ${RECORD_PROPERTY} property's overridden list is not a list`);
    else record.overridden = findingReasons(overridden, "override", problems);
  }
  return problems.length > 0 ? null : record;
}

/** The property's {finding: "rule#hash", rule, reason} entries; a malformed one is a problem. */
function findingReasons(list: unknown[], what: string, problems: string[]): RecordDismissal[] {
  const out: RecordDismissal[] = [];
  list.forEach((d, i) => {
    const m = isObject(d) && typeof d.finding === "string" ? DISMISSED_ID.exec(d.finding) : null;
    if (!m || !isObject(d) || d.rule !== m[1] || typeof d.reason !== "string") {
      problems.push(`the ${RECORD_PROPERTY} property's ${what} ${i + 1} is malformed`);
      return;
    }
    out.push({ rule: m[1] as string, hash: m[2] as string, reason: d.reason.replace(/\s+/g, " ").trim().slice(0, MAX_REASON) });
  });
  return out;
}

/** The property's reasons joined to the headers' record; disagreement means one was altered. */
function joined(headers: SharingRecordRead, property: SharingRecordRead, problems: string[]): SharingRecordRead | null {
  for (const k of ["agreement", "agreementVersion", "exchange", "safeshareVersion", "verdict"] as const) {
    if (headers[k] !== property[k]) problems.push(`the headers and the ${RECORD_PROPERTY} property disagree on ${k}`);
  }
  const listed = headers.dismissed.map((d) => `${d.rule}#${d.hash}`).join(",");
  const stored = property.dismissed.slice(0, headers.dismissed.length).map((d) => `${d.rule}#${d.hash}`).join(",");
  if (listed !== stored || property.dismissed.length !== headers.dismissed.length + headers.dismissedNotListed) {
    problems.push(`the headers and the ${RECORD_PROPERTY} property list different dismissals`);
  }
  if (headers.purpose !== property.purpose) problems.push(`the headers and the ${RECORD_PROPERTY} property name different purposes`);
  if (headers.label && property.label && headers.label.id !== property.label.id) problems.push(`the headers and the ${RECORD_PROPERTY} property name different labels`);
  if (problems.length > 0) return null;
  const out: SharingRecordRead = { ...property, source: "headers and property" };
  if (!out.label && headers.label) out.label = headers.label;
  return out;
}

/**
 * Reads the record from a message's header fields (names lower case; any number of sources
 * concatenated) and, when present, the custom property's JSON text.
 */
export function readSharingRecord(fields: readonly HeaderField[], property?: string): RecordReading {
  const ours = fields.filter((f) => f.name.startsWith("x-safeshare-"));
  const known = new Set(NAMES.concat(OPTIONAL).map((n) => n.toLowerCase()));
  const warnings = [...new Set(ours.filter((f) => !known.has(f.name)).map((f) => f.name))].map((n) => `unknown header ${n} ignored`);
  const hasHeaders = ours.some((f) => known.has(f.name));
  if (!hasHeaders && property === undefined) return { status: "none" };
  const problems: string[] = [];
  let record: SharingRecordRead | null = null;
  if (hasHeaders) {
    const values = singleValues(ours, problems);
    record = problems.length > 0 ? null : fromHeaders(values, problems);
  }
  if (property !== undefined && problems.length === 0) {
    const propertyProblems: string[] = [];
    const stored = fromProperty(property, propertyProblems);
    if (record === null) {
      record = stored;
      problems.push(...propertyProblems);
    } else if (stored === null) {
      // The headers are whole; a damaged property loses only the reasons.
      warnings.push(...propertyProblems.map((p) => `${p}: dismissal reasons not read`));
    } else record = joined(record, stored, problems);
  }
  if (record === null || problems.length > 0) return { status: "unreadable", problems: problems.length ? problems : ["the record could not be read"] };
  return { status: "ok", record, warnings };
}
