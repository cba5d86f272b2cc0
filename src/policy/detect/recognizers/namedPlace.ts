/**
 * A name found that is a UK place in a place's context: "Kingston upon Thames", "Milton Keynes",
 * "in Richmond", "secondment to Richmond", "at Clapham Junction and Richmond", "the Hastings
 * office", "Wandsworth & Richmond", "Kingston and Sutton MAPPA".
 * Districts and towns share many words with names (Richmond, Kingston, Sutton, Preston), so the
 * place word alone decides nothing: "KPC – Richmond" and "Chelsea and Angus" stay names.
 */
import * as lexicon from "../names/lexicon";
import * as places from "../names/places";
import * as scanner from "./personNameScanner";
import type { Match, Scanner, Word } from "./personNameScanner";

// Bound once at load (see personName.ts).
const { isPlacePair, isPlaceWord } = places;
const { FAMILY_PLACE_WORDS, PLACE_SUFFIXES } = lexicon;
const { capital, nameish } = scanner;

/** Words before a place that say where: "based in Richmond", "across Kingston", "at Hastings". */
const WHERE = new Set(["in", "at", "across", "around", "near", "within", "covering", "throughout", "outside", "towards", "via"]);

/** Words of going somewhere before "to" or "from": "secondment to Richmond", "travel from Swansea". */
const GOING = new Set([
  "secondment", "seconded", "move", "moves", "moving", "moved", "relocation", "relocating", "relocated", "transfer", "transferred",
  "transferring", "travel", "travelling", "traveling", "trip", "journey", "train", "trains", "drive", "driving", "commute",
  "commuting", "return", "returning", "back", "going", "come", "coming", "bus", "redeployed", "redeployment", "posted",
]);

/** Before a place: a list of places after a word that says where ("at Clapham Junction and
 * Richmond", "in Derby, Leicester and Rutland"): items of one to three capitalised words. */
const WHERE_LIST_BEFORE = /\b(?:in|at|across|around|near|within|covering|throughout|between)[ \t]+(?:[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*){0,2}(?:[ \t]*,[ \t]*|[ \t]+(?:and|&)[ \t]+)){1,5}$/;

/** Words after a place for a part of a service there: "Hastings office", "Kingston PDU", "Sutton hub". */
const PLACE_UNITS = new Set([
  "office", "offices", "hub", "hubs", "team", "teams", "area", "areas", "borough", "boroughs", "locality", "localities",
  "patch", "cluster", "site", "depot", "station", "court", "courts", "council", "pdu", "ldu", "mash", "yos", "yjs",
  "probation", "police", "custody", "neighbourhood", "division", "district", "districts",
]);

