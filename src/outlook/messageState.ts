/**
 * What SafeShare remembers about the message being written, shared by the task pane, template
 * insertion and the Send handler: the exchange a template was inserted for, the findings the
 * user dismissed (with their reasons), the purpose the user chose for the message, the reasons
 * given ahead of Send for warnings to be sent anyway, and the last recipients check.
 *
 * Kept in item.sessionData (Mailbox 1.11: per message, per add-in, gone when the message is
 * closed; it never travels with the message). Where sessionData is missing it falls back to a
 * custom property, which does travel with the item, so nothing there may be personal data
 * beyond the user's own dismissal reasons, and those are capped in length.
 *
 * Runs in the Send runtime too, so: ES2016 built-ins only, no zod, no DOM.
 */
import type { ComposeItem, CustomPropertiesLike, SessionDataLike } from "./composeItem";
import { officeCall } from "./officeAsync";

export const STATE_KEY = "safeshare";
export const MAX_REASON_LENGTH = 200;
/** sessionData holds 50,000 characters in all; keep well inside it. */
export const MAX_DISMISSALS = 100;

export interface DismissalRecord {
  findingId: string;
  reason: string;
}

export interface RecipientsCheckRecord {
  /** The verdict of the recipient rules alone. */
  verdict: "pass" | "warn" | "block";
  /** How many recipients are outside the agreement's secure routes. */
  outside: number;
  /** Finding ids, so a later check can tell what changed. */
  findingIds: string[];
}

/** An attachment's protection, worked out before Send (see attachmentChecks.ts). */
export interface AttachmentCheckRecord {
  /** Attachment id and size: "id|size". */
  key: string;
  status: "encrypted" | "not-encrypted";
  format: "zip" | "pdf" | "office-ooxml" | "office-legacy" | "other";
  /** One sentence; never file content. */
  detail: string;
  entries?: { total: number; encrypted: number };
}

/** The state stays well inside sessionData's 50,000 characters. */
export const MAX_ATTACHMENT_CHECKS = 50;
/** An agreement's purpose text is a paragraph; keep the stored copy bounded. */
export const MAX_PURPOSE_LENGTH = 600;
/** An exchange id as agreements write them (agreement schema: lower-case words and hyphens). */
const EXCHANGE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The purpose chosen in the pane ("What is this for?"): an exchange of the agreement and its
 * purpose text as shown, so the record says what the user saw. */
export interface PurposeRecord {
  exchangeId: string;
  text: string;
}

export interface MessageState {
  /** The exchange id of the template inserted last (agreement exchanges[].id). */
  exchangeId?: string;
  dismissals: DismissalRecord[];
  /** The purpose the user chose; choosing it also sets exchangeId. */
  purpose?: PurposeRecord;
  /** Reasons given ahead of Send for warnings the user will send anyway, by finding id. Unlike
   * dismissals they never change the check: the warning stays, and Send still asks. */
  overrides?: DismissalRecord[];
  recipients?: RecipientsCheckRecord;
  attachments?: AttachmentCheckRecord[];
}

