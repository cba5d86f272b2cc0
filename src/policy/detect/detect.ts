/**
 * detect(): normalise the text, run every registered recognizer in order, resolve overlaps
 * between kinds and report spans with offsets into the caller's original text.
 */
import { normalise } from "./normalise";
import { RECOGNIZERS } from "./recognizers";
import type { Candidate, PersonalDataKind, Recognizer, Span } from "./types";

export interface DetectOptions {
  /** Report only these kinds (all recognizers still run, so overlaps resolve the same way). */
  kinds?: readonly PersonalDataKind[];
  /** Drop candidates below this confidence before overlaps are resolved. */
  minConfidence?: number;
}

/**
 * When two candidates of different kinds overlap, the higher rank wins. Checksummed or
 * tightly shaped identifiers come first: a phone-number-looking run inside an NHS number is
 * the NHS number. Looser kinds (addresses, references, names) come last.
 */
const RANK: Record<PersonalDataKind, number> = {
  "email-address": 13,
  "nhs-number": 12,
  "national-insurance-number": 11,
  "pnc-id": 10,
  "cro-number": 9,
  "prison-number": 8,
  "date-of-birth": 7,
  postcode: 6,
  "phone-number": 5,
  "street-address": 4,
  "person-name": 3,
  "case-reference": 2,
  // Special-category phrases describe facts, not identifiers: they may overlap anything.
  "special-category": 0,
};

function beats(a: Candidate, b: Candidate): boolean {
  if (a.kind !== b.kind) return RANK[a.kind] > RANK[b.kind];
  const la = a.end - a.start;
  const lb = b.end - b.start;
  if (la !== lb) return la > lb;
  return a.confidence > b.confidence;
}

function byStart(a: Candidate, b: Candidate): number {
  return a.start - b.start || b.end - a.end;
}

/**
 * Keeps a set of non-overlapping candidates. Sorted by start, each candidate only meets the
 * kept spans at the tail that end after it starts, so this is linear after the sort (each
 * kept span is removed at most once).
 */
export function resolveOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const sorted = candidates.slice().sort(byStart);
  const kept: Candidate[] = [];
  const free: Candidate[] = [];
  for (const c of sorted) {
    if (c.kind === "special-category") {
      free.push(c);
      continue;
    }
    let j = kept.length - 1;
    let wins = true;
    while (j >= 0) {
      const k = kept[j] as Candidate;
      if (k.end <= c.start) break;
      if (!beats(c, k)) {
        wins = false;
        break;
      }
      j--;
    }
    if (!wins) continue;
    kept.length = j + 1;
    kept.push(c);
  }
  // Special-category spans of their own kind still must not duplicate each other.
  const freeKept: Candidate[] = [];
  for (const c of free) {
    const last = freeKept[freeKept.length - 1];
    if (last && last.end > c.start) {
      if (c.end > last.end) last.end = c.end;
      continue;
    }
    freeKept.push({ ...c });
  }
  if (freeKept.length === 0) return kept;
  return kept.concat(freeKept).sort(byStart);
}

function runOne(recognizer: Recognizer, text: string, earlier: readonly Candidate[]): Candidate[] {
  try {
    const found = recognizer.find(text, earlier);
    const valid: Candidate[] = [];
    for (const c of found) {
      // A recognizer bug must not produce spans outside the text or of another kind.
      if (c.start >= 0 && c.end > c.start && c.end <= text.length && c.kind === recognizer.kind) {
        valid.push(c);
      }
    }
    return valid;
  } catch {
    return [];
  }
}

export function detect(text: string, options: DetectOptions = {}, recognizers: readonly Recognizer[] = RECOGNIZERS): Span[] {
  if (typeof text !== "string" || text.length === 0) return [];
  try {
    const norm = normalise(text);
    const minConfidence = options.minConfidence ?? 0;
    let all: Candidate[] = [];
    for (const recognizer of recognizers) {
      const found = runOne(recognizer, norm.text, all);
      if (found.length > 0) all = all.concat(found);
    }
    const wanted = options.kinds ? new Set<PersonalDataKind>(options.kinds) : null;
    const resolved = resolveOverlaps(all.filter((c) => c.confidence >= minConfidence));
    const spans: Span[] = [];
    for (const c of resolved) {
      if (wanted && !wanted.has(c.kind)) continue;
      const start = norm.toOriginal(c.start);
      const end = norm.toOriginal(c.end, true);
      spans.push({ start, end, kind: c.kind, confidence: c.confidence, text: text.slice(start, end) });
    }
    return spans;
  } catch {
    return [];
  }
}
