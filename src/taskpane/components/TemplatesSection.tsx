/**
 * The agreement's templates: the ones that fit the sender and recipients first, a form for the
 * chosen one (validated by the templates module, messages per field), Insert and Insert blank.
 */
import { memo, useMemo, useState } from "react";
import { Body1, Button, Caption1, Field, MessageBar, MessageBarBody, Select, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { ComposeItem } from "../../outlook/composeItem";
import { insertTemplate } from "../../outlook/insertTemplate";
import type { Agreement } from "../../policy/agreement/types";
import { renderTemplate, suggestTemplates, validateTemplateValues, type TemplateValues } from "../../policy/templates";
import { TemplateFieldInput } from "./TemplateFieldInput";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  reason: { color: tokens.colorNeutralForeground2 },
});

export interface TemplatesSectionProps {
  item: ComposeItem;
  agreement: Agreement;
  sender?: string;
  /** The recipients' addresses, one a line (a string, so an unchanged list is equal). */
  recipientsKey: string;
  /** After an insert, so the pane checks the new content at once. */
  onInserted(): void;
}

type Outcome = { intent: "success" | "error"; text: string } | null;

/** Memoised: a re-check that changes nothing it shows does not re-render the form. */
export const TemplatesSection = memo(function TemplatesSection({ item, agreement, sender, recipientsKey, onInserted }: TemplatesSectionProps) {
  const styles = useStyles();
  const suggestions = useMemo(
    () => suggestTemplates(agreement, { recipients: recipientsKey ? recipientsKey.split("\n") : [], ...(sender ? { sender } : {}) }),
    [agreement, sender, recipientsKey],
  );
  const [chosenId, setChosenId] = useState<string>("");
  const chosen = suggestions.find((s) => s.template.id === chosenId) ?? suggestions[0];
  const [values, setValues] = useState<TemplateValues>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);

  if (!chosen) return null;
  const template = chosen.template;

  const choose = (id: string) => {
    setChosenId(id);
    setValues({});
    setErrors({});
    setOutcome(null);
  };

  const insert = async (blank: boolean) => {
    // Only fields the user touched, so "Insert blank" leaves the rest as placeholders.
    const filled: TemplateValues = {};
    for (const f of template.fields) if (values[f.id]) filled[f.id] = values[f.id] as string;
    const result = validateTemplateValues(template, filled);
    const shown = blank ? result.errors.filter((e) => filled[e.fieldId] !== undefined) : result.errors;
    const byField: Record<string, string> = {};
    for (const e of shown) if (!byField[e.fieldId]) byField[e.fieldId] = e.message;
    setErrors(byField);
    if (shown.length > 0) {
      setOutcome({ intent: "error", text: `Check ${shown.length === 1 ? "1 field" : `${shown.length} fields`} before inserting.` });
      return;
    }
    setBusy(true);
    try {
      const rendered = renderTemplate(template, filled, agreement, { blank });
      const inserted = await insertTemplate(item, rendered, template.exchangeId);
      setOutcome(inserted.ok ? { intent: "success", text: `Inserted the ${template.name}${blank ? " (blank)" : ""}.` } : { intent: "error", text: inserted.error });
    } catch (error) {
      setOutcome({ intent: "error", text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
      onInserted();
    }
  };

  return (
    <section className={styles.section} aria-labelledby="templates-heading">
      <Subtitle2 as="h2" id="templates-heading">
        Templates
      </Subtitle2>
      <Field label="Template">
        <Select value={template.id} onChange={(_, d) => choose(d.value)}>
          {suggestions.map((s) => (
            <option key={s.template.id} value={s.template.id}>
              {s.template.name}
            </option>
          ))}
        </Select>
      </Field>
      <Caption1 className={styles.reason} data-testid="template-reason">
        {chosen.reason}
      </Caption1>
      <Body1>{template.purpose}</Body1>
      <Caption1>Timescale: {template.timescale}</Caption1>
      <form
        className={styles.form}
        aria-label={template.name}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void insert(false);
        }}
      >
        {template.fields.map((f) => (
          <TemplateFieldInput
            key={`${template.id}-${f.id}`}
            field={f}
            value={values[f.id] ?? ""}
            {...(errors[f.id] ? { error: errors[f.id] } : {})}
            onChange={(v) => setValues((old) => ({ ...old, [f.id]: v }))}
          />
        ))}
        {outcome && (
          <MessageBar intent={outcome.intent} data-testid="template-outcome">
            <MessageBarBody>{outcome.text}</MessageBarBody>
          </MessageBar>
        )}
        <div className={styles.actions}>
          <Button appearance="primary" type="submit" disabled={busy}>
            Insert
          </Button>
          <Button disabled={busy} onClick={() => void insert(true)}>
            Insert blank
          </Button>
        </div>
      </form>
    </section>
  );
});
