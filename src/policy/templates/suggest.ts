/**
 * Ranks the templates for a message: those the agreement allows from the sender's organisation
 * to the recipients' come first, and each says how the agreement routes it to that partner
 * (secure e-mail to named mailboxes, or an online form instead of e-mail).
 *
 * Score, highest first (ties keep catalogue order):
 *   allowed for the sender/recipient pair          +100
 *   routed by secure e-mail (not by online form)    +20
 *   a recipient is a mailbox the route names        +10
 *   the template starts an exchange (not a reply)    +5
 * A recipient partner the agreement records as dissolved (the CRC) scores 50 with no route: the
 * reason names the partner that took over its work.
 */
import { plainAddress } from "../agreement/parties";
import { domainOf, isWithinDomain } from "../agreement/formats";
import type { Agreement, Exchange, Partner, Route } from "../agreement/types";
import type { Template } from "./types";

export type SuggestedRoute = { kind: "online-form"; name: string; url?: string } | { kind: "secure-email"; mailboxes: string[] };

export interface TemplateSuggestion {
  template: Template;
  /** 1 = best. */
  rank: number;
  /** One sentence the task pane can show. */
  reason: string;
  route?: SuggestedRoute;
}

export interface SuggestInput {
  /** The sender's address. */
  sender?: string;
  recipients: string[];
}

export function partnerOfAddress(agreement: Agreement, address: string): Partner | undefined {
  const domain = domainOf(plainAddress(address));
  if (!domain) return undefined;
  for (const p of agreement.partners) {
    if (p.domains.some((d) => isWithinDomain(domain, d.domain))) return p;
  }
  return undefined;
}

function partnerName(agreement: Agreement, id: string): string {
  const p = agreement.partners.find((x) => x.id === id);
  return p ? p.name : id;
}

function routeTo(exchange: Exchange, partnerId: string): SuggestedRoute | undefined {
  const routes = exchange.routes.filter((r) => r.partner === partnerId);
  const email = routes.find((r): r is Extract<Route, { kind: "secure-email" }> => r.kind === "secure-email");
  if (email) return { kind: "secure-email", mailboxes: email.mailboxes.slice() };
  const form = routes.find((r): r is Extract<Route, { kind: "online-form" }> => r.kind === "online-form");
  if (form) return form.url ? { kind: "online-form", name: form.name, url: form.url } : { kind: "online-form", name: form.name };
  return undefined;
}

interface Scored {
  template: Template;
  score: number;
  reason: string;
  route?: SuggestedRoute;
}

function scoreOf(agreement: Agreement, template: Template, sender: Partner | undefined, recipientPartners: Partner[], recipientAddresses: string[]): Scored {
  const exchange = agreement.exchanges.find((e) => e.id === template.exchangeId);
  if (!exchange) return { template, score: 0, reason: `Not part of ${agreement.title}.` };
  const direction = `it goes from ${template.direction.from.map((id) => partnerName(agreement, id)).join(" or ")} to ${template.direction.to.map((id) => partnerName(agreement, id)).join(" or ")}`;
  const senderFits = sender ? template.direction.from.indexOf(sender.id) >= 0 : undefined;
  const targets = recipientPartners.filter((p) => template.direction.to.indexOf(p.id) >= 0);
  const target = targets.find((p) => p.lifecycle.status === "active") ?? targets[0];
  const known = sender !== undefined || recipientPartners.length > 0;
  const allowed = known && senderFits !== false && (recipientPartners.length === 0 ? true : target !== undefined);
  if (!allowed) return { template, score: 0, reason: known ? `Not for this sender and these recipients: ${direction}.` : `Add a recipient from the agreement to see what fits: ${direction}.` };

  if (target && target.lifecycle.status === "dissolved") {
    const successor = target.lifecycle.functionsMovedTo;
    const moved = successor ? `; its work moved to ${partnerName(agreement, successor)}: write to them instead` : "";
    return { template, score: 50, reason: `${target.name} was dissolved on ${target.lifecycle.on}${moved}.` };
  }
  let score = 100 + (template.kind === "response" || template.kind === "report" ? 0 : 5);
  const route = target ? routeTo(exchange, target.id) : undefined;
  if (!target) return { template, score, reason: `Allowed from your organisation: ${direction}.` };
  const to = target.name;
  if (route && route.kind === "online-form") {
    return { template, score, route, reason: `The agreement sends this to ${to} by the ${route.name}${route.url ? ` (${route.url})` : ""}, not by e-mail.` };
  }
  if (!route) return { template, score, reason: `The agreement has no e-mail or online-form route for this to ${to}.` };
  score += 20;
  const named = route.mailboxes.filter((m) => recipientAddresses.indexOf(m) >= 0);
  if (named.length > 0) score += 10;
  const where = named.length > 0 ? `; ${named.join(", ")} is a mailbox the agreement names for it` : "";
  return { template, score, route, reason: `The agreement allows this from ${sender ? sender.name : "your organisation"} to ${to} by secure e-mail${where}.` };
}

/** Every template of the agreement, best first; allowed ones are ranked above the rest. */
export function suggestTemplates(agreement: Agreement, input: SuggestInput): TemplateSuggestion[] {
  const sender = input.sender ? partnerOfAddress(agreement, input.sender) : undefined;
  const addresses = (input.recipients || []).map(plainAddress);
  const partners: Partner[] = [];
  for (const a of addresses) {
    const p = partnerOfAddress(agreement, a);
    if (p && partners.indexOf(p) < 0 && p !== sender) partners.push(p);
  }
  // The agreement's own templates: they name its exchanges and partners.
  const scored = (agreement.templates ?? []).map((t, i) => ({ s: scoreOf(agreement, t, sender, partners, addresses), i }));
  scored.sort((a, b) => b.s.score - a.s.score || a.i - b.i);
  return scored.map(({ s }, index) => {
    const suggestion: TemplateSuggestion = { template: s.template, rank: index + 1, reason: s.reason };
    if (s.route) suggestion.route = s.route;
    return suggestion;
  });
}
