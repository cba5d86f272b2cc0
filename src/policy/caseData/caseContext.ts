/**
 * Which sentences give case context: a fact (an identifier, a date of birth, a special-category
 * fact), a home address, or case vocabulary (offences, risk, safeguarding, family, "known to us").
 */
import type { PersonalDataKind, Span } from "../detect/types";
import { normalise } from "../detect/normalise";
import { PLACE_KINDS } from "./addresses";
import { lastAtOrBefore } from "./boundaries";
import { CASE_VOCABULARY, OWNED_RELATION, PARENTAL_LEAVE, THE_BABY, QUALIFICATION_BEFORE, ROTA_WORD, SOCIAL_NEWS, STAFF_AT_CASE_MEETING, STAFF_RUNNING_CASEWORK, FAMILY_MEETING_END, hasCaseWording, withoutNegatedHarm } from "./caseVocabulary";
import { isTextPart } from "./messageParts";
import type { MessageReading } from "./reading";
import { STRONG_CASE_WORDING } from "./pronouns";
import { inDueItemTitle } from "./tables";
import { inServiceName, inTeamName, isJobTitle, ownedBefore, thingMoved, wordingNotAboutPeople } from "./topics";

/** "Mum says", "Dad reported": a case worker's shorthand, unless "my", "our" or "your" comes before. */
const WORKER_SHORTHAND = /^(?:mum|dad)(?: |['\u2019]s )/i;
const WRITERS_OWN_BEFORE = /\b(?:my|our|your)[ \t]+$/i;

/** Kinds that are case data wherever they appear. */
export const ALWAYS_CASE: ReadonlySet<PersonalDataKind> = new Set<PersonalDataKind>(["nhs-number", "national-insurance-number", "pnc-id", "cro-number", "prison-number", "date-of-birth"]);

/** Flags by sentence index. */
export interface SentenceContext {
  /** Case context of any kind. */
  context: Uint8Array;
  /** Context from a fact (an identifier, a date of birth, special-category data), not from wording. */
  factContext: Uint8Array;
  /** A home address: context for a name beside it. */
  homeAddress: Uint8Array;
  /** The only case wording is family words owned by a pronoun, each giving a name ("Mark and his
   * wife Summer welcomed their daughter Rose"): read for a staff member's family news. */
  familyWordingOnly: Uint8Array;
  /** The starts of the names so given ("Summer", "Rose"). */
  givenAsRelative: Set<number>;
}

/** Children owned by a pronoun, before the names they give: "their twins, ", "his son ", "her new baby ". */
const OWNED_CHILDREN = /\b(?:his|her|their)[ \t]+(?:(?:first|second|third|new|newborn|baby|little|twin)[ \t]+)?(?:twins|triplets|children|kids|sons?|daughters?|baby|boys?|girls?|grandchildren|grand(?:son|daughter)s?)\b/gi;
/** Between two names of such a list: a comma, "and" or "&". */
const LIST_GAP = /^(?:[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+(?:and|&)[ \t]+)$/;
/** The most names one relation gives. */
const MAX_GIVEN = 8;
/** In social news, what makes it a young person's: their order, or a child's age in brackets. */
const OWN_ORDER_OR_AGE = /\b(?:his|her|their)[ \t]+(?:referral|community|youth[ \t]+rehabilitation|supervision|court)[ \t]+order\b|\((?:1[0-7]|[2-9])\)/i;

/** Between "his wife" and the name it gives ("his wife Summer", "her husband, Dan", "their baby girl, Nia"). */
const RELATION_NAME_GAP = /^(?:[ \t]+(?:girl|boy))?[ \t]*,?[ \t]*$/;

/**
 * The sentences with case context, from what is read as text. `specialNotFact` says why a
 * special-category span is no fact about a case person (null when it is one); `office` and `own`
 * flag addresses that are no one's home.
 */
/** A table row is read whole ("Danielle Garside⇥29⇥Mum. Fleeing domestic abuse – MARAC case"): a
 * cell's full stop ends no sentence of the row's person. The row's end, or `end` off a table row. */
function rowEnd(text: string, from: number, end: number): number {
  // Windows of MAX_ROW characters either side: a long line without breaks costs no more than a short one.
  const before = text.slice(Math.max(0, from - MAX_ROW), from);
  const breakBefore = before.lastIndexOf("\n");
  if (breakBefore < 0 && from > MAX_ROW) return end;
  const lineStart = from - before.length + breakBefore + 1;
  const after = text.slice(from, lineStart + MAX_ROW);
  const breakAfter = after.indexOf("\n");
  const lineEnd = breakAfter >= 0 ? from + breakAfter : from + after.length === text.length ? text.length : -1;
  if (lineEnd < 0 || lineEnd <= end) return end;
  return text.slice(lineStart, lineEnd).indexOf("\t") >= 0 ? lineEnd : end;
}
/** The longest table row read whole. */
const MAX_ROW = 600;

/** Right before case words, learning about them: "a follow-up on planning ABE interviews", "a
 * refresher on", "the section on post-separation abuse and child contact" (up to four lower-case
 * words between, none of them an owner: "the section on his offending" is his). */
const TOPIC_BEFORE = /\b(?:[Ff]ollow-?up|[Rr]efresher|[Mm]ore[ \t]+training|[Ss]ession|[Ww]orkshop|[Bb]riefing|[Gg]uidance|[Ii]nput|[Mm]odule|[Ss]ection)[ \t]+(?:on|about)[ \t]+(?:(?:how[ \t]+to|planning|running|writing|doing|chairing|recording)[ \t]+)?(?:the[ \t]+|an?[ \t]+)?(?:(?!(?:his|her|their|him|them|with|for|to)\b)[a-z][\w'\u2019-]*[ \t]+){0,4}$/;

/** A baby told of as the case words' whole match ("the baby", "mum and baby"). */
const A_BABY = new RegExp(`^(?:${THE_BABY.source})$`, "i");

/** Right after case words, the workplace they name: "the old burglary squad", "the custody suite". */
const WORKPLACE_AFTER = /^[ \t]+(?:squad|suite|desk)\b/i;
/** A service named for the work it does, after an article or owner: "their new domestic abuse hub", "the exploitation team". */
const SERVICE_AFTER = /^[ \t]+(?:hub|team|unit|service|project|pathway)\b/i;
const SERVICE_OWNER_BEFORE = /\b(?:the|their|our|a|its|new)[ \t]+$/i;

/** After case words, within three words, a course: "section 47 joint investigation training", "MAPPA training". */
/** The word after a match. */
const NEXT_WORD = /^[ \t]+[\w'\u2019-]+/;
const OWNED_START = /^(?:his|her|their)[ \t]/i;

/** A match the word after it makes strong wording ("section 47" + " enquiry"), or one owned by
 * "his"/"her" ("her referral order" + " panel"): the case's own, though a job's or a service's noun
 * follows ("the unpaid work supervisor" stays a job). */
function strongWithNextWord(match: string, text: string, end: number): boolean {
  if (OWNED_START.test(match)) return STRONG_CASE_WORDING.test(match);
  const next = NEXT_WORD.exec(text.slice(end, end + 40))?.[0] ?? "";
  // "Child Protection Conference Coordinator" is still a job.
  return !STRONG_CASE_WORDING.test(match) && STRONG_CASE_WORDING.test(match + next) && !isJobTitle(text, end + next.length);
}

/** A unit named by its place ("Leicester City MASH – phone list", "the Derby YOS office"): the unit, no one's case. */
const UNIT_ACRONYM = /^(?:mash|caiu|ppu|iom|yos|yot)$/i;
/** Before a unit's acronym: a place's name ("the Leicester MASH") or where someone works ("three of us from the MASH"). */
const PLACE_BEFORE_UNIT = /\b[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?[ \t]+$|\b(?:from|at|in|with)[ \t]+(?:the|our)[ \t]+$/;
const TRAINING_AFTER = /^(?:(?:[ \t]+[\w'\u2019-]+){0,5}?[ \t]+(?:training|course|workshop|webinar|seminar|e-?learning|refresher|(?:practice|study|learning)[ \t]+(?:days?|events?)|masterclass)|[ \t]+(?:section|slides?|module)(?![ \t]+of[ \t]+(?:his|her|their)\b))\b/i;

export function sentenceContext(r: MessageReading, specialNotFact: (i: number) => unknown, office: Uint8Array, own: Uint8Array): SentenceContext {
  const { text, spans, layout, spanSentence } = r;
  const { asText } = r.places;
  const { sentences } = layout;
  const n = spans.length;
  const context = new Uint8Array(sentences.length);
  const factContext = new Uint8Array(sentences.length);
  const homeAddress = new Uint8Array(sentences.length);
  for (let i = 0; i < n; i++) {
    // The writer's or a recipient's own (an address, or an identifier in a query about their records) is no one's case.
    if (!asText[i] || own[i]) continue;
    const span = spans[i] as Span;
    const kind = span.kind;
    const s = spanSentence[i] as number;
    if (ALWAYS_CASE.has(kind) || (kind === "special-category" && specialNotFact(i) === null)) context[s] = factContext[s] = 1;
    else if (PLACE_KINDS.has(kind) && !office[i]) homeAddress[s] = 1;
  }
  // Case wording matters only in sentences holding something that needs context (a name, an
  // address, a number) and none yet: the vocabulary is searched there alone, each sentence once.
  const needing = new Uint8Array(sentences.length);
  for (let i = 0; i < n; i++) {
    const kind = (spans[i] as Span).kind;
    if (!asText[i] || ALWAYS_CASE.has(kind) || kind === "special-category") continue;
    const k = spanSentence[i] as number;
    if (!context[k]) needing[k] = 1;
  }
  const familyWordingOnly = new Uint8Array(sentences.length);
  const givenAsRelative = new Set<number>();
  /** The name that starts right after `at` ("his wife| Summer"), or -1. */
  const nameGivenAfter = (at: number): number => {
    const starts = r.names.starts;
    const j = lastAtOrBefore(starts, at - 1) + 1;
    if (j >= starts.length) return -1;
    const start = starts[j] as number;
    return start - at <= 8 && RELATION_NAME_GAP.test(text.slice(at, start)) ? start : -1;
  };
  /** The name listed right after the one starting at `start` ("Harriet| and Ned", "Amy|, Ben"), or -1. */
  const nameListedAfter = (start: number): number => {
    const name = r.names.textAt.get(start);
    if (name === undefined) return -1;
    const end = start + name.length;
    const starts = r.names.starts;
    const j = lastAtOrBefore(starts, end) + 1;
    if (j >= starts.length) return -1;
    const next = starts[j] as number;
    return next - end <= 6 && LIST_GAP.test(text.slice(end, next)) ? next : -1;
  };
  let rotaMessage: boolean | undefined;
  for (let k = 0; k < sentences.length; k++) {
    if (!needing[k]) continue;
    const from = sentences[k] as number;
    const to = rowEnd(text, from, layout.sentenceEnd(k));
    // Read as detect() reads: an invisible character inside "arrested" must not hide the word.
    const sentence = normalise(text.slice(from, to));
    rotaMessage ??= ROTA_WORD.test(text.slice(0, 100_000));
    // Social news ("Well done to …") is staff's, unless it is a young person's order or age ("Tayla Brennan (16), who finished her referral order").
    if ((SOCIAL_NEWS.test(sentence.text) && !OWN_ORDER_OR_AGE.test(sentence.text)) || wordingNotAboutPeople(sentence.text, rotaMessage)) continue;
    CASE_VOCABULARY.lastIndex = 0;
    let m: RegExpExecArray | null;
    let familyOnly = true;
    const given: number[] = [];
    // Harm said not to have happened ("no injury") is no case wording; offsets stay the sentence's.
    const wording = withoutNegatedHarm(sentence.text);
    // Staff's own casework day ("Court duty, Chesterfield Magistrates'", "10:00-13:00 MAPPA level 2 meeting (Derby);"): no one's case.
    // Read only once the sentence has case wording: most sentences have none.
    let staffWork: Array<[number, number]> | undefined;
    while ((m = CASE_VOCABULARY.exec(wording)) !== null) {
      staffWork ??= staffWorkRanges(wording);
      // Not a case meeting for a family it names ("I'm at the strategy meeting for the Whittaker twins"): the family's, whoever attends.
      if (!FAMILY_MEETING_END.test(m[0]) && staffWork.some(([a, b]) => (m as RegExpExecArray).index >= a && (m as RegExpExecArray).index < b)) {
        if (m[0].length === 0) CASE_VOCABULARY.lastIndex++;
        continue;
      }
      const at = from + sentence.toOriginal(m.index);
      const part = r.partAt(at);
      // "moved" said of a thing; "my mum says" said of the writer's own family (a worker's "Mum says" is a case's).
      const movedThing =
        (/^moved /i.test(m[0]) && thingMoved(sentence.text.slice(0, m.index))) ||
        (WORKER_SHORTHAND.test(m[0]) && WRITERS_OWN_BEFORE.test(sentence.text.slice(Math.max(0, m.index - 8), m.index))) ||
        // "Hana returns from maternity leave … Hana and the baby are both doing brilliantly": a colleague's baby.
        (A_BABY.test(m[0]) && PARENTAL_LEAVE.test(r.text.slice(r.layout.paragraphs[r.layout.paragraphOf(at)] as number, r.layout.paragraphEnd(r.layout.paragraphOf(at)))));
      const end = from + sentence.toOriginal(m.index + m[0].length, true);
      // "the section 47 joint investigation training", "her PQ in domestic abuse practice", "- Faisal Rahman – Domestic abuse and coercive
      // control – due 08/01/2027": a course's topic; "the burglary squad": a workplace; no one's case.
      const course = TRAINING_AFTER.test(text.slice(end, end + 60)) || QUALIFICATION_BEFORE.test(text.slice(Math.max(0, at - 40), at)) || TOPIC_BEFORE.test(text.slice(Math.max(0, at - 60), at)) || WORKPLACE_AFTER.test(text.slice(end, end + 20)) || (SERVICE_AFTER.test(text.slice(end, end + 20)) && SERVICE_OWNER_BEFORE.test(text.slice(Math.max(0, at - 12), at))) || inDueItemTitle(text, at) || (UNIT_ACRONYM.test(m[0]) && PLACE_BEFORE_UNIT.test(text.slice(Math.max(0, at - 40), at)));
      // "a section 47 enquiry", "her referral order panel": the case's own, strong wording, not a service's "enquiries" line or panel.
      if (!movedThing && !course && !(isJobTitle(text, end) && !ownedBefore(text, at) && !strongWithNextWord(m[0], text, end)) && !inTeamName(text, at, end, r.names.ends) && !inServiceName(text, at, end) && (isTextPart(part) || r.inQuotedSubject(at))) {
        context[k] = 1;
        // Read on only while every match is a family word, giving a name ("his wife Summer") or not ("her husband will come").
        if (!OWNED_RELATION.test(m[0])) {
          familyOnly = false;
          break;
        }
        const name = nameGivenAfter(end);
        if (name >= 0) given.push(name);
      }
      if (m[0].length === 0) CASE_VOCABULARY.lastIndex++;
    }
    if (context[k] && familyOnly) {
      familyWordingOnly[k] = 1;
      // Children owned by a pronoun give names too, a list of them: "their twins, Harriet and Ned".
      OWNED_CHILDREN.lastIndex = 0;
      for (let c = OWNED_CHILDREN.exec(sentence.text); c !== null; c = OWNED_CHILDREN.exec(sentence.text)) {
        let name = nameGivenAfter(from + sentence.toOriginal(c.index + c[0].length, true));
        for (let n = 0; name >= 0 && n < MAX_GIVEN; n++, name = nameListedAfter(name)) given.push(name);
      }
      for (const name of given) givenAsRelative.add(name);
    }
  }
  // "Family A - the two little ones we placed with foster carers in October" ⏎ "- Ellie-Mae, 6 - anything
  // arty": children listed with their ages under a heading that tells their case are that case's.
  for (let k = 0; k < sentences.length; k++) {
    if (!needing[k] || context[k]) continue;
    const from = sentences[k] as number;
    const item = text.slice(from, layout.sentenceEnd(k));
    if (!CHILD_AGED_ITEM.test(item) || !isTextPart(r.partAt(from))) continue;
    for (let j = k - 1; j >= 0 && j >= k - MAX_ITEMS_UNDER_HEADING; j--) {
      const line = text.slice(sentences[j] as number, layout.sentenceEnd(j)).replace(/\s+$/, "");
      if (CHILD_AGED_ITEM.test(line)) continue;
      if (HEADING_LINE.test(line) && hasCaseWording(normalise(line).text)) context[k] = 1;
      break;
    }
  }
  return { context, factContext, homeAddress, familyWordingOnly, givenAsRelative };
}

/** A list item naming a child with their age: "- Ellie-Mae, 6 - anything arty", "• Jack (4) - dinosaurs". */
const CHILD_AGED_ITEM = /^[ \t\n]*[-*\u2022\u2013][ \t]+[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*)?(?:,[ \t]*|[ \t]*\()(?:1[0-7]|[1-9])\b/;
/** A heading line over such items: one line, ending in no full stop ("Family B - mum and three children who left the refuge last week"). */
const HEADING_LINE = /^[ \t\n]*[^\n]{3,200}[^.!?\n][ \t]*:?[ \t]*$/;
/** How many items back a heading is looked for. */
const MAX_ITEMS_UNDER_HEADING = 12;

/** Where staff's own casework day is told in a sentence (STAFF_RUNNING_CASEWORK, STAFF_AT_CASE_MEETING), as [start, end) ranges. */
function staffWorkRanges(sentence: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const re of [STAFF_RUNNING_CASEWORK, STAFF_AT_CASE_MEETING]) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m !== null; m = re.exec(sentence)) {
      out.push([m.index, m.index + m[0].length]);
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  return out;
}
