/**
 * "What is this for?": the agreement's exchanges that fit a message holding case data to a
 * partner of the agreement, each with its purpose. Offered only when both hold: without case
 * data there is nothing to record, and without a partner recipient no exchange applies.
 *
 * An exchange fits when a recipient's partner is one it goes to (and the sender's organisation,
 * when known, one it comes from), or, for the reply leg, a recipient's partner is one it comes
 * from and the sender's one it goes to. Recipient partners are the check's own classes; the
 * sender's partner is found as the check finds it (policy/agreement/parties.ts).
 */
import type { Report } from "../../policy/check";
import type { Agreement, Exchange, Partner } from "../../policy/agreement/types";
import type { CheckedRecipient } from "../../policy/rules/types";
import { senderPartyIn } from "../../policy/agreement/parties";

export interface PurposeChoice {
  exchangeId: string;
  name: string;
  purpose: string;
}

/** The partner a recipient's class names: a partner mailbox or a partner's own domain. */
function recipientPartner(r: CheckedRecipient): Partner | undefined {
  return r.class.kind === "partner-mailbox" || r.class.kind === "partner-domain" ? r.class.partner : undefined;
}

/** 2: the sender starts this exchange to a recipient's partner; 1: the reply leg; 0: neither. */
function fit(exchange: Exchange, sender: Partner | undefined, recipients: Partner[]): number {
  let best = 0;
  for (const p of recipients) {
    if (exchange.to.indexOf(p.id) >= 0 && (!sender || exchange.from.indexOf(sender.id) >= 0)) return 2;
    if (exchange.from.indexOf(p.id) >= 0 && (!sender || exchange.to.indexOf(sender.id) >= 0)) best = 1;
  }
  return best;
}

/** The exchanges that fit, those the sender starts first (agreement order within each). */
export function purposeChoices(agreement: Agreement, report: Pick<Report, "caseData" | "recipients">, sender?: string): PurposeChoice[] {
  if (!report.caseData) return [];
  const senderPartner = sender ? senderPartyIn(agreement, sender) : undefined;
  const partners: Partner[] = [];
  for (const r of report.recipients) {
    const p = recipientPartner(r);
    // By id: with several agreements, the check's partners are the set's merged ones.
    if (p && p.id !== senderPartner?.id && !partners.some((q) => q.id === p.id)) partners.push(p);
  }
  if (partners.length === 0) return [];
  const scored = agreement.exchanges.map((e) => ({ e, score: fit(e, senderPartner, partners) })).filter((x) => x.score > 0);
  const ordered = scored.filter((x) => x.score === 2).concat(scored.filter((x) => x.score === 1));
  return ordered.map(({ e }) => ({ exchangeId: e.id, name: e.name, purpose: e.purpose }));
}

/**
 * The choices across the agreements the message was judged against (the report's `agreements`,
 * found in `set`), the agreement it is judged under first; with more than one agreement each
 * name says which it comes from. An exchange id two of them share is offered once.
 */
export function purposeChoicesAcross(set: readonly Agreement[], report: Pick<Report, "caseData" | "recipients" | "agreement" | "agreements">, sender?: string): PurposeChoice[] {
  const applied = [report.agreement].concat(set.filter((a) => a.id !== report.agreement.id && report.agreements.indexOf(a.id) >= 0));
  const out: PurposeChoice[] = [];
  for (const agreement of applied) {
    for (const choice of purposeChoices(agreement, report, sender)) {
      if (out.some((c) => c.exchangeId === choice.exchangeId)) continue;
      out.push(applied.length > 1 && agreement !== report.agreement ? { ...choice, name: `${choice.name} (${agreement.title})` } : choice);
    }
  }
  return out;
}
