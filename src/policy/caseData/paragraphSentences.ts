/** Per paragraph, asked lazily and remembered: whether one of its sentences says something. */
import { normalise } from "../detect/normalise";
import { isTextPart } from "./messageParts";
import type { MessageReading } from "./reading";

/**
 * Whether a sentence of paragraph `p`, in the message's text parts, passes `test` (given the
 * sentence normalised as detect() reads it). Each paragraph is read once, at most its first `max`
 * characters (fail closed beyond: a longer paragraph is not read further).
 */
export function paragraphsWithSentence(r: MessageReading, max: number, test: (sentence: string) => boolean): (p: number) => boolean {
  const { text, layout } = r;
  const { sentences, paragraphs } = layout;
  // 0: not yet read, 1: no, 2: yes.
  const read = new Uint8Array(paragraphs.length);
  return (p) => {
    if (!read[p]) {
      const from = paragraphs[p] as number;
      const to = Math.min(layout.paragraphEnd(p), from + max);
      let found = false;
      for (let k = layout.sentenceOf(from); !found && k < sentences.length && (sentences[k] as number) < to; k++) {
        const start = Math.max(sentences[k] as number, from);
        const end = Math.min(layout.sentenceEnd(k), to);
        found = isTextPart(r.partAt(start)) && test(normalise(text.slice(start, end)).text);
      }
      read[p] = found ? 2 : 1;
    }
    return read[p] === 2;
  };
}
