/**
 * Checks that span the whole agreement: ids unique, every partner id resolves, a mailbox belongs
 * to one partner and sits on its domains, a route only names its partner's mailboxes, a template
 * belongs to one of its exchanges and partners, dates in order. They read a lenient skeleton of the raw JSON rather than the parsed agreement, so one
 * malformed field elsewhere does not hide them: `lint` reports every problem in one pass.
 * Fields of the wrong type are simply skipped here; the schema reports those.
 */
import { KEBAB_ID, domainOf, isIsoDate, isMailDomain, isMailboxAddress, isWithinDomain } from "./formats";

export type PathSegment = string | number;

export interface RawProblem {
  path: PathSegment[];
  message: string;
}

// --- the skeleton: only the fields cross-checks read, indices preserved -----------------------

function rec(v: unknown): Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}
function arr(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}
function str(v: unknown): string | undefined {
  return typeof v === "string" ? v : undefined;
}
// Malformed ids and addresses are left out (the schema reports them) so that one typo is not
// reported again as every reference to it.
function id(v: unknown): string | undefined {
  return typeof v === "string" && KEBAB_ID.test(v) ? v : undefined;
}
function ids(v: unknown): (string | undefined)[] {
  return arr(v).map(id);
}
function address(v: unknown): string | undefined {
  return typeof v === "string" && isMailboxAddress(v) ? v : undefined;
}
function mailDomain(v: unknown): string | undefined {
  return typeof v === "string" && isMailDomain(v) ? v : undefined;
}

interface SkMailbox {
  address?: string;
  alternative?: string;
}
interface SkPartner {
  id?: string;
  domains: (string | undefined)[];
  mailboxes: SkMailbox[];
  movedTo?: string;
}
interface SkRoute {
  partner?: string;
  mailboxes: (string | undefined)[];
  individuals?: string;
}
interface SkExchange {
  id?: string;
  from: (string | undefined)[];
  to: (string | undefined)[];
  routes: SkRoute[];
}

interface SkTemplate {
  id?: string;
  exchangeId?: string;
  from: (string | undefined)[];
  to: (string | undefined)[];
}

function skeleton(input: unknown) {
  const a = rec(input);
  const partners: SkPartner[] = arr(a.partners).map((p) => {
    const r = rec(p);
    return {
      id: id(r.id),
      domains: arr(r.domains).map((d) => mailDomain(rec(d).domain)),
      mailboxes: arr(r.mailboxes).map((m) => ({ address: address(rec(m).address), alternative: address(rec(m).alternative) })),
      movedTo: id(rec(r.lifecycle).functionsMovedTo),
    };
  });
  const exchanges: SkExchange[] = arr(a.exchanges).map((e) => {
    const r = rec(e);
    return {
      id: id(r.id),
      from: ids(r.from),
      to: ids(r.to),
      routes: arr(r.routes).map((x) => {
        const route = rec(x);
        return { partner: id(route.partner), mailboxes: arr(route.mailboxes).map(address), individuals: str(route.individuals) };
      }),
    };
  });
  const channelRules = arr(a.channelRules).map((c) => id(rec(c).id));
  const templates: SkTemplate[] = arr(a.templates).map((t) => {
    const r = rec(t);
    const direction = rec(r.direction);
    return { id: id(r.id), exchangeId: id(r.exchangeId), from: ids(direction.from), to: ids(direction.to) };
  });
  return { reviewDate: str(a.reviewDate), expiryDate: str(a.expiryDate), partners, exchanges, channelRules, templates };
}

// --- the checks ------------------------------------------------------------------------------

function quoteList(values: readonly string[]): string {
  return values.length === 0 ? "(none)" : values.map((v) => `"${v}"`).join(", ");
}

/** Reports the second and later occurrence of each value, naming where it first appeared. */
function duplicates(values: (string | undefined)[], pathOf: (i: number) => PathSegment[], what: string): RawProblem[] {
  const first = new Map<string, number>();
  const problems: RawProblem[] = [];
  values.forEach((v, i) => {
    if (v === undefined) return;
    const j = first.get(v);
    if (j === undefined) first.set(v, i);
    else problems.push({ path: pathOf(i), message: `duplicate ${what} "${v}": expected each ${what} once (first at ${formatPath(pathOf(j))})` });
  });
  return problems;
}

