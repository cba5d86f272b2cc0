/**
 * Special-category terms about no one: "Places are open on our briefing on child criminal
 * exploitation and county lines", "the three priorities the partnership agreed (residential
 * burglary, robbery of personal property, theft from the person)".
 *
 * Special-category data is personal data only when it is about someone a reader can tell apart.
 * A term whose sentence refers to no one (no pronoun, first person, word for a person, name or title)
 * in a paragraph that names no one is a topic. The message's other case data undoes that
 * (assignRoles): in "Name: Jo Bloggs … Diagnosis: ADHD" the diagnosis is about the person the
 * message concerns, wherever they are named. This is a general net for policy, training and
 * service mail; the narrower topic rules (topics.ts) still apply first.
 */
import type { Span } from "../detect/types";
import { lastAtOrBefore } from "./boundaries";
import type { MessageReading } from "./reading";
import { LEAD_COLUMN, OFFICER_FIRST, roleLabelBefore, STATUS_COLUMN } from "./caseVocabulary";
import { AUXILIARIES, STAFF_WORK_VERBS } from "./staffAtWork";
import { inColumnHeaded } from "./tables";

/** Words that point at a person: third-person pronouns (singular "they" too), family words, and
 * definite case-person nouns ("the child"; not "a child" counted or "children" in general). */
const SOMEONE =
  /\b(?:he|she|him|his|her|hers|himself|herself|they|them|their|theirs|themselves|mum|mummy|mam|dad|daddy|nan|nana|gran|grandad|grandma|stepdad|stepmum|the (?:mother|father|child|baby|boy|girl|young (?:person|man|woman)|man|woman|client|patient|pupil|victim|offender|perpetrator|defendant|individual|tenant|resident|family|parents?|carer|subject)|service user|person on probation|(?:my|our|your) (?:son|daughter|child|kids?|baby|husband|wife|partner|brother|sister|mother|father|mum|dad))\b/i;
/** "They" of a group: a sentence about people in general or in number ("children aged 10–17
 * receiving their first caution", "14 overdoses among people open to us, 3 of them") speaks of no
 * one in particular when its only pointers to a person are plural pronouns ("their son" is someone). */
const PLURAL_PRONOUN =
  /\b(?:they|them|theirs|themselves|their(?![ \t]+(?:own[ \t]+)?(?:son|daughter|child|children|kids?|baby|babies|mum|dad|mother|father|parents?|partner|husband|wife|brother|sister|family|carer|grand\w+|boyfriend|girlfriend|step\w+)\b))\b/gi;
const GROUP_OF_PEOPLE =
  /\b(?:people|persons|children|young[ \t]+people|pupils|students|learners|parents|families|adults|men|women|boys|girls|teenagers|under-\d+s|over-\d+s|offenders|prisoners|victims|survivors|clients|patients|residents|tenants|users|professionals|practitioners|staff|colleagues|agencies|services|schools|teams|partners|officers|everyone|anyone|nobody|no[ \t]+one|\d[\d,]*(?:[ \t]+of[ \t]+them)?)\b/i;

