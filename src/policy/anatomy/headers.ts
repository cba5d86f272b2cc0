/**
 * Quoted headers: the block a mail client writes above a quoted or forwarded message.
 * - a separator line ("-----Original Message-----", "---------- Forwarded message ---------",
 *   "Begin forwarded message:", Outlook's line of underscores) and the fields after it;
 * - a block of fields starting with From: and holding Sent:/Date: (or To: and Subject:), one
 *   a line or, as Outlook for Mac writes it without bold, all on one line;
 * - an attribution line "On …, Name <address> wrote:" (or wrapped over two lines);
 * - whatever the HTML reader marked as a quoted header (Outlook, Gmail, Thunderbird markup).
 * Each line is looked at once from where a header could start, with a bounded look-ahead, so
 * thousands of "From:" lines cost linear time.
 */
import { hasText, head, headerRegionOf, isBlank, type Lines } from "./lines";
import { isSpace } from "../text/whitespace";
import { attributionPerson, findAddress, peopleIn, type PersonField } from "./people";
import type { HeaderPerson } from "./types";

type FieldKind = "from" | "to" | "cc" | "bcc" | "subject" | "sent" | "date" | "attachments" | "other";

/** Field labels, lower-case: English, German, French, Spanish, Dutch, Welsh (a Map, so that a
 * label such as "constructor" finds nothing). */
const FIELD_NAMES = new Map<string, FieldKind>([
  ["from", "from"],
  ["von", "from"],
  ["de", "from"],
  ["van", "from"],
  ["oddi wrth", "from"],
  ["sent", "sent"],
  ["gesendet", "sent"],
  ["envoyé", "sent"],
  ["enviado", "sent"],
  ["verzonden", "sent"],
  ["anfonwyd", "sent"],
  ["date", "date"],
  ["datum", "date"],
  ["fecha", "date"],
  ["dyddiad", "date"],
  ["to", "to"],
  ["an", "to"],
  ["à", "to"],
  ["para", "to"],
  ["aan", "to"],
  ["cc", "cc"],
  ["bcc", "bcc"],
  ["subject", "subject"],
  ["betreff", "subject"],
  ["objet", "subject"],
  ["asunto", "subject"],
  ["onderwerp", "subject"],
  ["pwnc", "subject"],
  ["reply-to", "other"],
  ["importance", "other"],
  ["attachments", "attachments"],
  ["priority", "other"],
]);

/** Outlook for Mac without bold: "From: Jo <jo@x> Date: Tuesday… To: Alex <a@y> Subject: Re: …". */
const INLINE_FIELD = / (Sent|Date|To|Cc|Bcc|Subject|Gesendet|Datum|An|Betreff): /g;
const INLINE_KINDS: { [label: string]: FieldKind } = { Sent: "sent", Date: "date", To: "to", Cc: "cc", Bcc: "bcc", Subject: "subject", Gesendet: "sent", Datum: "date", An: "to", Betreff: "subject" };

