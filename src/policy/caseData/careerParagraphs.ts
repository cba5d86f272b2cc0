/**
 * Paragraphs about a colleague's career: a biography for a programme, a retirement, an obituary,
 * a welcome to a new post ("Pat joined the London Victim Liaison Unit in 1998 …", "Des joined the
 * probation service in 1993, ran the Ilkeston unpaid work team for fifteen years", "In her new role
 * Zoe will coordinate …", "Bryn retired in 2010 … is survived by his wife Anne …"). Their work words ("treatment
 * manager for programmes for men convicted of sexual offences", "interests are neglect") and the
 * colleague's family are no case. A paragraph holding an identifier, a date of birth or a case
 * reference is never one: those are facts about someone whatever the wording. A name in a sentence
 * of it with strong case wording and no career wording of its own ("Tony's finally retiring at
 * Easter … Connor Grewcock got recalled … in breach of his licence") is no colleague's: gossip told
 * beside a colleague's news is still a case.
 */
import type { Span } from "../detect/types";
import { ALWAYS_CASE } from "./caseContext";
import type { MessageReading } from "./reading";
import { normalise } from "../detect/normalise";
import { strongWordingNotTitle } from "./pronouns";
import { once } from "./once";

/** Wording only a career has: a retirement, an obituary, a post joined or taken, a biography. Not a
 * death or a funeral alone: a case person's family has those too (staffMatters.ts reads staff news). */
const CAREER_WORDING =
  /\b(?:[Rr]etir(?:e|es|ed|ing|ement)|[Oo]bituary|(?:[Ii]n|[Tt]o) (?:his|her|their) new role|(?:was|been|being|is) appointed|promoted to|qualified as an?|joined the (?:[A-Z][\w'\u2019&-]*[ \t]*){1,5}|joined (?:the|our) (?:[a-z-]+ ){0,3}(?:service|team|unit|force|trust|council|department|office) (?:back )?in (?:19|20)\d\d|(?:ran|led|managed) (?:the|our) (?:[\w'\u2019-]+ ){0,4}(?:team|unit|service|office|hub) for (?:over |nearly |almost )?(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty) years|(?:[Hh]is|[Hh]er|[Tt]heir) career|[Bb]io(?:graphy)? as requested|(?:[Hh]is|[Hh]er|[Tt]heir) particular interests|formerly an? (?:[a-z]+ ){1,3}(?:officer|worker|manager|nurse|practitioner)|(?:[Hh]is|[Hh]er|[Tt]heir) (?:whole )?working life|\b[Aa]n? (?:detective|social worker|probation officer|police officer|nurse|midwife|health visitor|prison officer) for \d{1,2} years|worked (?:in|for|at|with) [^.\n]{1,60} for \d{1,2} years|starting as an? (?:[a-z]+ ){0,2}(?:officer|worker|nurse|assistant|administrator)|I (?:trained|qualified) as|qualified in (?:19|20)\d\d|qualifying as an?|nominat(?:e|ed|ion)\b(?=[^.\n]{0,80}\b(?:[Aa]wards?|[Pp]rize|of the [Yy]ear|[Rr]ecognition|[Hh]onours?|[Mm]edal)\b)|deserves to win|returned to work|[Ss]ince (?:19|20)\d\d,? (?:she|he|they) ha(?:s|ve)|(?:She|He|They) speciali[sz]es? in|(?:[Ss]he|[Hh]e|[Tt]hey) speciali[sz]ed in|(?:joins|joined) (?:us|the team|our team) (?:after|from)\b|where (?:he|she|they) (?:was|were|worked as) an? (?:[a-z-]+ ){0,2}(?:OSG|PSO|PO|SPO|officer|worker|manager|nurse|practitioner|assistant|administrator|supervisor|co-?ordinator) for (?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty) years|(?:has|have|had) speciali[sz]ed in|(?:she|he|they|has|have|had) spent (?:the (?:last|past) |over |nearly |almost )?(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty) years (?:with|at|in) (?:the |our )?(?:[A-Z]|(?:[a-z-]+ ){0,3}(?:team|service|unit|office|department|trust|council|force)\b)|[Mm]y career|(?:completing|on) (?:his|her|their) (?:PQ|degree|diploma|masters|MSc|MA|qualification)\b|, appointed (?:as )?[A-Z]|served (?:over |nearly |almost )?\d{1,2} years (?:with|in|at) |[Aa]fter \d{1,2} years (?:with|in|at|on) (?:the |our )?[A-Z])/;

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

/** Per sentence (by index): whether its names are a career's, a sentence of a career paragraph that tells no case. */
export function careerSentences(r: MessageReading, paragraphs: Uint8Array): (k: number) => boolean {
  const { layout } = r;
  return once((k: number): boolean => {
    if (!paragraphs[layout.paragraphOf(layout.sentences[k] as number)]) return false;
    const sentence = normalise(layout.sentenceText(k).slice(0, 2000)).text;
    return CAREER_WORDING.test(sentence) || !strongWordingNotTitle(sentence);
  });
}