/** An initial standing for someone ("J's self-harm"), or a title before a capital ("Ms K"). */
const INITIAL_OR_TITLE = /\b[A-Z](?:'|\u2019)s\b|\b(?:Mr|Mrs|Ms|Miss|Mx)\.?[ \t]+[A-Z]/;
/** The first person: a service user writing, or staff telling of a case ("I understand that a
 * diagnosis … was made"). Staff's own health is set aside before this (staffMatters.ts). */
const FIRST_PERSON = /\b(?:i|me|my|mine|myself)\b/i;
/** The writer proposing, not telling of themselves: "I'd suggest we keep our three priorities". */
const WRITER_PROPOSES = /\bI(?:['\u2019]d|[ \t]+would)?[ \t]+(?:suggest|propose|recommend)\b/g;
/** Right after a name: a staff-work verb ("presented", "will chair"), or reporting figures ("Rob
 * reported the continuity-of-care rate for prison leavers …": the figures are about groups). */
const DOING_STAFF_WORK = new RegExp(
  `^[ \t]+(?:${AUXILIARIES}(?:${STAFF_WORK_VERBS})\\b|(?:reported|shared|circulated|summari[sz]ed|gave|fed[ \t]+back)[ \t]+(?:on[ \t]+)?the[ \t]+(?:[\\w'\u2019-]+[ \t]+){0,4}?(?:rates?|figures|data|numbers|percentages?|statistics|stats|dashboard|findings|audit|performance)\\b)`,
  "i",
);
const ARE_THE_SUBJECT = /\bare[ \t]+the[ \t]+subject\b/gi;
/** Two or more Title-Case words: a service's or a place's name ("The Child Exploitation Hub",
 * "Family Group Conference Service"), whose "Child" or "Family" points at no one. */
const TITLE_CASE_NAME = /\b[A-Z][a-z'\u2019-]+(?:[ \t]+(?:of[ \t]+|and[ \t]+|&[ \t]+)?[A-Z][a-z'\u2019-]+)+/g;
/** "keep our three priorities as they are": "they" of things. */
const AS_THEY_ARE = /\bas[ \t]+they[ \t]+(?:are|stand|were)\b/gi;
/**
 * Guidance about anyone: a condition on an indefinite person or the reader ("when a child misses
 * an appointment … check whether the child has a social worker", "when you see a patient …,
 * ask … whether they care for children", "so that a practitioner who disagrees … speaks to their
 * counterpart"), a habit in the present ("when the woman is seen
 * alone"), or "the voice of the child". In such a sentence "the child" and "they" are whoever
 * the guidance meets, not someone; "he", "she" and names still are.
 */
const GENERIC_CONDITION = /\b(?:when(?:ever)?|if|where|unless|so[ \t]+that)[ \t]+(?:you|a|an|any|anyone|anybody)\b|\bwhen[ \t]+the[ \t]+[\w-]+[ \t]+(?:is|are)\b|\bthe[ \t]+voice[ \t]+of[ \t]+the[ \t]+child\b/i;
const GENERIC_REFERENCE = /\b(?:they|them|their|the[ \t]+(?:child|patient|woman|man|young[ \t]+person|parents?|family|mother|father|client|victim|pupil|baby|individual))\b/gi;
/** Longer sentences and paragraphs are not read whole: past this, a term counts (fail closed). */
const MAX_SENTENCE = 1000;
const MAX_PARAGRAPH = 3000;

/** Whether a special-category span (by index) sits where no one is referred to. */
export function personlessTerms(r: MessageReading): (i: number) => boolean {
  const { text, layout } = r;
  // Starts of the names read as text that are not the sender's, a recipient's or in a header or
  // signature: a colleague named beside a topic still counts as someone (fail closed).
  const strangers: number[] = [];
  for (const i of r.textNames) {
    const span = r.spans[i] as Span;
    // "Femi presented the data from the ICB: …": the one doing staff work tells of the term, it is
    // not about them.
    if (r.isKnown(span.text) || DOING_STAFF_WORK.test(text.slice(span.end, span.end + 60))) continue;
    // "DI Crane gave an update on the county lines operation": an officer by rank is staff.
    if (OFFICER_FIRST.test(span.text)) continue;
    // "Trainer: Paulette Greaves": the one running the session is no one its title is about.
    if (roleLabelBefore(text, span.start)) continue;
    // An action log's owner, a running order's speaker, a RAG rating ("Amber") are no one the term is about.
    if (inColumnHeaded(text, span.start, LEAD_COLUMN) || inColumnHeaded(text, span.start, STATUS_COLUMN)) continue;
    strangers.push(span.start);
  }
  const nameWithin = (from: number, to: number): boolean => {
    const k = lastAtOrBefore(strangers, to - 1);
    return k >= 0 && (strangers[k] as number) >= from;
  };
  return (i) => {
    const span = r.spans[i] as Span;
    const k = r.spanSentence[i] as number;
    const from = layout.sentences[k] as number;
    const to = layout.sentenceEnd(k);
    if (to - from > MAX_SENTENCE) return false;
    const said = text.slice(from, to);
    if (INITIAL_OR_TITLE.test(said)) return false;
    // "if you … are the subject of a police investigation": the subject is "you", anyone reading.
    const plain = said.replace(ARE_THE_SUBJECT, "are a subject").replace(AS_THEY_ARE, "as is").replace(TITLE_CASE_NAME, "X");
    const sentence = GENERIC_CONDITION.test(plain) ? plain.replace(GENERIC_REFERENCE, "anyone") : plain;
    if (SOMEONE.test(sentence) && !(GROUP_OF_PEOPLE.test(sentence) && !SOMEONE.test(sentence.replace(PLURAL_PRONOUN, "")))) return false;
    // In a condition on anyone, the writer outside the condition is who asks or acts ("let me know
    // … if anyone … is pregnant so I can adapt the poses"), not whom the term is about.
    const condition = GENERIC_CONDITION.exec(said);
    const owner = condition && condition.index < span.start - from ? said.slice(condition.index, span.end - from) : sentence;
    if (FIRST_PERSON.test(owner.replace(WRITER_PROPOSES, "we"))) return false;
    const p = layout.paragraphOf(span.start);
    const pFrom = layout.paragraphs[p] as number;
    const pTo = layout.paragraphEnd(p);
    if (pTo - pFrom > MAX_PARAGRAPH) return false;
    return !nameWithin(pFrom, pTo);
  };
}
