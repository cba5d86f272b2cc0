/**
 * Staff at work (tuning16). Handovers, rotas, thanks and speaker lists put a colleague's name
 * right beside case-work words: "Tom Hargreaves chairs her child protection conferences",
 * "requests go to Marcus Oyelaran as duty senior", "she'll be shadowing Beth", "11:30 Domestic
 * abuse and the unborn baby - Priti Mistry". There the case words name the person's work (a
 * meeting, a court, a team, a training, a qualification), not a fact about them.
 *
 * - A name doing staff work is a professional's (professionals.ts adds it, unless its sentence
 *   states a fact): the subject of a work verb ("chairs", "is covering", "takes over"), the one a
 *   handover, thanks or shadowing is with ("taken over … from Dawn Cooke"), a name given a job
 *   with "as" ("as a custodial manager", "as duty senior"), a running order's speaker, a title's
 *   author (worksAndAuthors.ts: "- The Quiet Harm: Coercive Control …, by Miriam Achterberg").
 * - A special-category term naming that work is a topic: the review someone led, the session he
 *   ran, the desk she set up, a PQ in a field, a running order's session title, a colleague's
 *   past post ("Gareth was previously with the crisis team"), a term inside an author's title.
 *
 * Neither holds in a sentence about a case person: an offence, an allegation, harm or a
 * disclosure, or a person word used for a person ("the child", "the victim,", "his mum"; not
 * "child protection", "victim contact scheme", "the children's author"); for an author, the
 * sentence outside the title is read. A term owned by someone ("her self-harm", "the domestic
 * abuse") or stated of someone ("suffers domestic abuse") is never a topic.
 */
import type { Span } from "../detect/types";
import { lastAtOrBefore, lineStartWithin } from "./boundaries";
import { QUALIFICATION_BEFORE, RELATION_BEFORE, RELATIVE_AFTER } from "./caseVocabulary";
import { addPerson, emptyKnownPeople, isKnownName } from "./knownPeople";
import { once } from "./once";
import type { MessageReading } from "./reading";
import { authoredTitles } from "./worksAndAuthors";

/** Up to three auxiliaries before a verb ("will now also chair", "has kindly", "is happy to"). */
export const AUXILIARIES = "(?:(?:will|is|was|has|had|now|also|already|be|been|still|then|currently|kindly|(?:happy|agreed|offered|able)[ \t]+to|(?:said|says|agreed)[ \t]+(?:she|he|they)(?:['\u2019]ll|[ \t]+will|[ \t]+would|[ \t]+can))[ \t]+){0,3}";
/** Staff-work verbs, an alternation ("chairs", "is covering", "takes over"); pronouns.ts reads them
 * after "he"/"she". Not "supervised" or "taken over": "he is supervised", "his flat was taken over"
 * are a case person's; nor "managed the whole hour", "managed to", "managed well" (coping, not a manager's work). */
export const STAFF_WORK_VERBS =
  "chair(?:s|ed|ing)?|cover(?:s|ed|ing)?|lead(?:s|ing)?|led|run(?:s|ning)?|ran|deliver(?:s|ed|ing)?|facilitat(?:es?|ed|ing)|minut(?:es?|ed|ing)|present(?:s|ed|ing)?|manag(?:es?|ed|ing)(?![ \t]+(?:the[ \t]+whole|to|well|fine|it|without)\\b)|supervis(?:es|ing)|head(?:s|ed|ing)?|tak(?:es?|ing)[ \t]+over|took[ \t]+over";
/** After a name (an aside in brackets or commas allowed): a staff-work verb, or one that is staff
 * work only after a name ("Beth supervised the session", "has taken over", "picks up", "Farah and
 * she's happy to cover", "has some
 * spaces on the Saturday team", "joined us on 2 November", "leaves us on Friday", "is shadowing at the Crown Court", "has the
 * minutes from last week's strategy meeting", "has her slot at the IOM panel"). */
