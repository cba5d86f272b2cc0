/**
 * detect(): normalise the text, run every registered recognizer in order, resolve overlaps
 * between kinds and report spans with offsets into the caller's original text.
 */
import { normalise } from "./normalise";
import { RECOGNIZERS } from "./recognizers";
import { NAME_DATE_CONFIDENCE_CEILING } from "./recognizers/dateOfBirth";
import { findDates } from "./recognizers/dateOfBirthScan";
import type { Candidate, PersonalDataKind, Recognizer, Span } from "./types";

export interface DetectOptions {
  /** Report only these kinds (all recognizers still run, so overlaps resolve the same way). */
  kinds?: readonly PersonalDataKind[];
  /** Drop candidates below this confidence before overlaps are resolved. */
  minConfidence?: number;
  /** The day the text is written (yyyymmdd; the caller's clock, so detect stays pure): a date
   * next to a name that is later than this is a rota's or a deadline's, not a date of birth
   * ("Tom Fletcher, 14/12/2026"). A date marked as a birth date (DOB, born) still counts. */
  today?: number;
}

/** A date of birth found only from the name before it (not a birth cue) that falls after
 * `today`: no one was born on it. */
function isFutureNameDate(c: Candidate, scanned: string, today: number): boolean {
  if (c.kind !== "date-of-birth" || c.confidence >= NAME_DATE_CONFIDENCE_CEILING) return false;
  const found = findDates(scanned.slice(c.start, c.end))[0];
  return found?.day !== undefined && found.day > today;
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

function isSorted(candidates: readonly Candidate[]): boolean {
  for (let i = 1; i < candidates.length; i++) {
    if (byStart(candidates[i - 1] as Candidate, candidates[i] as Candidate) > 0) return false;
  }
  return true;
}

/**
 * Keeps a set of non-overlapping candidates. Sorted by start, each candidate only meets the
 * kept spans at the tail that end after it starts, so this is linear after the sort (each
 * kept span is removed at most once).
 */
export function resolveOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const sorted = isSorted(candidates) ? candidates : candidates.slice().sort(byStart);
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
    // Setting an array's length is a runtime call: only when something is dropped.
    if (j + 1 < kept.length) kept.length = j + 1;
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
  return mergeByStart(kept, freeKept);
}

/**
 * Merges two lists each sorted by byStart; on a tie the element of `a` comes first, as in a
 * stable sort of a.concat(b), in linear time.
 */
function mergeByStart(a: readonly Candidate[], b: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (byStart(a[i] as Candidate, b[j] as Candidate) <= 0) out.push(a[i++] as Candidate);
    else out.push(b[j++] as Candidate);
  }
  while (i < a.length) out.push(a[i++] as Candidate);
  while (j < b.length) out.push(b[j++] as Candidate);
  return out;
}

/** Receives the recognizer that threw; the caller decides what a failure means. */
type OnFailure = (recognizer: Recognizer, error: unknown) => void;

function runOne(recognizer: Recognizer, text: string, earlier: readonly Candidate[], onFailure: OnFailure): Candidate[] {
  try {
    const found = recognizer.find(text, earlier);
    // A recognizer bug must not produce spans outside the text or of another kind. Usually all
    // are fine, and the list is returned as it is.
    const isValid = (c: Candidate): boolean => c.start >= 0 && c.end > c.start && c.end <= text.length && c.kind === recognizer.kind;
    let k = 0;
    while (k < found.length && isValid(found[k] as Candidate)) k++;
    if (k === found.length) return found;
    const valid: Candidate[] = found.slice(0, k);
    for (; k < found.length; k++) if (isValid(found[k] as Candidate)) valid.push(found[k] as Candidate);
    return valid;
  } catch (error) {
    onFailure(recognizer, error);
    return [];
  }
}

/**
 * Long texts are scanned a chunk at a time, cut at a paragraph or line break, so that every
 * recognizer's pass over a chunk stays in the CPU cache: ten passes over a 4 MB text from
 * main memory would otherwise cost more per character than ten passes over 1 MB. No
 * identifier spans a line break, and recognizers look back only a few dozen characters.
 */
const CHUNK = 1 << 16;

/** The end of the chunk starting at `start`: the last blank line, else line break, else space in its second half. */
function chunkEnd(text: string, start: number): number {
  const limit = start + CHUNK;
  if (limit >= text.length) return text.length;
  const from = start + CHUNK / 2;
  const window = text.slice(from, limit);
  for (const separator of ["\n\n", "\n", " "]) {
    const at = window.lastIndexOf(separator);
    if (at !== -1) return from + at + separator.length;
  }
  return limit;
}

