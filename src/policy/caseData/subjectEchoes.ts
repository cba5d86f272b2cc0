/**
 * A case person's name from the body said again in the subject, in any case: "re: tayvion okonkwo
 * - exclusion" over a body about Mr Okonkwo's licence names him, though read alone the lower-case
 * subject did not. Only the words of names the body gives case context, and only words no list
 * knows as everyday or stop words ("Hope", "White", "Derby" are left to the subject's own rules).
 */
import { fold } from "./knownPeople";
import { AMBIGUOUS, COMMON, STOP, TITLES, flagsOf } from "../detect/names/lexicon";
import type { Span } from "../detect/types";
import type { RoledSpan } from "./types";

const NAME_WORD = /[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'\u2019-]*[A-Za-z\u00c0-\u024f]/g;
/** A letter or digit, which must not touch an echoed word on either side (an underscore may: a
 * file's name, "FW: CP_Plan_Rowbotham_Leo_Nov26.pdf"). */
const WORD_CHAR = /[A-Za-z0-9\u00c0-\u024f]/;
/** After a surname, one capital initial closing it ("HADFIELD R"). */
const INITIAL_AFTER = /^[ \t]+[A-Z]\.?(?![A-Za-z])/;
/** Names the body has read are bounded: a long thread repeats them. */
const MAX_WORDS = 200;

/** The subject's spans for case people's name words the body gives and the subject repeats. */
export function subjectEchoes(subject: string, subjectSpans: readonly Span[], bodySpans: readonly RoledSpan[]): Span[] {
  const words = new Set<string>();
  /** Words the lists hold as places or everyday words too: echoed only with an initial after them ("HADFIELD R"). */
  const withInitial = new Set<string>();
  for (const span of bodySpans) {
    if (span.kind !== "person-name" || span.role !== "case") continue;
    for (const word of span.text.match(NAME_WORD) ?? []) {
      const folded = fold(word);
      if (folded.length < 3 || TITLES.has(folded)) continue;
      if ((flagsOf(folded) & (COMMON | AMBIGUOUS | STOP)) === 0) words.add(folded);
      else withInitial.add(folded);
    }
    if (words.size + withInitial.size >= MAX_WORDS) break;
  }
  const out: Span[] = [];
  if (words.size === 0 && withInitial.size === 0) return out;
  NAME_WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NAME_WORD.exec(subject)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    const folded = fold(m[0]);
    if (!(words.has(folded) || (withInitial.has(folded) && INITIAL_AFTER.test(subject.slice(end, end + 4)))) || WORD_CHAR.test(subject.charAt(start - 1)) || WORD_CHAR.test(subject.charAt(end))) continue;
    if (subjectSpans.some((s) => s.kind === "person-name" && s.start < end && s.end > start)) continue;
    out.push({ start, end, kind: "person-name", confidence: 0.6, text: m[0] });
  }
  return out;
}