const WORK_VERB_AFTER = new RegExp(
  `^(?:[ \t]*\\([^()\\n]{0,60}\\))?[ \t]*,?(?:[ \t]+(?:and[ \t]+(?:he|she)(?:['\u2019]s)?|who))?[ \t]+${AUXILIARIES}(?:${STAFF_WORK_VERBS}|supervised?|taken[ \t]+over|pick(?:s|ed|ing)?[ \t]+up|(?:has|have)[ \t]+(?:some|a[ \t]+few|two|three|no)[ \t]+(?:spaces|places|slots)|(?:has[ \t]+)?joined[ \t]+(?:us|our[ \t]+team|the[ \t]+team|the[ \t]+service)|leav(?:es|ing)[ \t]+(?:us|our[ \t]+team|the[ \t]+team|the[ \t]+service)|(?:tak(?:e|es|en|ing)|took|keep(?:s|ing)?|kept)[ \t]+(?:on[ \t]+)?(?:his|her|their|my|our|your|the|[A-Z][\\w-]*['\u2019]s)[ \t]+(?:[\\w'\u2019-]+[ \t]+){0,4}(?:meetings|reviews|dut(?:y|ies)|slots?|(?:mon|tues|wednes|thurs|fri|satur|sun)days?(?=[ \t]+(?:at|in|on|court|duty|slot)\\b)|visits|cases|caseload|panels?|conferences|supervisions|interviews?|discussions|shifts?)(?:[ \t]+(?:he|she|they)[ \t]+(?:has|had|have)[ \t]+(?:booked|arranged|set[ \t]+up))?|shadow(?:s|ed|ing)[ \t]+(?:at|in|on|with|the|a|our)|shadowing(?=[ \t]*(?:$|[\n\t,.;()]))|(?:has|gets|got)[ \t]+(?:his|her|their)[ \t]+(?:[\\w'\u2019-]+[ \t]+){0,2}(?:slot|seat)[ \t]+(?:at|on)[ \t]+the|(?:has|gets|got|is[ \t]+doing|(?:will[ \t]+)?do)[ \t]+(?:his|her|their|my|our|your)[ \t]+(?:[\\w'\u2019-]+[ \t]+){0,3}(?:duty|duties|shifts?|rota|caseload)|(?:has|have|had)[ \t]+swapped[ \t]+(?:(?:his|her|their|my|a)[ \t]+)?(?:dut(?:y|ies)|shifts?|days?|slots?|rota)[ \t]+with|(?:needs?|wants?|asked|has[ \t]+asked)[ \t]+to[ \t]+swap[ \t]+(?:his|her|their)[ \t]+(?:[\\w'\u2019-]+[ \t]+){0,3}(?:shifts?|dut(?:y|ies)|rota|slot|lates?|earlies|nights)|(?:attend(?:s|ing)?|go(?:es|ing)?[ \t]+to)[ \t][^.\n]{0,60}?[ \t](?:on[ \t]+(?:her|his|their|my|our)[ \t]+behalf|in[ \t]+(?:her|his|their|my|our)[ \t]+place)|(?:attend|cover|chair|minute)[ \t]+(?:my|his|her|their|our|your)[ \t]+(?:[\\w'\u2019-]+[ \t]+){0,3}(?:conferences?|meetings?|panels?|reviews?|discussions?|core[ \t]+groups?|visits|clinics?|sessions?)|acting[ \t]+(?:up[ \t]+as[ \t]+)?(?:(?:team|practice|service|deputy)[ \t]+)?(?:SPO|DI|DS|DCI|manager|lead|senior|head|chair|inspector|sergeant|team[ \t]+leader)|(?:finish(?:es|ed|ing)?|writ(?:es|ing)|complet(?:es|ed|ing)|submitt?(?:s|ed|ing)?|pass(?:es|ed)|do(?:es|ing)?|has|have|takes?|taking|took)[ \t]+(?:the|your|my|his|her|their)[ \t]+(?:[\\w'\u2019-]+[ \t]+){0,4}(?:court[ \t]+reports?|psrs?|pre-sentence[ \t]+reports?|reports|minutes|portfolios?|pq|pqip|qualifications?)|(?:is|['\u2019]s|will[ \t]+be)[ \t]+(?:the[ \t]+)?duty[ \t]+(?:senior|manager|spo|officer|social[ \t]+worker|sergeant|inspector|lead)|is[ \t]+on[ \t]+the[ \t]+(?:[A-Z][\\w'\u2019-]*[ \t]+){1,3}(?:side|desk))\\b(?![ \t]+(?:by|away|off|out|up|over|late|into|behind|past|round|around|home|to)\\b)(?![ \t]+from[ \t]+(?!(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b|\\d|next\\b|tomorrow\\b))|^[ \t]+(?:has|have)[ \t]+(?:got[ \t]+)?the[ \t]+(?:[\\w'\u2019-]+[ \t]+){0,2}(?:minutes|notes|action[ \t]+log)\\b`,
  "i",
);
/** A relative owned by "his", "her" or "their": the family of someone named, no case person. */
const OWNED_FAMILY = /\b(?:his|her|their)[ \t]+(?:mum|dad|mother|father|parents?|wife|husband|partner|son|daughter|children|kids|baby|brother|sister|nan|grandad|grandma|grandmother|grandfather)\b/gi;
/** A session's theme up to the next comma ("The theme is restorative conversations when a victim
 * attends, led by Jasmine Cardew"): what the session is about, no one's case. */
const SESSION_THEME = /\b(?:theme|topic|focus|subject)[ \t]+(?:is|was|will[ \t]+be)[ \t]+[^,.;:\n]*/gi;

