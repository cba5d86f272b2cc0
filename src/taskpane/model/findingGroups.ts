/**
 * Findings grouped by where they are in the message, for the pane's Findings region. The report
 * is already worst first; groups are ordered by their worst finding, then by place, so the
 * problem to fix first is always at the top.
 */
import type { Finding, FindingField, Severity } from "../../policy/rules/types";
import { severityRank } from "../../policy/rules/types";

export type GroupPlace = "subject" | "body" | "recipients" | "attachments" | "agreement";

export interface FindingGroup {
  place: GroupPlace;
  title: string;
  worst: Severity;
  findings: Finding[];
}

const PLACE_OF: Record<FindingField, GroupPlace> = {
  subject: "subject",
  body: "body",
  recipients: "recipients",
  attachments: "attachments",
  // The route and the agreement itself are about the message as a whole.
  route: "agreement",
  agreement: "agreement",
};

const ORDER: GroupPlace[] = ["subject", "body", "recipients", "attachments", "agreement"];

const TITLES: Record<GroupPlace, string> = {
  subject: "Subject",
  body: "Body",
  recipients: "Recipients",
  attachments: "Attachments",
  agreement: "Route and agreement",
};

function bySeverityThenStart(a: Finding, b: Finding): number {
  return severityRank(b.severity) - severityRank(a.severity) || (a.start ?? 0) - (b.start ?? 0);
}

export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<GroupPlace, Finding[]>();
  for (const f of findings) {
    const place = PLACE_OF[f.field] ?? "agreement";
    const list = groups.get(place) ?? [];
    list.push(f);
    groups.set(place, list);
  }
  const out: FindingGroup[] = [];
  for (const place of ORDER) {
    const list = groups.get(place);
    if (!list) continue;
    const sorted = list.slice().sort(bySeverityThenStart);
    out.push({ place, title: TITLES[place], worst: (sorted[0] as Finding).severity, findings: sorted });
  }
  return out.sort((a, b) => severityRank(b.worst) - severityRank(a.worst) || ORDER.indexOf(a.place) - ORDER.indexOf(b.place));
}

/** Words a screen reader and a colour-blind user both get: never colour alone. */
export const SEVERITY_LABEL: Record<Severity, string> = { block: "Must fix", warn: "Check", info: "Note" };
