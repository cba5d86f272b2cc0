/**
 * The anatomy of a message body: which parts are the new text, the greeting, the sign-off, the
 * signature, disclaimers, and which are quoted history with its header blocks. Offsets are
 * JavaScript string indices into the caller's text, end exclusive.
 */
export type PartKind = "greeting" | "text" | "sign-off" | "signature" | "disclaimer" | "quote-header" | "unplaced";

export interface Part {
  kind: PartKind;
  start: number;
  end: number;
  /** 0 = the message being written; 1.. = quoted messages, oldest last, in order of appearance */
  message: number;
}

export interface HeaderPerson {
  field: "from" | "to" | "cc" | "bcc" | "wrote";
  name?: { start: number; end: number };
  address?: { start: number; end: number };
}

export interface QuoteHeader {
  start: number;
  end: number;
  /** The quoted message this header introduces (>= 1). */
  message: number;
  people: HeaderPerson[];
  /** offsets of a "Subject:" line's value, if any */
  subject?: { start: number; end: number };
  /** offsets of an "Attachments:" line's value, if any: file names, read as text */
  attachments?: { start: number; end: number };
}

export interface Anatomy {
  parts: Part[];
  headers: QuoteHeader[];
}
