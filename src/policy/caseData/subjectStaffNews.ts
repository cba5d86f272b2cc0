/**
 * A colleague's news in the subject: "Maureen's retirement - Friday 11 December", "Leaving
 * drinks for Olumide", "Sad news - Dave Cresswell", "Team news - Gemma's baby". A name there is
 * staff news, not someone a case concerns, when the subject is about a farewell, a wedding, a
 * death, a baby or a welcome, carries no case wording, casework, reference or identifier, and the message holds no case data anywhere (the caller
 * checks the body). Such a name still earns a dialog (DESIGN.md: names in subjects earn one), but
 * a warning the user may send past, not a block; any other name in a subject still blocks.
 */
import type { Span } from "../detect/types";
import { hasCaseWording, OWNED_RELATIONS } from "./caseVocabulary";
import { LIST_JOIN } from "./colleagueFamily";

/** A retirement, a leaving do, a farewell, a wedding; a colleague's baby, maternity leave, a death
 * or a welcome. Not "baby of …", the ward's name for a newborn. "Leaving" only before a do's noun:
 * "leaving care", "leaving custody" are a case's. */
const STAFF_EVENT =
  /\b(?:retire(?:s|d|ment)?|retiring|farewell|wedding|funeral|sad[ \t]+news|condolences|sympathy|bereavement|maternity|baby(?![ \t]+of\b)|congratulations|welcome|send-?off|leaving[ \t]+(?:do|drinks|party|lunch|meal|collection|card|present|gift|night|celebration|bash|get-together|buffet|flowers|cake))\b/i;

/** Casework a baby's or a death's subject may carry that case wording does not list
 * ("Kayleigh's baby - pre-birth assessment", "baby's discharge", "Fiona's maternity leave - Kyle
 * Ostrowski handover"). */
const CASEWORK = /\b(?:pre-?birth|unborn|discharge|assessment|conference|referral|strategy|review|visit|contact|placement|plan|hand-?over|transfer|allocation|case|caseload)\b/i;

const EVENT = STAFF_EVENT.source;
/** Words of a do that may stand between a name and its farewell ("card, collection and leaving do"). */
const PARTY_WORD = "(?:cover|collection|card|cake|present|gift|list|flowers|bouquet|hamper|voucher|speech|and|&|drinks|lunch|dinner|tea|evening|celebration|do|party|meal|buffet|night|surprise|big|last|his|her|the|secret|invite|invitation|plans|numbers|details|arrangements|info|information|update|news|leave|shower),?";
/** After a name: its farewell ("'s retirement", "'s leaving do", " retires", " - collection and
 * leaving do", " is on maternity leave"). */
const EVENT_AFTER = new RegExp(`^(?:['\u2019]s[ \t]+|[ \t]+(?:is[ \t]+(?:on[ \t]+)?)?|[ \t]*[-\u2013\u2014:][ \t]*)(?:${PARTY_WORD}[ \t]+){0,3}${EVENT}`, "i");
/** A rank or title the name is given after ("Retirement - PS Gerald Ormerod", "Funeral details - retired DC Alan Pargeter"). */
const RANK = "(?:(?:retired|former|the[ \t]+late)[ \t]+)?(?:(?:PS|PC|DS|DC|DI|DCI|SO|Sgt|Insp|Supt|Dr|Mr|Mrs|Ms|Miss)\\.?[ \t]+)?";
/** Before a name: its farewell and a joining word, a dash or a bracket ("Leaving drinks for ", "Farewell to ",
 * "Retirement collection for ", "Retirement - ", "Maternity leave - ", "Retirement - PS ", "Dad's funeral ("), perhaps a
 * few words between. */
/** A new post before a name ("Welcome to our new SPO, Tomasz Nowicki"). */
const NEW_POST = "(?:(?:our|the|a)[ \t]+new[ \t]+(?:[A-Za-z-]+[ \t]+){0,3}?[A-Za-z-]+[ \t]*,?[ \t]+)?";
const EVENT_BEFORE = new RegExp(`${EVENT}(?:[ \t]+${PARTY_WORD}){0,3}(?:[ \t]+(?:for|to|of)[ \t]+|[ \t]*[-\u2013\u2014:(][ \t]*)${NEW_POST}${RANK}$`, "i");

/** Before a name: a word said to them ("Congratulations Dionne Carver - …", "Welcome back Sam"). */
const SAID_TO_BEFORE = new RegExp(`\\b(?:congratulations|congrats|welcome(?:[ \t]+back)?|farewell|well[ \t]+done)[ \t]*,?[ \t]+${RANK}$`, "i");

/** A colleague joining or leaving a multi-agency team ("joins the MASH"): the team's name, no case wording. */
const JOINS_TEAM = /\b(?:joins|joined|joining|leaves|leaving|left|moves[ \t]+to)[ \t]+(?:us[ \t]+(?:in|at)[ \t]+)?the[ \t]+(?:MASH|IOM|YOT|YOS|MARAC|MAPPA)(?:[ \t]+team)?\b/gi;

/** Whether the subject is a colleague's farewell whose names are staff: every span is a name
 * tied to the farewell ("Priti's leaving do + Skye Millward review" names Skye apart from it). */
export function isStaffNewsSubject(subject: string, spans: readonly Span[]): boolean {
  // "Sympathy card for Rachel - her dad's funeral": the colleague's own relative is no case wording.
  if (spans.length === 0 || !STAFF_EVENT.test(subject) || hasCaseWording(subject.replace(OWNED_RELATIONS, " ").replace(JOINS_TEAM, " ")) || CASEWORK.test(subject)) return false;
  const tied = spans.map(
    (s) => s.kind === "person-name" && (EVENT_AFTER.test(subject.slice(s.end, s.end + 40)) || EVENT_BEFORE.test(subject.slice(Math.max(0, s.start - 60), s.start)) || SAID_TO_BEFORE.test(subject.slice(Math.max(0, s.start - 30), s.start))),
  );
  // A given name joined to a tied one is of the same news: "Baby news - Aoife and Tom", "Sam and
  // Ali's wedding". A full name so joined may be anyone ("Welcome to Dr Imogen Falconer and Kyle Tapper").
  const joined = (a: Span, b: Span): boolean => a.kind === "person-name" && b.kind === "person-name" && LIST_JOIN.test(subject.slice(a.end, b.start));
  const givenOnly = (span: Span): boolean => ONE_WORD.test(span.text);
  // Forwards ("Retirement - Sam and Ali"), then backwards ("Sam and Ali's wedding").
  for (let i = 1; i < spans.length; i++) if (!tied[i] && tied[i - 1] && givenOnly(spans[i] as Span) && joined(spans[i - 1] as Span, spans[i] as Span)) tied[i] = true;
  for (let i = spans.length - 2; i >= 0; i--) if (!tied[i] && tied[i + 1] && givenOnly(spans[i] as Span) && joined(spans[i] as Span, spans[i + 1] as Span)) tied[i] = true;
  return tied.every(Boolean);
}

/** One capitalised word: a given name alone. */
const ONE_WORD = /^[A-Z][\w'\u2019-]*$/;
