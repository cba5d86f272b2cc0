/**
 * The person-name rules, tried in order at each word: titles, "SURNAME, Given", initials,
 * "the … family", cue words, given-name starts, and shapes of unlisted names; then a check that
 * the words found are not a street, a building or a place.
 */
import { personColumnName } from "./personColumn";
import * as lexicon from "../names/lexicon";
import * as tokenizer from "../names/tokens";
import * as scanner from "./personNameScanner";
import * as places from "./namedPlace";
import * as placeNames from "../names/places";
import type { Match, Scanner, Word } from "./personNameScanner";

// Bound once at load: under CommonJS transpilation (tsx, ts-jest, webpack without module
// concatenation) every use of a named import is a property read through a getter, which
// costs more than the work itself in the per-word loops below.
const { DISTRICT_WORDS, SITE_WORDS, FAMILY_PLACE_WORDS, LOCAL_PLACES, MONTHS, NAMED_IN_HONOUR, NOT_FAMILY_NAMES, PLACE_PREFIXES, PLACE_SUFFIXES, NAME_VERBS, ROOM_WORDS, TITLES, UK_CITIES, WORK_NOUNS } = lexicon;
const { atSentenceStart, gapBetween } = tokenizer;
const { adjectiveShaped, capital, isAcronym, nameShaped, nameish, unlisted } = scanner;
const { namedPlace } = places;
const { isPlaceWord } = placeNames;

const SEASONS = new Set(["summer", "autumn", "winter", "spring"]);

function titleRule(s: Scanner, k: number): Match | null {
  const t = s.at(k);
  if (!t || t.glued || !t.title) return null;
  if (t.shape === "lower" && t.lower !== "mr" && t.lower !== "mrs" && t.lower !== "ms") return null;
  let k1 = k;
  // "Mr and Mrs Wilson"
  const and = s.nextBySpace(k);
  if (and && and.lower === "and") {
    const t2 = s.nextBySpace(k + 1);
    if (t2 && t2.title) k1 = k + 2;
  }
  const cur = s.at(k1) as Word;
  const next = s.at(k1 + 1);
  if (!next) return null;
  const text = s.text;
  const gap = gapBetween(text, cur, next);
  if (gap !== "space" && gap !== "dot") return null;
  // "Mr J. Smith", "Mrs J Hughes"
  if (next.shape === "initial" && !next.glued) {
    const after = s.at(k1 + 2);
    const g = after ? gapBetween(text, next, after) : "other";
    if (after && (g === "dot" || g === "space") && nameish(after)) {
      return { from: k, to: s.extend(k1 + 2), confidence: 0.9 };
    }
    return null;
  }
  // After a title any capitalised word is the surname ("Mr Young", "Mr Glatting"); but "MS",
  // "DR", "PC" in capitals may be Microsoft, a drive or a computer, so they need a name word.
  const loose = !(t.shape === "upper" && t.lower.length <= 3);
  // A stop word that is a surname too is one after a title: "Mr Hadfield" (a High Peak town), "Mrs Burton".
  const any = capital(next) && !next.glued && (!next.stop || (lexicon.wordFlags(next.lower) & lexicon.SURNAME) !== 0) && !isAcronym(next);
  if ((loose && any) || nameish(next)) return { from: k, to: s.extend(k1 + 1), confidence: 0.9 };
  // "re: mr mottram moving to glossop": in lower case, a listed name, or a word in no list after mr or mrs.
  if (next.shape === "lower" && !next.stop && !next.glued && (next.surname || next.given || ((t.lower === "mr" || t.lower === "mrs") && unlisted(next)))) {
    return { from: k, to: s.extendLower(k1 + 1), confidence: 0.8 };
  }
  return null;
}

/** Before a name: a greeting ("Hi ", "Dear ", "Morning "). */
const GREETING_BEFORE = /\b(?:hi|hello|hiya|hey|dear|morning|afternoon|evening)[ \t]+$/i;

/** "WILSON, Harry", "HILL Harry", "Smith, John". */
function surnameFirstRule(s: Scanner, k: number, text: string): Match | null {
  const t = s.at(k);
  const next = s.at(k + 1);
  if (!t || !next || t.glued || t.stop || next.glued || next.stop) return null;
  if (next.shape !== "title") return null;
  const gap = gapBetween(text, t, next);
  if (t.shape === "upper") {
    if (isAcronym(t) || !(t.surname || (!t.common && t.lower.length >= 3))) return null;
    if (gap !== "space" && gap !== "comma") return null;
    // "HARGREAVES Zaynab": an unlisted given name still follows an UPPER surname.
    if (!next.given && !(namePart(next) && !next.possessive)) return null;
  } else if (t.shape === "title") {
    if (gap !== "comma" || !t.surname || t.common || !next.given || next.ambiguous) return null;
    // "Hi Dean, Marlon Ettienne can start Monday": a greeting's name, then the text's first name.
    if (GREETING_BEFORE.test(text.slice(Math.max(0, t.start - 12), t.start))) return null;
  } else {
    return null;
  }
  return { from: k, to: s.extend(k + 1, 2), confidence: 0.85 };
}

/** "J. Smith", "A. R. Khan"; "J Smith" only for a listed surname. */
function initialRule(s: Scanner, k: number, text: string): Match | null {
  const t = s.at(k);
  if (!t || t.shape !== "initial" || t.glued) return null;
  let j = k;
  while (true) {
    const cur = s.at(j) as Word;
    const next = s.at(j + 1);
    if (!next) return null;
    const gap = gapBetween(text, cur, next);
    // At most three initials ("J. R. R. Smith"): a run of them must not be rescanned from each.
    if (gap === "dot" && next.shape === "initial" && !next.glued && j - k < 2) {
      j++;
      continue;
    }
    if (gap === "dot" && nameish(next) && (next.surname || !next.common)) return { from: k, to: s.extend(j + 1, 2), confidence: 0.85 };
    if (gap === "space" && j === k && t.lower !== "a" && t.lower !== "i" && nameish(next) && next.surname && !next.ambiguous) {
      return { from: k, to: j + 1, confidence: 0.6 };
    }
    return null;
  }
}

const isCapital = (c: number): boolean => c >= 65 && c <= 90;

/**
 * "A.J. Parker", "J.R.R. Tolkien": two or three initials written together with dots, then a
 * space and a surname. The tokenizer glues each letter to its dots (as in "d.o.b"), so this is the
 * one rule a glued word may start.
 */
export function dottedInitialsRule(s: Scanner, k: number, text: string): Match | null {
  const t = s.at(k);
  if (!t || t.shape !== "initial" || !t.glued) return null;
  const before = t.start > 0 ? text.charCodeAt(t.start - 1) : 0x20;
  if (before !== 0x20 && before !== 0x0a && before !== 0x09 && before !== 0x28 && before !== 0x3a) return null;
  let at = t.start;
  let letters = 1;
  while (letters < 3 && text.charCodeAt(at + 1) === 0x2e && isCapital(text.charCodeAt(at + 2))) {
    at += 2;
    letters++;
  }
  if (letters < 2) return null;
  at++;
  if (text.charCodeAt(at) === 0x2e) at++;
  if (text.charCodeAt(at) !== 0x20) return null;
  const next = s.at(k + letters);
  if (!next || next.start !== at + 1 || (s.at(k + letters - 1) as Word).shape !== "initial") return null;
  if (!nameish(next) || !(next.surname || !next.common)) return null;
  return { from: k, to: s.extend(k + letters, 2), confidence: 0.85 };
}

/** Nouns that make the capitalised word before them a surname: "the Kowalczyk household", "the wisniewski girls". */
const GROUP_NOUNS = new Set(["family", "household", "children", "siblings", "twins", "case", "girls", "boys", "kids", "boy", "girl", "lad", "lads"]);
/** Group nouns a service's acronym comes before ("ACCT case", "SEND children"); not "family" or "household". */
const ACRONYM_GROUP_NOUNS = new Set(["case", "children", "kids", "girls", "boys"]);

/** After "Family" in capitals: the service it names ("Family Hub", "Family Centre", "Family Support"). */
const FAMILY_SERVICE_ENDS = new Set(["hub", "hubs", "centre", "centres", "center", "support", "service", "services", "team", "court", "group", "partnership", "project", "unit", "network"]);

/** "the White family", "Begum family", "the Kowalczyk household", "the Adeyemi home", "the Coltman baby". */
function familyRule(s: Scanner, k: number): Match | null {
  const t = s.at(k);
  if (t && t.shape === "lower") return lowerFamilyRule(s, k);
  if (!t || !capital(t) || t.glued || t.stop || isAcronym(t) || NOT_FAMILY_NAMES.has(t.lower) || adjectiveShaped(t)) return null;
  const next = s.nextBySpace(k);
  // "the Adeyemi home", "the Coltman baby": only after "the" (below).
  const home = !!next && (next.lower === "home" || next.lower === "baby") && next.shape === "lower";
  if (!next || !(GROUP_NOUNS.has(next.lower) || home) || t.possessive) return null;
  // "ACCT case review", "SEND children": capitals no name list holds, before a word for whom a
  // service is for, are the service's acronym ("the MAWBY family" is still a family).
  if (t.shape === "upper" && !t.surname && !t.given && ACRONYM_GROUP_NOUNS.has(next.lower)) return null;
  // "visit to the Adeyemi home", but not "Derby home" or "Oakwood home" without "the", nor "the Leicester baby".
  if (home && !(s.at(k - 1)?.lower === "the" && (t.surname || !t.common) && !UK_CITIES.has(t.lower))) return null;
  if (next.shape !== "lower") {
    const prev = s.at(k - 1);
    if (!prev || prev.lower !== "the") return null;
    // "the Erewash Family Hub": a family service named for a place.
    const after = s.nextBySpace(k + 1);
    if (after && capital(after) && FAMILY_SERVICE_ENDS.has(after.lower)) return null;
  }
  if (!(t.surname || t.given || !t.common)) return null;
  return { from: k, to: k, confidence: 0.8 };
}

/** "notes for the minutes - the okafor children": "the" (or, on a line written without capitals, a
 * dash opening a segment of the line), a listed surname that is no everyday word, then family words. */
function lowerFamilyRule(s: Scanner, k: number): Match | null {
  const t = s.at(k) as Word;
  const next = s.nextBySpace(k);
  // After "the", on any line ("One of my families - the tillotson kids"); otherwise only on a line written without capitals.
  const afterThe = s.at(k - 1)?.lower === "the";
  if (t.glued || t.stop || !t.surname || t.common || t.ambiguous || NOT_FAMILY_NAMES.has(t.lower) || isPlaceWord(t.lower) || !(afterThe || s.lowerCaseLine(t.start))) return null;
  // "the okafor children", or a dashed segment of the line: "icpc thurs 26th - brough family attendance".
  if (!next || next.shape !== "lower" || !GROUP_NOUNS.has(next.lower) || !(s.at(k - 1)?.lower === "the" || SEGMENT_BEFORE.test(s.text.slice(Math.max(0, t.start - 4), t.start)))) return null;
  return { from: k, to: k, confidence: 0.7 };
}

/** Whether lower-case word k stands between "the" and family words ("the tillotson kids"): a name may start there on any line. */
export function familyGroupAfterThe(s: Scanner, k: number): boolean {
  const next = s.nextBySpace(k);
  return s.at(k - 1)?.lower === "the" && !!next && next.shape === "lower" && GROUP_NOUNS.has(next.lower);
}

/** Words that end a job title or a team: "Victim Liaison Officer", "Carer Support Worker". */
const JOB_TITLE_ENDS = new Set(["officer", "officers", "manager", "worker", "workers", "lead", "coordinator", "co-ordinator", "advocate", "adviser", "advisor", "practitioner", "supervisor", "specialist", "champion", "team", "unit", "service", "scheme"]);

/** "Victim Liaison Officer": after a capitalised cue, a capitalised word and then a job noun make
 * a job title, not a name. */
function jobNounAfter(s: Scanner, k: number): boolean {
  const next = s.nextBySpace(k);
  return !!next && capital(next) && JOB_TITLE_ENDS.has(next.lower);
}

/** Modal verbs that are given names too ("Will", "May"): in lower case, the verb. */
const MODALS = new Set(["will", "may", "can", "might", "must", "shall"]);

/** Faiths whose names are surnames too ("Mohammed Islam"): alone, the word is the faith. */
const FAITH_NAMES = new Set(["islam", "judaism", "sikhism", "hinduism", "buddhism", "christianity"]);

/** A name right after a cue word: "Baby Thompson", "re Zuzanna", "kpc for isla jones". */
/** "to North Wales", "from South Yorkshire", "in East London": a compass word before a region or a
 * place is part of the place's name, though "North" and "West" are surnames too. */
const COMPASS = new Set(["north", "south", "east", "west", "northern", "southern", "eastern", "western"]);
const REGIONS = new Set(["wales", "scotland", "england", "ireland", "midlands", "africa", "america", "europe", "asia", "coast"]);
function compassBeforePlace(s: Scanner, k: number): boolean {
  const next = s.nextBySpace(k);
  return COMPASS.has((s.at(k) as Word).lower) && !!next && capital(next) && (REGIONS.has(next.lower) || isPlaceWord(next.lower));
}

/** Before a name on its line: a colleague's news ("Retirement lunch - ", "Farewell to ", "Congratulations "). */
const STAFF_NEWS_BEFORE = /\b(?:retire(?:s|d|ment)?|retiring|farewell|leaving|wedding|funeral|condolences|sympathy|congratulations|congrats|welcome)\b[^\n]{0,30}?(?:[-\u2013\u2014:][ \t]*|[ \t]+(?:for|to|of)[ \t]+|[ \t]+)$/i;

/** Before a given name that is also a word: a colleague's party given for them ("Baby shower for Precious", "Leaving do for Hope"). */
const STAFF_PARTY_FOR_BEFORE = /\b(?:baby[ \t]+(?:shower(?:[ \t]+(?:cake|gift|present|card))?|hamper|gift)|leaving[ \t]+(?:do|drinks|lunch|party|card|collection|present|gift)|retirement[ \t]+(?:do|lunch|party|card|collection|present|gift|drinks)|farewell[ \t]+(?:do|lunch|party|drinks|card)|collection|card)[ \t]+for[ \t]+$/i;

/** Whether the word after k is capitalised ("Summer Term"). */
function nextCapital(s: Scanner, k: number): boolean {
  const next = s.nextBySpace(k);
  return !!next && capital(next);
}

/** Cues that join two of a kind ("Belper and Duffield"). */
const JOINING_CUES = new Set(["and", "or"]);

