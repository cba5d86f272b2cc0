/**
 * Text in the new message below the writer's own signature was pasted there (a visit note copied
 * under a room booking: "Elvidge - hv 18/11. Mum says … School report Ruby-Jay not in since Weds …
 * Discuss at core group"). Such a block is one note about one family: when it holds case wording
 * anywhere, every name in it has case context, though its sentences are clipped.
 */
import type { Part } from "../anatomy";
import { normalise } from "../detect/normalise";
import type { Span } from "../detect/types";
import { hasCaseWording } from "./caseVocabulary";
import { ownSignature } from "./messageParts";
import type { MessageReading } from "./reading";

/** How much of a pasted block is read (longer: only its start). */
const MAX_NOTE = 4000;

/** Per span: a name in a text part of the new message below its signature, the part holding case wording. */
export function namesInPastedNotes(r: MessageReading, parts: readonly Part[]): Uint8Array {
  const out = new Uint8Array(r.spans.length);
  const signature = ownSignature(parts);
  if (!signature) return out;
  for (const part of parts) {
    if (part.message !== 0 || part.kind !== "text" || part.start < signature.end) continue;
    if (!hasCaseWording(normalise(r.text.slice(part.start, Math.min(part.end, part.start + MAX_NOTE))).text)) continue;
    for (const i of r.textNames) {
      const span = r.spans[i] as Span;
      if (span.start >= part.start && span.end <= part.end) out[i] = 1;
    }
  }
  return out;
}
