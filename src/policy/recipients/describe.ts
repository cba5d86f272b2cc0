/**
 * A recipient class in words, in one place, for the rules' messages, the task pane and the CLI:
 * - `classLabel(kind)`: a short label ("Personal webmail"), the pane's badge and the records
 *   report's class column;
 * - `classPhrase(c)`: a lower-case noun phrase for inside a sentence ("personal webmail
 *   (gmail.com)"); `describeDestination(c)` is the phrase for where a recipient's mail goes
 *   (the look-alike when there is one, else the address class);
 * - `classDetails(c)`: the lines the pane shows under the address (team, schedule, what to use).
 * Every kind has all three: the tables are exhaustive over `RecipientClassKind`, so a new kind
 * does not compile until it is worded here.
 */
import { describeDays, hasRestrictedSchedule, monitoredDaysOf } from "../agreement/schedule";
import type { Mailbox, Partner } from "../agreement/types";
import { addressClassOf, findClass, type RecipientClass, type RecipientClassBase, type RecipientClassKind } from "./types";

const LABELS: Record<RecipientClassKind, string> = {
  "partner-mailbox": "Agreement mailbox",
  "partner-domain": "Partner practitioner",
  "own-organisation": "Own organisation",
  "public-sector": "Public sector, not a party",
  webmail: "Personal webmail",
  lookalike: "Look-alike address",
  "retired-format": "Retired address",
  "display-name-mismatch": "Name shows another address",
  invalid: "Not a valid address",
  unknown: "Unknown",
};

/** The short label of a kind ("Agreement mailbox"). */
export function classLabel(kind: RecipientClassKind): string {
  return LABELS[kind];
}

/** The label of a kind given as text (a records row's class); the text itself when it is no kind. */
export function classLabelOfName(name: string): string {
  return Object.prototype.hasOwnProperty.call(LABELS, name) ? LABELS[name as RecipientClassKind] : name;
}

/** "Derbyshire County Council (DCC)". */
function partnerName(partner: Partner): string {
  return partner.shortName ? `${partner.name} (${partner.shortName})` : partner.name;
}

/** A lower-case noun phrase for the class, to use inside a sentence. */
export function classPhrase(c: RecipientClassBase): string {
  switch (c.kind) {
    case "partner-mailbox":
      return `the ${c.mailbox.name} mailbox of ${c.partner.name}`;
    case "partner-domain":
      return c.generalInbox ? `the public-facing inbox of ${c.partner.name} (${c.domain})` : `${c.partner.name} (${c.domain})`;
    case "own-organisation":
      return "your own organisation, which is not a party to this agreement";
    case "public-sector":
      return "a public-sector organisation that is not a party to this agreement";
    case "webmail":
      return `personal webmail (${c.provider})`;
    case "lookalike":
      return `a look-alike of ${c.lookalikeOf}`;
    case "retired-format":
      return "a retired secure-email address";
    case "display-name-mismatch":
      return `an address whose display name shows ${c.displayAddress}`;
    case "invalid":
      return "not a valid e-mail address";
    case "unknown":
      return "an external address SafeShare does not know";
  }
}

/** Where a recipient's mail goes, as a phrase: the look-alike it is, else its address class. */
export function describeDestination(c: RecipientClass): string {
  const lookalike = findClass(c, "lookalike");
  return classPhrase(lookalike ?? addressClassOf(c));
}

/** Team and area, the monitored days (and what to use on others), the mailbox's notes. */
function mailboxDetails(mailbox: Mailbox): string[] {
  const out: string[] = [];
  const where = [mailbox.team, mailbox.area].filter((s): s is string => Boolean(s));
  if (where.length > 0) out.push(where.join(" · "));
  if (hasRestrictedSchedule(mailbox)) {
    let schedule = `Monitored ${describeDays(monitoredDaysOf(mailbox))} only`;
    if (mailbox.alternative) schedule += `; on other days use ${mailbox.alternative}`;
    out.push(schedule);
  }
  if (mailbox.notes) out.push(mailbox.notes);
  return out;
}

const DISSOLVED = "This partner has been dissolved.";
const GENERAL_INBOX = "A public-facing inbox: not a route for case data.";

/** The lines shown under a recipient's address for this class (at least one). */
export function classDetails(c: RecipientClassBase): string[] {
  switch (c.kind) {
    case "partner-mailbox":
      return [`${c.mailbox.name}, ${partnerName(c.partner)}`].concat(mailboxDetails(c.mailbox), c.partnerDissolved ? [DISSOLVED] : []);
    case "partner-domain":
      return [`${partnerName(c.partner)} (${c.domain})`].concat(c.generalInbox ? [GENERAL_INBOX] : [], c.partnerDissolved ? [DISSOLVED] : []);
    case "own-organisation":
      return [`Your own organisation (${c.domain})`];
    case "public-sector":
      return [`UK public sector (${c.pattern}), but not a party to this agreement`];
    case "webmail":
      return [`Personal webmail (${c.provider})`];
    case "lookalike":
      return [c.detail, `Probably meant: ${c.probablyMeant}`];
    case "retired-format":
      return [c.detail].concat(c.currentAddress ? [`Use now: ${c.currentAddress}`] : []);
    case "display-name-mismatch":
      return [`The display name shows ${c.displayAddress}`];
    case "invalid":
      return [c.reason];
    case "unknown":
      return ["Not in the agreement and not a known organisation"];
  }
}
