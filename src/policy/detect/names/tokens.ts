/**
 * One pass over the text that yields word tokens with the facts name rules need: shape
 * (Title, UPPER, lower, Initial), a folded lower-case form, whether a possessive 's was
 * stripped, and whether the word is glued to digits, '@' or a domain (RtCN1, jo.smith@x.uk),
 * which rules it out as a name.
 */
import * as fold from "./fold";
import * as lexicon from "./lexicon";

// Bound once at load: under CommonJS transpilation (tsx, ts-jest, webpack without module
// concatenation) every use of a named import is a property read through a getter, which
// costs more than the work itself in the per-word loops below.
/** A file's extension after a dot ("Bramley.docx", "Nash.pdf"). */
const FILE_EXTENSION = /^(?:docx?|pdf|xlsx?|msg|txt|rtf|odt|pptx?|jpe?g|png)(?![a-z0-9])/i;

const { foldedLower, isLowerCode, isNameLetter, isUpperCode } = fold;
const { AMBIGUOUS, COMMON, GIVEN, STOP, SURNAME, STRONG_CUES, TITLES, WEAK_CUES, wordFlags } = lexicon;

/**
 * Roles the person-name recognizer asks about for nearly every word, kept above the list flags
 * so that each is a bit test rather than a Set look-up: a title ("Mr", "PC"), a cue word
 * ("for", "re", "mother"), and a strong cue.
 */
const TITLE = 1 << 8;
const CUE = 1 << 9;
const STRONG_CUE = 1 << 10;

/** wordFlags(lower) plus the role bits. */
function wordBits(lower: string): number {
  let bits = wordFlags(lower);
  if (TITLES.has(lower)) bits |= TITLE;
  if (STRONG_CUES.has(lower)) bits |= CUE | STRONG_CUE;
  else if (WEAK_CUES.has(lower)) bits |= CUE;
  return bits;
}

/** Title-case ("Smith", "McCarthy"), UPPER ("SMITH"), lower ("smith"), or a single capital (initial). */
export type Shape = "title" | "upper" | "lower" | "initial";

/**
 * A word of the text with its list facts (given name, surname, everyday word, stop word) and
 * roles (title, cue). The facts come with the word's lower-case form from the word cache below,
 * so a repeated word costs neither a new string nor a list look-up: one allocation a word.
 */
export class Token {
  constructor(
    readonly start: number,
    /** End of the word without a possessive 's. */
    readonly end: number,
    /** Folded lower-case form, the key of every list. */
    readonly lower: string,
    readonly shape: Shape,
    readonly possessive: boolean,
    /** Touches digits, '_', '@', '/', or sits in an e-mail address or URL: never a name. */
    public glued: boolean,
    /** wordBits(lower). */
    private readonly bits: number,
  ) {}

  get stop(): boolean {
    return (this.bits & STOP) !== 0;
  }
  get given(): boolean {
    return (this.bits & (GIVEN | STOP)) === GIVEN;
  }
  get surname(): boolean {
    return (this.bits & (SURNAME | STOP)) === SURNAME;
  }
  /** A place never taken for a name alone that the surname list also has ("Mansfield", "Buxton"):
   * after a clear given name it is the surname ("Tyler Mansfield"). */
  get placeSurname(): boolean {
    return (this.bits & (SURNAME | STOP | COMMON)) === (SURNAME | STOP);
  }
  /** A frequent English word: needs context before it counts as a name. */
  get common(): boolean {
    return (this.bits & COMMON) !== 0;
  }
  /** A name that is also an everyday word (Grace, Hope, Will, White, Wood…). */
  get ambiguous(): boolean {
    return (this.bits & AMBIGUOUS) !== 0;
  }
  /** In TITLES: "mr", "dr", "pc", "cllr"… */
  get title(): boolean {
    return (this.bits & TITLE) !== 0;
  }
  /** In STRONG_CUES or WEAK_CUES: a word after which a name may follow. */
  get cue(): boolean {
    return (this.bits & CUE) !== 0;
  }
  /** In STRONG_CUES. */
  get strongCue(): boolean {
    return (this.bits & STRONG_CUE) !== 0;
  }
}

/**
 * A direct-mapped cache from an ASCII word as written ("The", "the", "SMITH") to its lower-case
 * string and wordBits. Messages repeat their words (names, "the", "and"), so most words are
 * found here by a hash the scanner computes as it reads them and a comparison in place: no
 * slice, no toLowerCase, no Map look-up. A miss (or a collision) just replaces the slot, so the
 * cache stays small and any text, however varied, costs about what it did without it.
 */
const CACHE_SIZE = 4096;
const cacheSurface: Array<string | undefined> = new Array<string | undefined>(CACHE_SIZE);
const cacheLower: string[] = new Array<string>(CACHE_SIZE);
const cacheFlags = new Int32Array(CACHE_SIZE);

/** Math.imul held locally: a global look-up per character is slow where globals are (Node's vm
 * contexts, which the Send handler's tests and benchmarks use, take ~50× longer). */
const imul = Math.imul;

/** One step of the word hash the scanner computes as it reads a word. */
function hashStep(h: number, code: number): number {
  return (imul(h, 31) + code) | 0;
}

/** The word hash of text[start, end), for when the scanner's running hash covered more ("Smith's"). */
function hashOf(text: string, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i++) h = hashStep(h, text.charCodeAt(i));
  return h;
}

/** True when text[start, start + word.length) is `word` (for short words a loop beats a call into startsWith). */
function sameChars(text: string, start: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) if (text.charCodeAt(start + i) !== word.charCodeAt(i)) return false;
  return true;
}

/**
 * Looks up the ASCII word text[start, end), whose hash is `h`, adding it on a miss; returns its
 * slot, where cacheLower and cacheFlags hold its lower-case form and wordBits.
 */