const SEPARATOR = /^-{2,} ?(original message|forwarded message|ursprüngliche nachricht|weitergeleitete nachricht|message d'origine|message transféré|neges wreiddiol) ?-{2,}$/i;
const BEGIN_FORWARDED = /^begin forwarded message:?$/i;
const RULE = /^_{10,}$/;
const ON_START = /^(On|Le|Am|El|Il|Op|Ar) \S/;
const WROTE_END = /(wrote|writes|schrieb|a écrit|escribió|ha scritto|schreef|ysgrifennodd) ?:$/;

/** Lines a header block may span: real ones have at most a dozen, plus wrapped recipients. */
const MAX_BLOCK_LINES = 40;
const MAX_CONTINUATIONS = 10;
/** A client-marked header longer than this is not a header: its lines are read as usual. */
export const MAX_REGION_HEADER_LINES = 30;

export interface FoundHeader {
  firstLine: number;
  /** Exclusive. */
  endLine: number;
  start: number;
  end: number;
  people: HeaderPerson[];
  subject?: { start: number; end: number };
  /** offsets of an "Attachments:" line's value: file names, read as text (they may name a case) */
  attachments?: { start: number; end: number };
}

interface Field {
  kind: FieldKind;
  line: number;
  valueStart: number;
  valueEnd: number;
  /** A wrapped recipients line, not a field of its own. */
  continuation: boolean;
}

/** "From:", "*From:*", "Von:", "De :" at the start of a line's content. */
function fieldOf(text: string, lines: Lines, index: number): Field | null {
  const cs = lines.cs[index] as number;
  const ce = lines.ce[index] as number;
  const limit = Math.min(ce, cs + 24);
  let colon = -1;
  for (let i = cs; i < limit; i++) {
    if (text.charCodeAt(i) === 0x3a) {
      colon = i;
      break;
    }
  }
  if (colon < 0) return null;
  let label = text.slice(cs, colon).trim().toLowerCase();
  while (label.charAt(0) === "*") label = label.slice(1);
  while (label.charAt(label.length - 1) === "*") label = label.slice(0, -1);
  const kind = FIELD_NAMES.get(label.trim());
  if (kind === undefined) return null;
  let v = colon + 1;
  while (v < ce && (isSpace(text.charCodeAt(v)) || text.charCodeAt(v) === 0x2a)) v++;
  return { kind, line: index, valueStart: v, valueEnd: ce, continuation: false };
}

/** A From: field holding the other fields on the same line (Outlook for Mac's plain layout). */
function splitInline(text: string, field: Field): Field[] {
  const value = text.slice(field.valueStart, Math.min(field.valueEnd, field.valueStart + 4000));
  const out: Field[] = [];
  let current: Field = { ...field };
  INLINE_FIELD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = INLINE_FIELD.exec(value)) !== null) {
    const at = field.valueStart + m.index;
    current.valueEnd = at;
    out.push(current);
    const kind = INLINE_KINDS[m[1] as string] as FieldKind;
    current = { kind, line: field.line, valueStart: at + m[0].length, valueEnd: field.valueEnd, continuation: false };
    if (kind === "subject") break;
  }
  out.push(current);
  return out;
}

/** Consecutive field lines at one depth from `from`: a new block starts when a field repeats. */
function fieldBlock(text: string, lines: Lines, from: number, depth: number): { fields: Field[]; endLine: number } {
  const fields: Field[] = [];
  const seen: { [kind: string]: boolean } = {};
  let j = from;
  let endLine = from;
  let continuations = 0;
  while (j < lines.count && j - from < MAX_BLOCK_LINES) {
    if (isBlank(lines, j)) {
      // One blank line inside a block (some HTML-to-text layouts), if a new field follows it.
      const next = j + 1;
      const nextField = next < lines.count && !isBlank(lines, next) && lines.depth[next] === depth ? fieldOf(text, lines, next) : null;
      if (fields.length > 0 && nextField && !seen[nextField.kind]) {
        j++;
        continue;
      }
      break;
    }
    if (lines.depth[j] !== depth) break;
    const field = fieldOf(text, lines, j);
    if (field) {
      if (seen[field.kind] && field.kind !== "other") break;
      const parts = field.kind === "from" && fields.length === 0 ? splitInline(text, field) : [field];
      for (const f of parts) {
        seen[f.kind] = true;
        fields.push(f);
      }
      endLine = j + 1;
      j++;
      continue;
    }
    // A wrapped To:/Cc: line: addresses or ";"-separated names, with no field label.
    const last = fields[fields.length - 1];
    const content = head(text, lines, j);
    if (last && personField(last.kind) !== null && continuations < MAX_CONTINUATIONS && (content.indexOf("@") >= 0 || content.indexOf(";") >= 0)) {
      fields.push({ kind: last.kind, line: j, valueStart: lines.cs[j] as number, valueEnd: lines.ce[j] as number, continuation: true });
      continuations++;
      endLine = j + 1;
      j++;
      continue;
    }
    break;
  }
  return { fields, endLine };
}

