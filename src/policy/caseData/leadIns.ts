/**
 * A name in a line that ends with a colon and introduces what follows it in the paragraph ("Texts
 * from Chantelle Rudd (07700 900648), Tue 10 Nov:" above her messages, "Notes from the visit to
 * Kyle Dale:" above the notes): when the lines it introduces hold case wording, they are about
 * that person, so the name has case context.
 */
import { normalise } from "../detect/normalise";
import type { Span } from "../detect/types";
import { hasCaseWording } from "./caseVocabulary";
import type { MessageReading } from "./reading";

/** How many sentences after the lead-in are read. */
const MAX_FOLLOWING = 12;
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
    const paragraph = layout.paragraphOf(span.start);
    const first = layout.sentenceOf(lineEnd + 1);
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