/** Before a name, taking over its work: "I'll take Anita's Wednesday duty", "covering Jo's visits". */
const TAKE_OVER_BEFORE = /\b(?:take|taken|taking|took|cover|covering|covered|do|doing|swap|swapping|swapped|keep|keeps|keeping|kept|chair|chairing|attend|attending)(?:[ \t]+for)?[ \t]+$/i;
/** After that name, the work in the possessive: "'s Wednesday duty", "'s late shift", "'s visits". */
const THEIR_WORK_AFTER = /^['\u2019]s[ \t]+(?:[\w'\u2019-]+[ \t]+){0,3}(?:duty|duties|shifts?|slots?|lates?|earlies|nights|rota|caseload|cases|visits|meetings|reviews|clinics?|panels?|conferences)\b/i;

/** After a name, their work covered: "Ruth's clinic is covered by Niamh", "Jo's duty will be
 * covered", "Sunil's Thursday court duty is with Ella", "Tomasz's two ABE interviews next week are now with Kerensa and Yasmin", "Ilse's two ABE interviews next week have moved". */
const THEIR_WORK_COVERED_AFTER = /^['\u2019]s[ \t]+(?:[\w'\u2019-]+[ \t]+){0,2}(?:clinics?|duty|duties|shifts?|slots?|caseload|panels?|surger(?:y|ies)|rotas?|cases|visits|meetings|interviews|discussions|drop-ins?|sessions?|groups?)(?:[ \t]+(?:next|this)[ \t]+week|[ \t]+(?:at|in)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w'\u2019-]*[ \t]+){1,4}?[A-Z][\w'\u2019-]*)?[ \t]+(?:(?:is|are|will[ \t]+be)[ \t]+(?:being[ \t]+covered|covered|(?:now[ \t]+)?with|going[ \t]+to)|(?:has|have)[ \t]+(?:moved|been[ \t]+(?:moved|rescheduled|cancelled|postponed|covered)))\b/i;

/** After a name, away from work, in a clause saying whom cover is for: "(help) while Gethin is
 * off.", "(covering) while Jess Farnsworth is on maternity leave". */
