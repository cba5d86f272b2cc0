/**
 * Flowers, a hamper or a card sent to a colleague's home ("Our colleague Bernadette lost her mum
 * … to her home on Wednesday:" then "Bernadette Coles / 7 Ashby Close …"; "They're for Dawn who
 * runs our reception … to her house:"; "Card message: … Love from everyone on the team"): the name
 * and address of the block after the delivery line are the colleague's, not a case person's. Only
 * where the writer's new text says the gift is a colleague's and tells of no case (a bereaved
 * victim's flowers name the sentence and the court).
 */
import type { Part } from "../anatomy";
import type { Span } from "../detect/types";
import { ON_A_CASELOAD, STAFF_LEAVE } from "./caseVocabulary";
import { isTextPart } from "./messageParts";
import { STRONG_CASE_WORDING } from "./pronouns";

/** The gift is a colleague's: "our colleague", "a colleague who", "who runs our reception",
 * "compassionate leave", a staff member's leave (STAFF_LEAVE: "she's on leave from tomorrow"),
 * "she's mostly working from home", a card "from everyone in the team", "everyone at Ilkeston" or "everyone
 * at the IOM hub", "from all the 0-19 team", "from all your friends in the Fostering Team", "from all the staff at Ashcombe House". */
const FOR_A_COLLEAGUE =
  /\b(?:[Aa]|[Oo]ur|[Mm]y)[ \t]+colleague\b|\bcompassionate[ \t]+leave\b|\b(?:work(?:s|ing)?|WFH)[ \t]+from[ \t]+home\b|\bwho[ \t]+(?:runs|works[ \t]+(?:in|on|at))[ \t]+our\b|\b(?:[Ee]veryone|[Aa]ll(?:[ \t]+of[ \t]+us)?)[ \t]+(?:in|on|at)[ \t]+(?:the[ \t]+)?(?:team|office|[A-Z])|\b[Ff]rom[ \t]+(?:all|everyone)\b[^.\n"]{0,40}?\b(?:team|office|staff|colleagues|friends[ \t]+(?:in|on|at))\b/;
/** A gift or its delivery. */
const GIFT = /\b(?:flowers|bouquet|hamper|arrangement|card|gift|present|surprise|mugs?|voucher|cake|balloons?|deliver(?:y|ed)?)\b/i;
/** Before a name: the delivery line ends with a colon, then the address block starts ("…to her home
 * on Wednesday:\n\n", blank lines of an HTML body's spaces between), perhaps with a partner first ("Ollie Brennan and "); or the delivery line's own
 * label ("Deliver to: Angela Pryce, 7 Foxglove Close …"). */
const PARTNER_FIRST = String.raw`(?:(?:[A-Z][\w'\u2019-]*[ \t]+){1,3}(?:and|&)[ \t]+)?`;
export const DELIVERY_BLOCK_BEFORE = new RegExp(
  String.raw`:[ \t]*\n(?:[ \t\u00a0]*\n){0,3}[ \t]*${PARTNER_FIRST}$|\b(?:[Dd]eliver(?:y)?[ \t]+(?:[Tt]o|[Aa]ddress)|[Ss]end[ \t]+[Tt]o|[Rr]ecipient)[ \t]*:[ \t]*${PARTNER_FIRST}$`,
);

/** Words of a case: a court, a trial, an attack or a death by crime, the people a case concerns
 * ("Her son Daniel was killed … sentenced at Leicester Crown Court", "since the attack by her
 * ex-partner … he got 6 years"); read outside Title-Case names, so "the Victim
 * Contact Unit" on a card is a team. */
const CASE_TOLD = /\b(?:court|inquest|killed|murder\w*|victims?|offenders?|clients?|service[ \t]+users?|care[ \t]+leavers?|looked[ \t]+after|young[ \t]+(?:person|people)[ \t]+(?:we|I)\b|leaving[ \t]+care|safeguarding|licence|referral|case|trial|attack(?:ed)?[ \t]+(?:by|on)|attacked|assault\w*|abuse\w*|ex-(?:partner|husband|wife|boyfriend|girlfriend)|jailed|prison|police|(?:got|given)[ \t]+\d+[ \t]+(?:years|months)|know[ \t]+where[ \t]+(?:she|he|they)[ \t]+lives?)\b/i;
/** "(her mobile, in case she doesn't hear the door)": a precaution, no case. */
const IN_CASE = /\bin[ \t]+case\b/gi;
const TITLE_CASE_NAME = /\b[A-Z][a-z'\u2019-]+(?:[ \t]+(?:of[ \t]+|and[ \t]+)?[A-Z][a-z'\u2019-]+)+/g;

/** How much of each new-text part is read (past it, no gift is read: fail closed). */
const MAX_PART = 8000;

