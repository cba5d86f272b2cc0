/**
 * Word lists used by the person-name recognizer, in one Map of word → flags; every lookup is on
 * a folded lower-case word. The big lists (given names, surnames, common words) ship as one
 * encoded string (data/nameListCodec.ts) and are decoded into the Map lazily, the few words
 * sharing a looked-up word's first three letters at a time: `known(w)` is the only way to read
 * the Map.
 */
import { AMBIGUOUS_NAMES } from "../data/ambiguousNames";
import { lazyNameLists } from "../data/nameListCodec";
import { NAME_LISTS } from "../data/nameLists";
import { NOT_NAMES } from "./stopWords";

function toSet(words: string): Set<string> {
  const set = new Set<string>();
  for (const w of words.split(/\s+/)) if (w) set.add(w);
  return set;
}

/** One map for every list: a single look-up a word answers all the questions below. */
export const GIVEN = 1;
export const SURNAME = 2;
export const COMMON = 4;
export const AMBIGUOUS = 8;
export const STOP = 16;

const FLAGS = new Map<string, number>();
function markWord(w: string, flag: number): void {
  FLAGS.set(w, (FLAGS.get(w) ?? 0) | flag);
}
function mark(words: string, flag: number): void {
  for (const w of words.split(" ")) if (w) markWord(w, flag);
}
// The list bits are GIVEN, SURNAME and COMMON; a common word is also AMBIGUOUS.
const lists = lazyNameLists(NAME_LISTS, (w, bit) => markWord(w, bit === COMMON ? COMMON | AMBIGUOUS : bit));

/** The flags the lists give `w` (undefined: in none), its bucket of the big lists decoded first. */
function known(w: string): number | undefined {
  lists.load(w);
  return FLAGS.get(w);
}
mark(AMBIGUOUS_NAMES, AMBIGUOUS);
mark(NOT_NAMES, STOP);

/** Name particles that join a given name to a surname: "van der Berg", "Al Hassan", "bin Laden",
 * Irish "Ní Bhriain", "Nic Aoidh", "Uí Bhriain" (folded: ni, nic, ui). */
const PARTICLES = toSet("van der den de da das do dos di du del della la le von zu bin ibn binti bint al el ben ap ter ten mac ni nic ui");

/** Courtesy titles and police or council ranks written before a surname ("PC Davies", "Cllr Shah"). */
export const TITLES = toSet("mr mrs ms miss mx dr prof rev revd fr sir dame master mstr mister pc dc ds di dci dsi sgt insp supt cllr");

/** Words after which the next capitalised or lower-case word is probably a person. */
export const STRONG_CUES = toSet(
  "re regarding baby mother father mum mom dad child son daughter brother sister sibling partner ex-partner " +
    "husband wife boyfriend girlfriend gf bf fiance fiancee grandmother grandfather grandma grandad granddad nan nanna " +
    // What a family calls its own: "Mam's care calls", "Nana's birthday", Welsh "Nain" and "Taid".
    "mam mammy mummy daddy nana gran granny grandpa nain taid mamgu " +
    "aunt auntie uncle cousin stepfather stepmother stepdad stepmum stepson stepdaughter nephew niece carer " +
    "dear hi hello hiya call contact named called aka nee née client pupil victim perpetrator offender " +
    "defendant suspect tenant resident patient siblings children kids twins sons daughters parents " +
    "grandparents carers thanks cheers ta kpc",
);

// A cue is never itself the start of a name ("Baby Thompson" is Thompson; "Baby" is a listed name).
STRONG_CUES.forEach((w) => FLAGS.set(w, (FLAGS.get(w) ?? 0) | STOP));

/** Weaker cues: a following word needs to look more like a name. */
export const WEAK_CUES = toSet("for with to from about by see saw met meet spoke visited visit ask asked tell told and or give gave giving hands handed collect collected collecting");

