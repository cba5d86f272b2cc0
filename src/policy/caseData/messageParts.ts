/**
 * Where a span sits in the message's anatomy: in text (new or quoted), a greeting, a quoted
 * header, a signature or a disclaimer, and what a span outside the text is set aside as.
 */
import type { Anatomy, Part } from "../anatomy";
import type { Span } from "../detect/types";
import { lastAtOrBefore } from "./boundaries";
import type { SetAsideReason } from "./types";

/** Text (new or quoted), or no part at all, is read for case context; so is a greeting's wording. */
export function isTextPart(part: Part | undefined): boolean {
  return !part || part.kind === "text" || part.kind === "unplaced" || part.kind === "greeting";
}

export function isSignature(part: Part): boolean {
  return part.kind === "signature" || part.kind === "sign-off";
}

/** The signature of the message being written, if it has one: text below it was pasted there. */
export function ownSignature(parts: readonly Part[]): Part | undefined {
  return parts.find((p) => p.message === 0 && p.kind === "signature");
}

/** Why a span outside the text is set aside. */
export function setAsideReason(part: Part | undefined): SetAsideReason {
  if (!part) return "no case context";
  switch (part.kind) {
    case "signature":
    case "sign-off":
      return part.message === 0 ? "your signature" : "a quoted signature";
    case "disclaimer":
      return "a disclaimer";
    case "quote-header":
      return "a quoted header";
    case "greeting":
      return "the greeting";
    default:
      return "no case context";
  }
}

/** The parts of a message, and its quoted Subject lines, looked up by offset. */
export interface PartMap {
  parts: readonly Part[];
  /** Index of the part holding `at`, or -1. */
  partIndexAt(at: number): number;
  partAt(at: number): Part | undefined;
  /** Quoted Subject and Attachments lines are read as text: an earlier subject is what it says, a file's name may name a case. */
  inQuotedSubject(at: number): boolean;
  /** Part edges and quoted Subject lines, sorted: a sentence or a paragraph never crosses one. */
  cuts: number[];
}

export function partMapOf(anatomy: Anatomy): PartMap {
  const parts = anatomy.parts;
  const partStarts = parts.map((p) => p.start);
  const subjectStarts: number[] = [];
  const subjectEnds: number[] = [];
  // A quoted header's Subject and Attachments lines, in order: what they say is read as text.
  for (const h of anatomy.headers) {
    const lines = [h.subject, h.attachments].filter((x): x is { start: number; end: number } => x !== undefined).sort((a, b) => a.start - b.start);
    for (const line of lines) {
      subjectStarts.push(line.start);
      subjectEnds.push(line.end);
    }
  }
  const partIndexAt = (at: number): number => {
    const k = lastAtOrBefore(partStarts, at);
    return k >= 0 && at < (parts[k] as Part).end ? k : -1;
  };
  const cuts: number[] = [];
  for (const part of parts) cuts.push(part.start, part.end);
  for (let i = 0; i < subjectStarts.length; i++) cuts.push(subjectStarts[i] as number, subjectEnds[i] as number);
  cuts.sort((a, b) => a - b);
  return {
    parts,
    partIndexAt,
    partAt: (at) => {
      const k = partIndexAt(at);
      return k >= 0 ? parts[k] : undefined;
    },
    inQuotedSubject: (at) => {
      const k = lastAtOrBefore(subjectStarts, at);
      return k >= 0 && at < (subjectEnds[k] as number);
    },
    cuts,
  };
}

/**
 * Each span's part and whether it is read as text, in parallel arrays rather than an object per
 * span: a 20 MB body has hundreds of thousands of spans, and the objects cost more in garbage
 * collection than the work.
 */
export interface SpanPlaces {
  /** Read as text: new or quoted text, a greeting's non-name words, a quoted Subject line. */
  asText: Uint8Array;
  partOf(i: number): Part | undefined;
}

export function placeSpans(spans: readonly Span[], map: PartMap): SpanPlaces {
  const n = spans.length;
  const partIndex = new Int32Array(n);
  const asText = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const span = spans[i] as Span;
    const k = map.partIndexAt(span.start);
    const part = k >= 0 ? map.parts[k] : undefined;
    partIndex[i] = k;
    let readAsText = isTextPart(part);
    if (part && part.kind === "quote-header" && map.inQuotedSubject(span.start)) readAsText = true;
    if (part && part.kind === "greeting" && span.kind === "person-name") readAsText = false;
    asText[i] = readAsText ? 1 : 0;
  }
  return { asText, partOf: (i) => ((partIndex[i] as number) >= 0 ? map.parts[partIndex[i] as number] : undefined) };
}
