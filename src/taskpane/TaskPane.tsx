/**
 * The task pane: the agreement and the verdict, each recipient's class, the findings with their
 * one-click fixes, dismissals, and the agreement's templates — kept live while the user writes.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import {
  Button,
  Caption1,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Title3,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import type { ComposeItem } from "../outlook/composeItem";
import { defaultAgreementOf, deployedAgreements } from "../policy/agreement";
import type { Agreement } from "../policy/agreement/types";
import type { Finding, Fix } from "../policy/rules/types";
import { SetAsideNote } from "./components/SetAsideNote";
import { ReplyNote } from "./components/ReplyNote";
import { NO_PANE_SUPPORT, type PaneSupport } from "./model/paneSupport";
import type { LabelContextLike } from "../outlook/sensitivityLabels";
import { targetFinding } from "./model/targetFinding";
import { usePaneTarget } from "./usePaneTarget";
import { DismissedList } from "./components/DismissedList";
import { FindingsSection } from "./components/FindingsSection";
import { PaneHeader } from "./components/PaneHeader";
import { RecipientsSection } from "./components/RecipientsSection";
import { TemplatesSection } from "./components/TemplatesSection";
import { PurposeSection } from "./components/PurposeSection";
import { purposeChoicesAcross, type PurposeChoice } from "./model/purposeChoices";
import { choosePurpose, giveOverrideReason } from "../outlook/messageState";
import { summariseAgreement } from "./model/agreementSummary";
import { verdictText, type PaneVerdict } from "./model/verdictText";
import { applyFix, changesMessage } from "../outlook/applyFix";
import { dismissFinding, undoDismissal } from "../outlook/dismissals";
import { usePaneCheck, type CheckResult } from "./usePaneCheck";

export type PaneItem = ComposeItem;

export interface TaskPaneProps {
  item: PaneItem | null;
  /** Check against this one agreement only (tests and the preview's scenarios). */
  agreement?: Agreement;
  /** The agreements to check against; the deployment's set by default. */
  agreements?: readonly Agreement[];
  /** The signed-in user's address (Office.context.mailbox.userProfile.emailAddress). */
  sender?: string;
  /** The user's display name (their profile), so their own name reads as a contact detail. */
  senderName?: string;
  dark?: boolean;
  /** The clock, at the edge (policy/ has none). */
  now?: () => Date;
  /** Poll of the item while visible, in ms; 0 turns it off. */
  pollMs?: number;
  /** Wait after RecipientsChanged before re-checking, in ms. */
  debounceMs?: number;
  /** Called once each check is on screen, with elapsedMs = read + check + render (the preview
   * logs it; tests count checks). */
  onChecked?: (result: CheckResult) => void;
  /** Optional Office features this client has (requirement sets); none by default. */
  support?: PaneSupport;
  /** Office.context, for sensitivity labels where the client has them (Mailbox 1.13). */
  labels?: LabelContextLike | null;
}

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minHeight: "100vh", boxSizing: "border-box" },
  intro: { color: tokens.colorNeutralForeground2 },
});

type Notice = { intent: "success" | "error" | "info"; title: string; text?: string };

const systemNow = () => new Date();