function kindsOf(fields: Field[]): { [kind: string]: boolean } {
  const out: { [kind: string]: boolean } = {};
  for (const f of fields) out[f.kind] = true;
  return out;
}

/** From and a date, or From, To and Subject: what every client's header block has. */
function isHeaderBlock(fields: Field[]): boolean {
  const k = kindsOf(fields);
  return !!k["from"] && (!!k["sent"] || !!k["date"] || (!!k["to"] && !!k["subject"]));
}

function personField(kind: FieldKind): PersonField | null {
  return kind === "from" || kind === "to" || kind === "cc" || kind === "bcc" ? kind : null;
}

function headerFrom(text: string, lines: Lines, firstLine: number, endLine: number, fields: Field[], wrote: HeaderPerson | null): FoundHeader {
  const people: HeaderPerson[] = [];
  let subject: { start: number; end: number } | undefined;
  let attachments: { start: number; end: number } | undefined;
  for (const f of fields) {
    const pf = personField(f.kind);
    if (pf) people.push(...peopleIn(text, f.valueStart, f.valueEnd, pf));
    else if ((f.kind === "subject" && subject === undefined) || (f.kind === "attachments" && attachments === undefined)) {
      if (f.continuation) continue;
      let e = f.valueEnd;
      while (e > f.valueStart && isSpace(text.charCodeAt(e - 1))) e--;
      if (e <= f.valueStart) continue;
      if (f.kind === "subject") subject = { start: f.valueStart, end: e };
      else attachments = { start: f.valueStart, end: e };
    }
  }
  if (wrote) people.push(wrote);
  let last = endLine - 1;
  while (last > firstLine && isBlank(lines, last)) last--;
  const start = lines.cs[firstLine] as number;
  const found: FoundHeader = { firstLine, endLine, start, end: Math.max(start, lines.ce[last] as number), people };
  if (subject) found.subject = subject;
  if (attachments) found.attachments = attachments;
  return found;
}

/** The first line from `from` on with content (not blank, not only ">"), or -1; looks at most
 * `limit` lines ahead. */
export function nextWithContent(lines: Lines, from: number, limit: number): number {
  for (let k = from; k < lines.count && k < from + limit; k++) if (!isBlank(lines, k)) return k;
  return -1;
}

/** "On …, Name <address> wrote:", on one line or wrapped onto a second. */
function attributionAt(text: string, lines: Lines, i: number): FoundHeader | null {
  const cs = lines.cs[i] as number;
  const ce = lines.ce[i] as number;
  if (ce - cs > 300) return null;
  // Cheap tests first: an attribution ends with ":" or starts "On" (or "Le", "Am"…).
  const c0 = text.charCodeAt(cs);
  if (text.charCodeAt(ce - 1) !== 0x3a && c0 !== 0x4f && c0 !== 0x4c && c0 !== 0x41 && c0 !== 0x45 && c0 !== 0x49) return null;
  const c = head(text, lines, i);
  const wrote = WROTE_END.exec(c);
  if (wrote) {
    const startsOn = ON_START.test(c);
    const next = nextWithContent(lines, i + 1, 4);
    const deeper = next >= 0 && (lines.depth[next] as number) > (lines.depth[i] as number);
    if (!startsOn && !deeper && findAddress(text, cs, ce) === null) return null;
    const person = attributionPerson(text, cs + (startsOn ? 3 : 0), cs + wrote.index);
    return headerFrom(text, lines, i, i + 1, [], person);
  }
  const second = i + 1;
  if (c.length > 250 || second >= lines.count || !ON_START.test(c)) return null;
  const cs2 = lines.cs[second] as number;
  if (lines.depth[second] !== lines.depth[i] || isBlank(lines, second) || (lines.ce[second] as number) - cs2 > 150) return null;
  const wrote2 = WROTE_END.exec(head(text, lines, second));
  if (!wrote2) return null;
  // The person is on the second line when it names one ("Sam Patel <s@x> wrote:"), else on the first.
  const onSecond = text.slice(cs2, cs2 + wrote2.index).trim() !== "";
  const person = onSecond ? attributionPerson(text, cs2, cs2 + wrote2.index) : attributionPerson(text, cs + 3, ce);
  return headerFrom(text, lines, i, i + 2, [], person);
}

