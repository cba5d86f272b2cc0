/**
 * A colleague's family in news of a death, a funeral, a wedding, a baby or a leaving ("I work with
 * Pauline Yates … Her husband Keith gave us your details … Pauline's daughters, Emma and Lucy";
 * "in memory of our colleague PC Gavin Reeve … His wife Hayley and their children, Ella and
 * Josh"): the relatives are no case people. Only where the text staff wrote (the new message, a
 * forwarded notice) tells of such an event and of a colleague ("our colleague", "I work with", "has
 * been our named nurse", "her whole career"), and the message holds no identifier, date of birth
 * or case reference; then
 * a name given right after a relation owned by someone ("her husband", "Pauline's daughters,"),
 * the names listed with it ("Emma and Lucy"), and later mentions of the same given name are the
 * family's, in paragraphs telling no offence, order or harm and naming no case person. "Lee Dale died in custody. I spoke to his wife,
 * Carol" speaks of no colleague and stays case data.
 */
import type { Part } from "../anatomy";
import type { Span } from "../detect/types";
import { ALWAYS_CASE } from "./caseContext";
import { CASE_PERSON, JOB_FOR_PERSON_WORD, PARENTAL_LEAVE, THE_BABY, ON_A_CASELOAD, OWNED_RELATIONS, SERVICE_WITH_PERSON_WORD, STAFF_AT_CASE_MEETING, STAFF_RUNNING_CASEWORK } from "./caseVocabulary";
import { STRONG_CASE_WORDING } from "./pronouns";
import { plainNameWords } from "./knownPeople";
import type { MessageReading } from "./reading";

/** A life event of the kind staff share about a colleague, and the team's charity events
 * ("our coffee morning … raised £612 for Macmillan", "in aid of"). */
