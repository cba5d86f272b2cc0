/**
 * The dev set with its people renamed: each labelled message copied with every person's given name
 * and surname swapped for another, the same swap everywhere in it (subject, body, addresses, the
 * greeting, quoted headers, the signature), in the case it was written in ("Reid", "REID",
 * "marcus.reid@"). The verdict a user expects does not depend on who the people are, so each copy
 * keeps its label. This measures whether the verdicts rest on the dev set's particular names: the
 * messages SafeShare is measured on elsewhere have the same kinds with other people in them.
 */
import type { LabelledMessage } from "./evalMessages";

/** The people of messages.dev.jsonl, by the part of their name (read from the file once, by hand). */
export const DEV_GIVEN_NAMES = "Alex Alfie Bradley Claire Connor Dean Demi Ella Gareth Joanne Jordan Kayleigh Leah Lexi Marcus Nadia Priya Reece Riley Shannon Tom Tyler".split(" ");
export const DEV_SURNAMES = "Bennett Brooks Dale Fletcher Hollis Hussain Lloyd Marsh McAllister Morgan Nash Ogden Pickering Reid Shah Slack Walsh Webster".split(" ");

/**
 * Names to swap in, written for this project: given names of people born in the UK 1980–2020 and
 * surnames common there, including given names the name lists lack (Oaklee, Raiyan, Kaysha,
 * Renesmee) or hold only as surnames (Brodie, Lennox), and surnames that are everyday words (Baker,
 * Green, Hall, King). Maisy, Tayla, Jorja and Kaiden were missing too until renaming showed it.
 */
export const NEW_GIVEN_NAMES = (
  "Aaliyah Aisha Amara Amelia Arjun Ava Bailey Bethany Bilal Brodie Brooke Callum Cerys Charlie Chiamaka Cian Daisy Darcey Dominika Dylan " +
  "Evie Faith Ffion Florence Freddie George Grace Gurpreet Hamza Harley Harpreet Harry Hope Ibrahim Isla Ivy Jakub Jayden Jorja " +
  "Kacper Kaiden Kaysha Keeley Kieran Kofi Kwame Kyle Lacey Leanne Lennox Leo Libby Liam Lily Logan Macie Maisy Mason Muhammad Niamh Noah Oliver " +
  "Oaklee Oskar Poppy Precious Raiyan Reggie Renesmee Rhys Scarlett Seren Sophia Szymon Tayla Temitope Tendai Tillie Yusuf Zainab Zak"
).split(" ");
export const NEW_SURNAMES = (
  "Adeyemi Ahmed Ali Bagshaw Baker Begum Bhatti Bird Bostock Carter Chadwick Chaudhry Clarke Clegg Cooper Davies Dhillon Edwards " +
  "Evans Fairbrother Fox Gill Grabowski Green Greatorex Hall Hardy Harris Heathcote Hughes Jackson James Johnson Jones Kaczmarek Kaur " +
  "Khan King Kowalski Lee Lewis Mahmood Marriott Martin McCarthy McGowan Mensah Mitchell Moore Morris Nowak Nwachukwu O'Brien Oakes " +
  "Okafor Okonkwo Patel Pemberton Phillips Rahman Roberts Robinson Sandhu Scott Singh Smith Spencer-Jones Stubbs Taylor Thomas " +
  "Thompson Turner Walker Ward Watson White Wilson Wood Wozniak Wragg Wright Young"
).split(" ");

/** A small seeded generator (mulberry32), so a run's variants are the same every time. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `name` in the case of `written`: "REID" → "KAUR", "reid" → "kaur" (letters only, as in an address). */
function inCaseOf(written: string, name: string): string {
  if (written === written.toLowerCase()) return name.toLowerCase().replace(/[^a-z-]/g, "");
  if (written.length > 1 && written === written.toUpperCase()) return name.toUpperCase();
  return name;
}

