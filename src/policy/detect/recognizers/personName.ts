/**
 * Person names. Lists of given names and surnames say what is probably a name; the shape of the
 * words (Title-case, UPPER surname, initial) and the words around them (Mr, Baby, "re", "for",
 * "the … family", "told the worker") decide. A name missing from the lists is still found when
 * its shape and context say so ("Mrs Oyelaran-Bakare"), and a list name that is also an
 * everyday word (Grace, Hope, Will, White) needs a partner or a cue before it counts.
 */
import type { Candidate, Recognizer } from "../types";
import { STRONG_CUES, TITLES, WEAK_CUES } from "../names/lexicon";
import { tokenize, type Token } from "../names/tokens";
import { coveredBy, coverageOf } from "../names/coverage";
import { Scanner, type Match, type Word } from "./personNameScanner";
import { RULES, isPlace } from "./personNameRules";

/** Words after which a lower-case word may start a name: every cue. */
const LEADS_LOWER = new Set<string>();
STRONG_CUES.forEach((w) => LEADS_LOWER.add(w));
WEAK_CUES.forEach((w) => LEADS_LOWER.add(w));

/** Person-name candidates, each with the name of the rule that found it (for explanations). */
export function findPersonNamesExplained(text: string, earlier: readonly Candidate[]): Array<Candidate & { rule: string }> {
  const out: Array<Candidate & { rule: string }> = [];
  if (!text) return out;
  const s = new Scanner(text, tokenize(text));
  const covered = coverageOf(text.length, earlier);
  const tokens = s.tokens;
  for (let k = 0; k < s.length; k++) {
    const tok = tokens[k] as Token;
    // A lower-case word only starts a name after a cue ("for john smith") or "mr".
    if (tok.glued) continue;
    if (tok.shape === "lower") {
      const prev = tokens[k - 1];
      if (!(prev && LEADS_LOWER.has(prev.lower)) && !TITLES.has(tok.lower)) continue;
    }
    let m: Match | null = null;
    let rule = "";
    for (const [name, fn] of RULES) {
      m = fn(s, k, text);
      if (m) {
        rule = name;
        break;
      }
    }
    if (!m) continue;
    const first = s.at(m.from) as Word;
    const last = s.at(m.to) as Word;
    if (!isPlace(s, m) && !coveredBy(covered, first.start, last.end)) {
      out.push({ start: first.start, end: last.end, kind: "person-name", confidence: m.confidence, rule });
    }
    k = m.to;
  }
  return out;
}

export function findPersonNames(text: string, earlier: readonly Candidate[]): Candidate[] {
  return findPersonNamesExplained(text, earlier).map((c) => ({ start: c.start, end: c.end, kind: c.kind, confidence: c.confidence }));
}

export const personName: Recognizer = {
  kind: "person-name",
  description:
    "Person names: given-name and surname lists plus word shape (Title, UPPER, initials) and context (titles, cue words, 'the … family').",
  find: findPersonNames,
};
