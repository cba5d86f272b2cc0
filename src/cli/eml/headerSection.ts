/**
 * An .eml file's bytes → the same message in canonical form for the MIME parser, tolerating
 * what real files carry and mail clients accept, or the reason it is not an e-mail message.
 *
 * Tolerated: a UTF-8 byte-order mark; blank lines before the first field; CR-only, LF-only and mixed line endings (all become
 * CRLF, as mail clients read a lone CR or LF as a line break); an mbox "From " line; a header
 * section ended by a line of only whitespace; field names with spaces in them; a header value
 * hard-wrapped onto a line that does not start with whitespace (Exchange does this), which is
 * joined to the field above when more fields follow it; and a missing blank line before the
 * body (the first non-field line after the last field starts the body, so its text is
 * checked as body rather than lost in a header).
 * Refused: an empty file, NUL bytes in the header section, a first line that is not a field,
 * and a header with none of From, To, Cc, Bcc, Subject or Date.
 */
export type Prepared =
  | {
      ok: true;
      text: string;
      repairs: string[];
      /** The text is the file's bytes unchanged (no byte-order mark, nothing repaired, CRLF
       * throughout), so a parser may be given the bytes themselves rather than a copy. */
      verbatim: boolean;
    }
  | { ok: false; reason: string };

/** A field name is printable ASCII without ":"; real files also put spaces in it. */
const FIELD = /^[\x21-\x39\x3b-\x7e][\x20-\x39\x3b-\x7e]*:/;
const MESSAGE_FIELDS = new Set(["from", "to", "cc", "bcc", "subject", "date"]);
const WSP_START = /^[ \t]/;
const BLANK = /^[ \t]*$/;
/** A CR or LF that is not part of a CRLF pair. */
const LONE_BREAK = /\r(?!\n)|(?<!\r)\n/;

const bomLength = (bytes: Uint8Array) => (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0);

/** The bytes as a string of one character per byte, with a UTF-8 byte-order mark dropped. */
function byteText(bytes: Uint8Array): string {
  const start = bomLength(bytes);
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, bytes.length - start).toString("latin1");
}

export function prepareEml(bytes: Uint8Array): Prepared {
  if (bytes.length === 0) return { ok: false, reason: "the file is empty" };
  const text = byteText(bytes);
  // Only the header section is split into lines: a 20 MB body is passed on in one piece.
  const reader = lineReader(text);
  const repairs: string[] = [];
  let line = reader.next();
  // An mbox separator is not a header; line numbers in messages still count it.
  let first = line !== null && line.startsWith("From ") ? ((line = reader.next()), 2) : 1;
  // Blank or whitespace-only lines before the first field: mail clients skip them.
  const leading = first;
  while (line !== null && BLANK.test(line) && reader.position < text.length) {
    line = reader.next();
    first++;
  }
  if (first > leading) repairs.push(`line${first - leading > 1 ? `s ${leading}–${first - 1} hold` : ` ${leading} holds`} only whitespace before the first header field: skipped`);
  // Where the header section ends: an empty line, or a whitespace-only line that nothing folds onto.
  const header: string[] = [];
  let rest = "";
  /** Where the body starts in `text` when its line breaks were all CRLF already (-1: not so). */
  let keptBodyFrom = -1;
  while (line !== null) {
    const lineEnd = reader.position;
    const next = reader.next();
    if (line === "" || (BLANK.test(line) && !WSP_START.test(next ?? ""))) {
      if (line !== "") repairs.push(`line ${header.length + first} holds only whitespace: read as the end of the header section`);
      // The blank line and everything after it, every line break made CRLF as before. Most
      // bodies already are: testing first spares a 20 MB body a copy.
      if (next === null) rest = "\r\n";
      else {
        const body = text.slice(lineEnd);
        const lone = LONE_BREAK.test(body);
        if (!lone) keptBodyFrom = lineEnd;
        rest = "\r\n\r\n" + (lone ? body.replace(/\r\n|\r|\n/g, "\r\n") : body);
      }
      break;
    }
    header.push(line);
    line = next;
  }
  const ended = rest !== "";
  if (header.some((l) => l.includes("\0"))) return { ok: false, reason: "it holds binary data, not an e-mail message" };
  if (header.length === 0 || !FIELD.test(header[0] as string)) {
    return { ok: false, reason: `line 1 is neither a header field ("Name: value") nor the continuation of one, so this is not an e-mail message` };
  }
  let lastField = 0;
  header.forEach((l, i) => {
    if (FIELD.test(l)) lastField = i;
  });
  let bodyStart = -1;
  for (let i = 1; i < header.length; i++) {
    const line = header[i] as string;
    if (FIELD.test(line) || WSP_START.test(line)) continue;
    if (i < lastField) {
      header[i] = " " + line;
      repairs.push(`line ${i + first} is not a header field: read as a hard-wrapped continuation of the field above`);
    } else {
      bodyStart = i;
      repairs.push(`line ${i + first} is not a header field and no field follows it: read as the start of the body (no blank line before it)`);
      break;
    }
  }
  const names = new Set(header.filter((l) => FIELD.test(l)).map((l) => l.slice(0, l.indexOf(":")).trim().toLowerCase()));
  if (![...names].some((n) => MESSAGE_FIELDS.has(n))) return { ok: false, reason: "it has no From, To, Cc, Bcc, Subject or Date header, so it is not an e-mail message" };
  const out = bodyStart < 0 ? header : header.slice(0, bodyStart).concat([""], header.slice(bodyStart));
  const head = out.join("\r\n");
  // Nothing changed: the bytes as they are (and no second copy of a large body).
  if (keptBodyFrom >= 0 && bomLength(bytes) === 0 && head.length + 4 === keptBodyFrom && text.startsWith(head + "\r\n\r\n")) return { ok: true, text, repairs, verbatim: true };
  // A header-only message still ends its header section.
  return { ok: true, text: head + (ended ? rest : "\r\n"), repairs, verbatim: false };
}

/** Reads lines (without their CRLF, CR or LF) from the start of `text`, one at a time. */
function lineReader(text: string): { next(): string | null; readonly position: number } {
  const BREAK = /\r\n|\r|\n/g;
  let position = 0;
  let done = false;
  return {
    get position() {
      return position;
    },
    next() {
      if (done) return null;
      BREAK.lastIndex = position;
      const m = BREAK.exec(text);
      const line = text.slice(position, m ? m.index : text.length);
      if (m) position = m.index + m[0].length;
      else {
        position = text.length;
        done = true;
      }
      return line;
    },
  };
}
