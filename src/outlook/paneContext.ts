/**
 * "Fix in SafeShare": the Send handler names the finding that stopped the message in the Smart
 * Alerts contextData, and the task pane opens at it.
 *
 * Documented behaviour (learn.microsoft.com, Office.SmartAlertsEventCompletedOptions.contextData,
 * Mailbox 1.14; Office.EventType.InitializationContextChanged, Mailbox 1.15):
 * - contextData is ignored unless commandId names a task pane; the pane reads it with
 *   item.getInitializationContextAsync ("" when there is none), and a JSON string must be parsed
 *   by the pane. Classic Outlook on Windows before Version 2402 passes strings only, so SafeShare
 *   always passes a string.
 * - When the pane is already open, a pane that handles InitializationContextChanged is not
 *   relaunched: the event brings the data (event.initializationContextData). A pane without the
 *   handler (Mailbox 1.12–1.14) is relaunched and reads the data as on a first opening.
 *
 * Missing, empty, foreign or malformed data is "no target": the pane behaves as when opened from
 * the ribbon and says nothing about it. Nothing here throws or rejects.
 */
import type { ComposeItem } from "./composeItem";
import { officeCall } from "./officeAsync";

/** Office.EventType.InitializationContextChanged, by value (defined only once a host script loads). */
export const INITIALIZATION_CONTEXT_CHANGED = "olkInitializationContextChanged";

/** What the pane should show first: a finding by id, else the first finding of a rule. */
export interface PaneTarget {
  findingId?: string;
  rule?: string;
}

const MARK = "safeshare-open";
/** Finding ids quote found text and can be long; a longer id is passed as its rule alone. */
const MAX_ID_LENGTH = 400;

export function encodePaneContext(finding: { id: string; rule: string }): string {
  const data: { safeshare: string; rule: string; finding?: string } = { safeshare: MARK, rule: finding.rule };
  if (finding.id.length <= MAX_ID_LENGTH) data.finding = finding.id;
  return JSON.stringify(data);
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value.length > 0 && value.length <= MAX_ID_LENGTH ? value : undefined;
}

/** The target in contextData (a JSON string, or the object newer Windows builds may pass), or
 * null for anything else. */
export function parsePaneContext(data: unknown): PaneTarget | null {
  let value: unknown = data;
  if (typeof data === "string") {
    if (data.trim() === "") return null;
    try {
      value = JSON.parse(data);
    } catch {
      return null;
    }
  }
  if (!value || typeof value !== "object") return null;
  const record = value as Record<string, unknown>;
  if (record.safeshare !== MARK) return null;
  const target: PaneTarget = {};
  const findingId = text(record.finding);
  const rule = text(record.rule);
  if (findingId) target.findingId = findingId;
  if (rule) target.rule = rule;
  return findingId || rule ? target : null;
}

/** The context the pane was opened with (Mailbox 1.8 getInitializationContextAsync), or null. */
export async function readPaneContext(item: ComposeItem, supported: boolean): Promise<PaneTarget | null> {
  const get = item.getInitializationContextAsync;
  if (!supported || typeof get !== "function") return null;
  try {
    return parsePaneContext(await officeCall<string>("getInitializationContextAsync", (cb) => get.call(item, cb)));
  } catch {
    return null;
  }
}

/**
 * Calls `handler` when the pane, already open, is opened again from a Smart Alerts dialog
 * (InitializationContextChanged, Mailbox 1.15). Resolves to an unsubscribe; never rejects (a
 * client without the event relaunches the pane instead, which then reads the context afresh).
 */
export async function onPaneContextChanged(item: ComposeItem, supported: boolean, handler: (target: PaneTarget | null) => void): Promise<() => void> {
  const add = item.addHandlerAsync;
  if (!supported || typeof add !== "function") return () => undefined;
  const eventType = INITIALIZATION_CONTEXT_CHANGED as unknown as Office.EventType;
  try {
    await officeCall<void>("addHandlerAsync(InitializationContextChanged)", (cb) =>
      add.call(item, eventType, (args: unknown) => handler(parsePaneContext(args && typeof args === "object" ? (args as { initializationContextData?: unknown }).initializationContextData : undefined)), cb),
    );
  } catch {
    return () => undefined;
  }
  return () => {
    try {
      if (typeof item.removeHandlerAsync === "function") item.removeHandlerAsync(eventType, () => undefined);
    } catch {
      // nothing to undo
    }
  };
}
