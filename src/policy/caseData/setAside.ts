/** The "Set aside" summary: what SafeShare read and did not count as case data, and why. */
import type { RoledSpan, SetAsideGroup, SetAsideReason } from "./types";

const ORDER: SetAsideReason[] = ["your signature", "the greeting", "the sender or a recipient", "a quoted header", "a quoted signature", "a disclaimer", "a named professional", "a service's number", "a public-sector mailbox", "a pet", "no case context"];

/** Short labels for the one-line summary. */
const LABELS: Record<SetAsideReason, string> = {
  "your signature": "your signature",
  "the greeting": "the greeting",
  "the sender or a recipient": "the sender's and recipients' own details",
  "a quoted header": "quoted headers",
  "a quoted signature": "quoted signatures",
  "a disclaimer": "the disclaimer",
  "a named professional": "professionals named with their organisation or job",
  "a service's number": "services' telephone numbers",
  "a public-sector mailbox": "public bodies' e-mail addresses",
  "a pet": "pets' names and health",
  "no case context": "details with no case context",
};

/** Why each is not case data, for the expander. */
const WHY: Record<SetAsideReason, string> = {
  "your signature": "Your own name and work contact details are not data about the people a case concerns.",
  "the greeting": "The name you greet is the recipient's, not someone the case is about.",
  "the sender or a recipient": "The names and addresses of the people writing and receiving this message are contact details.",
  "a quoted header": "The From, Sent, To and Cc lines of quoted messages name staff, not the people a case concerns.",
  "a quoted signature": "Signatures in quoted messages hold staff contact details.",
  "a disclaimer": "Confidentiality notices are boilerplate.",
  "a named professional":
    "A name given with the organisation the person works for (“Declan Murphy (The Probation Service)”), a job title, a role in an attendance list, or after a police rank or “Dr” is a professional's, not someone a case concerns; so are the message's other mentions of that person.",
  "a service's number": "A number the message tells the reader to call for a service (“please call the duty team on …”) is the service's, not a person's.",
  "a public-sector mailbox": "An e-mail address at a public body's domain (a council, the police, the NHS, HMPPS, CJSM) is a member of staff's or a team's mailbox, not the contact detail of someone a case concerns.",
  "a pet": "In a message about animals in your care (to a vet, kennels, a cattery, a pet sitter or a pet insurer) with no case wording, a name given alone and the health told of no one else are the animals'. Name a person with their family name, or write case wording, and they count.",
  "no case context": "Nothing in their sentence ties them to a case (no identifier, date of birth, home address, health or offence detail, or case wording), like colleagues' names on a booking. Add such detail and they count.",
};

export function setAsideLabel(reason: SetAsideReason): string {
  return LABELS[reason];
}

export function setAsideWhy(reason: SetAsideReason): string {
  return WHY[reason];
}

export function setAsideGroups(spans: readonly RoledSpan[]): SetAsideGroup[] {
  const byReason = new Map<SetAsideReason, string[]>();
  for (const span of spans) {
    if (span.role !== "set-aside" || !span.reason) continue;
    const texts = byReason.get(span.reason) ?? [];
    const text = span.text.replace(/\s+/g, " ").trim();
    if (texts.indexOf(text) < 0) texts.push(text);
    byReason.set(span.reason, texts);
  }
  return ORDER.filter((r) => byReason.has(r)).map((reason) => ({ reason, texts: byReason.get(reason) as string[] }));
}

/** "your signature, quoted headers": the pane's one quiet line. */
export function setAsideLine(groups: readonly SetAsideGroup[]): string {
  return groups.map((g) => LABELS[g.reason]).join(", ");
}
