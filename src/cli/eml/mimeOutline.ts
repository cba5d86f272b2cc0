/**
 * The MIME tree of a prepared message (see headerSection.ts), read line by line, to find what
 * postal-mime does not say: parts whose structure cannot be read (a declared boundary that
 * never appears, a multipart without a boundary, nesting past the parser's limit), named text
 * parts (mail clients list them as attachments), and, when the structure cannot be read, the
 * text that can still be checked.
 */
import { decodeCharset, latin1Bytes } from "./charset";
import { parseStructured, type Structured } from "./mimeParams";

/** postal-mime refuses messages nested deeper than this; past it the outline keeps raw text. */
export const MAX_DEPTH = 256;
/** Forwarded messages inside forwarded messages, as postal-mime (deeper ones stay attachments). */
const MAX_MESSAGE_DEPTH = 10;

export interface Field {
  /** Lowercased, trimmed. */
  name: string;
  /** Raw bytes as "latin1" text, folds kept. */
  value: string;
}

export interface Part {
  fields: Field[];
  type: Structured;
  disposition: Structured;
  encoding: string;
  /** The body as "latin1" text with CRLF line breaks. */
  body: string;
  /** A container whose parts could not be told apart: its body is raw text. */
  unreadable?: true;
}

export interface Outline {
  fields: Field[];
  /** Every leaf part, and every container that could not be split, in order. */
  parts: Part[];
  /** Why the structure could not be read in full; empty when it could. */
  problems: string[];
}

interface Entity {
  headerLines: string[];
  inHeader: boolean;
  /** Where the body starts in the text (-1 until the header ends) and ends (exclusive; -1: not yet). */
  bodyFrom: number;
  bodyTo: number;
  depth: number;
  parentSubtype: string;
  fields: Field[];
  type: Structured;
  boundary?: string;
  sawDelimiter: boolean;
  children: Entity[];
  unreadable?: string;
}

function entity(depth: number, parentSubtype: string): Entity {
  return { headerLines: [], inHeader: true, bodyFrom: -1, bodyTo: -1, depth, parentSubtype, fields: [], type: { value: "", params: {} }, sawDelimiter: false, children: [] };
}

function fieldsOf(lines: string[]): Field[] {
  const out: Field[] = [];
  for (const line of lines) {
    const last = out[out.length - 1];
    if (last && /^[ \t]/.test(line)) last.value += "\r\n" + line;
    else {
      const colon = line.indexOf(":");
      out.push(colon < 0 ? { name: line.trim().toLowerCase(), value: "" } : { name: line.slice(0, colon).trim().toLowerCase(), value: line.slice(colon + 1).trim() });
    }
  }
  return out;
}

export const fieldValue = (fields: Field[], name: string) => fields.find((f) => f.name === name)?.value;

function endHeader(e: Entity, problems: string[], bodyFrom: number): void {
  e.inHeader = false;
  e.bodyFrom = bodyFrom;
  e.fields = fieldsOf(e.headerLines);
  const declared = fieldValue(e.fields, "content-type");
  e.type = declared ? parseStructured(declared) : { value: e.parentSubtype === "digest" ? "message/rfc822" : "text/plain", params: {} };
  if (!e.type.value.startsWith("multipart/")) return;
  const boundary = e.type.params.boundary;
  if (!boundary) {
    e.unreadable = `a ${e.type.value} part declares no boundary`;
  } else if (e.depth >= MAX_DEPTH) {
    e.unreadable = `multiparts are nested more than ${MAX_DEPTH} levels deep`;
  } else e.boundary = boundary;
  if (e.unreadable) problems.push(e.unreadable);
}

/** Whether the line is a delimiter of the boundary: "--b" or "--b--", then only whitespace. */
function delimiter(line: string, boundary: string): "part" | "close" | null {
  if (!line.startsWith(boundary, 2)) return null;
  const tail = line.slice(boundary.length + 2);
  if (/^[ \t]*$/.test(tail)) return "part";
  if (/^--[ \t]*$/.test(tail)) return "close";
  return null;
}

