/**
 * Builds readable text from HTML text nodes: runs of whitespace collapse to one space (except in
 * <pre>), block boundaries become line breaks, table cells a tab. Breaks are requested lazily and
 * only written before the next text, so empty blocks leave no blank lines.
 */

const BREAK_NONE = 0;
const BREAK_CELL = 1;
const BREAK_LINE = 2;
const BREAK_PARAGRAPH = 3;

export type BreakKind = "cell" | "line" | "paragraph";

const RANK: { [kind: string]: number } = { cell: BREAK_CELL, line: BREAK_LINE, paragraph: BREAK_PARAGRAPH };

export class TextSink {
  private readonly parts: string[] = [];
  private pending = BREAK_NONE;
  /** Whether the last character written was whitespace (or nothing was written yet). */
  private atSpace = true;
  private empty = true;

  requestBreak(kind: BreakKind): void {
    this.pending = Math.max(this.pending, RANK[kind] as number);
  }

  /** `<br>`: a line break even when no text follows on the line. */
  lineBreak(): void {
    this.flushBreak();
    this.trimTrailingSpace();
    this.write("\n");
  }

  append(text: string, pre: boolean): void {
    const t = pre ? text : text.replace(/[ \t\n\r\f]+/g, " ");
    if (t === "") return;
    if (!pre && t === " ") {
      if (!this.atSpace && this.pending === BREAK_NONE) this.write(" ");
      return;
    }
    let out = t;
    if (this.pending !== BREAK_NONE || this.atSpace) out = out.replace(/^ /, "");
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
    const last = this.parts.length - 1;
    if (last >= 0) this.parts[last] = (this.parts[last] as string).replace(/ +$/, "");
  }

  private write(s: string): void {
    this.parts.push(s);
    this.empty = false;
    this.atSpace = /\s$/.test(s);
  }

  toString(): string {
    return this.parts
      .join("")
      .replace(/ +\n/g, "\n")
      .replace(/^\s+|\s+$/g, "");
  }
}