function internAscii(text: string, start: number, end: number, h: number, anyUpper: boolean): number {
  const mixed = h ^ imul(end - start, 0x9e3779b1);
  const slot = (mixed ^ (mixed >>> 13)) & (CACHE_SIZE - 1);
  const known = cacheSurface[slot];
  if (known !== undefined && known.length === end - start && sameChars(text, start, known)) return slot;
  const surface = text.slice(start, end);
  const lower = anyUpper ? surface.toLowerCase() : surface;
  cacheSurface[slot] = surface;
  cacheLower[slot] = lower;
  cacheFlags[slot] = wordBits(lower);
  return slot;
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

let lastText: string | null = null;
let lastTokens: Token[] = [];

/**
 * Tokens of `text`. The person-name and special-category recognizers scan the same text one
 * after the other, so the last result is kept (a pure cache: same input, same output).
 */
export function tokenize(text: string): Token[] {
  if (text === lastText) return lastTokens;
  const tokens = scan(text);
  lastText = text;
  lastTokens = tokens;
  return tokens;
}

/** ASCII letter, the common case, tested inline before the general letter test. */
function asciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function scan(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let junkUntil = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!(asciiLetter(c) || (c >= 0x80 && isNameLetter(c)))) {
      // '@' or "://": the whole whitespace-delimited chunk is an address or a link.
      if ((c === 0x40 || (c === 0x3a && text.charCodeAt(i + 1) === 0x2f && text.charCodeAt(i + 2) === 0x2f)) && i >= junkUntil) {
        let s = i;
        while (s > 0 && !isSpace(text.charCodeAt(s - 1))) s--;
        let e = i;
        while (e < n && !isSpace(text.charCodeAt(e))) e++;
        junkUntil = e;
        for (let k = tokens.length - 1; k >= 0 && (tokens[k] as Token).start >= s; k--) (tokens[k] as Token).glued = true;
      }
      i++;
      continue;
    }
    const start = i;
    const firstUpper = c < 0x80 ? c <= 90 : isUpperCode(c);
    let anyLower = false;
    let anyUpper = firstUpper;
    let ascii = c < 0x80;
    // Running hash of the word, for the word cache (meaningful only while ascii).
    let h = hashStep(0, c);
    i++;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (d >= 97 && d <= 122) {
        anyLower = true;
        h = hashStep(h, d);
        i++;
      } else if (d >= 65 && d <= 90) {
        anyUpper = true;
        h = hashStep(h, d);
        i++;
      } else if (d >= 0x80 && isNameLetter(d)) {
        ascii = false;
        if (isLowerCode(d)) anyLower = true;
        else anyUpper = true;
        i++;
      } else if ((isApostrophe(d) || isHyphen(d)) && i + 1 < n && isNameLetter(text.charCodeAt(i + 1))) {
        if (d >= 0x80) ascii = false;
        h = hashStep(h, d);
        i++;
      } else break;
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
    // Not a file's extension: "Tiegan Bramley.docx" names her.
    const dotAfter = after === 0x2e && i + 1 < n && isNameLetter(text.charCodeAt(i + 1)) && !FILE_EXTENSION.test(text.slice(i + 1, i + 6));
    // "GPs", "ASYEs": an acronym's plural, in capitals but never a name.
    const plural = firstUpper && anyLower && pluralAcronym(text, start, end);
    const glued = start < junkUntil || isGlue(before) || isGlue(after) || dotBefore || dotAfter || plural || contraction(text, start, end);
    const shape: Shape = !firstUpper ? "lower" : end - start === 1 ? "initial" : anyLower && !plural ? "title" : "upper";
    if (ascii) {
      const slot = internAscii(text, start, end, possessive ? hashOf(text, start, end) : h, anyUpper);
      tokens.push(new Token(start, end, cacheLower[slot] as string, shape, possessive, glued, cacheFlags[slot] as number));
    } else {
      const lower = foldedLower(text, start, end);
      tokens.push(new Token(start, end, lower, shape, possessive, glued, wordBits(lower)));
    }
  }
  return tokens;
}

/** "can't", "won't", "didn't": a negative contraction, never a name ("kayden can't" is one name). */
function contraction(text: string, start: number, end: number): boolean {
  return end - start >= 3 && (text.charCodeAt(end - 1) | 0x20) === 0x74 && isApostrophe(text.charCodeAt(end - 2)) && (text.charCodeAt(end - 3) | 0x20) === 0x6e;
}

/** "GPs", "SWs", "ASYEs": capitals and then one "s", the plural of an acronym; no name is written so. */
function pluralAcronym(text: string, start: number, end: number): boolean {
  if (end - start < 3 || text.charCodeAt(end - 1) !== 0x73) return false;
  for (let k = start; k < end - 1; k++) {
    const c = text.charCodeAt(k);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

/** "space": spaces on one line; "comma": ", "; "dot": ". " (after an initial); "other": anything else. */
export type Gap = "space" | "comma" | "dot" | "other";

export function gapBetween(text: string, a: Token, b: Token): Gap {
  let i = a.end + (a.possessive ? 2 : 0);
  if (a.possessive) return "other";
  let comma = false;
  let dot = false;
  let spaces = 0;
  for (; i < b.start; i++) {
    const c = text.charCodeAt(i);
    // A tab separates table cells, not the words of one name.
    if (c === 0x20) spaces++;
    else if (c === 0x2c && !comma && !dot && spaces === 0) comma = true;
    else if (c === 0x2e && !comma && !dot && spaces === 0) dot = true;
    else return "other";
    if (spaces > 3) return "other";
  }
  if (spaces === 0) return "other";
  if (comma) return "comma";
  if (dot) return "dot";
  return "space";
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