/** A header the HTML reader marked: all its lines, with whatever fields or attribution it holds. */
function regionHeader(text: string, lines: Lines, i: number): FoundHeader {
  const region = headerRegionOf(lines, i);
  let end = i;
  while (end < lines.count && end - i < MAX_REGION_HEADER_LINES && (headerRegionOf(lines, end) === region || !hasText(lines, end))) end++;
  while (end > i + 1 && !hasText(lines, end - 1)) end--;
  const fields: Field[] = [];
  let wrote: HeaderPerson | null = null;
  for (let k = i; k < end; k++) {
    if (isBlank(lines, k)) continue;
    const field = fieldOf(text, lines, k);
    if (field) {
      fields.push(...(field.kind === "from" ? splitInline(text, field) : [field]));
      continue;
    }
    const last = fields[fields.length - 1];
    const content = head(text, lines, k);
    if (last && personField(last.kind) && (content.indexOf("@") >= 0 || content.indexOf(";") >= 0)) {
      fields.push({ kind: last.kind, line: k, valueStart: lines.cs[k] as number, valueEnd: lines.ce[k] as number, continuation: true });
      continue;
    }
    if (fields.length === 0 && wrote === null) {
      const attribution = attributionAt(text, lines, k);
      if (attribution) {
        wrote = attribution.people[0] ?? null;
        k = attribution.endLine - 1;
      }
    }
  }
  return headerFrom(text, lines, i, end, fields, wrote);
}

/**
 * The quoted header starting at line i, or null. `regionDone` is the client-marked header region
 * already read (its remaining lines, past MAX_REGION_HEADER_LINES, are read as usual).
 */
export function headerAt(text: string, lines: Lines, i: number, regionDone: number): FoundHeader | null {
  if (isBlank(lines, i)) return null;
  const region = headerRegionOf(lines, i);
  if (region >= 0 && region !== regionDone) return regionHeader(text, lines, i);
  const cs = lines.cs[i] as number;
  const len = (lines.ce[i] as number) - cs;
  const c0 = text.charCodeAt(cs);
  if ((c0 === 0x2d || c0 === 0x5f || c0 === 0x42 || c0 === 0x62) && len <= 120) {
    const c = head(text, lines, i);
    const separator = SEPARATOR.test(c) || BEGIN_FORWARDED.test(c);
    const rule = !separator && RULE.test(c);
    if (separator || rule) {
      let j = i + 1;
      for (let skipped = 0; skipped < 2 && j < lines.count && isBlank(lines, j); skipped++) j++;
      const block = j < lines.count ? fieldBlock(text, lines, j, lines.depth[i] as number) : { fields: [], endLine: j };
      // A line of underscores is Outlook's only when a header block follows it.
      if (rule && !isHeaderBlock(block.fields) && !(block.fields.length > 0 && block.fields[0]?.kind === "from")) return null;
      const endLine = block.fields.length > 0 ? block.endLine : i + 1;
      return headerFrom(text, lines, i, endLine, block.fields, null);
    }
  }
  const field = fieldOf(text, lines, i);
  if (field) {
    if (field.kind !== "from") return null;
    const block = fieldBlock(text, lines, i, lines.depth[i] as number);
    return isHeaderBlock(block.fields) ? headerFrom(text, lines, i, block.endLine, block.fields, null) : null;
  }
  return attributionAt(text, lines, i);
}
