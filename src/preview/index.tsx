/**
 * Preview: a simple Outlook compose window beside the real task pane (in an iframe, as Outlook
 * hosts it), over a simulated compose item and Office, so anyone can try SafeShare without
 * Outlook (npm start → https://localhost:3000/preview.html). Send runs the real Send handler and
 * shows what Outlook's Smart Alerts dialog would.
 */
import { useCallback, useRef, useState } from "react";
import { createRoot } from "react-dom/client";
import {
  Button,
  Caption1,
  Field,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Select,
  Switch,
  Text,
  Title3,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { Send20Regular } from "@fluentui/react-icons";
import type { CheckResult } from "../taskpane/usePaneCheck";
import { installBridge, type PreviewBridge } from "./bridge";
import { ComposeWindow } from "./ComposeWindow";
import { SCENARIOS, scenarioById, type Scenario } from "./scenarios";
import { SendDialog, type SendOutcome } from "./SendDialog";
import { SimulatedComposeItem, type SimulatedAttachment } from "./simulatedItem";

/**
 * "?now=2026-11-18T10:00:00Z" pins the preview's clock (scenarios with their own time keep it):
 * to try a mailbox schedule on another day, and so the browser tests do not depend on the day
 * they run.
 */
const PINNED_NOW = ((): string | undefined => {
  const value = new URLSearchParams(window.location.search).get("now");
  return value && !Number.isNaN(Date.parse(value)) ? value : undefined;
})();
import { createSimulatedOffice, type SimulatedOffice } from "./simulatedOffice";
import { SimulatedLabelsCatalog } from "./simulatedLabels";
import { previewUserOf, type PreviewUser } from "./previewUser";

/** A scenario with a label runs in a tenant with the sample catalogue and that label applied;
 * the others in a tenant without labels (the catalogue disabled). */
function applyScenarioLabels(office: SimulatedOffice, item: SimulatedComposeItem, label: string | undefined): void {
  const catalog = office.context.sensitivityLabelsCatalog;
  if (!catalog) return;
  catalog.enabled = label !== undefined;
  if (label) item.applyLabel(label);
}

const useStyles = makeStyles({
  page: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground2, color: tokens.colorNeutralForeground1 },
  bar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalL, alignItems: "flex-end", padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXL}` },
  layout: { display: "flex", gap: tokens.spacingHorizontalL, padding: `0 ${tokens.spacingHorizontalXL} ${tokens.spacingVerticalXL}`, alignItems: "stretch" },
  compose: {
    flex: "1 1 480px",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow8,
  },
  toolbar: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM },
  pane: { flex: "0 0 360px", width: "360px", height: "calc(100vh - 120px)", minHeight: "560px", border: "none", borderRadius: tokens.borderRadiusLarge, boxShadow: tokens.shadow8 },
  mirror: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

/** The signed-in user: "?sender=…" (previewUser.ts) for a deployment with other agreements. */
const SENDER = ((): PreviewUser => {
  const { user, problem } = previewUserOf(window.location.search);
  if (problem) console.warn(`SafeShare preview: ${problem}`);
  return user;
})();
const FIRST = SCENARIOS[1] as Scenario; // "Name in subject": the typical mistake

function Preview() {
  const styles = useStyles();
  const [scenario, setScenario] = useState<Scenario>(FIRST);
  const [attachments, setAttachments] = useState<SimulatedAttachment[]>(FIRST.message.attachments ?? []);
  const [item, setItem] = useState(() => new SimulatedComposeItem(FIRST.message, { from: SENDER }));
  const [dark, setDark] = useState(false);
  const [verdict, setVerdict] = useState<{ verdict: string; count: number }>({ verdict: "checking", count: 0 });
  const [outcome, setOutcome] = useState<SendOutcome | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const scenarioRef = useRef(scenario);
  scenarioRef.current = scenario;
  const themeListeners = useRef(new Set<(theme: "light" | "dark") => void>());

  // One Office for the page: scenarios switch its item, as opening another message does.
  const [office] = useState(() => {
    const created = createSimulatedOffice({ item, user: SENDER, theme: "light", labels: new SimulatedLabelsCatalog({ enabled: false }) });
    applyScenarioLabels(created, item, FIRST.sensitivityLabel);
    return created;
  });
  const now = useCallback(() => {
    const fixed = scenarioRef.current.now ?? PINNED_NOW;
    return fixed ? new Date(fixed) : new Date();
  }, []);

  // Installed once, during the first render: before the pane's iframe loads and looks for it.
  useState(() => {
    const bridge: PreviewBridge = {
      office,
      now,
      onThemeChange: (listener) => {
        themeListeners.current.add(listener);
        return () => themeListeners.current.delete(listener);
      },
      reportCheck: (result: CheckResult) => {
        bridge.timings.push(result.elapsedMs);
        setVerdict({ verdict: result.report.verdict, count: result.report.findings.length });
      },
      timings: [],
    };
    installBridge(window, bridge);
    return bridge;
  });

  const load = (id: string) => {
    const next = scenarioById(id);
    if (!next) return;
    const nextItem = new SimulatedComposeItem(next.message, { from: SENDER, ...(next.composeType ? { composeType: next.composeType } : {}) });
    setScenario(next);
    setAttachments(next.message.attachments ?? []);
    setItem(nextItem);
    setOutcome(null);
    setSent(null);
    setVerdict({ verdict: "checking", count: 0 });
    // As when the user opens another message with the pane pinned.
    office.selectItem(nextItem);
    applyScenarioLabels(office, nextItem, next.sensitivityLabel);
  };

  const toggleTheme = (toDark: boolean) => {
    setDark(toDark);
    office.setTheme(toDark ? "dark" : "light");
    themeListeners.current.forEach((l) => l(toDark ? "dark" : "light"));
  };

  const changeAttachments = (next: SimulatedAttachment[]) => {
    setAttachments(next);
    item.edit({ attachments: next });
  };

  const send = async () => {
    setSent(null);
    let completed: SendOutcome = {};
    // Loaded on the first Send, not with the page: the compose window and the pane's iframe
    // come up sooner without it.
    const { handleMessageSend } = await import(/* webpackChunkName: "preview-send" */ "../launchevent/onMessageSend");
    await handleMessageSend({ completed: (options?: SendOutcome) => void (completed = options ?? { allowEvent: true }) }, office, { now: now() });
    if (completed.allowEvent === false) setOutcome(completed);
    else setSent("SafeShare allowed the message: Outlook would send it now.");
  };

  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <div className={styles.page}>
        <div className={styles.bar}>
          <Title3 as="h1">SafeShare preview</Title3>
          <Field label="Sample message">
            <Select value={scenario.id} onChange={(_, d) => load(d.value)}>
              {SCENARIOS.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </Select>
          </Field>
          <Switch label="Dark theme" checked={dark} onChange={(_, d) => toggleTheme(d.checked)} />
          <Caption1>{scenario.description} Nothing is sent anywhere.</Caption1>
        </div>
        <main className={styles.layout}>
          <section className={styles.compose} aria-label="Simulated Outlook message">
            <div className={styles.toolbar}>
              <Button appearance="primary" icon={<Send20Regular />} onClick={() => void send()}>
                Send
              </Button>
              <div className={styles.mirror}>
                <Caption1>SafeShare:</Caption1>
                {/* The pane's verdict, mirrored for the benchmark and tests that watch the page. */}
                <Text size={200} weight="semibold" data-testid="verdict" data-verdict={verdict.verdict}>
                  {verdict.verdict === "checking" ? "checking…" : `${verdict.verdict} (${verdict.count} findings)`}
                </Text>
              </div>
            </div>
            {sent && (
              <MessageBar intent="success">
                <MessageBarBody>{sent}</MessageBarBody>
              </MessageBar>
            )}
            <ComposeWindow item={item} from={`${SENDER.displayName} <${SENDER.emailAddress}>`} attachments={attachments} onAttachmentsChange={changeAttachments} />
          </section>
          <iframe className={styles.pane} title="SafeShare task pane" src="preview-pane.html" />
        </main>
        <SendDialog
          outcome={outcome}
          onCancel={() => {
            // "Fix in SafeShare": Outlook opens the pane named by commandId with contextData; the
            // pane is already open beside the message, so it gets InitializationContextChanged.
            if (outcome?.commandId && typeof outcome.contextData === "string") item.openPaneWith(outcome.contextData);
            setOutcome(null);
          }}
          onSendAnyway={() => {
            setOutcome(null);
            setSent("Sent anyway, at your word: Outlook would send it now.");
          }}
        />
      </div>
    </FluentProvider>
  );
}

Office.onReady(() => {
  const container = document.getElementById("root");
  if (container) createRoot(container).render(<Preview />);
});
