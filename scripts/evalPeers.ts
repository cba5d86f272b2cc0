/**
 * The systems compared by `npm run eval` and `npm run bench`: SafeShare's detect() and two
 * off-the-shelf peers run on the same text, each mapped onto our kinds.
 */
import nlp from "compromise";
import { detect } from "../src/policy/detect";
import { PERSONAL_DATA_KINDS, type PersonalDataKind } from "../src/policy/detect/types";
import type { FoundSpan } from "./evalMetrics";
import { makeRedactPii } from "./evalRedactPii";

export interface System {
  name: string;
  /** Kinds it can report (others show as "—"). */
  kinds: readonly PersonalDataKind[];
  find(text: string): FoundSpan[];
  /** How it was run and mapped, for the notes under the table. */
  note: string;
}

export const safeShare: System = {
  name: "SafeShare",
  kinds: PERSONAL_DATA_KINDS,
  find: (text) => detect(text).map(({ start, end, kind }) => ({ start, end, kind })),
  note: "detect(text) with default options.",
};

/** compromise matches can carry surrounding punctuation ("Jo,"): trim it off the offsets. */
function trimmed(text: string, start: number, end: number): [number, number] {
  while (start < end && /[\s"']/.test(text[start] ?? "")) start++;
  while (end > start && /[\s"',.;:!?]/.test(text[end - 1] ?? "")) end--;
  return [start, end];
}

interface CompromiseMatch {
  offset?: { start: number; length: number };
}

const COMPROMISE_METHODS = { people: "person-name", emails: "email-address", phoneNumbers: "phone-number" } as const;

export const compromisePeer: System = {
  name: "compromise",
  kinds: Object.values(COMPROMISE_METHODS),
  find(text) {
    const doc = nlp(text);
    const found: FoundSpan[] = [];
    for (const [method, kind] of Object.entries(COMPROMISE_METHODS)) {
      const view = doc[method as keyof typeof COMPROMISE_METHODS]();
      for (const m of view.json({ offset: true }) as CompromiseMatch[]) {
        if (!m.offset) continue;
        const [start, end] = trimmed(text, m.offset.start, m.offset.start + m.offset.length);
        if (end > start) found.push({ start, end, kind });
      }
    }
    return found;
  },
  note:
    "compromise 14: nlp(text).people() → person-name, .emails() → email-address, .phoneNumbers() → phone-number " +
    "(offsets from .json({offset: true}), surrounding punctuation trimmed). It has no date, postcode, address or UK identifier " +
    "detectors in the core library (dates need the separate compromise-dates plugin; .places() finds towns, not addresses).",
};

export function makeRedactPiiPeer(): System & { alignmentFailures(): number } {
  const peer = makeRedactPii();
  return {
    name: "redact-pii",
    kinds: ["person-name", "email-address", "phone-number", "street-address", "postcode"],
    find: peer.find,
    alignmentFailures: peer.alignmentFailures,
    note:
      "redact-pii 3.4 SyncRedactor (offline regexes; Google DLP never called): names → person-name, emailAddress → email-address, " +
      "phoneNumber → phone-number, streetAddress → street-address, zipcode (US 5-digit) → postcode; creditCardNumber, ipAddress, " +
      "usSocialSecurityNumber, username, password, credentials, digits and url have no kind of ours but count towards " +
      '"has personal data". Offsets are recovered by aligning its redacted output with the input (see scripts/evalRedactPii.ts).',
  };
}
