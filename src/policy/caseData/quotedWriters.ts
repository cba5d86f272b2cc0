/**
 * Who wrote each message of a thread, and so whose "I" it is. The new message's (0) is the
 * sender's. A quoted message's is its writer's, who is staff only when its header gives the
 * sender or a recipient of this message or an address at a public body's domain, or its signature gives a job or an employer ("Probation
 * Officer, Derby Probation Office"): anyone else may be a service user writing about himself ("I
 * stopped taking my olanzapine"). The writer's own health, address and people are set aside only
 * in a staff writer's message.
 */
import type { Anatomy, HeaderPerson, Part } from "../anatomy";
import { isStaffJobLine } from "../anatomy/lineShape";
import { isPublicServiceMailbox } from "./addresses";
import type { Span } from "../detect/types";
import { addPerson, isKnownAddress, isKnownName, type KnownPeople } from "./knownPeople";
import { isSignature, type SpanPlaces } from "./messageParts";

export function copyOfPeople(people: KnownPeople): KnownPeople {
  return { people: people.people.slice(), addresses: new Set(people.addresses), ...(people.sender ? { sender: people.sender } : {}) };
}

function headerName(text: string, person: HeaderPerson): string {
  return person.name ? text.slice(person.name.start, person.name.end) : "";
}

function headerAddress(text: string, person: HeaderPerson): string {
  return person.address ? text.slice(person.address.start, person.address.end) : "";
}

function isWriterField(person: HeaderPerson): boolean {
  return person.field === "from" || person.field === "wrote";
}

/** Everyone in a quoted header joins the known people: their names are contact details. */
export function addHeaderPeople(text: string, anatomy: Anatomy, known: KnownPeople): void {
  for (const h of anatomy.headers) {
    for (const person of h.people) addPerson(known, headerName(text, person), headerAddress(text, person));
  }
}

/** The messages (by number) whose writer is staff. `parties`: the sender and the recipients alone. */
export function staffWrittenMessages(text: string, anatomy: Anatomy, parties: KnownPeople): Set<number> {
  const staffWriter = new Set<number>([0]);
  for (const h of anatomy.headers) {
    for (const person of h.people) {
      if (!isWriterField(person)) continue;
      const name = headerName(text, person);
      const address = headerAddress(text, person);
      // A colleague writing from a public body's domain ("Ashworth, Rebecca <…@justice.gov.uk>") is staff too.
      if ((address && (isKnownAddress(parties, address) || isPublicServiceMailbox(address))) || (name && isKnownName(parties, name))) staffWriter.add(h.message);
    }
  }
  for (const part of anatomy.parts) {
    if (part.message === 0 || staffWriter.has(part.message) || !isSignature(part)) continue;
    const lines = text.slice(part.start, Math.min(part.end, part.start + 2000)).split("\n");
    for (const line of lines) {
      if (line.length <= 120 && isStaffJobLine(line)) {
        staffWriter.add(part.message);
        break;
      }
    }
  }
  return staffWriter;
}

/** The sender, the recipients, and the staff writers of quoted messages (a colleague's relative is not a case). */
export function staffPeopleOf(text: string, anatomy: Anatomy, parties: KnownPeople, staffWriter: ReadonlySet<number>): KnownPeople {
  const staffPeople = copyOfPeople(parties);
  for (const h of anatomy.headers) {
    if (!staffWriter.has(h.message)) continue;
    for (const person of h.people) {
      if (isWriterField(person)) addPerson(staffPeople, headerName(text, person), headerAddress(text, person));
    }
  }
  return staffPeople;
}

/** Whether a part is written by staff (no part: the new message's text). */
export function writtenByStaff(staffWriter: ReadonlySet<number>): (part: Part | undefined) => boolean {
  return (part) => !part || staffWriter.has(part.message);
}

/** The first word of a name, lower-case ("Pauline" of "Pauline Garside"). */
export function firstWord(name: string): string {
  const m = /[^\s,.'\u2019-]+/.exec(name);
  return m ? m[0].toLowerCase() : "";
}

/** The names greeted in the new message: those the writer replies to. In the messages they wrote
 * (quoted below), a name starting with that given name is their own ("Pauline Garside"). */
export function greetedNames(spans: readonly Span[], places: SpanPlaces): Set<string> {
  const greeted = new Set<string>();
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i] as Span;
    const part = places.partOf(i);
    if (span.kind === "person-name" && part && part.kind === "greeting" && part.message === 0) greeted.add(firstWord(span.text));
  }
  return greeted;
}

/** Names and e-mail addresses in signatures are the signers' own: known people (and staff, in a staff writer's message). */
export function addSigners(spans: readonly Span[], places: SpanPlaces, staffWriter: ReadonlySet<number>, staffPeople: KnownPeople, known: KnownPeople): void {
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i] as Span;
    const part = places.partOf(i);
    if (places.asText[i] || !part || !isSignature(part)) continue;
    if (span.kind === "person-name" && staffWriter.has(part.message)) addPerson(staffPeople, span.text, "");
    if (span.kind === "person-name") addPerson(known, span.text, "");
    else if (span.kind === "email-address") addPerson(known, "", span.text);
  }
}