function cueRule(s: Scanner, k: number): Match | null {
  const t = s.at(k);
  const prev = s.at(k - 1);
  if (!t || !prev || t.glued || t.stop || prev.glued || s.nextBySpace(k - 1) !== t) return null;
  if (!prev.cue) return null;
  const strong = prev.strongCue;
  // "Safeguarding Children Toolkit": a capitalised cue inside a Title-Case phrase is no cue.
  const before = s.at(k - 2);
  if (capital(prev) && before && capital(before) && s.nextBySpace(k - 2) === prev) return null;
  // "cover - Belper and Duffield": a surname joined to a place no one is named is a place too ("Ask Richmond or Smith" are people).
  if (JOINING_CUES.has(prev.lower) && before && capital(before) && before.stop && isPlaceWord(before.lower) && !t.given) return null;
  if (capital(prev) && capital(t) && !(t.given && !t.ambiguous) && jobNounAfter(s, k)) return null;
  if (capital(t)) {
    if (compassBeforePlace(s, k)) return null;
    // In capitals "WILL", "MAY" and "TOOLKIT" cannot be told from names: only clear list names count.
    if (isAcronym(t) || (t.shape === "upper" && (t.ambiguous || !(t.given || t.surname)))) return null;
    // "Handset and SIM": three capitals after a weak cue are more likely an acronym than a surname.
    if (t.shape === "upper" && !strong && t.lower.length <= 3) return null;
    // "Names for EFAW on 8 December": four capitals that are a surname only, alone after a weak
    // cue, are more likely a course's or a form's acronym.
    if (t.shape === "upper" && !strong && t.lower.length === 4 && !t.given && !nameish(s.nextBySpace(k))) return null;
    // "to hear about Islam and family life": a faith's name, alone after a weak cue, is the faith.
    if (!strong && FAITH_NAMES.has(t.lower) && !nameish(s.nextBySpace(k))) return null;
    const sure = (t.given && !t.ambiguous) || (t.surname && !t.common) || (strong && (t.given || t.surname || !t.common));
    if (sure) return { from: k, to: s.extend(k), confidence: strong ? 0.85 : 0.8 };
    const next = s.nextBySpace(k);
    if ((t.given || t.surname) && next && nameish(next) && next.surname) return { from: k, to: s.extend(k), confidence: 0.8 };
    return null;
  }
  if (t.shape !== "lower") return null;
  const next = s.nextBySpace(k);
  if (t.given && !t.ambiguous) {
    // After a weak cue a lone lower-case word needs a surname or the end of the phrase:
    // "kpc for oliver baker", "for oliver -", but not "placed with foster carers".
    const to = s.extendLower(k);
    if (strong || to > k || s.endsPhrase(k)) return { from: k, to, confidence: 0.7 };
    return null;
  }
  const nextName = !!next && next.shape === "lower" && !next.stop && !next.glued;
  // "for hope rivers", "for precious okonjo": an everyday word needs a surname after it; a modal
  // verb never starts a name written in lower case ("and will hand over", "and may need").
  if (t.given && nextName && !MODALS.has(t.lower) && (next.surname || unlisted(next))) return { from: k, to: s.extendLower(k), confidence: 0.7 };
  // "update re maisy ward", "for daisy hardy", "kpc for brodie baker": after "re", "for" or "about",
  // a given name, an unlisted word or a surname that is no everyday word, then any listed name,
  // ending the phrase (not "for xmas hampers": both unlisted).
  if (ABOUT_CUES.has(prev.lower) && nextName && !MODALS.has(t.lower) && (t.given || unlisted(t) || (t.surname && !t.common)) && (next.given || next.surname) && s.endsPhrase(k + 1)) return { from: k, to: k + 1, confidence: 0.6 };
  // "for harjinder o'driscoll": an unlisted word followed by a listed or name-shaped one.
  if (unlisted(t) && nextName && ((next.surname && !next.common) || (next.given && !next.common) || nameShaped(next))) {
    return { from: k, to: s.extendLower(k), confidence: 0.6 };
  }
  if (strong && t.surname && !t.common) return { from: k, to: s.extendLower(k), confidence: 0.65 };
  return null;
}

/**
 * "Baby of PRIESTLEY", "baby of Kerry Dunne": how a newborn without a given name is recorded,
 * so the word after "baby of" is a family name in any case, capitals included.
 */
function babyOfRule(s: Scanner, k: number): Match | null {
  const t = s.at(k);
  const of = s.at(k - 1);
  const baby = s.at(k - 2);
  if (!t || !of || !baby || of.lower !== "of" || baby.lower !== "baby") return null;
  if (s.nextBySpace(k - 2) !== of || s.nextBySpace(k - 1) !== t) return null;
  if (!capital(t) || t.glued || t.stop || !/^[a-z][a-z'\u2019-]{1,39}$/.test(t.lower)) return null;
  if (t.shape === "upper" && t.lower.length <= 3) return null;
  return { from: k, to: t.shape === "upper" ? k : s.extend(k), confidence: 0.85 };
}

/** Verbs too common to make an everyday word a person: "Summer is …", "Will has …". */
const WEAK_VERBS = new Set(["is", "was", "has", "had", "and", "who", "whose"]);

/** After word k, what a person does: a reporting verb, perhaps after "has", "had" or "was" ("Raiyan
 * Ward recalled", "Kaysha Baker has disclosed"). */
function personVerbAfter(s: Scanner, k: number): boolean {
  const next = s.nextBySpace(k);
  return reportingVerbAfter(s, k) || (!!next && (next.lower === "has" || next.lower === "had" || next.lower === "was") && reportingVerbAfter(s, k + 1));
}

/** After a name, an age in brackets: "Crystal (14)". */
const AGE_AFTER = /^[ \t]*\(\d{1,2}\)/;

/** A reporting verb right after word k: "Summer told", "Tamsin said". */
function reportingVerbAfter(s: Scanner, k: number): boolean {
  const next = s.nextBySpace(k);
  return !!next && next.shape === "lower" && NAME_VERBS.has(next.lower) && !WEAK_VERBS.has(next.lower);
}

/** "Priya Clarke", "Poppy MORRIS", "Hope Bird"; a lone "Aisha told …" or "Yusuf's …". */
/** After a given name: one or two initials standing for a surname ("M.", "A-R"), then a break or a possessive ("Nathan W's mum"). */
const INITIALS_AFTER = /^ [A-Z](?:-[A-Z])?\.?(?=$|[\s,;:)\u2013\u2014-]|['\u2019]s\b)/;

/** After a name opening its line, a dash or comma and words spoken to "you": "Dean - you still need
 * to bring …", "Grace, can you …". A word is not called so ("Hope you are well" has no dash). */
const CALLED_AFTER = /^[ \t]*[,\u2013\u2014-][ \t]+(?:(?:can|could|would|will|are|have|did|do)[ \t]+)?you\b/i;
function callsReader(t: Word, text: string): boolean {
  return !t.possessive && CALLED_AFTER.test(text.slice(t.end, t.end + 30)) && /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, t.start - 20), t.start));
}

/** After a name, the relation it is in brackets: "Ray (grandad)", "Rose (mum's partner)". */
const RELATION_IN_BRACKETS_AFTER =
  /^[ \t]*\((?:[a-z'\u2019-]+[ \t]+){0,2}?(?:mum|mother|dad|father|grandad|grandfather|nan|gran|grandma|grandmother|uncle|aunt|auntie|brother|sister|partner|ex-partner|stepdad|stepmum|son|daughter|boyfriend|girlfriend|cousin)(?:['\u2019]s[ \t]+[a-z-]+)?\)/i;

function givenFirstRule(s: Scanner, k: number, text: string): Match | null {
  const t = s.at(k);
  if (!t || t.glued || t.stop || !t.given || !capital(t)) return null;
  if (t.shape === "upper" && t.ambiguous) return null;
  const end = s.extend(k);
  if (MONTHS.has(t.lower)) {
    const next = s.at(k + 1);
    return end > k && next && next.surname && !next.common ? { from: k, to: end, confidence: 0.75 } : null;
  }
  if (end > k) {
    const last = s.at(end) as Word;
    if (t.shape === "upper" && (last.shape !== "upper" || (last.ambiguous && !last.surname))) return null;
    if (t.ambiguous) {
      if (!(last.surname || !last.common)) return null;
      // "Summer Holiday Contact Arrangements": a Title-Case heading, not a person.
      const after = s.nextBySpace(end);
      if (last.ambiguous && after && after.shape === "title" && (after.common || after.stop)) return null;
    }
    return { from: k, to: end, confidence: 0.85 };
  }
  // "MFH - JORJA (14) - FOUND SAFE": a clear given name in capitals before a child's age in brackets.
  if (t.shape === "upper" && !t.common && AGE_AFTER.test(text.slice(t.end, t.end + 8))) return { from: k, to: k, confidence: 0.65 };
  if (t.shape !== "title") return null;
  // "Tyler Mansfield": a clear given name, then a town the surname list also has.
  const town = s.nextBySpace(k);
  if (!t.ambiguous && !t.common && !t.possessive && town && town.placeSurname && (town.shape === "title" || town.shape === "upper") && !town.glued) return { from: k, to: k + 1, confidence: 0.75 };
  // "Marcus Fell is now …": a clear given name, then a word the lists know only as a word, then a
  // verb a person is the subject of: the word is their surname.
  if (!t.ambiguous && !t.common && !t.possessive && town && town.shape === "title" && town.common && !town.stop && !town.glued && s.subjectSignal(k + 1) && s.nextBySpace(k) === s.at(k + 1)) return { from: k, to: k + 1, confidence: 0.7 };
  if (t.ambiguous && townSurnameHeading(s, k, text)) return { from: k, to: k + 1, confidence: 0.65 };
  // "RE: Aaron Tideswell - KPC outcome?": a clear given name heading a subject, then a village's
  // name (a stop word), then a dash and casework: the village is the surname.
  if (!t.ambiguous && !t.common && !t.possessive && town && town.stop && !town.common && town.shape === "title" && !town.glued && !town.possessive && s.nextBySpace(k) === s.at(k + 1) && LINE_START_BEFORE.test(text.slice(Math.max(0, t.start - 60), t.start)) && CASEWORK_AFTER_DASH_ANY_CASE.test(text.slice(town.end, town.end + 60))) return { from: k, to: k + 1, confidence: 0.65 };
  // "Maureen Tideswell is retiring", "Retirement lunch - Maureen Tideswell, Friday", "One of my lads,
  // Connor Tideswell, got recalled": the same before a verb a person is the subject of, after a
  // colleague's news heading the line, or set off by commas.
  if (!t.ambiguous && !t.common && !t.possessive && town && town.stop && !town.common && town.shape === "title" && !town.glued && !town.possessive && s.nextBySpace(k) === s.at(k + 1) && (s.subjectSignal(k + 1) || (/,[ \t]*$/.test(text.slice(Math.max(0, t.start - 3), t.start)) && /^,/.test(text.slice(town.end, town.end + 1))) || STAFF_NEWS_BEFORE.test(text.slice(Math.max(text.lastIndexOf("\n", t.start - 1) + 1, t.start - 60), t.start)))) return { from: k, to: k + 1, confidence: 0.65 };
  if (t.ambiguous) {
    // "MFH - Crystal (14)": an age in brackets after it.
    if (t.possessive || personVerbAfter(s, k) || AGE_AFTER.test(text.slice(t.end, t.end + 8)) || RELATION_IN_BRACKETS_AFTER.test(text.slice(t.end, t.end + 40)) || (!t.common && headingAboutFamily(s, k, text)) || (t.common && headingBeforeStrongCasework(t, text)) || callsReader(t, text) || (t.given && STAFF_PARTY_FOR_BEFORE.test(text.slice(Math.max(0, t.start - 40), t.start)) && !nextCapital(s, k))) return { from: k, to: k, confidence: 0.65 };
    // Mid-sentence, a capitalised "Daisy" or "Ruby" is a person unless a Title-Case phrase,
    // a season or a number goes with it ("the Summer Term", "Summer 2025").
    const after = s.nextBySpace(k);
    if (t.common || atSentenceStart(text, t.start) || SEASONS.has(t.lower) || (after && capital(after)) || (after && COURSE_NOUNS.has(after.lower))) return null;
    const prev = s.at(k - 1);
    if (prev && capital(prev) && !prev.stop && s.nextBySpace(k - 1) === t) return null;
    // "Christmas Eve", "New Year's Eve": a day, no one.
    if (t.lower === "eve" && HOLIDAY_BEFORE_EVE.test(text.slice(Math.max(0, t.start - 20), t.start))) return null;
    // "drinks at the Rose and Crown", "the Ivy": a person is not "the" Rose.
    if (prev && prev.lower === "the" && s.nextBySpace(k - 1) === t) return null;
    const c = text.charCodeAt(t.end + (t.possessive ? 2 : 0) + 1);
    if (c >= 48 && c <= 57) return null;
    return { from: k, to: k, confidence: 0.55 };
  }
  const pair = givenAndWordBeforeBreak(s, k, text);
  if (pair) return pair;
  // "Jayden M. - update", "Mohammed A-R": an unambiguous given name and a surname's initials.
  if (INITIALS_AFTER.test(text.slice(t.end, t.end + 8))) return { from: k, to: k, confidence: 0.7 };
  // "Bradley's CP plan": an unambiguous given name owning something is a person, even first;
  // so is one named with her children ("Jodie + boys").
  if (t.possessive || GIVEN_FAMILY_AFTER.test(text.slice(t.end, t.end + 24))) return { from: k, to: k, confidence: 0.65 };
  // "Jaxon<tab>15<tab>Missing x3 …": a clear given name alone in the first cell of a table's row.
  if (!t.common && text.charCodeAt(t.end) === 9 && LINE_START_BEFORE.test(text.slice(Math.max(0, t.start - 60), t.start))) return { from: k, to: k, confidence: 0.65 };
  if (inTitlePhrase(s, k)) return null;
  if (s.subjectSignal(k) || PERSON_AFTER.test(text.slice(t.end, t.end + 40)) || modalBeforeJusticeWord(s, k, text)) return { from: k, to: k, confidence: 0.7 };
  // "IOM panel actions - Richmond - 12 November": a given name that is also a district's, alone and
  // doing nothing, is the place.
  if ((s.endsPhrase(k) || !atSentenceStart(text, t.start)) && !(isPlaceWord(t.lower) && placeSegment(text, t))) return { from: k, to: k, confidence: 0.7 };
  // "RE: Dom appts w/c 30th": heading its line (a subject), before a word of casework.
  const after = s.nextBySpace(k);
  if (!t.common && after && after.shape === "lower" && (CASEWORK_AFTER.has(after.lower) || APPOINTMENT_WORDS.has(after.lower)) && LINE_START_BEFORE.test(text.slice(Math.max(0, t.start - 60), t.start))) return { from: k, to: k, confidence: 0.7 };
  return null;
}
/** After a word-name, what names a course, an event or a school class or room ("Skills to Foster course", "the Hope programme", "Willow class"): no person. */
/** After a word-name, what names a course or an event ("Skills to Foster course", "the Hope programme"): no person. */
const COURSE_NOUNS = new Set(["course", "courses", "training", "programme", "programmes", "session", "sessions", "workshop", "workshops", "module", "scheme", "project", "group", "event", "webinar", "class", "room", "ward"]);

/** Word t alone between a heading's dashes or bars, a date or a reference after it ("actions -
 * Richmond - 12 November", "… - Richmond - Ref RW-IOM-1126"): the area a meeting is for. "KPC - Richmond" closing the line stays a name. */
