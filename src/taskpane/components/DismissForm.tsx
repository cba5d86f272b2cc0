/**
 * Asks why a finding does not apply: a reason from the short list, or one typed. Inline under
 * the finding rather than a modal dialog: the pane is narrow, and the finding stays in view.
 */
import { useEffect, useRef, useState } from "react";
import { Button, Field, Input, Radio, RadioGroup, makeStyles, tokens } from "@fluentui/react-components";
import { DISMISS_REASONS, checkReason } from "../model/dismissReasons";

const OTHER = "__other__";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, paddingTop: tokens.spacingVerticalS },
  actions: { display: "flex", gap: tokens.spacingHorizontalS },
});

export function DismissForm({ onConfirm, onCancel }: { onConfirm(reason: string): void; onCancel(): void }) {
  const styles = useStyles();
  const [choice, setChoice] = useState<string>("");
  const [typed, setTyped] = useState("");
  const [error, setError] = useState<string | undefined>();
  const group = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // Keyboard users land on the reasons, not back at the top of the pane.
    group.current?.querySelector<HTMLInputElement>("input")?.focus();
  }, []);

  const confirm = () => {
    if (!choice) return setError("Choose a reason.");
    const checked = checkReason(choice === OTHER ? typed : choice);
    if (!checked.ok) return setError(checked.message);
    onConfirm(checked.reason);
  };

  return (
    <form
      className={styles.form}
      aria-label="Dismiss this finding"
      onSubmit={(e) => {
        e.preventDefault();
        confirm();
      }}
    >
      <Field label="Why does it not apply?" required validationMessage={error} validationState={error ? "error" : "none"}>
        <RadioGroup ref={group} value={choice} onChange={(_, d) => (setChoice(d.value), setError(undefined))}>
          {DISMISS_REASONS.map((r) => (
            <Radio key={r} value={r} label={r} />
          ))}
          <Radio value={OTHER} label="Another reason" />
        </RadioGroup>
      </Field>
      {choice === OTHER && (
        <Field label="Your reason">
          <Input value={typed} onChange={(_, d) => (setTyped(d.value), setError(undefined))} />
        </Field>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" size="small">
          Dismiss
        </Button>
        <Button appearance="secondary" size="small" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
