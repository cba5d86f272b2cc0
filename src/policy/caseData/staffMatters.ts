/**
 * Staff and the writer: a colleague's relative and their health, the writer's own health in the
 * first person, a colleague on leave, and a colleague's family news are not a case. These hold
 * only where the writer is staff (see quotedWriters.ts): in a service user's quoted message the
 * first person is a case person.
 */
import type { Part } from "../anatomy";
import type { PersonalDataKind, Span } from "../detect/types";
import { lastAtOrBefore } from "./boundaries";
import {
  AS_A_CHILD, CASE_PERSON, THAT_AS_CONJUNCTION, FORM_FOR_PERSON_WORD, COLLEAGUE_BEFORE, FAMILY_NEWS, FIRST_PERSON, HOME_WORDING, LABELLED_LINE, LEAVE_SUBJECT, NOT_A_NAME, OFFICER_FIRST, OWN_RECORDS, OWNED_RELATIONS, RELATIVE_AFTER, REPORTED, SERVICE_WITH_PERSON_WORD, SOMEONE_ELSE, STAFF_LEAVE, THIRD_PERSON,
  hasCaseWording,
} from "./caseVocabulary";
import type { SentenceContext } from "./caseContext";
import { isTextPart } from "./messageParts";
import { plainNameWords, sameFamilyName, type SenderName } from "./knownPeople";
import { once } from "./once";
import { firstWord } from "./quotedWriters";
import type { MessageReading } from "./reading";

/**
 * Sentences about a staff member's relative ("our police colleague DS Karen Whatton's mother,
 * Margaret, died … after a long illness with dementia"): a colleague's family is not a case.
 * Every name in the sentence must be staff's or the relative's given right after the relation:
 * `otherName` flags the sentences where one is not. `titled`: names given as a professional's.
 */
export function staffRelativeSentences(r: MessageReading, titled: Uint8Array): { staffFamily: Uint8Array; otherName: Uint8Array } {
  const { text, spans, spanSentence } = r;
  const staffFamily = new Uint8Array(r.layout.sentences.length);
  const otherName = new Uint8Array(r.layout.sentences.length);
  const relativeStarts = new Set<number>();
  for (const i of r.textNames) {
    const span = spans[i] as Span;
    const s = spanSentence[i] as number;
    const staff = titled[i] || r.isStaffPerson(span.text) || COLLEAGUE_BEFORE.test(text.slice(Math.max(0, span.start - 40), span.start));
    const relative = staff ? RELATIVE_AFTER.exec(text.slice(span.end, span.end + 40)) : null;
    if (relative) {
      staffFamily[s] = 1;
      relativeStarts.add(span.end + relative[0].length);
    } else if (!staff && !relativeStarts.has(span.start)) otherName[s] = 1;
  }
  return { staffFamily, otherName };
}

const MY = /\bmy\b/i;

