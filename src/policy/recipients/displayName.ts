/**
 * Addresses written inside a display name ("starting.point@derbyshire.gov.uk
 * <someone@elsewhere.com>"): a classic way to make a recipient look like someone else.
 */
import { parseAddress, type ParsedAddress } from "./parseAddress";

/** Runs of characters around an @ that could be an address (no spaces, brackets or quotes). */
const ADDRESS_LIKE = /[^\s<>()[\]"',;:@]+@[^\s<>()[\]"',;:@]+/g;
const TRAILING_PUNCTUATION = /[.!?]+$/;
const SCAN_LIMIT = 1000;
const MAX_ADDRESSES = 5;

/** The valid addresses written in a text (a display name or a comment), at most five. */
export function addressesIn(text: string): ParsedAddress[] {
  if (typeof text !== "string" || text.indexOf("@") < 0) return [];
  const scanned = text.length > SCAN_LIMIT ? text.slice(0, SCAN_LIMIT) : text;
  const out: ParsedAddress[] = [];
  const re = new RegExp(ADDRESS_LIKE.source, "g");
  let m: RegExpExecArray | null;
  while ((m = re.exec(scanned)) !== null && out.length < MAX_ADDRESSES) {
    const parsed = parseAddress(m[0].replace(TRAILING_PUNCTUATION, ""));
    if (parsed.ok && !parsed.isDomainLiteral) out.push(parsed);
  }
  return out;
}

/** The first address in the texts that differs from `actualKey` (a ParsedAddress.key, or null
 * when the real address is invalid), as written there; null when there is none. */
export function mismatchedDisplayAddress(texts: readonly string[], actualKey: string | null): string | null {
  for (const t of texts) {
    for (const a of addressesIn(t)) {
      if (a.key !== actualKey) return a.address;
    }
  }
  return null;
}
