/**
 * A colleague's family in news of a death, a funeral, a wedding, a baby or a leaving ("I work with
 * Pauline Yates … Her husband Keith gave us your details … Pauline's daughters, Emma and Lucy";
 * "in memory of our colleague PC Gavin Reeve … His wife Hayley and their children, Ella and
 * Josh"): the relatives are no case people. Only where the writer's new text (staff's) tells of
 * such an event and of a colleague, and holds no identifier, date of birth or case reference; then
 * a name given right after a relation owned by someone ("her husband", "Pauline's daughters,"),
 * the names listed with it ("Emma and Lucy"), and later mentions of the same given name are the
 * family's, in sentences with no case wording. "Lee Dale died in custody. I spoke to his wife,
 * Carol" speaks of no colleague and stays case data.
 */
import type { Part } from "../anatomy";
import type { Span } from "../detect/types";
import { ALWAYS_CASE } from "./caseContext";
import { hasCaseWording, OWNED_RELATIONS } from "./caseVocabulary";
import { plainNameWords } from "./knownPeople";
import type { MessageReading } from "./reading";

/** A life event of the kind staff share about a colleague. */
const LIFE_EVENT = /\b(?:died|death|passed away|funeral|condolences?|bereave\w*|in (?:loving )?memory|memorial|sad news|with (?:great |deep )?sadness|retir(?:e|es|ed|ing|ement)|wedding|got married|had (?:her|his|their) baby|welcomed|new arrival|maternity|paternity|sick leave|phased return|emigrat\w+|leaving (?:do|meal|party|collection|card|present|gift))\b/i;

/** The text speaks of a colleague: "our colleague", "I work with", "one of our nurses", "our … team". */
const COLLEAGUE_WORDING = /\b(?:(?:our|my|a) (?:[a-z]+ )?colleague|colleagues and friends|I (?:work|worked) with|we (?:all )?worked with|one of our [a-z]+|(?:in|from|to|of) (?:our|the old) (?:[A-Za-z&-]+ ){0,3}(?:team|office|unit|department|squad|station))\b/;

const RELATION = "(?:(?:late|beloved|two|three|eldest|youngest|twin|little|older|younger)[ \\t]+)?(?:husband|wife|partner|sons?|daughters?|children|kids|twins|grandchildren|grand(?:son|daughter)s?|mum|mother|dad|father|brothers?|sisters?|parents|family)";
/** Before a name: a relation owned by someone ("her husband ", "Pauline's daughters, "). */
const RELATION_OWNED_BEFORE = new RegExp(`\\b(?:his|her|their|[A-Z][\\w'\\u2019-]*['\\u2019]s)[ \\t]+${RELATION}[ \\t]*,?[ \\t]*$`, "i");
/** Between two names of one list ("Emma and Lucy", "Ella, Josh"). */
const LIST_JOIN = /^[ \t]*(?:,|,?[ \t]*(?:and|&))[ \t]*$/;

/** Per span: a colleague's relative named in their news. */
export function colleagueFamilyNames(r: MessageReading, parts: readonly Part[]): Uint8Array {
  const { text, spans } = r;
  const out = new Uint8Array(spans.length);
  const newParts = parts.filter((p) => p.message === 0 && p.kind === "text");
  const newText = newParts.map((p) => text.slice(p.start, p.end)).join("\n");
  if (!LIFE_EVENT.test(newText) || !COLLEAGUE_WORDING.test(newText)) return out;
  const inNewText = (i: number): boolean => {
    const part = r.places.partOf(i);
    return !!part && part.message === 0 && part.kind === "text" && r.writerIsStaff(part);
  };
  for (let i = 0; i < spans.length; i++) {
    const kind = (spans[i] as Span).kind;
    if ((ALWAYS_CASE.has(kind) || kind === "case-reference") && (r.places.partOf(i)?.message ?? 0) === 0) return out;
  }
  const quietSentence = (i: number): boolean => !hasCaseWording(r.layout.sentenceText(r.spanSentence[i] as number).replace(OWNED_RELATIONS, " "));
  const familyGiven = new Set<string>();
  let last = -1;
  for (const i of r.textNames) {
    if (!inNewText(i)) continue;
    const span = spans[i] as Span;
    const before = text.slice(Math.max(0, span.start - 60), span.start);
    const listed = last >= 0 && r.spanSentence[last] === r.spanSentence[i] && LIST_JOIN.test(text.slice((spans[last] as Span).end, span.start));
    const words = plainNameWords(span.text);
    const family = RELATION_OWNED_BEFORE.test(before) || listed || (words.length === 1 && familyGiven.has(words[0] as string));
    if (family && quietSentence(i)) {
      out[i] = 1;
      if (words.length > 0) familyGiven.add(words[0] as string);
      last = i;
    } else last = -1;
  }
  return out;
}