/** The recipients' addresses as one string: the templates form re-renders only when they change. */
function recipientsKey(result: CheckResult): string {
  return result.recipients.map((r) => r.recipient.address).join("\n");
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function doneText(fix: Fix): string {
  switch (fix.type) {
    case "replace-subject":
      return "Subject replaced with a reference-only subject.";
    case "add-marking":
      return "Marking added to the subject.";
    case "set-label":
      return fix.subject === undefined ? `Sensitivity label ${fix.labelName} applied.` : `Sensitivity label ${fix.labelName} applied and marking added to the subject.`;
    case "remove-recipient":
      return `${fix.address} removed.`;
    case "replace-recipient":
      return `${fix.address} replaced with ${fix.replacement}.`;
    case "move-to-bcc":
      return `${fix.addresses.length} addresses moved to Bcc.`;
    default:
      return fix.label;
  }
}

export function TaskPane({ item, agreement, agreements = deployedAgreements, sender, senderName, dark = false, now = systemNow, pollMs = 1500, debounceMs = 150, onChecked, support = NO_PANE_SUPPORT, labels = null }: TaskPaneProps) {
  const styles = useStyles();
  // One agreement given (tests, the preview's scenarios) is checked alone; else the deployed set.
  const set = useMemo<readonly Agreement[]>(() => (agreement ? [agreement] : agreements), [agreement, agreements]);
  const { check, recheck } = usePaneCheck(item, { agreement: set, now, pollMs, debounceMs, composeType: support.composeType, labels, ...(sender ? { sender } : {}), ...(senderName ? { senderName } : {}) });
  const targetRequest = usePaneTarget(item, support);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const result = check.status === "ready" ? check.result : check.last;
  // The agreement this message is judged under (the sender's and the recipients'), once known.
  const applied = result ? result.report.agreement : ((defaultAgreementOf(set) ?? set[0]) as Agreement);
  const summary = useMemo(() => summariseAgreement(applied, now()), [applied, now]);
  const shown = check.status === "ready" ? check.result : null;
  const reportChecked = useRef(onChecked);
  reportChecked.current = onChecked;
  useLayoutEffect(() => {
    // Once React has committed the check to the page: read + check + render.
    if (shown && reportChecked.current) reportChecked.current({ ...shown, elapsedMs: performance.now() - shown.startedAt });
  }, [shown]);
  const focused = shown ? targetFinding(shown.report.findings, targetRequest?.target) : undefined;
  const focusedId = focused?.id;
  const scrolledFor = useRef<number | null>(null);
  useEffect(() => {
    // Once per "Fix in SafeShare": bring the finding into view and move focus to it.
    if (!targetRequest || !focusedId || scrolledFor.current === targetRequest.seq) return;
    const card = Array.from(document.querySelectorAll<HTMLElement>("[data-finding-id]")).find((el) => el.dataset.findingId === focusedId);
    if (!card) return;
    scrolledFor.current = targetRequest.seq;
    if (typeof card.scrollIntoView === "function") card.scrollIntoView({ block: "center" });
    card.focus();
  }, [targetRequest, focusedId]);
  const verdict: PaneVerdict = check.status === "ready" ? check.result.report.verdict : check.status;
  const headline = check.status === "ready" ? verdictText(check.result.report) : check.status === "checking" ? "Checking…" : "SafeShare could not check this message";

  const run = useCallback(
    async (what: string, action: () => Promise<string | null>) => {
      if (!item) return;
      setBusy(true);
      try {
        const done = await action();
        setNotice(done ? { intent: "success", title: done } : null);
      } catch (error) {
        setNotice({ intent: "error", title: `${what} did not work; the message was not changed.`, text: errorText(error) });
      } finally {
        setBusy(false);
        await recheck(true);
      }
    },
    [item, recheck],
  );

  const onFix = useCallback(
    (_finding: Finding, fix: Fix) => {
      if (!item) return;
      if (fix.type === "telephone") {
        const number = fix.number ?? "";
        const clipboard = typeof navigator !== "undefined" ? navigator.clipboard : undefined;
        const copied = clipboard ? clipboard.writeText(number).then(() => true, () => false) : Promise.resolve(false);
        void copied.then((ok) => setNotice(ok ? { intent: "success", title: `Copied ${number}.`, text: fix.note } : { intent: "info", title: `Telephone ${number}.`, text: fix.note }));
        return;
      }
      if (!changesMessage(fix)) return;
      void run("The fix", async () => {
        await applyFix(item, fix);
        return doneText(fix);
      });
    },
    [item, run],
  );

  const dismiss = (finding: Finding, reason: string) => {
    if (!item) return;
    void run("Dismissing", async () => {
      await dismissFinding(item, finding.id, reason);
      return "Dismissed. The Send check will not ask about it again for this message.";
    });
  };

  const undo = (findingId: string) => {
    if (!item) return;
    void run("Undo", async () => {
      await undoDismissal(item, findingId);
      return null;
    });
  };

  const choose = (choice: PurposeChoice) => {
    if (!item) return;
    void run("Choosing the purpose", async () => {
      await choosePurpose(item, { exchangeId: choice.exchangeId, text: choice.purpose });
      return `Purpose: ${choice.name}. It will be kept in the message's sharing record.`;
    });
  };

  const override = (finding: Finding, reason: string) => {
    if (!item) return;
    void run("Keeping the reason", async () => {
      await giveOverrideReason(item, finding.id, reason);
      return "Reason kept. If you choose Send Anyway, it goes into the sharing record.";
    });
  };

  const choices = useMemo(() => (result ? purposeChoicesAcross(set, result.report, sender) : []), [set, result, sender]);
  const overrides = useMemo(() => Object.fromEntries((result?.state.overrides ?? []).map((o) => [o.findingId, o.reason])), [result]);
  const actions = { onFix, onDismiss: dismiss, busy, overrides, onOverride: override, agreement: applied, agreements: set };
  const recheckNow = useCallback(() => void recheck(true), [recheck]);

  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <main className={styles.root} data-theme={dark ? "dark" : "light"}>
        {item ? (
          <PaneHeader agreement={summary} verdict={verdict} text={headline} findingCount={result && check.status === "ready" ? result.report.findings.length : 0} />
        ) : (
          <header>
            <Title3 as="h1">SafeShare</Title3>
          </header>
        )}
        <Caption1 className={styles.intro}>Checks this message against your information-sharing agreement. Nothing leaves your computer.</Caption1>
        {!item && (
          <MessageBar intent="info">
            <MessageBarBody>
              <MessageBarTitle>Open SafeShare from a message you are writing in Outlook.</MessageBarTitle>
              There is no message to check here.
            </MessageBarBody>
          </MessageBar>
        )}
        {item && check.status === "error" && (
          <MessageBar intent="error">
            <MessageBarBody>
              <MessageBarTitle>SafeShare could not read this message.</MessageBarTitle>
              {check.message}
            </MessageBarBody>
          </MessageBar>
        )}
        {notice && (
          <MessageBar intent={notice.intent} data-testid="notice">
            <MessageBarBody>
              <MessageBarTitle>{notice.title}</MessageBarTitle>
              {notice.text}
            </MessageBarBody>
          </MessageBar>
        )}
        {item && result && (
          <>
            <FindingsSection findings={result.report.findings} snapshot={result.snapshot} actions={actions} focusedId={focusedId} />
            <ReplyNote reply={result.report.reply} />
            <SetAsideNote groups={result.report.setAside} />
            <PurposeSection choices={choices} chosen={result.state.purpose?.exchangeId} onChoose={choose} busy={busy} />
            <RecipientsSection recipients={result.recipients} />
            <TemplatesSection item={item} agreement={applied} {...(sender ? { sender } : {})} recipientsKey={recipientsKey(result)} onInserted={recheckNow} />
            <DismissedList dismissed={result.report.dismissed} onUndo={undo} busy={busy} />
          </>
        )}
        {item && (
          <Button appearance="secondary" onClick={() => void recheck(true)}>
            Check again
          </Button>
        )}
      </main>
    </FluentProvider>
  );
}
