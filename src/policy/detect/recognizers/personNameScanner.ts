/**
 * The word scanner behind the person-name rules: each word's shape and list facts, and the
 * small questions the rules ask about neighbours (the next word on the same line, a name
 * continuing over particles, a reporting verb after a name).
 */
import * as lexicon from "../names/lexicon";
import * as tokenizer from "../names/tokens";
import type { Token } from "../names/tokens";

// Bound once at load: under CommonJS transpilation (tsx, ts-jest, webpack without module
// concatenation) every use of a named import is a property read through a getter, which
// costs more than the work itself in the per-word loops below.
const { NAME_VERBS, isParticle } = lexicon;
const { gapBetween } = tokenizer;

/** A token and its list facts (looked up once per distinct word by the tokenizer's word cache). */
export type Word = Token;

export const capital = (w: Word): boolean => w.shape === "title" || w.shape === "upper";

function hasVowel(s: string): boolean {
  return /[aeiouy]/.test(s);
}

/** Surname shapes that no English word has: O'Driscoll, McAllister, -ski, -wicz, -escu, -enko… */
const NAME_SHAPE = /^(?:o'|mc|fitz)[a-z]{3,}|^mac[bcdfghjklmnpqrstvwxz][a-z]{2,}|[a-z]{2,}(?:ska|ski|sky|wicz|czyk|czak|escu|eanu|enko|chuk|ovic|evic|poulos|opoulou|oglu|zadeh|ullah|uddin)$/;

/** Longer than any name: never looked at further (and keeps the regexes below linear). */
const MAX_NAME_LENGTH = 40;

/** Products named in a surname's shape ("timing out on MacBook", "McAfee has blocked it"). */
const PRODUCTS_SHAPED_AS_NAMES: ReadonlySet<string> = new Set(["macbook", "macbooks", "macos", "mcafee"]);

export function nameShaped(w: Word): boolean {
  return w.lower.length <= MAX_NAME_LENGTH && NAME_SHAPE.test(w.lower) && !PRODUCTS_SHAPED_AS_NAMES.has(w.lower);
}

/** Endings of English adjectives no name has ("Fictional", "Illustrative", "Fictitious", "Hypothetical"). */
const ADJECTIVE_ENDING = /(?:ional|[ct]ious|ative|itive|ical|istic|osite)$/;

/** An unlisted word shaped as an English adjective, which no name is ("Composite case study"). */
export function adjectiveShaped(w: Word): boolean {
  return !w.given && !w.surname && ADJECTIVE_ENDING.test(w.lower);
}

/** A word in no list and no English word list: its shape alone may make it a name. */
export function unlisted(w: Word): boolean {
  const n = w.lower.length;
  return n >= 3 && n <= MAX_NAME_LENGTH && !w.given && !w.surname && !w.common && !w.stop && !w.glued && hasVowel(w.lower) && !ADJECTIVE_ENDING.test(w.lower);
}

/** "NHS", "KPC", "MAPPA": an UPPER word that is in no name list. */
export function isAcronym(w: Word): boolean {
  if (w.shape !== "upper") return false;
  if (w.lower.length <= 2) return true;
  return !w.given && !w.surname && (w.lower.length <= 3 || !hasVowel(w.lower) || w.common);
}

/** Can this word continue a name begun by a given name, title, initial or cue? */
export function nameish(w: Word | undefined): boolean {
  return !!w && capital(w) && !w.glued && !w.stop && !isAcronym(w) && (w.given || w.surname || !w.common);
}

/** Reply and forward prefixes, which the mail client writes in capitals ("RE: ", "Fwd: "), and the
 * marking or a tag before the subject proper ("OFFICIAL-SENSITIVE: ", "OFFICIAL-SENSITIVE - ", "[SECURE] "). */
const REPLY_PREFIXES = /^[ \t]*(?:(?:(?:re|fw|fwd)[ \t]*:|official[- ]sensitive(?:[ -]personal)?[ \t]*[:\-\u2013\u2014]|\[[^\]\n]{1,30}\])[ \t]*)+/i;

/** A word in capitals of two to six letters ("ICPC", "KPC", "DOBs"), an ampersand allowed ("L&D", "A&E"). */
const ACRONYM = /\b[A-Z](?:&?[A-Z]){1,5}s?\b/g;

/** Days and months, which phones and people capitalise in lower-case notes, and "I". */
const CALENDAR_WORDS = /\b(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day)?|Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|Jun(?:e)?|Jul(?:y)?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|I)\b/g;

export class Scanner {
  constructor(
    readonly text: string,
    readonly tokens: Token[],
  ) {}

