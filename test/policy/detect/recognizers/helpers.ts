import type { Recognizer } from "../../../../src/policy/detect/types";

/** The texts a recognizer finds in `text`, in order. */
export function texts(recognizer: Recognizer, text: string): string[] {
  return recognizer.find(text, []).map((c) => text.slice(c.start, c.end));
}
