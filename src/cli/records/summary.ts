/**
 * The counts behind the HTML report, added to one row at a time so a run over any number of
 * files keeps only these tables in memory. Every table has a cap on distinct keys (untrusted
 * values and reasons could otherwise grow it without bound); what is beyond it is counted
 * under "(others)". Pure.
 */
import type { RecordRow, RecordStatus } from "./recordRow";

export const OTHERS = "(others)";
export const NO_EXCHANGE = "none";
export const NO_PARTNER = "(no partner)";
export const NO_REASON = "(reason kept in the mailbox only)";

/** Counts by key, at most `max` distinct keys. */
export class Counter {
  readonly counts = new Map<string, number>();
  constructor(private readonly max: number) {}
  add(key: string, n = 1): void {
    const k = this.counts.has(key) || this.counts.size < this.max ? key : OTHERS;
    this.counts.set(k, (this.counts.get(k) ?? 0) + n);
  }
  get total(): number {
    let t = 0;
    for (const n of this.counts.values()) t += n;
    return t;
  }
  /** Largest first, then by key; (others) last. */
  sorted(): [string, number][] {
    const rank = (k: string) => (k === OTHERS ? 1 : 0);
    return [...this.counts.entries()].sort((a, b) => rank(a[0]) - rank(b[0]) || b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  }
}

/** Counts by week and series. */
export class WeekTable {
  readonly weeks = new Map<string, Counter>();
  readonly series: Counter;
  constructor(
    private readonly maxWeeks: number,
    maxSeries: number,
  ) {
    this.series = new Counter(maxSeries);
  }
  add(week: string, series: string): void {
    // The series counter decides whether this series has its own column or goes to (others).
    this.series.add(series);
    const name = this.series.counts.has(series) ? series : OTHERS;
    const w = this.weeks.has(week) || this.weeks.size < this.maxWeeks ? week : OTHERS;
    let c = this.weeks.get(w);
    if (!c) this.weeks.set(w, (c = new Counter(Number.MAX_SAFE_INTEGER)));
    c.add(name);
  }
  /** Weeks in date order ((others) last). */
  sortedWeeks(): string[] {
    return [...this.weeks.keys()].sort((a, b) => (a === OTHERS ? 1 : b === OTHERS ? -1 : a < b ? -1 : 1));
  }
}

export interface OutsideRecipient {
  domain: string;
  cls: string;
  messages: number;
  /** Of which had a SafeShare record. */
  checked: number;
}

export class RecordsSummary {
  filesSeen = 0;
  unreadableFiles = 0;
  readonly unreadableReasons = new Counter(50);
  readonly status: Record<RecordStatus, number> = { checked: 0, "not-checked": 0, unreadable: 0 };
  readonly verdicts = new Counter(4);
  readonly formats = new Counter(4);
  messagesWithoutTime = 0;
  marked = 0;
  dismissals = 0;
  dismissalsNotListed = 0;
  readonly attachments = new Counter(8);
  readonly byExchange = new WeekTable(520, 30);
  readonly byPartner = new WeekTable(520, 30);
  /** "rule\u0000reason" → count. */
  readonly overrides = new Counter(500);
  readonly outside = new Map<string, OutsideRecipient>();
  outsideOthers = 0;
  static readonly MAX_OUTSIDE = 2000;

  /** A file that could not be read at all. */
  addUnreadable(reason: string): void {
    this.filesSeen++;
    this.unreadableFiles++;
    // Reasons may quote library messages: the first words say what went wrong.
    this.unreadableReasons.add(reason.replace(/\s*\(.*$/, "").slice(0, 120));
  }

  add(row: RecordRow): void {
    this.filesSeen++;
    this.status[row.status]++;
    this.formats.add(row.format);
    if (row.marking !== "none") this.marked++;
    for (const a of row.attachments) this.attachments.add(a.protection);
    if (row.week === "") this.messagesWithoutTime++;
    const r = row.record;
    if (r) {
      this.verdicts.add(r.verdict);
      if (row.week !== "") {
        this.byExchange.add(row.week, r.exchange === NO_EXCHANGE ? NO_EXCHANGE : r.exchange);
        const partners = [...new Set(row.recipients.filter((x) => x.partner !== undefined).map((x) => x.organisation))];
        if (partners.length === 0) this.byPartner.add(row.week, NO_PARTNER);
        for (const p of partners) this.byPartner.add(row.week, p);
      }
      for (const d of r.dismissed) {
        this.dismissals++;
        this.overrides.add(`${d.rule}\u0000${d.reason ?? NO_REASON}`);
      }
      this.dismissalsNotListed += r.dismissedNotListed;
      // Warnings sent anyway, where the file kept the reasons (the custom property).
      for (const o of r.overridden ?? []) this.overrides.add(`${o.rule}\u0000Send Anyway: ${o.reason ?? NO_REASON}`);
    }
    const seen = new Set<string>();
    for (const x of row.recipients) {
      if (!x.outside) continue;
      const key = `${x.domain}\u0000${x.cls}`;
      if (seen.has(key)) continue;
      seen.add(key);
      let entry = this.outside.get(key);
      if (!entry) {
        if (this.outside.size >= RecordsSummary.MAX_OUTSIDE) {
          this.outsideOthers++;
          continue;
        }
        this.outside.set(key, (entry = { domain: x.domain, cls: x.cls, messages: 0, checked: 0 }));
      }
      entry.messages++;
      if (r) entry.checked++;
    }
  }

  get messages(): number {
    return this.status.checked + this.status["not-checked"] + this.status.unreadable;
  }
}
