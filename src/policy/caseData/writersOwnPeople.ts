/**
 * The writer's own details and their family's, sent to their GP, their bank, their letting agent
 * or their child's school ("Patient: Ellie Fairbrother / Date of birth: …" from
 * ellie.fairbrother@…; "My two children … Anika Chauhan (born 11/05/2018)" from ravi.chauhan@…):
 * not a case. Anchored on names, not on wording:
 * - the sender's own full name (their family name and a given name, its initial or short form),
 *   in any text part (their own hospital letter forwarded is theirs too), and a name given right
 *   after it as their former one ("(maiden name Lloyd)");
 * - where the writer's new text speaks of their own family in the first person ("my two
 *   children", "my wife") and of no case, a full name in it sharing the sender's family name, and
 *   later that person's given name alone.
 * An identifier, a date of birth, a home, a number or a reference is the anchor's when the nearest
 * name before it in its paragraph is an anchor (or, with none before, the first after); a
 * special-category term when the nearest name before it in its part is. Any other name in between
 * takes the data back, so a case person named after the writer keeps theirs; a name in a bracketed
 * aside ("(from my time at Castlegate Logistics)") does not. Never in a signature or quoted header.
 * Also, where the writer speaks of their family: a special-category term in a sentence that opens on
 * their relative and names no one ("My dad had a stroke on Sunday"), and every such term when the
 * new text names no one but the writer, the recipients, the family and doctors ("Mum has early
 * Parkinson's"). A name after "my father," or "me," is an anchor too, whatever its family name;
 * and a number the writer calls theirs ("My NI number is …") is theirs.
 * In a message quiet of cases (no case words, no case process named, no harm seen in the new text):
 * anyone of the sender's family name (double-barrelled either way) in any text part, their kin,
 * someone the writer places in their household ("Harvey lives with me", "Paul and I", "(my
 * stepdaughter)"), someone written to with the writer (lettersToWriter.ts), a family address, and
 * first names alone in a family message.
 */
import type { Part } from "../anatomy";
import type { PersonalDataKind, Span } from "../detect/types";
import { AS_A_CHILD, FIRST_PERSON, LABELLED_LINE, STAFF_AT_CASE_MEETING, STAFF_RUNNING_CASEWORK, THIRD_PERSON, withoutNegatedHarm } from "./caseVocabulary";
import { STRONG_CASE_WORDING } from "./pronouns";
import { fold, isSenderFullName, plainNameWords, sameFamilyName, type SenderName } from "./knownPeople";
import { addGreetedWithWriter, recordsInLettersToWriter } from "./lettersToWriter";
import { isTextPart } from "./messageParts";
import type { MessageReading } from "./reading";

/**
 * Per paragraph, the first paragraph of its block: a form's fields one to a paragraph, as Word's
 * HTML writes them ("Member name: …" ⏎⏎ "Date of birth: …" ⏎⏎ "Home address: …"), make one block,
 * as they would written line under line. Any other paragraph is a block of its own.
 */
function fieldBlocks(r: MessageReading): Int32Array {
  const { paragraphs } = r.layout;
  const block = new Int32Array(paragraphs.length);
  let previousField = false;
  for (let p = 0; p < paragraphs.length; p++) {
    const from = paragraphs[p] as number;
    const body = r.text.slice(from, Math.min(r.layout.paragraphEnd(p), from + 200)).trim();
    const field = body.indexOf("\n") < 0 && LABELLED_LINE.test(body);
    block[p] = field && previousField ? (block[p - 1] as number) : p;
    previousField = field;
  }
  return block;
}

/** What is the anchor's when its name is the nearest to it in the paragraph. */
const SPECIAL_KIND: ReadonlySet<PersonalDataKind> = new Set<PersonalDataKind>(["special-category"]);
/** A letter's "you": the one it is written to. */
const SAID_TO_YOU = /\b(?:you|your)\b/i;
const RECORD_KINDS: ReadonlySet<PersonalDataKind> = new Set<PersonalDataKind>([
  "date-of-birth", "nhs-number", "national-insurance-number", "street-address", "postcode", "phone-number", "email-address", "case-reference",
]);

const RELATIVE = "(?:(?:two|three|four|eldest|oldest|youngest|little|elder|older|younger)[ \t]+)?(?:(?:step-?)?(?:sons?|daughters?|children|kids|mum|mother|dad|father|parents|brothers?|sisters?)|boys?|girls?|wife|husband|partner|fianc[e\u00e9]e?|grand(?:son|daughter|mother|father|children|ma|pa|ad|dad|parent)s?|granny|nana|nanna|nan|gran|aunt(?:ie|y)?|uncle|cousin|lodger|lad|lass|youngest|eldest|oldest|little[ \t]+ones?|(?:maid|matron)[ \t]+of[ \t]+honou?r|best[ \t]+(?:man|woman)|bridesmaids?|god(?:son|daughter|child|children|mother|father|parents?)s?)";
/** The writer's own family in the first person: "my two children", "my wife's", "our son". */
const MY_FAMILY = new RegExp(`\\b(?:my|our)[ \t]+${RELATIVE}\\b`, "i");
/** A parent or grandparent called as the family calls them ("Mum's review", "Nan's home"). */
const FAMILY_ELDER = /\b(?:mum|mom|mam|dad|nan|nana|nanna|gran|granny|grandad|grandma|grandpa)\b/i;
/** A sentence opening on the writer's relative: "My dad had a stroke …". */
const OPENS_ON_MY_RELATIVE = new RegExp(`^[ \\t\\n]*(?:[-*\\u2022][ \t]+)?(?:(?:in[ \t]+short|basically|briefly|as[ \t]+you[ \t]+know|sadly|unfortunately)[ \t]*[:,][ \t]*)?(?:(?:my|our)[ \t]+${RELATIVE}|(?:Mum|Mam|Dad|Nan|Grandad|Grandma)(?=[ \t]+(?:had|has|is|was|fell|died|passed)\\b))(?:['\\u2019]s)?[ \t]+(?!(?:client|case|service user|young person)\\b)`, "i");
/** The writer asking for leave for their family ("Could I take … as carer's leave?"): "Mum" there is theirs. */
const FAMILY_LEAVE = /\b(?:carer['\u2019]?s|compassionate|emergency|dependants?['\u2019]?|special)[ \t]+leave\b/i;

