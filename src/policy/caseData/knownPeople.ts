/**
 * The people a message is from and to: the sender, the recipients, the people in quoted header
 * blocks and the names in signatures. Their names and addresses are contact details of staff,
 * not case data. A name in the text matches one of them when every word of it is one of that
 * person's words ("Tom" or "Tom Fletcher" for tom.fletcher@…, "Lloyd, Gareth").
 */
import { foldedLower } from "../detect/names/fold";

export interface KnownPerson {
  words: Set<string>;
}

export interface KnownPeople {
  people: KnownPerson[];
  /** Lower-case e-mail addresses. */
  addresses: Set<string>;
  /** The sender's name as words, when their name or address gives a given and a family name. */
  sender?: SenderName;
  /** The subject carries the OFFICIAL-SENSITIVE marking (or a try at it): the writer says it is case mail. */
  markedSubject?: boolean;
  /** Every recipient shares the sender's family name at an address of their own: a sister, a
   * husband ("shabana.patel.88@gmail.com" from rukhsana.patel@…). */
  toRelatives?: boolean;
}

/** Whether every recipient bears the sender's family name at another address (see KnownPeople.toRelatives). */
export function writtenToRelatives(sender: SenderName | undefined, senderAddress: string, recipients: readonly { name: string; address: string }[]): boolean {
  if (!sender || sender.family.length < 3 || recipients.length === 0) return false;
  const own = senderAddress.toLowerCase();
  // Outlook gives an address with no display name as its own name: read the address then. The
  // writer's own other address (comfort.asante@icloud.com from comfort.asante@dwp.gov.uk) is no
  // relative's: that is mail sent home.
  return recipients.every((r) => {
    const name = senderNameOf(r.name.indexOf("@") >= 0 ? "" : r.name, r.address) ?? runTogetherName(r.address, sender.family);
    return r.address.toLowerCase() !== own && !!name && familyShared(name.family, sender.family) && !sameGivenNames(name.given, sender.given);
  });
}

/** One family name is the other, or a part of it double-barrelled ("ashworth-reid" for ashworth). */
function familyShared(a: string, b: string): boolean {
  return a === b || a.split("-").includes(b) || b.split("-").includes(a);
}

/** An address whose local part runs a given name into the family name ("jamesdunmore82@…" for
 * the family name dunmore): that given name and family name. */
function runTogetherName(address: string, family: string): SenderName | undefined {
  const at = address.lastIndexOf("@");
  const local = at > 0 ? address.slice(0, at).toLowerCase().replace(/\d+/g, "") : "";
  const given = local.slice(0, local.length - family.length);
  return given.length >= 2 && /^[a-z]+$/.test(given) && local.slice(given.length) === family ? { given: [given], family } : undefined;
}

/** Whether two people's given names (or initials) agree: the first of each, its initial or its short form. */
function sameGivenNames(a: readonly string[], b: readonly string[]): boolean {
  const x = a[0];
  const y = b[0];
  if (!x || !y) return false;
  // A short form is the same person: "geth" of gethpugh@hotmail.co.uk for Gethin Pugh.
  const shortForm = (a: string, b: string): boolean => a.length >= 3 && b.startsWith(a);
  return x === y || (x.length === 1 && y[0] === x) || (y.length === 1 && x[0] === y) || shortForm(x, y) || shortForm(y, x);
}

/** A sender's name: lower-case given names (or initials, "j" of j.smith@…) and family name. */
export interface SenderName {
  given: string[];
  family: string;
}

