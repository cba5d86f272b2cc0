/** Protective marking at the start of a subject: OFFICIAL-SENSITIVE and its accepted spellings. */
import type { Marking } from "../agreement/types";
import { normalise as normaliseForDetection } from "../detect/normalise";
import { isSpace } from "../text/whitespace";
import { startsWithMarkingAttempt, withoutMarkingAttempts } from "../marking/markingAttempt";

/** A subject as markings are compared: upper case, Unicode hyphens and dashes as '-', white
 * space runs as one ' ', and no invisible characters (an LRM inside "OFFICIAL-SENSITIVE" must
 * not unmark a subject, nor one after it mark "OFFICIAL-SENSITIVEX"). `ends[k]` is where the
 * subject's text behind folded character k ends, so lengths map back to the subject. */
interface Folded {
  text: string;
  ends: number[];
}

function fold(s: string): Folded {
  const n = normaliseForDetection(s);
  const src = n.text;
  const out: string[] = [];
  const ends: number[] = [];
  for (let k = 0; k < src.length; k++) {
    const code = src.charCodeAt(k);
    const end = n.toOriginal(k + 1, true);
    if (isSpace(code)) {
      if (out[out.length - 1] === " ") ends[ends.length - 1] = end;
      else {
        out.push(" ");
        ends.push(end);
      }
      continue;
    }
    const ch = src.charAt(k);
    const upper = code >= 0x2010 && code <= 0x2015 ? "-" : ch.toUpperCase();
    // One character for one ("ß" would become "SS"), so every folded character has its end.
    out.push(upper.length === 1 ? upper : ch);
    ends.push(end);
  }
  return { text: out.join(""), ends };
}

function normalise(s: string): string {
  return fold(s).text;
}

/**
 * One reply or forward prefix ("RE:", "Fwd:", "AW:", "WG:", "RE[2]:"), or a gateway's tag in
 * brackets ("[SECURE]", "[EXTERNAL]"), with the space after it. Mail clients put these in front
 * of the subject they answer, so a marking after them is still the message's marking.
 */
/** "RE:", "Fwd:", "AW:", "WG:", "RE[2]:": one reply or forward prefix. */
const REPLY_PREFIX = "(?:re|fw|fwd|aw|wg|sv|vs|tr|antw|rif|odp)\\s*(?:\\[\\d{1,3}\\])?\\s*:";
const LEADING_TAG = new RegExp(`^(?:${REPLY_PREFIX}|\\[[^\\]\\n]{1,40}\\])[ \t]*`, "i");

const REPLY_PREFIXES = new RegExp(`^(?:\\s*${REPLY_PREFIX})+`, "i");

/** The reply and forward prefixes at the start of a subject ("RE: FW:"), without bracketed tags. */
export function replyPrefix(subject: string): string {
  const m = REPLY_PREFIXES.exec(subject.slice(0, 200));
  return m ? m[0].trim().replace(/\s+/g, " ") : "";
}

/** Where each leading reply prefix or tag ends: the positions a marking may start at. */
function tagEnds(subject: string): number[] {
  let at = subject.length - subject.replace(/^\s+/, "").length;
  const ends = [at];
  // Bounded by the subject's length: each step consumes at least two characters.
  for (;;) {
    const m = LEADING_TAG.exec(subject.slice(at, at + 64));
    if (!m) return ends;
    at += m[0].length;
    ends.push(at);
  }
}

/** Length of the reply/forward prefixes and bracketed tags at the start of a subject (any
 * number, any case, with the white space around them). */
export function leadingTagsLength(subject: string): number {
  const ends = tagEnds(subject);
  return ends[ends.length - 1] as number;
}

/** The marking's end when it starts exactly at `start` of the normalised subject, else 0. */
function markingAt(upper: string, start: number, marking: Marking): number {
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

/** Length of the marking prefix, after any reply prefixes and tags (with any PERSONAL suffix and
 * separator), or 0 when absent. A bracketed marking ("[OFFICIAL-SENSITIVE]") is the marking, not
 * a tag. */
export function markingPrefixLength(subject: string, marking: Marking): number {
  const folded = fold(subject);
  for (const start of tagEnds(folded.text)) {
    const end = markingAt(folded.text, start, marking);
    if (end > 0) return folded.ends[end - 1] as number;
  }
  return 0;
}

export function hasMarking(subject: string, marking: Marking): boolean {
  return markingPrefixLength(subject, marking) > 0;
}

/** The subject starts, after its reply prefixes and tags, with the marking misspelt
 * ("RE: OFFICAL-SENSITIVE: …"): the writer declared it sensitive but no gateway will read it. */
export function misspeltMarking(subject: string, marking: Marking): boolean {
  return !hasMarking(subject, marking) && startsWithMarkingAttempt(subject.slice(leadingTagsLength(subject)));
}

/** The subject with the marking added after its reply prefixes and tags ("RE: [EXTERNAL]
 * OFFICIAL-SENSITIVE: …"), so the thread still groups and the gateway's tag stays first. */
export function withMarking(subject: string, marking: Marking): string {
  const tags = leadingTagsLength(subject);
  const prefix = subject.slice(0, tags).trim();
  // A misspelt or misplaced marking is replaced, not kept beside the right one.
  const rest = withoutMarkingAttempts(subject.slice(tags).trim());
  const marked = rest ? `${marking.text}: ${rest}` : `${marking.text}:`;
  return prefix ? `${prefix} ${marked}` : marked;
}
