/**
 * Sensitivity labels as the protective marking. Where the tenant labels mail (Microsoft Purview,
 * Outlook's Mailbox 1.13 API), a label this deployment maps to OFFICIAL-SENSITIVE declares the
 * message sensitive just as the subject prefix does. Which label names count is deployment
 * configuration, pure data: see LABEL_MAPPING below.
 */
import type { SensitivityLabelRef, Snapshot } from "../snapshot";

export interface LabelMapping {
  /**
   * Label names that count as the marking, compared ignoring case, white space and the style of
   * dash. A sublabel counts when its own name, its parent's name or "Parent/Sublabel" is listed.
   * Absent or empty: names containing "OFFICIAL-SENSITIVE" (or "OFFICIAL SENSITIVE") count.
   */
  names?: readonly string[];
  /** What the marking fix does where the catalogue has a mapped label: set the label and add the
   * subject prefix ("label-and-subject", the default), or set the label alone ("label"). */
  fix?: "label-and-subject" | "label";
}

export const DEFAULT_LABEL_MAPPING: LabelMapping = { fix: "label-and-subject" };

/** This deployment's mapping. A deployment whose labels are named otherwise lists them here, e.g.
 * `{ names: ["Sensitive/Personal data"], fix: "label" }`. */
export const LABEL_MAPPING: LabelMapping = DEFAULT_LABEL_MAPPING;

/** Upper case, Unicode dashes as "-", white space runs as one space, trimmed. */
function fold(name: string): string {
  return name
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .toUpperCase();
}

const DEFAULT_PATTERN = /\bOFFICIAL(?: ?- ?| )SENSITIVE\b/;

function nameCounts(name: unknown, mapping: LabelMapping): boolean {
  if (typeof name !== "string") return false;
  const folded = fold(name);
  if (!folded) return false;
  const names = mapping.names ?? [];
  if (names.length === 0) return DEFAULT_PATTERN.test(folded);
  for (const listed of names) if (fold(listed).replace(/ ?\/ ?/g, "/") === folded.replace(/ ?\/ ?/g, "/")) return true;
  return false;
}

/** Whether this label counts as the OFFICIAL-SENSITIVE marking under the mapping. A label with
 * no name (not in the catalogue) never counts: SafeShare cannot tell what it is. */
export function labelCountsAsMarking(label: SensitivityLabelRef | undefined, mapping: LabelMapping = LABEL_MAPPING): boolean {
  if (!label || !label.name) return false;
  if (nameCounts(label.name, mapping)) return true;
  if (!label.parent) return false;
  return nameCounts(label.parent, mapping) || nameCounts(`${label.parent}/${label.name}`, mapping);
}

/** The label's name as the user sees it in Outlook: "Parent/Sublabel" for a sublabel. */
export function labelDisplayName(label: SensitivityLabelRef): string {
  return label.parent ? `${label.parent}/${label.name}` : label.name;
}

/** What the marking rule needs to know about labels, worked out once per check. */
export interface LabelMarking {
  mapping: LabelMapping;
  /** The message's label, when it counts as the marking. */
  applied?: SensitivityLabelRef;
  /** The first label in the catalogue that counts (what the marking fix sets), if any. */
  available?: SensitivityLabelRef;
  /** The catalogue was read and lists labels, none of which counts: the pane says so. */
  noMatchInCatalogue: boolean;
}

export function labelMarking(snapshot: Snapshot, mapping: LabelMapping = LABEL_MAPPING): LabelMarking {
  const out: LabelMarking = { mapping, noMatchInCatalogue: false };
  // Labels only ever add a way to be marked, so data it cannot read is no label (fail closed).
  try {
    fillLabelMarking(out, snapshot, mapping);
  } catch {
    return { mapping, noMatchInCatalogue: false };
  }
  return out;
}

function fillLabelMarking(out: LabelMarking, snapshot: Snapshot, mapping: LabelMapping): void {
  if (labelCountsAsMarking(snapshot.sensitivityLabel, mapping)) out.applied = snapshot.sensitivityLabel;
  const catalogue = snapshot.labelCatalog ?? [];
  for (const label of catalogue) {
    if (label.id && labelCountsAsMarking(label, mapping)) {
      out.available = label;
      break;
    }
  }
  out.noMatchInCatalogue = catalogue.length > 0 && !out.available;
}
