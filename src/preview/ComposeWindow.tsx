/**
 * A simple Outlook-like compose window over the simulated item: From, To, Cc, Bcc, Subject, the
 * body and the attachments. The item is the source of truth: the fields write to it as the user
 * types (recipients when a box is left, as Outlook resolves them), and follow it when the pane
 * changes it (a fix, a template).
 */
import { useEffect, useState } from "react";
import { Button, Caption1, Field, Input, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { Attach16Regular, Dismiss16Regular } from "@fluentui/react-icons";
import { formatRecipients, parseRecipients } from "./recipientsText";
import { editorText } from "./editorText";
import type { SimulatedAttachment, SimulatedComposeItem } from "./simulatedItem";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "grid", gridTemplateColumns: "56px 1fr", alignItems: "center", gap: tokens.spacingHorizontalS },
  attachments: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, listStyleType: "none", margin: 0, padding: 0 },
  attachment: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
});

type Field = "to" | "cc" | "bcc";
const LABELS: Record<Field, string> = { to: "To", cc: "Cc", bcc: "Bcc" };

function sizeText(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${Math.round(bytes / 1024)} KB`;
}

export function ComposeWindow({ item, from, attachments, onAttachmentsChange }: { item: SimulatedComposeItem; from: string; attachments: SimulatedAttachment[]; onAttachmentsChange(next: SimulatedAttachment[]): void }) {
  const styles = useStyles();
  const read = () => item.state;
  const [state, setState] = useState(read);
  const [drafts, setDrafts] = useState<Partial<Record<Field, string>>>({});
  const [bodyDraft, setBodyDraft] = useState<string | null>(null);

  // Follow changes the pane makes to the item; a box being edited keeps the user's text.
  useEffect(() => {
    setState(read());
    setDrafts({});
    setBodyDraft(null);
    const timer = setInterval(() => setState(read()), 250);
    return () => clearInterval(timer);
  }, [item]);

  const commitRecipients = (field: Field) => {
    const text = drafts[field];
    if (text === undefined) return;
    item.edit({ [field]: parseRecipients(text) });
    setDrafts((d) => ({ ...d, [field]: undefined }));
    setState(read());
  };

  return (
    <form className={styles.form} aria-label="New message" onSubmit={(e) => e.preventDefault()}>
      <div className={styles.row}>
        <Caption1>From</Caption1>
        <Input readOnly value={from} aria-label="From" appearance="underline" />
      </div>
      {(["to", "cc", "bcc"] as Field[]).map((field) => (
        <div className={styles.row} key={field}>
          <Caption1 id={`label-${field}`}>{LABELS[field]}</Caption1>
          <Input
            aria-labelledby={`label-${field}`}
            appearance="underline"
            value={drafts[field] ?? formatRecipients(state[field].map((r) => ({ displayName: r.displayName, emailAddress: r.emailAddress })))}
            onChange={(_, d) => setDrafts((old) => ({ ...old, [field]: d.value }))}
            onBlur={() => commitRecipients(field)}
            onKeyDown={(e) => e.key === "Enter" && commitRecipients(field)}
          />
        </div>
      ))}
      <div className={styles.row}>
        <Caption1 id="label-subject">Subject</Caption1>
        <Input
          aria-labelledby="label-subject"
          appearance="underline"
          value={state.subject}
          onChange={(_, d) => {
            item.edit({ subject: d.value });
            setState(read());
          }}
        />
      </div>
      {attachments.length > 0 && (
        <ul className={styles.attachments} aria-label="Attachments">
          {attachments.map((a, i) => (
            <li key={`${a.name}-${i}`} className={styles.attachment}>
              <Attach16Regular aria-hidden="true" />
              <Caption1>
                {a.name} ({sizeText(a.size ?? a.content?.length ?? 0)})
              </Caption1>
              <Button size="small" appearance="transparent" icon={<Dismiss16Regular />} aria-label={`Remove ${a.name}`} onClick={() => onAttachmentsChange(attachments.filter((_, j) => j !== i))} />
            </li>
          ))}
        </ul>
      )}
      <Field label="Message">
        <Textarea
          resize="vertical"
          rows={14}
          value={bodyDraft ?? editorText(state.body)}
          onChange={(_, d) => {
            setBodyDraft(d.value);
            item.edit({ body: d.value });
          }}
          onBlur={() => setBodyDraft(null)}
        />
      </Field>
    </form>
  );
}
