/**
 * The task pane: reads the compose item into a Snapshot and shows who the message is going to.
 * The agreement checks, fixes and templates build on this shell.
 */
import { useCallback, useEffect, useState } from "react";
import {
  Badge,
  Body1,
  Button,
  Caption1,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  Title3,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import type { Recipient, Snapshot } from "../policy/snapshot";
import { readSnapshot } from "../outlook/readSnapshot";
import { onRecipientsChanged } from "../outlook/events";
import type { ComposeItem } from "../outlook/composeItem";

export type PaneItem = ComposeItem;

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  recipient: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, minWidth: 0 },
  address: { overflowWrap: "anywhere" },
});

type State = { status: "loading" } | { status: "ready"; snapshot: Snapshot } | { status: "error"; message: string };

function RecipientRow({ field, recipient }: { field: "To" | "Cc" | "Bcc"; recipient: Recipient }) {
  const styles = useStyles();
  return (
    <li className={styles.recipient}>
      <Badge appearance="outline" color="informative" aria-label={`${field} recipient`}>
        {field}
      </Badge>
      <Body1 className={styles.address}>
        {recipient.name && recipient.name !== recipient.address ? `${recipient.name} <${recipient.address}>` : recipient.address}
      </Body1>
    </li>
  );
}

function MessageSummary({ snapshot }: { snapshot: Snapshot }) {
  const styles = useStyles();
  const rows: { field: "To" | "Cc" | "Bcc"; recipient: Recipient }[] = [
    ...snapshot.to.map((recipient) => ({ field: "To" as const, recipient })),
    ...snapshot.cc.map((recipient) => ({ field: "Cc" as const, recipient })),
    ...snapshot.bcc.map((recipient) => ({ field: "Bcc" as const, recipient })),
  ];
  return (
    <>
      <section className={styles.section} aria-labelledby="recipients-heading">
        <Subtitle2 as="h2" id="recipients-heading">
          Recipients ({rows.length})
        </Subtitle2>
        {rows.length === 0 ? (
          <Body1>No recipients yet.</Body1>
        ) : (
          <ul className={styles.list}>
            {rows.map((row, i) => (
              <RecipientRow key={`${row.field}-${i}`} field={row.field} recipient={row.recipient} />
            ))}
          </ul>
        )}
      </section>
      <section className={styles.section} aria-labelledby="subject-heading">
        <Subtitle2 as="h2" id="subject-heading">
          Subject
        </Subtitle2>
        <Body1 data-testid="subject">{snapshot.subject || "(no subject)"}</Body1>
      </section>
      <Caption1>
        {snapshot.attachments.length === 1 ? "1 attachment" : `${snapshot.attachments.length} attachments`} · body{" "}
        {snapshot.body.length.toLocaleString("en-GB")} characters
      </Caption1>
    </>
  );
}

export function TaskPane({ item }: { item: PaneItem | null }) {
  const styles = useStyles();
  const [state, setState] = useState<State>(item ? { status: "loading" } : { status: "error", message: "" });

  const refresh = useCallback(() => {
    if (!item) return;
    readSnapshot(item).then(
      (snapshot) => setState({ status: "ready", snapshot }),
      (error: unknown) => setState({ status: "error", message: error instanceof Error ? error.message : String(error) }),
    );
  }, [item]);

  useEffect(() => {
    if (!item) return undefined;
    refresh();
    let unsubscribe: (() => void) | undefined;
    let cancelled = false;
    onRecipientsChanged(item, refresh).then(
      (off) => (cancelled ? off() : (unsubscribe = off)),
      () => undefined, // Without the event the pane still refreshes on demand.
    );
    return () => {
      cancelled = true;
      if (unsubscribe) unsubscribe();
    };
  }, [item, refresh]);

  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.root}>
        <header className={styles.header}>
          <Title3 as="h1">SafeShare</Title3>
          <Caption1>Checks this message against your information-sharing agreement. Nothing leaves your computer.</Caption1>
        </header>
        {!item && (
          <MessageBar intent="info">
            <MessageBarBody>
              <MessageBarTitle>Open SafeShare from a message you are writing in Outlook.</MessageBarTitle>
              There is no message to check here.
            </MessageBarBody>
          </MessageBar>
        )}
        {item && state.status === "loading" && <Spinner size="small" label="Reading the message…" />}
        {item && state.status === "error" && (
          <MessageBar intent="error">
            <MessageBarBody>
              <MessageBarTitle>SafeShare could not read this message.</MessageBarTitle>
              {state.message}
            </MessageBarBody>
          </MessageBar>
        )}
        {state.status === "ready" && <MessageSummary snapshot={state.snapshot} />}
        {item && (
          <Button appearance="secondary" onClick={refresh}>
            Check again
          </Button>
        )}
      </main>
    </FluentProvider>
  );
}
