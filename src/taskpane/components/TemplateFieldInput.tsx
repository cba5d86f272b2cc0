/** One template field as the Fluent control its type calls for, with its help and error. */
import { Field, Input, Radio, RadioGroup, Select, Textarea } from "@fluentui/react-components";
import type { TemplateField } from "../../policy/templates";

const INPUT_TYPE: Partial<Record<TemplateField["type"], "text" | "email" | "tel" | "date" | "time">> = {
  email: "email",
  phone: "tel",
  date: "date",
  time: "time",
};

export function TemplateFieldInput({ field, value, error, onChange }: { field: TemplateField; value: string; error?: string; onChange(value: string): void }) {
  const common = { label: field.label, required: field.required, hint: field.help, validationMessage: error, validationState: error ? ("error" as const) : ("none" as const) };
  if (field.type === "textarea") {
    return (
      <Field {...common}>
        <Textarea value={value} resize="vertical" onChange={(_, d) => onChange(d.value)} />
      </Field>
    );
  }
  if (field.type === "select") {
    return (
      <Field {...common}>
        <Select value={value} onChange={(_, d) => onChange(d.value)}>
          <option value="">Choose…</option>
          {(field.options ?? []).map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </Select>
      </Field>
    );
  }
  if (field.type === "radio") {
    return (
      <Field {...common}>
        <RadioGroup value={value} onChange={(_, d) => onChange(d.value)}>
          {(field.options ?? []).map((o) => (
            <Radio key={o.value} value={o.value} label={o.label} />
          ))}
        </RadioGroup>
      </Field>
    );
  }
  return (
    <Field {...common}>
      <Input type={INPUT_TYPE[field.type] ?? "text"} value={value} onChange={(_, d) => onChange(d.value)} />
    </Field>
  );
}
