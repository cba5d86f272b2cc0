/**
 * The people a message is from and to: the sender, the recipients, the people in quoted header
 * blocks and the names in signatures. Their names and addresses are contact details of staff,
 * not case data. A name in the text matches one of them when every word of it is one of that
 * person's words ("Tom" or "Tom Fletcher" for tom.fletcher@…, "Lloyd, Gareth").
 */

export interface KnownPerson {
  words: Set<string>;
}

export interface KnownPeople {
  people: KnownPerson[];
  /** Lower-case e-mail addresses. */
  addresses: Set<string>;
}

const WORD = /[a-z\u00c0-\u024f][a-z\u00c0-\u024f'\u2019-]*[a-z\u00c0-\u024f]|[a-z\u00c0-\u024f]/g;

/** Lower-case words of a name or an address's local part ("tom.fletcher1987" → tom, fletcher). */
function nameWords(text: string): string[] {
  const lower = text.toLowerCase().replace(/['\u2019]s\b/g, "");
  return lower.match(WORD) ?? [];
}

export function emptyKnownPeople(): KnownPeople {
  return { people: [], addresses: new Set() };
}

/** Adds a person from a display name and/or an address; either may be empty. */
export function addPerson(known: KnownPeople, name: string, address: string): void {
  const at = address.lastIndexOf("@");
  if (at > 0) known.addresses.add(address.trim().toLowerCase());
  const words = nameWords(name).concat(at > 0 ? nameWords(address.slice(0, at)) : []);
  // One-letter words ("j" of j.smith) would match any initial.
  const kept = words.filter((w) => w.length > 1);
  if (kept.length > 0) known.people.push({ words: new Set(kept) });
}

/** Whether the name is one of the known people's. */
export function isKnownName(known: KnownPeople, name: string): boolean {
  const words = nameWords(name).filter((w) => w.length > 1);
  if (words.length === 0) return false;
  for (const person of known.people) {
    if (words.every((w) => person.words.has(w))) return true;
  }
  return false;
}

export function isKnownAddress(known: KnownPeople, address: string): boolean {
  return known.addresses.has(address.trim().toLowerCase());
}
