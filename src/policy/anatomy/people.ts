/**
 * The people named in a quoted header: "Lloyd, Gareth <gareth.lloyd@justice.gov.uk>",
 * "Morgan, Alex <…>; Reid, Marcus <…>", "Sam Patel <sam@x>, Jo <jo@y>", bare addresses, names
 * without an address, Outlook's "Name [mailto:x@y]" and "x@y<mailto:x@y>". Offsets are into the
 * caller's text. One pass over the value; values longer than MAX_VALUE are read to that length.
 */
import { isSpace } from "../text/whitespace";
import type { HeaderPerson } from "./types";

export type PersonField = HeaderPerson["field"];

const MAX_VALUE = 20_000;
const MAX_PEOPLE = 500;

function isLocalChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2e || c === 0x5f || c === 0x25 || c === 0x2b || c === 0x2d || c === 0x27;
}

function isDomainChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2e || c === 0x2d;
}

/** Where char code `c` last occurs in text[from, to), or -1 (never looks outside the range). */
function lastIn(text: string, c: number, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (text.charCodeAt(i) === c) return i;
  return -1;
}

/** The first e-mail address in text[from, to), as offsets, or null. */
export function findAddress(text: string, from: number, to: number): { start: number; end: number } | null {
  for (let at = from; at < to; at++) {
    if (text.charCodeAt(at) !== 0x40) continue;
    let s = at;
    while (s > from && isLocalChar(text.charCodeAt(s - 1))) s--;
    let e = at + 1;
    while (e < to && isDomainChar(text.charCodeAt(e))) e++;
    while (e > at + 1 && (text.charCodeAt(e - 1) === 0x2e || text.charCodeAt(e - 1) === 0x2d)) e--;
    while (s < at && text.charCodeAt(s) === 0x2e) s++;
    if (s < at && lastIn(text, 0x2e, at + 2, e) > 0) return { start: s, end: e };
  }
  return null;
}

/** [start, end) trimmed of whitespace and of quotes around a display name. */
function trimName(text: string, start: number, end: number): { start: number; end: number } | null {
  let s = start;
  let e = end;
  for (;;) {
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    const first = text.charAt(s);
    const last = text.charAt(e - 1);
    if (e - s >= 2 && ((first === '"' && last === '"') || (first === "'" && last === "'") || (first === "“" && last === "”") || (first === "(" && last === ")"))) {
      s++;
      e--;
      continue;
    }
    // Stray punctuation left by splitting ("Jo Smith," / ", Jo").
    if (s < e && ",;:".indexOf(text.charAt(e - 1)) >= 0) {
      e--;
      continue;
    }
    if (s < e && ",;:".indexOf(text.charAt(s)) >= 0) {
      s++;
      continue;
    }
    break;
  }
  if (s >= e) return null;
  // A "name" that is an address, or has no letter, names no one.
  const name = text.slice(s, e);
  if (name.indexOf("@") >= 0 || !/[A-Za-zÀ-ÿ]/.test(name)) return null;
  return { start: s, end: e };
}

/** One recipient or sender: "Name <addr>", "Name [mailto:addr]", "addr", "Name". */
function personOf(text: string, start: number, end: number, field: PersonField): HeaderPerson | null {
  let bracket = -1;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3c || c === 0x5b) {
      bracket = i;
      break;
    }
  }
  const person: HeaderPerson = { field };
  if (bracket >= 0) {
    const address = findAddress(text, bracket, end);
    if (address) person.address = address;
    const name = trimName(text, start, bracket);
    if (name) person.name = name;
  } else {
    const address = findAddress(text, start, end);
    if (address) {
      person.address = address;
      // "jo@x (Jo Smith)" or "Jo Smith jo@x": the words around the address.
      const after = trimName(text, address.end, end);
      const before = trimName(text, start, address.start);
      if (before) person.name = before;
      else if (after) person.name = after;
    } else {
      const name = trimName(text, start, end);
      if (name) person.name = name;
    }
  }
  return person.name || person.address ? person : null;
}

/** Whether text[start, end) holds char code `c` (outside nothing: a plain scan). */
function contains(text: string, start: number, end: number, c: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === c) return true;
  return false;
}

/**
 * The people in a header field's value text[start, end).
 * - ";" separates people (Outlook), so commas inside "Surname, Given" stay in the name;
 * - else a "," after a ">" or "]" does (Gmail, Apple: "Sam <s@x>, Jo <j@y>");
 * - else, with addresses, every ",";
 * - else names only: "Morgan, Alex" (two single words) is one person, "Alex Morgan, Jo Reid" two.
 */
