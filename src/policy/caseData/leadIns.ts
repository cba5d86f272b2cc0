/**
 * A name in a line that ends with a colon and introduces what follows it in the paragraph ("Texts
 * from Chantelle Rudd (07700 900648), Tue 10 Nov:" above her messages, "Notes from the visit to
 * Kyle Dale:" above the notes, or alone above the paragraph it introduces): when the lines it
 * introduces hold case wording, they are about that person, so the name has case context.
 */
import { normalise } from "../detect/normalise";
import type { Span } from "../detect/types";
import { hasCaseWording } from "./caseVocabulary";
import type { MessageReading } from "./reading";

/** How many sentences after the lead-in are read. */
const MAX_FOLLOWING = 12;
/** Before the name in a lead-in alone in its paragraph: the messages it introduces ("Texts from "). */
const MESSAGES_BEFORE = /\b(?:texts?|messages?|whatsapps?|voicemails?|notes?)\b[^\n]*$/i;
/** Before the name on its line: an event's programme, whose lines are sessions ("Running order, Tuesday 8 December, Victoria Hall, Oakham:"). */
const PROGRAMME_BEFORE = /\b(?:running[ \t]+order|agenda|programme|timetable)\b[^\n]*$/i;
/** The rest of the name's line: the lead-in's colon closes it. */
const LEAD_IN_REST = /^[^\n:]{0,80}:[ \t]*(?:\r?\n)/;

/** Per span: a name in a lead-in line whose following lines in its paragraph hold case wording. */
export function namesLeadingIn(r: MessageReading): Uint8Array {
  const { spans, layout, text } = r;
  const out = new Uint8Array(spans.length);
  for (const i of r.textNames) {
    const span = spans[i] as Span;
    if (!LEAD_IN_REST.test(text.slice(span.end, span.end + 90))) continue;
    const lineEnd = text.indexOf("\n", span.end);
    if (PROGRAMME_BEFORE.test(text.slice(Math.max(text.lastIndexOf("\n", span.start - 1) + 1, span.start - 90), span.start))) continue;
    const first = layout.sentenceOf(lineEnd + 1);
    // A lead-in alone in its paragraph ("Texts from Jodie, Tue 10 Nov:", a blank line, then the
    // texts) introduces the paragraph after it.
    const own = layout.paragraphOf(span.start);
    const next = first < layout.sentences.length ? layout.paragraphOf(layout.sentences[first] as number) : own;
    const lineStart = text.lastIndexOf("\n", span.start - 1) + 1;
    const paragraph = next !== own && MESSAGES_BEFORE.test(text.slice(Math.max(lineStart, span.start - 60), span.start)) && /^\s*$/.test(text.slice(lineEnd, layout.sentences[first] as number)) ? next : own;
    for (let k = first; k < layout.sentences.length && k < first + MAX_FOLLOWING; k++) {
      if (layout.paragraphOf(layout.sentences[k] as number) !== paragraph) break;
      if (hasCaseWording(normalise(layout.sentenceText(k)).text)) {
        out[i] = 1;
        break;
      }
    }
  }
  return out;
}