function parseTree(text: string, problems: string[]): Entity {
  const root = entity(0, "");
  let current: Entity | null = root; // null: a multipart's epilogue, which no client shows
  const open: Entity[] = []; // multiparts whose boundary is in force, innermost last
  // Line by line without splitting the text: a body is kept as offsets, not as lines.
  const endBody = (e: Entity | null, at: number): void => {
    if (e && !e.inHeader && e.bodyTo < 0) e.bodyTo = Math.max(e.bodyFrom, at);
  };
  let from = 0;
  while (from <= text.length) {
    const eol = text.indexOf("\r\n", from);
    const to = eol < 0 ? text.length : eol;
    const next = eol < 0 ? text.length + 1 : eol + 2;
    // In a body with no boundary in force, nothing below can change: the rest is that body.
    if (open.length === 0 && current !== null && !current.inHeader) break;
    if (open.length > 0 && text.startsWith("--", from)) {
      const line = text.slice(from, to);
      let k = open.length - 1;
      let kind: "part" | "close" | null = null;
      for (; k >= 0 && kind === null; k--) kind = delimiter(line, (open[k] as Entity).boundary as string);
      if (kind !== null) {
        const mp = open[k + 1] as Entity;
        if (current?.inHeader) endHeader(current, problems, from);
        // The body ends before the line break that precedes the delimiter.
        endBody(current, from - 2);
        open.length = k + 2; // a delimiter of an outer multipart closes the inner ones
        mp.sawDelimiter = true;
        if (kind === "close") {
          open.pop();
          current = null;
        } else {
          current = entity(mp.depth + 1, mp.type.value.slice("multipart/".length));
          mp.children.push(current);
        }
        from = next;
        continue;
      }
    }
    if (current !== null && current.inHeader) {
      if (to === from) {
        endHeader(current, problems, next);
        if (current.boundary) open.push(current);
      } else current.headerLines.push(text.slice(from, to));
    }
    from = next;
  }
  if (current?.inHeader) endHeader(current, problems, text.length);
  endBody(current, text.length);
  // Parts left open by a boundary that never closed them end with the text.
  for (const e of open) for (const child of e.children) endBody(child, text.length);
  return root;
}

function partOf(text: string, e: Entity, unreadable: boolean): Part {
  const disposition = fieldValue(e.fields, "content-disposition");
  const part: Part = {
    fields: e.fields,
    type: e.type,
    disposition: disposition ? parseStructured(disposition) : { value: "", params: {} },
    encoding: (fieldValue(e.fields, "content-transfer-encoding") ?? "").trim().toLowerCase(),
    body: e.bodyFrom < 0 ? "" : text.slice(e.bodyFrom, e.bodyTo < 0 ? text.length : e.bodyTo),
  };
  if (unreadable) part.unreadable = true;
  return part;
}

function collect(text: string, e: Entity, messageDepth: number, out: Outline): void {
  if (e.boundary !== undefined && !e.sawDelimiter) {
    out.problems.push(`the boundary "${e.boundary}" of a ${e.type.value} part never appears`);
    out.parts.push(partOf(text, e, true));
  } else if (e.unreadable !== undefined) {
    out.parts.push(partOf(text, e, true));
  } else if (e.boundary !== undefined) {
    for (const child of e.children) collect(text, child, messageDepth, out);
  } else {
    const part = partOf(text, e, false);
    const inlineMessage = part.type.value === "message/rfc822" && part.disposition.value !== "attachment" && !/base64|quoted-printable/.test(part.encoding);
    if (inlineMessage && messageDepth < MAX_MESSAGE_DEPTH) {
      const inner = outlineOf(part.body, messageDepth + 1);
      out.parts.push(...inner.parts);
      out.problems.push(...inner.problems);
    } else out.parts.push(part);
  }
}

function outlineOf(text: string, messageDepth: number): Outline {
  const problems: string[] = [];
  const root = parseTree(text, problems);
  const out: Outline = { fields: root.fields, parts: [], problems };
  collect(text, root, messageDepth, out);
  return out;
}

/** The outline of a message prepared by prepareEml (CRLF line breaks, "latin1" text). */
export function mimeOutline(text: string): Outline {
  return outlineOf(text, 0);
}

function quotedPrintable(text: string): Uint8Array {
  const out: number[] = [];
  const s = text.replace(/[ \t]+\r\n/g, "\r\n").replace(/=\r\n/g, "");
  for (let i = 0; i < s.length; i++) {
    const hex = s[i] === "=" ? s.slice(i + 1, i + 3) : "";
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      out.push(parseInt(hex, 16));
      i += 2;
    } else out.push(s.charCodeAt(i) & 0xff);
  }
  return new Uint8Array(out);
}

/** The part's content, its transfer encoding undone. */
export function partBytes(part: Part): Uint8Array {
  if (part.unreadable) return latin1Bytes(part.body);
  if (part.encoding === "base64") return new Uint8Array(Buffer.from(part.body.replace(/[^A-Za-z0-9+/=]/g, ""), "base64"));
  if (part.encoding === "quoted-printable") return quotedPrintable(part.body);
  return latin1Bytes(part.body);
}

/** The part's text in its declared charset (raw text of an unreadable container: as best it can). */
export function partText(part: Part): string {
  return decodeCharset(partBytes(part), part.unreadable ? undefined : part.type.params.charset);
}

/** The part's file name, when it has one. */
export function partName(part: Part): string | undefined {
  const name = part.disposition.params.filename ?? part.type.params.name;
  return name === undefined || name.trim() === "" ? undefined : name;
}