/** A clinician doing something to the writer: "she's started me on", "he has referred me", "she wants me to rest". */
const TREATS_ME = /\b(?:she|he)(?:['\u2019]s|[ \t]+has|[ \t]+had)?[ \t]+(?:started|put|prescribed|referred|signed|given|increased|reduced|changed|booked)[ \t]+me\b|\b(?:she|he)(?:['\u2019]s|[ \t]+has)?[ \t]+(?:wants|wanted|asked|advised)[ \t]+me[ \t]+to\b|\bthey(?:['\u2019]re|[ \t]+are)?[ \t]+(?:sort(?:ing)?[ \t]+out|adjust(?:ing)?|chang(?:e|ing)|review(?:ing)?|increas(?:e|ing)|reduc(?:e|ing))[ \t]+my\b/gi;

/** The writer as a patient ("I'm a patient at the practice"): the writer, not a third person. */
const I_AM_A_PATIENT = /\bI(?:['\u2019]m|[ \t]+am)[ \t]+(?:a|an[ \t]+existing|a[ \t]+registered)[ \t]+patient\b/g;

/** The writer's own pregnancy told by its due date or its order, or their baby's birth as a time: "my baby is due on 3 March",
 * "I'm pregnant with my second baby", "about ten weeks after my son was born". */
const MY_BABY_DUE = /\b(?:my|the|our)[ \t]+baby[ \t]+(?:is|was)[ \t]+due\b|\b(?:after|since|before|when)[ \t]+(?:my|our)[ \t]+(?:son|daughter|baby|twins)[ \t]+(?:was|were)[ \t]+born\b|\bpregnant[ \t]+with[ \t]+(?:my|our)[ \t]+(?:(?:first|second|third|fourth|next)[ \t]+)?(?:baby|child)\b/gi;
/** The writer telling, not being told: "what I told you after supervision", "as I mentioned", "to
 * let you know formally that I'm pregnant", "I'd rather you heard it from me", "it may help you to know that I was diagnosed". */
const WRITER_TELLS = /\b(?:hear|heard)[ \t]+(?:it|this|the[ \t]+news)[ \t]+from[ \t]+me\b|\b(?:help|useful|want|wanted|like)[ \t]+(?:for[ \t]+)?you[ \t]+to[ \t]+(?:know|be[ \t]+aware)[ \t]+that\b|\bI(?:['\u2019]ve|[ \t]+have)?[ \t]+(?:told|said|mentioned|explained)(?:[ \t]+(?:to[ \t]+)?you)?\b|\b(?:let(?:ting)?[ \t]+you[ \t]+know|tell(?:ing)?[ \t]+you|inform(?:ing)?[ \t]+you|notify(?:ing)?[ \t]+you|confirm(?:ing)?|give[ \t]+(?:you[ \t]+)?(?:formal[ \t]+|written[ \t]+)?notice)(?:[ \t]+[a-z]+ly)?[ \t]+that\b/g;

const ABOUT = /\babout\b/gi;
/** "in person" ("turning up to the MASH in person"): an idiom, no other person. */
const IN_PERSON = /\bin[ \t-]+person\b/gi;
/** The writer told, not telling of anyone: "after ten years of being told it was just bad periods". */
const TOLD_TO_WRITER = /\b(?:being|been)[ \t]+told\b/gi;
/** A thing that says, no one reporting: "the website says to email the surgery", "the letter said". */
const THING_SAYS = /\b(?:the|your|their|its)[ \t]+(?:website|site|leaflet|letter|form|app|page|guidance|policy|booklet|text|email|e-mail)[ \t]+(?:says|said)\b/gi;

/** A clinic's confirming aside ("(confirmed at the Royal Derby last week)") and the writer's own telling
 * ("I'd rather you heard it from me"): no one else reported. */
const CONFIRMED_ASIDE = /\((?:confirmed|diagnosed)\b[^()\n]{0,80}\)/gi;
const HEARD_FROM_ME = /\byou[ \t]+(?:heard|hear|learn(?:ed|t)?)[ \t]+(?:it[ \t]+)?from[ \t]+me\b/gi;
/** The longest sentence read for the writer's own health ("I have dyslexia …"). */
const MAX_OWN_SENTENCE = 600;

/** The writer's own health in the first person ("I have dyslexia … and was diagnosed with ADHD"):
 * no one else in the sentence, nothing reported, no name but the sender's or a recipient's. */
export function writersOwnSentences(r: MessageReading): (k: number) => boolean {
  const { text, layout, names } = r;
  return once((k: number): boolean => {
    const from = layout.sentences[k] as number;
    const to = layout.sentenceEnd(k);
    // A sentence longer than is read is not judged the writer's (fail closed).
    if (to - from > MAX_OWN_SENTENCE || !r.writerIsStaff(r.partAt(from))) return false;
    // "my asthma as a child": the writer's own past names no child.
    // "She's started me on sertraline": the writer's doctor treating the writer is still the writer's own.
    const sentence = text.slice(from, to).replace(IN_PERSON, " ").replace(TOLD_TO_WRITER, " ").replace(THING_SAYS, " ").replace(AS_A_CHILD, " ").replace(TREATS_ME, " I ").replace(I_AM_A_PATIENT, " I ").replace(THAT_AS_CONJUNCTION, " ").replace(WRITER_TELLS, " ").replace(MY_BABY_DUE, " I ").replace(CONFIRMED_ASIDE, " ").replace(HEARD_FROM_ME, " ");
    // "I was told that …" may report someone else's; "a reminder that my hepatitis B booster is due" is the writer's.
    // "about" alone reports no one where no one else is in the sentence ("to talk about a workplace assessment now that I'm pregnant").
    if (!FIRST_PERSON.test(sentence) || THIRD_PERSON.test(sentence) || (REPORTED.test(sentence.replace(ABOUT, " ")) && !MY.test(sentence))) return false;
    for (let j = lastAtOrBefore(names.starts, from - 1) + 1; j < names.starts.length && (names.starts[j] as number) < to; j++) {
      const name = names.textAt.get(names.starts[j] as number);
      if (!name || !r.isKnown(name)) return false;
    }
    return true;
  });
}

/** What a writer gives as their own records: the identifiers a payroll, a pension fund or a
 * regulator asks for, their home and their numbers. */
const OWN_RECORD_KINDS: ReadonlySet<PersonalDataKind> = new Set<PersonalDataKind>(["national-insurance-number", "nhs-number", "date-of-birth", "street-address", "postcode", "phone-number", "email-address"]);
/** How much of the new message is read for the writer's own records (longer: not judged, fail closed). */
const MAX_OWN_RECORDS_TEXT = 8000;
/** Wording that says only that someone moved home: the writer's own move, or their partner's into their home ("has moved in with me"), is no case wording. */
const MOVED = /\bmoved (?:to|out|in with (?:me|us))\b/gi;

/** "The new address is", "our new home address": said in a message about the writer's own move. */
const NEW_ADDRESS = /\b(?:the|our)[ \t]+new[ \t]+(?:home[ \t]+)?address\b/i;

/** The writer's own family in an HR request ("change my emergency contact to my wife, Ffion
 * Pritchard, … instead of my dad", "Emergency contact: Sam Whitfield (partner)"): theirs, not a case's. */
const ONE_RELATIVE = "wife|husband|partner|girlfriend|boyfriend|fianc[e\u00e9]e?|dad|mum|mom|mother|father|son|daughter|brother|sister";
const MY_RELATIVE = new RegExp(`\\bmy[ \t]+(?:${ONE_RELATIVE}|parents?|children|kids?|baby)\\b`, "gi");
const MY_RELATIVE_BEFORE = new RegExp(`(?:\\bmy[ \t]+(?:${ONE_RELATIVE})(?:[ \t]*,?|[^.:\\n]{0,80}:[ \t]*(?:\\n[ \t]*){0,3})|\\b(?:emergency[ \t]+contact|next[ \t]+of[ \t]+kin)[^:\\n]{0,20}:)[ \t]*$`, "i");
/** The writer's relative given on a form's "Name:" line after the request ("add my partner as a
 * named driver on my car policy … from Saturday:\n\nName: Chloe Ferncombe"), or after the
 * paragraph asking for it ("… add my partner as a named driver …? The policy is …\n\nName: …"). */
const MY_RELATIVE_FORM_BEFORE = new RegExp(`\\bmy[ \t]+(?:${ONE_RELATIVE})\\b(?:[^.\\n]{0,160}:|[^\\n]{0,300})[ \t]*\\n(?:[ \t]*\\n){0,2}[ \t]*(?:full[ \t]+)?name[ \t]*:[ \t]*$`, "i");

/** Whether the name at `start` is the writer's relative, by the words before it. */
function myRelativeBefore(text: string, start: number): boolean {
  return MY_RELATIVE_BEFORE.test(text.slice(Math.max(0, start - 120), start)) || MY_RELATIVE_FORM_BEFORE.test(text.slice(Math.max(0, start - 260), start));
}

/** An identifier's label right before it, in a sentence ("Membership number CPS-0771482, NI number NP 40 27 13 C."). */
const NUMBER_LABEL_BEFORE = /\b(?:NI|NINO|national[ \t]+insurance|NHS)[ \t]+(?:number|no\.?)[ \t]*:?[ \t]*$/i;

/** A sentence of an HR request about the writer's manager ("I've copied in my line manager, Amy,
 * so she has the new emergency contact"): its pronouns are the manager's. */
const MANAGER_SENTENCE = /[^.!?\n]*\bmy[ \t]+(?:line[ \t]+|team[ \t]+)?manager\b[^.!?\n]*/gi;
/** A labelled line for the writer's own date of birth ("Date of birth: …"): a field, not case wording. */
const BIRTH_LABEL = /^[ \t]*(?:date[ \t]+of[ \t]+birth|d\.?o\.?b\.?)[ \t]*:|\b(?:date[ \t]+of[ \t]+birth|d\.?o\.?b\.?)[ \t]*:?[ \t]*(?=\d)/gim;
/** The writer's own date of birth told in a sentence ("my date of birth is 02/08/1988", "My own date of birth is …"). */
const MY_BIRTH = /\bmy[ \t]+(?:own[ \t]+)?(?:date[ \t]+of[ \t]+birth|d\.?o\.?b\b\.?)/gi;
/** The writer's own diagnosis, told in the first person ("I was diagnosed with postnatal depression"): theirs, no case. */
const MY_DIAGNOSIS = /\bI(?:['\u2019]ve|[ \t]+have|[ \t]+was|['\u2019]m|[ \t]+am)[ \t]+(?:(?:recently|just|finally|now|been)[ \t]+)*diagnosed\b/g;

/** A sentence of an HR request about the writer's own relative ("My emergency contact is still my
 * husband, but his mobile has changed"): its pronouns are the relative's. */
const MY_RELATIVE_SENTENCE = new RegExp(`[^.!?\\n]*\\bmy[ \t]+(?:${ONE_RELATIVE})\\b[^.!?\\n]*`, "gi");

const MY_RELATIVE_ANY = new RegExp(MY_RELATIVE.source, "i");
/** A relative's own family: "her mum's", "his dad". */
const RELATIVES_FAMILY = /\b(?:his|her)[ \t]+(?:mum|mom|dad|mother|father|parents|nan|gran|sister|brother)(?:['\u2019]s)?\b/gi;
/** A sentence opening on "he", "she", "her" or "his" ("She'll use the car mainly at weekends.", "Her details:"). */
const PRONOUN_SENTENCE = /(^|[.!?\n])[ \t]*(?:He|She|Her|His)(?:['\u2019](?:ll|s|d))?[ \t][^.!?\n]*/g;

/** A name doing a manager's part in an HR request: "for Lucy to approve", "Lucy has signed it off",
 * "Sarah Hibbert (my manager) has already approved". */
const APPROVES_AFTER = /^(?:[ \t]*\([^()\n]{0,40}\))?[ \t]+(?:(?:to|will|has|had|can|should|must|needs[ \t]+to)[ \t]+)?(?:(?:already|now|just|also)[ \t]+)?(?:approv(?:e|es|ed|ing)|authori[sz](?:e|es|ed|ing)|countersign(?:s|ed)?|sign(?:s|ed)?[ \t]+(?:it[ \t]+|them[ \t]+)?off)\b/i;
/** Before such a name: "approved by", "signed off by", "my line manager", a form's "Manager:" line, and someone the writer
 * dealt with about it ("further to my call with Dean", "as I discussed with Priya"). */
const APPROVER_BEFORE = /\b(?:(?:approved|authori[sz]ed|countersigned|signed[ \t]+off)[ \t]+by|(?:my|our)[ \t]+(?:line[ \t]+|team[ \t]+)?manager[ \t]*,?|(?:^|\n)[ \t]*(?:line[ \t]+|team[ \t]+)?(?:manager|supervisor)(?:['\u2019]s[ \t]+name)?[ \t]*:[ \t]*|(?:my|our)[ \t]+(?:phone[ \t]+)?(?:call|conversation|chat)[ \t]+(?:\w+[ \t]+)?with|I[ \t]+(?:spoke|talked)[ \t]+(?:to|with)|(?:discussed|agreed)[ \t]+with)[ \t]*$/i;
/** Right before a name: the writer's own former or other name ("Nkechi Adeyemi (previously Nkechi Balogun)"). */
const OWN_OTHER_NAME_BEFORE = /\([ \t]*(?:previously|formerly|n[e\u00e9]e|maiden[ \t]+name:?|was)[ \t]+$/i;

/** Whether a name in a query about the writer's records is a colleague dealing with it: the
 * manager approving the leave, "my colleague Jo". Such a name is no one else the records could be. */
function colleagueInQuery(text: string, span: Span): boolean {
  const before = text.slice(Math.max(0, span.start - 40), span.start);
  return APPROVES_AFTER.test(text.slice(span.end, span.end + 40)) || APPROVER_BEFORE.test(before) || COLLEAGUE_BEFORE.test(before);
}

/** Whether the name at index i is another name of the known person named right before it: "Nkechi
 * Adeyemi (previously Nkechi Balogun)", "from Aisling Brennan to Aisling Whitfield". */
function otherNameOfKnown(r: MessageReading, i: number): boolean {
  const span = r.spans[i] as Span;
  const before = r.text.slice(Math.max(0, span.start - 30), span.start);
  // "from Aisling Brennan to Aisling Whitfield": the old name, the writer's known one after it.
  const next = r.spans[i + 1];
  if (next !== undefined && next.kind === "person-name" && r.isKnown(next.text) && /^[ \t]+to[ \t]+$/.test(r.text.slice(span.end, next.start)) && /\bfrom[ \t]+$/i.test(before)) return true;
  const previous = r.spans[i - 1];
  if (previous === undefined || previous.kind !== "person-name" || !r.isKnown(previous.text)) return false;
  // "change the name on my account from Aisling Brennan to Aisling Whitfield": the new name.
  if (/^[ \t]+to[ \t]+$/.test(r.text.slice(previous.end, span.start)) && /\bfrom[ \t]+$/i.test(r.text.slice(Math.max(0, previous.start - 10), previous.start))) return true;
  const cue = OWN_OTHER_NAME_BEFORE.exec(before);
  if (!cue) return false;
  const cueStart = span.start - before.length + cue.index;
  return /^[ \t]*$/.test(r.text.slice(previous.end, cueStart));
}

/**
 * The writer's own records in the new message ("Please update my address. … NI number: NE 55 01
 * 72 C / New address: 27 Wren Close …"; "I've updated my home address on NMC Online to 3 Orchard
 * Mews …"): a payroll, pension or registration query is about the writer, not a case. Only when
 * the new message asks about the writer's own records in the first person, names no one but the
 * sender, the recipients, a colleague dealing with it ("for Lucy to approve") and the writer's own
 * family ("my emergency contact … my wife, Ffion Pritchard"), and speaks of no
 * one else (no "he", "her", "my client", no case wording but a move of home). Then an identifier, an address or a number on a labelled line or in
 * a first-person sentence about no one else is the writer's own. Per span, flags.
 */
export function writersOwnRecords(r: MessageReading, parts: readonly Part[], sender?: SenderName): Uint8Array {
  const { text, spans, layout } = r;
  const own = new Uint8Array(spans.length);
  const newParts = parts.filter((p) => p.message === 0 && p.kind === "text");
  if (newParts.reduce((n, p) => n + p.end - p.start, 0) > MAX_OWN_RECORDS_TEXT) return own;
  const newText = newParts.map((p) => text.slice(p.start, p.end)).join("\n");
  // "I've copied in my line manager, Amy, so she has …": the pronoun is the manager's.
  // With the writer's relative introduced ("add my partner as a named driver"), a sentence opening
  // on a pronoun ("She'll use the car mainly at weekends") is the relative's too.
  const othersOut = newText.replace(MANAGER_SENTENCE, " ").replace(MY_RELATIVE_SENTENCE, " ");
  const aboutWriter = MY_RELATIVE_ANY.test(newText) ? othersOut.replace(PRONOUN_SENTENCE, "$1 ") : othersOut;
  if (!OWN_RECORDS.test(newText) || SOMEONE_ELSE.test(aboutWriter) || CASE_PERSON.test(aboutWriter.replace(MY_RELATIVE, "my family").replace(SERVICE_WITH_PERSON_WORD, " ").replace(AS_A_CHILD, " ").replace(FORM_FOR_PERSON_WORD, " "))) return own;
  // A unit's name is where the writer works ("Location: HMP Foston Hall, Offender Management Unit").
  // With the writer's relative introduced, that relative's own family ("the odd trip to her mum's") is no case wording.
  const ownWords = MY_RELATIVE_ANY.test(newText) ? newText.replace(RELATIVES_FAMILY, " ") : newText;
  if (hasCaseWording(ownWords.replace(HOME_WORDING, " ").replace(MOVED, " ").replace(BIRTH_LABEL, " ").replace(MY_BIRTH, " ").replace(MY_DIAGNOSIS, " ").replace(SERVICE_WITH_PERSON_WORD, " "))) return own;
  for (const i of r.textNames) {
    const part = r.places.partOf(i);
    const span = spans[i] as Span;
    // Someone of the writer's family name is of their household ("Orla Gallagher | Daughter | 25%" on a pension nomination).
    const family = !!sender && sameFamilyName(plainNameWords(span.text), sender.family);
    if ((!part || part.message === 0) && !r.isKnown(span.text) && !colleagueInQuery(text, span) && !otherNameOfKnown(r, i) && !OFFICER_FIRST.test(span.text) && !myRelativeBefore(text, span.start) && !family) return own;
  }
  /** Sentences naming the writer's own relative ("my partner as a named driver: Megan Doyle, date of birth …"). */
  const relativeSentences = new Set<number>();
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i] as Span;
    const part = r.places.partOf(i);
    if (!part || part.message !== 0 || part.kind !== "text") continue;
    // The writer's own next of kin ("Emergency contact: Sam Whitfield (partner)") is theirs too.
    if (span.kind === "person-name" && myRelativeBefore(text, span.start)) {
      own[i] = 1;
      relativeSentences.add(r.spanSentence[i] as number);
      continue;
    }
    if (!OWN_RECORD_KINDS.has(span.kind)) continue;
    const lineStart = text.lastIndexOf("\n", span.start - 1) + 1;
    const sentence = layout.sentenceText(r.spanSentence[i] as number);
    // "The new address is …" in a message about the writer's own move is theirs, as "my address" is.
    if (LABELLED_LINE.test(text.slice(lineStart, span.start)) || NUMBER_LABEL_BEFORE.test(text.slice(Math.max(lineStart, span.start - 30), span.start)) || relativeSentences.has(r.spanSentence[i] as number) || ((FIRST_PERSON.test(sentence) || NEW_ADDRESS.test(sentence)) && !THIRD_PERSON.test(sentence.replace(FORM_FOR_PERSON_WORD, " ")))) own[i] = 1;
  }
  return own;
}

/** Staff leave, read per sentence. */
export interface StaffLeave {
  /** Distinct names per sentence (read as text, not the sender's or a recipient's), counted up to 2. */
  namesInSentence: Uint16Array;
  /** Whether sentence `k` speaks of staff leave, remembered once asked. */
  isLeaveSentence(k: number): boolean;
  /** The sentences asked about so far. */
  asked: ReadonlyMap<number, boolean>;
}

export function staffLeaveOf(r: MessageReading): StaffLeave {
  const namesInSentence = new Uint16Array(r.layout.sentences.length);
  const lastNameIn = new Map<number, string>();
  for (const i of r.textNames) {
    const span = r.spans[i] as Span;
    if (r.isKnown(span.text)) continue;
    const s = r.spanSentence[i] as number;
    const key = firstWord(span.text);
    const count = namesInSentence[s] as number;
    if (lastNameIn.get(s) !== key && count < 2) namesInSentence[s] = count + 1;
    lastNameIn.set(s, key);
  }
  const asked = new Map<number, boolean>();
  return { namesInSentence, isLeaveSentence: once((k: number) => STAFF_LEAVE.test(r.layout.sentenceText(k)), asked), asked };
}

/**
 * "Mark is now on two weeks' paternity leave": the one a sentence puts on staff leave is staff
 * even where the word was not taken for a name (a name that is also a word), so that the
 * message's other mentions of them are staff's too. Only sentences not yet asked about (by the
 * names found), naming no one else, with no fact, in the text; "leave" is found by indexOf, so a
 * long thread costs one scan. Returns the subjects, in order.
 */
export function unnamedLeaveSubjects(r: MessageReading, leave: StaffLeave, factContext: Uint8Array): string[] {
  const { text, layout } = r;
  const subjects: string[] = [];
  for (let at = text.indexOf("eave"); at >= 0; at = text.indexOf("eave", at + 4)) {
    const k = layout.sentenceOf(at);
    const part = r.partAt(layout.sentences[k] as number);
    if (leave.asked.has(k) || leave.namesInSentence[k] !== 0 || factContext[k] || !isTextPart(part) || !r.writerIsStaff(part)) continue;
    if (!leave.isLeaveSentence(k)) continue;
    const subject = LEAVE_SUBJECT.exec(layout.sentenceText(k));
    if (subject && !NOT_A_NAME.test(subject[1] as string)) subjects.push(subject[1] as string);
  }
  return subjects;
}

/** A colleague leaving or retiring, told with its do ("leaves us on Friday … Partners are welcome,
 * and her husband Pete is hoping to come along"). */
const LEAVING_NEWS = /\b(?:leav(?:es|ing)[ \t]+us|leaving[ \t]+(?:do|drinks|party|lunch|meal|collection)|retir(?:es|ed|ing|ement)|farewell)\b/i;

/** A bulletin's label opening the sentence ("Baby news:", "Wedding news:"): a heading, not a person. */
const NEWS_LABEL = /^\s*(?:[A-Za-z'\u2019-]+[ \t]+){0,2}news[ \t]*:/i;
/** The longest paragraph read for a colleague's family news told after their name (longer: not judged, fail closed). */
const MAX_NEWS_PARAGRAPH = 2000;

/**
 * A staff member's family news ("Mark and his wife Summer welcomed their daughter Rose into the
 * world"): in a sentence whose only case wording is family words giving names, that tells of a
 * birth, a wedding or a death, and names staff and no one but the relatives so given, those
 * relatives are the staff member's family, not a case. A fact, a home address, any other case
 * wording ("arrested") or anyone else named keeps them case data. `isStaffName(i, s)`: whether
 * name span i, in sentence s, is staff's.
 *
 * The news goes on past the sentence naming the colleague ("our colleague Trevor Aldridge died …
 * I spoke to his wife, Carol, this morning"): a sentence naming only the relative it gives with
 * "his wife" is the colleague's family news when the name last before it (in its part) is staff's
 * and its paragraph tells of the birth, wedding, death or leaving and names no case person ("Lee Dale died
 * in custody. I spoke to his wife, Carol" stays case data).
 */
export function staffFamilyNewsSentences(r: MessageReading, ctx: SentenceContext, isStaffName: (i: number, s: number) => boolean, atParty: (i: number) => boolean = () => false): (k: number) => boolean {
  const { spans, layout } = r;
  const staffNamed = new Uint8Array(layout.sentences.length);
  const strangerNamed = new Uint8Array(layout.sentences.length);
  // A sentence whose staff are the team event's people ("Wendy says her husband Pete will come as a sub").
  const partyNamed = new Uint8Array(layout.sentences.length);
  for (const i of r.textNames) {
    const span = spans[i] as Span;
    const s = r.spanSentence[i] as number;
    if (!ctx.familyWordingOnly[s]) continue;
    if (atParty(i)) partyNamed[s] = 1;
    if (isStaffName(i, s) || atParty(i)) staffNamed[s] = 1;
    else if (!ctx.givenAsRelative.has(span.start)) strangerNamed[s] = 1;
  }
  const nameStarts = r.textNames.map((i) => (spans[i] as Span).start);
  /** Whether the name read last before sentence k, in its part, is staff's (whom its "his wife" is about). */
  const staffNamedBefore = (k: number): boolean => {
    const from = layout.sentences[k] as number;
    const j = lastAtOrBefore(nameStarts, from - 1);
    if (j < 0) return false;
    const i = r.textNames[j] as number;
    return r.partAt(nameStarts[j] as number) === r.partAt(from) && isStaffName(i, r.spanSentence[i] as number);
  };
  /** The paragraph of sentence k tells family news and names no case person (its owned relations aside). */
  const newsParagraph = (k: number): boolean => {
    const p = layout.paragraphOf(layout.sentences[k] as number);
    const from = layout.paragraphs[p] as number;
    const to = layout.paragraphEnd(p);
    if (to - from > MAX_NEWS_PARAGRAPH) return false;
    const paragraph = r.text.slice(from, to);
    return (FAMILY_NEWS.test(paragraph) || LEAVING_NEWS.test(paragraph)) && !CASE_PERSON.test(paragraph.replace(OWNED_RELATIONS, " "));
  };
  return once((k: number): boolean => {
    const sentence = layout.sentenceText(k);
    const news = staffNamed[k] ? !!partyNamed[k] || FAMILY_NEWS.test(sentence) : staffNamedBefore(k) && newsParagraph(k);
    return (
      !!ctx.familyWordingOnly[k] && !strangerNamed[k] && !ctx.factContext[k] && !ctx.homeAddress[k] && r.writerIsStaff(r.partAt(layout.sentences[k] as number)) && news &&
      // "Denise Farrand in the Victim Liaison Unit married her partner Graham": the unit's name is no victim.
      !CASE_PERSON.test(sentence.replace(OWNED_RELATIONS, " ").replace(NEWS_LABEL, " ").replace(SERVICE_WITH_PERSON_WORD, " "))
    );
  });
}