/** Before a name, a clause of cover: "while Gethin …", "covering Christmas Day as Colin …". */
const COVER_CLAUSE_BEFORE = /\b(?:while|whilst|until|till|cover(?:s|ed|ing)?[ \t]+(?:[\w'\u2019-]+[ \t]+){1,4}(?:as|because|since))[ \t]+$/i;
/** After it, the one covered away: on leave, off, or at a family occasion ("is at his daughter's wedding"). */
const ON_LEAVE_AFTER = /^[ \t]+(?:is|['\u2019]s|was|will[ \t]+be)[ \t]+(?:off(?=[ \t]*[.,;!?\n]|[ \t]+(?:sick|until|for|work)\b)|on[ \t]+(?:(?:maternity|paternity|annual|sick|parental|adoption|compassionate|study)[ \t]+)?leave\b|at[ \t]+(?:his|her|their)[ \t]+(?:[\w-]+['\u2019]s[ \t]+)?(?:wedding|funeral|graduation|christening)\b)/i;

/** After a name, shadowing someone named ("Ben Lakin shadows Carys Woodward"): case-sensitive, so not "shadows people". */
const SHADOWS_NAME_AFTER = /^[ \t]+(?:(?:is|was|will[ \t]+be|has[ \t]+been)[ \t]+)?shadow(?:s|ed|ing)[ \t]+[A-Z][a-z'\u2019-]+/;
/** Before a name: a handover, shadowing or thanks ("taken over as … Lead from", "Her MAPPA meetings
 * will pass to", "his two ABE interviews are now with Kerensa and", "His two MAPPA level 2 reviews on the 26th are with",
 * "My two child protection conference reports for next week are finished and with", "shadowing", "thanks to"). */
const HANDED_BEFORE =
  /\b(?:(?:(?:tak(?:e|es|en|ing)|took|hand(?:s|ed|ing)?)[ \t]+over\b[^.\n]{0,80}?[ \t](?:from|to))|hand(?:s|ed|ing)?[ \t]+(?:the|my|our)[ \t]+(?:[\w'\u2019-]+[ \t]+){0,6}?(?:families|cases|caseload)\b[^.\n]{0,60}?[ \t]to|(?:meetings?|reviews?|cases|caseload|duties|panels?|supervisions?|slots?|seats?|chairing)(?:[ \t]+(?:on|at|in|next|this)[ \t]+[^.\n]{1,30}?)?(?:[ \t]*\([^()\n]{1,40}\))?[ \t]+(?:will[ \t]+)?(?:pass|go|transfer|move)(?:es|ed|s)?[ \t]+(?:over[ \t]+)?to|(?:meetings|reviews|duty|duties|panels|supervisions|interviews|discussions|visits|clinics|reports?)(?:[ \t]+(?:(?:for[ \t]+)?(?:next|this|that)[ \t]+(?:week|fortnight|month))|[ \t]+(?:at|in|on)[ \t]+[^.\n]{1,60}?)?[ \t]+(?:are|is|will[ \t]+be)[ \t]+(?:now[ \t]+|(?:finished|done|written|ready|complete)[ \t]+and[ \t]+)?with(?:[ \t]+[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*)?[ \t]+(?:and|&))?|(?:(?:sit(?:s|ting)?|sat)[ \t]+in[ \t]+on|observ(?:e|es|ed|ing))[ \t]+[^.\n]{0,60}?[ \t]with|shadow(?:s|ed|ing)?(?:[ \t]+(?:week|day|days|visit|placement|session))?(?:[ \t]+(?:at|in|on)[ \t][^.\n]{0,60}?[ \t]with|[ \t]+with)?(?:[ \t]+(?:me|us)[ \t]+(?:and|&))?|(?:thanks|thank you|congratulations|congrats|well done|welcome)(?:[ \t]*:)?(?:[ \t]+to)?|cover(?:s|ed|ing)?[ \t]+for)[ \t]+$/i;
/** Before a name: the one a session is run by ("facilitated by", "led by Priya Mistry and"), or
 * paperwork is handled by ("a KPC chased by Bev", "countersigned by"); the
 * first may have their employer in brackets ("facilitated by DC Laura Peet (Leicestershire Police) and"). */
const RUN_BY_BEFORE = /\b(?:facilitated|led|delivered|presented|run|hosted|chaired|covered|attended|organi[sz]ed|taught|co-?ordinated|chased|processed|countersigned|authori[sz]ed|supervised|mentored)[ \t]+by[ \t]+(?:((?:[\w'\u2019-]+[ \t]+){1,3})(?:\([^()\n]{1,80}\)[ \t]+)?(?:and|&)[ \t]+)?$/i;
/** Before a name: the part it plays in a session, as a label ("trainer: Paulette Greaves", "Chair - Sue Ward"). */
const SESSION_ROLE_BEFORE = /\b(?:trainers?|facilitators?|presenters?|speakers?|tutors?|course[ \t]+leaders?|chair(?:ed)?|minute[ \t]+taker)(?:[ \t]*[:\-\u2013]|[ \t]+(?:for|on)[ \t]+[^.\n]{1,60}?[ \t]+(?:are|is|will[ \t]+be))[ \t]*(?:(?:[\w'\u2019.-]+[ \t]+){1,4}(?:\([^()\n]{1,60}\)[ \t]+)?(?:and|&)[ \t]+)?$/i;
/** Before a name: a swap of work with them ("I could swap with Lucy if a Friday conference can't move"), or
 * shadowing beside them ("Chesterfield MARAC, observing with Keeley Fraser (probation)"). */
const SWAP_WITH_BEFORE = /\b(?:(?:swap|swapping|swapped|swop)[ \t]+(?:(?:shifts?|days?|duty|slots?)[ \t]+)?|(?:observ(?:e|es|ed|ing)|shadow(?:s|ed|ing)?|sit(?:s|ting)?[ \t]+in)[ \t]+)with[ \t]+$/i;
/** After a name: a part of a session they give ("Lorna from Starting Point has agreed to do 20 minutes on …"). */
const GIVES_SESSION_AFTER = /^(?:[ \t]+from[ \t]+(?:[A-Z][\w'\u2019&-]*[ \t]+){1,4}?)?[ \t]*(?:has[ \t]+agreed|will|is[ \t]+going|['\u2019]s[ \t]+going|has[ \t]+offered|offered|agreed)[ \t]+(?:to[ \t]+)?(?:do|give|run|present|lead)[ \t]+(?:a[ \t]+|the[ \t]+)?(?:(?:\d+|ten|fifteen|twenty|thirty|forty|half[ \t]+an)[ \t]+)?(?:minutes?|mins?|hour|session|slot|talk|presentation|input|workshop|briefing)\b/;
/** "ask Gemma to do ten minutes on RtCN1s", "I've invited Raj to present": someone asked to give part of a meeting. */
/** "Following on from Martin's email", "as per Jo's message": the writer of an earlier message,
 * a correspondent (not "Kayla's email address"). */
const WROTE_BEFORE = /\b(?:following(?:[ \t]+on)?[ \t]+from|further[ \t]+to|as[ \t]+per|in[ \t]+(?:reply|response|answer)[ \t]+to|thanks[ \t]+for)[ \t]+$/i;
const MESSAGE_AFTER = /^['\u2019]s[ \t]+(?:e-?mail|message|note|reply|voicemail)(?![ \t]+address)\b/i;
const ASKED_BEFORE = /\b(?:ask|asked|asking|invite|invited|inviting|get|got)[ \t]+$/i;
const TO_PRESENT_AFTER = /^[ \t]+to[ \t]+(?:do|present|run|lead|give|chair|cover|talk|speak|update|join|attend|facilitate|minute|take[ \t]+(?:the[ \t]+)?(?:minutes|notes))\b/i;

/** Whether a name is the one, or the second of two, a session is run by (the first's words capitalised). */
function runBy(before: string): boolean {
  const m = RUN_BY_BEFORE.exec(before);
  return !!m && (m[1] === undefined || /^(?:[A-Z][^ \t]*[ \t]+)+$/.test(m[1]));
}
/** Lower-case job nouns a name is given with "as" ("as a custodial manager"). */
const JOB_NOUN = "(?:managers?|officers?|practitioners?|nurses?|senior|lead|chair|psychiatrist|psychologist|doctor|gp|consultant|co-?ordinator|supervisor|administrator|advis[eo]r|trainer|solicitor|teacher|representatives?|reps?|deput(?:y|ies)|spoc|(?:social|support|key|youth|family|outreach|project|link|case)[ \t]+workers?)";
/** A cover list's item, up to its colon: someone's work ("Her Tuesday child protection conferences: "). */
const WORK_ITEM_BEFORE = /\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[A-Z][\w'\u2019-]*['\u2019]s)[ \t]+(?:[\w'\u2019-]+[ \t]+){0,4}(?:conferences|meetings|reviews|panels|dut(?:y|ies)|visits|clinics|core[ \t]+groups|supervisions|reports|discussions|sessions)[ \t]*:[ \t]*$|(?:^|\n)[ \t]*[-*\u2022][ \t]+(?:[\w'\u2019-]+[ \t]+){0,5}(?:conferences|meetings|reviews|panels|core[ \t]+groups|supervisions|discussions)(?:[ \t]+in[ \t]+[A-Z][a-z]+|[ \t]+(?:she|he|they|I)[ \t]+(?:was|were|is|are|am|has[ \t]+been)[ \t]+(?:invited|booked|due)[ \t]+(?:to|for|on))?[ \t]*:[ \t]*$/;
/** After the name on such an item: who does it ("Ellen Marsh will attend"). */
const WILL_COVER_AFTER = /^[ \t]+(?:will|can|is[ \t]+going[ \t]+to|has[ \t]+agreed[ \t]+to|to)[ \t]+(?:attend|cover|chair|go|take[ \t]+them|pick[ \t]+(?:them|these)[ \t]+up|do[ \t]+them)\b/;

/** After a name (or two joined by "and"), staff in training: "Joel Hartigan and Neha Sood, both in the second year of their PQiP". */
const TRAINEE_AFTER = /^(?:[ \t]+(?:and|&)[ \t]+[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*)?)?[ \t]*,[ \t]*(?:(?:both|all|each)[ \t]+)?(?:in|on|doing)[ \t]+(?:the[ \t]+)?(?:first|second|third|final|last)[ \t]+year[ \t]+of[ \t]+(?:their|his|her)[ \t]+(?:PQiPs?|ASYEs?|apprenticeships?|degrees?|training|placements?|qualifications?)\b/i;
/** After a name, in its sentence: its job given with "as" ("…, who has moved to HMP Nottingham as a custodial manager", "as duty senior"). */
const ROLE_AS_AFTER = new RegExp(`^[^.\\n;!?]{0,80}?[ \t]as[ \t]+(?:a|an|the|our|their|duty)[ \t]+(?:[\\w'\u2019-]+[ \t]+){0,3}?${JOB_NOUN}\\b`, "i");
/** Before a running order's speaker: "11:30 Domestic abuse and the unborn baby - ", "09:45 Coercive
 * control (" or a tab-separated column (perhaps a list item: "• 11:30 …"). */
const TIMED_LINE_BEFORE = /(?:^|\n)[ \t]*(?:[-*\u2022\u00b7\u2013][ \t]+|\d{1,2}[.)][ \t]+)?\d{1,2}[:.]\d{2}[ \t]+[^\n]{3,160}?(?:[ \t](?:[-\u2013\u2014][ \t]+|\([ \t]*)|\t+)$/;
/** A running order's line: a time opening it. */
const TIMED_START = /^[ \t]*(?:[-*\u2022\u00b7\u2013][ \t]+|\d{1,2}[.)][ \t]+)?\d{1,2}[:.]\d{2}[ \t]/;
/** The dash between a session's title and its speakers (a table's columns are read by their headings instead). */
const SPEAKERS_SEPARATOR = /[ \t][-\u2013\u2014][ \t]+/g;
/** The speakers' part with each name written N: names joined by commas, "and" or "&", each perhaps with a title before it ("Dr N") or an aside in brackets. */
const NAMES_ONLY = /^(?:(?:(?:Dr|Prof|Professor|DS|DC|DI|DCI|PC|PS|Cllr|Mr|Mrs|Ms|Miss|Mx)\.?[ \t]+)?N(?:[ \t]*\([^()\n]{0,60}\))?(?:[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+(?:and|&)[ \t]+)?)+[ \t]*$/;
/** The longest running-order line read. */
const MAX_TIMED_LINE = 400;

/**
 * The starts of the names that share a session on a running order's line ("11:15 Release day:
 * custody and community for MAPPA cases – Gethin ap Rhys and Carys Llewellyn"): after the last
 * dash, nothing but two or more names. A line whose title owns something to someone ("22:15
 * his self-harm disclosed to staff – …") is a log, not a running order (see OWNER_IN_LINE).
 */
function speakersSharingASession(r: MessageReading): Set<number> {
  const { text } = r;
  const out = new Set<number>();
  const starts = r.names.starts;
  if (starts.length < 2) return out;
  for (let at = 0; at < text.length; ) {
    let end = text.indexOf("\n", at);
    if (end < 0) end = text.length;
    if (end - at <= MAX_TIMED_LINE && TIMED_START.test(text.slice(at, Math.min(end, at + 30)))) {
      const line = text.slice(at, end);
      let tail = -1;
      SPEAKERS_SEPARATOR.lastIndex = 0;
      for (let m = SPEAKERS_SEPARATOR.exec(line); m !== null; m = SPEAKERS_SEPARATOR.exec(line)) tail = m.index + m[0].length;
      if (tail > 0 && !OWNER_IN_LINE.test(line.slice(0, tail))) {
        const names: number[] = [];
        let written = "";
        let from = at + tail;
        for (let j = lastAtOrBefore(starts, at + tail - 1) + 1; j < starts.length && (starts[j] as number) < end; j++) {
          const start = starts[j] as number;
          const name = r.names.textAt.get(start) as string;
          written += text.slice(from, start) + "N";
          from = start + name.length;
          names.push(start);
        }
        written += text.slice(from, end);
        if (names.length >= 2 && NAMES_ONLY.test(written)) for (const start of names) out.add(start);
      }
    }
    at = end + 1;
  }
  return out;
}

/** An owner in a row's title: "his", "her", "their", "the young man's" (not a service's "children's social care"). */
const OWNER_IN_LINE = /\b(?:his|her|their)\b|\b(?!(?:children|people|women|men)['\u2019]s\b)[A-Za-z]+['\u2019]s\b/i;
/** In the aside after a timed line's last name, casework in lower case: a diary's visit ("10:00 hv
 * with pc ashby - kayden pell, curfew check"), not a running order's speaker's role ("Safeguarding Adults Lead"). */
const CASEWORK_ASIDE = /\b(?:curfew|licence|recall|breach|bail|tag|drug[ \t]+test|dtta|home[ \t]+visit|hv|welfare[ \t]+check|kpc|s47|dna)\b/;
/** After a running order's speaker: the line ends (a role after a comma or in brackets allowed). */
const LINE_ENDS_AFTER = /^[ \t]*(?:[,(][^\n]{0,80})?(?:\n|$)/;

/** Work done on something: "led the all-Wales review of", "set up the force's first … desk", "opens the day", "the session he ran". */
const WORK_VERB = "(?:run|runs|running|ran|lead|leads|leading|led|chair(?:s|ed|ing)?|deliver(?:s|ed|ing)?|facilitat(?:es?|ed|ing)|present(?:s|ed|ing)|gave|give|gives|giving|opens|opened|set(?:s|ting)?[ \t]+up|manag(?:es?|ed|ing)|head(?:s|ed|ing)?|host(?:s|ed|ing)?|organi[sz](?:es?|ed|ing)|teach(?:es|ing)?|taught)";
const WORK_NOUN = "(?:sessions?|workshops?|training|courses?|forums?|briefings?|talks?|presentations?|reviews?|conferences?|meetings?|panels?|day|programmes?|slots?|clinics?|desks?|teams?|units?|hubs?|services?|projects?|pilots?)";
/** Words between a work verb and its noun: not a preposition ("ran away from the unit", "presented to the team" are not work). */
const FILLER = "(?:(?!(?:by|from|away|off|out|to|into|with|at|in|on|of|after|before|because|for)\\b)[\\w'\u2019&-]+[ \t]+)";
const WORK_DONE = new RegExp(
  `\\b${WORK_VERB}[ \t]+${FILLER}{0,6}?${WORK_NOUN}\\b|\\b${WORK_NOUN}[ \t]+(?:(?:that|which)[ \t]+)?(?:he|she|they|i|we|you)[ \t]+(?:(?:has|had|have)[ \t]+)?${WORK_VERB}\\b`,
  "i",
);
/** A term the recognizer found with what states it of someone ("suffers domestic abuse", "He has ADHD"): never a topic. */
const STATED = /^(?:he|she|they|i|has|had|have|suffers?|suffered|suffering|disclosed|discloses|experienc\w+|was|is|were|are|diagnosed)\b/i;
/** After a staff member's name: their past post ("was previously with", "has spent", "began her career"). */
const CAREER_AFTER = /^[ \t]+(?:(?:was|has been|had been)[ \t]+(?:previously|formerly|until recently)|previously worked|(?:has[ \t]+)?spent|began[ \t]+(?:his|her|their)[ \t]+career|worked)\b/i;

const OFFENCE_OR_HARM =
  "arrest(?:ed|s)?|charged|convicted|convictions?|sentenced|remanded|recalled|on[ \t]+(?:bail|licence|remand)|offen[cs]es?|offending|alleg\\w*|assault\\w*|abused|neglected|injur\\w*|" +
  "disclos\\w*|overdos\\w*|self-harm\\w*|went[ \t]+missing|missing[ \t]+from|sectioned|diagnos\\w*|pregnan\\w*|mum|mam|dad|nan";
const PERSON_WORD =
  "(?:the|a|an|his|her|their|my|our|your|this|that)[ \t]+(?:young[ \t]+)?(?:mother|father|mum|dad|child|children|baby|boy|girl|son|daughter|victim|perpetrator|offender|suspect|client|patient|pupil|tenant|partner|ex-partner|family|parents?|carers?|service[ \t]+user|person[ \t]+on[ \t]+probation|wife|husband|brother|sister)";
/** What a person word names when it is no person: "child protection", "victim contact scheme", "family court". */
const NOT_A_PERSON_AFTER = "(?:protection|in[ \t]+need|criminal|sexual|exploitation|services?|contact|liaison|support|care|safeguarding|managers?|management|scheme|courts?|teams?|hub|unit|visits?|centre)";
/** After a person word's "'s", a kind of work or place named for them, not a person: "the children's author",
 * "the children's centre" (not "the child's books" or "the children's social worker"). */
const FOR_CHILDREN_AFTER = "['\u2019]s[ \t]+(?:authors?|writers?|illustrators?|poets?|laureate|entertainers?|theatre|television|tv|literature|festival|commissioner|centres?)";
/** A sentence about a case person: an offence, an allegation, harm, a disclosure, or a person word used for a person. */
const ABOUT_A_CASE_PERSON = new RegExp(`\\b(?:${OFFENCE_OR_HARM}|${PERSON_WORD}(?![ \\t-]+${NOT_A_PERSON_AFTER}\\b)(?!${FOR_CHILDREN_AFTER}\\b))\\b`, "i");
/** A career's years with a service: "after 19 years with the youth offending service", "six years in the child protection team". */
const YEARS_WITH_SERVICE = /\b(?:\d{1,2}|[a-z]+)[ \t]+years['\u2019]?[ \t]+(?:with|in|at|on)[ \t]+(?:the|our)[ \t]+(?:[\w'\u2019-]+[ \t]+){0,4}?(?:service|team|unit|department|directorate|hub|squad)\b/gi;

/** Right before a term, someone owning it: "her self-harm", "Kayleigh's", "the domestic abuse". */
/** After a name: a child's or young person's age in brackets ("(16)", "(aged 9)"). */
const YOUNG_AGE_AFTER = /^[ \t]*\((?:aged?[ \t]+)?(?:[1-9]|1\d|2[0-5])\)/i;
const OWNED_BEFORE = /(?:\b(?:his|her|their|its|my|your|the|this|that)|['\u2019]s)[ \t]+$/i;

/** How many staff names a sentence's opening name is matched against (a huge thread: fail closed past it). */
const MAX_STAFF = 200;

export interface StaffAtWork {
  /** Per span: a name doing staff work here (professionals.ts makes it a professional's, unless its sentence states a fact). */
  names: Uint8Array;
  /** Whether a special-category span, in sentence `k`, names someone's work: a topic. */
  isWorkTopic(span: Span, k: number): boolean;
}

export function staffAtWork(r: MessageReading, titled: Uint8Array): StaffAtWork {
  const { text, spans, layout } = r;
  // A relation owned ("so she can get her dad to his hip op") is a family's, no case person.
  // Years served with a service ("after 19 years with the youth offending service") are a career's, no case.
  const aboutCasePerson = once((k: number) => ABOUT_A_CASE_PERSON.test(layout.sentenceText(k).replace(OWNED_FAMILY, " ").replace(SESSION_THEME, " ").replace(YEARS_WITH_SERVICE, " ")));
  const names = new Uint8Array(spans.length);
  const staff = emptyKnownPeople();
  const remember = (name: string): void => {
    if (staff.people.length < MAX_STAFF) addPerson(staff, name, "");
  };
  /** Running orders' lines with a speaker, by the line's start. */
  const speakerLines = new Set<number>();
  /** A colleague's past post: the sentence opens with a staff member's name and "was previously with",
   * "has spent". Not remembered while the names are read (staff found later may open it). */
  const careerNow = (k: number): boolean => {
    const from = layout.sentences[k] as number;
    const name = /^[ \t]*([A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*){0,2})/.exec(text.slice(from, from + 60));
    return !!name && r.names.startsAt(from + (name[0].length - (name[1] as string).length)) && isKnownName(staff, name[1] as string) && CAREER_AFTER.test(text.slice(from + name[0].length, from + name[0].length + 60));
  };
  const sharedSpeakers = speakersSharingASession(r);
  for (const i of r.textNames) {
    const span = spans[i] as Span;
    const k = r.spanSentence[i] as number;
    const before = text.slice(Math.max(0, span.start - 200), span.start);
    const after = text.slice(span.end, span.end + 120);
    // A running order's speaker: the only name on a timed line, at its end, or one of a few there.
    let speaker = sharedSpeakers.has(span.start);
    if (speaker) speakerLines.add(span.start - before.length + before.lastIndexOf("\n") + 1);
    // A tab-separated row is a running order's only when its title owns nothing to anyone ("22:15
    // <tab> his self-harm disclosed to staff <tab> PC Dale Whitmore" is a log).
    if (TIMED_LINE_BEFORE.test(before) && LINE_ENDS_AFTER.test(after) && !CASEWORK_ASIDE.test(after.slice(0, after.indexOf("\n") < 0 ? after.length : after.indexOf("\n"))) && !(/\t$/.test(before) && OWNER_IN_LINE.test(before.slice(before.lastIndexOf("\n") + 1)))) {
      const lineStart = text.lastIndexOf("\n", span.start - 1) + 1;
      speaker = lastAtOrBefore(r.names.starts, span.start - 1) === lastAtOrBefore(r.names.starts, lineStart - 1);
      if (speaker) speakerLines.add(lineStart);
    }
    const atWork = speaker || WORK_VERB_AFTER.test(after) || TRAINEE_AFTER.test(after) || (WORK_ITEM_BEFORE.test(before) && WILL_COVER_AFTER.test(after)) || (COVER_CLAUSE_BEFORE.test(before) && ON_LEAVE_AFTER.test(after)) || (TAKE_OVER_BEFORE.test(before) && THEIR_WORK_AFTER.test(after)) || THEIR_WORK_COVERED_AFTER.test(after) || SHADOWS_NAME_AFTER.test(after) || HANDED_BEFORE.test(before) || runBy(before) || SESSION_ROLE_BEFORE.test(before) || SWAP_WITH_BEFORE.test(before) || GIVES_SESSION_AFTER.test(after) || ROLE_AS_AFTER.test(after) || (ASKED_BEFORE.test(before) && TO_PRESENT_AFTER.test(after)) || (WROTE_BEFORE.test(before) && MESSAGE_AFTER.test(after));
    // "Dad, Luis", "Tom's mum": a relative (a speaker's dash follows the session's title, which may end "baby").
    // A running order's session title is its topic ("11:00 Adolescents in ED: self-harm and
    // exploitation - Hollie Brandon"): no one's harm, since no other name is on the line.
    // A colleague's past post ("Tobias has spent six years … with young adults on licence, and he'll
    // be shadowing Maryam") tells of the work they did, not of a case person.
    // "Well done to Tayla Brennan (16), who finished her referral order": staff are given no age.
    if (!atWork || (!speaker && RELATION_BEFORE.test(before)) || RELATIVE_AFTER.test(after) || YOUNG_AGE_AFTER.test(after) || (!speaker && aboutCasePerson(k) && !careerNow(k))) continue;
    names[i] = 1;
    remember(span.text);
  }
  // A title's author (worksAndAuthors.ts) is no case person, unless the line outside the title is
  // about one; the title's terms are then the book's subject.
  const titles: [number, number][] = [];
  for (const work of authoredTitles(r)) {
    const k = r.spanSentence[work.author] as number;
    const from = layout.sentences[k] as number;
    const outside = text.slice(from, work.titleStart) + " " + text.slice(work.titleEnd, layout.sentenceEnd(k));
    if (ABOUT_A_CASE_PERSON.test(outside)) continue;
    names[work.author] = 1;
    remember((spans[work.author] as Span).text);
    titles.push([work.titleStart, work.titleEnd]);
  }
  const inTitle = (span: Span): boolean => titles.some(([from, to]) => span.start >= from && span.end <= to);
  for (const i of r.textNames) if (titled[i]) remember((spans[i] as Span).text);

  const career = once(careerNow);
  const workSentence = once((k: number) => WORK_DONE.test(layout.sentenceText(k)) || career(k));
  const isWorkTopic = (span: Span, k: number): boolean => {
    const before = text.slice(Math.max(0, span.start - 40), span.start);
    if (OWNED_BEFORE.test(before)) return false;
    // A running order's session title is its topic, whatever harm it names or states ("Working
    // with dads who have convictions – Abimbola Sterne"). Its line is read back a line's length at most.
    if (speakerLines.size > 0 && speakerLines.has(lineStartWithin(text, span.start, MAX_TIMED_LINE))) return true;
    if (STATED.test(span.text)) return false;
    if (titles.length > 0 && inTitle(span)) return true;
    if (aboutCasePerson(k)) return false;
    return QUALIFICATION_BEFORE.test(before) || workSentence(k);
  };
  return { names, isWorkTopic };
}
