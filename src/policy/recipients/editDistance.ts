/**
 * Bounded optimal-string-alignment distance (Levenshtein plus adjacent transpositions, so
 * "derbsyhire" is one edit from "derbyshire"), with early exit: returns max + 1 as soon as the
 * distance must exceed max. O(len × (2·max + 1)) time, two short rows of memory.
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  if (a === b) return 0;
  if (la === 0) return lb;
  if (lb === 0) return la;
  const big = max + 1;
  // Three rows: i-2, i-1, i (transpositions look two rows back).
  let prev2: number[] = new Array<number>(lb + 1).fill(big);
  let prev: number[] = new Array<number>(lb + 1);
  let cur: number[] = new Array<number>(lb + 1);
  for (let j = 0; j <= lb; j++) prev[j] = j <= max ? j : big;
  for (let i = 1; i <= la; i++) {
    const lo = Math.max(1, i - max);
    const hi = Math.min(lb, i + max);
    cur.fill(big);
    cur[0] = i <= max ? i : big;
    let rowMin = cur[0] ?? big;
    const ca = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      const cb = b.charCodeAt(j - 1);
      let v = Math.min((prev[j] ?? big) + 1, (cur[j - 1] ?? big) + 1, (prev[j - 1] ?? big) + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) v = Math.min(v, (prev2[j - 2] ?? big) + 1);
      if (v > big) v = big;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return big;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  const d = prev[lb] ?? big;
  return d > max ? big : d;
}
