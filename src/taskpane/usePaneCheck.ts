/**
 * The pane's live check: reads the item, checks it against the agreement and keeps the result.
 * Re-checks on RecipientsChanged, when the pane becomes visible again, and by a light poll of
 * the item while visible; a poll that finds nothing changed does not re-check. Reading never
 * blocks typing: Office calls are asynchronous and the check itself takes milliseconds.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { ComposeItem } from "../outlook/composeItem";
import { judgedAttachments, rememberAttachmentChecks } from "../outlook/attachmentChecks";
import { onRecipientsChanged, onSensitivityLabelChanged } from "../outlook/events";
import type { LabelContextLike } from "../outlook/sensitivityLabels";
import type { MessageState } from "../outlook/messageState";
import type { Agreement } from "../policy/agreement/types";
import { checkMessage, type Report } from "../policy/check";
import type { CheckedRecipient } from "../policy/rules/types";
import type { Snapshot } from "../policy/snapshot";
import { snapshotKey } from "./model/snapshotKey";
import { AttachmentBytesCache, readMessage } from "../outlook/readMessage";

export interface CheckResult {
  snapshot: Snapshot;
  report: Report;
  recipients: CheckedRecipient[];
  state: MessageState;
  /** performance.now() when reading the item began. */
  startedAt: number;
  /** Milliseconds from starting to read the item to having the report (the pane adds rendering
   * when it reports the check: see TaskPane's onChecked). */
  elapsedMs: number;
}

export type CheckState = { status: "checking"; last?: CheckResult } | { status: "ready"; result: CheckResult } | { status: "error"; message: string; last?: CheckResult };

export interface PaneCheckOptions {
  /** The deployed agreements (or one): those the sender is a party to apply. */
  agreement: Agreement | readonly Agreement[];
  sender?: string;
  /** The user's display name, so their own name is known as a contact detail. */
  senderName?: string;
  now: () => Date;
  /** Poll interval while visible; 0 turns the poll off (tests). */
  pollMs: number;
  /** Wait after a RecipientsChanged burst before re-checking. */
  debounceMs?: number;
  /** The client supports Mailbox 1.10: read the compose type (replies and forwards). */
  composeType?: boolean;
  /** Office.context, for the message's sensitivity label and the tenant's catalogue (Mailbox 1.13). */
  labels?: LabelContextLike | null;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function usePaneCheck(item: ComposeItem | null, options: PaneCheckOptions) {
  const { agreement, sender, senderName, now, pollMs, debounceMs = 150, composeType = false, labels = null } = options;
  const [check, setCheck] = useState<CheckState>({ status: "checking" });
  const lastKey = useRef<string | null>(null);
  const lastResult = useRef<CheckResult | undefined>(undefined);
  const running = useRef<Promise<void> | null>(null);
  const again = useRef(false);
  const cache = useRef(new AttachmentBytesCache());
  const alive = useRef(true);
  const currentItem = useRef(item);
  currentItem.current = item;

  const runOnce = useCallback(
    async (force: boolean) => {
      if (!item) return;
      const started = performance.now();
      try {
        const { snapshot, state } = await readMessage(item, cache.current, { composeType, labels });
        if (currentItem.current !== item) return; // the user moved to another message meanwhile
        const key = snapshotKey(snapshot, JSON.stringify(state));
        if (!force && key === lastKey.current) return;
        if (force || lastKey.current === null) setCheck({ status: "checking", ...(lastResult.current ? { last: lastResult.current } : {}) });
        const checkOptions = { now: now(), dismissed: state.dismissals, ...(sender ? { sender } : {}), ...(senderName ? { senderName } : {}), ...(state.exchangeId ? { exchange: state.exchangeId } : {}) };
        const report = checkMessage(snapshot, agreement, checkOptions);
        const result: CheckResult = { snapshot, report, recipients: report.recipients, state, startedAt: started, elapsedMs: performance.now() - started };
        lastKey.current = key;
        lastResult.current = result;
        // Remember each attachment's protection, so Send needs no bytes for it.
        if (report.attachments.length > 0 || (state.attachments ?? []).length > 0) {
          void rememberAttachmentChecks(item, judgedAttachments(report.attachments), state).catch(() => undefined);
        }
        if (alive.current) setCheck({ status: "ready", result });
      } catch (error) {
        if (currentItem.current !== item) return;
        lastKey.current = null;
        if (alive.current) setCheck({ status: "error", message: errorText(error), ...(lastResult.current ? { last: lastResult.current } : {}) });
      }
    },
    [item, agreement, sender, senderName, now, composeType, labels],
  );

  // The latest runOnce (for the latest item): a check queued behind one for a previous item
  // must read the current item.
  const latestRun = useRef(runOnce);
  latestRun.current = runOnce;

  /** One check at a time; a request during a check runs once more after it. */
  const recheck = useCallback((force = true): Promise<void> => {
    if (running.current) {
      again.current = again.current || force;
      return running.current;
    }
    const run = (async () => {
      await latestRun.current(force);
      while (again.current) {
        again.current = false;
        await latestRun.current(true);
      }
      running.current = null;
    })();
    running.current = run;
    return run;
  }, []);

  useEffect(() => {
    alive.current = true;
    lastKey.current = null;
    lastResult.current = undefined;
    cache.current = new AttachmentBytesCache();
    if (!item) return undefined;
    void recheck(true);
    let unsubscribe: (() => void) | undefined;
    let cancelled = false;
    let debounce: ReturnType<typeof setTimeout> | undefined;
    onRecipientsChanged(item, () => {
      if (debounce) clearTimeout(debounce);
      debounce = setTimeout(() => void recheck(false), debounceMs);
    }).then(
      (off) => (cancelled ? off() : (unsubscribe = off)),
      () => undefined, // without the event, the poll still notices recipient changes
    );
    // A label chosen in Outlook's Sensitivity menu may mark the message (Mailbox 1.13).
    let unsubscribeLabel: (() => void) | undefined;
    onSensitivityLabelChanged(item, () => void recheck(true)).then(
      (off) => (cancelled ? off() : (unsubscribeLabel = off)),
      () => undefined, // without the event, the poll still notices a new label
    );
    const visible = () => typeof document === "undefined" || document.visibilityState !== "hidden";
    const onVisibility = () => {
      if (visible()) void recheck(false);
    };
    document.addEventListener("visibilitychange", onVisibility);
    const timer = pollMs > 0 ? setInterval(() => visible() && void recheck(false), pollMs) : undefined;
    return () => {
      alive.current = false;
      cancelled = true;
      if (unsubscribe) unsubscribe();
      if (unsubscribeLabel) unsubscribeLabel();
      if (debounce) clearTimeout(debounce);
      if (timer) clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisibility);
    };
  }, [item, recheck, pollMs, debounceMs]);

  return { check, recheck };
}