function placeSegment(text: string, t: Word): boolean {
  return /[-\u2013\u2014|][ \t]*$/.test(text.slice(Math.max(0, t.start - 4), t.start)) && DATE_SEGMENT_AFTER.test(text.slice(t.end, t.end + 16));
}
const DATE_SEGMENT_AFTER = /^[ \t]*[-\u2013\u2014|][ \t]*(?:\d|(?:mon|tue|wed|thu|fri|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|ref(?:erence)?\b)/i;

/** A listed given name opening a sentence before a modal verb, its line going on to a word of the
 * justice system: "Liam can start Monday, but remember he's on a curfew", "Liam can start Monday
 * 30th. As we discussed, he's on licence". Not every modal
 * ("Harriet will give a five-minute update" is found by the roles as staff work, if at all). */
const MODAL_VERBS = new Set(["can", "could", "will", "would", "should", "must", "might"]);
const JUSTICE_WORD_AFTER = /^[^\n]{0,160}?\b(?:curfew|licence|tag(?:ged)?|bail|probation|recall(?:ed)?|court|offen[cs]es?|offending|arrest(?:ed)?|prison|custody|conviction|sentence)\b/i;
function modalBeforeJusticeWord(s: Scanner, k: number, text: string): boolean {
  const next = s.nextBySpace(k);
  return !!next && next.shape === "lower" && MODAL_VERBS.has(next.lower) && JUSTICE_WORD_AFTER.test(text.slice(next.end, next.end + 200));
}

/** After a lone given name opening a sentence, words only a person takes: "Reece at his nan's",
 * "Curtis not in", "Kai with her mum", "Leah did not attend", "Ellie in your troop", "Jay in Year 4". */
const PERSON_AFTER =
  /^[ \t]+(?:(?:at|with|to|from)[ \t]+(?:his|her|their)[ \t]+[a-z]|not[ \t]+(?:in|home|at[ \t]+home|there)\b|no[ \t]+answer\b|(?:did[ \t]+not|didn['\u2019]t)[ \t]+(?:attend|turn[ \t]+up|answer)\b|in[ \t]+(?:your|our|my|the|his|her|their)[ \t]+(?:troop|class|group|squad|pack|form|tutor[ \t]+group|cohort|year[ \t]+group)\b|in[ \t]+year[ \t]+\d)/i;

/** After a two-word name, a subject or a heading goes on with a dash, a bracket, a colon, a comma,
 * or "+"/"&"/"and" and the rest of a family ("Harley-Jay Cotton + siblings"). */
const PHRASE_BREAK = /^\s*(?:[-\u2013\u2014(:,;]|$|(?:\+|&|and)[ \t]+(?:siblings|sister|brother|mum|dad|mother|father|family|children|kids|baby)\b)/;

/**
 * "Demi Slack - new address", "Leah Goodwin (school concerns)": a listed, unambiguous given name
 * and a capitalised word that no list knows as a surname, standing alone before a phrase break.
 * Headings ("Annual Leave - …") do not start with an unambiguous given name.
 */
function givenAndWordBeforeBreak(s: Scanner, k: number, text: string): Match | null {
  const next = s.nextBySpace(k);
  if (!next || next.shape !== "title" || next.stop || next.glued || next.given || MONTHS.has(next.lower)) return null;
  if (!PHRASE_BREAK.test(text.slice(next.end + (next.possessive ? 2 : 0), next.end + 24))) return null;
  return { from: k, to: k + 1, confidence: 0.7 };
}

const WEEKDAYS = new Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]);

/** A capitalised everyday word or stop word. */
function titleWord(w: Word | undefined): boolean {
  return !!w && capital(w) && (w.stop || (w.common && !w.given && !w.surname));
}

/**
 * A lone capitalised word inside a Title-Case phrase is part of a name of a thing: "Next of
 * Kin", "Information Commissioner's Office", "General Data Protection".
 */
function inTitlePhrase(s: Scanner, k: number): boolean {
  const after = s.nextBySpace(k);
  if (titleWord(after)) return true;
  const t = s.at(k) as Word;
  if (t.possessive) {
    // "Macca's Tuesday probation appointments": a weekday after it makes no Title-Case phrase.
    const next = s.at(k + 1);
    if (next && capital(next) && next.start - t.end <= 3 && !WEEKDAYS.has(next.lower)) return true;
  }
  const prev = s.at(k - 1);
  if (prev && s.nextBySpace(k - 1) === t) {
    // "Had Darren in this morning", "Rang Darren today": a sentence's first word is capitalised
    // for the sentence, so with a lower-case word after the name it makes no Title-Case phrase.
    if (titleWord(prev) && !(after && after.shape === "lower" && atSentenceStart(s.text, prev.start))) return true;
    // "Department for Education" is a title; "Whip-round for Tamsin's wedding" gives a clear given name.
    if (prev.shape === "lower" && (prev.lower === "of" || prev.lower === "and" || (prev.lower === "for" && !(t.given && !t.common && !t.ambiguous)))) {
      const before = s.at(k - 2);
      if (before && s.nextBySpace(k - 2) === prev && titleWord(before)) return true;
    }
  }
  return false;
}

/** Endings of English place names ("Tapton", "Streatham", "Bramley", "Whitwick", "Netherfield"). */
const PLACE_SHAPED = /(?:ton|ham|ley|by|field|ford|worth|borough|bury|wick|thorpe|stead|well|hurst|minster|mouth|port|chester|cester|caster|bridge|combe|dale)$/;

/** Words before a subject's person: "for", "re", "about" (not "to" or "at", which go to places). */
const ABOUT_CUES = new Set(["for", "re", "about"]);

/** After a name: its date of birth or a case identifier ("(DOB 04/09/2011", ", born 2011", " DOB 08.07.1986",
 * "(04/09/2011", "(CRN E912276"). */
const BIRTH_AFTER = /^[ \t]*(?:(?:[(,][ \t]*)?(?:dob|d\.o\.b\.?|born|date of birth|crn|pnc)[ \t:]*[a-z]?\d|[(,][ \t]*\d\d?[./-]\d\d?[./-]\d\d)/i;

/** "Rehan Qureshi": an unlisted capitalised word that is no English word (or a listed surname and
 * nothing else: "Tillie", "Zak"), then a listed surname. A surname that is an everyday word too
 * ("Tayla Baker", "Maisy Brooks") ends the name only before a phrase break (a place word only after
 * "for", "re" or "about" or before casework: "for Kaiden Green", "RE: Maisy Hall - new address",
 * not "to Bethnal Green" or "Tapton Hall - parking"), a date of birth, or what a person does
 * ("Kaysha Baker has disclosed", "Raiyan Hall recalled"; not after a place's word: "Tapton Hall has moved"). */
function unlistedFirstRule(s: Scanner, k: number): Match | null {
  const t = s.at(k);
  if (!t || t.shape !== "title" || !(unlisted(t) || (t.surname && !t.given && !t.common && !t.ambiguous && !t.stop && !t.glued)) || t.possessive) return null;
  const next = s.nextBySpace(k);
  if (!next || !nameish(next) || !next.surname) return null;
  if (next.ambiguous && !everydaySurnameEndsName(s, k, t, next)) return null;
  return { from: k, to: s.extend(k + 1, 2), confidence: 0.7 };
}

/** After a name, a word of casework closing the line or phrase ("PNC … - Lennox Green breach"). */
const CASE_NOUN_CLOSING = /^[ \t]+(?:breach|recall|referral|kpc|strategy|strat|conference|s47|icpc|rcpc|rtcn|mappa|marac|psr|licence|assessment)[ \t]*(?:[-\u2013\u2014(:,;]|\r?\n|$)/i;

/** After a name, the end of a sentence ("Also living at the address is Renesmee Bird."). */
const SENTENCE_END = /^\.(?:\s|$)/;

/** "Lennox King and Kaiden Begum": after a name, "and" or "&" and a listed given name that is no everyday word. */
function anotherNameAfterAnd(s: Scanner, k: number): boolean {
  const next = s.at(k + 1);
  if (!next) return false;
  // "and" is a word of its own; "&" is not, so it sits in the gap before the next word.
  let name: Word | undefined;
  if (next.lower === "and" && s.nextBySpace(k)) name = s.nextBySpace(k + 1);
  else if (/^[ \t]+&[ \t]+$/.test(s.text.slice((s.at(k) as Word).end, next.start))) name = next;
  return !!name && name.shape === "title" && name.given && !name.common && !name.ambiguous && !name.stop;
}

/** Whether `next`, a surname that is an everyday word too, ends the name word k (`t`) begins. */
function everydaySurnameEndsName(s: Scanner, k: number, t: Word, next: Word): boolean {
  const after = s.text.slice(next.end, next.end + 24);
  if (BIRTH_AFTER.test(after)) return true;
  // Never after a word shaped as a place's ("Tapton Hall", "Streatham Hill").
  const placeShaped = PLACE_SHAPED.test(t.lower) || isPlaceWord(t.lower);
  if (personVerbAfter(s, k + 1) && !placeShaped) return true;
  if (next.possessive) return false;
  if (!placeShaped && CASE_NOUN_CLOSING.test(after)) return true;
  const placeWord = BUILDING_WORDS.has(next.lower) || POSSESSIVE_PLACE_NOUNS.has(next.lower);
  if (!placeWord && (SENTENCE_END.test(after) || anotherNameAfterAnd(s, k + 1))) return true;
  if (!PHRASE_BREAK.test(after)) return false;
  // A building or place word ("Hall", "Green") only after "re", "for" or "about", or before casework.
  if (!placeWord) return true;
  return !placeShaped && (ABOUT_CUES.has(s.at(k - 1)?.lower as string) || caseworkHeading(s, k + 1, s.text));
}

/** A word that reads as a name part on its own: unlisted, or a listed name that is no everyday word. */
function namePart(w: Word): boolean {
  return unlisted(w) || ((w.given || w.surname) && !w.common && !w.ambiguous && !w.stop && !w.glued);
}

/**
 * "Ptolemy Chikwanha", "Medina Drinjak", "ZENON SASSANO": two capitalised words, each either
 * in no list and no dictionary or a listed name that is no everyday word. Given-name starts
 * are handled above; this covers the rest, in Title-case or in capitals.
 */
function namePairRule(s: Scanner, k: number): Match | null {
  const t = s.at(k);
  if (!t || !capital(t) || t.possessive || !namePart(t) || isAcronym(t)) return null;
  const next = s.nextBySpace(k);
  if (!next || next.shape !== t.shape || !nameish(next) || next.common || isAcronym(next) || !namePart(next)) return null;
  return { from: k, to: s.extend(k + 1, 2), confidence: 0.6 };
}

/** An unlisted word in capitals before "'s" ("the ICB's portal", "CQC's report"): an acronym. The
 * tokenizer calls it Title-case for the lower-case "s". */
function possessiveAcronym(s: Scanner, t: Word): boolean {
  if (!t.possessive) return false;
  for (let i = t.start; i < t.end; i++) {
    const c = s.text.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
  }
  return true;
}

/** Words no list holds that take a letter as names do not ("hepatitis c", "vitamin d"). */
const LETTERED_THINGS = new Set(["hepatitis", "vitamin", "vitamins", "influenza", "covid", "annexe", "appendix", "schedule", "category", "grade", "tier", "wing", "block", "zone", "suite", "ward", "plan", "option", "phase", "section", "part"]);
/** After a word and an initial: a dash, then (within two words) casework or a supervision's news ("- missed signing", "- dna again", "- recall"). */
const PROBATION_NEWS_AFTER = /^[ \t]+[a-z][ \t]*[-\u2013\u2014:][ \t]+(?:[a-z0-9'\u2019]+[ \t]+)?(?:missed|dna|dnas|appts?|appointments?|signing|tag|curfew|breach|recall|licence|kpc|referral|visit|review|plan|strategy|conference|risk|court|release|hearing|mappa|marac|psr|safeguarding|concerns?|incident|missing|arrested|charged|remanded|bail|move|moving|housing|accommodation)\b/;

/** An unlisted word made from an everyday one ("Charger left in the meeting room", "Printers",
 * "Parking"): a stem in the common list, perhaps with its "e" back. */
const DERIVED_SUFFIX = /^([a-z]{3,}?)(?:ers|er|ing|ed|s)$/;
function derivedFromCommon(lower: string): boolean {
  const m = DERIVED_SUFFIX.exec(lower);
  if (!m) return false;
  const stem = m[1] as string;
  return ((lexicon.wordFlags(stem) | lexicon.wordFlags(stem + "e")) & lexicon.COMMON) !== 0;
}

/** "Gurleen's school placement", "Tamsin told the worker", "Rizzy was nicked": an unlisted word used as a person. */
function unlistedAloneRule(s: Scanner, k: number, text: string): Match | null {
  const t = s.at(k);
  // "re: mawby - rcpc 19th": on a line written without capitals, heading it before casework.
  if (t && t.shape === "lower" && unlisted(t) && !derivedFromCommon(t.lower) && t.lower.length >= 4 && s.lowerCaseLine(t.start)) {
    if (caseworkHeading(s, k, text)) return { from: k, to: k, confidence: 0.55 };
    // "the hextall kids - core group thurs": a family named in lower case.
    if (/\bthe[ \t]+$/.test(text.slice(Math.max(0, t.start - 6), t.start)) && LOWER_FAMILY_AFTER.test(text.slice(t.end, t.end + 12))) return { from: k, to: k, confidence: 0.55 };
    // "re: strudwick l - missed signing": with a surname's initial, heading the line before a dash.
    if (!LETTERED_THINGS.has(t.lower) && LOWER_INITIAL_AFTER.exec(text.slice(t.end, t.end + 10))?.[1] !== undefined && s.at(k + 1) && LINE_START_BEFORE.test(text.slice(Math.max(0, t.start - 60), t.start)) && PROBATION_NEWS_AFTER.test(text.slice(t.end, t.end + 40))) return { from: k, to: k + 1, confidence: 0.55 };
  }
  // "Joint home visit Thursday - SPENCELEY": a surname no list holds, in capitals, closing a line of
  // casework after a dash (an acronym is shorter).
  // "Remand court cover - DARBY L": a given name so written, with an initial, is a surname too.
  const givenAsSurname = !!t && t.shape === "upper" && t.given && !t.common && !t.ambiguous && INITIAL_CLOSING_LINE_AFTER.test(text.slice(t.end, t.end + 6));
  if (t && t.shape === "upper" && (unlisted(t) || givenAsSurname) && t.lower.length >= 5 && !derivedFromCommon(t.lower) && upperSurnameClosingLine(s, k, text)) {
    const back = text.slice(Math.max(0, t.start - 200), t.start);
    if (back.slice(back.lastIndexOf("\n") + 1).toLowerCase().split(/[^a-z0-9]+/).some((w) => CASEWORK_AFTER.has(w))) return { from: k, to: k, confidence: 0.55 };
  }
  if (!t || t.shape !== "title" || !unlisted(t) || possessiveAcronym(s, t) || derivedFromCommon(t.lower)) return null;
  // "CRN E731402 Fairbrass - change of address", "CRN F204318 (Blackshaw) - …".
  if (!isPlaceWord(t.lower) && namedByReference(t, text)) return { from: k, to: k, confidence: 0.55 };
  // "RE: Mindaugas R - tag fitted?": with a surname's initial, heading a subject before a dash.
  if (HEADING_DASH_AFTER.exec(text.slice(t.end, t.end + 10))?.[1] !== undefined) {
    const heading = headingName(s, k, text);
    if (heading) return heading;
  }
  // "Jorja (DOB 04/09/2013)": a date of birth after it; "MFH - Kaydence (14) - located": an age in brackets.
  // "Leaving drinks for Babajide", "Collection for Tamsin's wedding", "Baby shower - Kerensa": the one a do is for.
  // "Took Tayvion (15) back to placement": a child's age in brackets, though a capitalised word comes before.
  if (!isPlaceWord(t.lower) && AGE_AFTER.test(text.slice(t.end, t.end + 8)) && !t.possessive) return { from: k, to: k, confidence: 0.55 };
  // Read the words before only after "for", "to" or a dash (most words have neither: a cheap look first).
  if (PARTY_LEAD.test(text.slice(Math.max(0, t.start - 5), t.start))) {
    const partyBefore = text.slice(Math.max(0, t.start - 40), t.start);
    if ((PARTY_FOR_BEFORE.test(partyBefore) || (PARTY_DASH_BEFORE.test(partyBefore) && NAME_CLOSES_AFTER.test(text.slice(t.end, t.end + 4)))) && !isPlaceWord(t.lower)) return { from: k, to: k, confidence: 0.55 };
  }
  if (!(t.possessive || personVerbAfter(s, k) || nameShaped(t) || caseworkHeading(s, k, text) || BIRTH_AFTER.test(text.slice(t.end, t.end + 24)) || (!isPlaceWord(t.lower) && AGE_AFTER.test(text.slice(t.end, t.end + 8)))) || inTitlePhrase(s, k)) return null;
  return { from: k, to: k, confidence: 0.55 };
}
/** Right before a name: "for ", "to " or a dash, the end of what PARTY_FOR_BEFORE and PARTY_DASH_BEFORE read. */
const PARTY_LEAD = /(?:\b(?:for|to)[ \t]+|[-\u2013\u2014:][ \t]*)$/i;
/** Before a name: a farewell or a celebration "for" or "to" someone ("Leaving drinks for ", "Farewell to ", "a card for "). */
const PARTY_FOR_BEFORE = /\b(?:drinks|party|lunch|dinner|meal|do|collection|whip-?round|card|present|gifts?|hampers?|bouquet|voucher|cake|flowers|farewell|retirement|welcome|shower)[ \t]+(?:for|to)[ \t]+$/i;
/** Before a name: a dash after a farewell or a celebration ("Baby shower - "; not "Team lunch - ", which may name the venue). */
const PARTY_DASH_BEFORE = /\b(?:collection|card|present|gift|farewell|retirement|shower)[ \t]*[-\u2013\u2014:][ \t]*$/i;
/** After such a name: its end, a possessive, a bracket, a dash or a comma, or a surname ("Retirement - Ranby OMU" names a prison's unit). */
const NAME_CLOSES_AFTER = /^(?:['\u2019]s\b|[ \t]*(?:$|\n|[-\u2013\u2014(,])|[ \t]+[A-Z][a-z])/;

/** After a lower-case family name: its children ("the hextall kids"). */
const LOWER_FAMILY_AFTER = /^[ \t]+(?:kids|children|boys|girls|twins|family|household)\b/;

/** "RE: Wharmby - joint visit Thursday": a word no list knows, heading a line (a subject) before a
 * dash and, within its first two words, one of casework ("visit", "kpc", "referral"); not a colon's
 * topic ("Webinar: accommodation on release"). */
function caseworkHeading(s: Scanner, k: number, text: string): boolean {
  const t = s.at(k) as Word;
  const rest = text.slice(t.end, t.end + 50);
  // Or casework's acronym right after the dash: "Deano - MAPPA L2 actions".
  const after = /^[ \t]*[-\u2013\u2014][ \t]+((?:[a-z0-9'\u2019]+[ \t]+)?[a-z0-9]+)/.exec(rest) ?? /^[ \t]*[-\u2013\u2014][ \t]+([A-Z][A-Z0-9]{1,5})\b/.exec(rest);
  if (!after || isPlaceWord(t.lower) || !LINE_START_BEFORE.test(text.slice(Math.max(0, t.start - 60), t.start))) return false;
  return (after[1] as string).split(/[ \t]+/).some((w) => CASEWORK_AFTER.has(w.toLowerCase()));
}

/** Before a word: a dash closing what a line (a subject) is about ("Home visit Thursday - "). */
const CLOSING_DASH_BEFORE = /[a-z0-9)][ \t]+[-\u2013\u2014][ \t]+$/i;

/** "Home visit Thursday - HOLLAND", "KPC request - WALSH", "Remand court cover - DARBY L": a surname in capitals (and an initial) closing a
 * line after a dash is the person the line is about, as case subjects write SURNAMES; even one that
 * is also a district ("Holland"), since places are not written so. */
function upperSurnameClosingLine(s: Scanner, k: number, text: string): Match | null {
  const t = s.at(k) as Word;
  if (t.lower.length < 4 || t.possessive) return null;
  const lineStart = text.lastIndexOf("\n", t.start - 1) + 1;
  if (!CLOSING_DASH_BEFORE.test(text.slice(Math.max(lineStart, t.start - 40), t.start))) return null;
  if (/^[ \t]*(?:\r?\n|$)/.test(text.slice(t.end, t.end + 4))) return { from: k, to: k, confidence: 0.6 };
  // "RtCN1 follow-up - PICKBOURNE L": with one initial, as case subjects write SURNAME I.
  return INITIAL_CLOSING_LINE_AFTER.test(text.slice(t.end, t.end + 6)) && s.at(k + 1) ? { from: k, to: k + 1, confidence: 0.6 } : null;
}
/** After a surname: one capital initial (a full stop allowed), then the line's end. */
const INITIAL_CLOSING_LINE_AFTER = /^ [A-Z]\.?[ \t]*(?:\r?\n|$)/;

/** After a surname, a drug test's result in a case note's shorthand ("Okafor positive for spice"). */
const TEST_RESULT_AFTER = /^[ \t]+(?:positive|negative)[ \t]+for\b/;

/** After a surname: one capital initial (a full stop allowed, "WARSAME A."), then a comma, a semicolon or the line's end. */
const INITIAL_CLOSING_AFTER = /^ [A-Z]\.?(?=[ \t]*(?:[,;]|\r?\n|$))/;

/** After a lower-case surname: one lower-case initial (not "a" or "i", words of their own), then a word, a dash, a comma or the end. */
const LOWER_INITIAL_IN_LINE_AFTER = /^ [b-hj-z](?=[ \t]+[a-z]|[ \t]*[-,:;(]|[ \t]*$)/;
/** After a lower-case name that is a given name too: an initial, then casework ("adebayo k remand", "james r recalled"). */
const LOWER_INITIAL_CASEWORK_AFTER = /^ [b-hj-z][ \t]+(?:remand(?:ed)?|recall(?:ed)?|breach(?:ed)?|bail(?:ed)?|licence|curfew|tag(?:ged)?|kpc|psr|sentenc(?:e|ed|ing)|custody|arrest(?:ed)?)\b/;
/** After a surname in capitals inside a sentence: an initial, then a bracket, a comma, a colon or a lower-case word ("MENSAH T at", "PEARCE G ("). */
const UPPER_INITIAL_IN_SENTENCE_AFTER = /^[ \t]+[A-Z]\.?(?=[ \t]*[(,:;]|[ \t]+[a-z])/;
/** Before it: lower-case words of the sentence (not a heading or a line of capitals). */
const LOWER_WORDS_BEFORE = /\b[a-z]{2,}(?:[ \t]+[a-z]{2,})?[ \t]*[,:]?[ \t]+$/;

/** A listed surname on its own, marked as a person by a possessive, a reporting verb or children after it. */
function surnameAloneRule(s: Scanner, k: number, text: string): Match | null {
  const t = s.at(k);
  if (!t || t.glued || t.stop || !t.surname || t.common || t.ambiguous || FAITH_NAMES.has(t.lower)) return null;
  // "mcgrath t - hostel referral update": on a line written without capitals, only as a heading.
  // "cover for weds - mcbride j home visit": a listed surname and one initial (not "a" or "i") on a
  // line written without capitals, as case lists write people.
  // "court duty tues - adebayo k remand": a surname that is a given name too, with an initial and casework after it.
  if (t.shape === "lower" && t.given) return s.lowerCaseLine(t.start) && LOWER_INITIAL_CASEWORK_AFTER.test(text.slice(t.end, t.end + 24)) ? { from: k, to: k + 1, confidence: 0.6 } : null;
  if (t.shape === "lower") return s.lowerCaseLine(t.start) ? (LOWER_INITIAL_IN_LINE_AFTER.test(text.slice(t.end, t.end + 6)) ? { from: k, to: k + 1, confidence: 0.6 } : headingName(s, k, text)) : null;
  // "MOSLEY D, Pike J": a listed surname and an initial, then a comma or the line's end, as case lists write people.
  if ((t.shape === "upper" || t.shape === "title") && INITIAL_CLOSING_AFTER.test(text.slice(t.end, t.end + 6))) return { from: k, to: k + 1, confidence: 0.6 };
  // "RE: OFFICIAL-SENSITIVE: MULVANEY T - bail address": in capitals with an initial, heading the line before a dash.
  // "Thanks Liam. On KOWALSKI M: referral done": the same after "On" opening a sentence.
  if (t.shape === "upper" && UPPER_INITIAL_DASH_AFTER.test(text.slice(t.end, t.end + 12)) && (LINE_START_BEFORE.test(text.slice(Math.max(0, t.start - 60), t.start)) || ON_BEFORE.test(text.slice(Math.max(0, t.start - 20), t.start)))) return { from: k, to: k + 1, confidence: 0.6 };
  // "a bail check on MENSAH T at his mum's", "re that bloke, PEARCE G (the one …": a listed surname
  // in capitals and an initial inside a sentence written in lower case, as case lists write people.
  if (t.shape === "upper" && UPPER_INITIAL_IN_SENTENCE_AFTER.test(text.slice(t.end, t.end + 8)) && LOWER_WORDS_BEFORE.test(text.slice(Math.max(0, t.start - 30), t.start))) return { from: k, to: k + 1, confidence: 0.6 };
  // "CRN E552871 (PRENDERGAST) - AP move": in capitals beside a case reference, as in title case below.
  if (t.shape === "upper" && namedByReference(t, text)) return { from: k, to: k, confidence: 0.6 };
  if (t.shape === "upper") return upperSurnameClosingLine(s, k, text);
  if (t.shape !== "title") return null;
  // "Updates on UHL's actions": three capitals before "'s" are an organisation's, though a surname list has them.
  if (t.lower.length <= 3 && possessiveAcronym(s, t)) return null;
  if ((s.subjectSignal(k) || FAMILY_AFTER.test(text.slice(t.end, t.end + 30)) || TEST_RESULT_AFTER.test(text.slice(t.end, t.end + 20))) && !inTitlePhrase(s, k)) return { from: k, to: k, confidence: 0.6 };
  // "CP" after the possessive is casework's capitals, no title's.
  if (possessiveHeading(s, k, text)) return { from: k, to: k, confidence: 0.6 };
  // "CRN K482913 Lewandowski - contact with the children", "CRN E418823 (Tomlinson) - breach?".
  if (namedByReference(t, text)) return { from: k, to: k, confidence: 0.6 };
  return inTitlePhrase(s, k) ? null : headingName(s, k, text);
}
/** After the word a reference heads: a dash or a colon and a word in lower case or an acronym ("- contact", "- AP move"). */
const REFERENCE_DASH_AFTER = /^([ \t]+[A-Za-z]\.?)?[ \t]*[-\u2013\u2014:][ \t]+(?:[a-z]|[A-Z]{2,5}\b)/;
/** Whether a word is the person a case reference names: after the line's reference and before a dash
 * ("CRN K482913 Lewandowski - contact"), or alone in brackets after one ("CRN E418823 (Tomlinson)"). */
function namedByReference(t: Word, text: string): boolean {
  return (
    (REFERENCE_HEADING_BEFORE.test(text.slice(Math.max(0, t.start - 60), t.start)) && REFERENCE_DASH_AFTER.test(text.slice(t.end, t.end + 10))) ||
    (REFERENCE_BRACKET_BEFORE.test(text.slice(Math.max(0, t.start - 16), t.start)) && /^[ \t]*\)/.test(text.slice(t.end, t.end + 3)))
  );
}

/** Before a surname in capitals: "On " opening a sentence ("Thanks Liam. On KOWALSKI M: …"). */
const ON_BEFORE = /(?:^|\n|[.!?][ \t]+)[ \t]*(?:update[ \t]+)?on[ \t]+$/i;
/** After a surname in capitals: an initial, then a dash or a colon and what the line is about. */
const UPPER_INITIAL_DASH_AFTER = /^[ \t]+[A-Z]\.?[ \t]*[-\u2013\u2014:][ \t]+\S/;
/** Before a word: a case reference's letters and digits ("E418823", "D301874"), then an opening bracket. */
const REFERENCE_BRACKET_BEFORE = /\b[A-Z]{1,3}-?\d{5,8}[ \t]*\([ \t]*$/;

/** A reply prefix, a bracketed tag or the marking before a subject proper ("RE: ", "[SECURE] "). */
const SUBJECT_PREFIX = "(?:(?:re|fw|fwd|aw|wg)[ \t]*:|\\[[^\\]\\n]{1,30}\\]|official[- ]sensitive(?:[ -]personal)?[ \t]*[:\\-\u2013\u2014]?)[ \t]*";
/** Before a word: its line's start, perhaps prefixes, and a case reference ("CRN K482913 "). */
const REFERENCE_HEADING_BEFORE = new RegExp(`(?:^|\\n)[ \t]*(?:${SUBJECT_PREFIX})*(?:[A-Za-z]{2,5}[ \t]*:?[ \t]*)?[A-Z]{1,3}-?\\d{5,8}[ \t]+$`, "i");
/** Before a word: the start of its line, perhaps after such prefixes, or a list's bullet ("• Okoro – …"). */
const LINE_START_BEFORE = new RegExp(`(?:^|\\n)[ \t]*(?:${SUBJECT_PREFIX})*(?:[*\u2022\u00b7][ \t]+|\\d{1,2}[.)][ \t]+)?$`, "i");
/** Before "Eve": the holiday it is the eve of. */
const HOLIDAY_BEFORE_EVE = /\b(?:christmas|xmas|year['\u2019]?s|hallowe?)[ \t]+$/i;
/** Before a word: the start of a sentence inside a line ("Heads-up. |lacey came back"); a line's start is the lower-case line rules'. */
const SENTENCE_OPENS_BEFORE = /[.!?][ \t]+$/;
/** After a possessive heading a line: a number or a dash after a few words ("'s 2 year check", "'s nursery place - …"). */
const OWNED_HEADING_AFTER = /^['\u2019]s[ \t]+(?:\d|[^\n]{1,40}?[ \t][-\u2013\u2014][ \t])/;
/** Before a word: the start of its line after at least one reply prefix or marking ("re: ", "fw: re: "). */
const PREFIXED_LINE_START_BEFORE = new RegExp(`(?:^|\\n)[ \t]*(?:${SUBJECT_PREFIX})+$`, "i");

/** After a word: perhaps an initial, then a dash or a colon, then a lower-case word ("Pritchard –
 * home visit Thursday", "McGrath T - hostel referral", "mcgrath t - hostel referral"). */
const HEADING_DASH_AFTER = /^([ \t]+[A-Za-z]\.?)?[ \t]*[-\u2013\u2014:][ \t]+[a-z]/;
/** On a line written without capitals, after a surname: an initial, then the line's end or a dash
 * before any word ("kinsella r", "mcgrath t - AP referral"): the way case lists write people. */
const LOWER_INITIAL_AFTER = /^([ \t]+[a-z])(?:[ \t]*(?:$|\n)|[ \t]*[-\u2013\u2014:][ \t]+[A-Za-z])/;

/**
 * "RE: Pritchard – home visit Thursday", "mcgrath t - hostel referral update": a surname alone
 * (perhaps with an initial) heading a line (a subject), then a dash and what it is about, is the
 * person the line is about. Not a district or a city ("Stafford – office move").
 */
function headingName(s: Scanner, k: number, text: string): Match | null {
  const t = s.at(k) as Word;
  const after = HEADING_DASH_AFTER.exec(text.slice(t.end, t.end + 10)) ?? (t.shape === "lower" ? LOWER_INITIAL_AFTER.exec(text.slice(t.end, t.end + 10)) : null) ?? COUNTED_CASEWORK_AFTER.exec(text.slice(t.end, t.end + 50));
  const before = text.slice(Math.max(0, t.start - 60), t.start);
  if (!after || isPlaceWord(t.lower)) return null;
  // "re: red cohort - okoro d - recall?": with its initial, a segment of the line after a dash too.
  const segment = after[1] !== undefined && t.shape === "lower" && SEGMENT_BEFORE.test(before);
  if (!(LINE_START_BEFORE.test(before) || REFERENCE_SEGMENT_BEFORE.test(before) || segment)) return null;
  return { from: k, to: after[1] !== undefined && s.at(k + 1) ? k + 1 : k, confidence: 0.6 };
}
/** After a surname heading a subject, perhaps its initial, a dash, then a count of casework: "re: marsden k - 3 missed antenatal appts". */
const COUNTED_CASEWORK_AFTER = /^([ \t]+[A-Za-z]\.?)?[ \t]*[-\u2013\u2014:][ \t]+\d{1,2}[ \t]+(?:[a-z]+[ \t]+){0,2}(?:missed|dnas?|appts?|appointments?|visits?|breach(?:es)?|incidents?|referrals?|call-?outs?)\b/;
/** Before a word: a dash or a bar opening a segment of its line ("red cohort - "). */
const SEGMENT_BEFORE = /[ \t][-\u2013\u2014|][ \t]+$/;
/** Before a word: a line (a subject) opening with a case reference and a slash or a dash
 * ("RE: SP-227093 / Hollingworth - strategy outcome"). */
const REFERENCE_SEGMENT_BEFORE = new RegExp(`(?:^|\\n)[ \t]*(?:${SUBJECT_PREFIX})*(?:(?:ref|crn|case)\\.?[ \t]*:?[ \t]*)?[A-Z]{0,4}[-/]?\\d{4,}[ \t]*[/|\\-\u2013\u2014][ \t]*$`, "i");

/** "Sheree & the kids", "Kayla and her baby": a parent named with their children. */
const FAMILY_AFTER = /^[ \t]*(?:&|\+|and)[ \t]+(?:the|her|his|their)[ \t]+(?:kids|children|boys|girls|baby|twins|family)\b/i;
/** After a clear given name, the same with no determiner too ("Jodie + boys - refuge move"). */
const GIVEN_FAMILY_AFTER = /^[ \t]*(?:&|\+|and)[ \t]+(?:(?:the|her|his|their)[ \t]+)?(?:kids|children|boys|girls|baby|twins)\b/i;

/** The word (letters only) that ends just before `end`, lower-cased: "PC" in "PC 2904". */
function wordEndingAt(text: string, end: number): string {
  let i = end;
  while (i > 0 && /[A-Za-z]/.test(text.charAt(i - 1))) i--;
  return text.slice(i, end).toLowerCase();
}

/**
 * "12 Geoff Monk Way", "12a Victoria": a short house number right before the words. Not a year
 * or other four-digit number ("In 2019 Kyle Brennan was arrested": house numbers seldom reach
 * four digits) and not an officer's collar number ("PC 294 Amara Shah").
 */
function afterHouseNumber(text: string, start: number): boolean {
  let i = start - 1;
  if (i < 0 || text.charCodeAt(i) !== 0x20) return false;
  i--;
  const c = text.charCodeAt(i);
  if (c >= 97 && c <= 122) i--;
  let digits = 0;
  while (i >= 0 && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) {
    digits++;
    i--;
  }
  if (digits === 0 || digits > 3) return false;
  if (i < 0) return true;
  const before = text.charCodeAt(i);
  if (before !== 0x20 && before !== 0x2c && before !== 0x0a) return false;
  // "Case study 3 HADDON Tyler", "workshop 2 Kim Lee": a numbered item, not a house.
  return !(before === 0x20 && (TITLES.has(wordEndingAt(text, i)) || NUMBERED_ITEMS.has(wordEndingAt(text, i).toLowerCase())));
}
/** Words a number follows as an item's, not a house's: "study 3", "session 2", "appendix 4". */
const NUMBERED_ITEMS = new Set(["study", "case", "session", "workshop", "appendix", "item", "part", "section", "slide", "page", "version", "exhibit", "annex", "scenario", "example", "vignette", "group", "table"]);

/** "Shannon Dale": a plain given name, then a place word that is also a family name. */
function familyPlaceWord(first: Word | undefined, last: Word): boolean {
  return !!first && first.given && !first.common && !first.ambiguous && FAMILY_PLACE_WORDS.has(last.lower);
}

/** "Holly, Ivy and Carol suites", "the Oak and Ash rooms": every name of a list that ends in a
 * room word names a room. Follows the list over commas, "and" and "&" (a few words at most). */
function inRoomList(s: Scanner, m: Match): boolean {
  let k = m.to;
  for (let steps = 0; steps < 8; steps++) {
    const here = s.at(k);
    const next = s.at(k + 1);
    if (!here || !next) return false;
    const gap = gapBetween(s.text, here, next);
    if (gap === "space" && ROOM_WORDS.has(next.lower)) return steps > 0;
    if (gap === "space" && (next.lower === "and" || next.lower === "or")) {
      k++;
      continue;
    }
    if ((gap === "comma" || gap === "space") && capital(next)) {
      k++;
      continue;
    }
    if (s.text.slice(here.end, next.start).trim() === "&" && capital(next)) {
      k++;
      continue;
    }
    return false;
  }
  return false;
}

/** Word k is a lower-case word for a site ("office", "depot"); "car" only in "car park". */
function siteWordAt(s: Scanner, k: number): boolean {
  const w = s.at(k);
  if (!w || w.shape !== "lower" || s.nextBySpace(k - 1) !== w || !SITE_WORDS.has(w.lower)) return false;
  return w.lower !== "car" || s.nextBySpace(k)?.lower === "park";
}

const AND_BETWEEN = /^[ \t]+(?:and|&)[ \t]+$/;

/**
 * "Hinckley and Bosworth Joint Action Group", "Oadby and Wigston Community Safety Partnership": a
 * lone word joined to a capitalised word by "and"/"&", then a Title-Case phrase of everyday words
 * ending in an organisation or place word, is the second half of the organisation's name.
 */
function joinedOrganisationName(s: Scanner, m: Match): boolean {
  if (m.to !== m.from) return false;
  const word = s.at(m.from) as Word;
  const prev = s.at(m.from - 1);
  if (!prev || word.title) return false;
  const before = prev.lower === "and" ? s.at(m.from - 2) : prev;
  if (!before || !capital(before) || before.possessive || !AND_BETWEEN.test(s.text.slice(before.end, word.start))) return false;
  let k = m.to;
  for (let steps = 0; steps < 3; steps++) {
    const next = s.nextBySpace(k);
    if (!next || !capital(next)) return false;
    if (PLACE_SUFFIXES.has(next.lower)) return true;
    if (!titleWord(next)) return false;
    k++;
  }
  return false;
}

/** Words that end an organisation's Title-Case name besides the place words ("… Integrated
 * Offender Management", "… Safeguarding Adults Board"). */
const ORGANISATION_ENDS: ReadonlySet<string> = new Set(["management", "board", "panel", "forum", "network", "alliance", "commission", "authority", "agency", "directorate", "department", "programme", "collaborative"]);

/** Words for a street: after two names joined by "and" they name it ("Adam and Eve Street"). */
const STREET_WORDS: ReadonlySet<string> = new Set(["street", "road", "lane", "avenue", "drive", "close", "way", "terrace", "crescent", "grove", "row", "walk"]);

/**
 * "Richmond and Wandsworth Integrated Offender Management", "Oadby & Wigston Community Safety
 * Partnership": a lone word joined by "and"/"&" to a capitalised word that is no given name, then
 * a Title-Case phrase ending in an organisation or place word, is the first half of the
 * organisation's name ("Jordan and Kyle Smith …" stays people: Kyle is a given name).
 */
function firstOfJoinedOrganisation(s: Scanner, m: Match): boolean {
  if (m.to !== m.from) return false;
  const word = s.at(m.from) as Word;
  let k = m.to + 1;
  let second = s.at(k);
  if (second && second.lower === "and") second = s.at(++k);
  if (!second || !capital(second) || second.possessive || !AND_BETWEEN.test(s.text.slice(word.end, second.start))) return false;
  // "Adam and Eve Street": two names joined, then a street word, name the street.
  const street = s.nextBySpace(k);
  if (street && capital(street) && STREET_WORDS.has(street.lower)) return true;
  if (second.given) return false;
  for (let steps = 0; steps < 4; steps++) {
    const next = s.nextBySpace(k);
    if (!next || !capital(next)) return false;
    if (PLACE_SUFFIXES.has(next.lower) || ORGANISATION_ENDS.has(next.lower)) return true;
    if (!titleWord(next)) return false;
    k++;
  }
  return false;
}

const COMPASS_POINTS = new Set(["north", "south", "east", "west"]);

/** Whether every word of a match is a compass point. */
function allCompassPoints(s: Scanner, m: Match): boolean {
  for (let j = m.from; j <= m.to; j++) if (!COMPASS_POINTS.has((s.at(j) as Word).lower)) return false;
  return true;
}

/** Lower-case nouns for a building a service runs, after a word saying what kind ("family centre"). */
const FACILITY_NOUNS = new Set(["centre", "centres", "center", "hub", "clinic", "library", "surgery", "campus", "station", "hospital"]);

/** After "hospital", a patient's event there. */
const PATIENT_EVENTS = new Set(["visit", "appointment", "appt", "admission", "discharge", "stay"]);

/** "Beaumont Leys family centre", "Beaumont Leys station", "Kirby Frith health centre": a name
 * followed by a facility noun, perhaps after a lower-case kind, names the facility's place, not a person. */
function facilityAfter(s: Scanner, m: Match): boolean {
  if ((s.at(m.to) as Word).possessive) return false;
  const kind = s.nextBySpace(m.to);
  if (!kind || kind.shape !== "lower" || kind.glued) return false;
  // "re: lily-mae cotterill hospital visit": a given name and a surname before a hospital stay are a patient's.
  if (kind.lower === "hospital" && m.to > m.from && (s.at(m.from) as Word).given && PATIENT_EVENTS.has(s.nextBySpace(m.to + 1)?.lower ?? "")) return false;
  if (FACILITY_NOUNS.has(kind.lower)) return true;
  // "family centre" after the name; not "in hospital", "at clinic": a function word says where the person is.
  if (kind.stop) return false;
  const noun = s.nextBySpace(m.to + 1);
  return !!noun && noun.shape === "lower" && FACILITY_NOUNS.has(noun.lower);
}

/** A time or a range of times, then a comma: where a booking lists the venue. */
const TIME_THEN_COMMA = /\d{1,2}[:.]\d{2}(?:[ \t]*(?:am|pm))?(?:[ \t]*[-\u2013][ \t]*\d{1,2}[:.]\d{2}(?:[ \t]*(?:am|pm))?)?[ \t]*,[ \t]*$/i;

/** A table's date or time cell just before ("| 24 February 2027 | Victoria Hall, Oakham"): the venue column. */
const DATE_CELL_BEFORE = /(?:\b(?:19|20)\d\d|\d{1,2}[:.]\d{2}(?:[ \t]*(?:am|pm))?)[ \t]*[|\t][ \t]*$/i;

/** Building words that are also surnames ("Hall", "House"), ending a venue's name. */
const BUILDING_WORDS = new Set(["hall", "house", "lodge", "court", "chambers", "library", "centre"]);

/** "09:30-12:30, Victoria Hall, Oakham": two words ending in a building word, then a comma and a
 * town or district ending the phrase, after a time (or a table's date cell), are a venue and its town ("Jo Hall, Derby City
 * Council" is left alone: the town runs on; so is "Please check Lisa Hall, Derby.": no time before). */
function venueWithTown(s: Scanner, m: Match): boolean {
  const last = s.at(m.to) as Word;
  if (m.to === m.from || !BUILDING_WORDS.has(last.lower)) return false;
  // Only where a venue is listed: right after a time ("09:30-12:30, "); "Please check Lisa Hall,
  // Derby." is a person.
  const before = s.text.slice(Math.max(0, (s.at(m.from) as Word).start - 30), (s.at(m.from) as Word).start);
  if (!TIME_THEN_COMMA.test(before) && !DATE_CELL_BEFORE.test(before)) return false;
  const town = s.at(m.to + 1);
  if (!town || !capital(town) || gapBetween(s.text, last, town) !== "comma" || !isPlaceWord(town.lower)) return false;
  return s.endsPhrase(m.to + 1) || /^[ \t]*[.;]/.test(s.text.slice(town.end, town.end + 3));
}

/** Title-Case words that make a possessive before them a place's name: "Queen's Park", "St John's
 * Road", "King's Mill Hospital". */
const POSSESSIVE_PLACE_NOUNS = new Set(["road", "street", "lane", "avenue", "drive", "close", "crescent", "grove", "park", "gardens", "green", "square", "walk", "way", "place", "terrace", "hospital", "college", "school", "academy", "church", "chapel", "cathedral", "wood", "hill", "mill", "cross", "fields", "gate", "trust", "foundation"]);

/** Grounds named after their owner or maker: "Geoff Hamilton's Barnsdale Gardens". */
const GROUNDS_NOUNS = new Set(["gardens", "garden", "park", "wood", "woods", "hill", "fields", "green", "mill"]);

/** Before a name: a prison's prefix ("HMP Drake Hall"). */
const PRISON_BEFORE = /\b(?:HMP|HMYOI|HMPYOI|HMP\/YOI)[ \t]+$/;

/** A possessive name before such a word, perhaps after one more capitalised word: "Queen's Park",
 * "Geoff Hamilton's Barnsdale Gardens" (the words after the "'s"). "Jordan's House Move" stays a
 * person: "House" alone is left out. */
function possessivePlace(s: Scanner, m: Match): boolean {
  const last = s.at(m.to) as Word;
  const next = s.at(m.to + 1);
  if (!last.possessive || !next || !capital(next) || !/^['\u2019]s[ \t]+$/.test(s.text.slice(last.end, next.start))) return false;
  if (POSSESSIVE_PLACE_NOUNS.has(next.lower)) return true;
  const after = s.nextBySpace(m.to + 1);
  // Only a full name's ("Geoff Hamilton's"), before a garden or park's own name (no everyday word
  // between): "Tyler's New School" and "Kayden Marsh's Ashgate Academy place" stay people.
  return m.to > m.from && !next.common && !next.stop && !next.given && !!after && capital(after) && GROUNDS_NOUNS.has(after.lower);
}

/** "Victoria Drive", "Florence Nightingale House", "St Helen", "Queen's Park", "the Victoria Room": places, not people. */
export function isPlace(s: Scanner, m: Match): boolean {
  const after = s.nextBySpace(m.to);
  if (after && capital(after) && PLACE_SUFFIXES.has(after.lower)) return true;
  if (possessivePlace(s, m)) return true;
  // "HMP Drake Hall", "HMYOI Werrington": a prison's name.
  if (PRISON_BEFORE.test(s.text.slice(Math.max(0, (s.at(m.from) as Word).start - 8), (s.at(m.from) as Word).start))) return true;
  // "Provisional booking - Victoria Room": a room word ending the name itself.
  if (m.to > m.from && capital(s.at(m.to) as Word) && ROOM_WORDS.has((s.at(m.to) as Word).lower)) return true;
  if (joinedOrganisationName(s, m) || firstOfJoinedOrganisation(s, m)) return true;
  if (after && ROOM_WORDS.has(after.lower)) return true;
  if (inRoomList(s, m)) return true;
  if (namedPlace(s, m)) return true;
  if (!(s.at(m.from) as Word).title && (facilityAfter(s, m) || venueWithTown(s, m))) return true;
  // "Kirk Hallam": a local two-word place ("Mr Kirk Hallam" is still a person).
  for (let j = m.from; j < m.to && !(s.at(m.from) as Word).title; j++) {
    const a = s.at(j);
    const b = s.at(j + 1);
    if (a && b && LOCAL_PLACES.has(`${a.lower}_${b.lower}`)) return true;
  }
  const last = s.at(m.to);
  const first = s.at(m.from);
  const titled = !!first && first.title;
  const prev = s.at(m.from - 1);
  const joined = !!prev && s.nextBySpace(m.from - 1) === s.at(m.from);
  // "Long Eaton", "Stoney Middleton": the name found is the second word of a local two-word place.
  if (prev && joined && first && !titled && capital(prev) && LOCAL_PLACES.has(`${prev.lower}_${first.lower}`)) return true;
  if (last && m.to > m.from && !titled && PLACE_SUFFIXES.has(last.lower) && (!last.surname || last.common) && !familyPlaceWord(first, last)) return true;
  // "Sandy Lane car park", "Rose Lane office": a name ending in a street word, then a word for a
  // site, names the street (a surname Lane or Street is still a name without the site word).
  if (last && m.to > m.from && !titled && PLACE_SUFFIXES.has(last.lower) && after && siteWordAt(s, m.to + 1)) return true;
  // "Eagles Meadow car park": no one's name is given to a car park.
  if (m.to > m.from && !titled && s.at(m.to + 1)?.lower === "car" && siteWordAt(s, m.to + 1)) return true;
  // "Clare's Law", "Sarah's Law": a given name alone in the possessive before a capitalised Law
  // names the law ("Jade Smith's Law degree" is still a person).
  const word = s.at(m.to + 1);
  if (last && m.to === m.from && !titled && last.possessive && word && capital(word) && word.lower === "law" && /^['\u2019]s[ \t]+$/.test(s.text.slice(last.end, word.start))) return true;
  // "North East", "South West": compass points alone name a region ("North East Derbyshire"), not a
  // person; so does one before another word ("North Dales", "West Bridgford").
  if (m.to > m.from && !titled && (allCompassPoints(s, m) || COMPASS_POINTS.has((first as Word).lower))) return true;
  // "(North and West)", "North, South and West": a compass point joined by "and" or "or" to another is a direction.
  if (first && m.to === m.from && !titled && COMPASS_POINTS.has(first.lower) && (joinedCompass(s, m.from - 1, m.from - 2) || joinedCompass(s, m.from + 1, m.from + 2))) return true;
  // "a hearing loop in Victoria Hall": a hall someone is in or at is a venue (Hall is a surname
  // too: "I met Victoria Hall" is still a person).
  if (last && m.to > m.from && !titled && last.lower === "hall" && !last.possessive && prev && (prev.lower === "in" || prev.lower === "at") && prev.shape === "lower") return true;
  // "Amber Valley", "Hope Valley": listed as a surname, but after a capitalised word a valley is a place.
  if (last && m.to > m.from && !titled && last.lower === "valley") return true;
  // "Chester Green", "Derby Moor": a city or town and a district word.
  if (first && last && m.to === m.from + 1 && !titled && UK_CITIES.has(first.lower) && DISTRICT_WORDS.has(last.lower)) return true;
  if (prev && joined && capital(prev) && PLACE_PREFIXES.has(prev.lower)) return true;
  // "45 Sandycombe Road, Richmond TW9 2EW": a town after a street's name and a comma.
  if (first && prev && m.to === m.from && !titled && capital(prev) && PLACE_SUFFIXES.has(prev.lower) && gapBetween(s.text, prev, first) === "comma") return true;
  // "released to Wandsworth or Richmond": a district joined by "or" or "and" to another.
  if (first && m.to === m.from && !titled && isPlaceWord(first.lower) && (joinedPlace(s, m.from - 1, m.from - 2) || joinedPlace(s, m.from + 1, m.from + 2))) return true;
  // "Water Lane Wilmslow": a street word after a capitalised word starts an address.
  if (prev && joined && capital(prev) && first && PLACE_SUFFIXES.has(first.lower) && !titled) return true;
  return first ? afterHouseNumber(s.text, first.start) : false;
}

/** Word `conj` is "or" or "and" and word `k` a capitalised district that is no given name and
 * starts no longer name ("Wandsworth or"; not "Angus and" of "Chelsea and Angus", nor "and
 * Wandsworth Smith"). */
/** Whether word k is a capitalised compass point joined to the match by the word at conj ("and", "or"). */
function joinedCompass(s: Scanner, conj: number, k: number): boolean {
  const c = s.at(conj);
  const w = s.at(k);
  return !!c && !!w && (c.lower === "or" || c.lower === "and") && capital(w) && COMPASS_POINTS.has(w.lower);
}

function joinedPlace(s: Scanner, conj: number, k: number): boolean {
  const c = s.at(conj);
  const w = s.at(k);
  // "Derby to York": a journey's two ends as well.
  if (!c || !w || (c.lower !== "or" && c.lower !== "and" && c.lower !== "to") || c.shape !== "lower" || !capital(w) || w.given || !isPlaceWord(w.lower)) return false;
  const after = s.nextBySpace(k);
  return !(after && capital(after) && !after.stop) && !(k > 0 && s.nextBySpace(k - 1) === w && capital(s.at(k - 1) as Word) && k - 1 !== conj);
}

/**
 * "Harry Parkes Memorial Fund", "the Elizabeth Fry Award", "Bernard Kemp Memorial Bursary": a fund,
 * an award or a lecture named in someone's honour. A capitalised honour word inside the match (after
 * its first word) or right after it; "Memorial" only with a capitalised word after it ("Kayleigh
 * Brooks Memorial" alone may be a case person's; "… Memorial Service" is left to isPlace).
 */
function namedInHonour(s: Scanner, m: Match): boolean {
  for (let j = m.from + 1; j <= m.to + 1; j++) {
    const w = j <= m.to ? s.at(j) : s.nextBySpace(m.to);
    if (!w || !capital(w)) return false;
    if (NAMED_IN_HONOUR.has(w.lower)) return true;
    if (w.lower === "memorial") {
      const next = s.nextBySpace(j);
      if (next && capital(next)) return true;
    }
  }
  return false;
}

/**
 * "the Harry Potter books", "the Milo the Moth books": after "the", a name that with the
 * capitalised words after it (joined by "the", "and", "of") titles a work: a character, not a person.
 */
function titleOfWork(s: Scanner, m: Match): boolean {
  const prev = s.at(m.from - 1);
  if (!prev || prev.lower !== "the" || s.nextBySpace(m.from - 1) !== s.at(m.from) || (s.at(m.from) as Word).title) return false;
  let k = m.to;
  for (let steps = 0; steps < 5; steps++) {
    const next = s.nextBySpace(k);
    if (!next || next.glued) return false;
    if (next.shape === "lower" && WORK_NOUNS.has(next.lower)) return steps === 0 || capital(s.at(k) as Word);
    if (!(capital(next) || (next.shape === "lower" && (next.lower === "the" || next.lower === "and" || next.lower === "of")))) return false;
    k++;
  }
  return false;
}

/** Tools and models named after a person or a body: "the Brook traffic light tool", "the Signs of
 * Safety model", "the Graded Care Profile". */
const RESOURCE_NOUNS = new Set(["tool", "tools", "toolkit", "model", "framework", "checklist", "protocol", "scale", "approach", "method", "guidance", "pathway", "profile", "matrix", "questionnaire"]);

/** After "the", a name then at most two lower-case words and a word for a tool or a model names
 * the tool ("the Brook traffic light tool"); "the Smith family" is left to the family rule. */
function namedResource(s: Scanner, m: Match): boolean {
  const prev = s.at(m.from - 1);
  if (!prev || prev.lower !== "the" || (s.at(m.from) as Word).title || (s.at(m.to) as Word).possessive) return false;
  for (let j = m.to + 1, steps = 0; steps < 3; j++, steps++) {
    const w = s.nextBySpace(j - 1);
    if (!w || w.shape !== "lower" || w.glued) return false;
    if (RESOURCE_NOUNS.has(w.lower)) return true;
  }
  return false;
}

/** Lower-case words for a test, a theory, a show or a thing named after someone: "Fraser guidelines",
 * "Gillick competence", "a Moses basket", "the Karpman drama triangle", "Carlene Firmin's first framework", "the Ben
 * Kinsella exhibition". No word a case is written with ("review", "plan", "assessment"). */
const EPONYM_NOUNS = new Set(["guidelines", "principle", "principles", "competence", "competency", "criteria", "triangle", "theory", "hierarchy", "framework", "exhibition", "basket"]);

/** A name, perhaps possessive, then at most one lower-case word and such a noun (not after a title: "Mr Fraser guidelines" is odd enough to keep). */
function namesAConcept(s: Scanner, m: Match): boolean {
  if ((s.at(m.from) as Word).title) return false;
  const last = s.at(m.to) as Word;
  const afterPossessive = s.at(m.to + 1);
  for (let j = m.to, steps = 0; steps < 2; j++, steps++) {
    // "Firmin's first framework": the word after the "'s".
    const w = j === m.to && last.possessive ? (afterPossessive && /^['\u2019]s[ \t]+$/.test(s.text.slice(last.end, afterPossessive.start)) ? afterPossessive : undefined) : s.nextBySpace(j);
    if (!w || w.shape !== "lower" || w.glued) return false;
    if (EPONYM_NOUNS.has(w.lower)) return true;
  }
  return false;
}

/** "Alzheimer's", "Parkinson's disease", "Addison's disease": a condition named after someone. */
function namesACondition(s: Scanner, m: Match): boolean {
  const t = s.at(m.from) as Word;
  if (m.to !== m.from || !t.possessive) return false;
  if (lexicon.CONDITION_EPONYMS.has(t.lower)) return true;
  const next = s.at(m.from + 1);
  return lexicon.CONDITION_EPONYMS_BEFORE_NOUN.has(t.lower) && !!next && lexicon.CONDITION_NOUNS.has(next.lower) && /^['\u2019]s[ \t]+$/.test(s.text.slice(t.end, next.start));
}

/** Car makers whose name before a model's is a car ("Ford Fiesta", "Vauxhall Corsa"), not a person. */
const CAR_MAKERS = new Set(["ford", "vauxhall", "nissan", "toyota", "honda", "kia", "hyundai", "peugeot", "renault", "citroen", "skoda", "fiat", "audi", "bmw", "volkswagen", "vw", "volvo", "mazda", "suzuki", "tesla", "dacia", "mitsubishi", "subaru", "lexus", "porsche"]);

/** "My car: Ford Fiesta", "a silver Vauxhall Corsa", "the Toyota Yaris Hybrid": a maker, then its model (not a given name:
 * "FORD, Daniel", "Ford Daniel" stay people). A maker that is no given name ("Skoda") makes a
 * model a car even when the model is a given name too ("Skoda Octavia"; "Kia Thomas" stays a person). */
function namesACar(s: Scanner, m: Match): boolean {
  const maker = s.at(m.from) as Word;
  const model = s.at(m.from + 1);
  // Two words, or three with the model's trim ("Toyota Yaris Hybrid").
  if ((m.to !== m.from + 1 && m.to !== m.from + 2) || !model || !CAR_MAKERS.has(maker.lower) || s.nextBySpace(m.from) !== model) return false;
  return !model.given || (lexicon.wordFlags(maker.lower) & lexicon.GIVEN) === 0;
}

/** After a medicine's name, its strength ending the item or before its form: " 100;", " 50mg", " 5 ml", " 100 inhaler". */
const STRENGTH_AFTER = /^[ \t]+\d+(?:\.\d+)?[ \t]*(?:(?:mg|mcg|micrograms?|ml|g|%|units?|inhalers?|tablets?|capsules?|sprays?|injections?)\b|(?=[ \t]*(?:[;,)\n]|$)))/;

/** "Items: Salbutamol inhaler; Clenil Modulite 100": words in no name list before a strength are
 * a medicine's brand, not someone unknown. */
function namesAMedicine(s: Scanner, m: Match): boolean {
  for (let j = m.from; j <= m.to; j++) {
    const w = s.at(j) as Word;
    if (w.given || w.surname || w.title || w.shape === "initial") return false;
  }
  const end = (s.at(m.to) as Word).end;
  return STRENGTH_AFTER.test(s.text.slice(end, end + 20));
}

/** After a word, a count ending a list's item: " 22,", " 42)", " 7;" (not a time or a date). */
const COUNT_AFTER = /^[ \t]+\d{1,5}(?=[ \t]*(?:[,;)\n]|$))/;

/** "(Richmond 22, Wandsworth 42)": one word that is a place as well as a given name, before a
 * count, is the place's figure. */
function placeWithCount(s: Scanner, m: Match): boolean {
  if (m.to !== m.from) return false;
  const w = s.at(m.from) as Word;
  return !w.possessive && isPlaceWord(w.lower) && COUNT_AFTER.test(s.text.slice(w.end, w.end + 12));
}

/** A name that names a thing, not a person: an award or fund in someone's honour, a work's title, a tool, a condition, a test or theory, a car, a medicine, a place's count. */
export function namesAThing(s: Scanner, m: Match): boolean {
  return namedInHonour(s, m) || titleOfWork(s, m) || namedResource(s, m) || namesACondition(s, m) || namesAConcept(s, m) || namesACar(s, m) || namesAMedicine(s, m) || placeWithCount(s, m);
}

/**
 * "kpc - hollis, jade (new partner)": on a line written without capitals, after a strong cue
 * ("kpc", "re", "mother") and at most a dash or a colon, a listed name, a comma and a listed given
 * name ending the phrase are "surname, given name". So is a line (a subject) that opens with a
 * word, a comma and a listed given name before a dash and what it is about ("oduya, jermaine -
 * missed doses again"), the surname perhaps unlisted. An everyday word on either side is none
 * ("re: leave, may", "thanks, will - see below"). A hyphenated given name counts ("beighton,
 * tayla-mae").
 */
function lowerSurnameFirstRule(s: Scanner, k: number, text: string): Match | null {
  const t = s.at(k);
  const next = s.at(k + 1);
  const prev = s.at(k - 1);
  // A surname that is also a word ("pilgrim, jaxon - contact?") only before a clear given name.
  if (!t || !next || t.shape !== "lower" || t.glued || t.stop || (t.ambiguous && next.ambiguous)) return null;
  // A word the word lists also hold only as "pickavance, tyler - missed yos appts" (commonSurnameHeading).
  if (t.common && !t.ambiguous && !commonSurnameHeading(s, k, text)) return null;
  if (gapBetween(text, t, next) !== "comma" || next.shape !== "lower" || next.glued || next.stop || next.common || !(next.given || hyphenatedGiven(next.lower)) || !s.endsPhrase(k + 1)) return null;
  const cued = !!prev && prev.strongCue && /^[ \t]*[-\u2013:]?[ \t]*$/.test(text.slice(prev.end, t.start));
  const heading = listedSurnameCommaGiven(s, k, text);
  if (!(cued && (t.given || t.surname)) && !heading && !headsLineBeforeDash(s, k, k + 1, text)) return null;
  return s.lowerCaseLine(t.start) || heading ? { from: k, to: k + 1, confidence: 0.6 } : null;
}

/** "pickavance, tyler - missed yos appts again": a lower-case word the word lists also hold, then
 * a comma and a clear given name, heading its line (after any prefix) before a dash and casework. */
export function commonSurnameHeading(s: Scanner, k: number, text: string): boolean {
  const t = s.at(k);
  const next = s.at(k + 1);
  if (!t || !next || t.shape !== "lower" || !t.common || t.ambiguous || t.stop || next.shape !== "lower" || !next.given || next.common || next.ambiguous) return false;
  return gapBetween(text, t, next) === "comma" && LINE_START_BEFORE.test(text.slice(Math.max(0, t.start - 60), t.start)) && CASEWORK_AFTER_DASH.test(text.slice(next.end, next.end + 60));
}

/** "mortimer, jayden - ASB at the rec again": two listed name words, neither an everyday word,
 * "surname, given name" heading the line before a dash, are a name though the rest of the line
 * has capitals. */
export function listedSurnameCommaGiven(s: Scanner, k: number, text: string): boolean {
  const t = s.at(k);
  const next = s.at(k + 1);
  if (!t || !next || t.shape !== "lower" || next.shape !== "lower" || !(t.surname || t.given) || t.common || t.ambiguous || !next.given || next.common || next.ambiguous) return false;
  return gapBetween(text, t, next) === "comma" && LINE_START_BEFORE.test(text.slice(Math.max(0, t.start - 60), t.start)) && DASH_AFTER.test(text.slice(next.end, next.end + 10));
}
/** After a heading's name: a dash or a colon and what it is about, in any case ("- ASB"). */
const DASH_AFTER = /^[ \t]*[-\u2013\u2014:][ \t]+\S/;

/** After a heading's name: a dash or a colon, then a lower-case word ("– home visit"). */
const DASH_THEN_WORD_AFTER = /^[ \t]*[-\u2013\u2014:][ \t]+[a-z]/;

/** Words k..last head their line (after any reply prefixes) or a dashed segment of it before a
 * dash: "oduya, jermaine - …", "psr - sheridan, kayla - adjourned"; or they are the whole last
 * segment of the line: "csc enquiry - okonjo, tremaine". The first must look like a surname:
 * three letters or more, no place. */
function headsLineBeforeDash(s: Scanner, k: number, last: number, text: string): boolean {
  const t = s.at(k) as Word;
  const end = (s.at(last) as Word).end;
  if (t.lower.length < 3 || isPlaceWord(t.lower)) return false;
  const before = text.slice(Math.max(0, t.start - 60), t.start);
  const after = text.slice(end, end + 10);
  if (LINE_END_AFTER.test(after)) return SEGMENT_START_BEFORE.test(before);
  return DASH_THEN_WORD_AFTER.test(after) && (LINE_START_BEFORE.test(before) || SEGMENT_START_BEFORE.test(before));
}
/** After a line's last word: nothing more on the line. */
const LINE_END_AFTER = /^[ \t]*(?:\r?\n|$)/;
/** Before a word: a short first segment of its line and a dash ("psr - "). */
const SEGMENT_START_BEFORE = new RegExp(`(?:^|\\n)[ \t]*(?:${SUBJECT_PREFIX})*[^\\n\\-\u2013\u2014]{1,24}[ \t][-\u2013\u2014][ \t]+$`, "i");

/**
 * "re: liam parker home visit": on a line written without capitals names are in lower case
 * too, so a listed given name and a listed surname, neither an everyday word, are a name (a
 * word-name such as "amber" only heading the line after a reply prefix).
 */
function lowerCaseLineRule(s: Scanner, k: number, text: string): Match | null {
  const t = s.at(k);
  if (!t || t.shape !== "lower" || t.glued || t.stop) return null;
  if (t.common) {
    // "hope renshaw - mum rang again": a word-name heading the line, then a surname no everyday word
    // is, before news of a relation or casework.
    const next = s.nextBySpace(k);
    if (!t.given || MODALS.has(t.lower) || !next || !next.surname || next.common || !LINE_START_BEFORE.test(text.slice(Math.max(0, t.start - 60), t.start)) || !headingAboutFamily(s, k + 1, text, true) || !s.lowerCaseLine(t.start)) return null;
    return { from: k, to: k + 1, confidence: 0.6 };
  }
  if (lowerGivenOpensSentence(s, k, text)) return { from: k, to: k, confidence: 0.6 };
  // "rowan's 2 year check - can we move it?": a word-name owning something, heading a lower-case
  // line as a subject does (a number, or a dash after a few words; not "grace's mum" alone).
  if (t.ambiguous && t.given && t.possessive && LINE_START_BEFORE.test(text.slice(Math.max(0, t.start - 60), t.start)) && s.lowerCaseLine(t.start) && OWNED_HEADING_AFTER.test(text.slice(t.end, t.end + 60))) return { from: k, to: k, confidence: 0.6 };
  const hyphenated = !t.given && hyphenatedGiven(t.lower);
  if (!t.given && !hyphenated) return null;
  const next = s.nextBySpace(k);
  if (t.ambiguous && townSurnameHeading(s, k, text)) return s.lowerCaseLine(t.start) ? { from: k, to: k + 1, confidence: 0.6 } : null;
  if (!next || next.shape !== "lower" || next.glued || next.stop) return null;
  // "update on lacey-mae corbishley", "re: kyle corbishley": after a clear given name, a word in no
  // list and no dictionary is the surname the lists lack.
  // So after a word-name opening a reply's heading, before a dash and casework: "re: mason haythorne - licence conds".
  const headingPair = t.ambiguous && PREFIXED_LINE_START_BEFORE.test(text.slice(Math.max(0, t.start - 60), t.start)) && CASEWORK_AFTER_DASH_ANY_CASE.test(text.slice(next.end, next.end + 60));
  const unlistedSurname = (hyphenated || !t.ambiguous || headingPair) && unlisted(next) && next.lower.length >= 4;
  if (!unlistedSurname && (!next.surname || next.common || next.ambiguous)) return null;
  // "fw: amber coldwell dv incident", "jade whitworth - missed contact": a given name that is also
  // a word ("amber") counts only opening the line after a reply prefix, or before a surname and a
  // heading's dash.
  if (t.ambiguous) {
    const before = text.slice(Math.max(0, t.start - 60), t.start);
    const heading = /(?:^|\n)[ \t]*$/.test(before) && HEADING_DASH_AFTER.test(text.slice(next.end, next.end + 8));
    if (!heading && !PREFIXED_LINE_START_BEFORE.test(before)) return null;
  }
  return s.lowerCaseLine(t.start) || lowerNamePair(s, k) ? { from: k, to: k + 1, confidence: 0.6 } : null;
}

/**
 * "police have confirmed danny beeby is back": typed in a hurry, a name may be in lower case on a
 * line with capitals too. A listed given name and a surname after it (listed, or in no list or
 * dictionary), neither an everyday word nor a word-name, are a name anywhere.
 */
export function lowerNamePair(s: Scanner, k: number): boolean {
  if (!clearLowerGiven(s.at(k))) return false;
  const next = s.nextBySpace(k);
  if (!next || next.shape !== "lower" || next.glued || next.stop || isPlaceWord(next.lower)) return false;
  // A surname the lists lack is a word in no list and no dictionary ("beeby").
  return next.surname ? !next.common && !next.ambiguous : unlisted(next) && next.lower.length >= 4;
}

/** "lacey-mae", "tia-rose": a hyphenated word whose parts are all listed given names. */
function hyphenatedGiven(lower: string): boolean {
  if (lower.indexOf("-") < 0 || lower.length > 30) return false;
  const parts = lower.split("-");
  return parts.length <= 3 && parts.every((p) => p.length >= 2 && (lexicon.wordFlags(p) & (lexicon.GIVEN | lexicon.STOP)) === lexicon.GIVEN);
}

/**
 * "re: kai yr4 - mum worried about dad's release", "RE: OFFICIAL-SENSITIVE: holmes contact
 * assessment": on a line written without capitals, a listed given name or surname (no everyday
 * word, no place) opening the line after a reply prefix or a marking is the person it is about.
 */
function lowerGivenHeadingRule(s: Scanner, k: number, text: string): Match | null {
  const t = s.at(k);
  // A given name may own what the line is about ("ollie's 2 year check"); a surname may not.
  if (!t || t.shape !== "lower" || t.glued || t.stop || !(t.given || t.surname) || t.common || t.ambiguous || (t.possessive && !t.given)) return null;
  // A surname only before a word of casework ("re: official-sensitive: holmes contact assessment";
  // not "re: crane hire", "re: marsh lane closure").
  if (!t.given && (isPlaceWord(t.lower) || !CASEWORK_AFTER.has(s.nextBySpace(k)?.lower ?? ""))) return null;
  const before = text.slice(Math.max(0, t.start - 60), t.start);
  if (!s.lowerCaseLine(t.start) || !(PREFIXED_LINE_START_BEFORE.test(before) || (t.possessive && LINE_START_BEFORE.test(before)))) return null;
  // "valentine's day", "nana's 80th": a feast or a family word, not someone named.
  if (t.possessive && (FAMILY_WORDS_GIVEN.has(t.lower) || FEAST_AFTER.has(s.at(k + 1)?.lower ?? ""))) return null;
  return { from: k, to: k, confidence: 0.6 };
}

/** Between two names heading a subject: " & ", " and ". */
const PAIR_JOIN = /^[ \t]+(?:&|and)[ \t]+$/;
/**
 * "Re: Faith - contact with dad Sat", "RE: OFFICIAL-SENSITIVE: ruby & kai - supervised contact
 * sat", "RE: ray (grandad) - contact sat": a given name that is also an everyday word (Faith, Ruby,
 * Hope, Ray) opening a line or a subject before a dash and casework, alone or paired with another
 * given name, or before a relation in brackets, is someone named.
 */
function wordNameHeadingRule(s: Scanner, k: number, text: string): Match | null {
  const t = s.at(k);
  if (!t || t.glued || t.stop || t.possessive || !t.given || !(t.ambiguous || t.common) || (t.shape !== "title" && t.shape !== "lower")) return null;
  if (!LINE_START_BEFORE.test(text.slice(Math.max(0, t.start - 60), t.start))) return null;
  // "RE: ray (grandad) - contact sat": a relation in brackets after it says whose.
  if (RELATION_IN_BRACKETS_AFTER.test(text.slice(t.end, t.end + 40))) return { from: k, to: k, confidence: 0.6 };
  let last = t;
  const next = s.at(k + 1);
  if (next && PAIR_JOIN.test(text.slice(t.end, next.start))) {
    if (!next.given || next.common || next.possessive) return null;
    last = next;
  }
  return WORD_NAME_CASEWORK_AFTER.test(text.slice(last.end, last.end + 60)) ? { from: k, to: k, confidence: 0.6 } : null;
}
/** After a word-name heading a line: a dash and casework that only a case has, contact with family
 * among it ("- contact with dad Sat", "- supervised contact"; not "Summer - contact details",
 * "Poppy - allergy care plan", a parent's own child's nursery plan). */
const WORD_NAME_CASEWORK_AFTER = /^[ \t]*[-\u2013\u2014:][ \t]+(?:[a-z0-9'\u2019]+[ \t]+){0,2}(?:(?:supervised|family|sibling|missed)[ \t]+contact|contact[ \t]+with[ \t]+(?:mum|dad|mother|father|nan|grandparents?|siblings?|brothers?|sisters?|birth[ \t]+\w+)|missing|s47|kpc|strategy|referral|breach|recall|licence|safeguarding|disclosure|conference)\b/i;

/** After a possessive: a relation of the one it names ("nathan's dad", "kian's mum"). */
const RELATIONS_OWNED = new Set(["mum", "dad", "mam", "mother", "father", "nan", "nana", "nanna", "grandma", "grandad", "brother", "sister", "stepdad", "stepmum", "baby", "siblings", "carer", "carers",
  "partner", "boyfriend", "girlfriend", "ex", "kids",
  // and what only a case person has: "craig's licence", "kian's curfew"
  "licence", "curfew", "tag", "bail", "sentence", "recall", "placement"]);

/**
 * "RE: OFFICIAL-SENSITIVE: Ref SP-448213 - nathan's dad out fri": a listed given name (no everyday
 * word) in lower case owning a relation is a child named, on any line.
 */
function lowerGivenRelationRule(s: Scanner, k: number): Match | null {
  const t = s.at(k);
  if (!t || t.shape !== "lower" || t.glued || t.stop || !t.given || !t.possessive || t.common || t.ambiguous || FAMILY_WORDS_GIVEN.has(t.lower)) return null;
  const next = s.at(k + 1);
  return next && RELATIONS_OWNED.has(next.lower) && /^['\u2019]s[ \t]+$/.test(s.text.slice(t.end, next.start)) ? { from: k, to: k, confidence: 0.6 } : null;
}

/** Where a lower-case text's first name may stand: its line's start, or after the greeting ("hi tony, robbo can do tues"). */
const LOWER_OPENING_BEFORE = /(?:^|\n)[ \t]*(?:(?:hi|hello|hiya|hey|morning|afternoon|evening)[ \t]+[a-z]+[ \t]*,?[ \t]+)?$/;
/** After a lower-case word: what happens to someone in a case ("got recalled", "was nicked", "breached"). */
const CASE_EVENT_AFTER = /^[ \t]+(?:(?:got|has[ \t]+been|was|been|is|has)[ \t]+)?(?:recalled|arrested|nicked|charged|remanded|sentenced|bailed|tagged|breached|absconded|relapsed|overdosed|sectioned)\b/;
/** A modal after a lower-case name in text-speak ("robbo can do tues", "kyle cant make it"). */
const LOWER_MODALS = new Set(["can", "cant", "could", "will", "wont", "should", "might"]);
function lowerModalAfter(s: Scanner, k: number): boolean {
  const next = s.nextBySpace(k);
  return !!next && next.shape === "lower" && LOWER_MODALS.has(next.lower);
}

/** After a lower-case name's "'s": what "is" or "has" begins ("ricky's been back", "kaydon's on a curfew"). */
const CONTRACTED_VERBS = new Set(["been", "got", "gone", "back", "on", "not", "in", "out", "had", "started", "missed", "moved", "refusing", "saying", "staying",
  // and how someone is: "bradley's ok, he was taken to st george's"
  "ok", "okay", "alright", "fine", "home", "better", "worse", "poorly", "still"]);

/**
 * "shannon (7) said daddy shouted", "ricky's been back at the house", "jordan told me", "police
 * dropped tayla back": on a line
 * written without capitals, a listed given name (no everyday word, no word-name, no family word)
 * before a child's age in brackets, a reporting verb or a contracted "is"/"has" is someone named;
 * so is a word in no list opening its line before a reporting verb ("kaydon can't do after 6"). An
 * age in brackets names a child on any line.
 */
function lowerGivenDoingRule(s: Scanner, k: number, text: string): Match | null {
  const t = s.at(k);
  if (!t || t.shape !== "lower" || t.glued || t.stop) return null;
  // A word no list or dictionary holds, of a name's length, no place.
  const unknownWord = !t.given && !t.possessive && unlisted(t) && t.lower.length >= 4 && !derivedFromCommon(t.lower) && !isPlaceWord(t.lower);
  // "kaydon can't do after 6": a word no list or dictionary holds, opening its line, before a reporting verb.
  if (unknownWord && LOWER_OPENING_BEFORE.test(text.slice(Math.max(0, t.start - 60), t.start))) {
    return s.lowerCaseLine(t.start) && (reportingVerbAfter(s, k) || lowerModalAfter(s, k)) ? { from: k, to: k, confidence: 0.55 } : null;
  }
  // "bit of a week tbh, robbo got recalled sat", "tbh. lewy got recalled weds": such a word after a clause's comma or a full stop, before an event of a case.
  if (unknownWord && /[,;.][ \t]+$/.test(text.slice(Math.max(0, t.start - 3), t.start))) {
    return s.lowerCaseLine(t.start) && CASE_EVENT_AFTER.test(text.slice(t.end, t.end + 30)) ? { from: k, to: k, confidence: 0.55 } : null;
  }
  if (!t.given || t.common || t.ambiguous || FAMILY_WORDS_GIVEN.has(t.lower) || MODALS.has(t.lower)) return null;
  if (!t.possessive && AGE_AFTER.test(text.slice(t.end, t.end + 6))) return { from: k, to: k, confidence: 0.6 };
  if (!s.lowerCaseLine(t.start)) return null;
  if (t.possessive) {
    const next = s.at(k + 1);
    return next && CONTRACTED_VERBS.has(next.lower) && /^['\u2019]s[ \t]+$/.test(text.slice(t.end, next.start)) ? { from: k, to: k, confidence: 0.6 } : null;
  }
  if (CONTACT_VERB_BEFORE.test(text.slice(Math.max(0, t.start - 12), t.start)) && ABOUT_AFTER.test(text.slice(t.end, t.end + 8))) return { from: k, to: k, confidence: 0.6 };
  if (ESCORT_VERB_BEFORE.test(text.slice(Math.max(0, t.start - 12), t.start)) && ESCORT_AFTER.test(text.slice(t.end, t.end + 8))) return { from: k, to: k, confidence: 0.6 };
  return reportingVerbAfter(s, k) || lowerModalAfter(s, k) || CASE_EVENT_AFTER.test(text.slice(t.end, t.end + 30)) ? { from: k, to: k, confidence: 0.6 } : null;
}

/** A to-do line's call, opening the line or a clause, before a lower-case name: "ring leah re her son's yot appt". */
const CONTACT_VERB_BEFORE = /(?:^|\n|[,;][ \t]*)[ \t]*(?:[-*\u2022][ \t]*)?(?:ring|call|phone|text|chase|email|e-mail|msg|message)[ \t]+$/;
/** Before a lower-case name, someone brought or taken somewhere ("police dropped tayla back", "picked jayden up"). */
const ESCORT_VERB_BEFORE = /\b(?:dropped|brought|took|taken|picked|collected|returned|fetched)[ \t]+$/;
/** After that name, where to: " back", " home", " up", " off". */
const ESCORT_AFTER = /^[ \t]+(?:back|home|up|off)\b/;
/** After that name, what the call is about: " re", " about", " abt", " back". */
const ABOUT_AFTER = /^[ \t]+(?:re|about|abt|back)\b/;

/** The same in any case ("- KPC outcome?", "- Missed contact"). */
const CASEWORK_AFTER_DASH_ANY_CASE = /^[ \t]*[-\u2013\u2014][ \t]+(?:[A-Za-z0-9'\u2019]+[ \t]+){0,3}(?:dnas?|visits?|reviews?|contacts?|referrals?|assessments?|conferences?|strategy|concerns?|kpc|s47|breach(?:es)?|recall|licence|missing|plans?|disclosures?|appts?|appointments?|outcomes?|rtcn1?|ccra|bail|conds?|curfew|charges?|remand)\b/i;
/** After a lower-case name heading a subject: a dash, a few words, then casework ("- missed 1 yr review"). */
const CASEWORK_AFTER_DASH = /^[ \t]*[-\u2013\u2014][ \t]+(?:[a-z0-9'\u2019]+[ \t]+){0,3}(?:dnas?|visits?|reviews?|contacts?|referrals?|assessments?|conferences?|strategy|concerns?|kpc|s47|breach(?:es)?|recall|licence|missing|plans?|disclosures?|appts?|appointments?|bail|conds?|curfew|charges?|remand)\b/;

/**
 * "re: kyran oddie - missed 1 yr review": on a line written without capitals, after a reply prefix,
 * a word no list or dictionary holds, then one that is a listed surname or also in none, then a
 * dash and casework: a person the lists do not know yet. After a listed surname the casework
 * may follow with no dash ("re: tamzin oakes missed appt"). A given name that is also a word may
 * open it ("re: jade ormerod - missed contact"); not "re: amber windscreen - quote".
 */
function lowerUnlistedHeadingRule(s: Scanner, k: number, text: string): Match | null {
  const t = s.at(k);
  if (!t || t.shape !== "lower" || t.glued || t.possessive || isPlaceWord(t.lower)) return null;
  // "re: jade ormerod - xmas activity day place": a given name that is also a word, before a word in no list.
  const wordName = t.given && !t.common && !t.stop;
  if (!wordName && (!unlisted(t) || derivedFromCommon(t.lower))) return null;
  const next = s.nextBySpace(k);
  // Not an everyday word's plural or form ("xmas hampers").
  if (!next || next.shape !== "lower" || next.glued || next.possessive || !((unlisted(next) && !derivedFromCommon(next.lower)) || (!wordName && next.surname && !next.common && !next.ambiguous)) || isPlaceWord(next.lower)) return null;
  if (!s.lowerCaseLine(t.start) || !PREFIXED_LINE_START_BEFORE.test(text.slice(Math.max(0, t.start - 60), t.start))) return null;
  const after = text.slice(next.end, next.end + 60);
  // "re: tamzin oakes missed appt": with a listed surname, casework needs no dash.
  return CASEWORK_AFTER_DASH.test(after) || (next.surname && !unlisted(next) && CASEWORK_AFTER_SURNAME.test(after)) ? { from: k, to: k + 1, confidence: 0.6 } : null;
}
/** After a lower-case given name and a listed surname: casework with no dash ("missed appt", "dna'd", "breached"). */
const CASEWORK_AFTER_SURNAME = /^[ \t]+(?:missed|dna(?:['\u2019]?d)?|breach(?:ed)?|recall(?:ed)?|remand(?:ed)?|arrested|bail|curfew|licence|kpc|s47|referral|strategy)\b/;

/**
 * "re: wedding request - pilbeam j": on a line written without capitals, a word no list or
 * dictionary holds and an initial, after a reply prefix or in a later dashed segment of the line,
 * closing it (or before a dash): a surname the lists lack, written the way case lists write people.
 */
function lowerUnlistedInitialRule(s: Scanner, k: number, text: string): Match | null {
  const t = s.at(k);
  if (!t || t.shape !== "lower" || t.glued || t.possessive || t.lower.length < 4 || !unlisted(t) || isPlaceWord(t.lower) || derivedFromCommon(t.lower)) return null;
  const after = LOWER_INITIAL_AFTER.exec(text.slice(t.end, t.end + 10));
  if (!after || !s.at(k + 1) || !s.lowerCaseLine(t.start)) return null;
  // After a reply prefix or the marking, or in a later segment of the line: alone, what heads a
  // line may be a thing that takes a letter ("vitamin d").
  const before = text.slice(Math.max(0, t.start - 60), t.start);
  if (LETTERED_THINGS.has(t.lower) || !(SEGMENT_BEFORE.test(before) || PREFIXED_LINE_START_BEFORE.test(before))) return null;
  return { from: k, to: k + 1, confidence: 0.6 };
}


/** A listed given name in lower case that no everyday word, word-name or place is. */
function clearLowerGiven(w: Word | undefined): boolean {
  return !!w && w.shape === "lower" && !w.glued && !w.stop && !w.possessive && w.given && !w.common && !w.ambiguous && !isPlaceWord(w.lower) && !FAMILY_WORDS_GIVEN.has(w.lower);
}

/** "Heads-up. lacey came back at 03:40": typed in a hurry, a clear given name opening a sentence
 * before a verb a person is the subject of, on any line. */
export function lowerGivenOpensSentence(s: Scanner, k: number, text: string): boolean {
  const t = s.at(k);
  return clearLowerGiven(t) && !MODALS.has((t as Word).lower) && s.subjectSignal(k) && SENTENCE_OPENS_BEFORE.test(text.slice(Math.max(0, (t as Word).start - 8), (t as Word).start));
}

/**
 * "take freddie and nell to the soft play", "with kenzie and the baby": typed in a hurry, two clear
 * given names joined by "and" (or one and "the baby") are people on any line.
 */
export function lowerGivenPair(s: Scanner, k: number): boolean {
  const t = s.at(k);
  if (!clearLowerGiven(t)) return false;
  const w = t as Word;
  // As for a capitalised given name ("Jodie + boys"): "and the baby", "& the kids".
  if (GIVEN_FAMILY_AFTER.test(s.text.slice(w.end, w.end + 24))) return true;
  const joinAfter = s.at(k + 1);
  if (joinAfter && JOINS.has(joinAfter.lower) && clearLowerGiven(s.at(k + 2))) return true;
  // "&" and "+" are no words: they sit in the gap between the two names ("poppy-mae & frankie").
  if (joinAfter && SYMBOL_JOIN.test(s.text.slice(w.end, joinAfter.start)) && clearLowerGiven(joinAfter)) return true;
  const joinBefore = s.at(k - 1);
  if (joinBefore && SYMBOL_JOIN.test(s.text.slice(joinBefore.end, w.start)) && clearLowerGiven(joinBefore)) return true;
  return !!joinBefore && JOINS.has(joinBefore.lower) && clearLowerGiven(s.at(k - 2));
}
const SYMBOL_JOIN = /^[ \t]*[&+][ \t]*$/;
const JOINS = new Set(["and", "&", "+"]);

function lowerGivenPairRule(s: Scanner, k: number): Match | null {
  return lowerGivenPair(s, k) ? { from: k, to: k, confidence: 0.6 } : null;
}

/** Family words the given-name list has too ("nana", "mama"). */
const FAMILY_WORDS_GIVEN = new Set(["nana", "nanna", "mama", "nonna", "papa", "poppy"]);
/** After a possessive, words that make it a feast's name ("valentine's day", "patrick's night"). */
const FEAST_AFTER = new Set(["day", "eve", "night"]);

/** Appointments, a diary: what a line headed by someone's given name is about ("Dom appts w/c 30th"). */
const APPOINTMENT_WORDS = new Set(["appts", "appt", "appointments", "appointment", "diary", "timetable"]);

/** Words of casework after a surname heading a lower-case subject, and of where someone is
 * ("RE: Kelsey back home?", "Jade missing again"). */
const CASEWORK_AFTER = new Set(["contact", "assessment", "visit", "kpc", "referral", "strategy", "strat", "review", "plan", "conference", "concern", "concerns", "case", "family", "children", "kids", "siblings", "safeguarding", "incident", "report", "risk", "s47", "cp", "cin", "hearing", "court", "release", "licence", "recall", "breach", "back", "home", "missing", "safe", "seen", "icpc", "rcpc", "cpc", "rtcn", "rtcn1", "mappa", "marac", "psr", "core", "ap", "move", "placement", "tag", "curfew", "bail", "remand", "sentencing", "parole", "hdc", "oasys"]);

/** After a heading's dash, a few lower-case words with a relation or casework in them ("- mum rang again"). */
const FAMILY_NEWS_AFTER = /^[ \t]*[-\u2013\u2014:][ \t]+(?:[a-z'\u2019]+[ \t]+){0,3}(?:mum|mum's|dad|dad's|mother|father|nan|grandma|grandad|carer|carers|foster|sibling|siblings|brother|sister)\b/;

/** "Jade - mum rang again", "Ruby - contact on Saturday": a given name that is also a word, opening
 * a line (a subject) before a dash and news of a relation or a word of casework, is the person the
 * line is about. */
function headingAboutFamily(s: Scanner, k: number, text: string, afterGiven = false): boolean {
  const t = s.at(k) as Word;
  if (!afterGiven && !LINE_START_BEFORE.test(text.slice(Math.max(0, t.start - 60), t.start))) return false;
  const after = text.slice(t.end, t.end + 50);
  if (FAMILY_NEWS_AFTER.test(after)) return true;
  // "Amber - risk review": a RAG rating heads lines of casework too.
  const dash = t.lower === "amber" ? null : HEADING_DASH_AFTER.exec(after);
  return !!dash && dash[1] === undefined && CASEWORK_AFTER.has(wordAfterDash(after));
}

/** The first lower-case word after a heading's dash or colon ("- missing episode" → "missing"), or "". */
function wordAfterDash(after: string): string {
  return /^[ \t]*[-\u2013\u2014:][ \t]+([a-z0-9]+)/.exec(after)?.[1] ?? "";
}

/** "RE: Jade Ripley - rtcn1 response", "re: jade ripley - …": a given name that is also a word,
 * then a town that is a family name too, heading a line (a subject) before a dash: a person. */
function townSurnameHeading(s: Scanner, k: number, text: string): boolean {
  const t = s.at(k) as Word;
  const next = s.nextBySpace(k);
  if (!next || !next.placeSurname || next.glued || next.shape !== t.shape) return false;
  return LINE_START_BEFORE.test(text.slice(Math.max(0, t.start - 60), t.start)) && HEADING_DASH_AFTER.test(text.slice(next.end, next.end + 10));
}

/** Casework only a person is the subject of: a heading word before it names someone even when the
 * word is an everyday one ("Re: Hope - missing episode Sunday night"). */
const STRONG_CASEWORK = new Set(["missing", "s47", "cp", "cin", "kpc", "strategy", "strat", "referral", "breach", "recall", "licence", "safeguarding", "conference", "disclosure", "mappa", "marac"]);
function headingBeforeStrongCasework(t: Word, text: string): boolean {
  if (!LINE_START_BEFORE.test(text.slice(Math.max(0, t.start - 60), t.start))) return false;
  return STRONG_CASEWORK.has(wordAfterDash(text.slice(t.end, t.end + 30)));
}

/** "Rio's CP plan - core group notes": a listed surname in the possessive heading a line (a subject)
 * before a word of casework. */
function possessiveHeading(s: Scanner, k: number, text: string): boolean {
  const t = s.at(k) as Word;
  const next = s.at(k + 1);
  if (!t.possessive || !next || !CASEWORK_AFTER.has(next.lower) || !/^['\u2019]s[ \t]+$/.test(text.slice(t.end, next.start))) return false;
  return !isPlaceWord(t.lower) && LINE_START_BEFORE.test(text.slice(Math.max(0, t.start - 60), t.start));
}

/** After a given name, a nickname in quotes or brackets, then a surname: "Reece 'Rizzy' Danso". */
const QUOTED_NICKNAME_AND_SURNAME = /^[ \t]+(?:'[A-Z][a-z-]+'|"[A-Z][a-z'\u2019-]+"|\u2018[A-Z][a-z-]+\u2019|\u201c[A-Z][a-z'\u2019-]+\u201d|\([A-Z][a-z'\u2019-]+\))[ \t]+([A-Z][a-z'\u2019]+(?:-[A-Z]?[a-z'\u2019]+)*)/;

/** "Reece 'Rizzy' Danso", "Katarzyna (Kasia) Nowak": a listed given name, a nickname set off, a
 * capitalised surname: the whole is one person's name. */
function nicknameRule(s: Scanner, k: number, text: string): Match | null {
  const t = s.at(k);
  if (!t || t.shape !== "title" || !t.given || t.glued || t.stop || t.possessive) return null;
  const m = QUOTED_NICKNAME_AND_SURNAME.exec(text.slice(t.end, t.end + 60));
  if (!m) return null;
  const end = t.end + m[0].length;
  for (let j = k + 1; j < s.length && j <= k + 4; j++) {
    const w = s.at(j) as Word;
    if (w.end === end) return w.common && !w.surname ? null : { from: k, to: j, confidence: 0.8 };
  }
  return null;
}

type Rule = (s: Scanner, k: number, text: string) => Match | null;

/** Tried in order at each word; the first that matches wins and the scan resumes after it. */
export const RULES: ReadonlyArray<readonly [string, Rule]> = [
  ["title", titleRule],
  ["nickname", nicknameRule],
  ["surname-first", surnameFirstRule],
  ["initial", initialRule],
  ["family", familyRule],
  ["baby-of", babyOfRule],
  ["cue", cueRule],
  ["given-first", givenFirstRule],
  ["unlisted-first", unlistedFirstRule],
  ["name-pair", namePairRule],
  ["unlisted-alone", unlistedAloneRule],
  ["surname-alone", surnameAloneRule],
  ["person-column", personColumnName],
  ["lower-case-line", lowerCaseLineRule],
  ["lower-surname-first", lowerSurnameFirstRule],
  ["lower-given-heading", lowerGivenHeadingRule],
  ["word-name-heading", wordNameHeadingRule],
  ["lower-given-relation", lowerGivenRelationRule],
  ["lower-unlisted-heading", lowerUnlistedHeadingRule],
  ["lower-unlisted-initial", lowerUnlistedInitialRule],
  ["lower-given-pair", lowerGivenPairRule],
  ["lower-given-doing", lowerGivenDoingRule],
];
