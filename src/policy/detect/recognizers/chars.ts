/** Character tests and context look-ups shared by the identifier recognizers. */

export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export function isAlnumCode(c: number): boolean {
  return isDigitCode(c) || isLetterCode(c);
}

/** True when the code unit at `i` is an ASCII letter or digit (false outside the text). */
export function alnumAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && isAlnumCode(text.charCodeAt(i));
}

/**
 * True when `cue` matches the `window` characters before `start`. The cue regex should be
 * anchored at the end ($) if it must touch the candidate. Slicing a short window keeps this
 * constant-time per candidate.
 */
export function cueBefore(text: string, start: number, cue: RegExp, window: number): boolean {
  return cue.test(text.slice(Math.max(0, start - window), start));
}

/**
 * Calls `visit` for each match of the global regex `re` that stands as a whole token: no ASCII
 * letter or digit glued on either side. A glued match, or one `visit` rejects by returning
 * false, is retried one character on, since the real token may begin inside it.
 */
export function forEachToken(re: RegExp, text: string, visit: (m: RegExpExecArray, start: number, end: number) => boolean | void): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    if (alnumAt(text, start - 1) || alnumAt(text, end) || visit(m, start, end) === false) re.lastIndex = start + 1;
  }
}
