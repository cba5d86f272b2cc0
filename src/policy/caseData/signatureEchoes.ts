/**
 * A telephone number or an address in the text that a staff signature of the same message also
 * gives ("phone the duty officer on 01632 960902" above "Tel: 01632 960902"; "conferences will be
 * held at 17 Friar Gate" above "Floor 2, 17 Friar Gate, Derby"): the writer's or a colleague's
 * work contact detail said again, not a case person's.
 */
import type { Span } from "../detect/types";
import { isSignature } from "./messageParts";
import type { MessageReading } from "./reading";
import type { SetAsideReason } from "./types";

const ECHOED_KINDS: ReadonlySet<string> = new Set(["phone-number", "street-address", "postcode"]);

/** What two writings of one number or address share: digits for a number, letters and digits for an address. */
function keyOf(span: Span): string {
  if (span.kind === "phone-number") {
    const digits = span.text.replace(/\D/g, "");
    // "+44 1632 960902" and "01632 960902" are one number.
    return "tel:" + (digits.startsWith("44") ? "0" + digits.slice(2) : digits);
  }
  return span.kind + ":" + span.text.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/** Per span read as text: the signature that gives it too ("your signature" or "a quoted signature"), or null. */
export function signatureEchoes(r: MessageReading): (i: number) => SetAsideReason | null {
  const signed = new Map<string, SetAsideReason>();
  for (let i = 0; i < r.spans.length; i++) {
    const span = r.spans[i] as Span;
    const part = r.places.partOf(i);
    if (!ECHOED_KINDS.has(span.kind) || !part || !isSignature(part) || !r.writerIsStaff(part)) continue;
    const key = keyOf(span);
    // The sender's own signature wins over a quoted one.
    if (part.message === 0) signed.set(key, "your signature");
    else if (!signed.has(key)) signed.set(key, "a quoted signature");
  }
  return (i) => {
    if (signed.size === 0) return null;
    const span = r.spans[i] as Span;
    return ECHOED_KINDS.has(span.kind) && r.places.asText[i] ? (signed.get(keyOf(span)) ?? null) : null;
  };
}
