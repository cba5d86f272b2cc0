/**
 * "Send anyway because…" on a warning: Outlook's Send Anyway dialog cannot take text, so the
 * reason is given here, ahead of Send. It is kept with the message (by finding id, as dismissal
 * reasons are) and written into the sharing record; the warning itself stays, and Send still asks.
 */
import { useId, useState } from "react";
import { Button, Caption1, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { checkReason } from "../model/dismissReasons";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, paddingTop: tokens.spacingVerticalXS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

export interface OverrideReasonProps {
  /** The reason already kept for this warning. */
  saved?: string | undefined;
  onSave(reason: string): void;
  busy: boolean;
}

export function OverrideReason({ saved, onSave, busy }: OverrideReasonProps) {
  const styles = useStyles();
  const [editing, setEditing] = useState(false);
  const [typed, setTyped] = useState(saved ?? "");
  const [error, setError] = useState<string | undefined>();
  const savedId = useId();

  if (saved && !editing) {
    return (
      <div className={styles.row}>
        <Caption1 id={savedId} data-testid="override-reason">
          Send anyway because: {saved}
        </Caption1>
        <Button size="small" appearance="subtle" disabled={busy} aria-describedby={savedId} onClick={() => (setTyped(saved), setEditing(true))}>
          Change reason
        </Button>
      </div>
    );
  }

  const save = () => {
    const checked = checkReason(typed);
    if (!checked.ok) return setError(checked.message.replace("Say why this does not apply.", "Say why it should be sent anyway."));
    setEditing(false);
    setError(undefined);
    onSave(checked.reason);
  };

  return (
    <form
      className={styles.form}
      aria-label="Reason to send anyway"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <Field label="Send anyway because…" hint="Optional. Kept in the sharing record; the warning stays." validationMessage={error} validationState={error ? "error" : "none"}>
        <Input size="small" value={typed} onChange={(_, d) => (setTyped(d.value), setError(undefined))} />
      </Field>
      <div className={styles.row}>
        <Button type="submit" size="small" disabled={busy}>
          Keep reason
        </Button>
        {editing && (
          <Button size="small" appearance="subtle" onClick={() => setEditing(false)}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}
