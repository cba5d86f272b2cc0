/**
 * Reads the person-name lists (nameLists.ts), which ship in the Send handler's bundle as ONE
 * string, lazily: nothing is decoded at load, and a look-up decodes only each list's words that
 * share the looked-up word's first three characters, so checking a short message decodes about
 * 2,000 words rather than 52,000. The encoder is scripts/data/nameListEncoder.ts.
 *
 * Format: RULES " " SURNAMES " " GIVEN " " COMMON.
 *
 * - Each list is its sorted words, front-coded within buckets of words that share their first
 *   two characters: a word is a digit, how many leading characters it shares with the word
 *   before (0: the first word of a bucket, written whole; otherwise 2–9), then the rest of it.
 *   "abbas abbasi abbate" is "0abbas5i4te". Words are [a-z'-], so the digits mark word starts
 *   and every "0" starts a bucket.
 * - Then byte-pair substitution: each rule in RULES is three characters, a symbol and the two it
 *   stands for (letters, digits 3–9, or earlier symbols; never "0", "2" or " "), so "0", "2" and
 *   " " survive it (a "2" starts the run of words with a new third character). Symbols are
 *   capitals, ASCII punctuation and "1" (which front coding never writes): the string stays
 *   ASCII and needs no escapes in the bundle.
 */

/** Which list a word is in; the bit values match names/lexicon.ts's GIVEN, SURNAME, COMMON. */
export const IN_GIVEN = 1;
export const IN_SURNAMES = 2;
export const IN_COMMON = 4;

/** The lists in the order the string holds them, and their bits. */
export const LIST_ORDER = ["surnames", "given", "common"] as const;
export const LIST_BITS = [IN_SURNAMES, IN_GIVEN, IN_COMMON] as const;

export const BUCKET_CODE = 48; // "0"
export const LIST_SEPARATOR = " ";
export const MAX_SHARED = 9;

export interface NameLists {
  given: readonly string[];
  surnames: readonly string[];
  common: readonly string[];
}

/** What each symbol stands for, fully expanded, by code unit (undefined: a plain character). */
function expansionsOf(rules: string): (string | undefined)[] {
  if (rules.length % 3 !== 0) throw new Error("Name lists: the rules are not whole triples");
  const table: (string | undefined)[] = new Array<string | undefined>(128);
  for (let r = 0; r < rules.length; r += 3) {
    const symbol = rules.charCodeAt(r);
    const left = table[rules.charCodeAt(r + 1)] ?? rules.charAt(r + 1);
    const right = table[rules.charCodeAt(r + 2)] ?? rules.charAt(r + 2);
    table[symbol] = left + right;
  }
  return table;
}

/** One list's text from `from` to `to`, symbols expanded. */
function expand(table: readonly (string | undefined)[], coded: string, from: number, to: number): string {
  let out = "";
  let plain = from;
  for (let i = from; i < to; i++) {
    const e = coded.charCodeAt(i) < 128 ? table[coded.charCodeAt(i)] : undefined;
    if (e === undefined) continue;
    out += coded.slice(plain, i) + e;
    plain = i + 1;
  }
  return out + coded.slice(plain, to);
}

/** Calls `each` with every word of expanded front-coded text, in order; `previous`: the word before it. */
function forEachWord(text: string, each: (word: string) => void, previous = ""): void {
  let i = 0;
  const n = text.length;
  while (i < n) {
    const shared = text.charCodeAt(i) - 48;
    if (shared < 0 || shared > MAX_SHARED || shared === 1) throw new Error(`Name lists: expected a digit other than 1 at offset ${i} of ${JSON.stringify(text.slice(i, i + 20))}`);
    let end = i + 1;
    while (end < n) {
      const c = text.charCodeAt(end);
      if (c >= 48 && c <= 57) break;
      end++;
    }
    const word = previous.slice(0, shared) + text.slice(i + 1, end);
    each(word);
    previous = word;
    i = end;
  }
}

interface Layout {
  table: (string | undefined)[];
  /** [start, end) of each list in the coded string. */
  lists: [number, number][];
}

function layoutOf(coded: string): Layout {
  const parts: [number, number][] = [];
  let start = 0;
  for (let i = 0; i <= LIST_ORDER.length; i++) {
    const end = coded.indexOf(LIST_SEPARATOR, start);
    parts.push([start, end === -1 ? coded.length : end]);
    if (end === -1) break;
    start = end + 1;
  }
  if (parts.length !== LIST_ORDER.length + 1) throw new Error(`Name lists: expected ${LIST_ORDER.length + 1} parts, found ${parts.length}`);
  const [rules, ...lists] = parts as [[number, number], ...[number, number][]];
  return { table: expansionsOf(coded.slice(rules[0], rules[1])), lists };
}

/** The three lists, each in its sorted order (the whole string: for tests and tools). */
export function decodeNameLists(coded: string): { given: string[]; surnames: string[]; common: string[] } {
  const { table, lists } = layoutOf(coded);
  const out = { given: [] as string[], surnames: [] as string[], common: [] as string[] };
  lists.forEach(([from, to], i) => {
    const words = out[LIST_ORDER[i] as (typeof LIST_ORDER)[number]];
    forEachWord(expand(table, coded, from, to), (w) => words.push(w));
  });
  return out;
}

/** Loads the words a look-up may need: call `load(word)` before looking `word` up. */
export interface LazyNameLists {
  load(word: string): void;
}

