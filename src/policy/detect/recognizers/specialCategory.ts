/**
 * Special-category and criminal-offence facts about a person: "a diagnosis of schizophrenia",
 * "she is HIV positive", "convicted of sexual assault of a child under 13", "receiving treatment
 * from the community mental health team". A lexicon of terms, matched word by word, counts when
 * the sentence is about a person (a name, a pronoun, a relation) or a lead-in word ties the term
 * to someone; a policy sentence such as "domestic abuse training" does not count. The span
 * grows over the lead-in ("arrested for …") and the complement ("… of a child under 13").
 */
import type { Candidate, Recognizer } from "../types";
import { tokenize, type Token } from "../names/tokens";
import { LEAD_INS, PERSON_WORDS, TERMS_BY_FIRST, TIES, type Term } from "./specialCategoryLexicon";

/** After an offence: "of a child under 13", "against his partner". */
const VICTIM = /^ (?:of|on|against|with|towards) (?:a |an |her |his |their |the )?(?:young |female |male )?(?:child|children|minor|girl|boy|partner|ex-partner|woman|man|female|male|person|victim)(?: under (?:the age of )?\d{1,2})?/i;

const CONNECTORS = new Set(["and", "or", "including"]);

/** Words that end the condition named after "diagnosed with" / "a diagnosis of". */
const PHRASE_END = new Set(
  "and but which who that is was has had in on at since by for from after before last this when while as so".split(" "),
);

function sentenceBreak(text: string, a: Token, b: Token): boolean {
  for (let i = a.end; i < b.start; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x0a || c === 0x0d || c === 0x3b) return true;
  }
  return false;
}

function onlySpaces(text: string, a: Token, b: Token): boolean {
  if (a.possessive) return false;
  for (let i = a.end; i < b.start; i++) if (text.charCodeAt(i) !== 0x20) return false;
  return true;
}

export function findSpecialCategory(text: string, earlier: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  if (!text) return out;
  const tokens = tokenize(text);
  const n = tokens.length;
  if (n === 0) return out;

  const nameStarts: number[] = [];
  for (const c of earlier) if (c.kind === "person-name") nameStarts.push(c.start);
  nameStarts.sort((x, y) => x - y);

  // Sentences are only worked out around a term, which is rare: the main loop is one Map look-up a word.
  const sentenceStart = (k: number): number => {
    let j = k;
    while (j > 0 && k - j < 80 && !sentenceBreak(text, tokens[j - 1] as Token, tokens[j] as Token)) j--;
    return j;
  };
  const sentenceEnd = (k: number): number => {
    let j = k;
    while (j + 1 < n && j - k < 80 && !sentenceBreak(text, tokens[j] as Token, tokens[j + 1] as Token)) j++;
    return j;
  };
  const aboutPerson = (k: number): boolean => {
    const a = sentenceStart(k);
    const b = sentenceEnd(k);
    for (let j = a; j <= b; j++) if (PERSON_WORDS.has((tokens[j] as Token).lower)) return true;
    // Any person-name starting inside the sentence (binary search: terms x names stays linear).
    const from = (tokens[a] as Token).start;
    const to = (tokens[b] as Token).end;
    let lo = 0;
    let hi = nameStarts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((nameStarts[mid] as number) < from) lo = mid + 1;
      else hi = mid;
    }
    return lo < nameStarts.length && (nameStarts[lo] as number) < to;
  };
  /** Token a is in the same sentence as token b (a < b): no break between them. */
  const sameSentence = (a: number, b: number): boolean => {
    for (let j = a; j < b; j++) if (sentenceBreak(text, tokens[j] as Token, tokens[j + 1] as Token)) return false;
    return true;
  };

  const push = (start: number, end: number, confidence: number): void => {
    const last = out[out.length - 1];
    if (last && start <= last.end + 1) {
      if (end > last.end) last.end = end;
      if (confidence > last.confidence) last.confidence = confidence;
      return;
    }
    out.push({ start, end, kind: "special-category", confidence });
  };

  /** Matches `term` at token k; returns the index of its last token or -1. */
  const matchTerm = (k: number, term: Term): number => {
    for (let w = 1; w < term.words.length; w++) {
      const prev = tokens[k + w - 1] as Token;
      const tok = tokens[k + w];
      if (!tok || tok.lower !== term.words[w] || !onlySpaces(text, prev, tok)) return -1;
    }
    return k + term.words.length - 1;
  };

  /** Lead-in words right before token k in its sentence; returns [first index, tied]. */
  const leadIn = (k: number, floor: number): [number, boolean] => {
    let j = k - 1;
    let tied = false;
    while (j >= floor && k - j <= 6 && sameSentence(j, k) && !(tokens[j] as Token).glued && LEAD_INS.has((tokens[j] as Token).lower)) {
      if (TIES.has((tokens[j] as Token).lower)) tied = true;
      j--;
    }
    // A span starts at a content word, not at "and" or "or".
    let from = j + 1;
    while (from < k && CONNECTORS.has((tokens[from] as Token).lower)) from++;
    return [from, tied];
  };

  // Last token of the previous term: "anxiety and depression" ties the second to the first.
  let lastTerm = -10;
  for (let k = 0; k < n; k++) {
    const tok = tokens[k] as Token;
    if (tok.glued) continue;

    // "diagnosed with <condition>", "a diagnosis of <condition>": the condition need not be listed.
    const next = tokens[k + 1];
    if (next && ((tok.lower === "diagnosed" && next.lower === "with") || (tok.lower === "diagnosis" && next.lower === "of"))) {
      let e = k + 1;
      for (let w = 0; w < 4; w++) {
        const cand = tokens[e + 1];
        if (!cand || !sameSentence(k, e + 1) || PHRASE_END.has(cand.lower) || cand.glued) break;
        e++;
      }
      if (e > k + 1) {
        const [from] = leadIn(k, Math.max(0, lastTerm + 1));
        push((tokens[from] as Token).start, (tokens[e] as Token).end, 0.85);
        lastTerm = e;
        k = e;
        continue;
      }
    }

    const candidates = TERMS_BY_FIRST.get(tok.lower);
    if (!candidates) continue;
    for (const term of candidates) {
      const last = matchTerm(k, term);
      if (last < 0) continue;
      const [from, tiedByWord] = leadIn(k, Math.max(0, lastTerm + 1));
      const tied = tiedByWord || (lastTerm >= 0 && k - lastTerm <= 3 && sameSentence(lastTerm, k));
      const ok = term.strength === "strong" ? tied || aboutPerson(k) : tied;
      if (!ok) break;
      let end = (tokens[last] as Token).end;
      const after = tokens[last + 1];
      if (after && onlySpaces(text, tokens[last] as Token, after) && /^(positive|negative|status)$/.test(after.lower)) end = after.end;
      const victim = VICTIM.exec(text.slice(end, end + 60));
      if (victim) end += victim[0].length;
      push((tokens[from] as Token).start, end, term.strength === "strong" ? 0.8 : 0.6);
      lastTerm = last;
      k = last;
      break;
    }
  }
  return out;
}

export const specialCategory: Recognizer = {
  kind: "special-category",
  description:
    "Special-category and criminal-offence facts (health, sexual life, ethnicity, religion, biometrics, offences) stated about a person, from a lexicon with context.",
  find: findSpecialCategory,
};
