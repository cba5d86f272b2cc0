/**
 * One message's own lines (its header excluded) → greeting, text, sign-off, signature and
 * disclaimer. Fail closed: a line is text unless a rule below places it elsewhere, because case
 * data in text still counts.
 *
 * - Disclaimers: paragraphs with boilerplate wording (data/phrases.ts) in the message's tail
 *   (nothing but disclaimers and signature-like lines after them), or a mail system's warning
 *   banner as the first paragraph.
 * - Greeting: the first line, when it is a salutation (lineShape.greetingLength).
 * - Client-marked signature lines (HTML): signature when signature-like (as after a sign-off, but
 *   with no line limit up to MAX_REGION_SIGNATURE_LINES, and a line that is not signature-like
 *   does not end it).
 * - Sign-off: the last closing line; then up to MAX_SIGNATURE_LINES signature-like lines; the
 *   first line that is not (a sentence, a date of birth, a form field) ends the signature there,
 *   and when text goes on after it, the lines count as a signature only if one of them says it
 *   is staff's (job title or organisation, e-mail or web address, pronouns).
 * - No sign-off: a trailing block of 2–12 short lines starting a paragraph, most with contact
 *   markers and at least one strong one (labelled contact, e-mail, web address, pronouns).
 *
 * A body can hold thousands of messages: the work per message allocates little, and line texts
 * and shapes are worked out only for lines a rule looks at.
 */
import { head, inSignature, isBlank, type Lines } from "./lines";
import {
  greetingLength,
  hasBannerPhrase,
  hasCaseMarker,
  hasDisclaimerPhrase,
  isDeviceSignature,
  isSignOff,
  lineShape,
  maybeDeviceSignature,
  maybeSignOff,
  normaliseForPhrases,
  type LineShape,
} from "./lineShape";
import type { PartKind } from "./types";

export const MAX_SIGNATURE_LINES = 12;
/** Lines of a client-marked signature read as signature; more than this is not a signature. */
const MAX_REGION_SIGNATURE_LINES = 40;
/** Paragraphs looked at from the end for disclaimers and signature blocks. */
const MAX_TAIL_PARAGRAPHS = 60;
const MAX_PARAGRAPH_LINES = 40;
const MAX_DISCLAIMER_CHARS = 6000;
const MIN_DISCLAIMER_CHARS = 12;

/** Kinds by code, as BodyContext.kinds stores them (0, the default, is text). */
export const KINDS: readonly PartKind[] = ["text", "greeting", "sign-off", "signature", "disclaimer"];
const TEXT = 0;
const GREETING = 1;
const SIGN_OFF = 2;
const SIGNATURE = 3;
const DISCLAIMER = 4;

export interface BodyContext {
  text: string;
  lines: Lines;
  /** Per line: its kind, as an index into KINDS (header lines are the caller's). */
  kinds: Uint8Array;
  /** By line: where its greeting ends when text follows on the same line. */
  greetingEnd: { [line: number]: number };
  /** Characters of paragraph text left to compare with disclaimer wording (bounds the work). */
  phraseBudget: number;
  /** By line: shapes worked out so far. */
  shapes: Map<number, LineShape>;
}

/** One message's non-blank lines (`nb`, line indexes in order) and what is known of them. */
class Message {
  constructor(
    readonly ctx: BodyContext,
    readonly nb: number[],
  ) {}

  line(k: number): number {
    return this.nb[k] as number;
  }

  content(k: number): string {
    return head(this.ctx.text, this.ctx.lines, this.line(k));
  }

  shape(k: number): LineShape {
    const i = this.line(k);
    let s = this.ctx.shapes.get(i);
    if (s === undefined) {
      const lines = this.ctx.lines;
      s = lineShape(this.content(k), (lines.ce[i] as number) - (lines.cs[i] as number));
      this.ctx.shapes.set(i, s);
    }
    return s;
  }

  kind(k: number): number {
    return this.ctx.kinds[this.line(k)] as number;
  }

  set(k: number, kind: number): void {
    this.ctx.kinds[this.line(k)] = kind;
  }

  inRegion(k: number): boolean {
    return inSignature(this.ctx.lines, this.line(k));
  }

  /** Cheap tests on the first characters first: these run on every line of the message. */
  signOff(k: number): boolean {
    const i = this.line(k);
    const { text, lines } = this.ctx;
    return maybeSignOff(text, lines.cs[i] as number, lines.ce[i] as number) && isSignOff(this.content(k));
  }

  device(k: number): boolean {
    const i = this.line(k);
    const { text, lines } = this.ctx;
    const cs = lines.cs[i] as number;
    return maybeDeviceSignature(text.charCodeAt(cs), (lines.ce[i] as number) - cs) && isDeviceSignature(this.content(k));
  }