/** Words saying the message is about someone's case, not the writer's family: then no family anchor.
 * "One of our children in care" is the council speaking as a corporate parent, not a mother ("the
 * children in care health team" is a team's name). */
const CASE_WORDS = /\b(?:client|service users?|offender|victim|perpetrator|suspect|young person|person on probation|(?:on|from|in|of)[ \t]+(?:my|our|her|his|your|the)[ \t]+caseload|safeguarding|on licence|my cases?|(?:child|children|young people|kids)[ \t]+in[ \t]+(?:our[ \t]+)?care(?![ \t]+(?:health[ \t]+)?(?:team|service|nurse|council))|looked[- ]after|corporate[ \t]+parents?|(?:took|taken|taking|takes)[ \t]+(?:an|another)[ \t]+overdose|emergency[ \t]+placement|(?:come|came|comes|got)[ \t]+out[ \t]+of[ \t]+(?:prison|jail|custody))\b/i;

/** Before a name: someone's relative ("Chloe's parents, "); group 1 is whose. */
const ANCHORS_RELATIVE_BEFORE = new RegExp(`\\b([A-Z][\\w'\\u2019-]*)['\\u2019]s[ \t]+${RELATIVE}[ \t]*,?[ \t]*$`);
/** Harm the writer has seen or heard of ("seen at school with a bruise on her arm"): their own
 * words telling it make a safeguarding concern, whoever shares their family name. (A care home's
 * quoted report of a relative's fall is the family's news, so only the new text is read.) */
const HARM_SEEN = /\b(?:bruis(?:e|es|ed|ing)|injur(?:y|ies|ed)|marks?[ \t]+on[ \t]+(?:her|his|their)|burns?[ \t]+(?:on|to)[ \t]+(?:her|his|their)|hit|hitting|smacked|slapped|assault(?:ed)?|unexplained)\b/i;
const YOUR_CLIENT = /\byour[ \t]+client\b|\bclient[ \t]+care[ \t]+(?:letter|pack|agreement)\b/gi;
/** The agreements' processes and the harms they are about: a message naming one is about a case,
 * whoever shares the writer's family name in it ("core group", "section 47", "licence conditions",
 * "missing again … police aware … the MFH return interview"). */
const CASE_PROCESS = /\b(?:child[ \t]+protection|core[ \t]+group|strategy[ \t]+(?:meeting|discussion)|section[ \t]+47|s\.?[ \t]?47|cp[ \t]+plan|child[ \t]+in[ \t]+need|neglect|looked[ \t]+after|care[ \t]+(?:order|proceedings)|licence[ \t]+conditions?|recall|offen(?:ce|ces|ding|der|ders)|missing[ \t]+(?:again|from[ \t]+(?:home|care))|mfh|return[ \t]+interview|police[ \t]+(?:are[ \t]+)?aware|convict(?:ed|ion|ions)?|arrest(?:ed)?|on[ \t]+bail|remand(?:ed)?|custody|mappa|marac|domestic[ \t]+(?:abuse|violence)|abuse|exploitation|non-?mol(?:estation)?|supervised[ \t]+(?:contact|family[ \t]+time)|known[ \t]+persons?[ \t]+check|kpc|rtcn|risk[ \t]+(?:to|of)[ \t]+(?:children|harm)|legal[ \t]+(?:gateway|planning[ \t]+meeting)|pre-?proceedings|smel(?:t|led|ling)[ \t]+(?:strongly[ \t]+)?of[ \t]+(?:cannabis|weed|skunk))\b/i;

/** Before a name: the writer's own relative ("my father, Dennis Whitaker", "my partner Leanne",
 * "my partner as a named driver: Amy Laithwaite"). */
