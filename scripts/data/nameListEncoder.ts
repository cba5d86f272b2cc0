/**
 * Encodes the person-name lists into the one string src/policy/detect/data/nameLists.ts ships
 * (format and decoder: src/policy/detect/data/nameListCodec.ts): front coding in two-letter
 * buckets, then byte-pair substitution with up to 55 symbols (never over "0", "2" or " ") (most frequent pair first; ties to
 * the pair that sorts first, so the output depends only on the words).
 */
import { LIST_ORDER, LIST_SEPARATOR, MAX_SHARED, type NameLists } from "../../src/policy/detect/data/nameListCodec";

/** Symbols a rule may introduce: ASCII, not [a-z'-], not a digit the front coding writes, not " " or the string's quote or escape. */
export const SYMBOLS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ!#$%&()*+,./:;<=>?@[]^_`{}~|1";
const MIN_PAIR_COUNT = 4;
const WORD = /^[a-z'-]{2,}$/;

/** One list, sorted and de-duplicated, front-coded within two-letter buckets. */
export function frontCode(words: readonly string[]): string {
  for (const w of words) if (!WORD.test(w)) throw new Error(`Cannot encode ${JSON.stringify(w)}: words must be two or more of [a-z'-]`);
  const sorted = [...new Set(words)].sort();
  let out = "";
  let previous = "";
  for (const word of sorted) {
    let shared = 0;
    if (previous.charCodeAt(0) === word.charCodeAt(0) && previous.charCodeAt(1) === word.charCodeAt(1)) {
      shared = 2;
      while (shared < MAX_SHARED && shared < previous.length && shared < word.length && previous.charCodeAt(shared) === word.charCodeAt(shared)) shared++;
    }
    out += String(shared) + word.slice(shared);
    previous = word;
  }
  return out;
}

/** Greedy byte-pair substitution over `text`, never touching "0", "2" or " " (the decoder finds buckets and lists by them): [rules, substituted text]. */
export function bytePairs(text: string, symbols: string = SYMBOLS): [string, string] {
  let units: number[] = Array.from(text, (c) => c.charCodeAt(0));
  const fixed = new Set([48, 50, 32]);
  let rules = "";
  for (const symbol of symbols) {
    if (text.includes(symbol)) throw new Error(`Symbol ${JSON.stringify(symbol)} already occurs in the text`);
    const counts = new Map<number, number>();
    for (let i = 0; i + 1 < units.length; i++) {
      const a = units[i] as number;
      const b = units[i + 1] as number;
      if (fixed.has(a) || fixed.has(b)) continue;
      const pair = (a << 8) | b;
      counts.set(pair, (counts.get(pair) ?? 0) + 1);
    }
    let best = -1;
    let bestCount = 0;
    for (const [pair, count] of counts) if (count > bestCount || (count === bestCount && pair < best)) [best, bestCount] = [pair, count];
    if (bestCount < MIN_PAIR_COUNT) break;
    const a = best >> 8;
    const b = best & 0xff;
    const code = symbol.charCodeAt(0);
    const next: number[] = [];
    for (let i = 0; i < units.length; i++) {
      if (i + 1 < units.length && units[i] === a && units[i + 1] === b) {
        next.push(code);
        i++;
      } else next.push(units[i] as number);
    }
    units = next;
    rules += symbol + String.fromCharCode(a, b);
  }
  let out = "";
  for (let i = 0; i < units.length; i += 8192) out += String.fromCharCode(...units.slice(i, i + 8192));
  return [rules, out];
}

export function encodeNameLists(lists: NameLists): string {
  const text = LIST_ORDER.map((name) => frontCode(lists[name])).join(LIST_SEPARATOR);
  const [rules, coded] = bytePairs(text);
  return rules + LIST_SEPARATOR + coded;
}
