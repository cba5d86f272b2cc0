/** Reading an anatomy back as text, for the anatomy tests. */
import type { BodyRegion } from "../../../src/policy/html";
import { messageAnatomy, type Anatomy, type Part, type PartKind } from "../../../src/policy/anatomy";

export interface Read {
  text: string;
  anatomy: Anatomy;
  /** Each part as [kind, message, its text]. */
  parts: [PartKind, number, string][];
  /** The part holding the first occurrence of `needle` (its first character), or undefined. */
  partAt(needle: string): Part | undefined;
  /** [kind, message] of the part holding `needle`. */
  at(needle: string): [PartKind, number] | undefined;
  /** The texts of the parts of this kind (and message, if given). */
  all(kind: PartKind, message?: number): string[];
  /** The people of each header as [field, name text, address text], and its subject text. */
  headers(): { message: number; people: [string, string | undefined, string | undefined][]; subject?: string }[];
}

export function read(text: string, regions?: readonly BodyRegion[]): Read {
  const anatomy = messageAnatomy(text, regions);
  const slice = (r: { start: number; end: number } | undefined) => (r ? text.slice(r.start, r.end) : undefined);
  const partAt = (needle: string) => {
    const at = text.indexOf(needle);
    if (at < 0) throw new Error(`"${needle}" is not in the text`);
    return anatomy.parts.find((p) => p.start <= at && at < p.end);
  };
  return {
    text,
    anatomy,
    parts: anatomy.parts.map((p) => [p.kind, p.message, text.slice(p.start, p.end)]),
    partAt,
    at(needle) {
      const p = partAt(needle);
      return p ? [p.kind, p.message] : undefined;
    },
    all: (kind, message) => anatomy.parts.filter((p) => p.kind === kind && (message === undefined || p.message === message)).map((p) => text.slice(p.start, p.end)),
    headers: () =>
      anatomy.headers.map((h) => {
        const out: { message: number; people: [string, string | undefined, string | undefined][]; subject?: string } = {
          message: h.message,
          people: h.people.map((p) => [p.field, slice(p.name), slice(p.address)]),
        };
        if (h.subject) out.subject = slice(h.subject);
        return out;
      }),
  };
}

const WHITESPACE = /\s/;

/** The promises every anatomy keeps: sorted, not overlapping, in range, every non-whitespace
 * character inside a part; headers inside the text. Returns the first broken one, or null. */
export function brokenPromise(text: string, anatomy: Anatomy): string | null {
  let previousEnd = 0;
  for (const p of anatomy.parts) {
    if (!Number.isInteger(p.start) || !Number.isInteger(p.end)) return `non-integer offsets ${p.start}-${p.end}`;
    if (p.start < previousEnd) return `part ${p.start}-${p.end} starts before the previous one ends (${previousEnd})`;
    if (p.end <= p.start) return `empty part ${p.start}-${p.end}`;
    if (p.end > text.length) return `part ${p.start}-${p.end} past the end (${text.length})`;
    if (!Number.isInteger(p.message) || p.message < 0) return `bad message number ${p.message}`;
    previousEnd = p.end;
  }
  let k = 0;
  for (let i = 0; i < text.length; i++) {
    if (WHITESPACE.test(text.charAt(i))) continue;
    while (k < anatomy.parts.length && (anatomy.parts[k] as Part).end <= i) k++;
    const p = anatomy.parts[k];
    if (!p || p.start > i) return `character ${i} (${JSON.stringify(text.charAt(i))}) is in no part`;
  }
  for (const h of anatomy.headers) {
    if (h.start < 0 || h.end > text.length || h.start > h.end) return `header ${h.start}-${h.end} out of range`;
    for (const person of h.people) {
      for (const r of [person.name, person.address]) if (r && (r.start < h.start || r.end > h.end || r.start >= r.end)) return `person ${r.start}-${r.end} outside its header ${h.start}-${h.end}`;
    }
  }
  return null;
}
