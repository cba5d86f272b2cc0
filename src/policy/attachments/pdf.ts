/**
 * PDF encryption (ISO 32000-1 §7.5.5, §7.5.8, §7.6.1): a file is encrypted when its trailer
 * dictionary, or the dictionary of its cross-reference stream, has an /Encrypt entry. Only those
 * dictionaries are read: "/Encrypt" inside page content or an attached file's text proves
 * nothing. They are found by following startxref and each /Prev (incremental updates append a
 * trailer each; a linearized file's startxref points at its first-page trailer), and, only for
 * files whose offsets lead nowhere, by scanning the last 64 KiB for `trailer` and /Type/XRef
 * dictionaries.
 */
import type { EncryptionResult } from "./types";
import { indexOfAscii, lastIndexOfAscii, matchAscii } from "./bytes";

const TAIL = 64 * 1024;
/** A trailer dictionary is a few hundred bytes; stop reading one after this many. */
const MAX_DICT = 16 * 1024;
const MAX_PREV_HOPS = 64;
/** Real tables have a handful of subsections; the cap keeps hostile files linear. */
const MAX_SUBSECTIONS = 4096;
/** Scanning the tail for dictionaries stops after this many, so the work stays linear. */
const MAX_TAIL_DICTS = 256;

/** What one trailer or xref stream dictionary says. */
interface TrailerDict {
  encrypt: boolean;
  prev: number;
  /** Has /XRef at its top level (the value of /Type in a cross-reference stream). */
  xref: boolean;
}

function isWhite(c: number | undefined): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x00;
}

function isDelimiter(c: number | undefined): boolean {
  return c === undefined || isWhite(c) || c === 0x2f || c === 0x3c || c === 0x3e || c === 0x5b || c === 0x5d || c === 0x28 || c === 0x29 || c === 0x25 || c === 0x7b || c === 0x7d;
}

function skipWhite(b: Uint8Array, at: number): number {
  while (at < b.length && isWhite(b[at])) at++;
  return at;
}

/** A non-negative integer at `at` (after white space), or -1. */
function readInt(b: Uint8Array, at: number): { value: number; end: number } {
  at = skipWhite(b, at);
  let value = 0;
  let digits = 0;
  while (at < b.length && (b[at] as number) >= 0x30 && (b[at] as number) <= 0x39 && digits < 15) {
    value = value * 10 + ((b[at] as number) - 0x30);
    at++;
    digits++;
  }
  return { value: digits > 0 ? value : -1, end: at };
}

/**
 * Reads the dictionary opening at `at` ("<<"): whether it has a top-level /Encrypt key and its
 * /Prev offset. Skips strings, hex strings, comments and nested dictionaries, so a /Encrypt name
 * nested in /Info or a string is not taken for the key. Null when `at` is not a dictionary.
 */
function readDict(b: Uint8Array, at: number): TrailerDict | null {
  if (!matchAscii(b, at, "<<")) return null;
  const end = Math.min(b.length, at + MAX_DICT);
  const result: TrailerDict = { encrypt: false, prev: -1, xref: false };
  let depth = 0;
  let i = at;
  while (i < end) {
    const c = b[i] as number;
    if (c === 0x3c /* < */ && b[i + 1] === 0x3c) {
      depth++;
      i += 2;
    } else if (c === 0x3e /* > */ && b[i + 1] === 0x3e) {
      depth--;
      i += 2;
      if (depth === 0) return result;
    } else if (c === 0x3c) {
      while (i < end && b[i] !== 0x3e) i++; // hex string
      i++;
    } else if (c === 0x28 /* ( */) {
      i = skipString(b, i, end);
    } else if (c === 0x25 /* % */) {
      while (i < end && b[i] !== 0x0a && b[i] !== 0x0d) i++;
    } else if (c === 0x2f /* / */ && depth === 1) {
      let j = i + 1;
      while (j < end && !isDelimiter(b[j])) j++;
      const len = j - i;
      if (len === 8 && matchAscii(b, i, "/Encrypt")) result.encrypt = true;
      else if (len === 5 && matchAscii(b, i, "/Prev")) result.prev = readInt(b, j).value;
      else if (len === 5 && matchAscii(b, i, "/XRef")) result.xref = true;
      i = j;
    } else {
      i++;
    }
  }
  return null; // unterminated: truncated or not a dictionary
}

/** Index after a literal string starting at `at` ("("), honouring escapes and nested parentheses. */
function skipString(b: Uint8Array, at: number, end: number): number {
  let nest = 0;
  for (let i = at; i < end; i++) {
    const c = b[i];
    if (c === 0x5c /* \ */) i++;
    else if (c === 0x28) nest++;
    else if (c === 0x29 && --nest === 0) return i + 1;
  }
  return end;
}

/**
 * The dictionary of the cross-reference section at `at`: a classic table ("xref" … "trailer"
 * <<…>>) or a cross-reference stream ("N G obj <<…>>").
 */
