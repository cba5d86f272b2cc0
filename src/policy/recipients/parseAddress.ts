/**
 * One e-mail address, as RFC 5322 (with RFC 6532 UTF-8) allows it: a bare addr-spec
 * ("jane@example.com"), a name-addr ("Jane Doe <jane@example.com>", "\"Doe, Jane\" <…>"),
 * with comments ("jane@example.com (Jane)"), quoted local parts and IDN domains — or the reason
 * it is not an address.
 *
 * Plain addresses (what Outlook gives for a recipient) take a fast path; anything else goes
 * through the `email-addresses` parser, and when that fails a small diagnoser says why (no @,
 * empty local part, bad domain…). Input over 160 characters is not given to the library (its
 * parser backtracks on long adversarial input: 160 characters can take 15 ms); the diagnoser
 * handles it. A caller parsing many addresses passes a LibraryBudget to bound the total the
 * library is given. Never throws.
 */
import emailAddresses from "email-addresses";
import { normaliseDomain } from "./domain";

export type AddressProblem =
  | "empty"
  | "too-long"
  | "no-at"
  | "empty-local-part"
  | "empty-domain"
  | "bad-local-part"
  | "bad-domain"
  | "multiple-addresses"
  | "group"
  | "not-smtp"
  | "unparseable";

export interface ParsedAddress {
  ok: true;
  /** The text parsed, as given. */
  input: string;
  /** The display name ("" when none), quotes and escapes removed. */
  displayName: string;
  /** Comments found in the input, without their parentheses. */
  comments: string[];
  /** The local part as written (quotes removed, case kept). */
  local: string;
  /** Lower-case Unicode domain ("derbyshíre.gov.uk"); a domain literal ("[192.0.2.1]") as written. */
  domain: string;
  /** Lower-case ASCII domain ("xn--derbyshre-v2a.gov.uk"). */
  domainAscii: string;
  /** local@domain, the local part quoted when it needs to be. */
  address: string;
  /** local@domainAscii: the form to compare with and to send to. */
  addressAscii: string;
  /** Identity for comparisons: lower-case local part @ ASCII domain. */
  key: string;
  /** True when the domain has a non-ASCII (or xn--) label. */
  isIdn: boolean;
  /** True for "[192.0.2.1]"-style domains. */
  isDomainLiteral: boolean;
}

export interface InvalidAddress {
  ok: false;
  input: string;
  problem: AddressProblem;
  /** Plain English, e.g. "there is no @ in “jane.example.com”". */
  message: string;
  /** The display name when one could still be read, else "". */
  displayName: string;
}

export type AddressParseResult = ParsedAddress | InvalidAddress;

/** Longest input the RFC 5322 library is given; longer input is diagnosed by hand. */
const LIBRARY_LIMIT = 160;
/** Longest input looked at at all (RFC 5322 lines are at most 998 characters). */
export const INPUT_LIMIT = 2000;

/** Characters the RFC 5322 library may still be given, shared by the parses of one list;
 * once spent, addresses are read by hand (an unusual but valid one may then be refused). */
export interface LibraryBudget {
  chars: number;
}

/** The budget for one message's (or one list's) addresses: about 0.4 s of the library's worst
 * case, and room for a hundred addresses with comments or non-ASCII names. Plain addresses,
 * what Outlook gives, never spend it. */
export const LIST_LIBRARY_CHARS = 4000;

export function libraryBudget(): LibraryBudget {
  return { chars: LIST_LIBRARY_CHARS };
}

