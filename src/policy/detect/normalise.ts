/**
 * Text normalisation before recognition: people (and mail clients) put invisible or exotic
 * characters into identifiers, deliberately or not. Every character that renders as nothing
 * (format characters such as bidi marks and zero-width joiners, variation selectors, Hangul
 * fillers, tag characters, controls other than tab and line breaks: ../text/invisible.ts) is
 * removed, a surrogate pair as a whole; Unicode spaces become ' ', Unicode hyphens '-',
 * full-width digits, letters and '-' '.' '/' '@' their ASCII forms, and the underscores of
 * a document's file name spaces. Anything else (lone surrogates included) is left alone. Recognizers scan the result; offsets are mapped back to
 * the caller's original text.
 */
import { INVISIBLE_FIRST_UNITS, invisibleLengthAt } from "../text/invisible";

export interface Normalised {
  /** The normalised text the recognizers scan. */
  readonly text: string;
  /**
   * Maps an index in the normalised text to an index in the original text. A start index
   * maps to the original position of that character; an end index (exclusive) maps to just
   * after the original character before it, so removed characters at a span's edges stay out.
   */
  toOriginal(index: number, isEnd?: boolean): number;
}

/** The replacement for a kept character, or -1 when it is left as it is. */
function replacement(c: number): number {
  if (c < 0xa0) return -1;
  if (c === 0x00a0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000) {
    return 0x20;
  }
  // Full-width digits and Latin letters sit at a fixed offset from ASCII.
  if ((c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a)) {
    return c - 0xfee0;
  }
  // Full-width '-', '.', '/', '@'.
  if (c === 0xff0d || c === 0xff0e || c === 0xff0f || c === 0xff20) return c - 0xfee0;
  // Hyphen and non-breaking hyphen (word processors insert them into "943-476-5919").
  if (c === 0x2010 || c === 0x2011) return 0x2d;
  return -1;
}

/** The first code unit of every character normalise() removes or replaces, for a native-speed
 * first scan (a code-unit class: no `u` flag, nothing for Babel to expand). */
const NEEDS_WORK = new RegExp(`[${INVISIBLE_FIRST_UNITS}\\u00a0\\u2000-\\u200a\\u2010\\u2011\\u202f\\u205f\\u3000\\uff0d-\\uff19\\uff20-\\uff3a\\uff41-\\uff5a]`);

const identity: Normalised["toOriginal"] = (index) => index;

/** A document's file name ends so ("….pdf", "….docx"), perhaps before a full stop ending its sentence. */
const FILE_EXTENSION = /\.(?:pdf|docx?|xlsx?|pptx?|odt|rtf|txt|msg|eml|csv|jpe?g|png|heic|zip)\.?$/i;
/** The longest file name read. */
const MAX_FILE_NAME = 300;

/** Letters, digits, "_", "." and "-": what a file name is made of. */
function fileNameChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46 || c === 45;
}

/**
 * `text` with the underscores of a document's file name read as spaces ("Licence_conditions_KELSALL_Aaron.pdf",
 * "PSR_draft_FEARN_Lewis.docx": an attachment line names people and their case that way). One code
 * unit for one, so offsets hold. Each underscore's run of file-name characters is read once: linear.
 */
function spacedFileNames(text: string): string {
  let at = text.indexOf("_");
  if (at === -1) return text;
  const parts: string[] = [];
  let copied = 0;
  while (at !== -1) {
    let start = at;
    while (start > copied && fileNameChar(text.charCodeAt(start - 1))) start--;
    let end = at;
    while (end < text.length && fileNameChar(text.charCodeAt(end))) end++;
    const name = text.slice(start, end);
    if (name.length <= MAX_FILE_NAME && FILE_EXTENSION.test(name)) {
      parts.push(text.slice(copied, start), name.replace(/_/g, " "));
      copied = end;
    }
    at = text.indexOf("_", end);
  }
  if (copied === 0) return text;
  parts.push(text.slice(copied));
  return parts.join("");
}

export function normalise(text: string): Normalised {
  // Fast path: most text has nothing to change, so neither copy it nor build a map.
  const first = text.search(NEEDS_WORK);
  if (first === -1) return { text: spacedFileNames(text), toOriginal: identity };

  // Only removals shift offsets; replacements are one code unit for one. So the map records,
  // for each removal, the normalised index where it happened; lookups binary-search that list.
  const removedAt: number[] = [];
  const parts: string[] = [text.slice(0, first)];
  let runStart = first;
  let out = first;
  for (let i = first; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Printable ASCII, the most common case, is never removed or replaced.
    if (c >= 0x20 && c < 0x7f) continue;
    const removed = invisibleLengthAt(text, i);
    if (removed > 0) {
      if (runStart < i) parts.push(text.slice(runStart, i));
      out += i - runStart;
      // One entry per removed code unit: a surrogate pair shifts later offsets by two.
      removedAt.push(out);
      if (removed === 2) removedAt.push(out);
      i += removed - 1;
      runStart = i + 1;
      continue;
    }
    const r = replacement(c);
    if (r !== -1) {
      if (runStart < i) parts.push(text.slice(runStart, i));
      out += i - runStart;
      parts.push(String.fromCharCode(r));
      out += 1;
      runStart = i + 1;
    }
  }
  if (runStart < text.length) parts.push(text.slice(runStart));
  const normalisedText = spacedFileNames(parts.join(""));

  // removedAt is non-decreasing; shift(k) = number of removals at normalised index <= k
  // (for starts) or < k (for ends, so removals just before the end are excluded).
  const toOriginal = (index: number, isEnd?: boolean): number => {
    let lo = 0;
    let hi = removedAt.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const at = removedAt[mid] as number;
      if (isEnd ? at < index : at <= index) lo = mid + 1;
      else hi = mid;
    }
    return index + lo;
  };
  return { text: normalisedText, toOriginal };
}