/** A list character's index: a–z 1–26, ' 27, - 28; 0 for any other code unit. */
const RADIX = 29;
let letterIndex: Int8Array | null = null;
function letters(): Int8Array {
  if (letterIndex) return letterIndex;
  letterIndex = new Int8Array(128);
  for (let c = 97; c <= 122; c++) letterIndex[c] = c - 96;
  letterIndex[39] = 27;
  letterIndex[45] = 28;
  return letterIndex;
}

const SUBBUCKET_CODE = 50; // "2"

/**
 * Decodes `coded` a few words at a time: `load(word)` calls `each(w, bit)` for every word of each
 * list (bit: IN_SURNAMES, IN_GIVEN or IN_COMMON) that shares `word`'s first three characters
 * (or is `word`, for a two-character word), the first time such a word is asked for.
 *
 * A list's words sharing their first three characters run from a "0" header (a bucket's first
 * word) or a "2" header (a word that shares only the bucket's two letters with the word before,
 * so its third character is new) to the next "0", "2" or the list's end: byte-pair rules never
 * hide a "0" or "2". The first call reads the rules and finds the buckets (a scan for "0");
 * a bucket's sub-buckets are found (a scan for "2") when a word first needs one of them.
 */
export function lazyNameLists(coded: string, each: (word: string, bit: number) => void): LazyNameLists {
  const index = letters();
  const lists = LIST_ORDER.length;
  const groupSlots = RADIX * RADIX;
  const subSlots = groupSlots * RADIX;
  let table: (string | undefined)[] = [];
  /** Per list and first two characters: 1 + the offset of the bucket's "0" while not yet split; 0 otherwise. */
  let groups: Int32Array | null = null;
  /** Per list and first three characters (third 0: a two-character word): 1 + the offset of the sub-bucket's header while not decoded; 0 otherwise. */
  let subs: Int32Array = new Int32Array(0);
  let ends: number[] = [];

  /** The list-character index of the `n`th character (n < 3) of the expanded text from `at` (0 past `limit`), without building it. */
  const keyAt = (at: number, n: number, limit: number): number => {
    for (let i = at; i < limit; i++) {
      const c = coded.charCodeAt(i);
      const e = c < 128 ? table[c] : undefined;
      if (e === undefined) {
        if (n === 0) return c < 128 ? (index[c] as number) : 0;
        n--;
      } else if (n < e.length) return index[e.charCodeAt(n)] as number;
      else n -= e.length;
    }
    return 0;
  };

  const init = (): Int32Array => {
    const layout = layoutOf(coded);
    table = layout.table;
    ends = layout.lists.map(([, to]) => to);
    subs = new Int32Array(lists * subSlots);
    const out = new Int32Array(lists * groupSlots);
    layout.lists.forEach(([from, to], list) => {
      for (let at = from; at < to && at !== -1; at = coded.indexOf("0", at + 1)) {
        if (coded.charCodeAt(at) !== BUCKET_CODE) throw new Error(`Name lists: a list does not start with "0" at offset ${at}`);
        // The bucket's first word is whole: its first two characters are the bucket's.
        out[list * groupSlots + keyAt(at + 1, 0, to) * RADIX + keyAt(at + 1, 1, to)] = at + 1;
      }
    });
    return out;
  };

  /** Records where each sub-bucket of the bucket at `at` (its "0") of `list` starts. */
  const split = (list: number, at: number): void => {
    const listEnd = ends[list] as number;
    let end = coded.indexOf("0", at + 1);
    if (end === -1 || end > listEnd) end = listEnd;
    const group = keyAt(at + 1, 0, end) * RADIX + keyAt(at + 1, 1, end);
    // The head word's third character; 0 when the head is two characters long (what follows it
    // is then the next word's "2" header, which is no list character, or nothing).
    subs[list * subSlots + group * RADIX + keyAt(at + 1, 2, end)] = at + 1;
    for (let s = coded.indexOf("2", at + 1); s !== -1 && s < end; s = coded.indexOf("2", s + 1)) {
      subs[list * subSlots + group * RADIX + keyAt(s + 1, 0, end)] = s + 1;
    }
  };

  return {
    load(word: string): void {
      const n = word.length;
      if (n < 2) return;
      const a = word.charCodeAt(0);
      const b = word.charCodeAt(1);
      const c = n > 2 ? word.charCodeAt(2) : 0;
      if (a > 127 || b > 127 || c > 127) return;
      const ka = index[a] as number;
      const kb = index[b] as number;
      const kc = n > 2 ? (index[c] as number) : 0;
      if (ka === 0 || kb === 0 || (n > 2 && kc === 0)) return;
      if (groups === null) groups = init();
      const group = ka * RADIX + kb;
      const sub = group * RADIX + kc;
      for (let list = 0; list < lists; list++) {
        const g = list * groupSlots + group;
        const groupAt = groups[g] as number;
        if (groupAt !== 0) {
          groups[g] = 0;
          split(list, groupAt - 1);
        }
        const slot = list * subSlots + sub;
        const at = (subs[slot] as number) - 1;
        if (at < 0) continue;
        subs[slot] = 0;
        const listEnd = ends[list] as number;
        let end = at + 1;
        while (end < listEnd) {
          const d = coded.charCodeAt(end);
          if (d === BUCKET_CODE || d === SUBBUCKET_CODE) break;
          end++;
        }
        const bit = LIST_BITS[list] as number;
        forEachWord(expand(table, coded, at, end), (w) => each(w, bit), word.slice(0, 2));
      }
    },
  };
}