/**
 * text[start, end) as a flat string. V8 represents a slice as a view into its parent (and a
 * concatenation as a pair), and every charCodeAt or regex step on such a string pays an extra
 * indirection; the recognizers read each character several times, so copying the chunk once
 * (joining two pieces builds a fresh flat string) makes their scans markedly faster. In other
 * engines it is only a cheap copy.
 */
function flatChunk(text: string, start: number, end: number): string {
  const mid = start + ((end - start) >> 1);
  return [text.slice(start, mid), text.slice(mid, end)].join("");
}

function runAll(recognizers: readonly Recognizer[], text: string, offset: number, into: Candidate[], onFailure: OnFailure): void {
  let found: Candidate[] = [];
  for (const recognizer of recognizers) {
    const more = runOne(recognizer, text, found, onFailure);
    if (more.length > 0) found = found.concat(more);
  }
  // Sorting each chunk's few candidates keeps the whole list sorted (chunks come in order)
  // without an n log n sort over a long text's thousands.
  found.sort(byStart);
  // Each find() call returns fresh candidates, so they are moved to text offsets in place: a
  // copy each would be hundreds of thousands of short-lived objects on a 20 MB body.
  for (const c of found) {
    if (offset !== 0) {
      c.start += offset;
      c.end += offset;
    }
    into.push(c);
  }
}

/** What detectChecked() returns: the spans, and every recognizer that failed (so a caller on the
 * Send path can fail closed instead of reporting fewer spans). */
export interface Detection {
  spans: Span[];
  /** One entry per recognizer kind that threw (or "detection" when detect itself failed). */
  failures: { recognizer: string; error: string }[];
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Finds personal data in `text` and says what could not be checked. Spans are sorted by start,
 * never overlap one another (except special-category phrases, which describe facts rather than
 * identify), and carry offsets and text from the original string. Never throws.
 * `recognizers` is for tests and tools; the product uses the registry.
 */
export function detectChecked(text: string, options: DetectOptions = {}, recognizers: readonly Recognizer[] = RECOGNIZERS): Detection {
  const failures: Detection["failures"] = [];
  if (typeof text !== "string" || text.length === 0) return { spans: [], failures };
  const onFailure: OnFailure = (recognizer, error) => {
    if (!failures.some((f) => f.recognizer === recognizer.kind)) failures.push({ recognizer: recognizer.kind, error: errorText(error) });
  };
  try {
    const norm = normalise(text);
    const scanned = norm.text;
    const all: Candidate[] = [];
    for (let start = 0; start < scanned.length; ) {
      const end = chunkEnd(scanned, start);
      runAll(recognizers, flatChunk(scanned, start, end), start, all, onFailure);
      start = end;
    }
    // Callers from plain JavaScript may pass null for "no options".
    const opts: DetectOptions = options || {};
    const minConfidence = typeof opts.minConfidence === "number" ? opts.minConfidence : 0;
    const wanted = opts.kinds ? new Set<PersonalDataKind>(opts.kinds) : null;
    const today = typeof opts.today === "number" ? opts.today : undefined;
    const kept = minConfidence > 0 || today !== undefined ? all.filter((c) => c.confidence >= minConfidence && (today === undefined || !isFutureNameDate(c, scanned, today))) : all;
    const resolved = resolveOverlaps(kept);
    const spans: Span[] = [];
    for (const c of resolved) {
      if (wanted && !wanted.has(c.kind)) continue;
      const start = norm.toOriginal(c.start);
      const end = norm.toOriginal(c.end, true);
      spans.push({ start, end, kind: c.kind, confidence: c.confidence, text: text.slice(start, end) });
    }
    return { spans, failures };
  } catch (error) {
    failures.push({ recognizer: "detection", error: errorText(error) });
    return { spans: [], failures };
  }
}

/**
 * Finds personal data in `text` (see detectChecked). For tools that only want the spans: a
 * failing recognizer only loses its own results here. The check (src/policy/check.ts) uses
 * detectChecked, so that a failure blocks instead.
 */
export function detect(text: string, options: DetectOptions = {}, recognizers: readonly Recognizer[] = RECOGNIZERS): Span[] {
  return detectChecked(text, options, recognizers).spans;
}
