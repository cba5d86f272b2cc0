/**
 * Scoring, pure: text-level "has personal data" recall/false-positive rate and per-kind span
 * precision/recall by overlap.
 */
import { isIdentifying, PERSONAL_DATA_KINDS, type PersonalDataKind } from "../src/policy/detect/types";
import type { LabelledSpan, LabelledText } from "./evalCorpus";

/** A span a system found. kind null: something the system flags as personal data that has no
 * kind of ours (e.g. redact-pii's "digits"); it counts for "has personal data" only. */
export interface FoundSpan {
  start: number;
  end: number;
  kind: PersonalDataKind | null;
}

export interface Ratio {
  num: number;
  den: number;
}

export interface HasPdScore {
  /** Texts with personal data that were flagged / texts with personal data. */
  recall: Ratio;
  /** Texts without personal data that were flagged / texts without personal data. */
  fpr: Ratio;
  missed: LabelledText[];
  falseAlarms: { item: LabelledText; found: FoundSpan[] }[];
}

export interface KindScore {
  /** Found spans overlapping a labelled span of the same kind / found spans. */
  precision: Ratio;
  /** Labelled spans overlapped by a found span of the same kind / labelled spans. */
  recall: Ratio;
  falseNegatives: { item: LabelledText; span: LabelledSpan }[];
  falsePositives: { item: LabelledText; span: FoundSpan }[];
}

export const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

/** The corpus rule: personal when a span of an identifying kind is labelled. */
export const labelledPersonal = (item: LabelledText): boolean => item.spans.some((s) => isIdentifying(s.kind));

export const flagsPersonal = (found: readonly FoundSpan[]): boolean =>
  found.some((s) => s.kind === null || isIdentifying(s.kind));

export function scoreHasPd(items: readonly LabelledText[], found: readonly FoundSpan[][]): HasPdScore {
  const score: HasPdScore = { recall: { num: 0, den: 0 }, fpr: { num: 0, den: 0 }, missed: [], falseAlarms: [] };
  items.forEach((item, i) => {
    const flagged = flagsPersonal(found[i] ?? []);
    if (labelledPersonal(item)) {
      score.recall.den++;
      if (flagged) score.recall.num++;
      else score.missed.push(item);
    } else {
      score.fpr.den++;
      if (flagged) {
        score.fpr.num++;
        score.falseAlarms.push({ item, found: found[i] ?? [] });
      }
    }
  });
  return score;
}

export function scoreKinds(items: readonly LabelledText[], found: readonly FoundSpan[][]): Record<PersonalDataKind, KindScore> {
  const scores = {} as Record<PersonalDataKind, KindScore>;
  for (const kind of PERSONAL_DATA_KINDS) {
    scores[kind] = { precision: { num: 0, den: 0 }, recall: { num: 0, den: 0 }, falseNegatives: [], falsePositives: [] };
  }
  items.forEach((item, i) => {
    const spans = found[i] ?? [];
    for (const f of spans) {
      if (f.kind === null) continue;
      const s = scores[f.kind];
      s.precision.den++;
      if (item.spans.some((l) => l.kind === f.kind && overlaps(l, f))) s.precision.num++;
      else s.falsePositives.push({ item, span: f });
    }
    for (const l of item.spans) {
      const s = scores[l.kind];
      s.recall.den++;
      if (spans.some((f) => f.kind === l.kind && overlaps(l, f))) s.recall.num++;
      else s.falseNegatives.push({ item, span: l });
    }
  });
  return scores;
}

/** num/den, or null when there is nothing to divide by. */
export const value = (r: Ratio): number | null => (r.den === 0 ? null : r.num / r.den);
