/** Formatting of evaluation results: the markdown table, the target check and the misses. */
import { PERSONAL_DATA_KINDS, type PersonalDataKind } from "../src/policy/detect/types";
import type { CorpusPart, LabelledText } from "./evalCorpus";
import { value, type HasPdScore, type KindScore, type Ratio } from "./evalMetrics";
import type { System } from "./evalPeers";

export interface SystemResult {
  system: System;
  hasPd: Record<CorpusPart, HasPdScore>;
  kinds: Record<PersonalDataKind, KindScore>;
}

/** The targets, checked on SafeShare's results. */
export const TARGETS = {
  subjects: { recall: 0.98, fpr: 0.02 },
  kinds: [
    {
      kinds: ["nhs-number", "national-insurance-number", "pnc-id", "cro-number", "prison-number", "postcode", "email-address"],
      min: 0.99,
    },
    { kinds: ["person-name", "date-of-birth"], min: 0.95 },
  ] as { kinds: PersonalDataKind[]; min: number }[],
};

const kindTarget = (kind: PersonalDataKind): number | undefined => TARGETS.kinds.find((t) => t.kinds.includes(kind))?.min;

const fmt = (x: number | null): string => (x === null ? "n/a" : x.toFixed(3));
const cell = (r: Ratio): string => `${fmt(value(r))} (${r.num}/${r.den})`;

export function resultsTable(results: readonly SystemResult[]): string {
  const header = ["Metric", "Target", ...results.map((r) => r.system.name)];
  const rows: string[][] = [];
  const parts: [CorpusPart, string][] = [["subjects", "Subjects"], ["bodies", "Bodies"]];
  for (const [part, label] of parts) {
    const t = part === "subjects" ? TARGETS.subjects : undefined;
    rows.push([`${label}: has-PD recall`, t ? `≥ ${t.recall}` : "", ...results.map((r) => cell(r.hasPd[part].recall))]);
    rows.push([`${label}: has-PD FPR`, t ? `≤ ${t.fpr}` : "", ...results.map((r) => cell(r.hasPd[part].fpr))]);
  }
  for (const kind of PERSONAL_DATA_KINDS) {
    const min = kindTarget(kind);
    for (const [which, label] of [["precision", "P"], ["recall", "R"]] as const) {
      rows.push([
        `${kind} ${label}`,
        min === undefined ? "" : `≥ ${min}`,
        ...results.map((r) => (r.system.kinds.includes(kind) ? cell(r.kinds[kind][which]) : "—")),
      ]);
    }
  }
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

const meets = (r: Ratio, min: number): boolean => (value(r) ?? -1) >= min;
const mark = (ok: boolean): string => (ok ? "PASS" : "FAIL");

/** One line per target with PASS/FAIL, and whether all are met. */
export function targetCheck(r: SystemResult): { lines: string[]; allMet: boolean } {
  const lines: string[] = [];
  let allMet = true;
  const add = (ok: boolean, text: string) => {
    allMet &&= ok;
    lines.push(`- ${mark(ok)} ${text}`);
  };
  const s = r.hasPd.subjects;
  const sOk = meets(s.recall, TARGETS.subjects.recall) && (value(s.fpr) ?? 1) <= TARGETS.subjects.fpr;
  add(sOk, `subjects: has-PD recall ${fmt(value(s.recall))} (≥ ${TARGETS.subjects.recall}), FPR ${fmt(value(s.fpr))} (≤ ${TARGETS.subjects.fpr})`);
  for (const { kinds, min } of TARGETS.kinds) {
    for (const kind of kinds) {
      const k = r.kinds[kind];
      add(meets(k.precision, min) && meets(k.recall, min), `${kind}: P ${fmt(value(k.precision))}, R ${fmt(value(k.recall))} (each ≥ ${min})`);
    }
  }
  const b = r.hasPd.bodies;
  const bOk = meets(b.recall, TARGETS.subjects.recall) && (value(b.fpr) ?? 1) <= TARGETS.subjects.fpr;
  lines.push(`- (not a target) bodies at the subject bar: recall ${fmt(value(b.recall))}, FPR ${fmt(value(b.fpr))}: ${bOk ? "would pass" : "would fail"}`);
  return { lines, allMet };
}

/** The text around [start, end) on one line, the span marked «like this». */
export function snippet(text: string, start: number, end: number, context = 40): string {
  const flat = (s: string) => s.replace(/\r?\n/g, "⏎");
  const pre = text.slice(Math.max(0, start - context), start);
  const post = text.slice(end, end + context);
  return `${start > context ? "…" : ""}${flat(pre)}«${flat(text.slice(start, end))}»${flat(post)}${end + context < text.length ? "…" : ""}`;
}

/** The whole text on one line, cut at `max` characters. */
const oneLine = (text: string, max = 160): string => {
  const flat = text.replace(/\r?\n/g, "⏎");
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
};

const labelsAt = (item: LabelledText, s: { start: number; end: number }): string => {
  const kinds = item.spans.filter((l) => l.start < s.end && s.start < l.end).map((l) => l.kind);
  return kinds.length ? ` (labelled ${[...new Set(kinds)].join(", ")})` : "";
};

/** False negatives and false positives, per part and per kind, for tuning. */
export function missesReport(r: SystemResult): string {
  const out: string[] = [`# Misses of ${r.system.name}`];
  for (const part of ["subjects", "bodies"] as const) {
    const h = r.hasPd[part];
    out.push(`\n## ${part}: has personal data, missed (${h.missed.length})`);
    for (const item of h.missed) out.push(`- ${item.id}: ${oneLine(item.text)}`);
    out.push(`\n## ${part}: flagged without personal data (${h.falseAlarms.length})`);
    for (const { item, found } of h.falseAlarms) {
      const what = found.map((f) => `${f.kind ?? "other"} «${item.text.slice(f.start, f.end)}»`).join(", ");
      out.push(`- ${item.id}: ${what}: ${oneLine(item.text)}`);
    }
  }
  for (const kind of PERSONAL_DATA_KINDS) {
    const k = r.kinds[kind];
    if (k.falseNegatives.length === 0 && k.falsePositives.length === 0) continue;
    out.push(`\n## ${kind}: ${k.falseNegatives.length} false negatives, ${k.falsePositives.length} false positives`);
    for (const { item, span } of k.falseNegatives) out.push(`- FN ${item.id}: ${snippet(item.text, span.start, span.end)}`);
    for (const { item, span } of k.falsePositives) out.push(`- FP ${item.id}: ${snippet(item.text, span.start, span.end)}${labelsAt(item, span)}`);
  }
  return out.join("\n");
}

export const README_START = "<!-- eval:start -->";
export const README_END = "<!-- eval:end -->";

/** Replaces what lies between the markers, keeping them; null when either is absent. */
export function replaceBetweenMarkers(doc: string, block: string): string | null {
  const start = doc.indexOf(README_START);
  const end = start < 0 ? -1 : doc.indexOf(README_END, start);
  if (start < 0 || end < 0) return null;
  return `${doc.slice(0, start + README_START.length)}\n${block}\n${doc.slice(end)}`;
}
