/**
 * A thread its writers declared sensitive: a quoted message's "Subject:" line carries the
 * protective marking. A reply or forward that quotes that message sends its content again, so
 * its own subject needs the marking too, whether or not SafeShare recognises the case data in
 * it ("Nicole's there, Lee's gone. No injuries on the kids" under a marked welfare-check thread).
 * In every labelled message set, no ordinary message quotes a marked subject and drops it.
 */
import type { Marking } from "../agreement/types";
import type { Anatomy } from "../anatomy";
import { hasMarking } from "../rules/marking";
import { hasMarkingAttempt } from "./markingAttempt";

/** Longest quoted subject read: a header's value, not a body that ran on. */
const MAX_SUBJECT = 400;

export function quotedSubjectMarked(body: string, anatomy: Anatomy | null, marking: Marking): boolean {
  if (!anatomy) return false;
  for (const header of anatomy.headers) {
    if (!header.subject) continue;
    const subject = body.slice(header.subject.start, Math.min(header.subject.end, header.subject.start + MAX_SUBJECT));
    // Anywhere in the quoted subject, misspelt or at its end: "Child enquiry - OFFICIAL-SENSITIVE"
    // was declared sensitive too.
    if (hasMarking(subject, marking) || hasMarkingAttempt(subject)) return true;
  }
  return false;
}