const MY_RELATIVE_BEFORE = new RegExp(`\\b(?:my|our)[ \t]+${RELATIVE}(?:[ \t]+as[ \t]+(?:a|an|the|my|our)[ \t]+(?:[a-z-]+[ \t]+){0,2}[a-z-]+[ \t]*:)?[ \t]*[,(]?[ \t]*$`, "i");
/** Before a name, in a message about the writer's family: "the children, Orla (9) and Cian (6)". */
const THE_CHILDREN_BEFORE = /\bthe[ \t]+(?:children|kids)[ \t]*[,:(]?[ \t]*$/i;
/** Before a name: a relative of someone just named ("my daughter Evie … Her mum Nicola will drop her"). */
const PRONOUN_RELATIVE_BEFORE = new RegExp(`\\b(?:her|his|their)[ \t]+${RELATIVE}[ \t]*[,(]?[ \t]*$`, "i");
/** How far (characters) "her mum" reaches back for the family member it is said of. */
const PRONOUN_REACH = 300;
/** After a name: the writer's own relative ("Hollie Garbutt (my stepdaughter)", "Sean, my son,"). */
const MY_RELATIVE_AFTER = new RegExp(`^[ \t]*[(,][ \t]*(?:(?:my|our)[ \t]+${RELATIVE}|(?:maid|matron)[ \t]+of[ \t]+honou?r|best[ \t]+(?:man|woman)|bridesmaid|usher|page[ \t]+boy|flower[ \t]+girl)\\b`, "i");
/** After a name: someone of the writer's household ("Harvey lives with me", "Rhys has lodged with us"). */
const HOUSEHOLD_AFTER = /^[ \t]+(?:(?:has|had|is|still|now|also)[ \t]+)*(?:lives?|living|lodges?|lodged|lodging|stays?|staying)[ \t]+with[ \t]+(?:me|us)\b/i;
/** Around a name: the writer joined to them ("Paul and I have both signed", "Marcus or I will"; not
 * "Dad is Jamie Rudkin and I'll be supervising", a new clause,
 * "Top table will be Tunde and me"). */
const WITH_I_AFTER = /^[ \t]+(?:and|or|&)[ \t]+(?:I|me)\b(?!['\u2019](?:ll|m|ve|d)\b)/;
const WITH_ME_BEFORE = /\b(?:me|I)[ \t]+(?:and|or|&)[ \t]+$/;
/** Before a name, in a quoted message written to the writer: "for you and Efua". */
const WITH_YOU_BEFORE = /\byou[ \t]+(?:and|&)[ \t]+$/i;
/** Before a name: the writer saying it is theirs ("Driver at the time: me, Oluwaseun Bankole"); a
 * full name only ("Going: me, Kyle, Tia" lists others). "me" is the field's value, after its label's
 * colon or opening a line: "Notes for me: Tyler-James Hickling, …" are about someone else. */
const ME_BEFORE = /[:\n][ \t]*me[ \t]*[,:(\u2013-][ \t]*$/i;
/** Before a name: a doctor's title (the writer's GP or consultant, not a relative or a case person). */
const DOCTOR_BEFORE = /\b(?:Dr|Doctor|Prof|Professor)\.?[ \t]+$/;
/** Before a name in a message about the writer's family: the one an appointment is with ("has an
 * appointment with Chris on Thursday", the physio), who sees or treats them. */
const APPOINTMENT_WITH_BEFORE = /\b(?:appointment|appt|session|consultation)[ \t]+with[ \t]+$/i;
/** A name written with a title: a doctor, a teacher, an official the writer deals with ("Dr Rao", "Mrs Lawal"). */
const TITLED = /^(?:Dr|Doctor|Prof|Professor|Mr|Mrs|Ms|Miss|Mx)\.?[ \t]/;
const DOCTOR_TITLED = /^(?:Dr|Doctor)\.?[ \t]/;

/** Before a name: it is the sender's former name, or the name they go by ("(she goes by Mary)"). */
const FORMER_NAME_BEFORE = /(?:maiden[ \t]+name|n[ée]e|formerly|previously[ \t]+known[ \t]+as|goes[ \t]+by|known[ \t]+as)[ \t:]*$/i;
/** Between the writer's name and their partner's on one line ("Couple: Ryan McBride and Sophie Delaney"). */
const AND_BETWEEN = /^[ \t]*(?:\([^()\n]{0,40}\)[ \t]*)?(?:and|&)[ \t]*$/;

/** Before the sender's name on its line: a form's parent or contact field ("Parent/guardian: ",
 * "Emergency contacts: Rory Blackwood … / "). */
const PARENT_FIELD_BEFORE = /(?:parent|guardian|mum|mother|dad|father|carer|emergency[ \t]+contacts?|next[ \t]+of[ \t]+kin)[^:\n]{0,20}:[^\n]{0,80}$/i;
/** A form's parent or contact field filled with "me" ("Emergency contacts: me (07700 900318) and her
 * mum, …", "Emergency contacts are me and her dad, …"): the writer is the parent. */
const PARENT_FIELD_ME = /\b(?:parent|guardian|emergency[ \t]+contacts?|next[ \t]+of[ \t]+kin)[^:\n]{0,20}(?::|[ \t]are|[ \t]is)[ \t]*me\b/i;
/** A form's line for a parent, up to the name: "Parent/guardian 2: ", "Other parent: ", "Dad: ". */
/** Before a name that opens a line: a lead-in about the writer's relative ending in a colon ("add
 * my partner as a named driver to my policy …:" ⏎ "Megan Doyle, date of birth …"; "my partner has
 * moved in … His details:" ⏎ "Name: Joel Hartley"; "add my partner as a named driver …?" ⏎ "Her details:" ⏎
 * "Name: Chloe Marsden"), perhaps with a field's label. */
const MY_RELATIVE_LEAD_IN = new RegExp(`\\b(?:my|our)[ \t]+${RELATIVE}\\b[^\\n]{0,200}(?:\\n(?:[ \t]*\\n)?[ \t]*(?:(?:his|her|their)[ \t]+)?details[ \t]*)?:[ \t]*\\n(?:[ \t]*\\n)?(?:[ \t]*[A-Za-z][A-Za-z ]{0,20}:[ \t]*)?$`, "i");

/** A table cell that is a relationship ("Partner", "Daughter"): a row of a family's own table. */
const RELATIVE_CELL = new RegExp(`^[ \t]*(?:my[ \t]+)?${RELATIVE}[ \t]*$`, "i");

/** Whether the name's table row (cells split by tabs) gives a relationship, in a table where
 * another row does too for someone of the writer's family name ("Amy Roberts | Partner | …" above
 * "Isla Jacques | Daughter | …"): the writer's own family table (a pension nomination, an insurer's
 * form). The writer listed by job in a case family's table ("Hollie Marsden | SPO") is no such row. */
function familyTableRow(text: string, span: Span, family: string): boolean {
  const start = text.lastIndexOf("\n", span.start - 1) + 1;
  const rows = tableRowsAround(text, start);
  const relativeRow = (row: string): boolean => row.split("\t").some((cell) => RELATIVE_CELL.test(cell));
  const own = rows.find((row) => row.start === start);
  if (!own || !relativeRow(own.text)) return false;
  return rows.some((row) => row.start !== start && relativeRow(row.text) && row.text.split("\t").some((cell) => plainNameWords(cell).some((w) => fold(w) === fold(family))));
}

/** The table's rows (consecutive lines holding a tab, at most twenty each way) around the line at `start`. */
function tableRowsAround(text: string, start: number): { start: number; text: string }[] {
  const rowAt = (from: number): { start: number; text: string } | null => {
    const end = text.indexOf("\n", from);
    const line = text.slice(from, end < 0 ? text.length : end);
    return line.indexOf("\t") >= 0 ? { start: from, text: line } : null;
  };
  const first = rowAt(start);
  if (!first) return [];
  const rows = [first];
  for (let from = start, n = 0; from > 0 && n < 20; n++) {
    from = text.lastIndexOf("\n", from - 2) + 1;
    const row = rowAt(from);
    if (!row) break;
    rows.unshift(row);
  }
  for (let from = start, n = 0; n < 20; n++) {
    const end = text.indexOf("\n", from);
    if (end < 0) break;
    from = end + 1;
    const row = rowAt(from);
    if (!row) break;
    rows.push(row);
  }
  return rows;
}

const PARENT_LINE_BEFORE = /^[ \t]*(?:[-*\u2022][ \t]*)?(?:(?:other[ \t]+)?parent(?:[ \t]*\/[ \t]*(?:guardian|carer))?|guardian|mum|mother|dad|father)(?:[ \t]*\(?[12]\)?)?[ \t]*:[ \t]*$/i;
/** The writer beside the child's other parent: "His mum or I will pick up", "me and his dad". */
const PARENT_WITH_ME = /\b[Hh](?:is|er)[ \t]+(?:mum|dad|mother|father)[ \t]+(?:or|and|&)[ \t]+(?:I|me)\b|\b(?:I|[Mm]e)[ \t]+(?:or|and|&)[ \t]+[Hh](?:is|er)[ \t]+(?:mum|dad|mother|father)\b/;
/** After the sender's name: "(mum)", "(dad)", "(Josh's dad)", "(Isla and Finn's dad)" (groups 1 and 2: the children's names). */
const PARENT_AFTER = /^[ \t]*(?:\r?\n[ \t]*)?\((?:([A-Z][\w'\u2019-]*)(?:[ \t]+(?:and|&)[ \t]+([A-Z][\w'\u2019-]*))?['\u2019]s[ \t]+)?(?:step-?)?(?:mum|dad|mother|father|parent|guardian)\b[^()\n]{0,30}\)/i;

/** Whether the writer names themselves as a parent or a contact in the new message ("Emergency
 * contacts: Lauren Dakin (mum) …", "Parent/guardian: Aisha Rahman", a sign-off "Dan Fenwick (Josh's
 * dad)"): it is their family's. Adds the child named so to `familyGiven`. */
function senderAsParent(r: MessageReading, sender: SenderName, familyGiven: Set<string>, newText: string): boolean {
  let found = PARENT_FIELD_ME.test(newText) || PARENT_WITH_ME.test(newText);
  for (let i = 0; i < r.spans.length; i++) {
    const span = r.spans[i] as Span;
    if (span.kind !== "person-name" || (r.places.partOf(i)?.message ?? 0) !== 0) continue;
    // The sender in full, or signing off with their first name ("Karen (Alfie's mum, Oak class)").
    const words = plainNameWords(span.text);
    if (!isSenderFullName(sender, span.text) && !(words.length === 1 && sender.given.includes(fold(words[0] as string)))) continue;
    const lineStart = r.text.lastIndexOf("\n", span.start - 1) + 1;
    const after = PARENT_AFTER.exec(r.text.slice(span.end, span.end + 40));
    if (after?.[1]) familyGiven.add(after[1].toLowerCase());
    if (after?.[2]) familyGiven.add(after[2].toLowerCase());
    if (after || PARENT_FIELD_BEFORE.test(r.text.slice(lineStart, span.start))) found = true;
  }
  return found;
}

/** Whether the new message names the writer in full and, beside them, someone of their family name
 * ("Mrs Nicola Jane Fenwick – 09/11/1982 / Mr Stuart Paul Fenwick – …" on a booking) or joined to
 * them by "and" ("Account holders: Owen Jacques and Amy Roberts"). */
function listedWithKin(r: MessageReading, sender: SenderName): boolean {
  let self = false;
  let kin = false;
  let selfEnd = -1;
  for (const i of r.textNames) {
    const part = r.places.partOf(i);
    if (!part || part.message !== 0 || part.kind !== "text") continue;
    const span = r.spans[i] as Span;
    if (isSenderFullName(sender, span.text)) {
      self = true;
      selfEnd = span.end;
    } else if (sameFamilyName(plainNameWords(span.text), sender.family) || (selfEnd >= 0 && AND_BETWEEN.test(r.text.slice(selfEnd, span.start)))) kin = true;
  }
  return self && kin;
}

/** Before an identifier: the writer giving their own ("My NI number is ", "my date of birth: ",
 * "My NHS number, as requested: "). */
const MY_NUMBER_BEFORE = /\bmy[ \t]+(?:NI|national[ \t]+insurance|NHS|date[ \t]+of[ \t]+birth|DOB|driving[ \t]+licence|passport|(?:personal[ \t]+)?(?:mobile|phone|telephone|home[ \t]+phone|landline))(?:[ \t]+(?:number|no\.?))?(?:[ \t]*,[ \t]*as[ \t]+(?:requested|asked))?[ \t]*(?:is|:|-|,|is[ \t]+(?:unchanged|still[ \t]+the[ \t]+same|the[ \t]+same)[ \t]*\()[ \t]*$/i;

/** In `own`: a titled person a message about the writer's family names (their teacher, GP, landlord). */
export const TITLED_PROFESSIONAL = 2;

/** How far back (characters, within the part) a special-category term looks for its anchor. */
const MAX_TERM_REACH = 800;

/** Capitalised words ending in a team's or a service's word: its name ("Integrated Offender
 * Management" on a signature's job line), no case told ("Looked After Child" tells one). */
const TITLE_CASE_RUN = /\b(?:[A-Z][a-z'\u2019-]+[ \t]+(?:(?:of|and|&)[ \t]+)?)+(?:Management|Service|Services|Team|Unit|Hub|Partnership|Board|Department|Directorate|Programme|Panel|Office)\b/g;

/** Whether a part's text says it is about a case: case words or a case process named, outside
 * the names of teams and services. */
function namesACase(partText: string): boolean {
  // Staff's own day at a case meeting ("MAPPA level 2 reviews: Darius is happy to attend", "I'm
  // chairing two child protection conferences in Chesterfield that day") names no case.
  const words = withoutNegatedHarm(partText).replace(YOUR_CLIENT, "").replace(TITLE_CASE_RUN, " ").replace(STAFF_RUNNING_CASEWORK, " ").replace(STAFF_AT_CASE_MEETING, " ");
  return CASE_WORDS.test(words) || CASE_PROCESS.test(words);
}

/** Whether a name is written as a doctor's ("Dr Anand", "Doctor Shah"). */
function namedAsDoctor(text: string, span: Span): boolean {
  return DOCTOR_BEFORE.test(text.slice(Math.max(0, span.start - 12), span.start)) || DOCTOR_TITLED.test(span.text);
}

/** A form's field for someone who deals with the writer at work or in their care: "Manager: ",
 * "Line manager: ", "GP: ", "Referred by: ". Its name takes none of the form's details. */
const STAFF_FIELD_BEFORE = /(?:^|\n)[ \t]*(?:(?:line|team|my|service|ward)[ \t]+)?(?:manager|supervisor|team[ \t]+leader|gp|consultant|surgeon|referrer|referred[ \t]+by|hr[ \t]+(?:contact|advis[eo]r|business[ \t]+partner))[ \t]*:[ \t]*$/i;

/** Whether the words around a name in the writer's text make them of the writer's household. */
function householdAround(text: string, span: Span): boolean {
  const after = text.slice(span.end, span.end + 40);
  return MY_RELATIVE_AFTER.test(after) || HOUSEHOLD_AFTER.test(after) || WITH_I_AFTER.test(after) || WITH_ME_BEFORE.test(text.slice(Math.max(0, span.start - 10), span.start));
}

/** An employer's number for a member of staff: "Staff number", "employee no.", "payroll ID", the
 * NHS's "Assignment number". */
const EMPLOYEE_NUMBER = /\b(?:staff|employee|payroll|personnel|pay|assignment)[ \t]+(?:number|no\.?|id|ref(?:erence)?)\b|\b(?:was|is|has[ \t]+been|were)[ \t]+employed[ \t]+(?:by|at|as|with)\b|\bdates[ \t]+of[ \t]+employment\b/i;
/** Words giving a record to someone a case concerns. */
const SOMEONE_ELSES = /\b(?:offenders?|clients?|service[ \t]+users?|victims?|supervis(?:e|es|ing)|cases?)\b/i;
/** How far either side of an NI number its employee number is looked for. */
const EMPLOYEE_REACH = 120;

/** Someone unnamed being served, not the writer: a referral, a care package, a discharge, an age
 * ("Gentleman, aged 79, … NHS number: …", "refer a 17-year-old who's been sofa surfing"). */
const SOMEONE_SERVED =
  /\b(?:refer(?:s|red|ring|rals?)?|package[ \t]+of[ \t]+care|care[ \t]+package|discharg(?:e|ed|ing)|support[ \t]+plan|placements?|gentleman|lady|aged[ \t]+\d|\d+[- ]year[- ]old|sofa[- ]surfing|homeless)\b/i;

/** The writer's own child in their words ("our youngest", "my son"); lower case, so not "our Children in Need service". */
const MY_CHILD = /\b(?:[Mm]y|[Oo]ur)[ \t]+(?:(?:little|two|three|eldest|oldest|youngest)[ \t]+)?(?:sons?|daughters?|children|kids|youngest|eldest|oldest|little[ \t]+ones?|boys?|girls?)\b(?![ \t]+in[ \t]+care\b)/;

/** A quoted message written to the writer as a parent ("Dear parents and carers, If your child
 * receives funded hours …" from the nursery): the writer answers for their own child. */
const TO_A_PARENT = /\bdear[ \t]+(?:parents?|parents?[ \t]*(?:and|&|\/)[ \t]*carers?)\b|\byour[ \t]+(?:child|child['\u2019]s|son|daughter|children)\b/i;

/** A quoted greeting to a couple ("Dear Mr and Mrs Adeyemi,"): group 1, their family name. */
const TO_A_COUPLE = /^[ \t\n>]*dear[ \t]+(?:mr|mrs|ms|mx|dr)\.?[ \t]+(?:and|&)[ \t]+(?:mr|mrs|ms|mx|dr)\.?[ \t]+([A-Za-z'\u2019-]+)/i;

/** Whether a quoted message is written to the writer as a parent: to "parents and carers", of
 * "your child", or to the writer and their partner by the writer's family name ("Dear Mr and Mrs
 * Adeyemi, I'd like to arrange Tobi's termly support plan review"). */
function writtenToAsParent(text: string, parts: readonly Part[], sender: SenderName | undefined): boolean {
  return parts.some((p) => {
    if (p.message === 0) return false;
    if (isTextPart(p) && TO_A_PARENT.test(text.slice(p.start, Math.min(p.end, p.start + 4000)))) return true;
    const couple = p.kind === "greeting" && sender ? TO_A_COUPLE.exec(text.slice(p.start, p.end)) : null;
    return !!couple && !!sender && fold(couple[1] as string) === sender.family;
  });
}

/** Whether the new message's text names no one but the sender, the recipients and the people of
 * headers and signatures. */
function namesOnlyKnown(r: MessageReading): boolean {
  for (const i of r.textNames) {
    if (r.places.partOf(i)?.message === 0 && !r.isKnown((r.spans[i] as Span).text)) return false;
  }
  return true;
}

/** A form's given-names field: "Forenames: ", "First name(s): ". */
const FORENAMES_BEFORE = /(?:^|\n)[ \t]*(?:fore ?names?|first[ \t]+names?|first[ \t]+name\(s\)|given[ \t]+names?|christian[ \t]+names?)[ \t]*:[ \t]*$/i;
/** A form's family-name field and its value (group 1). */
const SURNAME_FIELD = /(?:^|\n)[ \t]*(?:surname|last[ \t]+name|family[ \t]+name)[ \t]*:[ \t]*([A-Za-z'\u2019-]+)[ \t]*(?=\n|$)/gi;

/** A form giving the sender by its fields ("Surname: Fairclough / Forenames: Abigail Louise" from
 * abi.fairclough@…): the family name in its field within two lines, and the first given name the
 * sender's or one the sender's short form starts ("Abi" for "Abigail"). */
function formNamesSender(text: string, span: Span, sender: SenderName): boolean {
  if (!FORENAMES_BEFORE.test(text.slice(Math.max(0, span.start - 40), span.start))) return false;
  const first = fold(plainNameWords(span.text)[0] ?? "");
  if (first === "" || !sender.given.some((g) => g.length >= 2 && first.startsWith(g))) return false;
  const near = text.slice(Math.max(0, span.start - 200), Math.min(text.length, span.end + 200));
  // An exec loop, not matchAll: the Send runtime is ES2016.
  SURNAME_FIELD.lastIndex = 0;
  for (let m = SURNAME_FIELD.exec(near); m !== null; m = SURNAME_FIELD.exec(near)) if (fold(m[1] as string) === fold(sender.family)) return true;
  return false;
}

/** Whether `at` is inside a bracket opened earlier on its line. */
function inBrackets(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf("\n", at - 1) + 1;
  const before = text.slice(Math.max(lineStart, at - 200), at);
  return before.lastIndexOf("(") > before.lastIndexOf(")");
}

/** `markedSubject`: the subject carries the OFFICIAL-SENSITIVE marking, so the message is case mail.
 * `toRelatives`: every recipient shares the sender's family name (knownPeople.ts). `subject`: the message's own. */
export function writersOwnPeople(r: MessageReading, parts: readonly Part[], sender: SenderName | undefined, markedSubject = false, toRelatives = false, subject = ""): Uint8Array {
  const { text, spans } = r;
  const own = new Uint8Array(spans.length);
  const staffText = (i: number): boolean => {
    const part = r.places.partOf(i);
    return isTextPart(part) && r.writerIsStaff(part);
  };
  const newText = parts
    .filter((p) => p.message === 0 && p.kind === "text")
    .map((p) => text.slice(p.start, p.end))
    .join("\n");
  /** Given names of the writer's family found so far ("anika"), for their later mentions alone. */
  const familyGiven = new Set<string>();
  const asParent = !!sender && senderAsParent(r, sender, familyGiven, newText);
  // "your client questionnaire": the writer is the solicitor's client, not someone's worker.
  const toParent = writtenToAsParent(text, parts, sender);
  const familyTold = (MY_FAMILY.test(newText) || (FAMILY_LEAVE.test(newText) && FAMILY_ELDER.test(newText)) || asParent || (!!sender && listedWithKin(r, sender)) || toParent) && !CASE_WORDS.test(newText.replace(YOUR_CLIENT, ""));
  /** The writer writes as a parent: of "my son", "our youngest", as a form's parent, or to a nursery's "Dear parents". */
  const asAParent = asParent || toParent || MY_CHILD.test(newText);
  // No case words anywhere in the message's text: someone of the sender's family name, even in a
  // quoted reply from the dentist or the care home ("Dear Mrs Tait, … Rory Tait (DOB …)"), is
  // theirs. A case person sharing the worker's family name is a coincidence, and case mail says
  // whose case it is (a marked subject says so too: "Libby Jones (DOB …) has moved" from Faith Spencer-Jones).
  const quietOfCases = !markedSubject && !!sender && !HARM_SEEN.test(withoutNegatedHarm(newText)) && !parts.some((p) => isTextPart(p) && namesACase(text.slice(p.start, p.end)));

  // The writer's relative's health in their own sentence: no name in it at all.
  if (familyTold) {
    const namedSentences = new Set<number>();
    for (const i of r.textNames) namedSentences.add(r.spanSentence[i] as number);
    for (let i = 0; i < spans.length; i++) {
      const s = r.spanSentence[i] as number;
      if ((spans[i] as Span).kind === "special-category" && !namedSentences.has(s) && staffText(i) && r.places.partOf(i)?.message === 0 && OPENS_ON_MY_RELATIVE.test(r.layout.sentenceText(s))) own[i] = 1;
    }
  }
  // The other side writing to the writer and someone together ("Hi Jamal and Priya,", "for you and
  // Efua"), in a message quiet of cases: that someone is of the writer's household.
  if (quietOfCases && sender) addGreetedWithWriter(r, sender, familyGiven);
  const anchor = new Uint8Array(spans.length);
  /** Family names (folded) of the family found so far, for their kin named in full. */
  const kinFamilies = new Set<string>();
  let lastAnchorEnd = -1;
  for (const i of r.textNames) {
    const span = spans[i] as Span;
    const part = r.places.partOf(i);
    if (!isTextPart(part)) continue;
    const words = plainNameWords(span.text);
    const before = text.slice(Math.max(0, span.start - 40), span.start);
    if ((sender && (isSenderFullName(sender, span.text) || formNamesSender(text, span, sender))) || (ME_BEFORE.test(span.start <= 40 ? `\n${before}` : before) && words.length > 1 && (part?.message ?? 0) === 0 && r.writerIsStaff(part))) {
      anchor[i] = 1;
      // "Name: Lewis Barker … Lewis has had …": the writer, by their first name.
      if (words.length > 1) familyGiven.add(words[0] as string);
    }
    else if (lastAnchorEnd >= 0 && span.start - lastAnchorEnd < 40 && (FORMER_NAME_BEFORE.test(text.slice(lastAnchorEnd, span.start)) || (familyTold && AND_BETWEEN.test(text.slice(lastAnchorEnd, span.start))))) {
      anchor[i] = 1;
      familyGiven.add(words[0] as string);
    } else if (familyTold && familyGiven.has(ANCHORS_RELATIVE_BEFORE.exec(before)?.[1]?.toLowerCase() ?? "")) {
      // "Chloe's parents, David and Janet Barker": a relative of someone of the family.
      anchor[i] = 1;
      familyGiven.add(words[0] as string);
    } else {
      const newStaff = (part?.message ?? 0) === 0 && r.writerIsStaff(part);
      const toldHere = familyTold && newStaff;
      const open = toldHere || quietOfCases;
      const family =
        (open && !!sender && sameFamilyName(words, sender.family)) ||
        (toldHere && (MY_RELATIVE_BEFORE.test(before) || THE_CHILDREN_BEFORE.test(before) || (lastAnchorEnd >= 0 && span.start - lastAnchorEnd < PRONOUN_REACH && PRONOUN_RELATIVE_BEFORE.test(before)))) ||
        // Written to with the writer in a quoted message: "for you and Efua".
        (quietOfCases && !!part && part.message > 0 && WITH_YOU_BEFORE.test(before)) ||
        // The writer says so: "Hollie Garbutt (my stepdaughter)", "Harvey lives with me", "Paul and I".
        (open && newStaff && householdAround(text, span)) ||
        // Named on the lines a lead-in about the writer's relative opens, or in the family's own table.
        (open && newStaff && MY_RELATIVE_LEAD_IN.test(text.slice(Math.max(0, span.start - 300), span.start))) ||
        (open && newStaff && !!sender && familyTableRow(text, span, sender.family)) ||
        // The child's other parent, on the form's line that names the writer as one ("Parent/guardian: Stacey Wragg (mum) …, Jamie Hinds (dad) …").
        (asParent && open && newStaff && words.length > 1 && lastAnchorEnd >= 0 && span.start - lastAnchorEnd < 80 && text.slice(lastAnchorEnd, span.start).indexOf("\n") < 0 && PARENT_AFTER.test(text.slice(span.end, span.end + 40)) && PARENT_AFTER.test(text.slice(lastAnchorEnd, lastAnchorEnd + 40))) ||
        // Or on the form's next parent line ("Parent/guardian 1: Amara Nwosu (me)" … "Parent/guardian 2: Liam Bell").
        (asParent && open && newStaff && words.length > 1 && lastAnchorEnd >= 0 && span.start - lastAnchorEnd < 200 && PARENT_LINE_BEFORE.test(text.slice(text.lastIndexOf("\n", span.start - 1) + 1, span.start)));
      if (family) {
        anchor[i] = 1;
        familyGiven.add(words[0] as string);
      } else if (open && (familyGiven.has(words[0] as string) || (words.length > 1 && kinFamilies.has(fold(words[words.length - 1] as string))))) {
        // Named before, or of the family name of the writer's kin ("Authorised to collect: Kofi Mensah, Grace Mensah").
        anchor[i] = 1;
      }
    }
    if (anchor[i]) {
      lastAnchorEnd = span.end;
      if (words.length > 1) kinFamilies.add(fold(words[words.length - 1] as string));
    }
  }
  // An address whose name part carries the sender's family name ("simon.reeve77@…" for Joanna
  // Reeve) is the family's, and so is that person's first name.
  if (quietOfCases && sender) {
    for (let i = 0; i < spans.length; i++) {
      const span = spans[i] as Span;
      if (span.kind !== "email-address" || !isTextPart(r.places.partOf(i)) || !r.writerIsStaff(r.places.partOf(i))) continue;
      const local = plainNameWords(span.text.slice(0, span.text.indexOf("@")).replace(/\d+/g, " ").replace(/[._]/g, " "));
      if (local.length >= 2 && sameFamilyName(local, sender.family) && !isSenderFullName(sender, local.join(" "))) {
        own[i] = 1;
        familyGiven.add(local[0] as string);
      }
    }
  }
  // A quoted message written to the writer ("Dear Mrs Nightingale,") that names no one else: its
  // records are the writer's own (their pension statement, their GP's letter, forwarded home).
  if (quietOfCases && sender) for (const i of recordsInLettersToWriter(r, sender, RECORD_KINDS)) own[i] = 1;
  // Its health said to the writer ("I confirm that you have been diagnosed with type 2 diabetes"),
  // in a sentence of "you" and no one else, is the writer's own.
  if (quietOfCases && sender) {
    for (const i of recordsInLettersToWriter(r, sender, SPECIAL_KIND)) {
      const k = r.spanSentence[i] as number;
      const said = text.slice(r.layout.sentences[k] as number, r.layout.sentenceEnd(k));
      if (SAID_TO_YOU.test(said) && !THIRD_PERSON.test(said)) own[i] = 1;
    }
  }
  // A first name written before the full name that made it the family's ("Paul's details: Paul Sowerby").
  for (const i of r.textNames) {
    const words = plainNameWords((spans[i] as Span).text);
    if (anchor[i] || words.length !== 1 || !familyGiven.has(words[0] as string)) continue;
    const part = r.places.partOf(i);
    if (quietOfCases || (familyTold && (part?.message ?? 0) === 0 && r.writerIsStaff(part))) anchor[i] = 1;
  }

  // A message about the writer's family that names no one else (the writer, the recipients, their
  // family, someone titled: a doctor, a teacher): its special-category terms and records are the
  // family's ("Her dementia has moved on", "Dad's … Date of birth: …").
  if (familyTold) {
    let someoneElse = false;
    const titledAt = new Uint8Array(spans.length);
    for (const i of r.textNames) {
      const part = r.places.partOf(i);
      if (!part || part.message !== 0 || part.kind === "greeting" || !isTextPart(part)) continue;
      const span = spans[i] as Span;
      titledAt[i] = TITLED.test(span.text) || DOCTOR_BEFORE.test(text.slice(Math.max(0, span.start - 12), span.start)) || APPOINTMENT_WITH_BEFORE.test(text.slice(Math.max(0, span.start - 30), span.start)) ? 1 : 0;
      // In a message quiet of cases, a first name alone ("Could I book Harry (9) and Alfie (7)") is
      // taken for the family the writer speaks of; a full name of another family is someone else.
      if (!anchor[i] && !r.isKnown(span.text) && !titledAt[i] && !(quietOfCases && plainNameWords(span.text).length === 1)) someoneElse = true;
    }
    for (let i = 0; i < spans.length; i++) {
      const kind = (spans[i] as Span).kind;
      if (!someoneElse && (kind === "special-category" || RECORD_KINDS.has(kind)) && staffText(i) && r.places.partOf(i)?.message === 0) own[i] = 1;
      // The titled people a message about the family names are its teacher, doctor, landlord.
      else if (kind === "person-name" && !anchor[i] && titledAt[i]) own[i] = TITLED_PROFESSIONAL;
      // Quiet of cases, where the writer writes as a parent and names no one official, the first
      // names alone it gives ("Isla's DOB is …") are their children.
      else if (kind === "person-name" && asAParent && !someoneElse && !titledAt.some((t) => t > 0) && quietOfCases && staffText(i) && r.places.partOf(i)?.message === 0 && plainNameWords((spans[i] as Span).text).length === 1) own[i] = 1;
    }
    // The letter it answers, written to the writer ("Dear Callum, … your dad's routine, his
    // medication"), speaks of the same family.
    if (!someoneElse && sender) for (const i of recordsInLettersToWriter(r, sender, SPECIAL_KIND)) own[i] = 1;
    // So does the thread's subject quoted in its headers ("Subject: Mum's medication and the GP visit").
    if (!someoneElse) {
      for (let i = 0; i < spans.length; i++) {
        const span = spans[i] as Span;
        if (span.kind !== "special-category" || !r.inQuotedSubject(span.start)) continue;
        const line = text.slice(text.lastIndexOf("\n", span.start - 1) + 1, span.start);
        if (FAMILY_ELDER.test(line) && !r.textNames.some((j) => r.inQuotedSubject((spans[j] as Span).start) && Math.abs((spans[j] as Span).start - span.start) < 200)) own[i] = 1;
      }
    }
  }

  // The writer's own affairs, told of no one else (a council-tax move, a pension transfer, meter
  // readings): in a message quiet of cases whose new text names no one but the writer and the
  // people it is written to and speaks of no third person, the records it gives are the writer's
  // ("New address from 1 Dec: …", "NI: …"). A date of birth only in the first person: "Maisy Hall
  // (DOB …) has moved to …", with a name no list knows, is a case's (fail closed).
  if (quietOfCases && !THIRD_PERSON.test(newText.replace(AS_A_CHILD, " ")) && !SOMEONE_SERVED.test(newText) && namesOnlyKnown(r)) {
    const firstPerson = FIRST_PERSON.test(newText);
    for (let i = 0; i < spans.length; i++) {
      const kind = (spans[i] as Span).kind;
      if (RECORD_KINDS.has(kind) && (firstPerson || kind !== "date-of-birth") && staffText(i) && r.places.partOf(i)?.message === 0) own[i] = 1;
    }
  }

  // Family mail: written to relatives only ("Shabs, … Mum's being discharged Thursday … they asked
  // for her DOB"), in a message quiet of cases, the records the new text gives are the family's.
  // Their health too, when the new text or the subject speaks of the family's own ("Mum's review …
  // her dementia has moved on", "RE: Dad's fees"), told in a sentence that names no one.
  // The relatives' own earlier messages quoted in the thread ("Here's my go at a rota for Mum …
  // now the Parkinson's is making her so unsteady") tell the family's health too.
  if (quietOfCases && toRelatives) {
    const familyHealth = FAMILY_ELDER.test(newText) || FAMILY_ELDER.test(subject.slice(0, 300));
    const namedSentences = new Set<number>();
    for (const i of r.textNames) namedSentences.add(r.spanSentence[i] as number);
    for (let i = 0; i < spans.length; i++) {
      const kind = (spans[i] as Span).kind;
      const unnamedHealth = familyHealth && kind === "special-category" && !namedSentences.has(r.spanSentence[i] as number);
      if (RECORD_KINDS.has(kind) && staffText(i) && r.places.partOf(i)?.message === 0) own[i] = 1;
      else if (unnamedHealth && isTextPart(r.places.partOf(i))) own[i] = 1;
    }
  }

  // An employee's records: an NI number, a date of birth or a contact number beside a staff or employee number
  // ("Staff number: 6021447 / NI number: …", HR's "your record (employee number 217736, NI number
  // …)", an occupational health referral's "Employee no. 204417 / Date of birth …"), or in a
  // reference's "was employed by", is staff's pay and personnel business, not a case's; not where
  // the paragraph tells of a case.
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i] as Span;
    if ((span.kind !== "national-insurance-number" && span.kind !== "date-of-birth" && span.kind !== "phone-number") || !isTextPart(r.places.partOf(i))) continue;
    const around = text.slice(Math.max(0, span.start - EMPLOYEE_REACH), span.end + EMPLOYEE_REACH);
    if (!EMPLOYEE_NUMBER.test(around) || STRONG_CASE_WORDING.test(around)) continue;
    // Its own line says whose it is when it is someone else's: "NI number of the offender I supervise:".
    const line = text.slice(Math.max(text.lastIndexOf("\n", span.start - 1) + 1, span.start - EMPLOYEE_REACH), span.start);
    if (!THIRD_PERSON.test(line) && !SOMEONE_ELSES.test(line)) own[i] = 1;
  }

  // Each span's nearest name: the last before it, skipping bracketed asides, doctors (the letter
  // "from Dr Anand … confirming his ADHD diagnosis" is about the patient named before) and a
  // form's staff fields ("Manager: Patrick Onslow").
  const nameBefore = new Int32Array(spans.length).fill(-1);
  let last = -1;
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i] as Span;
    nameBefore[i] = last;
    if (span.kind !== "person-name" || !r.places.asText[i]) continue;
    if (anchor[i] || (!inBrackets(text, span.start) && !namedAsDoctor(text, span) && !STAFF_FIELD_BEFORE.test(text.slice(Math.max(0, span.start - 40), span.start)))) last = i;
  }
  const block = fieldBlocks(r);
  const paragraphOf = (i: number): number => block[r.layout.paragraphOf((spans[i] as Span).start)] as number;
  // And the first name after it in its paragraph, found in one backward pass.
  const nameAfter = new Int32Array(spans.length).fill(-1);
  let next = -1;
  for (let i = spans.length - 1; i >= 0; i--) {
    if (next >= 0 && paragraphOf(next) !== paragraphOf(i)) next = -1;
    nameAfter[i] = next;
    if ((spans[i] as Span).kind === "person-name" && r.places.asText[i]) next = i;
  }
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i] as Span;
    if (span.kind === "person-name") {
      if (anchor[i]) own[i] = 1;
      continue;
    }
    if (!RECORD_KINDS.has(span.kind) && span.kind !== "special-category") continue;
    const part = r.places.partOf(i);
    if (!isTextPart(part)) continue;
    if (RECORD_KINDS.has(span.kind) && r.writerIsStaff(part) && MY_NUMBER_BEFORE.test(text.slice(Math.max(0, span.start - 40), span.start))) {
      own[i] = 1;
      continue;
    }
    let k = nameBefore[i] as number;
    if (k >= 0 && r.places.partOf(k) !== part) k = -1;
    if (RECORD_KINDS.has(span.kind)) {
      // With no name before it in its paragraph, the first name after it there ("Booking
      // reference: DS-884172 / Name: Jas Bains").
      if (k < 0 || paragraphOf(k) !== paragraphOf(i)) k = nameAfter[i] as number;
      if (k >= 0 && anchor[k]) own[i] = 1;
    } else if (k >= 0 && anchor[k] && span.start - (spans[k] as Span).end <= MAX_TERM_REACH) own[i] = 1;
  }
  return own;
}
