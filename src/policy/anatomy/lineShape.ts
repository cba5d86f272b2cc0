/**
 * What one line looks like: a greeting, a sign-off, a signature line (name, title, organisation,
 * address, contact details), a sentence, case details; and disclaimer wording in a paragraph.
 * Callers pass at most the first HEAD characters of a line, so a very long line costs no more
 * than a short one.
 *
 * The regexes here have no nested quantifiers and no ES2018+ features: this code runs in the
 * ES2016 Send bundle and must not backtrack on hostile input.
 */
import { BANNER_PHRASES, DISCLAIMER_HINTS, DISCLAIMER_PHRASES, GREETING_GROUP_WORDS, GREETING_WORDS, MAIL_WORDS, SIGN_OFF_PHRASES, SIGNATURE_LABELS } from "./data/phrases";
import { isSpace } from "../text/whitespace";

/** Characters of a line that classification looks at. */
export const HEAD = 240;


function isLetterCode(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f);
}

function isUpperStart(word: string): boolean {
  const c = word.charCodeAt(0);
  return (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) || c === 0x174 || c === 0x176;
}

function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** Phrases grouped by first character, so a line is compared only with those that can match. */
function byInitial(phrases: readonly string[]): { [initial: string]: string[] } {
  const out: { [initial: string]: string[] } = {};
  for (const p of phrases) (out[p.charAt(0)] = out[p.charAt(0)] || []).push(p);
  return out;
}

