/**
 * A simulated Office.context.sensitivityLabelsCatalog (Mailbox 1.13): getIsEnabledAsync and
 * getAsync with Outlook's AsyncResult shape, answered asynchronously, SensitivityLabelDetails
 * with `children: null` for a label without sublabels, as Microsoft documents. Tests and the
 * preview can disable it, empty it, make a call fail or be slow.
 */
import type { SensitivityLabelDetailsLike } from "../outlook/sensitivityLabels";
import type { AsyncCallback } from "../outlook/officeAsync";

export interface SimulatedLabel {
  id: string;
  name: string;
  tooltip?: string;
  color?: string;
  children?: SimulatedLabel[];
}

/** A UK public-sector style catalogue: OFFICIAL, OFFICIAL-SENSITIVE with sublabels, and Public. */
export const SAMPLE_LABELS: SimulatedLabel[] = [
  { id: "6f1a2c10-0000-4000-8000-000000000001", name: "Public", color: "#13A10E", tooltip: "Information anyone may see." },
  { id: "6f1a2c10-0000-4000-8000-000000000002", name: "OFFICIAL", color: "#0078D4", tooltip: "Routine business information." },
  {
    id: "6f1a2c10-0000-4000-8000-000000000003",
    name: "OFFICIAL-SENSITIVE",
    color: "#D13438",
    tooltip: "Information that could cause harm if lost or shared wrongly.",
    children: [
      { id: "6f1a2c10-0000-4000-8000-000000000004", name: "Personal", color: "#D13438", tooltip: "Personal data about people a case concerns." },
      { id: "6f1a2c10-0000-4000-8000-000000000005", name: "Commercial", color: "#D13438", tooltip: "Commercially sensitive information." },
    ],
  },
];

type Planned = { message: string };

export class SimulatedLabelsCatalog {
  enabled: boolean;
  labels: SimulatedLabel[];
  readonly calls: string[] = [];
  private readonly planned = new Map<string, Planned[]>();
  private readonly delays = new Map<string, number>();

  constructor(options: { enabled?: boolean; labels?: SimulatedLabel[] } = {}) {
    this.enabled = options.enabled ?? true;
    this.labels = options.labels ?? SAMPLE_LABELS;
  }

  /** The next call of `operation` ("getIsEnabledAsync" or "getAsync") fails through its callback. */
  failNext(operation: string, message = "An internal error has occurred."): void {
    const steps = this.planned.get(operation) ?? [];
    steps.push({ message });
    this.planned.set(operation, steps);
  }

  /** Every call of `operation` answers after `ms` milliseconds (0 restores the default). */
  delay(operation: string, ms: number): void {
    if (ms > 0) this.delays.set(operation, ms);
    else this.delays.delete(operation);
  }

  /** The label with this id anywhere in the tree, and whether it has sublabels. */
  find(id: string): { label: SimulatedLabel; hasChildren: boolean } | null {
    const walk = (list: SimulatedLabel[]): { label: SimulatedLabel; hasChildren: boolean } | null => {
      for (const label of list) {
        if (label.id.toLowerCase() === id.toLowerCase()) return { label, hasChildren: (label.children ?? []).length > 0 };
        const inner = walk(label.children ?? []);
        if (inner) return inner;
      }
      return null;
    };
    return walk(this.labels);
  }

  getIsEnabledAsync(a?: unknown, b?: unknown): void {
    this.run("getIsEnabledAsync", a, b, () => this.enabled);
  }

  getAsync(a?: unknown, b?: unknown): void {
    this.run("getAsync", a, b, () => {
      // Outlook answers only when the catalogue is enabled; the docs say to ask getIsEnabledAsync first.
      if (!this.enabled) throw new Error("The catalog of sensitivity labels isn't enabled.");
      return this.labels.map(details);
    });
  }

  private run<T>(operation: string, a: unknown, b: unknown, act: () => T): void {
    this.calls.push(operation);
    const callback = (typeof a === "function" ? a : b) as AsyncCallback<T> | undefined;
    const asyncContext = a && typeof a === "object" && "asyncContext" in a ? (a as { asyncContext: unknown }).asyncContext : undefined;
    const planned = this.planned.get(operation)?.shift();
    let result: { status: string; value: T; error?: { code: number; name: string; message: string }; asyncContext: unknown };
    if (planned) result = { status: "failed", value: undefined as T, error: { code: 9002, name: "GenericResponseError", message: planned.message }, asyncContext };
    else {
      try {
        result = { status: "succeeded", value: act(), asyncContext };
      } catch (error) {
        result = { status: "failed", value: undefined as T, error: { code: 9002, name: "GenericResponseError", message: (error as Error).message }, asyncContext };
      }
    }
    if (callback) setTimeout(() => callback(result), this.delays.get(operation) ?? 0);
  }
}

function details(label: SimulatedLabel): SensitivityLabelDetailsLike {
  const children = label.children ?? [];
  return { id: label.id, name: label.name, tooltip: label.tooltip ?? "", color: label.color ?? "", children: children.length > 0 ? children.map(details) : null };
}
