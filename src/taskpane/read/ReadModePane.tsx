/**
 * The task pane on a message open for reading (sent or received): the message's sharing record,
 * read from its internet headers and SafeShare's custom property (src/outlook/readRecord.ts),
 * and "Report a mistake", which opens a new message to the agreement's breach contact with the
 * record, the agreement's breach steps and the regulator clock (model/reportMessage.ts).
 */
import { useCallback, useEffect, useMemo, useState } from "react";
import {
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
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { defaultAgreementOf, deployedAgreements } from "../../policy/agreement";
import type { Agreement } from "../../policy/agreement/types";
import type { ReadItem, ReadMailboxLike } from "../../outlook/readItem";
import { readMessageRecord, type ReadRecordResult } from "../../outlook/readRecord";
import { openNewMessage } from "../../outlook/reportMistake";
import { RecordList } from "./RecordList";
import { recordView } from "./model/recordView";
import { reportMessage, ukDateTime, type ReportMessage } from "./model/reportMessage";

export interface ReadModePaneProps {
  item: ReadItem;
  /** Office.context.mailbox: where displayNewMessageForm lives. */
  mailbox: ReadMailboxLike | null;
  agreements?: readonly Agreement[];
  dark?: boolean;
  /** The clock, at the edge (policy/ has none): the report's deadline counts from it. */
  now?: () => Date;
}

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minHeight: "100vh", boxSizing: "border-box" },
  quiet: { color: tokens.colorNeutralForeground3 },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

const systemNow = () => new Date();

type Outcome = { report: ReportMessage; opened: true } | { report: ReportMessage; opened: false; reason: string };

export function ReadModePane({ item, mailbox, agreements = deployedAgreements, dark = false, now = systemNow }: ReadModePaneProps) {
  const styles = useStyles();
  const [result, setResult] = useState<ReadRecordResult | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [opening, setOpening] = useState(false);

  useEffect(() => {
    let live = true;
    void readMessageRecord(item).then((r) => {
      if (live) setResult(r);
    });
    return () => {
      live = false;
    };
  }, [item]);

  const fallback = useMemo(() => defaultAgreementOf(agreements) ?? null, [agreements]);
  // Who a report would go to, before the user asks (the clock starts only when they do).
  const preview = useMemo(
    () => (result ? reportMessage({ reading: result.status === "read" ? result.reading : null, agreements, fallback, sentAt: result.sentAt, openedAt: new Date(0) }) : null),
    [result, agreements, fallback],
  );

  const report = useCallback(async () => {
    if (!result) return;
    setOpening(true);
    const message = reportMessage({ reading: result.status === "read" ? result.reading : null, agreements, fallback, sentAt: result.sentAt, openedAt: now() });
    const opened = await openNewMessage(mailbox, { toRecipients: message.toRecipients, subject: message.subject, htmlBody: message.htmlBody });
    setOutcome(opened.opened ? { report: message, opened: true } : { report: message, opened: false, reason: opened.reason });
    setOpening(false);
  }, [result, agreements, fallback, mailbox, now]);

  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <main className={styles.root} data-theme={dark ? "dark" : "light"} data-mode="read">
        <header>
          <Title3 as="h1">SafeShare record</Title3>
        </header>
        <Caption1 className={styles.quiet}>What SafeShare recorded when this message was sent. Nothing leaves your computer.</Caption1>
        <section className={styles.section} aria-labelledby="record-heading" aria-busy={result === null}>
          <Subtitle2 as="h2" id="record-heading">
            Sharing record
          </Subtitle2>
          <RecordState result={result} agreements={agreements} />
        </section>
        {preview && (
          <section className={styles.section} aria-labelledby="report-heading">
            <Subtitle2 as="h2" id="report-heading">
              Report a mistake
            </Subtitle2>
            <Body1>
              Sent to the wrong person, or with data it should not have had? Report it straight away: a reportable breach goes to the regulator within{" "}
              {preview.hours} hours of becoming aware of it.
            </Body1>
            {preview.contact ? (
              <Body1 data-testid="breach-contact">Reports go to {preview.contact}{preview.usedDefaultAgreement && preview.agreement ? `, the breach contact of ${preview.agreement.title}` : ""}.</Body1>
            ) : (
              <MessageBar intent="warning" data-testid="no-breach-contact">
                <MessageBarBody>
                  <MessageBarTitle>{preview.agreement ? `${preview.agreement.title} names no breach contact.` : "No agreement names a breach contact."}</MessageBarTitle>
                  Ask your information governance (IG) team who to report to; the new message opens with no recipient.
                </MessageBarBody>
              </MessageBar>
            )}
            <div>
              <Button appearance="primary" onClick={() => void report()} disabled={opening}>
                Report a mistake
              </Button>
            </div>
            {outcome && <ReportOutcome outcome={outcome} />}
          </section>
        )}
      </main>
    </FluentProvider>
  );
}

function RecordState({ result, agreements }: { result: ReadRecordResult | null; agreements: readonly Agreement[] }) {
  const styles = useStyles();
  if (result === null) return <Spinner size="tiny" label="Reading the record…" />;
  if (result.status === "failed") {
    return (
      <MessageBar intent="error" data-testid="record-failed">
        <MessageBarBody>
          <MessageBarTitle>SafeShare could not read this message's record.</MessageBarTitle>
          {result.reasons.join("; ")}. Whether it has one is not known.
        </MessageBarBody>
      </MessageBar>
    );
  }
  const reading = result.reading;
  if (reading.status === "none") {
    return (
      <MessageBar intent="info" data-testid="record-none">
        <MessageBarBody>
          <MessageBarTitle>No SafeShare record on this message</MessageBarTitle>
          SafeShare records only the messages with case data that it let go: this one was not checked by SafeShare, or held none.
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (reading.status === "unreadable") {
    return (
      <MessageBar intent="error" data-testid="record-unreadable">
        <MessageBarBody>
          <MessageBarTitle>Record unreadable</MessageBarTitle>
          This message's SafeShare headers do not read as SafeShare writes them: they may have been altered or forged, so nothing here can be relied on.
          <ul>
            {reading.problems.slice(0, 10).map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <>
      <RecordList lines={recordView(reading.record, agreements).lines} />
      {result.notes.concat(reading.warnings).map((note, i) => (
        <Caption1 key={i} className={styles.quiet}>
          Note: {note}.
        </Caption1>
      ))}
    </>
  );
}

function ReportOutcome({ outcome }: { outcome: Outcome }) {
  const styles = useStyles();
  const { report } = outcome;
  const clock = `Report within ${report.hours} hours of becoming aware (deadline: ${ukDateTime(report.deadline)})`;
  if (outcome.opened) {
    return (
      <MessageBar intent="success" data-testid="report-opened">
        <MessageBarBody>
          <MessageBarTitle>A report is open in a new message.</MessageBarTitle>
          Check it, add what happened, and send it. {clock}.
        </MessageBarBody>
      </MessageBar>
    );
  }
  const steps = report.agreement && report.agreement.breach ? report.agreement.breach.steps : [];
  return (
    <MessageBar intent="error" data-testid="report-failed" role="alert">
      <MessageBarBody>
        <MessageBarTitle>Outlook could not open the report.</MessageBarTitle>
        {outcome.reason}. {report.contact ? `Write to ${report.contact} yourself` : "Ask your IG team who to report to"}, with the subject “{report.subject}”. {clock}.
        {steps.length > 0 && (
          <ol className={styles.steps} aria-label="Breach steps">
            {steps.map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </ol>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