/** A map from each old name to a new one of the same part, no new name used twice. */
function renaming(random: () => number): Map<string, string> {
  const used = new Set<string>();
  const map = new Map<string, string>();
  const pick = (pool: readonly string[]): string => {
    for (;;) {
      const name = pool[Math.floor(random() * pool.length)] as string;
      if (!used.has(name)) {
        used.add(name);
        return name;
      }
    }
  };
  for (const old of DEV_GIVEN_NAMES) map.set(old.toLowerCase(), pick(NEW_GIVEN_NAMES));
  for (const old of DEV_SURNAMES) map.set(old.toLowerCase(), pick(NEW_SURNAMES));
  return map;
}

const OLD_NAMES = new RegExp(`\\b(?:${[...DEV_GIVEN_NAMES, ...DEV_SURNAMES].join("|")})\\b`, "gi");

/** Every string in `value` (a parsed JSON message) with the old names swapped. */
function renameIn(value: unknown, map: ReadonlyMap<string, string>): unknown {
  if (typeof value === "string") return value.replace(OLD_NAMES, (w) => inCaseOf(w, map.get(w.toLowerCase()) as string));
  if (Array.isArray(value)) return value.map((v) => renameIn(v, map));
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, renameIn(v, map)]));
  return value;
}

/** `perMessage` renamed copies of each message, ids suffixed "~seed.n". */
export function renamedVariants(messages: readonly LabelledMessage[], seed: number, perMessage: number): LabelledMessage[] {
  const random = seeded(seed);
  const out: LabelledMessage[] = [];
  for (const m of messages) {
    const parsed = JSON.parse(m.line) as { id: string; message: Record<string, unknown>; expect: unknown; category: string };
    for (let n = 0; n < perMessage; n++) {
      const id = `${m.id}~${seed}.${n}`;
      const message = { ...(renameIn(parsed.message, renaming(random)) as Record<string, unknown>), id };
      out.push({ id, category: m.category, expected: m.expected, line: JSON.stringify({ ...parsed, id, message }) });
    }
  }
  return out;
}

/** Titles and initials a labelled name keeps as they are ("Mrs Begum", "J. Phillips"). */
const KEPT_WORD = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Baby|[A-Z]\.?)$/;
const NAME_WORD = /[A-Za-z][A-Za-z'-]+/g;

/**
 * The labelled corpus (subjects or bodies) with every person-name span's words swapped: a word the
 * corpus uses first in a two-word name is a given name, last a surname ("CLARKE, Jakub" read
 * surname first), each replaced by a name of the same part in the same case, and every span after
 * it moved by the change in length. Labels are otherwise unchanged.
 */
export function renamedCorpus<T extends { text: string; spans: { start: number; end: number; kind: string }[] }>(items: readonly T[], seed: number): T[] {
  const given = new Set<string>();
  const surnames = new Set<string>();
  for (const item of items) {
    for (const span of item.spans) {
      if (span.kind !== "person-name") continue;
      const words = (item.text.slice(span.start, span.end).match(NAME_WORD) ?? []).filter((w) => !KEPT_WORD.test(w));
      if (words.length !== 2) continue;
      let [first, last] = words as [string, string];
      if (first === first.toUpperCase() && last !== last.toUpperCase()) [first, last] = [last, first];
      given.add(first.toLowerCase());
      surnames.add(last.toLowerCase());
    }
  }
  const random = seeded(seed);
  const pick = (pool: readonly string[]): string => pool[Math.floor(random() * pool.length)] as string;
  return items.map((item) => {
    let text = item.text;
    const spans = item.spans.map((s) => ({ ...s }));
    const names = spans.filter((s) => s.kind === "person-name").sort((a, b) => b.start - a.start);
    for (const name of names) {
      const old = text.slice(name.start, name.end);
      const renamed = old.replace(NAME_WORD, (w) => {
        const lower = w.toLowerCase();
        if (KEPT_WORD.test(w)) return w;
        if (surnames.has(lower)) return inCaseOf(w, pick(NEW_SURNAMES));
        if (given.has(lower)) return inCaseOf(w, pick(NEW_GIVEN_NAMES));
        return w;
      });
      const shift = renamed.length - old.length;
      const end = name.end;
      text = text.slice(0, name.start) + renamed + text.slice(end);
      for (const s of spans) {
        if (s.start >= end) s.start += shift;
        // The name's own span, and any span holding it, end later by as much.
        if (s.end >= end) s.end += shift;
      }
    }
    return { ...item, text, spans };
  });
}
