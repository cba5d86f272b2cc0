/**
 * What the role rules read: the body, its spans, where each span sits, the sentences and the names
 * found. Built once per message by assignRoles and handed to each kind of rule.
 */
import type { Part } from "../anatomy";
import type { Span } from "../detect/types";
import { isAmong, type Layout } from "./boundaries";
import type { SpanPlaces } from "./messageParts";

/** Where the names found start and end. */
export interface NameIndex {
  /** Starts of the names, sorted. */
  starts: number[];
  textAt: Map<number, string>;
  ends: Set<number>;
  /** Whether a name found starts at `at`. */
  startsAt(at: number): boolean;
}

export function nameIndexOf(spans: readonly Span[]): NameIndex {
  const starts = spans.filter((x) => x.kind === "person-name").map((x) => x.start).sort((a, b) => a - b);
  const textAt = new Map<number, string>();
  for (const x of spans) if (x.kind === "person-name") textAt.set(x.start, x.text);
  const ends = new Set<number>();
  for (const x of spans) if (x.kind === "person-name") ends.add(x.end);
  return { starts, textAt, ends, startsAt: (at) => isAmong(starts, at) };
}

export interface MessageReading {
  text: string;
  spans: readonly Span[];
  places: SpanPlaces;
  partAt(at: number): Part | undefined;
  inQuotedSubject(at: number): boolean;
  /** Whether a part is in a message written by staff (whose "I" is staff's). */
  writerIsStaff(part: Part | undefined): boolean;
  layout: Layout;
  /** Each span's sentence. */
  spanSentence: Int32Array;
  names: NameIndex;
  /** Indexes of the spans that are names read as text, in order. */
  textNames: readonly number[];
  /** The sender, a recipient, or anyone in a quoted header or signature. */
  isKnown(name: string): boolean;
  /** The sender, a recipient, or a staff writer of a quoted message (not just anyone in a header). */
  isStaffPerson(name: string): boolean;
}

export function textNameIndexes(spans: readonly Span[], places: SpanPlaces): number[] {
  const out: number[] = [];
  for (let i = 0; i < spans.length; i++) if ((spans[i] as Span).kind === "person-name" && places.asText[i]) out.push(i);
  return out;
}
