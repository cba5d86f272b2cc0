/**
 * redact-pii as a peer. It only returns redacted text, and its built-ins always write fixed
 * labels (EMAIL_ADDRESS, DIGITS, ...) that later patterns can partly re-match. So the same
 * pipeline is rebuilt through its public options: the built-in regexes, in the library's own
 * order, as customRedactors that each write one private-use character (no later pattern can
 * match it: not a word, digit or space character), then its name redactor writing another.
 * Every other output character is copied from the input, so the literal runs between tokens
 * are matched back into the original text and each token run covers what lies between them.
 * Runs entirely offline (SyncRedactor; the Google DLP redactor is never used).
 */
import { SyncRedactor } from "redact-pii";
import * as builtInPatterns from "redact-pii/lib/built-ins/simple-regexp-patterns";
import type { PersonalDataKind } from "../src/policy/detect/types";
import type { FoundSpan } from "./evalMetrics";

/** redact-pii's built-in redactors (lib/built-ins/simple-regexp-patterns, in order) and ours. */
export const REDACT_PII_KINDS: Readonly<Record<string, PersonalDataKind | null>> = {
  creditCardNumber: null,
  streetAddress: "street-address",
  zipcode: "postcode",
  phoneNumber: "phone-number",
  ipAddress: null,
  usSocialSecurityNumber: null,
  emailAddress: "email-address",
  username: null,
  password: null,
  credentials: null,
  digits: null,
  url: null,
  names: "person-name",
};

export type Token = { kind: PersonalDataKind | null; text: string };

const PATTERNS = builtInPatterns as unknown as Record<string, RegExp>;
/** The library applies its regexes in export order, then names. */
const REGEX_NAMES = Object.keys(PATTERNS).filter((name) => PATTERNS[name] instanceof RegExp);
const tokenFor = (i: number): string => String.fromCharCode(0xe000 + i);
const TOKENS: Token[] = REGEX_NAMES.map((name, i) => ({ kind: REDACT_PII_KINDS[name] ?? null, text: tokenFor(i) }));
const NAME_TOKEN = tokenFor(REGEX_NAMES.length);
TOKENS.push({ kind: "person-name", text: NAME_TOKEN });

type Segment = { lit: string } | { kinds: (PersonalDataKind | null)[] };

/** Splits redacted output into literal runs and runs of adjacent tokens. */
export function segment(redacted: string, tokens: readonly Token[]): Segment[] {
  const out: Segment[] = [];
  let lit = "";
  for (let p = 0; p < redacted.length; ) {
    const tok = tokens.find((t) => redacted.startsWith(t.text, p));
    if (!tok) {
      lit += redacted[p];
      p++;
      continue;
    }
    const last = out[out.length - 1];
    if (lit !== "") out.push({ lit });
    else if (last && "kinds" in last) {
      last.kinds.push(tok.kind);
      p += tok.text.length;
      continue;
    }
    lit = "";
    out.push({ kinds: [tok.kind] });
    p += tok.text.length;
  }
  if (lit !== "") out.push({ lit });
  return out;
}

/**
 * Maps redacted output back onto the original: one span per token kind over the original
 * text each token run replaced (a run of several tokens cannot be split, so every kind in it
 * gets the whole run). Backtracks over where a run ends; null if no alignment exists.
 */
export function alignRedacted(original: string, redacted: string, tokens: readonly Token[]): FoundSpan[] | null {
  const segs = segment(redacted, tokens);
  const failed = new Set<string>();
  const spans: FoundSpan[] = [];
  const walk = (k: number, i: number): boolean => {
    const seg = segs[k];
    if (seg === undefined) return i === original.length;
    const key = `${k}:${i}`;
    if (failed.has(key)) return false;
    if ("lit" in seg) {
      if (original.startsWith(seg.lit, i) && walk(k + 1, i + seg.lit.length)) return true;
    } else {
      const next = segs[k + 1];
      const ends: number[] = [];
      if (next === undefined) ends.push(original.length);
      else if ("lit" in next) {
        for (let j = original.indexOf(next.lit, i + 1); j >= 0; j = original.indexOf(next.lit, j + 1)) ends.push(j);
      }
      for (const j of ends) {
        if (j <= i) continue;
        const mark = spans.length;
        for (const kind of new Set(seg.kinds)) spans.push({ start: i, end: j, kind });
        if (walk(k + 1, j)) return true;
        spans.length = mark;
      }
    }
    failed.add(key);
    return false;
  };
  return walk(0, 0) ? spans : null;
}

export interface RedactPii {
  /** The library's own output (with our tokens). */
  redact(text: string): string;
  find(text: string): FoundSpan[];
  alignmentFailures(): number;
}

export function makeRedactPii(): RedactPii {
  for (const name of REGEX_NAMES) {
    if (!(name in REDACT_PII_KINDS)) throw new Error(`redact-pii has a new built-in '${name}': map it in REDACT_PII_KINDS`);
  }
  const builtInRedactors: Record<string, { enabled: boolean }> = {};
  for (const name of REGEX_NAMES) builtInRedactors[name] = { enabled: false };
  const redactor = new SyncRedactor({
    builtInRedactors,
    // Applies to the (still enabled) name redactor only: the regex built-ins are off.
    globalReplaceWith: NAME_TOKEN,
    customRedactors: { before: REGEX_NAMES.map((name, i) => ({ regexpPattern: PATTERNS[name] as RegExp, replaceWith: tokenFor(i) })) },
  });
  let failures = 0;
  return {
    redact: (text) => redactor.redact(text),
    find(text) {
      const spans = alignRedacted(text, redactor.redact(text), TOKENS);
      if (spans === null) failures++;
      return spans ?? [];
    },
    alignmentFailures: () => failures,
  };
}
