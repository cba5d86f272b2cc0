/**
 * Prison numbers (NOMIS numbers): a letter, four digits and two letters, "A1234BC". There is
 * no check character, so the shape must stand alone as a token; lower case needs a cue.
 */
import type { Candidate, Recognizer } from "../types";
import * as chars from "./chars";

// Bound once: under CommonJS transpilation every use of a named import is a getter call.
const { cueBefore, forEachToken } = chars;

const SHAPE = /\b[A-Za-z]\d{4}[A-Za-z]{2}/g;
const CUE = /\b(?:prison(?:er)?|nomis|noms|offender)\b[^\n]{0,20}$/i;

export const prisonNumber: Recognizer = {
  kind: "prison-number",
  // Prison (NOMIS) numbers shaped A1234BC, standing alone as a token.
  find(text: string): Candidate[] {
    const out: Candidate[] = [];
    forEachToken(SHAPE, text, (m, start, end) => {
      const cued = cueBefore(text, start, CUE, 30);
      const upper = m[0] === m[0].toUpperCase();
      if (!upper && !cued) return;
      out.push({ start, end, kind: "prison-number", confidence: cued ? 0.99 : 0.85 });
    });
    return out;
  },
};
