/**
 * Works and their authors (tuning21): a book order or a reading list names writers beside titles
 * full of case-work words ("- The Quiet Harm: Coercive Control and the People Who Live With It, by
 * Miriam Achterberg (x4)", "What the Children Saw, by Harriet Linley-Moss"). The author of a title
 * is no case person, and a term inside the title is the book's subject, not a fact about anyone.
 *
 * Only a title in Title Case that opens its line (a bullet or a number allowed), then "by" and a
 * name that ends the line (a note in brackets allowed): "was assaulted by Lee Dale" is no title,
 * and a title's last word that reads as a past participle ("Seen", "Referred") is taken for a case
 * verb; a title naming a case document ("Victim Personal Statement, by Kayleigh Brooks") is no book. staffAtWork.ts makes the author a professional's and the title's terms topics, unless the
 * line is about a case person outside its title. So is each author of a reference list's entry
 * ("Morris, K. (2014) Re-imagining Child Protection").
 */
import type { Span } from "../detect/types";
import type { MessageReading } from "./reading";

/** From a line's start to " by " right before a name: a bullet or a number (group 1), then the title (group 2). */
const TITLE_BY_BEFORE = /^([ \t]*(?:[-*\u2022\u00b7\u2013][ \t]+|\d{1,2}[.)][ \t]+)?)([^\n]{3,160}?),?[ \t]+by[ \t]+$/;
/** The longest line start read before an author's name. */
const MAX_TITLE_LINE = 200;
/** After the author's name: the line ends (a note in brackets, "(x4)", and a full stop allowed). */
const LINE_ENDS_AFTER = /^[ \t]*(?:\([^()\n]{0,40}\))?[ \t]*[.,;]?[ \t]*(?:\n|$)/;
/** Words a title leaves in lower case. */
const TITLE_JOINERS = new Set(["a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "from", "with", "by", "as", "into", "onto", "upon", "via", "vs"]);
/** A title's last word that reads as a case verb before "by" ("Seen", "Referred", "Taken"). */
const PARTICIPLE = /^(?:\w+ed|seen|taken|given|known|hit|met|caught|held|kept|told|sent|brought|found|beaten|bitten|done|made|stolen|shot|stabbed|raped|hurt)$/i;

/** A case document's name in the "title": "Victim Personal Statement, by Kayleigh Brooks", "Pre-Sentence
 * Report, by Lee Dale" are a case person's or a case's papers, not a book. */
const CASE_DOCUMENT = /\b(?:statements?|reports?|assessments?|referrals?|plans?|notes|letters?|forms?|minutes|summary|summaries|records?|logs?|reviews?|checks?|applications?|requests?|updates?|chronology|disclosures?|evidence|accounts?|interviews?|allegations?)\b/i;

/** Whether `title` is written in Title Case: every word but the joiners capitalised (or a number), at least two capitalised. */
function isTitleCase(title: string): boolean {
  const words = title.split(/[ \t:;,!?\u2013\u2014"'\u2018\u2019\u201c\u201d()-]+/).filter((w) => w.length > 0);
  let capitals = 0;
  for (const w of words) {
    if (/^[A-Z0-9]/.test(w)) capitals++;
    else if (!TITLE_JOINERS.has(w)) return false;
  }
  const last = words[words.length - 1];
  return capitals >= 2 && last !== undefined && !PARTICIPLE.test(last);
}

/** A co-author named before or after the author, joined by "and" or "&". */
const CO_AUTHOR_BEFORE = /[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+){0,2}[ \t]+(?:and|&)[ \t]+$/;
const CO_AUTHOR_AFTER = /^[ \t]+(?:and|&)[ \t]+[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+){0,2}/;

/** A title and its author: the title's offsets, the author's span index. */
export interface AuthoredTitle {
  author: number;
  titleStart: number;
  titleEnd: number;
}

/** After a cited author's surname: their initials, then another author or the year in brackets
 * ("Morris, K. (2014)", "Featherstone, B., White, S. and …"): a reference list's entry. */
const CITATION_AFTER = /^,[ \t]*(?:[A-Z]\.[ \t]*){1,3}(?:,|[ \t]*(?:and|&)[ \t]|[ \t]*\((?:19|20)\d\d[a-z]?\))/;
/** The year in brackets a cited work has after its authors; the title follows it. */
const CITED_YEAR = /\((?:19|20)\d\d[a-z]?\)/g;

/** A reference list's entry ("• Featherstone, B., White, S. and Morris, K. (2014) Re-imagining
 * Child Protection."): each author before the year, the title after it to the line's end. */
function citedWork(text: string, span: Span, i: number): AuthoredTitle | null {
  if (!CITATION_AFTER.test(text.slice(span.end, span.end + 20))) return null;
  let lineEnd = text.indexOf("\n", span.end);
  if (lineEnd < 0) lineEnd = text.length;
  CITED_YEAR.lastIndex = span.end;
  const year = CITED_YEAR.exec(text);
  if (!year || year.index >= lineEnd || year.index - span.end > 120) return null;
  return { author: i, titleStart: year.index + year[0].length, titleEnd: lineEnd };
}

/** The names read as text that are the authors of titles, with their titles. */
export function authoredTitles(r: MessageReading): AuthoredTitle[] {
  const { text, spans } = r;
  const out: AuthoredTitle[] = [];
  for (const i of r.textNames) {
    const span = spans[i] as Span;
    const cited = citedWork(text, span, i);
    if (cited) {
      out.push(cited);
      continue;
    }
    const lineStart = text.lastIndexOf("\n", span.start - 1) + 1;
    if (span.start - lineStart > MAX_TITLE_LINE) continue;
    // A co-author on either side: "by Mark Tolley and Eira Vaughan".
    const before = text.slice(lineStart, span.start);
    const m = TITLE_BY_BEFORE.exec(before) ?? TITLE_BY_BEFORE.exec(before.replace(CO_AUTHOR_BEFORE, ""));
    const after = text.slice(span.end, span.end + 60);
    if (!m || !(LINE_ENDS_AFTER.test(after) || LINE_ENDS_AFTER.test(after.replace(CO_AUTHOR_AFTER, "")))) continue;
    const title = m[2] as string;
    if (!isTitleCase(title) || CASE_DOCUMENT.test(title)) continue;
    const titleStart = lineStart + (m[1] as string).length;
    out.push({ author: i, titleStart, titleEnd: titleStart + title.length });
  }
  return out;
}
