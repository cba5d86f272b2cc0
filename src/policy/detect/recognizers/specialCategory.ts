/**
 * Special-category and criminal-offence facts about a person: "a diagnosis of schizophrenia",
 * "she is HIV positive", "convicted of sexual assault of a child under 13", "receiving treatment
 * from the community mental health team". A lexicon of terms, matched word by word, counts when
 * the sentence is about a person (a name, a pronoun, a relation) or a lead-in word ties the term
 * to someone; a policy sentence such as "domestic abuse training" does not count, nor a weak term
 * inside a name found ("the contact is Faith Wilde"). The span
 * grows over the lead-in ("arrested for …") and the complement ("… of a child under 13").
 */
import type { Candidate, Recognizer } from "../types";
import * as tokenizer from "../names/tokens";
import * as lexicon from "./specialCategoryLexicon";
import type { Token } from "../names/tokens";
import type { Term } from "./specialCategoryLexicon";

// Bound once at load: under CommonJS transpilation (tsx, ts-jest, webpack without module
// concatenation) every use of a named import is a property read through a getter, which
// costs more than the work itself in the per-word loops below.
const { tokenize } = tokenizer;
const { CONTRACTS_IS, LEAD_INS, PERSON_WORDS, TERMS_BY_FIRST, TIES } = lexicon;

/** "he's", "she's": the tokenizer strips the 's as a possessive, but after a subject pronoun it is
 * "is" (or "has"), which ties a term as "is" does: "he's gay" is "he is gay". */
function isContractedIs(tok: Token): boolean {
  return tok.possessive && CONTRACTS_IS.has(tok.lower);
}

/** The last word of a term that names a post or a team ("mental health nurse", "crisis team"). */
const STAFF_POST_END = new Set(["nurse", "nurses", "worker", "workers", "practitioner", "practitioners", "team", "teams", "service", "services"]);

/** After an offence: "of a child under 13", "against his partner". */
const VICTIM = /^ (?:of|on|against|with|towards) (?:a |an |her |his |their |the )?(?:young |female |male )?(?:child|children|minor|girl|boy|partner|ex-partner|woman|man|female|male|person|victim)(?: under (?:the age of )?\d{1,2})?\b/i;

const CONNECTORS = new Set(["and", "or", "including"]);

/** "Mum has depression", "they have anxiety": a person subject of have ties the term to them. */
const HAVE = new Set(["has", "had", "have"]);
/** Nouns after a term that make it the name of a thing, not a fact ("faith group"). */
const THING_AFTER = new Set("group groups network networks team forum forums leader leaders lead champion champions week month day awareness service services charity support training course event community".split(" "));
/** Subjects that are people ("the venue has disabled parking" is not). Not "I": the writer's
 * own health is judged by whose message it is (caseData), and "I have anxiety about the new
 * system" is everyday speech. */
const PERSON_SUBJECTS = new Set(
  "he she they mum mummy mam dad daddy mother father son daughter brother sister partner baby child boy girl nan nana gran grandad grandma stepdad stepmum".split(" "),
);

/** "the offence of", "an offence of": see leadIn. */
const OFFENCE_NOUNS = new Set(["offence", "offences"]);
const ARTICLES = new Set(["the", "a", "an"]);

/** The most words a lexicon term has. */
let MAX_TERM_WORDS = 1;
TERMS_BY_FIRST.forEach((list) => list.forEach((t) => (MAX_TERM_WORDS = Math.max(MAX_TERM_WORDS, t.words.length))));

/** Words that extend a term: "HIV positive", "HIV status". */
const STATUS_WORDS = new Set(["positive", "negative", "status"]);

/** Words that end the condition named after "diagnosed with" / "a diagnosis of". */
const PHRASE_END = new Set(
  "and but which who that is was has had in on at since by for from after before last this when while as so".split(" "),
);

/**
 * A cheap first test on every word: which (first letter, length) pairs any term's first word, or
 * "diagnosed" / "diagnosis", has. Most words ("the", "worker", "meeting") fail it and skip the
 * Map look-up. Bit `len` of LENGTHS_BY_FIRST[c] is set for a key of that first code unit and length.
 */
const LENGTHS_BY_FIRST = new Uint32Array(128);
/** Set if some key falls outside the table (non-ASCII first letter, 32+ letters): then every word is looked up. */
let lookUpEvery = false;
function allowStart(word: string): void {
  const c = word.charCodeAt(0);
  if (c < 128 && word.length < 32) (LENGTHS_BY_FIRST[c] as number) |= 1 << word.length;
  else lookUpEvery = true;
}
TERMS_BY_FIRST.forEach((_, first) => allowStart(first));
allowStart("diagnosed");
allowStart("diagnosis");

