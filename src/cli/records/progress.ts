/**
 * The progress line on stderr for long `records` runs: files read, files a second, files that
 * could not be read. Silent for the first interval, so short runs print nothing; on a terminal
 * the line is rewritten in place, elsewhere one line per interval.
 */
import type { Writable } from "node:stream";

export class Progress {
  private readonly started: number;
  private last: number;
  private printed = false;

  constructor(
    private readonly out: Writable & { isTTY?: boolean },
    private readonly clock: () => number,
    private readonly intervalMs = 1000,
  ) {
    this.started = clock();
    this.last = this.started;
  }

  private line(read: number, unreadable: number): string {
    const seconds = Math.max(0.001, (this.clock() - this.started) / 1000);
    const rate = read / seconds;
    const bad = unreadable > 0 ? `, ${unreadable.toLocaleString("en-GB")} could not be read` : "";
    return `safeshare records: ${read.toLocaleString("en-GB")} files read (${rate >= 10 ? Math.round(rate).toLocaleString("en-GB") : rate.toFixed(1)} per second)${bad}`;
  }

  /** Called after each file. */
  tick(read: number, unreadable: number): void {
    const now = this.clock();
    if (now - this.last < this.intervalMs) return;
    this.last = now;
    this.printed = true;
    this.out.write(this.out.isTTY ? `\r${this.line(read, unreadable)}\x1b[K` : `${this.line(read, unreadable)}\n`);
  }

  /** The final count, when a progress line was shown. */
  finish(read: number, unreadable: number): void {
    if (!this.printed) return;
    this.out.write(this.out.isTTY ? `\r${this.line(read, unreadable)}\x1b[K\n` : `${this.line(read, unreadable)}\n`);
  }
}
