/**
 * Preview: the real task pane beside a message editor, against a simulated compose item, so
 * anyone can try SafeShare without Outlook (npm start → https://localhost:3000/preview.html).
 */
import { useMemo, useState } from "react";
import { createRoot } from "react-dom/client";
import { Field, FluentProvider, Input, Textarea, Title3, Caption1, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { TaskPane } from "../taskpane/TaskPane";
import { SimulatedComposeItem, type SimulatedMessage } from "./simulatedItem";
import { SAMPLE_MESSAGE } from "./sampleMessage";
import { formatRecipients, parseRecipients } from "./recipientsText";

const useStyles = makeStyles({
  layout: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXXL, padding: tokens.spacingHorizontalXL, alignItems: "flex-start" },
  editor: { flex: "1 1 420px", maxWidth: "720px", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  pane: {
    flex: "0 0 350px",
    width: "350px",
    minHeight: "480px",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow4,
    overflow: "auto",
  },
});

function Preview() {
  const styles = useStyles();
  const item = useMemo(() => new SimulatedComposeItem(SAMPLE_MESSAGE), []);
  const [message, setMessage] = useState<SimulatedMessage>(SAMPLE_MESSAGE);
  const [toText, setToText] = useState(formatRecipients(SAMPLE_MESSAGE.to));
  const [ccText, setCcText] = useState(formatRecipients(SAMPLE_MESSAGE.cc));

  const update = (change: SimulatedMessage) => {
    item.edit(change);
    setMessage((m) => ({ ...m, ...change }));
  };

  return (
    <FluentProvider theme={webLightTheme}>
      <div className={styles.layout}>
        <section className={styles.editor} aria-label="Simulated message">
          <Title3 as="h1">SafeShare preview</Title3>
          <Caption1>
            A simulated Outlook message: edit it and the SafeShare pane on the right reads it as it would in Outlook. Nothing is sent anywhere.
          </Caption1>
          <Field label="To">
            <Input value={toText} onChange={(_, d) => setToText(d.value)} onBlur={() => update({ to: parseRecipients(toText) })} />
          </Field>
          <Field label="Cc">
            <Input value={ccText} onChange={(_, d) => setCcText(d.value)} onBlur={() => update({ cc: parseRecipients(ccText) })} />
          </Field>
          <Field label="Subject">
            <Input value={message.subject ?? ""} onChange={(_, d) => update({ subject: d.value })} />
          </Field>
          <Field label="Body">
            <Textarea resize="vertical" rows={12} value={message.body ?? ""} onChange={(_, d) => update({ body: d.value })} />
          </Field>
        </section>
        <aside className={styles.pane} aria-label="SafeShare task pane">
          <TaskPane item={item} />
        </aside>
      </div>
    </FluentProvider>
  );
}

Office.onReady(() => {
  const container = document.getElementById("root");
  if (container) createRoot(container).render(<Preview />);
});
