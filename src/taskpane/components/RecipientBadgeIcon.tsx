/** The icon for each recipient badge (the badge's text says the same: icons are decoration). */
import {
  Building16Regular,
  ErrorCircle16Regular,
  Globe16Regular,
  History16Regular,
  People16Regular,
  QuestionCircle16Regular,
  ShieldCheckmark16Regular,
  Warning16Regular,
} from "@fluentui/react-icons";
import type { BadgeIcon } from "../model/recipientBadge";

const ICONS: Record<BadgeIcon, typeof Building16Regular> = {
  "shield-check": ShieldCheckmark16Regular,
  people: People16Regular,
  building: Building16Regular,
  globe: Globe16Regular,
  warning: Warning16Regular,
  error: ErrorCircle16Regular,
  history: History16Regular,
  question: QuestionCircle16Regular,
};

export function RecipientBadgeIcon({ icon }: { icon: BadgeIcon }) {
  const Icon = ICONS[icon];
  return <Icon aria-hidden="true" />;
}
