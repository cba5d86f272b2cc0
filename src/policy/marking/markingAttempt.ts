/**
 * A marking someone tried to write: OFFICIAL-SENSITIVE misspelt ("OFFICAL-SENSITIVE",
 * "OFFICIAL-SENSTIVE", "OFFICIAL_SENSITIVE"), or written anywhere in the subject. A misspelt
 * marking at the start of the subject is the writer declaring the message sensitive, so the
 * marking rule asks for it spelt right; and the marking fix replaces an attempt instead of
 * adding a second marking beside it ("OFFICIAL-SENSITIVE: OFFICAL-SENSITIVE: …").
 */

/** "OFFICIAL" as typed (a letter doubled, dropped or swapped), a separator or none, then
 * "SENSITIVE" as typed (a letter or two dropped or changed), an optional PERSONAL, in optional
 * brackets. Not a dictionary word's spelling: no English word is shaped like this. */
const ATTEMPT_SOURCE =
  String.raw`\[?\b(?:of{1,2}i?c{1,2}i?a?l{1,2}|officail)[\s_:.\u2010-\u2015-]*sen[a-z]{3,6}ve(?:[\s_:.\u2010-\u2015-]*personal)?\b\]?`;
const ATTEMPT = new RegExp(ATTEMPT_SOURCE, "i");
const ATTEMPTS = new RegExp(String.raw`[ \t]*[-\u2013\u2014:|]?[ \t]*${ATTEMPT_SOURCE}[ \t]*[-\u2013\u2014:|]?[ \t]*`, "gi");

/** Longest subject read (a subject is short; past this, nothing is read as an attempt). */
const MAX_SUBJECT = 1000;

/** The marking as written somewhere in `text`, in any of the ways people misspell it. */
export function hasMarkingAttempt(text: string): boolean {
  return ATTEMPT.test(text.slice(0, MAX_SUBJECT));
}

/** Whether `rest` (a subject after its reply prefixes and tags) starts with a marking attempt. */
export function startsWithMarkingAttempt(rest: string): boolean {
  const m = ATTEMPT.exec(rest.slice(0, MAX_SUBJECT));
  return !!m && rest.slice(0, m.index).trim() === "";
}

/** `rest` with every marking attempt and the separators around it taken out: "Child contact -
 * OFFICIAL-SENSITIVE" → "Child contact"; "OFFICAL-SENSITIVE: new birth visit" → "new birth visit". */
export function withoutMarkingAttempts(rest: string): string {
  if (rest.length > MAX_SUBJECT) return rest;
  return rest.replace(ATTEMPTS, " ").replace(/\s+/g, " ").trim();
}