/** Lower-case words that follow a bare given name used as a subject ("Aisha told the worker"). */
export const NAME_VERBS = toSet(
  "told tells said says disclosed discloses reported reports stated states explained admitted admits denied " +
    "denies confirmed confirms attended attends lives lived moved went came called asked wants wanted needs " +
    "refused refuses alleged alleges has had was is and who whose remains remained appeared appears presented " +
    "returned left arrived absconded breached missed relapsed assaulted smashed threatened overdosed punched stole " +
    "tested failed recalled arrested nicked charged remanded sentenced convicted bailed tagged " +
    // "Kieron sent me this on WhatsApp", "Jay texted last night", "Danielle forwarded these to me".
    "sent texted messaged rang emailed wrote forwarded screenshotted showed " +
    // "Lacey-Jo managed the whole hour with her dad", "Tilly settled well".
    "managed coped seemed settled enjoyed stayed slept " +
    // "Kayden can't do Thursdays", "Shannon didn't go to school" (not "isn't": "Lavender Hill
    // isn't available"; not "can", "should": "Headline should read").
    "can't won't didn't",
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
    "manor castle estate halls hospice hostel refuge hotel inn pub farm leys junction mill works arena stadium cathedral institute council county borough city town village jobcentre mags magistrates crown " +
    // A hospital's departments signing a letter ("Orthopaedic Outpatients", "Ward 7 Admissions").
    "outpatients inpatients admissions radiology physiotherapy paediatrics orthopaedics pharmacy bookings " +
    // Shops and caterers a booking names ("Sweet Basil Deli", "Rosie Lee Bakery").
    "deli cafe bakery bistro restaurant kitchen catering caterers florist florists salon garage " +
    // A village's Latin second word ("Glen Parva", "Ashby Magna", "Bere Regis").
    "parva magna regis " +
    // Firms a writer names as an employer or landlord ("Castlegate Logistics", "Greenway Estates").
    "acre acres logistics solutions consulting consultancy associates recruitment estates lettings motors haulage removals properties insurance",
);

/**
 * Place words that are as often family names ("Shannon Dale", "Jo Croft"): after
 * a given name that is not itself an everyday word they end a person's name, not a place's.
 * Street words (road, street, lane…) are not here: streets are often named after people.
 */
export const FAMILY_PLACE_WORDS = toSet("dale croft lea mead vale");

/**
 * Two-word places in the agreements' areas (Derbyshire, Derby, Leicester, Leicestershire and
 * Rutland) whose words are also names: "Kirk Hallam" is a town, not Kirk Hallam. Written from
 * the districts' own lists of towns and villages; lower-case, folded.
 */
export const LOCAL_PLACES = toSet(
  [
    "kirk_hallam kirk_langley kirk_ireton west_hallam darley_dale darley_abbey dale_abbey clay_cross stanley_common",
    "long_eaton stoney_middleton whaley_bridge langley_mill horsley_woodhouse church_gresley church_broughton",
    "castle_donington earl_shilton kirby_muxloe melton_mowbray sutton_bonington appleby_magna market_harborough",
    "market_bosworth lutterworth_road barrow_upon_soar morley_moor",
  ].join(" "),
);

/** Rooms and parts of a building: after a capitalised name, in any case, they make it a room's name
 * ("Florence Nightingale room"). */
/** Words for a site after a street's name: "Sandy Lane car park", "Rose Lane office". */
export const SITE_WORDS = toSet("office offices depot site premises building car");

export const ROOM_WORDS = toSet("room rooms suite suites wing wings lounge lounges annexe auditorium studio studios gallery galleries");

/** Things named after a person in their honour: after a capitalised name, in capitals, they make it
 * the thing's name ("Harry Parkes Fund", "the Elizabeth Fry Award"); "Memorial" only with another
 * capitalised word after it ("Memorial Fund"). */
export const NAMED_IN_HONOUR = toSet("award awards fund prize prizes bursary bursaries scholarship scholarships fellowship fellowships lecture lectures trophy medal rounds");

/** Works a name may be the title of, after "the" ("the Harry Potter books", "the Milo the Moth stories"). */
/** Conditions named after a person ("Alzheimer's", "Parkinson's disease"): in the possessive they
 * are the condition, not someone (mostly names nobody bears now; "Addison's" only before "disease"). */
export const CONDITION_EPONYMS = toSet("alzheimer parkinson huntington crohn asperger tourette");
export const CONDITION_EPONYMS_BEFORE_NOUN = toSet("addison cushing graves hodgkin raynaud bell");
export const CONDITION_NOUNS = toSet("disease syndrome palsy lymphoma phenomenon");

export const WORK_NOUNS = toSet("book books series stories novels films film movies plays musical show shows podcast poems comics");

/**
 * The cities of the United Kingdom (city status, GOV.UK list, 2022) and the larger towns of the
 * East Midlands: before a district word ("Chester Green", "Derby Moor", "Leicester Forest") they
 * name a place, though many are also names.
 */
