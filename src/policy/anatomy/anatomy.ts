/**
 * messageAnatomy(text, regions?) → the parts of a message body and its quoted headers.
 *
 * 1. Lines, with their ">" depth plus the HTML reader's quoted regions (lines.ts).
 * 2. Quoted headers split the body into messages (headers.ts). A header introduces a message one
 *    level deeper when the lines after it are deeper ("On … wrote:" above "> …"), else at its own
 *    depth (Outlook's "From:/Sent:" block above unquoted text). A depth no header opened is a
 *    message of its own; inline replies go back to their depth's message.
 * 3. Each message's lines are placed (body.ts): greeting, text, sign-off, signature, disclaimer.
 * 4. Parts: one a line (two for a greeting followed by text), neighbours of the same kind and
 *    message merged.
 *
 * Pure and linear in the text; never throws: on an internal error, or if the parts break their
 * promises (sorted, not overlapping, covering every non-whitespace character), the whole text is
 * one "text" part of message 0, which callers treat as new text (fail closed).
 */
import type { BodyRegion } from "../html/bodyTexts";
import { KINDS, nameWords, readMessage, type BodyContext } from "./body";
import { headerAt, nextWithContent } from "./headers";
import { applyRegions, hasText, headerRegionOf, isBlank, splitLines } from "./lines";
import { isSpace } from "../text/whitespace";
import type { Anatomy, Part, PartKind, QuoteHeader } from "./types";

/** Characters of paragraph text compared with disclaimer wording, per body. */
const PHRASE_BUDGET = 60_000;
/** How far after a header to look for its first line, to see whether it is quoted deeper. */
const LOOK_AHEAD = 6;

function wholeText(text: string): Anatomy {
  return { parts: text.length > 0 ? [{ kind: "text", start: 0, end: text.length, message: 0 }] : [], headers: [] };
}

/** Which message each quote depth is in now: entries sorted by depth. */
class Messages {
  private readonly stack: { depth: number; message: number }[] = [{ depth: 0, message: 0 }];
  private last = 0;

  /** The message at this depth, a new one when none is open there. */
  at(depth: number): number {
    const stack = this.stack;
    let lo = 0;
    let hi = stack.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const entry = stack[mid] as { depth: number; message: number };
      if (entry.depth === depth) return entry.message;
      if (entry.depth < depth) lo = mid + 1;
      else hi = mid - 1;
    }
    stack.splice(lo, 0, { depth, message: ++this.last });
    return this.last;
  }

  /** A header starts a message at this depth: deeper ones it quotes are new messages too. */
  start(depth: number): number {
    const stack = this.stack;
    while (stack.length > 0 && (stack[stack.length - 1] as { depth: number }).depth >= depth) stack.pop();
    stack.push({ depth, message: ++this.last });
    return this.last;
  }
}

function read(text: string, regions: readonly BodyRegion[]): Anatomy {
  const lines = splitLines(text);
  applyRegions(lines, regions, text.length);
  const n = lines.count;
  /** Per line: its message, -1 for a line with no text. */
  const message = new Int32Array(n).fill(-1);
  /** Per line: 1 when it belongs to a quoted header. */
  const inHeader = new Uint8Array(n);
  const headers: QuoteHeader[] = [];
  const messages = new Messages();
  let regionDone = -1;
  for (let i = 0; i < n; ) {
    if (!hasText(lines, i)) {
      i++;
      continue;
    }
    const depth = lines.depth[i] as number;
    const found = headerAt(text, lines, i, regionDone);
    if (found === null) {
      message[i] = messages.at(depth);
      i++;
      continue;
    }
    if (headerRegionOf(lines, i) >= 0) regionDone = headerRegionOf(lines, i);
    const next = nextWithContent(lines, found.endLine, LOOK_AHEAD);
    const nextDepth = next >= 0 ? (lines.depth[next] as number) : depth;
    // "On … wrote:" above "> …": the message one level deeper (what is deeper still, it quotes).
    const m = messages.start(nextDepth > depth ? depth + 1 : depth);
    for (let k = found.firstLine; k < found.endLine; k++) {
      if (hasText(lines, k)) message[k] = m;
      inHeader[k] = 1;
    }
    const header: QuoteHeader = { start: found.start, end: found.end, message: m, people: found.people };
    if (found.subject) header.subject = found.subject;
    if (found.attachments) header.attachments = found.attachments;
    headers.push(header);
    i = found.endLine;
  }

  // Each message's own lines, in order.
  const byMessage: number[][] = [];
  for (let i = 0; i < n; i++) {
    const m = message[i] as number;
    if (m < 0 || inHeader[i]) continue;
    (byMessage[m] = byMessage[m] || []).push(i);
  }
  const ctx: BodyContext = { text, lines, kinds: new Uint8Array(n), greetingEnd: {}, phraseBudget: PHRASE_BUDGET, shapes: new Map() };
  // Each quoted message's author, as the header gives them ("From: Ingham, Rob"): a block of
  // contact lines under their own name is their signature.
  const authors: string[][] = [];
  for (const h of headers) {
    for (const person of h.people) {
      if ((person.field === "from" || person.field === "wrote") && person.name && !authors[h.message]) authors[h.message] = nameWords(text.slice(person.name.start, person.name.end));
    }
  }
  byMessage.forEach((list, m) => {
    if (list) readMessage(ctx, list, authors[m]);
  });

  const parts: Part[] = [];
  const add = (kind: PartKind, start: number, end: number, m: number) => {
    if (end <= start) return;
    const last = parts[parts.length - 1];
    if (last && last.kind === kind && last.message === m) last.end = end;
    else parts.push({ kind, start, end, message: m });
  };
  for (let i = 0; i < n; i++) {
    const m = message[i] as number;
    if (m < 0) continue;
    const first = lines.first[i] as number;
    let end = lines.ce[i] as number;
    if (isBlank(lines, i)) while (end > first && isSpace(text.charCodeAt(end - 1))) end--;
    if (inHeader[i]) {
      add("quote-header", first, end, m);
      continue;
    }
    const split = ctx.greetingEnd[i];
    if (split !== undefined) {
      add("greeting", first, split, m);
      let t = split;
      while (t < end && isSpace(text.charCodeAt(t))) t++;
      add("text", t, end, m);
    } else add(KINDS[ctx.kinds[i] as number] as PartKind, first, end, m);
  }
  return { parts, headers };
}

/** Sorted, not overlapping, in range, and every non-whitespace character inside a part. */
export function partsAreSound(text: string, parts: readonly Part[]): boolean {
  let previousEnd = 0;
  for (const p of parts) {
    if (!(p.start >= previousEnd && p.end > p.start && p.end <= text.length)) return false;
    previousEnd = p.end;
  }
  let k = 0;
  for (let i = 0; i < text.length; i++) {
    if (isSpace(text.charCodeAt(i))) continue;
    while (k < parts.length && (parts[k] as Part).end <= i) k++;
    if (k >= parts.length || (parts[k] as Part).start > i) return false;
  }
  return true;
}

export function messageAnatomy(text: string, regions?: readonly BodyRegion[]): Anatomy {
  if (typeof text !== "string") return { parts: [], headers: [] };
  try {
    const anatomy = read(text, Array.isArray(regions) ? regions : []);
    if (partsAreSound(text, anatomy.parts)) return anatomy;
  } catch {
    // Fall through: the whole text is new text.
  }
  return wholeText(text);
}