function sectionDict(b: Uint8Array, at: number): TrailerDict | null {
  at = skipWhite(b, at);
  if (matchAscii(b, at, "xref")) return xrefTrailer(b, at + 4);
  const num = readInt(b, at);
  const gen = readInt(b, num.end);
  const kw = skipWhite(b, gen.end);
  if (num.value < 0 || gen.value < 0 || !matchAscii(b, kw, "obj")) return null;
  // An offset that lands on some other object is a wrong offset, not a trailer.
  const dict = readDict(b, skipWhite(b, kw + 3));
  return dict && dict.xref ? dict : null;
}

/**
 * The trailer after a classic cross-reference table: skip each subsection ("first count", then
 * count entries of exactly 20 bytes). A writer that got the entry length wrong is forgiven by a
 * bounded search, so following a chain of /Prev offsets stays linear in the file size.
 */
function xrefTrailer(b: Uint8Array, at: number): TrailerDict | null {
  for (let subsections = 0; subsections < MAX_SUBSECTIONS; subsections++) {
    at = skipWhite(b, at);
    if (matchAscii(b, at, "trailer")) return readDict(b, skipWhite(b, at + 7));
    const first = readInt(b, at);
    const n = readInt(b, first.end);
    if (first.value < 0 || n.value < 0 || n.end + n.value * 20 > b.length) break;
    at = n.end + n.value * 20;
  }
  const t = indexOfAscii(b, "trailer", at, at + TAIL);
  return t < 0 ? null : readDict(b, skipWhite(b, t + 7));
}

function scanTail(b: Uint8Array, tailStart: number): { found: number; encrypted: boolean } {
  let found = 0;
  let encrypted = false;
  let scanned = 0;
  for (let t = indexOfAscii(b, "trailer", tailStart); t >= 0 && scanned < MAX_TAIL_DICTS; t = indexOfAscii(b, "trailer", t + 7)) {
    scanned++;
    const dict = readDict(b, skipWhite(b, t + 7));
    if (dict) {
      found++;
      encrypted = encrypted || dict.encrypt;
    }
  }
  for (let x = indexOfAscii(b, "/XRef", tailStart); x >= 0 && scanned < MAX_TAIL_DICTS; x = indexOfAscii(b, "/XRef", x + 5)) {
    if (!isDelimiter(b[x + 5])) continue; // /XRefStm is a key of a hybrid file's trailer
    scanned++;
    // The dictionary that holds /Type /XRef opens after the nearest "N G obj" before it.
    const obj = lastIndexOfAscii(b, "obj", Math.max(tailStart, x - MAX_DICT), x);
    const dict = obj < 0 ? null : readDict(b, skipWhite(b, obj + 3));
    if (dict && dict.xref) {
      found++;
      encrypted = encrypted || dict.encrypt;
    }
  }
  return { found, encrypted };
}

/** Index of the `%PDF-` header within the first 1 KiB (the spec tolerates leading junk), or -1. */
export function pdfHeaderAt(b: Uint8Array): number {
  return indexOfAscii(b, "%PDF-", 0, 1024 + 5);
}

export function detectPdf(b: Uint8Array): EncryptionResult {
  const header = pdfHeaderAt(b);
  if (header < 0) return { status: "unknown", format: "pdf", detail: "Not a PDF: no %PDF- header." };
  let found = 0;
  let encrypted = false;
  const visited: number[] = [];

  const tailStart = Math.max(header, b.length - TAIL);
  const startxref = lastIndexOfAscii(b, "startxref", tailStart);
  if (startxref >= 0) {
    // Offsets count from the %PDF- header when junk precedes it.
    let offset = readInt(b, startxref + 9).value;
    for (let hop = 0; hop < MAX_PREV_HOPS && offset >= 0 && visited.indexOf(offset) < 0; hop++) {
      visited.push(offset);
      const dict = sectionDict(b, offset) || (header > 0 ? sectionDict(b, offset + header) : null);
      if (!dict) break;
      found++;
      if (dict.encrypt) encrypted = true;
      offset = dict.prev;
    }
  }

  // Only when startxref leads nowhere (offsets edited by hand, a cut-short update) read every
  // trailer and xref stream dictionary in the tail. Not otherwise: a content stream can quote
  // "trailer << /Encrypt … >>" as text, and the chain above is what readers actually use.
  if (found === 0) {
    const tail = scanTail(b, tailStart);
    found = tail.found;
    encrypted = tail.encrypted;
  }

  if (encrypted) {
    return {
      status: "encrypted",
      format: "pdf",
      // An owner-password-only PDF is encrypted yet opens without a password; telling the two
      // apart needs the password algorithms, which this check does not run.
      detail: "PDF with an /Encrypt dictionary in its trailer: password-protected (unless only an owner password restricts printing or copying).",
    };
  }
  if (found === 0) {
    return { status: "unknown", format: "pdf", detail: "PDF without a readable trailer (truncated or damaged): could not tell whether it is encrypted." };
  }
  return { status: "not-encrypted", format: "pdf", detail: "PDF without encryption: no /Encrypt entry in its trailer." };
}
