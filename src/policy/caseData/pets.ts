/**
 * Pets. Staff write to their vet, kennels, cattery, pet sitter or pet insurer about their own
 * animals ("Our spaniel, Bramble, is due her booster", "Tilly (domestic shorthair, 11) was
 * diagnosed with lymphoma"). An animal's name and health are no one's personal data, but the name
 * lists know "Bella", "Murphy" and "Tilly" as people's names. In such a message, names given once
 * and alone (no family name anywhere in it) are the animals', and health told of no one else is
 * theirs. A message with case wording is never read so: a case may have a dog and a vet in it.
 */
import type { Span } from "../detect/types";
import { plainNameWords } from "./knownPeople";
import { STRONG_CASE_WORDING } from "./pronouns";
import type { MessageReading } from "./reading";
import type { RoledSpan } from "./types";

/** An animal, by kind or breed. */
const ANIMAL =
  /\b(?:pets?|paws?|catter(?:y|ies)|dogs?|pupp(?:y|ies)|pups?|cats?|kittens?|rabbits?|bunn(?:y|ies)|guinea[ \t]+pigs?|hamsters?|ferrets?|budgies?|parrots?|tortoises?|ponies|pony|horses?|spaniels?|springers?|labradors?|retrievers?|terriers?|collies?|whippets?|greyhounds?|lurchers?|dachshunds?|cockapoos?|cavapoos?|poodles?|beagles?|pugs?|huskies|husky|shih[ \t-]+tzus?|schnauzers?|(?:domestic[ \t]+)?(?:short|long)hairs?|tabb(?:y|ies)|moggies|moggy)\b/i;
/** Where a pet is cared for or insured, and what it is given there. */
const PET_CARE =
  /\b(?:vets?|veterinary|kennels?|cattery|catteries|groomers?|dog[ \t-]+(?:walk(?:er|ing)|sitt(?:er|ing)|groom(?:er|ing))|(?:cat|pet|house)[ \t-]+sitt(?:er|ing)|pet[ \t]+(?:insurance|health|passport|plan|cover)|boosters?|flea[ \t]+(?:and[ \t]+worm(?:ing|er)[ \t]+)?treatment|worming|microchip(?:ped)?|neuter(?:ed|ing)?|spay(?:ed|ing)?|kennel[ \t]+cough)\b/i;
/** A recipient's or sender's address at a vet, kennels or cattery ("reception@ashfordvets.co.uk"). */
const PET_CARE_ADDRESS = /@[^@\s]*(?:vets?|veterinary|kennels|cattery|pets?)[^@\s]*$/i;
/** How much of the message is read for the cues (fail closed beyond: no pets). */
const MAX_TEXT = 20000;

export interface Pets {
  /** The message is about animals in someone's care (and tells no case). */
  about: boolean;
  /** Per span: a name that is a pet's. */
  names: Uint8Array;
}

/** The message's pets. `addresses`: its senders', recipients' and quoted headers' (lower case). */
export function petsOf(r: MessageReading, subject: string, addresses: Iterable<string>): Pets {
  const out = new Uint8Array(r.spans.length);
  if (!aboutPets(r.text.slice(0, MAX_TEXT), subject, addresses)) return { about: false, names: out };
  // A name whose words come with a family name anywhere in the message is a person's.
  const familyNamed = new Set<string>();
  for (const i of r.textNames) {
    const words = plainNameWords((r.spans[i] as Span).text);
    if (words.length > 1) for (const w of words) familyNamed.add(w.toLowerCase());
  }
  for (const i of r.textNames) {
    const span = r.spans[i] as Span;
    const words = plainNameWords(span.text);
    // One word alone: "Mr Murphy" is a person (the vet).
    if (words.length !== 1 || /\s/.test(span.text.trim()) || familyNamed.has((words[0] as string).toLowerCase()) || r.isKnown(span.text)) continue;
    out[i] = 1;
  }
  return { about: true, names: out };
}

/** Whether the message is about animals in care: a pet-care cue (text, subject or an address) and an animal, and no case wording. */
function aboutPets(text: string, subject: string, addresses: Iterable<string>): boolean {
  const all = `${subject}\n${text}`;
  if (!ANIMAL.test(all) || STRONG_CASE_WORDING.test(all)) return false;
  if (PET_CARE.test(all)) return true;
  for (const a of addresses) if (PET_CARE_ADDRESS.test(a)) return true;
  return false;
}

/**
 * The subject's names that are pets ("Booster appointment for Bramble", "Christmas boarding - Bella
 * and Luna"): in a message about pets, a one-word name the body says again, which the body gives as
 * no person's. The caller keeps them only when the body holds no case data.
 */
export function subjectPets(subject: string, subjectSpans: readonly Span[], body: string, bodySpans: readonly RoledSpan[], addresses: Iterable<string>): Span[] {
  const names = subjectSpans.filter((s) => s.kind === "person-name" && /^[A-Z][a-z]+$/.test(s.text.trim()));
  const text = body.slice(0, MAX_TEXT);
  if (names.length === 0 || !aboutPets(text, subject, addresses)) return [];
  return names.filter((s) => {
    // One pattern a name (its letters only, so nothing to escape).
    const word = new RegExp(`\\b${s.text.trim()}\\b`);
    return word.test(text) && bodySpans.every((b) => b.kind !== "person-name" || !word.test(b.text) || b.reason === "a pet");
  });
}
