/**
 * Builds readable text from HTML text nodes: runs of whitespace collapse to one space (except in
 * <pre>), block boundaries become line breaks, table cells a tab. Breaks are requested lazily and
 * only written before the next text, so empty blocks leave no blank lines.
 */
import { isSpace } from "../text/whitespace";

const BREAK_NONE = 0;
const BREAK_CELL = 1;
const BREAK_LINE = 2;
const BREAK_PARAGRAPH = 3;

export type BreakKind = "cell" | "line" | "paragraph";

const RANK: { [kind: string]: number } = { cell: BREAK_CELL, line: BREAK_LINE, paragraph: BREAK_PARAGRAPH };

/** Parts joined into one chunk every this many writes: millions of tiny strings (one per <br>
 * or cell) cost far more memory than the text they hold. */
const COMPACT_EVERY = 4096;

const WHITESPACE_RUNS = /[ \t\n\r\f]+/g;
/** What WHITESPACE_RUNS would change: a tab, line break or form feed, or two spaces together. */
const COLLAPSIBLE = /[\t\n\r\f]| {2}/;

export class TextSink {
  /** Earlier parts, joined. */
  private readonly chunks: string[] = [];
  /** Recent parts, each as written (trimTrailingSpace edits the last). */
  private parts: string[] = [];
  private pending = BREAK_NONE;
  /** Whether the last character written was whitespace (or nothing was written yet). */
  private atSpace = true;
  private empty = true;
  /** Length of the text written so far (the sum of parts). */
  private length = 0;
  /** Offsets into the written text, in the order taken (see mark()). */
  private readonly marks: number[] = [];

  requestBreak(kind: BreakKind): void {
    this.pending = Math.max(this.pending, RANK[kind] as number);
  }

  /** Replaces the break waiting for the next text, even with a weaker one (a table cell's close). */
  replaceBreak(kind: BreakKind): void {
    this.pending = RANK[kind] as number;
  }

  /** How many characters have been written so far. */
  get written(): number {
    return this.length;
  }

  /** `<br>`: a line break even when no text follows on the line. */
  lineBreak(): void {
    this.flushBreak();
    this.trimTrailingSpace();
    this.write("\n");
  }

  append(text: string, pre: boolean): void {
    // Most text nodes have nothing to collapse: test before building a new string.
    const t = pre || !COLLAPSIBLE.test(text) ? text : text.replace(WHITESPACE_RUNS, " ");
    if (t === "") return;
    if (!pre && t === " ") {
      if (!this.atSpace && this.pending === BREAK_NONE) this.write(" ");
      return;
    }
    let out = t;
    if ((this.pending !== BREAK_NONE || this.atSpace) && out.charCodeAt(0) === 0x20) out = out.slice(1);
    if (out === "") return;
    this.flushBreak();
    this.write(out);
  }

  private flushBreak(): void {
    if (this.pending === BREAK_NONE || this.empty) {
      this.pending = BREAK_NONE;
      return;
    }
    this.trimTrailingSpace();
    this.write(this.pending === BREAK_CELL ? "\t" : this.pending === BREAK_LINE ? "\n" : "\n\n");
    this.pending = BREAK_NONE;
  }

  private trimTrailingSpace(): void {
    if (this.parts.length === 0 && this.chunks.length > 0) this.parts.push(this.chunks.pop() as string);
    const last = this.parts.length - 1;
    if (last < 0) return;
    const part = this.parts[last] as string;
    // A loop, not / +$/: that regex is quadratic on a long run of spaces inside <pre>.
    let end = part.length;
    while (end > 0 && part.charCodeAt(end - 1) === 0x20) end--;
    if (end === part.length) return;
    this.parts[last] = part.slice(0, end);
    this.length -= part.length - end;
    // Marks taken after the removed spaces now point at the end of what is left.
    for (let i = this.marks.length - 1; i >= 0 && (this.marks[i] as number) > this.length; i--) this.marks[i] = this.length;
  }

  private write(s: string): void {
    if (this.parts.length >= COMPACT_EVERY) {
      this.chunks.push(this.parts.join(""));
      this.parts = [];
    }
    this.parts.push(s);
    this.length += s.length;
    this.empty = false;
    this.atSpace = isSpace(s.charCodeAt(s.length - 1));
  }

  /**
   * Remembers the current end of the text; `layout()` tells where it ended up in the final text.
   * Returns the mark's number. Marks are taken in stream order, so they never decrease.
   */
  mark(): number {
    this.marks.push(this.length);
    return this.marks.length - 1;
  }

  toString(): string {
    return this.layout().text;
  }

  /**
   * The text as read: spaces before a line break dropped, leading and trailing whitespace trimmed,
   * with each mark's offset into it. One pass, no regex (/ +\n/ and /\s+$/ backtrack
   * quadratically over long runs of spaces).
   */
  layout(): { text: string; marks: number[] } {
    const raw = this.chunks.length === 0 ? this.parts.join("") : this.chunks.join("") + this.parts.join("");
    const marks = this.marks;
    const out: string[] = [];
    const mapped: number[] = [];
    /** Characters dropped before the current position: a mark at p (not in a dropped run) maps to p - dropped. */
    let dropped = 0;
    let copyFrom = 0;
    const n = raw.length;
    // From one run of spaces to the next (indexOf, not a loop over every character).
    for (let i = raw.indexOf(" "); i >= 0 && i < n; i = raw.indexOf(" ", i)) {
      let j = i;
      while (j < n && raw.charCodeAt(j) === 0x20) j++;
      if (j < n && raw.charCodeAt(j) === 0x0a) {
        // Spaces before a line break are dropped; marks inside them go to where they were.
        while (mapped.length < marks.length && (marks[mapped.length] as number) < j) {
          const at = marks[mapped.length] as number;
          mapped.push((at < i ? at : i) - dropped);
        }
        out.push(raw.slice(copyFrom, i));
        copyFrom = j;
        dropped += j - i;
      }
      i = j;
    }
    for (let m = mapped.length; m < marks.length; m++) mapped.push(Math.min(marks[m] as number, n) - dropped);
    out.push(raw.slice(copyFrom));
    const joined = out.join("");
    let start = 0;
    let end = joined.length;
    while (start < end && isSpace(joined.charCodeAt(start))) start++;
    while (end > start && isSpace(joined.charCodeAt(end - 1))) end--;
    const text = joined.slice(start, end);
    return { text, marks: mapped.map((at) => Math.max(0, Math.min(text.length, at - start))) };
  }
}