export function emptyState(): MessageState {
  return { dismissals: [] };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function reasonList(raw: unknown): DismissalRecord[] {
  const out: DismissalRecord[] = [];
  if (!Array.isArray(raw)) return out;
  for (const d of raw) {
    if (isObject(d) && typeof d.findingId === "string" && typeof d.reason === "string" && d.reason.trim()) {
      out.push({ findingId: d.findingId, reason: d.reason.slice(0, MAX_REASON_LENGTH) });
    }
  }
  return out.slice(-MAX_DISMISSALS);
}

/** Parses stored state leniently: anything malformed is dropped, never thrown. */
export function parseMessageState(raw: unknown): MessageState {
  let value: unknown = raw;
  if (typeof raw === "string") {
    try {
      value = JSON.parse(raw);
    } catch {
      return emptyState();
    }
  }
  const state = emptyState();
  if (!isObject(value)) return state;
  if (typeof value.exchangeId === "string" && value.exchangeId) state.exchangeId = value.exchangeId;
  state.dismissals = reasonList(value.dismissals);
  const overrides = reasonList(value.overrides);
  if (overrides.length > 0) state.overrides = overrides;
  const p = value.purpose;
  if (isObject(p) && typeof p.exchangeId === "string" && EXCHANGE_ID.test(p.exchangeId) && p.exchangeId.length <= 128 && typeof p.text === "string") {
    state.purpose = { exchangeId: p.exchangeId, text: p.text.replace(/\s+/g, " ").trim().slice(0, MAX_PURPOSE_LENGTH) };
  }
  const r = value.recipients;
  if (isObject(r) && (r.verdict === "pass" || r.verdict === "warn" || r.verdict === "block") && typeof r.outside === "number" && Array.isArray(r.findingIds)) {
    state.recipients = { verdict: r.verdict, outside: r.outside, findingIds: r.findingIds.filter((id): id is string => typeof id === "string") };
  }
  if (Array.isArray(value.attachments)) {
    const checks: AttachmentCheckRecord[] = [];
    for (const a of value.attachments) {
      if (!isObject(a) || typeof a.key !== "string" || (a.status !== "encrypted" && a.status !== "not-encrypted") || typeof a.detail !== "string") continue;
      if (a.format !== "zip" && a.format !== "pdf" && a.format !== "office-ooxml" && a.format !== "office-legacy" && a.format !== "other") continue;
      const record: AttachmentCheckRecord = { key: a.key, status: a.status, format: a.format, detail: a.detail.slice(0, MAX_REASON_LENGTH) };
      const e = a.entries;
      if (isObject(e) && typeof e.total === "number" && typeof e.encrypted === "number") record.entries = { total: e.total, encrypted: e.encrypted };
      checks.push(record);
    }
    if (checks.length > 0) state.attachments = checks.slice(-MAX_ATTACHMENT_CHECKS);
  }
  return state;
}

export function serializeMessageState(state: MessageState): string {
  return JSON.stringify(parseMessageState(state));
}

/** sessionData, where this client really has it: some Windows builds expose the object without
 * its methods (OfficeDev/office-js#4154), so check the functions, not just the property. */
function usableSessionData(item: ComposeItem): SessionDataLike | undefined {
  const data = item.sessionData;
  return data && typeof data.getAsync === "function" && typeof data.setAsync === "function" ? data : undefined;
}

/**
 * Reads the state; rejects with an OfficeCallError if Outlook fails to answer. A message
 * SafeShare has not touched gives the empty state. getAllAsync is preferred because it has no
 * "key not found" case to tell apart from a failure.
 */
export async function readMessageStateStrict(item: ComposeItem): Promise<MessageState> {
  const sessionData = usableSessionData(item);
  if (sessionData) {
    const getAll = sessionData.getAllAsync;
    if (typeof getAll === "function") {
      const all = await officeCall<unknown>("sessionData.getAllAsync", (cb) => getAll.call(sessionData, cb));
      const parsed: unknown = typeof all === "string" ? safeJson(all) : all;
      return parseMessageState(isObject(parsed) ? parsed[STATE_KEY] : undefined);
    }
    try {
      return parseMessageState(await officeCall<string>("sessionData.getAsync", (cb) => sessionData.getAsync(STATE_KEY, cb)));
    } catch {
      return emptyState(); // without getAllAsync, "not found" cannot be told apart from failure
    }
  }
  const load = item.loadCustomPropertiesAsync;
  if (!load) return emptyState();
  const props = await officeCall<CustomPropertiesLike>("loadCustomPropertiesAsync", (cb) => load.call(item, cb));
  return parseMessageState(props.get(STATE_KEY));
}

/** Reads the state, giving the empty state if Outlook fails: for readers (the Send check), where
 * unread dismissals only make the verdict stricter. */
export async function readMessageState(item: ComposeItem): Promise<MessageState> {
  try {
    return await readMessageStateStrict(item);
  } catch {
    return emptyState();
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Writes the state; rejects with an OfficeCallError naming the call if Outlook refuses. */
export async function writeMessageState(item: ComposeItem, state: MessageState): Promise<void> {
  const json = serializeMessageState(state);
  const sessionData = usableSessionData(item);
  if (sessionData) {
    await officeCall<void>("sessionData.setAsync", (cb) => sessionData.setAsync(STATE_KEY, json, cb));
    return;
  }
  const load = item.loadCustomPropertiesAsync;
  if (!load) throw new Error("This version of Outlook cannot store SafeShare's notes on the message.");
  const props = await officeCall<CustomPropertiesLike>("loadCustomPropertiesAsync", (cb) => load.call(item, cb));
  props.set(STATE_KEY, json);
  await officeCall<void>("customProperties.saveAsync", (cb) => props.saveAsync(cb));
}

/** Read, change, write. A failed read rejects, so stored dismissals are never overwritten. */
export async function updateMessageState(item: ComposeItem, change: (state: MessageState) => MessageState): Promise<MessageState> {
  const next = change(await readMessageStateStrict(item));
  await writeMessageState(item, next);
  return parseMessageState(next);
}

/** Chooses the message's purpose: the exchange is set too, as inserting its template would, so
 * the route checks apply to it. */
export function choosePurpose(item: ComposeItem, purpose: PurposeRecord): Promise<MessageState> {
  return updateMessageState(item, (state) => ({ ...state, exchangeId: purpose.exchangeId, purpose: { exchangeId: purpose.exchangeId, text: purpose.text } }));
}

/** Keeps (or, with an empty reason, removes) the reason a warning will be sent anyway. */
export function giveOverrideReason(item: ComposeItem, findingId: string, reason: string): Promise<MessageState> {
  return updateMessageState(item, (state) => {
    const others = (state.overrides ?? []).filter((o) => o.findingId !== findingId);
    return { ...state, overrides: reason.trim() ? others.concat([{ findingId, reason: reason.trim() }]) : others };
  });
}
