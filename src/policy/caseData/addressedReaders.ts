/**
 * A reader called by name in the writer's new text ("Shaz, I've copied you in as you worked with
 * her on the KPC pilot", "Kev – can you take the 10 o'clock?"): someone the message is written to,
 * as a greeting's name is, though the name may be a short form the recipients' addresses do not
 * show (Shaz for sharon.lees@…). Only a single name opening its sentence, then a comma or a dash,
 * in a sentence that speaks to "you". A name wished well with "you" is the reader's household's, in
 * the new text or in a quoted colleague's message.
 */
import type { Part } from "../anatomy";
import type { Span } from "../detect/types";
import { plainNameWords } from "./knownPeople";
import type { MessageReading } from "./reading";

const CALLED_AFTER = /^[ \t]*[,\u2013\u2014-][ \t]/;
const SPOKEN_TO = /\b(?:you|your|yours|yourself)\b/i;
const ONLY_SPACE = /^[\s*\u2022-]*$/;

/** A wish for the reader and someone of theirs: "Hope you, Sam and the baby are all doing well",
 * "Hope you and Dev are settling in": the one named with "you" is of the reader's household. */
const WISHED_WITH_YOU_BEFORE = /\b(?:hope|hoping|trust)[ \t]+(?:that[ \t]+)?you(?:[ \t]*,[ \t]*|[ \t]+(?:and|&)[ \t]+)$/i;
const WISHED_WITH_YOU_AFTER = /^(?:[ \t]*(?:,|and|&)[ \t]*(?:the[ \t]+)?(?:baby|bump|little[ \t]+ones?|kids|boys|girls|bairns))*[ \t]+(?:are|is)\b/i;

/** Per span: a name calling a reader of the new message, or named with "you" in a wish for the reader. */
export function addressedReaders(r: MessageReading): Uint8Array {
  const { text, spans, layout, spanSentence } = r;
  const out = new Uint8Array(spans.length);
  for (const i of r.textNames) {
    const span = spans[i] as Span;
    const part = r.places.partOf(i);
    if (!part || part.kind !== "text" || !r.writerIsStaff(part) || plainNameWords(span.text).length !== 1) continue;
    // A wish for the reader's household is one in a quoted colleague's message too ("Hope you, Imran and the baby …" answered).
    if (WISHED_WITH_YOU_BEFORE.test(text.slice(Math.max(0, span.start - 30), span.start)) && WISHED_WITH_YOU_AFTER.test(text.slice(span.end, span.end + 60))) {
      out[i] = 1;
      continue;
    }
    if (part.message !== 0) continue;
    const k = spanSentence[i] as number;
    const from = layout.sentences[k] as number;
    if (!ONLY_SPACE.test(text.slice(from, span.start)) || !CALLED_AFTER.test(text.slice(span.end, span.end + 4))) continue;
    if (SPOKEN_TO.test(text.slice(span.end, layout.sentenceEnd(k)))) out[i] = 1;
  }
  return out;
}

/** Case facts told to the reader: "since your licence started", "your last drug test came back
 * positive", "you've breached your curfew", "a condition of your licence", "a requirement of your
 * order", "your methadone prescription", "your children's child protection plans", "those of you on
 * licence", in text-speak too ("a condition of ur licence"). (Not "your driving licence", "your
 * order number".) */
const YOUR_CASE =
  /\b(?:your|ur|yr)[ \t]+(?:licence[ \t]+(?:conditions?|started|began|period|ends|expires|requires)|(?:community|supervision|probation|restraining|referral|youth[ \t]+rehabilitation)[ \t]+order|sentence|curfew|tag|bail|recall|offen[cs]es?|offending|(?:last[ \t]+|latest[ \t]+)?drug[ \t]+tests?|unpaid[ \t]+work|(?:(?:child|children|son|daughter|baby)['\u2019]s[ \t]+)?(?:cp|child[ \t]+protection)[ \t]+plans?|methadone|subutex|buvidal)\b|\b(?:you|u)(?:['\u2019]re|[ \t]+are)?[ \t]+on[ \t]+(?:licence|probation|bail|a[ \t]+tag)\b|\b(?:conditions?|requirements?)[ \t]+of[ \t]+(?:your|ur|yr)[ \t]+(?:licence|order|bail)\b|\b(?:you|u)(?:['\u2019]ve|[ \t]+have)[ \t]+(?:breached|been[ \t]+recalled|missed[ \t]+(?:two|three|\d)[ \t]+appointments)\b/i;

/** Whether the new message's own text tells its readers of their own case ("Jordan, you need to be
 * at the office … since your licence started …", "a requirement of your order"): then the names
 * greeting or calling them are the case's, not contact details, and several personal addresses
 * together are a disclosure (rule recipients-see-each-other). The message being written is the
 * sender's, who is staff; quoted messages are not read. */
export function newTextTellsReadersCase(text: string, parts: readonly Part[]): boolean {
  for (const part of parts) {
    if (part.message !== 0 || part.kind !== "text") continue;
    if (YOUR_CASE.test(text.slice(part.start, Math.min(part.end, part.start + MAX_READ)))) return true;
  }
  return false;
}
/** How much of each new-text part is read for it. */
const MAX_READ = 20000;
