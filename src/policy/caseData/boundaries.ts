/**
 * Sentence and paragraph boundaries of a body, found in one pass and looked up by binary search:
 * every rule asks "which sentence is this in?", thousands of times in a long thread.
 */

/** Index of the last element <= x in a sorted array, or -1. */
export function lastAtOrBefore(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) <= x) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Whether `at` is one of the offsets of a sorted array. */
export function isAmong(sorted: readonly number[], at: number): boolean {
  const k = lastAtOrBefore(sorted, at);
  return k >= 0 && sorted[k] === at;
}

/** The start of the line holding `at`, looked for at most `max` characters back (a long text is not
 * scanned back per span), or -1 when the line starts further back than that. */
export function lineStartWithin(text: string, at: number, max: number): number {
  const from = Math.max(0, at - max - 1);
  const lineBreak = text.slice(from, at).lastIndexOf("\n");
  if (lineBreak >= 0) return from + lineBreak + 1;
  return at <= max ? 0 : -1;
}

/** The end of the line holding `at` (its line break, or the text's end), looked for at most `max`
 * characters on, or -1 when the line goes on further than that. */
export function lineEndWithin(text: string, at: number, max: number): number {
  const lineBreak = text.slice(at, at + max).indexOf("\n");
  if (lineBreak >= 0) return at + lineBreak;
  return at + max >= text.length ? text.length : -1;
}

/** Abbreviations after which a full stop does not end a sentence ("Mr. Smith", "Ref. 123"). */
const NO_BREAK_AFTER = /(?:^|[\s(])(?:mr|mrs|ms|miss|dr|st|no|ref|tel|mob|approx|e\.g|i\.e|[a-z])$/i;

/** Closing quotation marks and brackets: " ' ” ’ ). */
function isCloser(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0x29;
}

/** Where a sentence or a line may end: the loop below jumps between these instead of reading every character. */
const BREAK_CANDIDATE = /[.!?\n]/g;

/** A list item starts here: "- ", "* ", "• ", "1. ", "2) ", or an agenda's "09:45 ". */
const LIST_ITEM = /^[ \t]*(?:[-*\u2022\u00b7\u2013][ \t]|\d{1,2}[.)][ \t]|\d{1,2}[:.]\d{2}[ \t])/;
/** A line that opens with a name or a label, then a dash: "Kev Oldham - ground floor please",
 * "Jas - vegetarian". One such line an item, like a bullet's. */
const DASHED_ITEM = /^[ \t]*[A-Z][\w'\u2019.-]*(?:[ \t]+\(?[A-Z][\w'\u2019.)-]*){0,3}[ \t]+[-\u2013\u2014][ \t]/;

/** A table row's cells: a tab, or a bar with a space on either side. */
const CELL_SPLIT = /\t| \| /;
/** How far into a line to look for a cell split: a long line is prose, not a row. */
const MAX_ROW_LOOK = 400;

/** Whether the line starting at `from` is a table row. */
function isTableRow(text: string, from: number): boolean {
  let end = text.indexOf("\n", from);
  if (end < 0) end = text.length;
  return CELL_SPLIT.test(text.slice(from, Math.min(end, from + MAX_ROW_LOOK)));
}

interface Boundaries {
  sentences: number[];
  paragraphs: number[];
}

/** Sentence and paragraph starts, in one pass; `cuts` (part edges) start both. */
function boundaries(text: string, cuts: readonly number[]): Boundaries {
  const sentences: number[] = [0];
  const paragraphs: number[] = [0];
  let c = 0;
  const cutUpTo = (i: number): void => {
    while (c < cuts.length && (cuts[c] as number) <= i) {
      const at = cuts[c++] as number;
      if (at > (sentences[sentences.length - 1] as number)) sentences.push(at);
      if (at > (paragraphs[paragraphs.length - 1] as number)) paragraphs.push(at);
    }
  };
  BREAK_CANDIDATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  /** Where the line the loop is in began. */
  let lineStart = 0;
  while ((m = BREAK_CANDIDATE.exec(text)) !== null) {
    const i = m.index;
    cutUpTo(i);
    const ch = text.charCodeAt(i);
    if (ch !== 0x0a) {
      // A closing quotation mark or bracket right after the stop belongs to the sentence ('…a concern?" There').
      const close = isCloser(text.charCodeAt(i + 1)) ? 1 : 0;
      const next = text.charCodeAt(i + 1 + close);
      if ((next === 0x20 || next === 0x0a || next === 0x0d || next === 0x09) && (ch !== 0x2e || !NO_BREAK_AFTER.test(text.slice(Math.max(0, i - 6), i)))) {
        if (i + 1 + close > (sentences[sentences.length - 1] as number)) sentences.push(i + 1 + close);
      }
    } else {
      // Each item of a list is its own sentence: an attendee list is not one long sentence. So is
      // each row of a table (a line with cells split by tabs or bars), and the line after one.
      if ((LIST_ITEM.test(text.slice(i + 1, i + 8)) || DASHED_ITEM.test(text.slice(i + 1, i + 60)) || isTableRow(text, i + 1) || isTableRow(text, lineStart)) && i + 1 > (sentences[sentences.length - 1] as number)) sentences.push(i + 1);
      lineStart = i + 1;
      // A blank line ends a paragraph (and a sentence).
      let j = i + 1;
      while (j < text.length && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09 || text.charCodeAt(j) === 0x0d)) j++;
      if (text.charCodeAt(j) === 0x0a) {
        if (j > (sentences[sentences.length - 1] as number)) sentences.push(j);
        if (j > (paragraphs[paragraphs.length - 1] as number)) paragraphs.push(j);
      }
    }
  }
  cutUpTo(text.length - 1);
  return { sentences, paragraphs };
}

/** A body's sentences and paragraphs (by index), with the look-ups the rules share. */
export interface Layout {
  /** Sentence starts, sorted. */
  sentences: readonly number[];
  /** Paragraph starts, sorted. */
  paragraphs: readonly number[];
  sentenceOf(at: number): number;
  paragraphOf(at: number): number;
  /** Where sentence `k` ends (the next one's start, or the end of the text). */
  sentenceEnd(k: number): number;
  paragraphEnd(p: number): number;
  /** Sentence `k`'s text, at most 1,000 characters of it. */
  sentenceText(k: number): string;
}

export function layoutOf(text: string, cuts: readonly number[]): Layout {
  const { sentences, paragraphs } = boundaries(text, cuts);
  const sentenceEnd = (k: number): number => (k + 1 < sentences.length ? (sentences[k + 1] as number) : text.length);
  return {
    sentences,
    paragraphs,
    sentenceOf: (at) => lastAtOrBefore(sentences, at),
    paragraphOf: (at) => lastAtOrBefore(paragraphs, at),
    sentenceEnd,
    paragraphEnd: (p) => (p + 1 < paragraphs.length ? (paragraphs[p + 1] as number) : text.length),
    sentenceText: (k) => {
      const from = sentences[k] as number;
      return text.slice(from, Math.min(sentenceEnd(k), from + 1000));
    },
  };
}
