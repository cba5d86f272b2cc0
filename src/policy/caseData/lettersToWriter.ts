/**
 * Quoted messages written to the writer: a letter from their pension fund, their GP, their letting
 * agent, forwarded home or answered. Its greeting names the writer ("Dear Mrs Nightingale,",
 * "Hi Jamal and Priya,"); what it says of the writer, and of the people it greets beside them,
 * is the writer's household's, not a case's. Read only where writersOwnPeople.ts finds the
 * message quiet of cases.
 */
import type { Part } from "../anatomy";
import type { PersonalDataKind, Span } from "../detect/types";
import { fold, isSenderFullName, plainNameWords, sameFamilyName, type SenderName } from "./knownPeople";
import { isTextPart } from "./messageParts";
import { CASE_PERSON, withoutNegatedHarm } from "./caseVocabulary";
import { STRONG_CASE_WORDING } from "./pronouns";
import type { MessageReading } from "./reading";

/** A doctor the letter names ("with Dr Haworth"): the clinic's, no one else's records. */
const DOCTOR = /^(?:Dr|Doctor|Prof|Professor)\.?[ \t]/;

/** After a consultant's name, their team or clinic ("with Mr Desai's team"): a surgeon is Mr, not Dr. */
const CLINICIANS_AFTER = /^(?:['\u2019]s[ \t]+(?:team|clinic|secretary|list)|,[ \t]+(?:[A-Z][a-z]+[ \t]+){0,2}Clinic)\b/i;
/** Before a name: an appointment letter's clinician field ("Clinic: Mr Hallworth, Knee Clinic"). */
const CLINICIAN_FIELD_BEFORE = /(?:^|\n)[ \t]*(?:clinic|consultant|clinician|surgeon|seen[ \t]+by|doctor)[ \t]*:[ \t]*$/i;

/** A record its quoted writer calls their own ("My NI is …", "I'm still at 9 Wolsey Walk"). */
const QUOTED_WRITERS_OWN = /\bmy\b|\bI(?:['\u2019]m|[ \t]+am|[ \t]+live|[ \t]+have[ \t]+moved|['\u2019]ve[ \t]+moved)\b/i;

/** A letter to the writer about their own relative ("your mum's routine"): a first name alone in it
 * ("Margaret's review is due") is taken for that relative. */
const YOUR_RELATIVE = /\byour[ \t]+(?:mum|mother|dad|father|son|daughter|husband|wife|partner|nan|gran|grandmother|grandfather|brother|sister)\b/i;

/** The records (identifiers, dates of birth, addresses, numbers) in quoted messages whose greeting
 * names the writer alone ("Dear Mrs Nightingale,", "Dear Sarah,") and whose text names no one but
 * the sender, the recipients, the people in headers and signatures and doctors. Not those its writer, when
 * not staff, calls their own: a service user writing to their officer ("Hi Aisha, … My NI is …")
 * tells of himself. */
export function recordsInLettersToWriter(r: MessageReading, sender: SenderName, kinds: ReadonlySet<PersonalDataKind>): number[] {
  const toWriter = new Set<number>();
  const other = new Set<number>();
  const firstNameOnly = new Map<number, { part: Part; name: string }>();
  for (let i = 0; i < r.spans.length; i++) {
    const span = r.spans[i] as Span;
    const part = r.places.partOf(i);
    if (span.kind !== "person-name" || !part || part.message === 0) continue;
    if (part.kind === "greeting") {
      const words = plainNameWords(span.text);
      const writer = isSenderFullName(sender, span.text) || (words.length === 1 && (fold(words[0] as string) === fold(sender.family) || sender.given.includes(fold(words[0] as string))));
      (writer ? toWriter : other).add(part.message);
      // A name of the writer's family ("your nominated beneficiary (Mrs Tracey Harrop, spouse)") is their household's.
    } else if (isTextPart(part) && !r.isKnown(span.text) && !DOCTOR.test(span.text) && !CLINICIANS_AFTER.test(r.text.slice(span.end, span.end + 40)) && !CLINICIAN_FIELD_BEFORE.test(r.text.slice(Math.max(0, span.start - 40), span.start)) && !sameFamilyName(plainNameWords(span.text), sender.family)) {
      const words = plainNameWords(span.text);
      const seen = firstNameOnly.get(part.message);
      if (words.length === 1 && (!seen || seen.name === fold(words[0] as string))) firstNameOnly.set(part.message, { part, name: fold(words[0] as string) });
      else other.add(part.message);
    }
  }
  // One first name alone, in a letter that speaks of the writer's relative, is that relative's.
  for (const [message, { part }] of firstNameOnly) if (!YOUR_RELATIVE.test(r.text.slice(part.start, part.end))) other.add(message);
  // A letter that tells of harm or an offence to a case's people ("Dad was interviewed under caution
  // about the injuries to the baby … on their own at 31 Evington Drive") is a case's, greeted to the
  // writer or not; an insurer asking about "any convictions" tells of no one.
  const tellsOfHarm = new Map<Part, boolean>();
  const harmIn = (part: Part): boolean => {
    let found = tellsOfHarm.get(part);
    if (found === undefined) tellsOfHarm.set(part, (found = tellsOfCaseHarm(r.text.slice(part.start, part.end))));
    return found;
  };
  const out: number[] = [];
  for (let i = 0; i < r.spans.length; i++) {
    const part = r.places.partOf(i);
    if (!part || !isTextPart(part) || !toWriter.has(part.message) || other.has(part.message) || !kinds.has((r.spans[i] as Span).kind) || harmIn(part)) continue;
    if (!r.writerIsStaff(part) && QUOTED_WRITERS_OWN.test(sentenceOf(r, i))) continue;
    out.push(i);
  }
  return out;
}

function tellsOfCaseHarm(letter: string): boolean {
  return STRONG_CASE_WORDING.test(withoutNegatedHarm(letter)) && CASE_PERSON.test(letter);
}

function sentenceOf(r: MessageReading, i: number): string {
  const k = r.spanSentence[i] as number;
  return r.text.slice(r.layout.sentences[k] as number, r.layout.sentenceEnd(k));
}

/** Adds to `familyGiven` the first names greeted beside the writer's in a quoted message written
 * to them ("Hi Jamal and Priya,"). */
export function addGreetedWithWriter(r: MessageReading, sender: SenderName, familyGiven: Set<string>): void {
  const byGreeting = new Map<Part, string[]>();
  for (let i = 0; i < r.spans.length; i++) {
    const span = r.spans[i] as Span;
    const part = r.places.partOf(i);
    if (span.kind !== "person-name" || !part || part.kind !== "greeting" || part.message === 0) continue;
    const first = plainNameWords(span.text)[0];
    if (first) byGreeting.set(part, [...(byGreeting.get(part) ?? []), first]);
  }
  for (const firsts of byGreeting.values()) {
    if (firsts.length < 2 || !firsts.some((f) => sender.given.includes(fold(f)))) continue;
    for (const f of firsts) if (!sender.given.includes(fold(f))) familyGiven.add(f);
  }
}