const LIFE_EVENT = /\b(?:had[ \t]+a[ \t]+(?:little[ \t]+|baby[ \t]+)?(?:girl|boy)|died|death|passed away|(?:is|was) survived by|thank you for (?:\d{1,2}|[a-z]+(?:-[a-z]+)?) years|(?:won['\u2019]t|will not|wouldn['\u2019]t) be the same without|miscarriage|funeral|crematorium|cremation|coffin|order of service|marr(?:y|ies|ying|ied)|engaged|gave birth|baby (?:boy|girl)|get well|recovering|collapsed|heart attack|cardiac arrest|condolences?|bereave\w*|in (?:loving )?(?:[\w-]+['\u2019]s )?memory|committal|memorial|sad news|with (?:great |deep )?sadness|retir(?:e|es|ed|ing|ement)|wedding|got married|had (?:her|his|their) (?:(?:first|second|third|new) )?(?:baby|son|daughter|twins)|(?:her|his|their) new baby|(?:are|is|were) expecting (?:a baby|twins|triplets|(?:their|her|his|our|my) (?:first|second|third))|welcomed|new arrival|baby shower|maternity|paternity|sick leave|phased return|emigrat\w+|leaving (?:do|drinks|meal|party|collection|card|present|gift)|leaving after (?:\d{1,2}|[a-z]+) years|lost (?:his|her|their) (?:husband|wife|partner|mum|mother|dad|father|son|daughter|brother|sister)|coffee morning|raised £|rais(?:e|ed|ing) money|fundrais\w+|in aid of)\b/i;

/** The text speaks of a colleague: "our colleague", "I work with", "one of our nurses", "our … team",
 * a whip-round, "we're doing a collection" or "we're collecting for" (a collection among staff), "a … colleague for 22
 * years", a card "from (Becky and) everyone at Adult Social Care", "34 years' service", "where
 * Carol worked for 23 years", "Pauline Swann, our senior receptionist", "on our reception", "Sheila in
 * the OMU" (a unit of the services), "Precious, who some of you will have worked with", "Many of you will remember Geoff",
 * "the old Loughborough lot" (a team, years on), "Hayley is collecting for a gift", "We've got a card going round",
 * "her last day before the wedding". */
const COLLEAGUE_WORDING =
  /\b(?:(?:the|our|some|more|a bit of) (?:team|office|staff) news|(?:before|when|since|until|after) (?:he|she|they) retired\b|(?:a few|some|many|most|all|those) of (?:the|us|you)(?: [a-z]+){0,4} (?:will|may|might) (?:remember|recall)|(?:(?:a|the) )?card (?:is |will )?(?:be )?go(?:ing)? (?:round|around)|(?:her|his|their) last day (?:before|in|at|with|here)|(?:Team|Office|Staff) news(?=[ \t]*[,:!\n])|obituary|colleagues (?:will )?(?:remember|miss|recall)|(?:was|had been) an? (?:[a-z]+ ){0,2}(?:probation officer|social worker|police officer|nurse|health visitor|detective|midwife|manager|administrator) for (?:over |nearly |almost )?\d+ years|(?:our|my|a) (?:[a-z]+ )?colleague|tribute from (?:her|his|their|our) colleagues|colleagues and friends|I (?:work|worked) with|(?:as )?you (?:two |both )?work (?:with (?:her|him|them) )?(?:most |so |very )?closely|we (?:all )?worked with|(?:[Ss]ome|[Mm]any|[Mm]ost|[Aa]ll|[Tt]hose) of you (?:will |may |might )?(?:have )?(?:worked with|worked alongside|sat (?:beside|next to|with)|know|remember|heard)|one of our (?!(?:[a-z-]+ ){0,2}(?:patients|clients|service users|young people|residents|tenants|care leavers|pupils|children|kids|families|offenders|nominals|prisoners|learners|students|cases|mums|dads|parents|mothers|fathers|carers|babies)\b)[a-z]+|(?:in|from|to|of|on) (?:our|the old) (?:[A-Za-z&'\u2019-]+ ){0,3}(?:team|office|unit|department|squad|station|desk)|the old (?:[A-Z][\w&'\u2019-]* ){1,2}(?:lot|crowd|gang)|(?:she|he|they) (?:was|were) (?:in|on|with) the (?:[A-Z][\w&'\u2019-]* ){1,3}(?:team|office|unit)|retir(?:es|ing|ed) [^.!?\n]{0,40}\bafter (?:\d{1,2}|[a-z]+(?:-[a-z]+)?) years|(?:in|from|on) the (?:OMU|MASH|PPU|CID|YOT|YOS|DAIU|IOM (?:hub|team)|admin team)|(?:(?:has been|was) |, )our (?:[A-Za-z-]+ ){0,4}(?:nurse|officer|manager|director|lead|head|worker|practitioner|administrator|coordinator)|our (?:former |late )?(?:[A-Z][a-z]+ )?(?:director|manager|chief executive)|(?:[Hh]is|[Hh]er|[Tt]heir) (?:whole )?career|joined (?:us|the service|the team|[A-Z][a-z]+ in (?:19|20)\d\d)|pass(?:ed|es) (?:his|her|their) (?:pq|pqip|asye|portfolio|qualification)|welcom(?:e|es|ed|ing) (?:[a-z]+ ){0,2}new colleagues?|(?:in|over|during|after) (?:his|her|their) (?:\d{1,2}|[a-z]+) years (?:as an? |with (?:the |us\b)|in the |at the )|whip-?round|(?:ran|managed|led) the (?:[A-Z][\w'\u2019-]* ){1,3}(?:office|team|unit)\b|(?:his|her|their) old (?:friends|colleagues|team) (?:from|at|in) the\b|(?:hamper|card|gift|present|flowers|bouquet|collection)(?: together)? (?:from|for) (?:the|our|all the) (?:team|office)\b|(?:photos?|pictures?|pics) (?:to|in|on) the team (?:chat|whatsapp|channel|group)|(?:doing|having|organising|started) a collection|(?:we['\u2019]re|we are|I['\u2019]m|I am) collecting (?:for|towards)\b|(?:is|are) collecting (?:for|towards) (?:a|her|his|their) (?:gift|present|card|hamper)|colleague (?:for|of) \d+ years|(?:from|and) (?:everyone|all of us|all) (?:at|in|on) |\d+ years['\u2019]? service|(?:worked|served) (?:here |there |with us )?for (?:over |nearly |almost )?\d+ years|served (?:over |nearly |almost )?\d+ years (?:with|in|at) |our (?:senior |practice |head |lead |team )?(?:receptionist|secretary|administrator|caretaker|cleaner|admin(?:istrative)? (?:officer|assistant)|business support (?:officer|assistant)|office manager)s?|(?:on|at) our (?:reception|front desk|switchboard)|(?:on|taking|take|takes|took) (?:compassionate|bereavement) leave|colleagues (?:are|would be|will be) (?:very |most )?welcome|until (?:she|he|they)(?:['\u2019]s|['\u2019]re| is| are) back|after \d+ years (?:with|in|at) (?:the )?(?:[A-Z][\w'\u2019-]*|probation\b|policing\b|social work\b|nursing\b|health visiting\b)|(?:her|his|their) (?:[\w-]+ ){0,2}(?:queue|caseload|cases|diary|inbox|duties) (?:stays|goes|will go|will stay|is going) (?:with|to))\b/i;

const RELATION = "(?:(?:late|beloved|two|three|eldest|youngest|twin|little|older|younger)[ \t]+)?(?:husband|wife|partner|sons?|daughters?|children|kids|twins|grandchildren|grand(?:son|daughter)s?|mum|mother|dad|father|brothers?|sisters?|parents|family)";
/** Before a name: a relation owned by someone ("her husband ", "Pauline's daughters, "). */
const RELATION_OWNED_BEFORE = new RegExp(`\\b(?:his|her|their|[A-Z][\\w'\\u2019-]*['\\u2019]s)[ \t]+${RELATION}[ \t]*,?[ \t]*$`, "i");
/** A relation to a colleague: "the mother of our colleague", a colleague's family, no case person. */
const OF_A_COLLEAGUE = `(?:the[ \t]+)?${RELATION}[ \t]+of[ \t]+(?:our|my|a)[ \t]+(?:[a-z-]+[ \t]+)?colleague\\b`;
/** After a name: that relation ("Comfort Adeleke, the mother of our colleague Segun Adeleke"). */
const RELATION_OF_COLLEAGUE_AFTER = new RegExp(`^[ \t]*,[ \t]*${OF_A_COLLEAGUE}`, "i");
const RELATION_OF_COLLEAGUE = new RegExp(`\\b${OF_A_COLLEAGUE}`, "gi");
/** A relation owned by someone named ("Maureen's mum"), as "her mum" is owned. */
const NAMED_OWNERS_RELATIONS = new RegExp(`\\b[A-Z][\\w'\u2019-]*['\u2019]s[ \t]+${RELATION}`, "g");
/** Harm to someone, which the strong case wording leaves to its own rules. */
const HARM = /\b(?:assault\w*|abus\w*|violen\w*|attack\w*|threat\w*|stabb\w*|rap(?:e|ed|ist)|harass\w*|stalk\w*|coerc\w*|controlling|neglect\w*|exploit\w*)\b/i;

/** Someone the service works with, or their care: "one of the young people we work with", "her
 * foster placement", "after an overdose", "until she left care", "the brothers placed with Jean". Staff news names none of them. */
const SERVED = /\b(?:(?:young[ \t]+people|families|children|kids|clients|service[ \t]+users|women|men|lads|girls|boys)[ \t]+(?:we|I)[ \t]+(?:work[ \t]+with|support|supervise|look[ \t]+after)|foster[ \t]+placements?|(?:left|leaving|leaves)[ \t]+care|(?:placed|lived)[ \t]+with[ \t]+(?:[A-Z][a-z]+|us|them|her|him)|overdos(?:e|ed|es|ing)|self-?harm\w*)\b/i;

/** An attack that is an illness, not harm: "a heart attack", "panic attacks". */
/** Harm named as an area of work ("set up the joint triage of domestic abuse notifications", "our
 * exploitation lead", "the child abuse investigation unit", "his PQ in domestic abuse practice"): a career's, no one's harm. */
const HARM_AS_WORK = /\b(?:domestic[ \t]+|sexual[ \t]+|child[ \t]+|criminal[ \t]+)?(?:abuse|violence|exploitation)[ \t]+(?:(?:investigation|prevention|reduction)[ \t]+)?(?:notifications|referrals|teams?|units?|services?|training|courses?|champions?|leads?|co-?ordinators?|forums?|hub|desk|triage|policy|strategy|awareness|practice|programmes?)\b/gi;
const ILLNESS_ATTACK = /\b(?:heart|panic|asthma|anxiety)[ \t]+attacks?\b/gi;

/** A kind of ward or service, not a patient: "in-patient unit", "outpatients", "the children's ward", "her Thursday baby clinic". */
const WARD_KIND = /\b(?:(?:in|out)-?patients?|children['\u2019]s[ \t]+(?:ward|hospital|hospice|unit|clinic|a&e)|(?:baby|child|parent)[ \t]+(?:clinics?|groups?|weigh-?ins?|massage))\b/gi;

const PARENTAL_LEAVE_ALL = new RegExp(PARENTAL_LEAVE.source, "gi");

/** Whether staff's text tells a life event of someone it shows to be a colleague. */
function colleagueNews(staffText: string): boolean {
  if (!LIFE_EVENT.test(staffText)) return false;
  // "His two strategy discussions next week are now with Kerry-Ann": the person's work handed over is a colleague's.
  if (COLLEAGUE_WORDING.test(staffText) || WORK_HANDED_TO_ANY.test(staffText)) return true;
  return PARENTAL_LEAVE.test(staffText) && LIFE_EVENT.test(staffText.replace(PARENTAL_LEAVE_ALL, " "));
}

/** A birth told as news ("welcomed a baby girl", "had their baby"): the baby is the news, not a case person. */
const BIRTH_NEWS_ALL = /\b(?:(?:welcomed|had|gave[ \t]+birth[ \t]+to)[ \t]+(?:(?:a|their|his|her)[ \t]+)?(?:(?:beautiful|little|healthy|new|first|second|third|fourth)[ \t]+)*(?:baby(?:[ \t]+(?:girl|boy))?|girl|boy|daughter|son|twins|triplets)|mum[ \t]+(?:and|&)[ \t]+bab(?:y|ies)[ \t]+(?:are|is|both|doing)\b|\bbaby[ \t]+(?:news|announcements?)\b)/gi;
const BIRTH_NEWS = new RegExp(BIRTH_NEWS_ALL.source, "i");
/** A baby told as expected: "are expecting our second baby", "is expecting twins". */
const EXPECTING_ALL = /\b(?:are|is|were)[ \t]+expecting[ \t]+(?:a[ \t]+baby|twins|triplets|(?:their|her|his|our|my)[ \t]+(?:first|second|third|fourth)?[ \t]*(?:baby|child))\b/gi;
const EXPECTING = new RegExp(EXPECTING_ALL.source, "i");
/** Before a name: the birth it is the baby's name in ("welcomed a baby girl, Tobi"). */
const BIRTH_NEWS_BEFORE = /\b(?:welcomed|had|gave[ \t]+birth[ \t]+to)[ \t]+(?:(?:a|their|his|her)[ \t]+)?(?:(?:beautiful|little|healthy|new|first|second|third|fourth)[ \t]+)*(?:baby(?:[ \t]+(?:girl|boy))?(?:[^.\n]{0,30},[ \t]*(?:a|their)[ \t]+(?:(?:beautiful|little|healthy|new|first|second|third|fourth)[ \t]+)*(?:girl|boy|daughter|son))?|girl|boy|daughter|son|twins|triplets)[ \t]*,?[ \t]*(?:(?:called|named)[ \t]+)?$/i;

/** Between two names of one list ("Emma and Lucy", "Ella, Josh"). */
export const LIST_JOIN = /^[ \t]*(?:,|,?[ \t]*(?:and|&))[ \t]*$/;

/** The text staff wrote: the new message and any quoted message of theirs (a forwarded notice). */
export function staffWrittenText(r: MessageReading, parts: readonly Part[]): string {
  return parts
    .filter((p) => p.kind === "text" && r.writerIsStaff(p))
    .map((p) => r.text.slice(p.start, p.end))
    .join("\n");
}

/** Per span: a colleague's relative named in their news. `staffText`: staffWrittenText's. */
export function colleagueFamilyNames(r: MessageReading, staffText: string): Uint8Array {
  const { text, spans } = r;
  const out = new Uint8Array(spans.length);
  if (!colleagueNews(staffText)) return out;
  const inStaffText = (i: number): boolean => {
    const part = r.places.partOf(i);
    return !!part && part.kind === "text" && r.writerIsStaff(part);
  };
  for (let i = 0; i < spans.length; i++) {
    const kind = (spans[i] as Span).kind;
    if (ALWAYS_CASE.has(kind) || kind === "case-reference") return out;
  }
  // No offence, order or harm in the relative's paragraph ("She has a non-molestation order"), nor
  // a case person ("… the child will stay with his father"), owned relations ("their sons"),
  // services ("Children's Services") and wards ("in-patient unit") aside.
  // After a birth told as news anywhere in it, "the baby" is that baby ("a voucher for the baby shop").
  const birthNews = BIRTH_NEWS.test(staffText);
  const quietSentence = (i: number): boolean => {
    const p = r.layout.paragraphOf((spans[i] as Span).start);
    const from = r.layout.paragraphs[p] as number;
    // A colleague's work told beside the family ("she also takes over the MAPPA team from January") is no case.
    const paragraph = withoutStaffWork(text.slice(from, Math.min(r.layout.paragraphEnd(p), from + 2000)).replace(TEAM_TAKEN_OVER, " "));
    if (STRONG_CASE_WORDING.test(paragraph) || harmTold(paragraph)) return false;
    const rest = paragraph.replace(RELATION_OF_COLLEAGUE, " ").replace(BIRTH_NEWS_ALL, " ").replace(SAFEGUARDING_TITLE, " ").replace(OWNED_RELATIONS, " ").replace(NAMED_OWNERS_RELATIONS, " ").replace(SERVICE_WITH_PERSON_WORD, " ").replace(JOB_FOR_PERSON_WORD, " ").replace(WARD_KIND, " ");
    // After a birth told as news, "the baby" is that baby ("Abena and the baby are home").
    return !CASE_PERSON.test(BIRTH_NEWS.test(paragraph) || birthNews ? rest.replace(THE_BABY, " ") : rest);
  };
  const familyGiven = new Set<string>();
  let last = -1;
  for (const i of r.textNames) {
    if (!inStaffText(i)) continue;
    const span = spans[i] as Span;
    const before = text.slice(Math.max(0, span.start - 60), span.start);
    const listed = last >= 0 && r.spanSentence[last] === r.spanSentence[i] && LIST_JOIN.test(text.slice((spans[last] as Span).end, span.start));
    const words = plainNameWords(span.text);
    const family = RELATION_OWNED_BEFORE.test(before) || RELATION_OF_COLLEAGUE_AFTER.test(text.slice(span.end, span.end + 60)) || BIRTH_NEWS_BEFORE.test(before) || listed || (words.length === 1 && familyGiven.has(words[0] as string));
    if (family && quietSentence(i)) {
      out[i] = 1;
      if (words.length > 0) familyGiven.add(words[0] as string);
      last = i;
    } else last = -1;
  }
  return out;
}

/**
 * Staff news and nothing else: the text staff wrote tells of a colleague's life event (as above)
 * and holds no identifier, date of birth or case reference, no offence, order or harm, and no case
 * person ("client", "victim", "child", "mum" unowned…; "her daughter", services and wards aside).
 * Then its names, health terms and contact details in staff's text are the colleagues' and their
 * families' ("Natalie is marrying her partner Ola", "When he was diagnosed with motor neurone
 * disease", "her number is …"): no case context.
 */
export function staffNewsOnly(r: MessageReading, staffText: string, career?: (k: number) => boolean): boolean {
  const { spans } = r;
  if (staffText.length > MAX_NEWS_TEXT || !LIFE_EVENT.test(staffText) || !(colleagueNews(staffText) || STAFF_NAMED.test(staffText))) return false;
  for (const span of spans) if (ALWAYS_CASE.has(span.kind) || span.kind === "case-reference") return false;
  // A colleague's career told in the news ("ran the Ilkeston unpaid work team for fifteen years
  // before he retired") names casework as their work, no one's case: its paragraphs are not read.
  // Only a career paragraph's sentences that are the career's: "Reece Fairbank was recalled on
  // Friday" beside "Tony's retirement lunch" is still told.
  let told = staffText;
  const { layout } = r;
  for (let k = 0; career && k < layout.sentences.length; k++) {
    if (career(k)) told = told.replace(r.text.slice(layout.sentences[k] as number, layout.sentenceEnd(k)), " ");
  }
  // A colleague's work handed over while they are away ("her MAPPA reviews pass to Marcin") is their work, no one's case.
  told = withoutStaffWork(told);
  if (STRONG_CASE_WORDING.test(told) || ON_A_CASELOAD.test(told) || SERVED.test(told) || harmTold(told)) return false;
  let rest = told.replace(BABY_EVENT, " ").replace(OWNED_RELATIONS, " ").replace(NAMED_OWNERS_RELATIONS, " ").replace(SERVICE_WITH_PERSON_WORD, " ").replace(JOB_FOR_PERSON_WORD, " ").replace(WARD_KIND, " ").replace(AREAS_OF_WORK, " ");
  // After a birth told as news, "the baby" is that baby ("the bits for the baby your team sent").
  // Read on the told text: "had their son" is birth news, though "their son" has gone from the rest.
  if (BIRTH_NEWS.test(told)) rest = rest.replace(BIRTH_NEWS_ALL, " ").replace(THE_BABY, " ");
  // And after a baby told as expected ("Katie and I are expecting our second baby"), "the baby" is that one.
  else if (EXPECTING.test(told)) rest = rest.replace(EXPECTING_ALL, " ").replace(THE_BABY, " ");
  return !CASE_PERSON.test(rest);
}

/** A colleague's work passing to a named colleague: "her MAPPA reviews pass to Marcin", "his strategy meetings will go to Dawn",
 * "his two MAPPA reviews on the 19th are with Sinéad", "Her two MAPPA level 2 reviews on the 24th pass to Marcin". */
const WORK_HANDED_TO = /\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[A-Z][a-z]+['\u2019]s)[ \t]+(?:[\w'\u2019-]+[ \t]+){0,4}?(?:meetings|reviews|cases|caseload|duty|duties|panels|supervisions|slots|conferences|visits|discussions|interviews|clinics?|seat|place|work|chairing)(?:[ \t]+(?:on|at|in|next|this)[ \t]+[^.\n]{1,30}?)?[ \t]+(?:(?:will[ \t]+)?(?:pass|go|transfer|move)(?:es|ed|s)?[ \t]+(?:over[ \t]+)?to|(?:are|is|will[ \t]+be)[ \t]+(?:now[ \t]+|being[ \t]+)?(?:with|covered[ \t]+by|chaired[ \t]+by))[ \t]+(?=[A-Z])/g;
/** The same, tested without moving a lastIndex ("His two strategy discussions next week are now with Kerry-Ann": the person's work handed over is a colleague's). */
const WORK_HANDED_TO_ANY = new RegExp(WORK_HANDED_TO.source);
/** A service, team or unit named for casework ("the old Youth Offending Service at Eagle House", "the
 * intensive supervision team", "the unpaid work unit"): where a colleague worked, no one's case. */
const CASEWORK_SERVICE = /\b(?:youth[ \t]+offending|offender[ \t]+management|intensive[ \t]+supervision|(?:sex|violent)[ \t]+offenders?|unpaid[ \t]+work|mappa|marac)[ \t]+(?:services?|teams?|units?|hubs?|schemes?|programmes?|offices?|side)\b/gi;
/** `text` without a colleague's work told in it: work handed over, casework staff run or attend,
 * and the casework services they work in. */
function withoutStaffWork(text: string): string {
  return text.replace(WORK_HANDED_TO, " ").replace(STAFF_RUNNING_CASEWORK, " ").replace(STAFF_AT_CASE_MEETING, " ").replace(CASEWORK_SERVICE, " ");
}

/** Whether `text` tells of harm, an illness's "attack" and harm named as an area of work aside. */
function harmTold(text: string): boolean {
  return HARM.test(text.replace(ILLNESS_ATTACK, " ").replace(HARM_AS_WORK, " "));
}

/** A team taken over: "takes over the MAPPA team from January". */
const TEAM_TAKEN_OVER = /\b(?:takes?|took|taking|taken)[ \t]+over[ \t]+(?:the|our)[ \t]+(?:[\w-]+[ \t]+){0,2}(?:team|unit|desk|hub)\b/gi;
/** A party for a colleague's coming baby: "a surprise baby shower". */
const BABY_EVENT = /\bbaby[ \t]+showers?\b/gi;
/** A post named for whom it safeguards ("Named Nurse for Safeguarding Children"): a job, no child. */
const SAFEGUARDING_TITLE = /\b(?:Safeguarding|Looked[ \t]+After|Vulnerable)[ \t]+(?:Children|Adults|Young[ \t]+People)\b/g;

/** Staff named by rank or as colleagues: "PC Lee Wilkins", "Sergeant Hall", "colleagues". */
const STAFF_NAMED = /\b(?:(?:PC|PS|DC|DS|DI|DCI|Sgt|Insp|Inspector|Sergeant|Constable|Superintendent)\.?[ \t]+[A-Z][a-z]+|colleagues)\b/;
/** Areas of work a career names, which hold person words: "child protection", "the Integrated
 * Offender Management unit", "the old Kew children's home". */
const AREAS_OF_WORK = /\b(?:child(?:ren['\u2019]s)?[ \t]+(?:protection|services|social[ \t]+care|homes?|centres?|abuse[ \t]+investigation)|(?:integrated[ \t]+)?offender[ \t]+management|young[ \t]+offenders?|victim[ \t]+(?:support|liaison|services?)|patient[ \t]+(?:safety|experience))\b/gi;

/** The longest staff text read as staff news (longer: not judged, fail closed). */
const MAX_NEWS_TEXT = 12000;