  /** A new paragraph starts at k: a blank line, or another message's line, is before it. */
  startsParagraph(k: number): boolean {
    return k === 0 || (this.nb[k - 1] as number) !== (this.nb[k] as number) - 1;
  }

  /** The paragraph's words for disclaimer matching, or null when it cannot be one (or the budget
   * for such matching is spent). */
  paragraphWords(a: number, b: number): string | null {
    if (b - a > MAX_PARAGRAPH_LINES) return null;
    const { text, lines } = this.ctx;
    let length = 0;
    for (let k = a; k < b; k++) length += (lines.ce[this.line(k)] as number) - (lines.cs[this.line(k)] as number) + 1;
    if (length > MAX_DISCLAIMER_CHARS || length < MIN_DISCLAIMER_CHARS || length > this.ctx.phraseBudget) return null;
    this.ctx.phraseBudget -= length;
    const pieces: string[] = [];
    for (let k = a; k < b; k++) pieces.push(text.slice(lines.cs[this.line(k)] as number, lines.ce[this.line(k)] as number));
    const joined = pieces.join(" ");
    return hasCaseMarker(joined) ? null : normaliseForPhrases(joined);
  }

  /** Not a disclaimer, not in a client-marked signature, not the greeting. */
  free(k: number, greeting: number): boolean {
    return k !== greeting && this.kind(k) !== DISCLAIMER && !this.inRegion(k);
  }
}

