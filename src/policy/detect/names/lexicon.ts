/**
 * Word sets used by the person-name recognizer. The big lists are shipped as one string each
 * and split once at load; every lookup is a Set.has on a folded lower-case word.
 */
import { AMBIGUOUS_NAMES } from "../data/ambiguousNames";
import { COMMON_WORDS } from "../data/commonWords";
import { GIVEN_NAMES } from "../data/givenNames";
import { SURNAMES } from "../data/surnames";
import { NOT_NAMES } from "./stopWords";

function toSet(words: string): Set<string> {
  const set = new Set<string>();
  for (const w of words.split(/\s+/)) if (w) set.add(w);
  return set;
}

const GIVEN = toSet(GIVEN_NAMES);
const SURNAME = toSet(SURNAMES);
const COMMON = toSet(COMMON_WORDS);
const AMBIGUOUS = toSet(AMBIGUOUS_NAMES);
const STOP = toSet(NOT_NAMES);

/** Name particles that join a given name to a surname: "van der Berg", "Al Hassan", "bin Laden". */
const PARTICLES = toSet("van der den de da das do dos di du del della la le von zu bin ibn binti bint al el ben ap ter ten mac st");

export const TITLES = toSet("mr mrs ms miss mx dr prof rev revd sir dame master mstr mister");

/** Words after which the next capitalised or lower-case word is probably a person. */
export const STRONG_CUES = toSet(
  "re regarding baby mother father mum mom dad child son daughter brother sister sibling partner ex-partner " +
    "husband wife boyfriend girlfriend fiance fiancee grandmother grandfather grandma grandad granddad nan nanna " +
    "aunt auntie uncle cousin stepfather stepmother stepdad stepmum stepson stepdaughter nephew niece carer " +
    "dear hi hello hiya call contact named called aka nee née client pupil victim perpetrator offender " +
    "defendant suspect tenant resident patient mr mrs ms miss",
);

/** Weaker cues: a following word needs to look more like a name. */
export const WEAK_CUES = toSet("for with to from about by see saw met meet spoke visited visit ask asked tell told and or");

/** Lower-case words that follow a bare given name used as a subject ("Aisha told the worker"). */
export const NAME_VERBS = toSet(
  "told tells said says disclosed discloses reported reports stated states explained admitted admits denied " +
    "denies confirmed confirms attended attends lives lived moved went came called asked wants wanted needs " +
    "refused refuses alleged alleges has had was is and who whose remains remained appeared appears presented " +
    "returned left arrived absconded",
);

/** The words that turn "the White family" into a name; "foster family" is not one. */
export const NOT_FAMILY_NAMES = toSet(
  "foster birth host extended adoptive adopted kinship whole wider immediate nuclear blended same new royal " +
    "troubled step my our your his her their this that the a an each every any other whose one local",
);

/** Words that make a preceding capitalised phrase a street or organisation, not a person. */
export const PLACE_SUFFIXES = toSet(
  "road rd street st avenue ave lane ln drive close way crescent cres grove place pl terrace court ct gardens " +
    "walk rise view mews row square sq parade circle fields meadows vale wharf yard croft dale gate lea mead " +
    "nook paddock pastures ridge wynd approach boulevard broadway park house hospital school academy college " +
    "university centre center clinic surgery practice trust unit station prison church chapel mosque temple " +
    "gurdwara synagogue library building nursery infant infants junior primary secondary community health " +
    "medical group ltd limited plc foundation partnership services service team project hub campus lodge " +
    "manor castle estate hall halls cathedral institute council county borough city town village",
);

/** Words before a capitalised phrase that make it a place: "St Helens", "Mount Pleasant". */
export const PLACE_PREFIXES = toSet("st saint mount mt lake port fort cape upper lower north south east west great little");

export const MONTHS = toSet("january february march april may june july august september october november december");

export function isGiven(w: string): boolean {
  return GIVEN.has(w) || hyphenated(w, GIVEN);
}
export function isSurname(w: string): boolean {
  return SURNAME.has(w) || hyphenated(w, SURNAME);
}
/** A frequent English word: needs context before it counts as a name. */
export function isCommon(w: string): boolean {
  return COMMON.has(w);
}
/** A name that is also an everyday word (Grace, Hope, Will, White, Wood…). */
export function isAmbiguous(w: string): boolean {
  return COMMON.has(w) || AMBIGUOUS.has(w) || MONTHS.has(w);
}
export function isStop(w: string): boolean {
  if (STOP.has(w)) return true;
  // "OFFICIAL-SENSITIVE", "Tues-Thu", "Chapel-en-le-Frith": any stop part spoils the token.
  if (w.indexOf("-") < 0) return false;
  const parts = w.split("-");
  for (const p of parts) if (p.length > 1 && STOP.has(p) && !PARTICLES.has(p)) return true;
  return false;
}
export function isParticle(w: string): boolean {
  return PARTICLES.has(w);
}

/** "smith-jones", "al-hassan", "ellie-mae": every part a name (or a particle), at least one in `set`. */
function hyphenated(w: string, set: Set<string>): boolean {
  if (w.indexOf("-") < 0 && w.indexOf("'") < 0) return false;
  const parts = w.split(/['-]/);
  let hit = false;
  for (const p of parts) {
    if (p.length === 0) return false;
    if (set.has(p)) hit = true;
    else if (!(PARTICLES.has(p) || p === "o" || p === "d" || GIVEN.has(p) || SURNAME.has(p))) return false;
  }
  return hit;
}
