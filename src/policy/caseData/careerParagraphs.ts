/**
 * Paragraphs about a colleague's career: a biography for a programme, a retirement, an obituary,
 * a welcome to a new post ("Pat joined the London Victim Liaison Unit in 1998 …", "In her new role
 * Zoe will coordinate …", "Bryn retired in 2010 … is survived by his wife Anne …"). Their work words ("treatment
 * manager for programmes for men convicted of sexual offences", "interests are neglect") and the
 * colleague's family are no case. A paragraph holding an identifier, a date of birth or a case
 * reference is never one: those are facts about someone whatever the wording.
 */
import type { Span } from "../detect/types";
import { ALWAYS_CASE } from "./caseContext";
import type { MessageReading } from "./reading";

/** Wording only a career has: a retirement, an obituary, a post joined or taken, a biography. Not a
 * death or a funeral alone: a case person's family has those too (staffMatters.ts reads staff news). */
const CAREER_WORDING =
  /\b(?:[Rr]etir(?:e|es|ed|ing|ement)|[Oo]bituary|(?:[Ii]n|[Tt]o) (?:his|her|their) new role|(?:was|been|being|is) appointed|promoted to|qualified as an?|joined the (?:[A-Z][\w'\u2019&-]*[ \t]*){1,5}|(?:[Hh]is|[Hh]er|[Tt]heir) career|[Bb]io(?:graphy)? as requested|(?:[Hh]is|[Hh]er|[Tt]heir) particular interests|formerly an? (?:[a-z]+ ){1,3}(?:officer|worker|manager|nurse|practitioner)|(?:[Hh]is|[Hh]er|[Tt]heir) (?:whole )?working life|\b[Aa]n? (?:detective|social worker|probation officer|police officer|nurse|midwife|health visitor|prison officer) for \d{1,2} years|worked (?:in|for|at|with) [^.\n]{1,60} for \d{1,2} years|starting as an? (?:[a-z]+ ){0,2}(?:officer|worker|nurse|assistant|administrator)|I (?:trained|qualified) as|qualified in (?:19|20)\d\d|qualifying as an?|nominat(?:e|ed|ion)\b(?=[^.\n]{0,80}\b(?:[Aa]wards?|[Pp]rize|of the [Yy]ear|[Rr]ecognition|[Hh]onours?|[Mm]edal)\b)|deserves to win|returned to work|[Ss]ince (?:19|20)\d\d,? (?:she|he|they) ha(?:s|ve)|(?:She|He|They) speciali[sz]es? in|[Mm]y career)/;

/** Per paragraph (by index): a career paragraph. */
export function careerParagraphs(r: MessageReading): Uint8Array {
  const { text, spans, layout } = r;
  const out = new Uint8Array(layout.paragraphs.length);
  const facts = new Uint8Array(layout.paragraphs.length);
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i] as Span;
    if (ALWAYS_CASE.has(span.kind) || span.kind === "case-reference") facts[layout.paragraphOf(span.start)] = 1;
  }
  for (let p = 0; p < layout.paragraphs.length; p++) {
    if (facts[p]) continue;
    const from = layout.paragraphs[p] as number;
    const to = Math.min(layout.paragraphEnd(p), from + 4000);
    if (CAREER_WORDING.test(text.slice(from, to))) out[p] = 1;
  }
  return out;
}
