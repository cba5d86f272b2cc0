/**
 * Case wording told of "he" or "she" (tuning19), or "they" after a family group ("the pennock
 * boys … they went into foster care"): a sentence that names no one but says "his order
 * has an exclusion zone" or "supervised throughout, in line with his licence" is about the person
 * named last before it in the same message part ("Ryan Caldwell has said yes to …"). That name gets
 * case context, unless it is someone the message already gives a role (the sender, a recipient, a
 * signer, a named professional: the caller checks), or the sentence does staff work ("He will chair
 * the MAPPA meeting").
 */
import { normalise } from "../detect/normalise";
import type { Span } from "../detect/types";
import { lastAtOrBefore } from "./boundaries";
import { isTextPart } from "./messageParts";
import { paragraphsWithSentence } from "./paragraphSentences";
import type { MessageReading } from "./reading";
import { AUXILIARIES, STAFF_WORK_VERBS } from "./staffAtWork";
import { isJobTitle, ownedBefore, wordingNotAboutPeople } from "./topics";
import { CASE_VOCABULARY, STAFF_AT_CASE_MEETING, STAFF_RUNNING_CASEWORK } from "./caseVocabulary";

/** "hes", "shes": "he's" typed in a hurry, without its apostrophe. */
const PRONOUN = /\b(?:he|his|him|she|her|hers|hes|shes)\b/i;
/** Justice and child-protection wording strong enough to make its "he" a case person, and a
 * service user's relapse or losing a home ("he's using again", "his mum has kicked him out"); his
 * probation officer, "one of our care leavers", "on the IOM scheme", a breach to start, a DV marker or call-out,
 * "gone into refuge", "still using,", a pre-birth plan, "disclosed what her stepdad did to her", "went into foster care", "detained under section 2",
 * "isn't allowed contact",
 * "she is fleeing DA", "she was sexually assaulted … and the police are investigating", a section 42
 * or 47 enquiry, "her son had been taking money from her", "since her ex was released", "is pleading
 * not guilty", "Jermaine Odell's trial starts", "The family are open to us at children's social care after the police were called to the house".
 * Family and health words alone are left out: "His mother is unwell" about a colleague is no case. */
