/** Protective marking at the start of a subject: OFFICIAL-SENSITIVE and its accepted spellings. */
import type { Marking } from "../agreement/types";

function normalise(s: string): string {
  return s.toUpperCase().replace(/[\u2010-\u2015]/g, "-").replace(/\s+/g, " ");
}

/** Length of the marking prefix (with any PERSONAL suffix and separator), or 0 when absent. */
export function markingPrefixLength(subject: string, marking: Marking): number {
  const upper = normalise(subject);
  const start = upper.length - upper.replace(/^\s+/, "").length;
  const spellings = marking.accepted.map(normalise).sort((a, b) => b.length - a.length);
  for (const spelling of spellings) {
    if (upper.slice(start, start + spelling.length) !== spelling) continue;
    let end = start + spelling.length;
    const next = upper.charAt(end);
    // The marking must end at a word boundary: "OFFICIAL-SENSITIVEX" is not the marking.
    if (next !== "" && /[A-Z0-9]/.test(next)) continue;
    for (const suffix of (marking.suffixes ?? []).map(normalise)) {
      const rest = upper.slice(end);
      const gap = rest.length - rest.replace(/^[\s:-]+/, "").length;
      if (rest.slice(gap, gap + suffix.length) === suffix) end += gap + suffix.length;
    }
    const rest = upper.slice(end);
    return end + (rest.length - rest.replace(/^[\s:\-\]]+/, "").length);
  }
  return 0;
}

export function hasMarking(subject: string, marking: Marking): boolean {
  return markingPrefixLength(subject, marking) > 0;
}

export function withMarking(subject: string, marking: Marking): string {
  const trimmed = subject.trim();
  return trimmed ? `${marking.text}: ${trimmed}` : `${marking.text}:`;
}
