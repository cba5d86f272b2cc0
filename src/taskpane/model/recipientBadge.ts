/**
 * How the pane shows a recipient's class: a badge (text + icon + colour, so colour is never the
 * only signal) and the lines of detail under the address (team and area, schedule, notes, the
 * address it probably meant).
 */
import { describeDays, hasRestrictedSchedule, monitoredDaysOf } from "../../policy/agreement/schedule";
import type { Mailbox, Partner } from "../../policy/agreement/types";
import type { RecipientClass, RecipientClassBase, RecipientClassKind } from "../../policy/recipients/types";
import { addressClassOf } from "../../policy/recipients/types";

export type BadgeTone = "success" | "informative" | "warning" | "danger" | "subtle";
export type BadgeIcon = "shield-check" | "people" | "building" | "globe" | "warning" | "error" | "history" | "question";

export interface RecipientBadge {
  text: string;
  tone: BadgeTone;
  icon: BadgeIcon;
}

export interface RecipientView {
  badge: RecipientBadge;
  /** Secondary badges for the other classes that hold (e.g. the address class under a look-alike). */
  alsoBadges: RecipientBadge[];
  details: string[];
  /** The address the user probably meant (look-alike) or should now use (retired format). */
  suggested?: string;
}

const BADGES: Record<RecipientClassKind, RecipientBadge> = {
  "partner-mailbox": { text: "Agreement mailbox", tone: "success", icon: "shield-check" },
  "partner-domain": { text: "Partner practitioner", tone: "success", icon: "people" },
  "own-organisation": { text: "Own organisation", tone: "informative", icon: "building" },
  "public-sector": { text: "Public sector, not a party", tone: "warning", icon: "building" },
  webmail: { text: "Personal webmail", tone: "danger", icon: "globe" },
  lookalike: { text: "Look-alike address", tone: "danger", icon: "error" },
  "retired-format": { text: "Retired address", tone: "warning", icon: "history" },
  "display-name-mismatch": { text: "Name shows another address", tone: "warning", icon: "warning" },
  invalid: { text: "Not a valid address", tone: "danger", icon: "error" },
  unknown: { text: "Unknown", tone: "subtle", icon: "question" },
};

export function badgeFor(kind: RecipientClassKind): RecipientBadge {
  return BADGES[kind];
}

function partnerName(partner: Partner): string {
  return partner.shortName ? `${partner.name} (${partner.shortName})` : partner.name;
}

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

function detailsOf(c: RecipientClassBase): string[] {
  switch (c.kind) {
    case "partner-mailbox":
      return [`${c.mailbox.name}, ${partnerName(c.partner)}`].concat(mailboxDetails(c.mailbox), c.partnerDissolved ? ["This partner has been dissolved."] : []);
    case "partner-domain":
      return [`${partnerName(c.partner)} (${c.domain})`].concat(c.partnerDissolved ? ["This partner has been dissolved."] : []);
    case "own-organisation":
      return [`Same organisation as you (${c.domain})`];
    case "public-sector":
      return [`UK public sector (${c.pattern}), but not a party to this agreement`];
    case "webmail":
      return [`Consumer webmail (${c.provider})`];
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

export function recipientView(c: RecipientClass): RecipientView {
  const primary: RecipientClassBase = c;
  const details = detailsOf(primary);
  const alsoBadges: RecipientBadge[] = [];
  // Under an overlay (look-alike, display-name mismatch) say where the mail really goes too.
  const addressClass = addressClassOf(c);
  if (addressClass.kind !== c.kind) {
    alsoBadges.push(badgeFor(addressClass.kind));
    if (addressClass.kind === "partner-mailbox" || addressClass.kind === "partner-domain") details.push(...detailsOf(addressClass));
  }
  for (const other of c.alsoNote) {
    if (other.kind === addressClass.kind || other.kind === c.kind) continue;
    alsoBadges.push(badgeFor(other.kind));
    details.push(...detailsOf(other));
  }
  const view: RecipientView = { badge: badgeFor(c.kind), alsoBadges, details };
  if (c.kind === "lookalike") view.suggested = c.probablyMeant;
  else if (c.kind === "retired-format" && c.currentAddress) view.suggested = c.currentAddress;
  return view;
}