export const STRONG_CASE_WORDING =
  /\b(?:(?:his|her)[ \t]+(?:licence|order|sentence|tag|bail|offen[cs]es?|probation[ \t]+officer|offender[ \t]+manager|community[ \t]+nurse|cpn|(?:mental[ \t]+health|psychiatric|drugs?|alcohol|substance[ \t]+misuse)[ \t]+(?:nurse|worker))|(?:is|was|one[ \t]+of[ \t]+our|as[ \t]+a)[ \t]+care[ \t]+leavers?|on[ \t]+the[ \t]+iom[ \t]+(?:scheme|cohort)|(?:start|issue|raise|initiate)[ \t]+a[ \t]+breach|(?:dv|da|domestic[ \t]+(?:abuse|violence))[ \t]+(?:marker|flag|warning|call-?outs?|incidents?)|(?:gone|went|go|going|moved|fled)[ \t]+(?:in)?to[ \t]+(?:(?:a|the)[ \t]+)?refuge|(?:left|leaving|leave|from|in)[ \t]+(?:the|a)[ \t]+refuge|on[ \t]+licence|licence[ \t]+conditions?|exclusion[ \t]+zones?|curfew|(?:back|meant[ \t]+to[ \t]+be)[ \t]+at[ \t]+the[ \t]+hostel|(?:isn['\u2019]t|is[ \t]+not)[ \t]+allowed[ \t]+(?:in|into|near)[ \t]+[A-Z]|frightened[ \t]+of[ \t]+(?:him|her)[ \t]+when|tagged|recalled|positive[ \t]+(?:drug|alcohol|hair[ \t]+strand)[ \t]+tests?|placement[ \t]+address|allowed[ \t]+to[ \t]+be[ \t]+left[ \t]+alone[ \t]+with|contact[ \t]+with[ \t]+(?:(?:her|his|their)[ \t]+)?birth[ \t]+(?:dad|mum|mother|father|parents?|family)|(?:asking|asked|telling|told|getting|got)[ \t]+(?:her|him)[ \t]+to[ \t]+send[ \t]+(?:(?:him|her|them)[ \t]+)?(?:pictures|pics|photos|nudes|images|videos)|(?:she|he)(?:['\u2019]s|[ \t]+is)[ \t]+only[ \t]+(?:[2-9]|1[0-5])\b|(?:he|she|they)(?:(?:['\u2019]s|[ \t]+has|[ \t]+had)[ \t]+been|[ \t]+was|[ \t]+got)[ \t]+charged\b|nicked[ \t]+(?:him|her|them)\b|(?:been|was|is|were)[ \t]+dealing[ \t]+(?:from|drugs|crack|heroin|weed|out[ \t]+of)|(?:consider(?:s|ed|ing)?|initiat(?:e|ed|ing)|request(?:s|ed|ing)?)[ \t]+(?:a[ \t]+)?recall|remanded|on[ \t]+remand|on[ \t]+tag|(?:he|she|they)[ \t]+(?:was|got|has[ \t]+been|had[ \t]+been)[ \t]+nicked|non-mol|(?:his|her|their)[ \t]+recall|on[ \t]+(?:police[ \t]+|pre-charge[ \t]+)?bail|bail[ \t]+conditions?|arrested|charged[ \t]+with|plead(?:s|ed|ing)?[ \t]+(?:not[ \t]+)?guilty|['\u2019]s[ \t]+trial[ \t]+(?:starts|begins|is|was|has|at|in|on)|convicted|convictions?|sentenced|suspended[ \t]+sentence|(?:community|restraining|probation|supervision|care|referral|youth[ \t]+rehabilitation|criminal[ \t]+behaviour|court)[ \t]+order|on[ \t]+(?:community|referral|youth[ \t]+rehabilitation|supervision|probation)[ \t]+orders|(?:his|her|their)[ \t]+(?:arrest|drug[ \t]+test|(?:yos|yot|youth[ \t]+justice|probation)[ \t]+(?:appointment|appt))|non-molestation|supervised[ \t]+(?:contact|throughout|family[ \t]+time|visits?)|not[ \t]+(?:to[ \t]+)?be[ \t]+left[ \t]+alone[ \t]+with|(?:come|came|comes|got|gets|been)[ \t]+out[ \t]+of[ \t]+(?:prison|jail|custody|hmp|hmyoi)|(?:keep(?:s|ing)?|kept|stay(?:s|ing|ed)?)[ \t]+(?:him|her)[ \t]+off[ \t]+the[ \t]+(?:drink|booze|drugs)|marac|cp[ \t]+plans?|(?:grabbed|held|had|pinned)[ \t]+(?:her|him|them)[ \t]+(?:by|round)[ \t]+the[ \t]+(?:throat|neck)|open[ \t]+to[ \t]+(?:us[ \t]+at[ \t]+)?(?:children['\u2019]s[ \t]+social[ \t]+care|social[ \t]+care|csc|social[ \t]+services|early[ \t]+help)|police[ \t]+were[ \t]+called[ \t]+(?:to[ \t]+the[ \t]+(?:house|flat|address|home)|out)|(?:section|s\.?)[ \t]?(?:42|47)[ \t]+(?:enquiry|enquiries|investigation)|(?:taking|taken|took|stealing|stole)[ \t]+money[ \t]+from[ \t]+(?:her|him)|child[ \t]+protection[ \t]+(?:plan|conference|case|register|enquiry|investigation|medical)|(?:are|is|were|was)[ \t]+on[ \t]+(?:a[ \t]+)?child[ \t]+protection[ \t]+plans?|(?:their|his|her)[ \t]+child[ \t]+protection[ \t]+plans|in[ \t]+foster[ \t]+care|placed[ \t]+(?:the|her|his|their|both|all)[ \t]+(?:[\w-]+[ \t]+){0,2}with[ \t]+(?:foster|kinship|emergency)[ \t]+carers|(?:in)?to[ \t]+(?:foster|local[ \t]+authority)[ \t]+care|taken[ \t]+into[ \t]+care|detained[ \t]+under[ \t]+(?:section|s\.?)[ \t]?\d|sectioned|(?:isn['\u2019]t|is[ \t]+not|not)[ \t]+allowed[ \t]+contact|mappa|offending|unpaid[ \t]+work|residence[ \t]+condition|(?:using|drinking)[ \t]+again|(?:still|back)[ \t]+using(?=[ \t]*(?:[,.;!?\n]|and\b))|disclos(?:ed|ing)[ \t]+abuse|what[ \t]+(?:her|his|their)[ \t]+(?:step-?)?(?:dad|father|mum|mother|uncle|brother|cousin|grandad|partner|boyfriend)[ \t]+did[ \t]+to[ \t]+(?:her|him|them)|pre-?birth[ \t]+(?:plan|assessment)|relapsed|(?:his|her)[ \t]+drinking|smel(?:t|led|ling)[ \t]+(?:strongly[ \t]+)?of[ \t]+(?:drink|alcohol|cannabis|weed|skunk)|bruis(?:e|es|ed|ing)|injur(?:y|ies|ed)|sleeping[ \t]+rough|on[ \t]+a[ \t]+tag|(?:hurt|harm)[ \t]+(?:himself|herself)|(?:kicked|thrown)[ \t]+(?:him|her)[ \t]+out|mfh|missing[ \t]+from[ \t]+(?:home|care)|(?:been|was|were|is)[ \t]+reported[ \t]+missing|(?:going|gone|went|goes)[ \t]+missing|sexually[ \t]+(?:assaulted|abused|exploited)|(?:was|been|being)[ \t]+(?:raped|groomed)|police[ \t]+are[ \t]+(?:investigating|involved)|police[ \t]+(?:brought|took|returned|dropped|picked[ \t]+up)[ \t]+(?:her|him|them)[ \t]+(?:home|back)|reported[ \t]+(?:it|him|her|them|this|that)[ \t]+to[ \t]+(?:the[ \t]+)?police|(?:an|a|the)[ \t]+(?:domestic[ \t]+)?incident[ \t]+at[ \t]+home|flee(?:s|ing)?[ \t]+(?:da|dv|domestic[ \t]+(?:abuse|violence)|violence|abuse|(?:her|his)[ \t]+(?:ex-?)?(?:partner|husband|wife|boyfriend|girlfriend))|(?:his|her)[ \t]+history[ \t]+(?:with|around|towards)[ \t]+(?:children|kids|young[ \t]+people|girls|boys|women)(?!['\u2019]s)|(?:his|her|their|[A-Z]['\u2019]s)[ \t]+(?:ex(?:-?(?:partner|husband|wife|boyfriend|girlfriend))?|partner|dad|father|brother)[ \t]+(?:was|is|has[ \t]+been|had[ \t]+been|got|gets|will[ \t]+be|being)[ \t]+released)\b/i;
const STRONG_ALL = new RegExp(STRONG_CASE_WORDING.source, "gi");

/** Strong wording that is not the start of a job's, team's or unit's name ("moved to the sex
 * offender programmes team", "ran the MAPPA unit"): a career, not a case. */
export function strongWordingNotTitle(said: string): boolean {
  // "Many of us learnt how to run a strategy discussion by sitting next to him": staff's work.
  const sentence = said.replace(STAFF_RUNNING_CASEWORK, (m) => " ".repeat(m.length)).replace(STAFF_AT_CASE_MEETING, (m) => " ".repeat(m.length));
  STRONG_ALL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = STRONG_ALL.exec(sentence)) !== null) {
    // "His referral order panel moved his YOS appointments": a panel owned is the person's own.
    if ((!isJobTitle(sentence, m.index + m[0].length) || ownedBefore(sentence, m.index)) && !EVENT_AFTER_TERM.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 60))) return true;
    if (m[0].length === 0) STRONG_ALL.lastIndex++;
  }
  return false;
}
/** After strong wording, more words then a team's noun: "sex offender programmes team". */
const EVENT_AFTER_TERM = /^(?:[ \t]+[\w'\u2019-]+){0,2}[ \t]+(?:teams?|units?|squads?|programmes?|desks?|hub)\b/i;

/** The pronoun doing staff work: "He will chair the MAPPA meeting", "she is covering his cases". */
const PRONOUN_AT_WORK = new RegExp(`\\b(?:he|she)[ \t]+${AUXILIARIES}(?:${STAFF_WORK_VERBS})\\b`, "i");

/**
 * Per span: the name that a later pronoun sentence with strong case wording is about. Each
 * sentence without a name is read once (at most its first 1,000 characters).
 */
/** "they", "their": a family group's pronoun, after "the Pennock boys". */
const THEY = /\b(?:they|their|them|theyre)\b/i;
/** The group doing staff work: "They have also agreed to take the minutes at the MAPPA meeting". */
const THEY_AT_WORK = new RegExp(`\\bthey[ \t]+(?:(?:have|are|will|would|can|also|kindly|(?:agreed|offered|happy|able)[ \t]+to)[ \t]+){0,4}(?:take[ \t]+(?:the[ \t]+)?(?:minutes|notes)|attend(?:ing)?|${STAFF_WORK_VERBS})\\b`, "i");
/** After a family name, the group it names: "the pennock boys", "the Kaur children". */
const GROUP_AFTER = /^[ \t]+(?:boys|girls|kids|children|twins|lads|brothers|sisters)\b/i;

/** After the last of children listed with their ages: its age ("and baby Lexi (4 months)."). */
const LISTED_CHILD_AGE_AFTER = /^[ \t]*\([ \t]*\d{1,2}(?:[ \t]+(?:months?|weeks?|yrs?|years?))?[ \t]*\)/i;
/** Before that name, another child with an age: "Ruby (2) and baby ". */
const CHILD_WITH_AGE_BEFORE = /\([ \t]*\d{1,2}(?:[ \t]+(?:months?|weeks?|yrs?|years?))?[ \t]*\)[ \t]*(?:,|and|&)[ \t]+(?:baby[ \t]+)?$/i;

/** Whether the name at index `k` of the message's name starts names a family group ("the pennock
 * boys"), or ends a list of children with their ages ("Mason (4), Ruby (2) and baby Lexi (4 months)"). */
function groupNamed(r: MessageReading, k: number): boolean {
  if (k < 0) return false;
  const start = r.names.starts[k] as number;
  const end = start + (r.names.textAt.get(start) ?? "").length;
  return GROUP_AFTER.test(r.text.slice(end, end + 20)) || (LISTED_CHILD_AGE_AFTER.test(r.text.slice(end, end + 20)) && CHILD_WITH_AGE_BEFORE.test(r.text.slice(Math.max(0, start - 30), start)));
}

export function pronounCaseNames(r: MessageReading): Uint8Array {
  const { spans, layout, names } = r;
  const out = new Uint8Array(spans.length);
  if (r.textNames.length === 0) return out;
  const textNameAt = new Map<number, number>();
  for (const i of r.textNames) textNameAt.set((spans[i] as Span).start, i);
  const { sentences } = layout;
  let answered: number[] | undefined;
  for (let k = 0; k < sentences.length; k++) {
    const from = sentences[k] as number;
    const to = layout.sentenceEnd(k);
    const before = lastAtOrBefore(names.starts, to - 1);
    // The sentence names someone itself (not a greeting's "Kelly - he's admitted …"): its own wording decides.
    if (before >= 0 && (names.starts[before] as number) >= from && !r.isKnown(names.textAt.get(names.starts[before] as number) ?? "")) continue;
    const part = r.partAt(from);
    if (!part || !isTextPart(part)) continue;
    const sentence = normalise(layout.sentenceText(k)).text;
    if (!(PRONOUN.test(sentence) || (THEY.test(sentence) && !THEY_AT_WORK.test(sentence) && groupNamed(r, before))) || !strongWordingNotTitle(sentence) || PRONOUN_AT_WORK.test(sentence)) continue;
    // A task line of a cover list ("- Her Tuesday child protection conference: Adaeze will attend"): staff's work.
    if (wordingNotAboutPeople(sentence)) continue;
    // Past the sender or a recipient the sentence itself names after its pronoun ("as he's on
    // licence … you'll need the disclosure chat with Karen"), the name before is whom "he" means.
    let j = before;
    while (j >= 0 && (names.starts[j] as number) >= from && r.isKnown(names.textAt.get(names.starts[j] as number) ?? "")) j--;
    if (j !== before && j >= 0) {
      const at = names.starts[j] as number;
      const earlier = textNameAt.get(at);
      if (earlier !== undefined && r.partAt(at) === part && !r.isKnown((spans[earlier] as Span).text)) {
        out[earlier] = 1;
        continue;
      }
    }
    // The nearest name before, in the same part and read as text (not a greeting, a signature, or
    // the sender or a recipient addressed: "Kelly - he's admitted …").
    const start = before >= 0 ? (names.starts[before] as number) : -1;
    const i = start >= 0 ? textNameAt.get(start) : undefined;
    if (i !== undefined && r.partAt(start) === part) {
      const name = spans[i] as Span;
      if (!r.isKnown(name.text)) {
        out[i] = 1;
        continue;
      }
      // The sender or a recipient told of ("Hannah Okafor is … She led …") is no case; one
      // addressed at the part's start ("Kelly - he's admitted …") is not whom "he" means.
      if (!addressedAtStart(r.text, part.start, name)) continue;
    }
    // A reply's new text naming no one ("No, sorry - he's on a curfew 7pm to 7am") is about
    // whom the message it answers names: one or two people there.
    if (part.message !== 0) continue;
    answered ??= namesOfAnsweredMessage(r);
    for (const j of answered) out[j] = 1;
  }
  return out;
}

/** Whether a name opens its part as the one addressed: "Kelly - ", "Ruth, ", "Steve: ". */
function addressedAtStart(text: string, partStart: number, span: Span): boolean {
  return /^\s*$/.test(text.slice(partStart, span.start)) && /^[ \t]*[-\u2013,:]/.test(text.slice(span.end, span.end + 4));
}

/** The text names of the nearest quoted message that names anyone but the people writing and
 * receiving, when it names one or two (a name said again counts once); none otherwise. */
function namesOfAnsweredMessage(r: MessageReading): number[] {
  let message = 0;
  const found: number[] = [];
  const distinct = new Set<string>();
  for (const i of r.textNames) {
    const span = r.spans[i] as Span;
    const part = r.partAt(span.start);
    if (!part || !isTextPart(part) || part.message === 0 || r.isKnown(span.text)) continue;
    // Text names come in reading order, so the first message met is the nearest one named.
    if (message === 0) message = part.message;
    if (part.message !== message) break;
    found.push(i);
    distinct.add(span.text.toLowerCase());
    if (distinct.size > 2) return [];
  }
  return found;
}

/**
 * Per paragraph: whether a sentence of it says "he" or "she" with strong case wording ("He's on
 * licence with an exclusion zone around Clapham Junction"), not doing staff work: an address in
 * it, or in the paragraph before, is then that person's ("The visit is at 27 Tregarvon Road").
 * Each paragraph is read once, at most its first 2,000 characters.
 */
export function strongPronounParagraphs(r: MessageReading): (p: number) => boolean {
  return paragraphsWithSentence(r, 2000, (sentence) => PRONOUN.test(sentence) && strongWordingNotTitle(sentence) && !PRONOUN_AT_WORK.test(sentence));
}

const CASE_WORDS = new RegExp(CASE_VOCABULARY.source, "i");
function caseWording(sentence: string): boolean {
  return CASE_WORDS.test(sentence.replace(STAFF_RUNNING_CASEWORK, " ")) || strongWordingNotTitle(sentence);
}

/** Before a name: the children or partner of someone "he" or "she" ("he has two children with
 * her, Lacey and Tyrone", "her partner, Dean"), perhaps after another such name and "and". */
const RELATIVE_OF_BEFORE =
  /\b(?:(?:his|her|their)[ \t]+(?:[\w-]+[ \t]+)?(?:children|kids|sons?|daughters?|baby|partner|girlfriend|boyfriend)|children[ \t]+with[ \t]+(?:her|him))[ \t]*,?[ \t]*(?:(?:called|named)[ \t]+)?(?:[A-Z][\w'\u2019-]*[ \t]+(?:and|&)[ \t]+)?$/;

/**
 * Per span: a name given as the child or partner of "he" or "she" in the sentence right after
 * strong case wording or case vocabulary (caseVocabulary.ts) about them, in one paragraph ("… a 30-month sentence for assaulting his
 * partner. He says he has two children with her, Lacey and Tyrone, …"): the case's family.
 */
export function relativesOfCasePeople(r: MessageReading): Uint8Array {
  const { spans, layout, text } = r;
  const out = new Uint8Array(spans.length);
  for (const i of r.textNames) {
    const span = spans[i] as Span;
    const k = r.spanSentence[i] as number;
    const from = layout.sentences[k] as number;
    const before = text.slice(Math.max(from, span.start - 80), span.start);
    if (!RELATIVE_OF_BEFORE.test(before)) continue;
    const sentence = normalise(layout.sentenceText(k)).text;
    if (!PRONOUN.test(sentence)) continue;
    const sameParagraph = k > 0 && layout.paragraphOf(layout.sentences[k - 1] as number) === layout.paragraphOf(from);
    if (strongWordingNotTitle(sentence) || (sameParagraph && caseWording(normalise(layout.sentenceText(k - 1)).text))) out[i] = 1;
  }
  return out;
}