/** A name's words, lower case ("Ingham, Rob" → ingham, rob). */
export function nameWords(name: string): string[] {
  return name.toLowerCase().match(/[a-z\u00c0-\u024f'\u2019-]+/g) ?? [];
}

/** `author`: the words of the name the message's header gives its writer, if any. */
export function readMessage(ctx: BodyContext, lineIndexes: readonly number[], author?: readonly string[]): void {
  const { lines, kinds } = ctx;
  const nb: number[] = [];
  for (const i of lineIndexes) if (!isBlank(lines, i)) nb.push(i);
  if (nb.length > 0) placeLines(new Message(ctx, nb), author);
  // Lines holding only quote markers take the kind of the line before them.
  let previous = TEXT;
  for (const i of lineIndexes) {
    if (isBlank(lines, i)) kinds[i] = previous;
    else previous = kinds[i] as number;
  }
}

function placeLines(m: Message, author: readonly string[] | undefined): void {
  const count = m.nb.length;

  // Disclaimers in the tail: walk paragraphs back from the end while each is a disclaimer or
  // could be part of a signature.
  for (let b = count, seen = 0; b > 0 && seen < MAX_TAIL_PARAGRAPHS; seen++) {
    let a = b - 1;
    while (!m.startsParagraph(a)) a--;
    const words = m.paragraphWords(a, b);
    if (words !== null && hasDisclaimerPhrase(words)) {
      for (let k = a; k < b; k++) m.set(k, DISCLAIMER);
    } else {
      let signatureLike = b - a <= MAX_PARAGRAPH_LINES;
      for (let k = a; k < b && signatureLike; k++) signatureLike = m.inRegion(k) || m.signOff(k) || m.device(k) || m.shape(k).signatureLike;
      if (!signatureLike) break;
    }
    b = a;
  }
  // A warning banner a mail system put at the top.
  if (m.kind(0) !== DISCLAIMER) {
    let b = 1;
    while (b < count && !m.startsParagraph(b)) b++;
    const words = m.paragraphWords(0, b);
    if (words !== null && hasBannerPhrase(words)) for (let k = 0; k < b; k++) m.set(k, DISCLAIMER);
  }

  // Greeting: the first line that is not a banner.
  let greeting = -1;
  for (let k = 0; k < count; k++) {
    if (m.kind(k) === DISCLAIMER) continue;
    if (!m.inRegion(k) && !m.signOff(k)) {
      const length = greetingLength(m.content(k));
      if (length > 0) {
        greeting = k;
        m.set(k, GREETING);
        const { lines } = m.ctx;
        const i = m.line(k);
        if ((lines.cs[i] as number) + length < (lines.ce[i] as number)) m.ctx.greetingEnd[i] = (lines.cs[i] as number) + length;
      }
    }
    break;
  }

  // Client-marked signature lines: trusted for what could be a signature line; a sentence or a
  // lower-case phrase ("the mother Kelly Brennan") typed into the signature block is still text.
  let regionLines = 0;
  for (let k = 0; k < count; k++) {
    if (!m.inRegion(k) || m.kind(k) === DISCLAIMER || k === greeting) continue;
    if (++regionLines > MAX_REGION_SIGNATURE_LINES) continue;
    if (m.signOff(k)) m.set(k, SIGN_OFF);
    else if (m.device(k) || m.shape(k).signatureLike) m.set(k, SIGNATURE);
  }

  for (let k = 0; k < count; k++) if (m.free(k, greeting) && m.device(k)) m.set(k, SIGNATURE);

  // The last sign-off line.
  let signOff = -1;
  for (let k = count - 1; k > greeting; k--) {
    if (m.free(k, greeting) && m.signOff(k)) {
      signOff = k;
      break;
    }
  }
  if (signOff >= 0) signatureAfterSignOff(m, signOff, greeting);
  // A signature block may also close a message whose sign-off came earlier ("Thanks / Precious",
  // then the meeting notes, then "Precious Mhlanga / Probation Officer / Mobile: …").
  trailingSignature(m, Math.max(greeting, signOff), author);
}

function signatureAfterSignOff(m: Message, signOff: number, greeting: number): void {
  m.set(signOff, SIGN_OFF);
  // "Kind regards / Tom / -- / Tom Fletcher…": the sign-off before a "--" separator starts it.
  if (/^[-–—]+$/.test(m.content(signOff))) {
    for (let p = signOff - 1; p >= 0 && p >= signOff - 4; p--) {
      if (!m.free(p, greeting)) break;
      if (m.signOff(p)) {
        m.set(p, SIGN_OFF);
        for (let q = p + 1; q < signOff; q++) m.set(q, SIGNATURE);
        break;
      }
      if (!m.shape(p).signatureLike) break;
    }
  }
  const taken: number[] = [];
  let staff = false;
  for (let k = signOff + 1; k < m.nb.length; k++) {
    if (!m.free(k, greeting) || m.kind(k) === SIGNATURE) continue;
    if (taken.length >= MAX_SIGNATURE_LINES || !m.shape(k).signatureLike) {
      // Text goes on after it: "Thanks / Leah Marsh / 6 Mill Lane / Mob: … / She has moved." is
      // case details under a closing word, unless a line says it is staff's (a job title, an
      // e-mail address…), as a real signature with a slogan or a note under it does.
      if (!staff) for (const t of taken) m.set(t, TEXT);
      return;
    }
    m.set(k, SIGNATURE);
    taken.push(k);
    if (m.shape(k).staff) staff = true;
  }
}

/** Whether a line is the author's name, every word of it one of theirs ("Rob Ingham" under "From: Ingham, Rob"). */
function isAuthorName(line: string, author: readonly string[] | undefined): boolean {
  if (!author || author.length === 0) return false;
  const words = nameWords(line);
  return words.length >= 2 && words.every((w) => author.indexOf(w) >= 0);
}

/** Contact details at the end with no sign-off line above them ("Marcus Reid / Probation
 * Officer / Tel: …"), looked for below line `floor` (the greeting or the sign-off): conservative, as a list of case details looks much the same. A block that
 * starts with the full name its header gives the writer is theirs: the header is the strong marker. */
function trailingSignature(m: Message, floor: number, author: readonly string[] | undefined): void {
  const run: number[] = [];
  for (let k = m.nb.length - 1; k > floor; k--) {
    if (!m.free(k, floor) || m.kind(k) === SIGNATURE) {
      if (run.length > 0 && !m.free(k, floor)) break;
      continue;
    }
    if (!m.shape(k).signatureLike) break;
    run.push(k);
    if (run.length > MAX_SIGNATURE_LINES) return;
  }
  run.reverse();
  // The largest tail of the run that starts a paragraph and reads as a signature.
  for (let from = 0; from + 1 < run.length; from++) {
    const top = run[from] as number;
    if (!m.startsParagraph(top)) continue;
    // "Please check:" above it: a list of case details, not a signature.
    if (top > 0 && /:$/.test(m.content(top - 1))) return;
    const first = m.shape(top);
    if (!first.nameLike && first.marker === 0) continue;
    let marked = 0;
    let strong = false;
    let staffLines = 0;
    for (let i = from; i < run.length; i++) {
      const shape = m.shape(run[i] as number);
      if (shape.marker > 0) marked++;
      if (shape.marker === 2) strong = true;
      if (shape.staff) staffLines++;
    }
    // Under the writer's full name from the header, half the lines marked will do ("Daniel
    // Forsyth / Custody Nurse Practitioner / South West BCU Custody Healthcare / 07700 900672").
    // Two lines of a job, rank or employer also say whose it is ("Insp Karen Osei / … /
    // Metropolitan Police Service / 07700 900615"); a list of a client's details has none.
    const lines = run.length - from;
    if ((marked * 2 > lines && (strong || staffLines >= 2)) || (marked > 0 && marked * 2 >= lines && isAuthorName(m.content(top), author))) {
      for (let i = from; i < run.length; i++) m.set(run[i] as number, SIGNATURE);
      return;
    }
  }
}