export function peopleIn(text: string, start: number, end: number, field: PersonField): HeaderPerson[] {
  const stop = Math.min(end, start + MAX_VALUE);
  const pieces: [number, number][] = [];
  if (contains(text, start, stop, 0x3b)) {
    let from = start;
    for (let i = start; i <= stop; i++) {
      if (i === stop || text.charCodeAt(i) === 0x3b) {
        pieces.push([from, i]);
        from = i + 1;
      }
    }
  } else if (contains(text, start, stop, 0x3e) || contains(text, start, stop, 0x5d)) {
    let from = start;
    let closed = false;
    let quoted = false;
    for (let i = start; i <= stop; i++) {
      if (i === stop) {
        pieces.push([from, i]);
        break;
      }
      const c = text.charCodeAt(i);
      if (c === 0x22) quoted = !quoted;
      else if (c === 0x3e || c === 0x5d) closed = true;
      else if (c === 0x2c && closed && !quoted) {
        pieces.push([from, i]);
        from = i + 1;
        closed = false;
      } else if (!isSpace(c) && c !== 0x3c && closed) {
        // "x@y<mailto:x@y>>" closes twice; text after a ">" but before a "," belongs to it.
        closed = c === 0x3e;
      }
    }
  } else {
    const commas: number[] = [];
    for (let i = start; i < stop; i++) if (text.charCodeAt(i) === 0x2c) commas.push(i);
    const cuts = [start - 1].concat(commas, [stop]);
    const raw: [number, number][] = [];
    for (let k = 0; k + 1 < cuts.length; k++) raw.push([(cuts[k] as number) + 1, cuts[k + 1] as number]);
    const hasAddress = findAddress(text, start, stop) !== null;
    const singleWords = raw.every(([s, e]) => !/\S\s+\S/.test(text.slice(s, e).trim()));
    if (!hasAddress && raw.length === 2 && singleWords) pieces.push([start, stop]);
    else pieces.push(...raw);
  }
  const out: HeaderPerson[] = [];
  for (const [s, e] of pieces) {
    if (out.length >= MAX_PEOPLE) break;
    const p = personOf(text, s, e, field);
    if (p) out.push(p);
  }
  return out;
}

const MONTH_OR_DAY =
  /^(mon|monday|tue|tues|tuesday|wed|wednesday|thu|thur|thurs|thursday|fri|friday|sat|saturday|sun|sunday|jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december)\.?$/i;

/**
 * The person in an attribution line's text[start, end) (between "On" and "wrote:"):
 * "Tue, 10 Nov 2026 at 14:02, Sam Patel <sam@x>", `12/11/2026, 09:14, "Smith, Jo" <jo@x>`,
 * "12/11/2026 09:14, Jo Smith". The name is a quoted string before the address, or the words after
 * the last comma, provided they hold no digit, weekday or month.
 */
export function attributionPerson(text: string, start: number, end: number): HeaderPerson | null {
  const person: HeaderPerson = { field: "wrote" };
  let nameEnd = end;
  const bracketAt = lastIn(text, 0x3c, start, end);
  const address = findAddress(text, bracketAt >= 0 ? bracketAt : start, end);
  if (address) {
    person.address = address;
    nameEnd = bracketAt >= 0 ? bracketAt : address.start;
  }
  let e = nameEnd;
  while (e > start && isSpace(text.charCodeAt(e - 1))) e--;
  let nameStart = -1;
  const close = text.charAt(e - 1);
  if (close === '"' || close === "”") {
    const open = lastIn(text, close === '"' ? 0x22 : 0x201c, start, e - 1);
    if (open >= start) nameStart = open;
  }
  if (nameStart < 0) {
    const comma = lastIn(text, 0x2c, start, e);
    nameStart = comma >= 0 ? comma + 1 : start;
  }
  const name = trimName(text, nameStart, e);
  if (name) {
    const words = text.slice(name.start, name.end).split(/\s+/);
    const plausible = words.length <= 6 && !/[0-9]/.test(text.slice(name.start, name.end)) && !words.some((w) => MONTH_OR_DAY.test(w) || /^(at|am|pm|on)$/i.test(w));
    if (plausible) person.name = name;
  }
  return person.name || person.address ? person : null;
}
