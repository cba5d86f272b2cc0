/** The "Set aside" summary: what SafeShare read and did not count as case data, and why. */
import type { RoledSpan, SetAsideGroup, SetAsideReason } from "./types";

const ORDER: SetAsideReason[] = ["your signature", "the greeting", "the sender or a recipient", "a quoted header", "a quoted signature", "a disclaimer", "no case context"];

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

/** "your signature, the greeting, 3 names with no case context": one line for the pane. */
export function setAsideLine(groups: readonly SetAsideGroup[]): string {
  return groups.map((g) => g.reason).join(", ");
}
