/**
 * The copy of an agreement the Send handler's bundle carries. Classic Outlook downloads and runs
 * that file before the first Send, under Smart Alerts' time limit, so it holds only what the
 * Send path reads: partners, domains, mailboxes and schedules, exchanges with their routes and
 * purposes (the sharing record), the marking and clause ids. Left out: templates (the Send
 * handler renders none), the notes only the pane shows (agreement, marking, partner, mailbox,
 * exchange; a retired domain's note, a dissolution's note and a telephone route's note stay: the
 * Send check quotes them), the exchanges' lists of information, and the clauses' wording.
 */
import type { Agreement } from "./types";

/** What a clause's text becomes in the Send copy, should anything there ever quote it. */
export const CLAUSE_TEXT_LEFT_OUT = "(the clause's wording is in the task pane)";

export function sendCopyOf(agreement: Agreement): Agreement {
  const { templates: _templates, ...rest } = agreement;
  const { note: _note, ...source } = agreement.source;
  const { note: _marking, ...marking } = agreement.marking;
  return {
    ...rest,
    source,
    marking,
    partners: agreement.partners.map(({ notes: _n, ...partner }) => ({
      ...partner,
      mailboxes: partner.mailboxes.map(({ notes: _m, ...mailbox }) => mailbox),
    })),
    exchanges: agreement.exchanges.map(({ notes: _e, ...exchange }) => ({
      ...exchange,
      information: [],
      routes: exchange.routes.map((route) => {
        if (route.kind === "telephone") return route;
        const { notes: _r, ...kept } = route;
        return kept;
      }),
    })),
    channelRules: agreement.channelRules.map((rule) => ({ ...rule, text: CLAUSE_TEXT_LEFT_OUT })),
  };
}
