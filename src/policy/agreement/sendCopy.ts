/**
 * The copy of an agreement the Send handler's bundle carries. Classic Outlook downloads and runs
 * that file before the first Send, under Smart Alerts' time limit, so it holds only what the
 * Send path reads: partners, domains, mailboxes and schedules, exchanges with their routes and
 * purposes (the sharing record) and the marking. Left out: templates (the Send handler renders
 * none), the notes only the pane shows (agreement, marking, partner, mailbox, active domain,
 * exchange; a retired domain's note, a dissolution's note and a telephone route's note stay: the
 * Send check quotes them), the exchanges' lists of information, the breach section (read mode's)
 * and the clauses (the pane's "Why" quotes them; nothing at Send does).
 */
import type { Agreement } from "./types";

/** A shallow copy of `value` without `key` (always an optional field here, so still a T). */
function without<T extends object>(value: T, key: keyof T): T {
  const copy = { ...value };
  delete copy[key];
  return copy;
}

export function sendCopyOf(agreement: Agreement): Agreement {
  return {
    ...without(without(agreement, "templates"), "breach"),
    source: without(agreement.source, "note"),
    marking: without(agreement.marking, "note"),
    partners: agreement.partners.map((partner) => ({
      ...without(partner, "notes"),
      domains: partner.domains.map((domain) => (domain.status === "active" ? without(domain, "note") : domain)),
      mailboxes: partner.mailboxes.map((mailbox) => without(mailbox, "notes")),
    })),
    exchanges: agreement.exchanges.map((exchange) => ({
      ...without(exchange, "notes"),
      information: [],
      routes: exchange.routes.map((route) => (route.kind === "telephone" ? route : without(route, "notes"))),
    })),
    channelRules: [],
  };
}
