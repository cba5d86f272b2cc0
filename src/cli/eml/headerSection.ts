/**
 * An .eml file's bytes → the same message in canonical form for the MIME parser, tolerating
 * what real files carry and mail clients accept, or the reason it is not an e-mail message.
 *
 * Tolerated: a UTF-8 byte-order mark; CR-only, LF-only and mixed line endings (all become
 * CRLF, as mail clients read a lone CR or LF as a line break); an mbox "From " line; a header
 * section ended by a line of only whitespace; field names with spaces in them; a header value
 * hard-wrapped onto a line that does not start with whitespace (Exchange does this), which is
 * joined to the field above when more fields follow it; and a missing blank line before the
 * body (the first non-field line after the last field starts the body, so its text is
 * checked as body rather than lost in a header).
 * Refused: an empty file, NUL bytes in the header section, a first line that is not a field,
 * and a header with none of From, To, Cc, Bcc, Subject or Date.
 */
export type Prepared = { ok: true; text: string; repairs: string[] } | { ok: false; reason: string };

/** A field name is printable ASCII without ":"; real files also put spaces in it. */
const FIELD = /^[\x21-\x39\x3b-\x7e][\x20-\x39\x3b-\x7e]*:/;
const MESSAGE_FIELDS = new Set(["from", "to", "cc", "bcc", "subject", "date"]);
const WSP_START = /^[ \t]/;
const BLANK = /^[ \t]*$/;

/** The bytes as a string of one character per byte, with a UTF-8 byte-order mark dropped. */
function byteText(bytes: Uint8Array): string {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, bytes.length - start).toString("latin1");
}

export function prepareEml(bytes: Uint8Array): Prepared {
  if (bytes.length === 0) return { ok: false, reason: "the file is empty" };
  const lines = byteText(bytes).split(/\r\n|\r|\n/);
  const repairs: string[] = [];
  // An mbox separator is not a header; line numbers in messages still count it.
  const first = lines[0]?.startsWith("From ") ? (lines.shift(), 2) : 1;
  // Where the header section ends: an empty line, or a whitespace-only line that nothing folds onto.
  let end = lines.length;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line === "") {
      end = i;
      break;
    }
    if (BLANK.test(line) && !WSP_START.test(lines[i + 1] ?? "")) {
      lines[i] = "";
      repairs.push(`line ${i + first} holds only whitespace: read as the end of the header section`);
      end = i;
      break;
    }
  }
  const header = lines.slice(0, end);
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
  const rest = lines.slice(end);
  const out = bodyStart < 0 ? header.concat(rest) : header.slice(0, bodyStart).concat([""], header.slice(bodyStart), rest);
  if (end === lines.length) out.push(""); // a header-only message still ends its header section
  return { ok: true, text: out.join("\r\n"), repairs };
}
