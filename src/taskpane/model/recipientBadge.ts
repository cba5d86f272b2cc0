/**
 * How the pane shows a recipient's class: a badge (text + icon + colour, so colour is never the
 * only signal) and the lines of detail under the address (team and area, schedule, notes, the
 * address it probably meant). The words are policy/recipients/describe.ts's; the tone and icon
 * are the pane's.
 */
import { classDetails, classLabel } from "../../policy/recipients/describe";
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

const LOOKS: Record<RecipientClassKind, Omit<RecipientBadge, "text">> = {
  "partner-mailbox": { tone: "success", icon: "shield-check" },
  "partner-domain": { tone: "success", icon: "people" },
  "own-organisation": { tone: "informative", icon: "building" },
  "public-sector": { tone: "warning", icon: "building" },
  webmail: { tone: "danger", icon: "globe" },
  lookalike: { tone: "danger", icon: "error" },
  "retired-format": { tone: "warning", icon: "history" },
  "display-name-mismatch": { tone: "warning", icon: "warning" },
  invalid: { tone: "danger", icon: "error" },
  unknown: { tone: "subtle", icon: "question" },
};

export function badgeFor(kind: RecipientClassKind): RecipientBadge {
  return { text: classLabel(kind), ...LOOKS[kind] };
}

export function recipientView(c: RecipientClass): RecipientView {
  const primary: RecipientClassBase = c;
  const details = classDetails(primary);
  const alsoBadges: RecipientBadge[] = [];
  // Under an overlay (look-alike, display-name mismatch) say where the mail really goes too.
  const addressClass = addressClassOf(c);
  if (addressClass.kind !== c.kind) {
    alsoBadges.push(badgeFor(addressClass.kind));
    if (addressClass.kind === "partner-mailbox" || addressClass.kind === "partner-domain") details.push(...classDetails(addressClass));
  }
  for (const other of c.alsoNote) {
    if (other.kind === addressClass.kind || other.kind === c.kind) continue;
    alsoBadges.push(badgeFor(other.kind));
    details.push(...classDetails(other));
  }
  const view: RecipientView = { badge: badgeFor(c.kind), alsoBadges, details };
  if (c.kind === "lookalike") view.suggested = c.probablyMeant;
  else if (c.kind === "retired-format" && c.currentAddress) view.suggested = c.currentAddress;
  return view;
}
