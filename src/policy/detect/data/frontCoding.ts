/**
 * Front coding for the sorted word lists, which ship in the Send handler's bundle: each word is
 * written as one digit, how many leading characters it shares with the word before (0–9), then
 * the rest of it. "abbas abbasi abbate" becomes "0abbas5i4te". Words are [a-z'-], never digits,
 * so the digits mark where each word starts. Roughly halves the raw size of a sorted list;
 * decoding yields exactly the original words in their original order.
 */

const ZERO = 48;
const NINE = 57;
const MAX_SHARED = 9;

/** Calls `each` with every word of a front-coded list, in order. */
export function forEachFrontCoded(coded: string, each: (word: string) => void): void {
  let previous = "";
  let i = 0;
  while (i < coded.length) {
    const shared = coded.charCodeAt(i) - ZERO;
    if (shared < 0 || shared > MAX_SHARED) throw new Error(`Front-coded list: expected a digit at offset ${i}, found ${JSON.stringify(coded.charAt(i))}`);
    let end = i + 1;
    while (end < coded.length) {
      const c = coded.charCodeAt(end);
      if (c >= ZERO && c <= NINE) break;
      end++;
    }
    const word = previous.slice(0, shared) + coded.slice(i + 1, end);
    each(word);
    previous = word;
    i = end;
  }
}

export function decodeFrontCoded(coded: string): string[] {
  const words: string[] = [];
  forEachFrontCoded(coded, (w) => words.push(w));
  return words;
}

/** The inverse (used to regenerate the data files): words must contain no digits. */
export function encodeFrontCoded(words: readonly string[]): string {
  let out = "";
  let previous = "";
  for (const word of words) {
    if (/[0-9]/.test(word) || word === "") throw new Error(`Cannot front-code ${JSON.stringify(word)}: words must be non-empty and digit-free`);
    let shared = 0;
    while (shared < MAX_SHARED && shared < previous.length && shared < word.length && previous.charCodeAt(shared) === word.charCodeAt(shared)) shared++;
    out += String(shared) + word.slice(shared);
    previous = word;
  }
  return out;
}
