/**
 * Person names. Lists of given names and surnames say what is probably a name; the shape of the
 * words (Title-case, UPPER surname, initial) and the words around them (Mr, Baby, "re", "for",
 * "the … family", "told the worker") decide. A name missing from the lists is still found when
 * its shape and context say so ("Mrs Oyelaran-Bakare"), and a list name that is also an
 * everyday word (Grace, Hope, Will, White) needs a partner or a cue before it counts.
 */
import type { Candidate, Recognizer } from "../types";
import * as tokenizer from "../names/tokens";
import * as coverage from "../names/coverage";
import { addressParts, inAddressLine } from "../names/addressLocality";
import * as scanner from "./personNameScanner";
import * as rules from "./personNameRules";
import type { Token } from "../names/tokens";
import type { Match, Scanner as WordScanner, Word } from "./personNameScanner";

// Bound once at load: under CommonJS transpilation (tsx, ts-jest, webpack without module
// concatenation) every use of a named import is a property read through a getter, which
// costs more than the work itself in the per-word loops below.
const { tokenize } = tokenizer;
const { coveredBy, coverageOf } = coverage;
const { Scanner, unlisted } = scanner;
const { RULES, commonSurnameHeading, dottedInitialsRule, familyGroupAfterThe, isPlace, listedSurnameCommaGiven, lowerGivenOpensSentence, lowerGivenPair, lowerNamePair, namesAThing } = rules;

/**
 * True when no rule can start a name at this word, so the rules need not be tried: every rule
 * but "title" and "initial" rejects a stop word, and one that is an everyday word without being
 * a listed name ("Known", "Check", "Request"). Keep in step with RULES (the detect tests and the
 * corpus outputs would show a rule this skips).
 */
function cannotStartName(tok: Token, text: string): boolean {
  if (tok.shape === "initial" || tok.title) return false;
  // A name that is also a word may be a surname written first: "re: pilgrim, jaxon - contact?".
  return tok.stop || (tok.common && !tok.given && !tok.surname && !(tok.ambiguous && text.charCodeAt(tok.end) === 0x2c));
}

/** After a name, a child's age in brackets: "(17)". */
const AGE_AFTER = /^[ \t]*\(\d{1,2}\)/;

/** Receives each name found: offsets and confidence. */
type Emit = (start: number, end: number, confidence: number) => void;

