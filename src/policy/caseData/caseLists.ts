/**
 * A bulleted list that opens with one person and tells of them in the items after, without naming
 * them again ("- Jermaine A., 19, lives w/ mum on the Alton estate / - on licence until May - knife
 * possession + robbery / - ADHD"): a referral's or a note's points about that person. When a later
 * item holds strong case wording, the name has case context, though each item is its own sentence.
 * A list naming anyone else in a later item (a team's actions, a rota) is not read so.
 */
import { normalise } from "../detect/normalise";
import type { Span } from "../detect/types";
import { lastAtOrBefore } from "./boundaries";
import type { MessageReading } from "./reading";
import { isTextPart } from "./messageParts";
import { strongWordingNotTitle } from "./pronouns";
import { hasCaseWording } from "./caseVocabulary";

/** A list item's start: a bullet or a number, then at most a few characters before the name. */
const ITEM_BEFORE_NAME = /(?:^|\n)[ \t]*(?:[-*\u2022\u00b7\u2013]|\d{1,2}[.)])[ \t]+[^\n]{0,12}$/;
const ITEM_LINE = /^[ \t]*(?:[-*\u2022\u00b7\u2013]|\d{1,2}[.)])[ \t]+\S/;
/** How many items after the name's are read. */
const MAX_ITEMS = 12;
const MAX_LINE = 400;

/** Per span: a name opening a list item whose following items (naming no one else) tell strong case wording. */
export function namesHeadingCaseLists(r: MessageReading): Uint8Array {
  const { text, spans, names } = r;
  const out = new Uint8Array(spans.length);
  for (const i of r.textNames) {
    const span = spans[i] as Span;
    if (r.isKnown(span.text) || !ITEM_BEFORE_NAME.test(text.slice(Math.max(0, span.start - 40), span.start))) continue;
    const part = r.partAt(span.start);
    if (!part || !isTextPart(part)) continue;
    // The items after the name's own line, while they are items of the same list.
    let at = text.indexOf("\n", span.end);
    let strong = false;
    for (let n = 0; at >= 0 && at < part.end && n < MAX_ITEMS; n++) {
      const from = at + 1;
      const end = text.indexOf("\n", from);
      const to = end < 0 ? text.length : end;
      const line = text.slice(from, Math.min(to, from + MAX_LINE));
      if (line.trim() === "" && n === 0) {
        at = end;
        continue;
      }
      if (!ITEM_LINE.test(line)) break;
      // Anyone named in a later item, staff included: a list of people (actions, a rota), not points about one.
      const j = lastAtOrBefore(names.starts, to - 1);
      if (j >= 0 && (names.starts[j] as number) >= from) {
        strong = false;
        break;
      }
      if (!strong && strongWordingNotTitle(normalise(line).text)) strong = true;
      at = end;
    }
    if (strong) out[i] = 1;
  }
  return out;
}

/** After a name: a child's age in brackets ("Lacey-Jo Whitby (14)"). */
const CHILD_AGE_AFTER = /^[ \t]*\((?:aged[ \t]+)?(?:1[0-7]|[1-9])\)/;
/** How far along its line (past the name) the sentences about a child are read. */
const MAX_REST = 600;

/**
 * "Tue 1 Dec, 10:00 (Teams) - Lacey-Jo Whitby (14). Three missing episodes this month; found on
 * Saturday … with two older males": a child named with an age, then, on the same line, sentences
 * that name no one and hold case wording. The wording is about the child, though no pronoun
 * says so (a cover list of cases, a diary of strategy discussions).
 */
export function childrenBeforeCaseSentences(r: MessageReading): Uint8Array {
  const { text, spans, names } = r;
  const out = new Uint8Array(spans.length);
  for (const i of r.textNames) {
    const span = spans[i] as Span;
    if (r.isKnown(span.text) || !CHILD_AGE_AFTER.test(text.slice(span.end, span.end + 12))) continue;
    const end = text.indexOf("\n", span.end);
    const to = Math.min(end < 0 ? text.length : end, span.end + MAX_REST);
    // Anyone else named later on the line: the wording may be theirs.
    const j = lastAtOrBefore(names.starts, to - 1);
    if (j >= 0 && (names.starts[j] as number) > span.start) continue;
    // The age says a child: the case vocabulary is enough ("Three missing episodes this month").
    if (hasCaseWording(normalise(text.slice(span.end, to)).text)) out[i] = 1;
  }
  return out;
}