function checkPartners(partners: SkPartner[], ids: string[]): RawProblem[] {
  const problems: RawProblem[] = [];
  problems.push(...duplicates(partners.map((p) => p.id), (i) => ["partners", i, "id"], "partner id"));

  const domains: { value: string | undefined; path: PathSegment[] }[] = [];
  const mailboxes: { value: string | undefined; path: PathSegment[] }[] = [];
  partners.forEach((p, i) => {
    p.domains.forEach((d, j) => domains.push({ value: d, path: ["partners", i, "domains", j, "domain"] }));
    p.mailboxes.forEach((m, j) => mailboxes.push({ value: m.address, path: ["partners", i, "mailboxes", j, "address"] }));
  });
  // A domain or a mailbox identifies one partner: recipients are classified by them.
  problems.push(...duplicates(domains.map((d) => d.value), (i) => domains[i]?.path ?? [], "domain"));
  problems.push(...duplicates(mailboxes.map((m) => m.value), (i) => mailboxes[i]?.path ?? [], "mailbox address"));
  const allAddresses = mailboxes.map((m) => m.value).filter((v): v is string => v !== undefined);

  partners.forEach((p, i) => {
    const own = p.domains.filter((d): d is string => d !== undefined);
    p.mailboxes.forEach((m, j) => {
      if (m.address !== undefined && own.length > 0 && !own.some((d) => isWithinDomain(domainOf(m.address as string), d))) {
        problems.push({
          path: ["partners", i, "mailboxes", j, "address"],
          message: `"${m.address}" is not on this partner's domains (${quoteList(own)}): expected an address on one of them, or add its domain`,
        });
      }
      if (m.alternative !== undefined) {
        if (m.alternative === m.address) {
          problems.push({ path: ["partners", i, "mailboxes", j, "alternative"], message: "expected a different mailbox than this one" });
        } else if (!allAddresses.includes(m.alternative)) {
          problems.push({
            path: ["partners", i, "mailboxes", j, "alternative"],
            message: `"${m.alternative}" is not a mailbox of this agreement: expected the address of a listed mailbox`,
          });
        }
      }
    });
    if (p.movedTo !== undefined) {
      const path = ["partners", i, "lifecycle", "functionsMovedTo"];
      if (p.movedTo === p.id) problems.push({ path, message: "expected another partner than this one" });
      else if (!ids.includes(p.movedTo)) problems.push({ path, message: `unknown partner "${p.movedTo}": expected one of ${quoteList(ids)}` });
    }
  });
  return problems;
}

function checkRoute(route: SkRoute, base: PathSegment[], partner: SkPartner | undefined, parties: string[]): RawProblem[] {
  const problems: RawProblem[] = [];
  if (route.partner === undefined || partner === undefined) return problems;
  if (!parties.includes(route.partner)) {
    problems.push({
      path: [...base, "partner"],
      message: `partner "${route.partner}" is neither in this exchange's "from" nor its "to": expected one of ${quoteList(parties)}`,
    });
  }
  const own = partner.domains.filter((d): d is string => d !== undefined);
  const named = partner.mailboxes.map((m) => m.address);
  problems.push(...duplicates(route.mailboxes, (k) => [...base, "mailboxes", k], "mailbox address"));
  route.mailboxes.forEach((m, k) => {
    if (m === undefined || named.includes(m) || own.some((d) => isWithinDomain(domainOf(m), d))) return;
    problems.push({
      path: [...base, "mailboxes", k],
      message: `"${m}" is neither a mailbox of partner "${route.partner}" nor on its domains (${quoteList(own)})`,
    });
  });
  // "firstname.secondname@justice.gov.uk": when the description names a domain, it must be the partner's.
  const described = route.individuals === undefined ? "" : domainOf(route.individuals.trim()).toLowerCase();
  if (described !== "" && !own.some((d) => isWithinDomain(described, d))) {
    problems.push({
      path: [...base, "individuals"],
      message: `"${described}" is not one of partner "${route.partner}"'s domains (${quoteList(own)})`,
    });
  }
  return problems;
}