export const UK_CITIES = toSet(
  "bath birmingham bradford brighton bristol cambridge canterbury carlisle chelmsford chester chichester colchester coventry derby " +
    "doncaster durham ely exeter gloucester hereford hull lancaster leeds leicester lichfield lincoln liverpool london manchester " +
    "milton newcastle norwich nottingham oxford peterborough plymouth portsmouth preston ripon salford salisbury sheffield " +
    "southampton southend stoke sunderland truro wakefield wells westminster winchester wolverhampton worcester york " +
    "aberdeen dundee dunfermline edinburgh glasgow inverness perth stirling bangor cardiff newport swansea wrexham armagh belfast " +
    "derry lisburn newry chesterfield mansfield ilkeston matlock buxton belper ripley alfreton glossop swadlincote loughborough " +
    "hinckley coalville melton oakham",
);

/** District words: after a city or town they make a place ("Chester Green", "Derby Moor"). */
export const DISTRICT_WORDS = toSet("green heath moor hill hills common wood woods fields cross bridge end gate forest marsh");

/** Before a capitalised word they make a place: "St Helens", "Mount Pleasant", "Long Eaton", "Market
 * Bosworth", "Nether Heage". */
export const PLACE_PREFIXES = toSet("st saint mount mt lake port fort cape upper lower north south east west great little long market nether much");

export const MONTHS = toSet("january february march april may june july august september october november december");
mark("january february march april may june july august september october november december", AMBIGUOUS);

/**
 * Flags of a folded lower-case word. Hyphenated and apostrophe names ("smith-jones",
 * "al-hassan", "o'neill") not listed whole take the flags their parts agree on, and any stop
 * part ("official-sensitive", "tues-thu") spoils the word.
 */
export function flagsOf(w: string): number {
  const f = known(w);
  if (f !== undefined) return f;
  if (w.length > 40 || (w.indexOf("-") < 0 && w.indexOf("'") < 0)) return 0;
  let out = 0;
  const parts = w.split("-");
  for (const p of parts) if (p.length > 1 && !PARTICLES.has(p) && ((known(p) ?? 0) & STOP) !== 0) return STOP;
  if (hyphenated(w, GIVEN)) out |= GIVEN;
  if (hyphenated(w, SURNAME)) out |= SURNAME;
  // "tax-free", "follow-up": everyday words joined, no name part among them.
  if (out === 0 && parts.length > 1 && parts.every((p) => ((known(p) ?? 0) & COMMON) !== 0)) return COMMON | AMBIGUOUS;
  return out;
}

/** Endings no name has: "Accredited", "Incorporating", "Mutilation", "Mortality", "Maintenance".
 * A short word in "-ence" or "-ance" that no list holds may be a name ("Kaydence", "Jaydence"). */
const WORD_ENDING = /(?:[a-z]{3}ing|[a-z]{5}ed|tion|sion|ment|ness|ity|ship|[a-z]{6}(?:ance|ence)|ism|ology|ised|ized|ical|ively|ously)$/;

/** Flags of any word; an unlisted word with an everyday ending or plural ("Programmes") is COMMON. */
export function wordFlags(w: string): number {
  const f = flagsOf(w);
  if (f !== 0 || w.length > 40) return f;
  if (WORD_ENDING.test(w)) return COMMON;
  if (w.length > 3 && w.charCodeAt(w.length - 1) === 0x73) {
    const stem = flagsOf(w.slice(0, -1)) | (w.endsWith("es") ? flagsOf(w.slice(0, -2)) : 0);
    if ((stem & (COMMON | STOP)) !== 0) return COMMON;
  }
  return 0;
}

export function isParticle(w: string): boolean {
  return PARTICLES.has(w);
}

/** The end of a contraction: "'d", "'ll", "'ve", "'re", "'m", "'t". */
const CONTRACTION_END = /'(?:d|ll|ve|re|m|t)$/;

/** "smith-jones", "al-hassan", "ellie-mae": every part a name (or a particle), at least one with `flag`. */
function hyphenated(w: string, flag: number): boolean {
  // "he'd", "she'll", "they've": a contraction, not "He" (a surname) and a "d".
  if (CONTRACTION_END.test(w)) return false;
  const parts = w.split(/['-]/);
  if (parts.length > 6) return false;
  let hit = false;
  for (const p of parts) {
    if (p.length === 0) return false;
    const f = known(p) ?? 0;
    if ((f & flag) !== 0) hit = true;
    else if (!(PARTICLES.has(p) || p === "o" || p === "d" || (f & (GIVEN | SURNAME)) !== 0)) return false;
  }
  return hit;
}
