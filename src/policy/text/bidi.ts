/**
 * Bidirectional formatting characters: the Arabic letter mark (U+061C), the left-to-right and
 * right-to-left marks (U+200E, U+200F), embeddings and overrides (U+202A–U+202E) and isolates
 * (U+2066–U+2069). Inside a value shown in SafeShare's own sentences (a name, an address, a
 * template field) they can reorder the text around the value ("Trojan Source"), so such values
 * are shown without them. Other invisible characters (zero-width joiners, variation selectors)
 * are left: names and emoji in some scripts need them, and they reorder nothing.
 */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `text` without its bidi formatting characters (the same string when it has none). */
export function withoutBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, "");
}