// "-" is escaped: ATEXT is spliced into classes followed by further ranges.
const ATEXT = "A-Za-z0-9!#$%&'*+\\/=?^_`{|}~\\-";
const ASCII_DOT_ATOM = new RegExp("^[" + ATEXT + "]+(\\.[" + ATEXT + "]+)*$");
/** Dot-atom with RFC 6532 UTF-8 characters allowed (anything above U+007F but C1/spaces). */
const UNICODE_DOT_ATOM = new RegExp("^[" + ATEXT + "\\u00a1-\\u167f\\u1681-\\u1fff\\u200b-\\u2027\\u202a-\\u202e\\u2030-\\u205e\\u2060-\\u2fff\\u3001-\\uffff]+(\\.[" + ATEXT + "\\u00a1-\\u167f\\u1681-\\u1fff\\u200b-\\u2027\\u202a-\\u202e\\u2030-\\u205e\\u2060-\\u2fff\\u3001-\\uffff]+)*$");
/** A bare addr-spec with nothing RFC 5322 treats specially (Unicode allowed, RFC 6532). */
const FAST_BARE = /^([^\s"<>()[\]\\,;:@]+)@([^\s"<>()[\]\\,;:@]+)$/;
const FAST_NAMED = /^(?:([A-Za-z0-9][A-Za-z0-9 .'-]*)|"([^"\\\r\n]*)" *)<([A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+)@([A-Za-z0-9.-]+)>$/;
const WHITESPACE = /\s/;
const WHITESPACE_RUNS = /\s+/;
const EXCHANGE_DN = /^\/o=/i;

function invalid(input: string, problem: AddressProblem, message: string, displayName = ""): InvalidAddress {
  return { ok: false, input, problem, message, displayName };
}

function quoteLocal(local: string): string {
  if (ASCII_DOT_ATOM.test(local) || UNICODE_DOT_ATOM.test(local)) return local;
  return '"' + local.replace(/(["\\])/g, "\\$1") + '"';
}

/** local@domain, quoting the local part when RFC 5322 needs it ("j smith" → "\"j smith\"@…"). */
export function formatAddress(local: string, domain: string): string {
  return quoteLocal(local) + "@" + domain;
}

function shorten(text: string): string {
  return text.length > 80 ? text.slice(0, 77) + "…" : text;
}

/** Checks the parts and builds the result; shared by every path. */
function build(input: string, displayName: string, comments: string[], local: string, rawDomain: string): AddressParseResult {
  if (local === "") return invalid(input, "empty-local-part", `nothing before the @ in “${shorten(input)}”`, displayName);
  if (local.length > 64) return invalid(input, "too-long", "the part before the @ is longer than 64 characters", displayName);
  if (rawDomain === "") return invalid(input, "empty-domain", `nothing after the @ in “${shorten(input)}”`, displayName);
  let domain: string;
  let domainAscii: string;
  let isIdn = false;
  let isDomainLiteral = false;
  if (rawDomain.charAt(0) === "[") {
    if (rawDomain.charAt(rawDomain.length - 1) !== "]" || rawDomain.length < 3) {
      return invalid(input, "bad-domain", `“${shorten(rawDomain)}” is not a valid domain literal`, displayName);
    }
    domain = rawDomain.toLowerCase();
    domainAscii = domain;
    isDomainLiteral = true;
  } else {
    const d = normaliseDomain(rawDomain);
    if (!d.ok) return invalid(input, "bad-domain", d.message, displayName);
    domain = d.unicode;
    domainAscii = d.ascii;
    isIdn = d.isIdn;
  }
  const quoted = quoteLocal(local);
  const addressAscii = quoted + "@" + domainAscii;
  if (addressAscii.length > 254) return invalid(input, "too-long", "the address is longer than 254 characters", displayName);
  return {
    ok: true,
    input,
    displayName,
    comments,
    local,
    domain,
    domainAscii,
    address: quoted + "@" + domain,
    addressAscii,
    key: local.toLowerCase() + "@" + domainAscii,
    isIdn,
    isDomainLiteral,
  };
}

function fastPath(input: string, s: string): AddressParseResult | null {
  let m = FAST_BARE.exec(s);
  if (m) {
    const local = m[1] ?? "";
    if (!ASCII_DOT_ATOM.test(local) && !UNICODE_DOT_ATOM.test(local)) return null;
    return build(input, "", [], local, m[2] ?? "");
  }
  m = FAST_NAMED.exec(s);
  if (m) {
    const local = m[3] ?? "";
    if (!ASCII_DOT_ATOM.test(local)) return null;
    const name = (m[1] !== undefined ? m[1] : m[2] ?? "").trim();
    return build(input, name, [], local, m[4] ?? "");
  }
  return null;
}

function commentText(tokens: string): string {
  const t = tokens.trim();
  return t.charAt(0) === "(" && t.charAt(t.length - 1) === ")" ? t.slice(1, -1).trim() : t;
}

type LibraryOutcome = { kind: "result"; result: AddressParseResult } | { kind: "rejected" } | { kind: "failed" };

/** commaInDisplayName makes the library several times slower on comma-separated lists, so it
 * is only asked for when a comma is there and the text holds one address. */
function viaLibrary(input: string, s: string, commaInDisplayName: boolean): LibraryOutcome {
  try {
    const r = emailAddresses.parseOneAddress({ input: s, rfc6532: true, atInDisplayName: true, commaInDisplayName, rejectTLD: false });
    if (r === null) return { kind: "rejected" };
    if (r.type === "group") {
      return { kind: "result", result: invalid(input, "group", `“${shorten(s)}” is a group of addresses, not one address`, r.name) };
    }
    const comments: string[] = [];
    for (const c of r.parts.comments) {
      const text = commentText(c.tokens);
      if (text !== "") comments.push(text);
    }
    // The library keeps folding white space around an unquoted local part ("A @x" after a
    // comma gives "A "); only a quoted local part may hold spaces.
    const quotedLocal = String(r.parts.local.tokens).trim().charAt(0) === '"';
    const local = quotedLocal ? r.local : r.local.trim();
    return { kind: "result", result: build(input, (r.name ?? "").trim(), comments, local, r.domain) };
  } catch {
    return { kind: "failed" };
  }
}

/** How many top-level comma/semicolon-separated parts hold an @ (quotes, comments and angle
 * brackets respected), and whether there is a top-level colon (group syntax). */
function topLevelParts(s: string): { withAt: number; colon: boolean } {
  let withAt = 0;
  let partHasAt = false;
  let colon = false;
  let quoted = false;
  let comment = 0;
  let angle = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charAt(i);
    if (ch === "\\") {
      i++;
      continue;
    }
    if (quoted) {
      if (ch === '"') quoted = false;
      continue;
    }
    if (comment > 0) {
      if (ch === "(") comment++;
      else if (ch === ")") comment--;
      continue;
    }
    if (ch === '"') quoted = true;
    else if (ch === "(") comment = 1;
    else if (ch === "<") angle = true;
    else if (ch === ">") angle = false;
    else if (ch === "@") partHasAt = true;
    else if (!angle && ch === ":") colon = true;
    else if (!angle && (ch === "," || ch === ";")) {
      if (partHasAt) withAt++;
      partHasAt = false;
    }
  }
  if (partHasAt) withAt++;
  return { withAt, colon };
}

function unquote(text: string): string {
  const t = text.trim();
  if (t.length >= 2 && t.charAt(0) === '"' && t.charAt(t.length - 1) === '"') return t.slice(1, -1).replace(/\\(.)/g, "$1");
  return t;
}

/** Reads the parts by hand: the reason an address is invalid, or its parts when the library
 * could not be used (input too long for it, or it failed). */
function diagnose(input: string, s: string, acceptIfPlausible: boolean): AddressParseResult {
  let name = "";
  let spec = s;
  const lt = s.lastIndexOf("<");
  if (lt >= 0) {
    const gt = s.indexOf(">", lt);
    if (gt < 0) return invalid(input, "unparseable", "an opening < has no closing >");
    name = unquote(s.slice(0, lt));
    spec = s.slice(lt + 1, gt).trim();
    if (spec === "") return invalid(input, "empty", "there is no address between < and >", name);
  } else if (s.indexOf(">") >= 0) {
    return invalid(input, "unparseable", "a closing > has no opening <");
  }
  const at = spec.lastIndexOf("@");
  if (at < 0) return invalid(input, "no-at", `there is no @ in “${shorten(spec)}”`, name);
  let local = spec.slice(0, at);
  const domain = spec.slice(at + 1);
  if (lt < 0 && WHITESPACE.test(s)) {
    const last = s.split(WHITESPACE_RUNS).pop() ?? "";
    const lastAt = last.lastIndexOf("@");
    if (lastAt > 0 && lastAt < last.length - 1 && ASCII_DOT_ATOM.test(last.slice(0, lastAt)) && normaliseDomain(last.slice(lastAt + 1)).ok) {
      return invalid(input, "unparseable", `a name and an address must be written Name <${shorten(last)}>`);
    }
  }
  if (local === "") return invalid(input, "empty-local-part", `nothing before the @ in “${shorten(spec)}”`, name);
  if (domain === "") return invalid(input, "empty-domain", `nothing after the @ in “${shorten(spec)}”`, name);
  if (domain.charAt(0) !== "[") {
    const d = normaliseDomain(domain);
    if (!d.ok) return invalid(input, "bad-domain", d.message, name);
  }
  const quotedLocal = local.length >= 2 && local.charAt(0) === '"' && local.charAt(local.length - 1) === '"';
  if (quotedLocal) {
    local = unquote(local);
  } else if (WHITESPACE.test(local)) {
    return invalid(input, "bad-local-part", `the part before the @ contains a space: “${shorten(local)}”`, name);
  } else if (local.charAt(0) === "." || local.charAt(local.length - 1) === "." || local.indexOf("..") >= 0) {
    return invalid(input, "bad-local-part", `the part before the @ has a dot at its start or end, or two dots together: “${shorten(local)}”`, name);
  } else if (!UNICODE_DOT_ATOM.test(local)) {
    return invalid(input, "bad-local-part", `the part before the @ contains characters that are only allowed in quotes: “${shorten(local)}”`, name);
  }
  if (!acceptIfPlausible) return invalid(input, "unparseable", `“${shorten(s)}” is not a valid e-mail address`, name);
  return build(input, name, [], local, domain);
}

/** The text with its comments ("(…)" outside quotes, nested) taken out, and their texts; null
 * when a parenthesis is unbalanced. One pass. */
function withoutComments(s: string): { text: string; comments: string[] } | null {
  let text = "";
  const comments: string[] = [];
  let from = 0;
  let depth = 0;
  let start = 0;
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charAt(i);
    if (ch === "\\") i++;
    else if (quoted) quoted = ch !== '"';
    else if (ch === '"' && depth === 0) quoted = true;
    else if (ch === "(") {
      if (depth++ === 0) {
        text += s.slice(from, i) + " ";
        start = i;
      }
    } else if (ch === ")") {
      if (depth === 0) return null;
      if (--depth === 0) {
        const c = commentText(s.slice(start, i + 1));
        if (c !== "") comments.push(c);
        from = i + 1;
      }
    }
  }
  if (depth > 0 || quoted) return null;
  return { text: (text + s.slice(from)).trim(), comments };
}

/** Past the library's budget: comments are taken out and what is left is read by hand. */
function byHand(given: string, s: string): AddressParseResult {
  const stripped = s.indexOf("(") >= 0 ? withoutComments(s) : null;
  if (stripped === null || stripped.text === "") return diagnose(given, s, true);
  const read = fastPath(given, stripped.text) ?? diagnose(given, stripped.text, true);
  return read.ok ? { ...read, comments: stripped.comments } : read;
}

/** Parses one address ("Name <local@domain>", a bare address, quoted names, comments, IDN). */
export function parseAddress(input: string, budget?: LibraryBudget): AddressParseResult {
  const given = typeof input === "string" ? input : "";
  const s = given.trim();
  if (s === "") return invalid(given, "empty", "the address is empty");
  // Refused before any parsing: no mail system carries it (RFC 5322 limits a header line to 998).
  if (s.length > INPUT_LIMIT) {
    return invalid(given, "too-long", `the address is ${s.length.toLocaleString("en-GB")} characters long; SafeShare reads at most ${INPUT_LIMIT.toLocaleString("en-GB")} (an address itself may have 254)`);
  }
  if (EXCHANGE_DN.test(s)) {
    return invalid(given, "not-smtp", "this is an internal Exchange address (/o=…), not an e-mail address that can be checked");
  }
  const fast = fastPath(given, s);
  if (fast !== null) return fast;
  if (s.indexOf("@") < 0) return diagnose(given, s, false);
  const separated = s.indexOf(",") >= 0 || s.indexOf(";") >= 0;
  if (separated) {
    const parts = topLevelParts(s);
    if (parts.withAt > 1 && !parts.colon) return invalid(given, "multiple-addresses", "this holds more than one address; give one at a time");
  }
  if (s.length > LIBRARY_LIMIT) return diagnose(given, s, true);
  if (budget !== undefined && budget.chars < s.length) return byHand(given, s);
  if (budget !== undefined) budget.chars -= s.length;
  const lib = viaLibrary(given, s, separated);
  if (lib.kind === "result") return lib.result;
  if (lib.kind === "failed") return diagnose(given, s, true);
  return diagnose(given, s, false);
}