function mayStartTerm(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128 && word.length < 32) return lookUpEvery || ((LENGTHS_BY_FIRST[c] as number) & (1 << word.length)) !== 0;
  return lookUpEvery;
}

function sentenceBreak(text: string, a: Token, b: Token): boolean {
  for (let i = a.end; i < b.start; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x0a || c === 0x0d || c === 0x3b) return true;
  }
  return false;
}

/** A token as the lexicon writes it: a possessive keeps its "'s" ("alzheimer's", "down's"). */
function termWord(t: Token): string {
  return t.possessive ? `${t.lower}'s` : t.lower;
}

/** Between two words of a term: spaces only, after the "'s" of a possessive word ("Down's syndrome"). */
function termGap(text: string, a: Token, b: Token): boolean {
  let i = a.end;
  if (a.possessive) {
    if (!/^['\u2019]s$/.test(text.slice(i, i + 2))) return false;
    i += 2;
  }
  if (i >= b.start) return false;
  for (; i < b.start; i++) if (text.charCodeAt(i) !== 0x20) return false;
  return true;
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

  const names = earlier.filter((c) => c.kind === "person-name").sort((x, y) => x.start - y.start);
  const nameStarts: number[] = names.map((c) => c.start);
  /** The words from `start` to `end` lie inside a name found ("is Faith Wilde", "Grace Shaw"). */
  const insideName = (start: number, end: number): boolean => {
    let lo = 0;
    let hi = nameStarts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((nameStarts[mid] as number) <= start) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && (names[lo - 1] as Candidate).end >= end;
  };

  // Sentences are only worked out around a term, which is rare: the main loop is a table test a
  // word (mayStartTerm), and a Map look-up for the few that pass.
  /** Token j is a word of a term that matches around it ("child" of "child criminal exploitation"). */
  const insideTerm = (j: number): boolean => {
    for (let i = j; i >= 0 && j - i < MAX_TERM_WORDS; i--) {
      const list = TERMS_BY_FIRST.get(termWord(tokens[i] as Token));
      if (list) for (const term of list) if (i + term.words.length > j && matchTerm(i, term) >= j) return true;
    }
    return false;
  };
  // A term's own words are not a person: "child" in "child criminal exploitation and county lines".
  const personWord = (j: number): boolean => PERSON_WORDS.has((tokens[j] as Token).lower) && !insideTerm(j);
  /**
   * A person word anywhere in the term's sentence (at most 80 words either side of it), or a
   * person-name starting in it (a term's own words are not persons: personWord). The sentence is
   * walked outward from the term both ways at once, because the person word is usually close
   * ("her diagnosis of …") and the walk can stop.
   */
  const aboutPerson = (k: number): boolean => {
    if (personWord(k)) return true;
    let a = k;
    let b = k;
    let left = true;
    let right = true;
    while (left || right) {
      if (left) {
        if (a > 0 && k - a < 80 && !sentenceBreak(text, tokens[a - 1] as Token, tokens[a] as Token)) {
          a--;
          if (personWord(a)) return true;
        } else left = false;
      }
      if (right) {
        if (b + 1 < n && b - k < 80 && !sentenceBreak(text, tokens[b] as Token, tokens[b + 1] as Token)) {
          b++;
          if (personWord(b)) return true;
        } else right = false;
      }
    }
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

  /**
   * Tokens k..last, each Title-Case, are followed (after one space) by another Title-Case word
   * that is no term of its own: the term opens the name of a scheme, a body or an event ("a
   * Disability Confident Leader", "Depression Awareness Week"), not a fact about someone. Words in
   * capitals ("SHE HAS DEPRESSION AND …") are not Title-Case and are left alone.
   */
  const startsTitleName = (k: number, last: number, term: Term): boolean => {
    if (!term.startsNames) return false;
    for (let j = k; j <= last; j++) if ((tokens[j] as Token).shape !== "title") return false;
    const after = tokens[last + 1];
    return !!after && after.shape === "title" && !after.glued && after.lower !== "i" && onlySpaces(text, tokens[last] as Token, after) && !TERMS_BY_FIRST.has(after.lower);
  };

  /** Matches `term` at token k; returns the index of its last token or -1. */
  const matchTerm = (k: number, term: Term): number => {
    for (let w = 1; w < term.words.length; w++) {
      const prev = tokens[k + w - 1] as Token;
      const tok = tokens[k + w];
      if (!tok || termWord(tok) !== term.words[w] || !termGap(text, prev, tok)) return -1;
    }
    return k + term.words.length - 1;
  };

  /**
   * Lead-in words right before token k in its sentence; returns [first index, tied, generic].
   * "the offence of …" names the offence in general ("The offence of coercive control now
   * applies…"): generic, a tie only in a sentence about a person; "his offence of …" ties.
   */
  const leadIn = (k: number, floor: number): [number, boolean, boolean] => {
    let j = k - 1;
    let tied = false;
    let generic = false;
    while (j >= floor && k - j <= 6 && sameSentence(j, k) && !(tokens[j] as Token).glued && LEAD_INS.has((tokens[j] as Token).lower)) {
      const word = tokens[j] as Token;
      if (OFFENCE_NOUNS.has(word.lower) && j > 0 && ARTICLES.has((tokens[j - 1] as Token).lower) && sameSentence(j - 1, j)) generic = true;
      else if (TIES.has(word.lower) || isContractedIs(word)) tied = true;
      j--;
    }
    // A span starts at a content word, not at "and" or "or".
    let from = j + 1;
    while (from < k && CONNECTORS.has((tokens[from] as Token).lower)) from++;
    return [from, tied, generic];
  };

  const nameEnds = new Set(names.map((c) => c.end));
  /** Token j is a person: a person subject, the end of a name found, or an initial ("J"). */
  const isPersonToken = (j: number): boolean => {
    const tok = tokens[j] as Token;
    return PERSON_SUBJECTS.has(tok.lower) || nameEnds.has(tok.end) || (tok.shape === "initial" && tok.lower !== "i");
  };
  /**
   * The term (its lead-in from `from`, itself at k) is someone's: "Kyle's depression", "J's
   * self-harm" (a name or an initial owning it), "Mum has had depression", "Kyle has anxiety" (a
   * person subject of have).
   */
  const someonesTerm = (from: number, k: number, last: number): boolean => {
    // The subject of have may be a lead-in word itself ("she has", "they have").
    for (let j = Math.max(from, 1); j < k; j++) {
      if (HAVE.has((tokens[j] as Token).lower)) return !(tokens[j - 1] as Token).possessive && sameSentence(j - 1, k) && isPersonToken(j - 1);
    }
    const owner = tokens[from - 1];
    // Lead-in words may stand between: "Tia's current medication", "Kyle's history of self-harm".
    if (!owner || !owner.possessive || !sameSentence(from - 1, k) || !isPersonToken(from - 1)) return false;
    // "Sarah's faith group", "Tom's disability network": the term names the thing they belong to.
    const after = tokens[last + 1];
    return !after || !THING_AFTER.has(after.lower);
  };

  // Last token of the previous term: "anxiety and depression" ties the second to the first.
  let lastTerm = -10;
  for (let k = 0; k < n; k++) {
    const tok = tokens[k] as Token;
    if (tok.glued || !mayStartTerm(termWord(tok))) continue;

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

    const candidates = TERMS_BY_FIRST.get(termWord(tok));
    if (!candidates) continue;
    for (const term of candidates) {
      const last = matchTerm(k, term);
      if (last < 0) continue;
      const [from, tiedByWord, generic] = leadIn(k, Math.max(0, lastTerm + 1));
      const tied = tiedByWord || (lastTerm >= 0 && k - lastTerm <= 3 && sameSentence(lastTerm, k)) || (generic && aboutPerson(k)) || someonesTerm(from, k, last);
      // A weak term that is part of a name found is the name: "the contact is Faith Wilde"; so is
      // one that starts a Title-Case name of a thing: "we are a Disability Confident Leader".
      if (term.strength === "weak" && (insideName(tok.start, (tokens[last] as Token).end) || startsTitleName(k, last, term))) {
        k = last;
        break;
      }
      // "our mental health nurse Kofi Adjei": a service's post or team the writer's organisation
      // has, not anyone's health ("his mental health worker" still is).
      const ourPost = from > 0 && (tokens[from - 1] as Token).lower === "our" && STAFF_POST_END.has((tokens[last] as Token).lower);
      const ok = !ourPost && (term.strength === "strong" ? tied || aboutPerson(k) : tied);
      if (!ok) {
        // A term that is a topic is one whole: "criminal exploitation" inside "child criminal
        // exploitation" must not find the person word "child" beside it.
        k = last;
        break;
      }
      // A term ending in a possessive ends after its "'s": "Alzheimer's".
      let end = (tokens[last] as Token).end + ((tokens[last] as Token).possessive ? 2 : 0);
      const after = tokens[last + 1];
      if (after && onlySpaces(text, tokens[last] as Token, after) && STATUS_WORDS.has(after.lower)) end = after.end;
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
  // Special-category and criminal-offence facts (health, sexual life, ethnicity, religion, biometrics, offences) stated about a person, from a lexicon with context.
  find: findSpecialCategory,
};