  // The last line asked about by lowerCaseLine: the scan moves forward, so one line is enough.
  private lineFrom = -1;
  private lineTo = -1;
  private lineLower = false;

  /** Whether the line around `at` is written without capitals (after any reply prefix). */
  lowerCaseLine(at: number): boolean {
    if (at >= this.lineFrom && at < this.lineTo) return this.lineLower;
    const text = this.text;
    const from = text.lastIndexOf("\n", at - 1) + 1;
    const nl = text.indexOf("\n", at);
    const to = nl < 0 ? text.length : nl;
    const line = text.slice(from, to);
    const prefix = REPLY_PREFIXES.exec(line);
    this.lineFrom = from;
    this.lineTo = to;
    // Acronyms, days, months and "I" do not count as capitals ("kyle brindley - licence conditions
    // for ICPC report", "kian's mum - DV call-out Sat").
    const rest = (prefix ? line.slice(prefix[0].length) : line).replace(ACRONYM, "").replace(CALENDAR_WORDS, "");
    // A line of two sentences or more that all start in lower case is written without capitals
    // though it capitalises a street ("… his nan says hes been stopping at hers on Thurmaston Lane").
    this.lineLower = !/[A-Z]/.test(rest) || lowerSentenceStarts(rest);
    return this.lineLower;
  }

  get length(): number {
    return this.tokens.length;
  }

  at(k: number): Word | undefined {
    return this.tokens[k];
  }

  /** The next word when only spaces (same line) lie between. */
  nextBySpace(k: number): Word | undefined {
    const a = this.tokens[k];
    const b = this.tokens[k + 1];
    return a && b && gapBetween(this.text, a, b) === "space" ? b : undefined;
  }

  /** Extends a name from word `k` over following name words, particles included. */
  extend(k: number, max = 4): number {
    let end = k;
    for (let n = 0; n < max; n++) {
      const cur = this.tokens[end];
      if (!cur || cur.possessive) break;
      const next = this.nextBySpace(end);
      if (!next) break;
      if (isParticle(next.lower) && !next.glued) {
        // "van Berg", "van der Merwe": one or two particles, then a name word.
        const second = this.nextBySpace(end + 1);
        const two = !!second && isParticle(second.lower) && !second.glued;
        const after = this.nextBySpace(end + (two ? 2 : 1));
        if (nameish(after)) {
          end += two ? 3 : 2;
          continue;
        }
      }
      if (!nameish(next)) break;
      end++;
    }
    return end;
  }

  /** Extends a lower-case name ("isla jones") over list names only. */
  extendLower(k: number): number {
    let end = k;
    for (let n = 0; n < 3; n++) {
      const cur = this.tokens[end];
      const next = this.nextBySpace(end);
      if (!cur || cur.possessive || !next || next.shape !== "lower" || next.glued || next.stop) break;
      if (!(next.surname || (next.given && !next.common) || unlisted(next))) break;
      end++;
    }
    return end;
  }

  /** A lower-case verb right after word k ("Aisha told …") or a possessive ("Yusuf's …"). */
  subjectSignal(k: number): boolean {
    const w = this.tokens[k];
    if (!w) return false;
    if (w.possessive) return true;
    const next = this.nextBySpace(k);
    return !!next && next.shape === "lower" && NAME_VERBS.has(next.lower);
  }

  /** Nothing but punctuation or the end follows the word: "Contact Zuzanna - tel", "Thanks, Priya". */
  endsPhrase(k: number): boolean {
    const w = this.tokens[k];
    if (!w) return false;
    let i = w.end + (w.possessive ? 2 : 0);
    while (i < this.text.length && this.text.charCodeAt(i) === 0x20) i++;
    if (i >= this.text.length) return true;
    const c = this.text.charCodeAt(i);
    return c === 0x2c || c === 0x28 || c === 0x29 || c === 0x0a || c === 0x0d || c === 0x2d || c === 0x2013 || c === 0x21 || c === 0x3f;
  }
}

export interface Match {
  from: number;
  to: number;
  confidence: number;
}

/** The first letters of a line's sentences (its start, and after ". ", "! ", "? "). */
const SENTENCE_START = /(?:^|[.!?][ \t]+)[^A-Za-z\n]{0,3}([A-Za-z])/g;

/** Whether a line has two sentences or more and every one starts with a lower-case letter. */
function lowerSentenceStarts(line: string): boolean {
  let n = 0;
  SENTENCE_START.lastIndex = 0;
  for (let m = SENTENCE_START.exec(line); m !== null; m = SENTENCE_START.exec(line)) {
    if (/[A-Z]/.test(m[1] as string)) return false;
    n++;
  }
  return n >= 2;
}