const SIGN_OFFS = byInitial(SIGN_OFF_PHRASES);
const GREETINGS = byInitial(GREETING_WORDS);
const GROUP_WORDS = new Set(GREETING_GROUP_WORDS);
const LABELS = new Set(SIGNATURE_LABELS);
const TITLES = new Set(["mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "cllr", "councillor", "sir", "dame", "rev", "revd", "lord", "lady"]);

/** Lower-case words that may sit between the capitalised words of a name, title or address. */
const CONNECTORS = new Set(["of", "for", "in", "and", "or", "the", "at", "on", "upon", "under", "de", "van", "von", "der", "den", "da", "di", "le", "la", "du", "y", "a'r", "yr", "ac", "yn", "a", "i", "o", "ar", "gyda", "bin", "bint", "al", "el", "&", "-", "–", "—", "|", "/"]);

/** A name-like token: "Tom", "O'Brien", "Smith-Jones", "J.", "McAllister". */
const NAME_TOKEN = /^[A-ZÀ-ÖØ-ÞŴŶ][A-Za-zÀ-ÖØ-öø-ÿŵŷŴŶ'’.-]*$/;

/** Trailing punctuation a greeting or sign-off may end with. */
const TERMINATORS = ",!.:;–—-";

/** A token without the quotes, brackets and punctuation around it ("(Tom)," → "Tom"). */
function stripPunct(token: string): string {
  let s = 0;
  let e = token.length;
  while (s < e && "\"'“”‘’([{*_".indexOf(token.charAt(s)) >= 0) s++;
  while (e > s && "\"'“”‘’)]}*_,.;:!?".indexOf(token.charAt(e - 1)) >= 0) e--;
  return token.slice(s, e);
}

/**
 * Length of the greeting at the start of `line` (trimmed content), or -1 when it is none: the
 * greeting word, then up to four words that name or address people, then punctuation. When more
 * text follows on the line without punctuation between, only the greeting word is the greeting
 * (the rest is read as text).
 */
export function greetingLength(line: string): number {
  const s = line.length > HEAD ? line.slice(0, HEAD) : line;
  const lower = s.toLowerCase();
  let wordEnd = -1;
  for (const w of GREETINGS[lower.charAt(0)] || []) {
    if (lower.lastIndexOf(w, 0) === 0 && (lower.length === w.length || !isLetterCode(lower.charCodeAt(w.length)))) {
      wordEnd = w.length;
      break;
    }
  }
  if (wordEnd < 0) return loneNameGreeting(s);
  // Names or group words after the greeting word.
  let at = wordEnd;
  let end = wordEnd;
  let terminated = false;
  for (let n = 0; n < 5 && !terminated; n++) {
    let i = at;
    while (i < s.length && isSpace(s.charCodeAt(i))) i++;
    if (i >= s.length) break;
    // Punctuation right after the greeting word or a name ("Hi,", "Hi Tom,", "Sam –").
    if (TERMINATORS.indexOf(s.charAt(i)) >= 0) {
      end = i + 1;
      terminated = true;
      break;
    }
    let j = i;
    while (j < s.length && !isSpace(s.charCodeAt(j))) j++;
    const token = s.slice(i, j);
    let bare = token;
    while (bare.length > 0 && TERMINATORS.indexOf(bare.charAt(bare.length - 1)) >= 0) bare = bare.slice(0, -1);
    const lowerBare = bare.toLowerCase();
    const addressing = bare !== "" && (NAME_TOKEN.test(bare) || GROUP_WORDS.has(lowerBare) || TITLES.has(lowerBare.replace(/\.$/, "")));
    if (!addressing) break;
    end = j;
    at = j;
    if (bare.length < token.length) terminated = true;
  }
  // "hi kieran", "morning jo": a mobile's greeting in lower case, one or two words alone on the line.
  if (end === wordEnd && LOWER_NAMES_TO_END.test(line.slice(wordEnd))) return line.length;
  let rest = end;
  while (rest < s.length && isSpace(s.charCodeAt(rest))) rest++;
  if (rest >= line.length) return end > 60 ? wordEnd : end;
  if (terminated && end <= 60) return end;
  return wordEnd;
}

/** After a greeting word, one or two lower-case words and nothing else on the line ("hi kieran"). */
const LOWER_NAMES_TO_END = /^[ \t]+[a-z][a-z'\u2019-]{1,19}(?:[ \t]+[a-z][a-z'\u2019-]{1,19})?[ \t]*[,!.]?[ \t]*$/;

/** Two given names in Title case with a comma between ("Dean, Shona"); a case list's "PEARCE, Gary –" ends with a dash. */
const TWO_NAMES = /^([A-Z][a-z'\u2019-]+),[ \t]*([A-Z][a-z'\u2019-]+)$/;

/** "Sam –", "Jo,", "Dean, Shona,": a name (or two) alone on the first line, then a comma or dash. */
function loneNameGreeting(s: string): number {
  if (s.length > 40) return -1;
  const last = s.charAt(s.length - 1);
  if (",–—-".indexOf(last) < 0) return -1;
  // "Dean, Shona,": two first names, a comma between.
  const pair = last === "," ? TWO_NAMES.exec(s.slice(0, -1).trim()) : null;
  const words = pair ? [pair[1] as string, pair[2] as string] : s.slice(0, -1).trim().split(/\s+/);
  if (words.length === 0 || words.length > 3) return -1;
  for (const w of words) if (!NAME_TOKEN.test(w) || CONNECTORS.has(w.toLowerCase())) return -1;
  if (isSignOff(s)) return -1;
  return s.length;
}

/**
 * A closing line: "Kind regards", "Many thanks,", "Thanks, Jo", "Cofion", "Thanks for your help.",
 * or the "-- " signature separator.
 */
/** Sign-off phrases' first two characters ("ki", "ma", "-"…). */
const SIGN_OFF_STARTS = new Set(SIGN_OFF_PHRASES.map((p) => p.slice(0, 2)));

/** Whether text[start, end) could be a sign-off: a cheap test before isSignOff, on every line. */
export function maybeSignOff(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length > 60 || length < 1) return false;
  const c = text.charCodeAt(start);
  if (c === 0x2d || c === 0x2013 || c === 0x2014) return true;
  return length >= 2 && SIGN_OFF_STARTS.has(text.slice(start, start + 2).toLowerCase());
}

/** Same for isDeviceSignature: "Sent…", "Get…", "Envoyé…", "Von…". */
export function maybeDeviceSignature(firstCode: number, length: number): boolean {
  if (length > 80) return false;
  const c = firstCode >= 0x41 && firstCode <= 0x5a ? firstCode + 0x20 : firstCode;
  return c === 0x73 || c === 0x67 || c === 0x65 || c === 0x76;
}

export function isSignOff(line: string): boolean {
  if (line.length > 60) return false;
  if (line === "--" || line === "—" || line === "–") return true;
  const lower = line.toLowerCase();
  for (const phrase of SIGN_OFFS[lower.charAt(0)] || []) {
    if (lower.lastIndexOf(phrase, 0) !== 0) continue;
    if (lower.length > phrase.length && isLetterCode(lower.charCodeAt(phrase.length))) continue;
    let rest = line.slice(phrase.length);
    let k = 0;
    while (k < rest.length && (isSpace(rest.charCodeAt(k)) || TERMINATORS.indexOf(rest.charAt(k)) >= 0)) k++;
    rest = rest.slice(k);
    let e = rest.length;
    while (e > 0 && (isSpace(rest.charCodeAt(e - 1)) || TERMINATORS.indexOf(rest.charAt(e - 1)) >= 0 || rest.charAt(e - 1) === "x")) e--;
    rest = rest.slice(0, e);
    if (rest === "") return true;
    // "Diolch / Thanks", "Cofion cynnes | Kind regards": a bilingual closing, the same phrase twice.
    if (rest.charAt(0) === "/" || rest.charAt(0) === "|") return isBilingualPair(rest.slice(1).trim());
    const words = rest.split(/\s+/);
    // "Thanks, Jo" / "Best, Sam Patel": a short name after the phrase.
    if (words.length <= 3 && words.every((w) => NAME_TOKEN.test(w))) return true;
    // "Thanks for your help." / "Thank you for this": thanks for something, with no name in it.
    if ((phrase === "thanks" || phrase === "thank you" || phrase === "many thanks") && words[0] === "for" && words.length <= 5 && words.every((w) => /^[a-z']+$/.test(w))) return true;
  }
  return false;
}

/** The second half of a bilingual closing: a sign-off phrase itself, with no further pair. */
function isBilingualPair(rest: string): boolean {
  return rest !== "" && rest.indexOf("/") < 0 && rest.indexOf("|") < 0 && isSignOff(rest);
}

/** "Sent from my iPhone", "Get Outlook for Android": what a mail app appends (a signature). */
const DEVICE_SIGNATURE = /^(sent from (my|outlook|mail|yahoo|samsung|windows|gmail|the|proton|aol)\b|get outlook for |sent via |sent using |sent with |envoyé de mon |von meinem )/i;

export function isDeviceSignature(line: string): boolean {
  return line.length <= 80 && DEVICE_SIGNATURE.test(line);
}

/** Dates of birth and full dates: case details, never a signature line. */
const DOB = /\b(dob|d\.o\.b|date of birth|born)\b/i;
const FULL_DATE = /\b\d{1,2}[/.-]\d{1,2}[/.-](19|20)\d\d\b/;
const POSTCODE = /\b[A-Z][A-Z]?[0-9][A-Z0-9]? ?[0-9][A-Z][A-Z]\b/;
const URL = /\bwww\.|\bhttps?:\/\//i;
const PRONOUNS = /\b(she|he|they|ze|xe)\/(her|hers|him|his|them|their|theirs|they|she|he)\b/i;
const EMAIL = /[A-Za-z0-9._%+'-]@[A-Za-z0-9-]+\.[A-Za-z]/;
/** Job titles and organisations, capitalised as in a signature. */
const JOB_OR_ORGANISATION =
  /\b(Officer|Worker|Manager|Practitioner|Team|Service|Services|Council|Councils|Probation|Coordinator|Co-ordinator|Lead|Director|Assistant|Administrator|Adviser|Advisor|Consultant|Nurse|Therapist|Psychologist|Detective|Constable|Sergeant|Inspector|Police|Constabulary|NHS|Trust|Trusts|Department|Directorate|Unit|Hub|MASH|Supervisor|Specialist|Partnership|Board|Clerk|Secretary|Solicitor|Head|Senior|Principal|Locality|Office|Centre|Center|School|College|University|Academy|Agency|Authority|Commissioner|Safeguarding|Ltd|Limited|Charity|Foundation|Association|Community|CIC|Volunteer|volunteer|Trustee|Chair|Chairperson|Treasurer|Chambers|Prison|HMP|HMPPS|Ministry|Government|Cyngor|Swyddog|Gweithiwr|Rheolwr|Tîm|Gwasanaeth|Gwasanaethau)\b/;
/** A police officer's name line: a rank, a collar number, the name, in either order ("DS 228CP Dan
 * Kerr", "PC 2904 Jo Price", "PS Hope Adebayo 5123"): a job title, as "Detective Sergeant" is. */
const RANK_NAME_LINE = /^(?:PC|DC|PS|DS|DI|DCI|DSI|DSU|PCSO|Sgt|Insp|Supt|Ch Insp|Ch Supt)\.?[ \t]+(?:\d{2,6}[A-Z]{0,3}[ \t]+)?[A-Z][A-Za-z'\u2019-]+(?:[ \t]+[A-Z][A-Za-z'\u2019-]+){0,3}(?:[ \t]+\d{2,6}[A-Z]{0,3})?$/;
/** A working-pattern note ("Please note I work Mon–Wed", "Part-time: Tuesday to Thursday"),
 * worded as such: "Leah is available on Monday" is not one. */
const WORK_PATTERN = /\b(i work|i'm in|i am in|i do not work|i don't work|working (days|hours|pattern|week)|work days|part[- ]time|office hours|not in the office|out of the office|my days are)\b/i;
const WEEKDAY = /\b(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(day|sday|nesday|rsday|urday)?s?\b/i;

/** Contact labels that make a line a contact line wherever they stand ("… | Mobile: 07700 …"). */
const CONTACT_LABEL = /(^|[|•·,;/]\s?)(t|tel|telephone|phone|m|mob|mobile|e|email|e-mail|ddi|direct line|ext|fax|w|web|switchboard|ffôn|symudol|e-bost)\s?:\s?\S/i;

/** A UK-style phone number: a run of 10 to 13 digits with spaces, brackets or hyphens, from 0 or +. */
function hasPhone(s: string): boolean {
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (!(isDigitCode(c) || c === 0x2b || c === 0x28)) {
      i++;
      continue;
    }
    let digits = 0;
    let first = -1;
    let j = i;
    while (j < s.length) {
      const d = s.charCodeAt(j);
      if (isDigitCode(d)) {
        if (first < 0) first = d;
        digits++;
      } else if (!(d === 0x20 || d === 0x2d || d === 0x28 || d === 0x29 || d === 0x2b || d === 0xa0)) break;
      j++;
    }
    if (digits >= 10 && digits <= 13 && (first === 0x30 || s.charCodeAt(i) === 0x2b || s.charCodeAt(i) === 0x28)) return true;
    i = j + 1;
  }
  return false;
}

/** The label before a colon at the start of a line ("Tel" in "Tel: 0123"), lower-cased, or null. */
export function labelOf(s: string): string | null {
  const limit = Math.min(s.length, 32);
  for (let i = 0; i < limit; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x3a) {
      if (i === 0) return null;
      const label = s.slice(0, i).trim().toLowerCase();
      return label === "" ? null : label;
    }
    // A label is letters, spaces, hyphens and apostrophes (not "9:00", not "Re: …" after digits).
    if (!(isLetterCode(c) || c === 0x20 || c === 0x2d || c === 0x27 || c === 0x2019 || c === 0x2f || c === 0xf4)) return null;
  }
  return null;
}

/** A contact label, or a bilingual pair of them ("Ffôn/Tel", "Symudol/Mobile", "E-bost/Email"). */
function isContactLabel(label: string): boolean {
  if (LABELS.has(label)) return true;
  const halves = label.split("/");
  return halves.length === 2 && halves.every((h) => LABELS.has(h.trim()));
}

export interface LineShape {
  /** Could be a line of a signature: a name, a title, an organisation, an address, contact
   * details, a working pattern. */
  signatureLike: boolean;
  /** Looks like a person's or organisation's name line (capitalised words, no digits). */
  nameLike: boolean;
  /** 0: no contact marker; 1: weak (phone or postcode shape, job or organisation word);
   * 2: strong (labelled contact, e-mail address, web address, pronouns). */
  marker: 0 | 1 | 2;
  /** A sentence, a long line, a date of birth or a form field: case text, never a signature line
   * (even inside a signature the mail client marked). */
  sentence: boolean;
  /** Says the line is a member of staff's: a job title or organisation, an e-mail or web address,
   * pronouns (a case note's name, address and phone number have none of these). */
  staff: boolean;
}

const SENTENCE: LineShape = { signatureLike: false, nameLike: false, marker: 0, sentence: true, staff: false };

/**
 * The shape of one line (trimmed content, possibly cut to its first HEAD characters; `length` is
 * the whole line's).
 * A sentence, a date of birth or a form field ("DOB:", "Child:") is never a signature line.
 */
export function lineShape(line: string, length: number = line.length): LineShape {
  if (length > 120 || line.length > 120) return SENTENCE;
  if (DOB.test(line) || FULL_DATE.test(line)) return SENTENCE;
  const label = labelOf(line);
  if (label !== null && !isContactLabel(label)) return SENTENCE;
  const officer = RANK_NAME_LINE.test(line);
  const staff = officer || JOB_OR_ORGANISATION.test(line) || EMAIL.test(line) || URL.test(line) || PRONOUNS.test(line);
  const strong = (label !== null && label !== "http" && label !== "https" && label !== "available" && label !== "hours" && label !== "days") || CONTACT_LABEL.test(line) || EMAIL.test(line) || URL.test(line) || PRONOUNS.test(line);
  const weak = officer || hasPhone(line) || POSTCODE.test(line) || JOB_OR_ORGANISATION.test(line);
  const workPattern = WORK_PATTERN.test(line) && WEEKDAY.test(line);

  // Words: how many are lower-case (sentences have many), whether all fit a name or title.
  const tokens = line.split(/[\s|•·,;()]+/);
  let words = 0;
  let lowerWords = 0;
  let capitals = 0;
  let digitWords = 0;
  let titleLike = true;
  let nameLike = true;
  for (const raw of tokens) {
    const t = stripPunct(raw);
    if (t === "") continue;
    if (PRONOUNS.test(t)) continue;
    if (t.indexOf("@") >= 0 || t.indexOf("/") >= 0 || /^www\./i.test(t)) {
      nameLike = false;
      continue;
    }
    words++;
    if (/[0-9]/.test(t)) {
      digitWords++;
      nameLike = false;
      continue;
    }
    const c = t.charCodeAt(0);
    if (isUpperStart(t)) {
      capitals++;
      continue;
    }
    if (CONNECTORS.has(t.toLowerCase())) {
      if (t !== "and" && t !== "&" && t !== "de" && t !== "van" && t !== "von" && t !== "bin" && t !== "al") nameLike = false;
      continue;
    }
    if (c >= 0x61 && c <= 0x7a) lowerWords++;
    titleLike = false;
    nameLike = false;
  }
  if (words === 0) {
    // Punctuation, pronouns or an address alone: "--", "____", "(she/her)", "jo@x.gov.uk".
    return { signatureLike: true, nameLike: false, marker: strong ? 2 : 0, sentence: false, staff };
  }
  // Sentences: many lower-case words, or sentence punctuation inside the line or at its end.
  const endsSentence = /[.!?]$/.test(line) && lowerWords >= 3;
  const midSentence = /[a-z0-9)][.!?;] +[A-Za-z]/.test(line) && lowerWords >= 3;
  const wordy = lowerWords >= 4 && lowerWords * 2 >= words;
  const long = line.length > 80 && lowerWords >= 3;
  if ((endsSentence || midSentence || wordy || long) && !(workPattern && line.length <= 100)) return SENTENCE;
  const marker: 0 | 1 | 2 = strong ? 2 : weak ? 1 : 0;
  nameLike = nameLike && capitals >= 1 && words <= 6;
  return { signatureLike: (titleLike && capitals + digitWords > 0) || marker > 0 || workPattern, nameLike, marker, sentence: false, staff };
}

/**
 * A signature line that gives a job, an employer or a police rank ("Probation Officer, Derby
 * Probation Office", "DS 228CP Dan Kerr"): its signer is staff. An e-mail address, a telephone
 * number or pronouns alone do not say so (anyone may sign with those).
 */
export function isStaffJobLine(line: string): boolean {
  const trimmed = line.trim();
  return !lineShape(trimmed).sentence && (RANK_NAME_LINE.test(trimmed) || JOB_OR_ORGANISATION.test(trimmed));
}

/** Lower case, "e-mail" as "email", straight apostrophes, single spaces: how phrases are matched. */
export function normaliseForPhrases(s: string): string {
  return s
    .toLowerCase()
    .replace(/e-mail/g, "email")
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\s+/g, " ");
}

/** Whether a paragraph (normalised) holds disclaimer wording: a phrase only disclaimers use, or
 * a hint ("may be monitored") about the e-mail itself, or two hints. */
export function hasDisclaimerPhrase(normalised: string): boolean {
  for (const p of DISCLAIMER_PHRASES) if (normalised.indexOf(p) >= 0) return true;
  if (hasBannerPhrase(normalised)) return true;
  let hints = 0;
  for (const p of DISCLAIMER_HINTS) if (normalised.indexOf(p) >= 0) hints++;
  if (hints === 0) return false;
  if (hints >= 2) return true;
  for (const w of MAIL_WORDS) if (normalised.indexOf(w) >= 0) return true;
  return false;
}

/** Whether a paragraph (normalised) is a mail system's warning banner. */
export function hasBannerPhrase(normalised: string): boolean {
  for (const p of BANNER_PHRASES) if (normalised.indexOf(p) >= 0) return true;
  return false;
}

/** Case details in a paragraph: a date of birth never belongs to a disclaimer. */
export function hasCaseMarker(s: string): boolean {
  return DOB.test(s) || FULL_DATE.test(s);
}
