/** Test helper: the roles assignRoles gives a body's spans, read as check.ts reads them. */
import { messageAnatomy } from "../../../src/policy/anatomy";
import { assignRoles } from "../../../src/policy/caseData";
import { addPerson, emptyKnownPeople, senderNameOf } from "../../../src/policy/caseData/knownPeople";
import type { RoledSpan } from "../../../src/policy/caseData/types";
import { detect } from "../../../src/policy/detect";

/** Each span of `text` with its role; `people` are the sender and recipients ([name, address]),
 * the sender first when `senderFirst` (as check.ts reads the From line). */
export function roledSpans(text: string, people: readonly [string, string][], senderFirst = false): RoledSpan[] {
  const known = emptyKnownPeople();
  for (const [name, address] of people) addPerson(known, name, address);
  const sender = senderFirst && people[0] ? senderNameOf(people[0][0], people[0][1]) : undefined;
  if (sender) known.sender = sender;
  return assignRoles({ text, spans: detect(text), anatomy: messageAnatomy(text), known });
}

/** "case", or the reason a span was set aside. */
export function roleOf(span: RoledSpan): string {
  return span.role === "case" ? "case" : (span.reason as string);
}

/** The role of each span keyed by its text (`first`: the first span of a text wins, else the last). */
export function rolesByText(text: string, people: readonly [string, string][], first = false, senderFirst = false): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of roledSpans(text, people, senderFirst)) if (!first || !(s.text in out)) out[s.text] = roleOf(s);
  return out;
}
