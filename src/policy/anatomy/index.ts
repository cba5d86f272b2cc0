/** Public surface of message anatomy: a body split into greeting, text, sign-off, signature,
 * disclaimer and quoted history (see README.md). */
export { messageAnatomy } from "./anatomy";
export type { Anatomy, HeaderPerson, Part, PartKind, QuoteHeader } from "./types";