const WORD = /[a-z\u00c0-\u024f][a-z\u00c0-\u024f'\u2019-]*[a-z\u00c0-\u024f]|[a-z\u00c0-\u024f]/g;

/** Lower-case words of a name or an address's local part ("tom.fletcher1987" → tom, fletcher),
 * folded to ASCII: "Tomasz Wójcik" is tomasz.wojcik@…. */
function nameWords(text: string): string[] {
  const lower = foldedLower(text, 0, text.length).replace(/['\u2019]s\b/g, "");
  return lower.match(WORD) ?? [];
}

export function emptyKnownPeople(): KnownPeople {
  return { people: [], addresses: new Set() };
}

/** Adds a person from a display name and/or an address; either may be empty. */
export function addPerson(known: KnownPeople, name: string, address: string): void {
  const at = address.lastIndexOf("@");
  if (at > 0) known.addresses.add(address.trim().toLowerCase());
  // Outlook gives an address with no display name as its own name: its domain ("richmond" of
  // leon.abara@richmond.gov.uk) names no one, so only the address's local part is read.
  const words = (name.indexOf("@") >= 0 ? [] : nameWords(name)).concat(at > 0 ? nameWords(address.slice(0, at)) : []);
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

/** Titles and post-nominal junk a display name may carry ("Dr", "PC 1234", "(she/her)"). */
const NOT_NAME_WORDS = new Set(["mr", "mrs", "ms", "miss", "mx", "dr", "pc", "ps", "ds", "dc", "di", "insp", "sgt", "she", "her", "he", "him", "they", "them"]);

/** The sender's given and family names, from their display name ("Eleanor Tate", "Tate,
 * Eleanor") or else their address ("eleanor.tate77@…", "e.tate@…"); undefined when neither gives
 * two words. */
export function senderNameOf(name: string, address: string): SenderName | undefined {
  const display = name.replace(/\([^)]*\)/g, " ");
  const comma = display.indexOf(",");
  if (comma > 0) {
    const family = nameWords(display.slice(0, comma)).filter((w) => !NOT_NAME_WORDS.has(w));
    const given = nameWords(display.slice(comma + 1)).filter((w) => !NOT_NAME_WORDS.has(w));
    if (family.length === 1 && given.length > 0) return { given, family: family[0] as string };
  }
  const words = nameWords(display).filter((w) => !NOT_NAME_WORDS.has(w));
  if (words.length >= 2) return { given: words.slice(0, -1), family: words[words.length - 1] as string };
  const at = address.lastIndexOf("@");
  const local = at > 0 ? address.slice(0, at).toLowerCase().replace(/\d+/g, "") : "";
  // A hyphen joins a double-barrelled name ("claire.sowerby-hunt@…"), unless it is the only separator.
  let pieces = local.split(/[._]+/).filter((w) => w !== "");
  if (pieces.length < 2) pieces = local.split(/-+/).filter((w) => w !== "");
  if (pieces.length >= 2) return { given: pieces.slice(0, -1), family: pieces[pieces.length - 1] as string };
  return undefined;
}

/** A name's lower-case words without titles ("Mrs Joan Tate" → joan, tate). */
export function plainNameWords(name: string): string[] {
  return nameWords(name).filter((w) => !NOT_NAME_WORDS.has(w));
}

/** A word lower-cased without its accents, as an address writes it ("szymanska" for Szymańska). */
export function fold(word: string): string {
  return foldedLower(word, 0, word.length);
}

function withoutApostrophes(word: string): string {
  return word.replace(/['\u2019]/g, "");
}

/** Whether a name in the text is the sender's own full name: their family name last and a given
 * name first, its initial or its short form ("Rhiannon Clare Evans" for rhiannon.evans@…,
 * "Jas Bains" for j.bains@…, "Jasvinder Bains" for jas.bains@…). */
export function isSenderFullName(sender: SenderName, name: string): boolean {
  const words = plainNameWords(name);
  // Accents folded and apostrophes dropped: an address writes "szymanska" for Szymańska and
  // "obrien" for O'Brien.
  if (words.length < 2 || withoutApostrophes(fold(words[words.length - 1] as string)) !== withoutApostrophes(fold(sender.family))) return false;
  const first = fold(words[0] as string);
  return sender.given.some((g) => g === first || (g.length === 1 && first.charAt(0) === g) || (Math.min(g.length, first.length) >= 3 && (first.startsWith(g) || g.startsWith(first))));
}

/** A family name whose ending says its bearer's gender: "Szymańsk-a", "Szymańsk-i" (group 1: the stem). */
const SLAVIC_FAMILY_NAME = /^(.{2,}(?:sk|ck|dzk))[aiy]$/;

/** Whether a full name's last word is the family name `family`, in either gender's form where a
 * language inflects it ("Kacper Szymański" for Hannah Szymańska, "Jan Novák" for Eva Nováková). */
export function sameFamilyName(words: readonly string[], family: string): boolean {
  if (words.length < 2) return false;
  const last = fold(words[words.length - 1] as string);
  family = fold(family);
  if (last === family) return true;
  // Double-barrelled on either side: "Zara Mensah-Clarke" for Hannah Clarke, "Paul Sowerby" for Claire Sowerby-Hunt.
  if (last.includes("-") || family.includes("-")) {
    const mine = family.split("-");
    if (last.split("-").some((w) => w.length > 1 && mine.includes(w))) return true;
  }
  const a = SLAVIC_FAMILY_NAME.exec(last);
  const b = SLAVIC_FAMILY_NAME.exec(family);
  if (a && b) return a[1] === b[1];
  return (family.endsWith("ova") && family.slice(0, -3) === last) || (last.endsWith("ova") && last.slice(0, -3) === family);
}
