/**
 * Which characters earlier recognizers already claimed (an address, an e-mail, an NHS number),
 * so a later recognizer does not report "Victoria" inside "40 Victoria Drive" as a person.
 */
import type { Candidate } from "../types";

export function coverageOf(length: number, earlier: readonly Candidate[], kinds?: (kind: Candidate["kind"]) => boolean): Uint8Array | null {
  let mask: Uint8Array | null = null;
  for (const c of earlier) {
    if (kinds && !kinds(c.kind)) continue;
    const start = Math.max(0, c.start);
    const end = Math.min(length, c.end);
    if (end <= start) continue;
    if (!mask) mask = new Uint8Array(length);
    // A plain loop: spans are short, and a call into TypedArray#fill costs more than it writes.
    for (let i = start; i < end; i++) mask[i] = 1;
  }
  return mask;
}

/** True when any character of [start, end) is claimed. */
export function coveredBy(mask: Uint8Array | null, start: number, end: number): boolean {
  if (!mask) return false;
  for (let i = start; i < end; i++) if (mask[i] === 1) return true;
  return false;
}
