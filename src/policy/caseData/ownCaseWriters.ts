/**
 * Quoted messages whose writer is not staff and tells of their own case: a young person or a
 * parent writing to their worker ("cant come tues got court at leicester mags … my tag keeps
 * buzzing", "I have been off the coke since August … I'm at my mum's now, 58 Hasland Road").
 * Their writer is a case person, so what the message gives of them and their family (names,
 * addresses, numbers, and the writer's own From line) is case data, though it sits in a quoted
 * header or names no one with case wording beside it.
 */
import type { Anatomy } from "../anatomy";
import type { Span } from "../detect/types";
import { domainOf } from "../agreement/formats";
import { isWebmailDomain } from "../recipients/webmail";
import { hasCaseWording } from "./caseVocabulary";
import type { MessageReading } from "./reading";

/** A writer telling of their own case: "they know im on licence", "my probation officer", "to get me
 * recalled", "got court at leicester mags", "my tag keeps buzzing", "my brief reckons", "I have been
 * off the coke", "a hair strand test", "I'm breaching my licence", "my licence says", "get breached again". */
const OWN_CASE =
  /\b(?:(?:i['\u2019]?m|i[ \t]+am)[ \t]+on[ \t]+(?:licence|bail|probation|(?:a[ \t]+)?tag)|get[ \t]+me[ \t]+recalled|i(?:['\u2019]ve|[ \t]+have|[ \t]+was|[ \t]+got)[ \t]+(?:been[ \t]+)?recalled|(?:get|got|be|been|being)[ \t]+breached|served[ \t]+my[ \t]+(?:time|sentence)|(?:put|putting|sent|sending)[ \t]+me[ \t]+back[ \t]+inside|my[ \t]+(?:licence[ \t]+(?:conditions?|says|said|ends|expires|finishes)|curfew|tag|recall|probation[ \t]+officer|offender[ \t]+manager|bail[ \t]+conditions?|brief|yro|referral[ \t]+order|court[ \t]+date|yot[ \t]+worker|yos[ \t]+worker|drug[ \t]+tests?|(?:yot|yos|probation)[ \t]+(?:appt|appointment))|(?:got|have|ive[ \t]+got|i['\u2019]ve[ \t]+got)[ \t]+court\b|off[ \t]+the[ \t]+(?:coke|gear|smack|crack|drink)[ \t]+(?:since|for|\d+[ \t]+(?:months?|weeks?|years?))|(?:not[ \t]+)?(?:going|go|sent|send)[ \t]+(?:me[ \t]+)?back[ \t]+inside|hair[ \t]+strand[ \t]+test|my[ \t]+(?:new[ \t]+)?foster[ \t]+(?:carers?|placement|family|mum|dad|home)|contact[ \t]+with[ \t]+my[ \t]+(?:mum|dad|mother|father|brother|sister)|broke[ \t]+into[ \t]+my[ \t]+(?:home|house|flat)|not[ \t]+allowed[ \t]+to[ \t]+see[ \t]+my[ \t]+(?:own[ \t]+)?(?:kids|children|son|daughter|baby)|(?:years?|months?|weeks?)[ \t]+clean\b|(?:breach|breaching|breached|break|breaking|broke)[ \t]+my[ \t]+(?:licence|curfew|bail|order|conditions|tag))\b/i;

/** The writer writing of themselves ("I", "I'm", "im", "my", "me"): with case wording, a writer not staff tells of their own case ("my licence says I have to do the drug test … about the conviction"). */
const I_WRITE = /\b(?:I|i['\u2019]?m|I['\u2019](?:ve|ll|d)|my|me)\b/;

/** The most of a quoted message's text read for it. */
const MAX_READ = 4000;

/** The quoted messages (by number) whose writer, not staff, tells of their own case: in their own
 * words, or, writing from a personal webmail address, in the first person with case wording. */
function ownCaseMessages(r: MessageReading, anatomy: Anatomy): Set<number> {
  const fromWebmail = new Set<number>();
  for (const h of anatomy.headers) {
    for (const person of h.people) {
      if ((person.field !== "from" && person.field !== "wrote") || !person.address) continue;
      if (isWebmailDomain(domainOf(r.text.slice(person.address.start, person.address.end)).toLowerCase())) fromWebmail.add(h.message);
    }
  }
  const out = new Set<number>();
  for (const part of anatomy.parts) {
    if (part.message === 0 || part.kind !== "text" || out.has(part.message) || r.writerIsStaff(part)) continue;
    const text = r.text.slice(part.start, Math.min(part.end, part.start + MAX_READ));
    if (OWN_CASE.test(text) || (fromWebmail.has(part.message) && I_WRITE.test(text) && hasCaseWording(text))) out.add(part.message);
  }
  return out;
}

/** Before pasted words: a case person sent or wrote them ("here is what the victim sent me on Messenger:"). */
const SENT_BY_CASE_PERSON = /\b(?:the|our|my|his|her)[ \t]+(?:victim|client|young[ \t]+person|service[ \t]+user|complainant|mum|dad|child|son|daughter)[ \t]+(?:sent|wrote|texted|messaged|said|posted|put)\b/i;
const WHITESPACE = /\s/;
/** Words in quotation marks, within a line: what someone else wrote, pasted into staff's text. */
const QUOTED_WORDS = /["\u201c]([^"\u201c\u201d\n]{8,600})["\u201d]/g;

/** A line introducing pasted words, ending with a colon: "This was posted publicly on Facebook last
 * night:", "I've typed it out word for word:", "here is what the victim sent me:". */
const PASTED_LEAD_IN = /\b(?:posted|wrote|written|sent|said|texted|messaged|typed|copied|pasted|letter|card|post|message|messages|note|poem)\b[^\n]{0,80}:[ \t]*\n/gi;

/** A lead-in naming a social network or a post: a public post pasted below it. */
const SOCIAL_POST = /\b(?:facebook|snapchat|instagram|tiktok|whatsapp|messenger|twitter)\b/i;
/** A lead-in naming the writer's own team's chat ("copied from our team WhatsApp"): colleagues' words. */
const TEAM_CHAT = /\b(?:our|team|group)\b/i;

/** Whether pasted words are someone telling of their own case: in their own case's words, or with
 * case wording after a lead-in saying a case person sent them, or in the first person after a
 * lead-in naming a social network (not the team's own chat). */
function tellsOwnCase(words: string, leadIn: string): boolean {
  return OWN_CASE.test(words) || (hasCaseWording(words) && (SENT_BY_CASE_PERSON.test(leadIn) || (SOCIAL_POST.test(leadIn) && !TEAM_CHAT.test(leadIn) && I_WRITE.test(words))));
}

/** How many more quoted paragraphs may follow the first pasted one before the one naming their writer. */
const MAX_PASTED_AFTER = 4;
/** A paragraph opening with quotation marks: another pasted line. */
const QUOTE_OPENS = /^[ \t\r\n]*["\u201c]/;
/** A paragraph naming whose pasted words they were: "That's Ashley Dunmore (…)", "This is from …". */
const WHOSE_WORDS = /^[ \t\r\n]*(?:That|This|It|They)(?:['\u2019]s|[ \t]+(?:is|was|were|are))[ \t]+(?:from[ \t]+)?[A-Z]/;
/** The longest first pasted paragraph taken for a letter's greeting alone ("Dear Tilly,"). */
const MAX_GREETING = 40;
/** The most read before pasted words for their lead-in. */
const MAX_LEAD_IN = 200;
/** The lead-in to pasted words at `at`: the line they follow, or the last line before the blank
 * lines above them ("… posted publicly on Facebook on Sunday by an account in the name of 'Kayz
 * Marriott'. I've typed it out as written:"), up to MAX_LEAD_IN characters. */
function leadInBefore(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - MAX_LEAD_IN), at);
  let end = before.length;
  while (end > 0 && WHITESPACE.test(before.charAt(end - 1))) end--;
  return before.slice(before.lastIndexOf("\n", end - 1) + 1);
}

/** The paragraphs of staff's text that paste a case person's own words, in quotation marks
 * ("Message from Jay Mottershead, Mon 9 Nov:\n"cant do weds got my yot appt …"", "Kieron sent me
 * this: “… im on a tag till 7 …”") or below a lead-in ("This was posted publicly on Facebook last
 * night:" above the post): the writer passes on someone telling of their own case. */
function pastedOwnWordsParagraphs(r: MessageReading, anatomy: Anatomy): Set<number> {
  const out = new Set<number>();
  for (const part of anatomy.parts) {
    if (part.kind !== "text" || !r.writerIsStaff(part)) continue;
    const text = r.text.slice(part.start, Math.min(part.end, part.start + MAX_READ));
    QUOTED_WORDS.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = QUOTED_WORDS.exec(text)) !== null) {
      if (tellsOwnCase(m[1] as string, leadInBefore(text, m.index))) out.add(r.layout.paragraphOf(part.start + m.index));
    }
    PASTED_LEAD_IN.lastIndex = 0;
    while ((m = PASTED_LEAD_IN.exec(text)) !== null) {
      const from = m.index + m[0].length;
      // The first pasted line, past blank lines (read in place: no copy of the rest of the part per lead-in).
      let first = from;
      while (first < text.length && WHITESPACE.test(text.charAt(first))) first++;
      if (first >= text.length) continue;
      const p = r.layout.paragraphOf(part.start + first);
      // A pasted letter's greeting ("Dear Tilly,") is a paragraph of its own: its first paragraph of words is the next.
      const greetingOnly = r.layout.paragraphEnd(p) - (part.start + first) <= MAX_GREETING && p + 1 < r.layout.paragraphs.length && r.layout.paragraphEnd(p + 1) <= part.end;
      const last = greetingOnly ? p + 1 : p;
      const words = r.text.slice(part.start + first, Math.min(r.layout.paragraphEnd(last), part.start + first + MAX_READ));
      // The lead-in's own paragraph names whose words they are ("Thanks for taking Tyler-Jay on … here's what he sent me:").
      if (tellsOwnCase(words, leadInBefore(text, from))) {
        out.add(p).add(last).add(r.layout.paragraphOf(part.start + m.index));
        // "That's Ashley Dunmore (the tall one in the Villa hat).": the paragraph after the pasted
        // lines (more quoted lines may come first) names whose words they were.
        for (let next = last + 1; next < r.layout.paragraphs.length && next <= last + MAX_PASTED_AFTER; next++) {
          const opening = r.text.slice(r.layout.paragraphs[next] as number, (r.layout.paragraphs[next] as number) + 30);
          if (QUOTE_OPENS.test(opening)) continue;
          if (WHOSE_WORDS.test(opening)) out.add(next);
          break;
        }
      }
    }
  }
  return out;
}

/** Per span: in the text or on the From line of such a message, or (but the sender's and the
 * recipients' names) in a paragraph pasting a case person's own words. */
export function inOwnCaseMessages(r: MessageReading, anatomy: Anatomy): Uint8Array {
  const out = new Uint8Array(r.spans.length);
  const pasted = pastedOwnWordsParagraphs(r, anatomy);
  if (pasted.size > 0) {
    for (let i = 0; i < r.spans.length; i++) {
      const span = r.spans[i] as Span;
      if (pasted.has(r.layout.paragraphOf(span.start)) && !(span.kind === "person-name" && r.isKnown(span.text))) out[i] = 1;
    }
  }
  const messages = ownCaseMessages(r, anatomy);
  if (messages.size === 0) return out;
  const writerFields: Array<{ start: number; end: number }> = [];
  for (const h of anatomy.headers) {
    if (!messages.has(h.message)) continue;
    for (const person of h.people) {
      if (person.field !== "from" && person.field !== "wrote") continue;
      if (person.name) writerFields.push(person.name);
      if (person.address) writerFields.push(person.address);
    }
  }
  for (let i = 0; i < r.spans.length; i++) {
    const span = r.spans[i] as Span;
    const part = r.places.partOf(i);
    if (part && part.kind === "text" && messages.has(part.message)) out[i] = 1;
    else if (writerFields.some((f) => span.start < f.end && f.start < span.end)) out[i] = 1;
  }
  return out;
}
