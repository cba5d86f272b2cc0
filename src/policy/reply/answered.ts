/**
 * Replies and forwards: who was on the message being answered, and which recipients the user
 * added. Outlook gives an add-in no API for the original's recipients while composing (only the
 * compose type, Mailbox 1.10), so SafeShare reads them from the body: the From, To, Cc (and
 * "… wrote:") people of the FIRST quoted header block, which is the message being answered.
 *
 * Limits, by design: a user who deletes or edits the quoted header leaves nothing to compare
 * (then nothing is said, never a guess); a header that shows names only (Outlook desktop for
 * people in the address book) is matched by name; Bcc recipients of the original never appear
 * in a header, so one kept on a reply reads as added.
 */
import type { Anatomy } from "../anatomy";
import type { Recipient } from "../snapshot";

/** Office.MailboxEnums.ComposeType's values (item.getComposeTypeAsync, Mailbox 1.10). */
export type ComposeType = "newMail" | "reply" | "forward";

export const COMPOSE_TYPES: readonly ComposeType[] = ["newMail", "reply", "forward"];

/** A compose type as Outlook reported it, or undefined for anything SafeShare does not know. */
export function composeTypeOf(value: unknown): ComposeType | undefined {
  return COMPOSE_TYPES.find((t) => t === value);
}

/** The people of the first quoted header (the message being answered), or null when the body
 * has no quoted header naming anyone. */
export function answeredPeople(text: string, anatomy: Anatomy): Recipient[] | null {
  let first: Anatomy["headers"][number] | undefined;
  for (const h of anatomy.headers) if (!first || h.start < first.start) first = h;
  if (!first) return null;
  const people: Recipient[] = [];
  for (const p of first.people) {
    if (p.field === "bcc") continue;
    const name = p.name ? text.slice(p.name.start, p.name.end).trim() : "";
    const address = p.address ? text.slice(p.address.start, p.address.end).trim() : "";
    if (name || address) people.push({ name, address });
  }
  return people.length > 0 ? people : null;
}

/** Lower-case words of a name in any order: "Lloyd, Gareth" and "Gareth Lloyd" match. */
function nameKey(name: string): string {
  return name
    .toLowerCase()
    .split(/[^a-z0-9\u00c0-\u024f'-]+/)
    .filter((w) => w.length > 0)
    .sort()
    .join(" ");
}

/** Whether a recipient was on the answered message: by address, or by name where the header
 * gives a name without an address. */
export function wasOnAnswered(recipient: Recipient, people: readonly Recipient[]): boolean {
  const address = recipient.address.trim().toLowerCase();
  const name = nameKey(recipient.name);
  for (const p of people) {
    if (p.address) {
      if (address !== "" && p.address.toLowerCase() === address) return true;
    } else if (name !== "" && nameKey(p.name) === name) {
      return true;
    }
  }
  return false;
}