/** Whether the writer's new text sends a colleague a gift and tells of no case. */
export function giftToColleague(text: string, parts: readonly Part[]): boolean {
  const newParts = parts.filter((p) => p.message === 0 && isTextPart(p));
  if (newParts.some((p) => p.end - p.start > MAX_PART)) return false;
  const own = newParts.map((p) => text.slice(p.start, p.end)).join("\n");
  // Case words are read outside Title-Case names: "our colleague in the Youth Offending Service" is a team's.
  const untitled = own.replace(TITLE_CASE_NAME, " ");
  // A second gift "for a family on my caseload" makes the message a case's too.
  return (FOR_A_COLLEAGUE.test(own) || STAFF_LEAVE.test(own)) && GIFT.test(own) && !ON_A_CASELOAD.test(own) && !STRONG_CASE_WORDING.test(untitled) && !CASE_TOLD.test(untitled.replace(IN_CASE, " "));
}

/** The kinds of a delivery block's lines: contact details, and names (the colleague's household: "(her husband Rav will answer)"). */
const DELIVERY_DETAIL_KINDS: ReadonlySet<string> = new Set(["street-address", "postcode", "phone-number", "person-name"]);
/** How far past the name a delivery block is read (its address lines). */
const MAX_BLOCK = 250;

/** Per span: the address, postcode or phone of the block a delivery line gives a colleague's name
 * ("Deliver to: Nisha Parmar, 7 Kedleston Close, … DE22 2QR", "…to her home address:\nHarpreet
 * Gill, 31 Vicarage Road, …"), up to the block's blank line: the colleague's, as the name is. Only
 * where `gift` (giftToColleague) holds. */
/** Blank lines (and the spaces of an HTML body's empty paragraphs) inside a delivery block. */
const BLANK_LINES = /\n[ \t\u00a0]*\n[ \t\u00a0\n]*/g;
/** A delivery block's line after a blank one: a flat or house number, or a phone label. */
const BLOCK_LINE = /^(?:flat|apartment|\d{1,4}[a-z]?[ ,]|phone|tel|mobile|mob|contact)\b/i;

export function giftDeliveryDetails(text: string, spans: readonly Span[], gift: boolean): Uint8Array {
  const out = new Uint8Array(spans.length);
  if (!gift) return out;
  for (let i = 0; i < spans.length; i++) {
    const name = spans[i] as Span;
    if (name.kind !== "person-name" || !DELIVERY_BLOCK_BEFORE.test(text.slice(Math.max(0, name.start - 80), name.start))) continue;
    const block = text.slice(name.end, name.end + MAX_BLOCK);
    // The block ends at a blank line, unless the line after it goes on with an address or a phone
    // (an HTML body's paragraphs put blank lines between the block's lines).
    let end = name.end + block.length;
    BLANK_LINES.lastIndex = 0;
    let blank: RegExpExecArray | null;
    while ((blank = BLANK_LINES.exec(block)) !== null) {
      const next = name.end + blank.index + blank[0].length;
      if (!BLOCK_LINE.test(text.slice(next, next + 12))) {
        end = name.end + blank.index;
        break;
      }
    }
    for (let j = i + 1; j < spans.length && (spans[j] as Span).start < end; j++) {
      if (DELIVERY_DETAIL_KINDS.has((spans[j] as Span).kind)) out[j] = 1;
    }
  }
  // A number for the driver on its own line or sentence ("If nobody answers, her partner Callum is
  // working from home - 07700 900573"): the delivery's contact.
  for (let i = 0; i < spans.length; i++) {
    const phone = spans[i] as Span;
    if (phone.kind !== "phone-number") continue;
    // Its line, at most 160 characters back (a long quoted history is not read to its start).
    const back = text.slice(Math.max(0, phone.start - 160), phone.start);
    if (DELIVERY_CONTACT_BEFORE.test(back.slice(back.lastIndexOf("\n") + 1))) out[i] = 1;
  }
  return out;
}

/** Before a number on its line: who takes the delivery when the colleague is out ("His wife Jan
 * will answer if he's resting; her mobile is …"). Read only in a message sending a colleague a gift. */
const DELIVERY_CONTACT_BEFORE = /\b(?:if[ \t]+(?:nobody|no[ \t-]?one|there['\u2019]s[ \t]+no(?:body|[ \t]+answer|[ \t]+one)?)|no[ \t]+answer|for[ \t]+the[ \t]+(?:driver|courier)|to[ \t]+arrange[ \t]+(?:the[ \t]+)?delivery|(?:will|can|could)[ \t]+(?:answer|sign[ \t]+for|take[ \t]+(?:them|it|the[ \t]+\w+)(?:[ \t]+in)?))\b/i;