/** Words joining the items of a list of places: ", ", " and ", " & ". */
const LIST_JOINER = /^(?:[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+(?:and|&)[ \t]+)$/;

function placeWord(w: Word | undefined): w is Word {
  return !!w && capital(w) && !w.glued && !w.possessive && isPlaceWord(w.lower);
}

/** "Richmond upon Thames", "Kingston upon Hull", "Newcastle under Lyme". */
function onRiver(s: Scanner, k: number): boolean {
  const joiner = s.nextBySpace(k);
  const river = s.nextBySpace(k + 1);
  return !!joiner && !!river && (joiner.lower === "upon" || joiner.lower === "on" || joiner.lower === "under") && joiner.shape === "lower" && capital(river);
}

/** "secondment to", "travel from", "get the train back to": a word of going before "to"/"from" at word k. */
function goingBefore(s: Scanner, k: number): boolean {
  const before = s.at(k - 1);
  return !!before && s.nextBySpace(k - 1) === s.at(k) && GOING.has(before.lower);
}

/** What an organisation holds, not a person: "housing application with Richmond", "registered
 * with Sutton", "tenancy with Kingston", "claim to Bromley". */
const HELD_WITH = new Set(["application", "applications", "registered", "registration", "tenancy", "tenancies", "claim", "bid", "account"]);

/** "application with", "registered with", "claim to": an organisation's business before "with"/"to" at word k. */
function heldWithBefore(s: Scanner, k: number): boolean {
  const before = s.at(k - 1);
  return !!before && s.nextBySpace(k - 1) === s.at(k) && HELD_WITH.has(before.lower);
}

function unitAfter(s: Scanner, k: number): boolean {
  const next = s.nextBySpace(k);
  return !!next && !next.glued && PLACE_UNITS.has(next.lower);
}

/** Index of the list item joined to word k on the side `step` (-1 or 1): ", X", " and X", " & X". */
function joinedItem(s: Scanner, k: number, step: number): number {
  const near = k + step;
  const skip = s.at(near)?.lower === "and" ? near + step : near;
  const a = s.at(Math.min(k, skip));
  const b = s.at(Math.max(k, skip));
  if (!placeWord(s.at(skip)) || !a || !b || !LIST_JOINER.test(s.text.slice(a.end, b.start))) return -1;
  // "Richmond and Wandsworth Smith": an item that runs on into a name is a person.
  if (nameish(s.nextBySpace(skip))) return -1;
  return skip;
}

/**
 * Word k is a place by the list of places it is in ("Kingston, Merton and Sutton"; single-word
 * items, a few each way): when one item is no given name ("Wandsworth & Richmond"), or a word for
 * a part of a service follows the list ("Kingston and Sutton borough teams"). "Chelsea and
 * Angus", two given names, stay names.
 */
function inPlaceList(s: Scanner, k: number): boolean {
  let from = k;
  let to = k;
  for (let steps = 0, j = joinedItem(s, from, -1); steps < 6 && j >= 0; steps++, j = joinedItem(s, from, -1)) from = j;
  for (let steps = 0, j = joinedItem(s, to, 1); steps < 6 && j >= 0; steps++, j = joinedItem(s, to, 1)) to = j;
  if (from === to) return false;
  for (let j = from; j <= to; j++) {
    const w = s.at(j) as Word;
    if (w.lower !== "and" && !w.given) return true;
  }
  return unitAfter(s, to);
}

/** Plural or singular words for sites, after one or more names: "Beaumont Leys and Belgrave sites". */
const SITE_NOUNS = new Set(["site", "sites", "office", "offices", "hub", "hubs", "depot", "depots", "campus", "campuses", "estate", "estates", "branch", "branches", "centres", "libraries", "teams", "squads"]);

const PLURAL_SITE = /(?:s|es)$/;

/** "the Beaumont Leys and Belgrave sites", "Oadby and Wigston offices", "the Stockwell and Clapham
 * teams": names, perhaps in a list of capitalised items, then a lower-case word for sites or the
 * teams based there: each is a site's place. */
/** Lower-case words for a part of a service at a place, after a list that holds a street ("Euston
 * Street and Beaumont Leys custody"). */
const SERVICE_AT_PLACE = new Set(["custody", "suite", "suites", "station", "stations", "office", "offices", "court", "courts"]);

/** "Euston Street and Beaumont Leys custody": joined to a street, road or other place by "and",
 * and followed by a word for a service at a place, a name is that place too. */
function besideStreetBeforeService(s: Scanner, m: Match): boolean {
  const after = s.nextBySpace(m.to);
  if (!after || after.shape !== "lower" || !SERVICE_AT_PLACE.has(after.lower) || (s.at(m.to) as Word).possessive) return false;
  const and = s.at(m.from - 1);
  const street = s.at(m.from - 2);
  return !!and && and.lower === "and" && !!street && capital(street) && PLACE_SUFFIXES.has(street.lower) && s.nextBySpace(m.from - 2) === and;
}

/** After a place's name, the kind of home it is ("Netherhall children's home", "Oak Lodge care home"). */
const HOME_KIND_AFTER = /^[ \t]+(?:children['\u2019]s|care|nursing|residential|respite)[ \t]+homes?\b/i;
/** "Netherhall children's home": a name no given name starts, before the kind of home it is, is the home. */
function beforeHomeKind(s: Scanner, m: Match): boolean {
  const first = s.at(m.from) as Word;
  const last = s.at(m.to) as Word;
  return !first.given && !last.possessive && HOME_KIND_AFTER.test(s.text.slice(last.end, last.end + 30));
}

function beforeSiteNoun(s: Scanner, m: Match): boolean {
  if ((s.at(m.to) as Word).possessive) return false;
  let k = m.to;
  for (let steps = 0; steps < 8; steps++) {
    const next = s.at(k + 1);
    const here = s.at(k) as Word;
    if (!next || next.glued) return false;
    const gap = s.text.slice(here.end, next.start);
    // A singular noun after one name only with "the" before it ("the Belgrave site"; not "Kyle Smith site visit").
    // Not the verb: "Kayla Smith teams up with …".
    if (next.shape === "lower" && SITE_NOUNS.has(next.lower)) return /^[ \t]+$/.test(gap) && (steps > 0 || PLURAL_SITE.test(next.lower) || s.at(m.from - 1)?.lower === "the") && !/^[ \t]+up\b/.test(s.text.slice(next.end, next.end + 4));
    if (next.lower === "and" || (capital(next) && /^[ \t]*(?:,|&)?[ \t]*$/.test(gap))) {
      k++;
      continue;
    }
    return false;
  }
  return false;
}

/** Word k ends a list of places after a where-word ("at Clapham Junction and Richmond"): only read
 * when a list joiner ("and", ",", "&") comes right before it. */
function endsPlaceList(s: Scanner, k: number): boolean {
  const word = s.at(k) as Word;
  const prev = s.at(k - 1);
  if (!prev) return false;
  const gap = s.text.slice(prev.end, word.start);
  if (prev.lower !== "and" && !/[,&]/.test(gap)) return false;
  return WHERE_LIST_BEFORE.test(s.text.slice(Math.max(0, word.start - 120), word.start));
}

/** Where-words before which a word that is no given name is a place, not a person ("bike theft down
 * in Clapham and Balham"); not "at", which also follows verbs ("shouted at Brennan"). */
const IN_PLACE = new Set(["in", "across", "around", "near", "within", "throughout"]);

/**
 * "down in Clapham and Balham", "across Tooting", "Pitch clean-up at Roehampton Vale": a name that
 * no given name starts, after a where-word (for "at", only a name ending in a place word such as
 * Vale, Dale or Green) or ending a list of places after one, is a place.
 */
function placeNamedWhere(s: Scanner, m: Match, prev: Word | undefined): boolean {
  const first = s.at(m.from) as Word;
  const last = s.at(m.to) as Word;
  if (first.given || last.possessive || nameish(s.nextBySpace(m.to))) return false;
  if (prev && prev.shape === "lower" && s.nextBySpace(m.from - 1) === first) {
    if (IN_PLACE.has(prev.lower)) return true;
    if (prev.lower === "at" && m.to > m.from && (PLACE_SUFFIXES.has(last.lower) || FAMILY_PLACE_WORDS.has(last.lower))) return true;
  }
  return m.to === m.from && endsPlaceList(s, m.from);
}

/** Events a place holds: "Prevent awareness session at Beaumont Leys", "the drop-in at Braunstone". */
const EVENT_NOUNS = new Set(["session", "sessions", "meeting", "meetings", "training", "event", "events", "clinic", "clinics", "drop-in", "workshop", "workshops", "conference", "course", "briefing", "stall", "fair", "surgery", "surgeries", "forum", "huddle", "launch"]);

/** "session at Beaumont Leys": after an event and "at", a name (no possessive, nothing name-like
 * after it) is where the event is held. */
function eventAtPlace(s: Scanner, m: Match, prev: Word | undefined): boolean {
  const event = s.at(m.from - 2);
  if (!prev || prev.lower !== "at" || !event || !EVENT_NOUNS.has(event.lower) || s.nextBySpace(m.from - 2) !== prev || s.nextBySpace(m.from - 1) !== s.at(m.from)) return false;
  return !(s.at(m.to) as Word).possessive && !nameish(s.nextBySpace(m.to)) && !(s.at(m.from) as Word).title;
}

export function namedPlace(s: Scanner, m: Match): boolean {
  const first = s.at(m.from) as Word;
  const last = s.at(m.to) as Word;
  if (first.title) return false;
  // "Milton Keynes", "Tunbridge Wells": a two-word district.
  if (m.to === m.from + 1 && isPlacePair(first.lower, last.lower)) return true;
  const prev = s.at(m.from - 1);
  const after = s.nextBySpace(m.to);
  if (prev && s.nextBySpace(m.from - 1) === first && isPlacePair(prev.lower, first.lower) && capital(prev)) return true;
  if (placeNamedWhere(s, m, prev) || eventAtPlace(s, m, prev) || beforeSiteNoun(s, m) || besideStreetBeforeService(s, m) || beforeHomeKind(s, m)) return true;
  if (m.to !== m.from || !placeWord(first)) return false;
  if (after && isPlacePair(first.lower, after.lower) && capital(after)) return true;
  if (onRiver(s, m.from) || unitAfter(s, m.from)) return true;
  if (prev && prev.shape === "lower" && WHERE.has(prev.lower) && s.nextBySpace(m.from - 1) === first) return true;
  if (prev && (prev.lower === "to" || prev.lower === "from") && s.nextBySpace(m.from - 1) === first && goingBefore(s, m.from - 1)) return true;
  if (prev && (prev.lower === "with" || prev.lower === "to") && s.nextBySpace(m.from - 1) === first && heldWithBefore(s, m.from - 1)) return true;
  if (endsPlaceList(s, m.from) || areaAfterGroupHeading(s, m.from)) return true;
  return inPlaceList(s, m.from);
}

/** Before a dash: a line (a subject) about an area's group or figures, not a person ("IOM cohort
 * update - ", "partnership board - ", "Q3 figures: "). "KPC - Richmond" stays a name. */
const GROUP_HEADING_BEFORE =
  /(?:^|\n)[^\n]{0,60}\b(?:cohort|partnership|board|forum|network|figures|stats|statistics|data|performance|newsletter|bulletin|rota|teams?|hubs?|offices?|locality|borough)\b[^\n]{0,20}?[ \t]*[-\u2013\u2014:][ \t]*$/i;

/** "IOM cohort update - Richmond": a place word closing its line after such a heading, perhaps
 * before a remark in brackets ("IOM cohort review - Richmond (OFFICIAL-SENSITIVE)"). */
function areaAfterGroupHeading(s: Scanner, k: number): boolean {
  const word = s.at(k) as Word;
  if (!/^[ \t]*(?:\([^()\n]{0,30}\)[ \t]*)?(?:\r?\n|$)/.test(s.text.slice(word.end, word.end + 40))) return false;
  return GROUP_HEADING_BEFORE.test(s.text.slice(Math.max(0, word.start - 100), word.start));
}
