/**
 * UK place names that are also people's names ("Richmond", "Kingston", "Sutton", "Hastings",
 * "Milton Keynes"): the local authority districts and counties (data/ukPlaces.ts) and the
 * cities of UK_CITIES, as folded lower-case words. A place word is only evidence: the rules in
 * recognizers/namedPlace.ts also need a place's context ("in Richmond", "Kingston and Sutton",
 * "the Hastings office") before a name becomes a place.
 */
import { UK_PLACES_CODED } from "../data/ukPlaces";
import { foldedLower } from "./fold";
import { UK_CITIES } from "./lexicon";

/** Words before a district's own name that are no part of the place's everyday name
 * ("North Devon", "Mid Suffolk", "Central Bedfordshire", "City of Edinburgh"). */
const QUALIFIERS = /^(?:(?:north|south|east|west|mid|central|greater|city of|county of)\s+)+/;

/** "Kingston upon Thames", "Newcastle upon Tyne", "Richmond upon Thames": the first word is the place. */
const ON_RIVER = /^(\S+) (?:upon|on|under|in) \S+$/;

/** The place names of data/ukPlaces.ts, undoing its front coding: each entry's first character
 * (code 48 + n) says how many leading characters it shares with the name before. */
export function ukPlaceNames(coded: string = UK_PLACES_CODED): string[] {
  const names: string[] = [];
  let prev = "";
  for (const entry of coded.split("|")) {
    const shared = entry.charCodeAt(0) - 48;
    if (!(shared >= 0 && shared <= prev.length)) throw new Error(`UK place names: bad entry "${entry}" after "${prev}"`);
    prev = prev.slice(0, shared) + entry.slice(1);
    names.push(prev);
  }
  return names;
}

function build(): { words: Set<string>; pairs: Map<string, Set<string>> } {
  const words = new Set<string>(UK_CITIES);
  // First word → second words: a look-up builds no string per name found.
  const pairs = new Map<string, Set<string>>();
  for (const name of ukPlaceNames()) {
    const lower = foldedLower(name, 0, name.length).replace(/, (?:city|county) of$/, "");
    // "Hammersmith and Fulham", "Armagh City, Banbridge and Craigavon": each part is a place.
    for (const raw of lower.split(/, | and | with /)) {
      const part = raw.replace(QUALIFIERS, "").replace(/ city$/, "").trim();
      const river = ON_RIVER.exec(part);
      const parts = river ? [river[1] as string] : part.split(" ");
      if (parts.length === 1 && parts[0]) words.add(parts[0]);
      else if (parts.length === 2) {
        const [a, b] = parts as [string, string];
        const seconds = pairs.get(a) ?? new Set<string>();
        seconds.add(b);
        pairs.set(a, seconds);
      }
    }
  }
  return { words, pairs };
}

const { words, pairs } = build();

/** A district, county or city written as one word ("richmond", "wandsworth", "derbyshire"). */
export function isPlaceWord(lower: string): boolean {
  return words.has(lower);
}

/** A two-word district ("milton", "keynes"; "tower", "hamlets"). */
export function isPlacePair(first: string, second: string): boolean {
  const seconds = pairs.get(first);
  return seconds !== undefined && seconds.has(second);
}
