/**
 * A body as lines: where each line's content starts and ends, how deeply it is quoted (">"
 * markers plus the HTML reader's quoted regions around it), and which client-marked header or
 * signature region holds it. Stored as typed arrays, one entry a line: a body of 100,000 empty
 * lines must not cost 100,000 objects.
 */
import type { BodyRegion } from "../html/bodyTexts";
import { isSpace } from "../text/whitespace";
import { HEAD } from "./lineShape";

export interface Lines {
  count: number;
  /** First character of each line that is not whitespace (quote markers included), or where its
   * line break is when there is none. */
  first: Int32Array;
  /** Content after the quote markers and whitespace… */
  cs: Int32Array;
  /** …to just after its last non-whitespace character; cs === ce for a blank (or ">"-only) line. */
  ce: Int32Array;
  /** ">" markers plus the quoted regions holding the line. */
  depth: Int32Array;
  /** The client-marked quote-header region holding the line (index into merged regions), or -1;
   * null when there are no such regions. */
  headerRegion: Int32Array | null;
  /** 1 inside a client-marked signature; null when there are no such regions. */
  inSignature: Uint8Array | null;
}

export function splitLines(text: string): Lines {
  const n = text.length;
  let count = 1;
  for (let i = 0; i < n; i++) if (text.charCodeAt(i) === 0x0a) count++;
  const firsts = new Int32Array(count);
  const css = new Int32Array(count);
  const ces = new Int32Array(count);
  const depths = new Int32Array(count);
  let start = 0;
  for (let k = 0; k < count; k++) {
    let end = start;
    while (end < n && text.charCodeAt(end) !== 0x0a) end++;
    let i = start;
    while (i < end && isSpace(text.charCodeAt(i))) i++;
    firsts[k] = i;
    // Quote markers: ">", "> >", ">>" (spaces between allowed).
    let gt = 0;
    for (; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x3e) gt++;
      else if (!isSpace(c)) break;
    }
    let ce = end;
    while (ce > i && isSpace(text.charCodeAt(ce - 1))) ce--;
    css[k] = i;
    ces[k] = ce;
    depths[k] = gt;
    start = end + 1;
  }
  return { count, first: firsts, cs: css, ce: ces, depth: depths, headerRegion: null, inSignature: null };
}

/** The line's content, at most HEAD characters of it. */
export function head(text: string, lines: Lines, k: number): string {
  const cs = lines.cs[k] as number;
  return text.slice(cs, Math.min(lines.ce[k] as number, cs + HEAD));
}

/** No content (empty, whitespace, or quote markers only). */
export function isBlank(lines: Lines, k: number): boolean {
  return (lines.cs[k] as number) >= (lines.ce[k] as number);
}

/** Any character that is not whitespace (a ">"-only line has one). */
export function hasText(lines: Lines, k: number): boolean {
  const cs = lines.cs[k] as number;
  return cs > (lines.first[k] as number) || (lines.ce[k] as number) > cs;
}

export function headerRegionOf(lines: Lines, k: number): number {
  return lines.headerRegion === null ? -1 : (lines.headerRegion[k] as number);
}

export function inSignature(lines: Lines, k: number): boolean {
  return lines.inSignature !== null && lines.inSignature[k] === 1;
}

/** Regions that make sense for this text: numbers in range, start before end. */
function sane(regions: readonly BodyRegion[], length: number): BodyRegion[] {
  const out: BodyRegion[] = [];
  for (const r of regions) {
    if (!r || typeof r.start !== "number" || typeof r.end !== "number" || r.start !== r.start || r.end !== r.end) continue;
    const start = Math.max(0, Math.min(length, Math.floor(r.start)));
    const end = Math.max(0, Math.min(length, Math.ceil(r.end)));
    if (start < end) out.push({ kind: r.kind, start, end });
  }
  return out;
}

/** Overlapping intervals of one kind merged, sorted. */
function merged(regions: BodyRegion[]): { start: number; end: number }[] {
  const sorted = regions.slice().sort((a, b) => a.start - b.start);
  const out: { start: number; end: number }[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start < last.end) last.end = Math.max(last.end, r.end);
    else out.push({ start: r.start, end: r.end });
  }
  return out;
}

const byNumber = (a: number, b: number) => a - b;

/**
 * Adds the regions to the lines, by where each line's content starts: quoted regions deepen it
 * (nested ones add up), header and signature regions label it. Linear after sorting the regions.
 */
export function applyRegions(lines: Lines, regions: readonly BodyRegion[], length: number): void {
  const ok = sane(regions, length);
  if (ok.length === 0) return;
  const quoted = ok.filter((r) => r.kind === "quoted");
  const quotedStarts = quoted.map((r) => r.start).sort(byNumber);
  const quotedEnds = quoted.map((r) => r.end).sort(byNumber);
  const headers = merged(ok.filter((r) => r.kind === "quote-header"));
  const signatures = merged(ok.filter((r) => r.kind === "signature"));
  const headerRegion = headers.length > 0 ? new Int32Array(lines.count).fill(-1) : null;
  const signature = signatures.length > 0 ? new Uint8Array(lines.count) : null;
  lines.headerRegion = headerRegion;
  lines.inSignature = signature;
  let qs = 0;
  let qe = 0;
  let h = 0;
  let s = 0;
  for (let k = 0; k < lines.count; k++) {
    const at = isBlank(lines, k) ? (lines.first[k] as number) : (lines.cs[k] as number);
    while (qs < quotedStarts.length && (quotedStarts[qs] as number) <= at) qs++;
    while (qe < quotedEnds.length && (quotedEnds[qe] as number) <= at) qe++;
    lines.depth[k] = (lines.depth[k] as number) + qs - qe;
    while (h < headers.length && (headers[h] as { end: number }).end <= at) h++;
    const hr = headers[h];
    if (headerRegion && hr && hr.start <= at && at < hr.end) headerRegion[k] = h;
    while (s < signatures.length && (signatures[s] as { end: number }).end <= at) s++;
    const sr = signatures[s];
    if (signature && sr && sr.start <= at && at < sr.end) signature[k] = 1;
  }
}
