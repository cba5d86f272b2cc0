/**
 * One pass over the text that yields word tokens with the facts name rules need: shape
 * (Title, UPPER, lower, Initial), a folded lower-case form, whether a possessive 's was
 * stripped, and whether the word is glued to digits, '@' or a domain (RtCN1, jo.smith@x.uk),
 * which rules it out as a name.
 */
import { foldedLower, isLowerCode, isNameLetter, isUpperCode } from "./fold";

export const enum Shape {
  Title = 1,
  Upper = 2,
  Lower = 3,
  Initial = 4,
}

export interface Token {
  start: number;
  /** End of the word without a possessive 's. */
  end: number;
  lower: string;
  shape: Shape;
  possessive: boolean;
  /** Touches digits, '_', '@', '/', or sits in an e-mail address or URL: never a name. */
  glued: boolean;
}

function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019;
}
function isHyphen(c: number): boolean {
  return c === 0x2d || c === 0x2010 || c === 0x2011;
}
function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c || c === 0x0b;
}
function isGlue(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 0x5f || c === 0x40 || c === 0x2f || c === 0x5c;
}

function shapeOf(text: string, start: number, end: number): Shape {
  const first = text.charCodeAt(start);
  if (!isUpperCode(first)) return Shape.Lower;
  if (end - start === 1) return Shape.Initial;
  for (let i = start + 1; i < end; i++) if (isLowerCode(text.charCodeAt(i))) return Shape.Title;
  return Shape.Upper;
}

/** Marks each whitespace-delimited chunk holding '@' or "://" (e-mail addresses, links). */
function chunkIsJunk(text: string, from: number): number {
  let i = from;
  let junk = false;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) break;
    if (c === 0x40 || (c === 0x3a && text.charCodeAt(i + 1) === 0x2f)) junk = true;
    i++;
  }
  return junk ? i : -1;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let junkUntil = -1;
  let chunkChecked = -1;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isNameLetter(c)) {
      i++;
      continue;
    }
    // Start of a word: find its chunk once to know if it lies in an address or link.
    if (i > chunkChecked) {
      let s = i;
      while (s > 0 && !isSpace(text.charCodeAt(s - 1)) && s > chunkChecked) s--;
      const junkEnd = chunkIsJunk(text, s);
      let e = i;
      while (e < n && !isSpace(text.charCodeAt(e))) e++;
      chunkChecked = e;
      junkUntil = junkEnd >= 0 ? junkEnd : junkUntil;
    }
    const start = i;
    i++;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (isNameLetter(d)) i++;
      else if ((isApostrophe(d) || isHyphen(d)) && i + 1 < n && isNameLetter(text.charCodeAt(i + 1))) i += 2;
      else break;
    }
    let end = i;
    let possessive = false;
    if (end - start > 2 && isApostrophe(text.charCodeAt(end - 2)) && (text.charCodeAt(end - 1) | 0x20) === 0x73) {
      end -= 2;
      possessive = true;
    }
    const before = start > 0 ? text.charCodeAt(start - 1) : 0x20;
    const after = i < n ? text.charCodeAt(i) : 0x20;
    // "live.co", "d.o.b", "J.S.": a dot joined to letters on both sides.
    const dotBefore = before === 0x2e && start > 1 && isNameLetter(text.charCodeAt(start - 2));
    const dotAfter = after === 0x2e && i + 1 < n && isNameLetter(text.charCodeAt(i + 1));
    const glued = start < junkUntil || isGlue(before) || isGlue(after) || dotBefore || dotAfter;
    tokens.push({ start, end, lower: foldedLower(text, start, end), shape: shapeOf(text, start, end), possessive, glued });
  }
  return tokens;
}

/** What separates two neighbouring tokens. */
export const enum Gap {
  /** Spaces only, on one line. */
  Space = 1,
  /** ", " on one line. */
  Comma = 2,
  /** ". " after an initial. */
  Dot = 3,
  Other = 4,
}

export function gapBetween(text: string, a: Token, b: Token): Gap {
  let i = a.end + (a.possessive ? 2 : 0);
  if (a.possessive) return Gap.Other;
  let comma = false;
  let dot = false;
  let spaces = 0;
  for (; i < b.start; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09) spaces++;
    else if (c === 0x2c && !comma && !dot && spaces === 0) comma = true;
    else if (c === 0x2e && !comma && !dot && spaces === 0) dot = true;
    else return Gap.Other;
    if (spaces > 3) return Gap.Other;
  }
  if (spaces === 0) return Gap.Other;
  if (comma) return Gap.Comma;
  if (dot) return Gap.Dot;
  return Gap.Space;
}

/** True when the token starts a sentence, a line, or a subject segment ("Fwd: X", " - X"). */
export function atSentenceStart(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x22 || c === 0x28 || c === 0x5b || c === 0x201c || c === 0x2018) {
      i--;
      continue;
    }
    if (c === 0x0a || c === 0x0d || c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3a || c === 0x3b) return true;
    if (c === 0x7c || c === 0x3e || c === 0x2022 || c === 0x2a) return true;
    if ((c === 0x2d || c === 0x2013 || c === 0x2014) && i > 0 && text.charCodeAt(i - 1) === 0x20) return true;
    return false;
  }
  return true;
}