/** The scan behind both exports below. */
function scanNames(text: string, earlier: readonly Candidate[], emit: Emit): void {
  if (!text) return;
  const s = new Scanner(text, tokenize(text));
  const covered = coverageOf(text.length, earlier);
  const streetsAndPostcodes = addressParts(earlier);
  const tokens = s.tokens;
  for (let k = 0; k < s.length; k++) {
    const tok = tokens[k] as Token;
    if (tok.glued) {
      // A glued word is never a name, but a glued initial may start run-together initials ("A.J. Smith").
      const m = tok.shape === "initial" ? dottedInitialsRule(s, k, text) : null;
      if (m) k = emitMatch(s, m, covered, emit);
      continue;
    }
    // A lower-case word only starts a name after a cue ("for john smith") or "mr", or as a given
    // name or a surname on a line written without capitals ("re: liam parker home visit",
    // "mcgrath t - hostel referral update"), or as an unlisted surname before a comma there
    // ("oduya, jermaine - missed doses"), or as a clear given name and surname on any line
    // ("police confirmed danny beeby is back"), or two joined ("take freddie and nell"), or a family
    // after "the" ("the tillotson kids").
    if (tok.shape === "lower") {
      const prev = tokens[k - 1];
      // An unlisted word may head such a line before casework ("re: mawby - rcpc 19th").
      const lineName = tok.given || (tok.surname && !tok.common) || ((!tok.common || tok.ambiguous) && text.charCodeAt(tok.end) === 0x2c) || (!tok.common && unlisted(tok));
      // A given name owning a relation on any line ("- nathan's dad out fri").
      const ownsRelation = tok.given && tok.possessive && !tok.common;
      // A given name before a child's age in brackets, on any line ("- kane (17) is on a referral order … the Falcon estate").
      const aged = tok.given && !tok.common && AGE_AFTER.test(text.slice(tok.end, tok.end + 6));
      if (!(prev && prev.cue) && !tok.title && !ownsRelation && !aged && !(lineName && (s.lowerCaseLine(tok.start) || lowerNamePair(s, k) || lowerGivenPair(s, k) || lowerGivenOpensSentence(s, k, text) || listedSurnameCommaGiven(s, k, text) || (tok.surname && !tok.common && familyGroupAfterThe(s, k)))) && !commonSurnameHeading(s, k, text)) continue;
    }
    if (cannotStartName(tok, text) && !commonSurnameHeading(s, k, text)) continue;
    let m: Match | null = null;
    // An index loop: destructuring each [name, rule] pair goes through the iterator protocol.
    for (let r = 0; r < RULES.length; r++) {
      const entry = RULES[r] as (typeof RULES)[number];
      m = entry[1](s, k, text);
      if (m) {
        break;
      }
    }
    if (!m) continue;
    // "46 Main Street, Kibworth Harcourt, Leicester LE8 0NQ": a village of the address line (not
    // a name that starts with a given name, written there: "12 Oak Road, Kayleigh Brooks, LE1 2AB").
    // So is one word alone on its line of an address block ("6 Swallow Rise / Hilton / Derby DE65 5JR"), a listed given name or not.
    const from = s.at(m.from) as Word;
    if ((!from.given || (m.to === m.from && aloneOnLine(text, from))) && inAddressLine(text, streetsAndPostcodes, from.start, (s.at(m.to) as Word).end)) {
      k = m.to;
      continue;
    }
    k = emitMatch(s, withNicknameAndSurname(s, m, text), covered, emit);
  }
}

/** After a given name, a nickname in brackets and the surname: "Katarzyna (Kasia) Nowak". */
const NICKNAME_AND_SURNAME = /^[ \t]+\([A-Z][a-z'\u2019-]+\)[ \t]+[A-Z][a-z'\u2019-]+/;

/** A one-word given name's match grown over "(Kasia) Nowak", so the name is whole (its family
 * name is read) and the nickname is no name of its own. */
function withNicknameAndSurname(s: WordScanner, m: Match, text: string): Match {
  const first = s.at(m.from) as Word;
  if (m.to !== m.from || !first.given) return m;
  const after = NICKNAME_AND_SURNAME.exec(text.slice(first.end, first.end + 60));
  if (!after) return m;
  const end = first.end + after[0].length;
  for (let j = m.from + 1; j < s.length && j <= m.from + 3; j++) if ((s.at(j) as Word).end === end) return { from: m.from, to: j, confidence: m.confidence };
  return m;
}

/** Whether word w is all its line holds. */
function aloneOnLine(text: string, w: Word): boolean {
  return /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, w.start - 20), w.start)) && /^[ \t]*(?:\r?\n|$)/.test(text.slice(w.end, w.end + 20));
}

/** Emits a match unless it is a place, names a thing or is already claimed; returns the word to resume after. */
function emitMatch(s: WordScanner, m: Match, covered: Uint8Array | null, emit: Emit): number {
  const first = s.at(m.from) as Word;
  const last = s.at(m.to) as Word;
  if (!isPlace(s, m) && !namesAThing(s, m) && !coveredBy(covered, first.start, last.end)) {
    emit(first.start, last.end, m.confidence);
  }
  return m.to;
}

export function findPersonNames(text: string, earlier: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  scanNames(text, earlier, (start, end, confidence) => out.push({ start, end, kind: "person-name", confidence }));
  return out;
}

export const personName: Recognizer = {
  kind: "person-name",
  // Person names: given-name and surname lists plus word shape (Title, UPPER, initials) and context (titles, cue words, 'the … family').
  find: findPersonNames,
};
