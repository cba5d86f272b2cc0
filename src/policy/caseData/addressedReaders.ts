/**
 * A reader called by name in the writer's new text ("Shaz, I've copied you in as you worked with
 * her on the KPC pilot", "Kev – can you take the 10 o'clock?"): someone the message is written to,
 * as a greeting's name is, though the name may be a short form the recipients' addresses do not
 * show (Shaz for sharon.lees@…). Only a single name opening its sentence, then a comma or a dash,
 * in a sentence that speaks to "you".
 */
import type { Part } from "../anatomy";
import type { Span } from "../detect/types";
import { plainNameWords } from "./knownPeople";
import type { MessageReading } from "./reading";

const CALLED_AFTER = /^[ \t]*[,\u2013\u2014-][ \t]/;
const SPOKEN_TO = /\b(?:you|your|yours|yourself)\b/i;
const ONLY_SPACE = /^[\s*\u2022-]*$/;

/** Per span: a name calling a reader of the new message. */
export function addressedReaders(r: MessageReading): Uint8Array {
  const { text, spans, layout, spanSentence } = r;
  const out = new Uint8Array(spans.length);
  for (const i of r.textNames) {
    const span = spans[i] as Span;
    const part = r.places.partOf(i);
    if (!part || part.message !== 0 || part.kind !== "text" || !r.writerIsStaff(part) || plainNameWords(span.text).length !== 1) continue;
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