function checkExchanges(exchanges: SkExchange[], partners: SkPartner[], ids: string[]): RawProblem[] {
  const problems: RawProblem[] = [];
  problems.push(...duplicates(exchanges.map((e) => e.id), (i) => ["exchanges", i, "id"], "exchange id"));
  exchanges.forEach((e, i) => {
    for (const side of ["from", "to"] as const) {
      problems.push(...duplicates(e[side], (k) => ["exchanges", i, side, k], "partner id"));
      e[side].forEach((p, k) => {
        if (p !== undefined && !ids.includes(p)) {
          problems.push({ path: ["exchanges", i, side, k], message: `unknown partner "${p}": expected one of ${quoteList(ids)}` });
        }
      });
    }
    const parties = [...e.from, ...e.to].filter((p): p is string => p !== undefined);
    e.routes.forEach((r, k) => {
      const base = ["exchanges", i, "routes", k];
      if (r.partner !== undefined && !ids.includes(r.partner)) {
        problems.push({ path: [...base, "partner"], message: `unknown partner "${r.partner}": expected one of ${quoteList(ids)}` });
        return;
      }
      problems.push(...checkRoute(r, base, partners.find((p) => p.id === r.partner), parties));
    });
    // Every addressee needs a way in, or a message to it could never be right.
    e.to.forEach((p, k) => {
      if (p !== undefined && ids.includes(p) && !e.routes.some((r) => r.partner === p)) {
        problems.push({ path: ["exchanges", i, "to", k], message: `partner "${p}" receives this exchange but has no route: expected a route with "partner": "${p}"` });
      }
    });
  });
  return problems;
}

/** A template belongs to one of the agreement's exchanges and names its partners. */
function checkTemplates(templates: SkTemplate[], exchanges: SkExchange[], ids: string[]): RawProblem[] {
  const problems: RawProblem[] = [];
  problems.push(...duplicates(templates.map((t) => t.id), (i) => ["templates", i, "id"], "template id"));
  const exchangeIds = exchanges.map((e) => e.id).filter((e): e is string => e !== undefined);
  templates.forEach((t, i) => {
    if (t.exchangeId !== undefined && !exchangeIds.includes(t.exchangeId)) {
      problems.push({ path: ["templates", i, "exchangeId"], message: `unknown exchange "${t.exchangeId}": expected one of ${quoteList(exchangeIds)}` });
    }
    for (const side of ["from", "to"] as const) {
      t[side].forEach((p, k) => {
        if (p !== undefined && !ids.includes(p)) {
          problems.push({ path: ["templates", i, "direction", side, k], message: `unknown partner "${p}": expected one of ${quoteList(ids)}` });
        }
      });
    }
  });
  return problems;
}

/** Every cross-reference problem in a (possibly malformed) agreement JSON value. */
export function checkReferences(input: unknown): RawProblem[] {
  const s = skeleton(input);
  const ids = s.partners.map((p) => p.id).filter((p): p is string => p !== undefined);
  const problems = [
    ...checkPartners(s.partners, ids),
    ...checkExchanges(s.exchanges, s.partners, ids),
    ...duplicates(s.channelRules, (i) => ["channelRules", i, "id"], "channel rule id"),
    ...checkTemplates(s.templates, s.exchanges, ids),
  ];
  if (s.reviewDate !== undefined && s.expiryDate !== undefined && isIsoDate(s.reviewDate) && isIsoDate(s.expiryDate) && s.reviewDate > s.expiryDate) {
    problems.push({ path: ["reviewDate"], message: `expected a review date on or before the expiry date ${s.expiryDate}` });
  }
  return problems;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** ["partners", 2, "mailboxes", 0, "address"] → "partners[2].mailboxes[0].address"; [] → "(root)". */
export function formatPath(path: readonly PathSegment[]): string {
  let out = "";
  for (const seg of path) {
    if (typeof seg === "number") out += `[${seg}]`;
    else if (IDENTIFIER.test(seg)) out += out === "" ? seg : `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out === "" ? "(root)" : out;
}
