/**
 * When the exchange is known (a template inserted, or chosen in the pane), each partner receives
 * it by the route the agreement sets: the named mailboxes of that exchange (or, where the
 * agreement says so, individual practitioners), an online form or the telephone; and the sender's
 * organisation is one of the exchange's parties.
 */
import { senderPartyIn } from "../agreement/parties";
import { isMonitoredOn } from "../agreement/schedule";
import type { Exchange, Mailbox, Partner, Route, SecureEmailRoute } from "../agreement/types";
import { addressClassOf } from "../recipients/types";
import { londonDate } from "../time/londonDate";
import type { CheckedRecipient, Fix, Report, Rule, RuleContext } from "./types";

const URGENT_IN_COURT = /\burgent\b[\s\S]{0,20}?\bin\s+court\b/i;

function describeRoute(route: Route): string {
  if (route.kind === "online-form") return `the ${route.name}${route.url ? ` (${route.url})` : ""}`;
  if (route.kind === "telephone") return `telephone (${route.when})${route.number ? ` on ${route.number}` : ""}`;
  return "secure e-mail";
}

function fixFor(route: Route): Fix | undefined {
  if (route.kind === "online-form") {
    const fix: Fix = { type: "open-form", label: `Open the ${route.name}`, name: route.name };
    if (route.url) fix.url = route.url;
    return fix;
  }
  if (route.kind === "telephone") {
    const fix: Fix = { type: "telephone", label: "Telephone instead", note: route.notes ?? `Telephone (${route.when}).` };
    if (route.number) fix.number = route.number;
    return fix;
  }
  return undefined;
}

function partnerNames(ids: readonly string[], partners: readonly Partner[]): string {
  return ids.map((id) => partners.find((p) => p.id === id)?.name ?? id).join(" or ");
}

/** The exchange's named mailbox to suggest: the first read today, else the first. */
function suggestedMailbox(route: SecureEmailRoute, partner: Partner, context: RuleContext): Mailbox | undefined {
  const boxes = route.mailboxes.map((a) => partner.mailboxes.find((m) => m.address === a)).filter((m): m is Mailbox => m !== undefined);
  const today = londonDate(context.now).weekday;
  return boxes.find((m) => isMonitoredOn(m, today)) ?? boxes[0];
}

/** A recipient at a partner that receives the exchange by secure e-mail, but not at one of the
 * exchange's named mailboxes (and the agreement does not let individuals receive it). */
function checkMailbox(checked: CheckedRecipient, partner: Partner, route: SecureEmailRoute, exchange: Exchange, context: RuleContext, report: Report): void {
  const address = checked.recipient.address;
  if (route.individuals !== undefined || route.mailboxes.indexOf(address.trim().toLowerCase()) >= 0) return;
  const right = suggestedMailbox(route, partner, context);
  const names = route.mailboxes.map((a) => partner.mailboxes.find((m) => m.address === a)?.name ?? a);
  report({
    key: [exchange.id, "mailbox", checked.field, address.toLowerCase()],
    field: "route",
    recipient: address,
    message: `The agreement sends a ${exchange.name} to ${partner.name} at ${names.join(" or ")}${right ? ` (${right.address})` : ""}; ${address} is not that mailbox.`,
    ...(right ? { fix: { type: "replace-recipient", label: `Use ${right.address}`, address, replacement: right.address } } : {}),
  });
}

/** The sender's organisation must start the exchange, or answer it. */
function checkSender(exchange: Exchange, context: RuleContext, report: Report): void {
  if (context.sender === undefined) return;
  const own = senderPartyIn(context.agreement, context.sender);
  if (own === undefined) {
    report({
      key: [exchange.id, "sender", "none"],
      field: "route",
      message: `${context.sender} is not an address of a party to the ${context.agreement.title}, whose exchange the ${exchange.name} is.`,
    });
    return;
  }
  if (exchange.from.indexOf(own.id) >= 0 || exchange.to.indexOf(own.id) >= 0) return;
  report({
    key: [exchange.id, "sender", own.id],
    field: "route",
    message: `${own.name} is not a party to the ${exchange.name}: the agreement has it sent by ${partnerNames(exchange.from, context.agreement.partners)} to ${partnerNames(exchange.to, context.agreement.partners)}.`,
  });
}

export const exchangeRoute: Rule = {
  id: "exchange-route",
  defaultSeverity: "warn",
  scope: "message",
  fixes: ["open-form", "telephone", "replace-recipient", "remove-recipient"],
  // When the exchange is known, it goes to each partner by the route the agreement sets (its named mailboxes, an online form or the telephone), from one of its parties.
  description: "exchange route",
  clause: "exchange-routes",
  needsAgreement: true,
  check(context, report) {
    const exchange = context.exchange;
    if (context.exchangeId !== undefined && !exchange) {
      report({
        key: ["unknown-exchange", context.exchangeId],
        field: "route",
        message: `“${context.exchangeId}” is not an exchange of “${context.agreement.title}”, so its route could not be checked.`,
      });
    }
    if (exchange) {
      checkSender(exchange, context, report);
      const seen = new Set<string>();
      for (const checked of context.recipients) {
        const where = addressClassOf(checked.class);
        if (where.kind !== "partner-mailbox" && where.kind !== "partner-domain") continue;
        // A colleague copied in is not a recipient of the exchange.
        if (where.sameOrganisationAsSender) continue;
        const partner = where.partner;
        const routes = exchange.routes.filter((r) => r.partner === partner.id);
        if (routes.length === 0) {
          const address = checked.recipient.address;
          report({
            key: [exchange.id, "partner", checked.field, address.toLowerCase()],
            field: "route",
            recipient: address,
            message: `${partner.name} does not receive the ${exchange.name}: the agreement has it sent to ${partnerNames(exchange.routes.map((r) => r.partner).filter((id, i, all) => all.indexOf(id) === i), context.agreement.partners)}.`,
            fix: { type: "remove-recipient", label: `Remove ${address}`, address },
          });
          continue;
        }
        const secure = routes.find((r): r is SecureEmailRoute => r.kind === "secure-email");
        if (secure) {
          checkMailbox(checked, partner, secure, exchange, context, report);
          continue;
        }
        if (seen.has(partner.id)) continue;
        seen.add(partner.id);
        const main = routes.find((r) => r.kind === "online-form") ?? routes[0];
        if (!main) continue;
        const fix = fixFor(main);
        report({
          key: [exchange.id, partner.id],
          field: "route",
          recipient: checked.recipient.address,
          message: `The agreement sends a ${exchange.name} to ${partner.name} by ${routes.map(describeRoute).join(" or ")}, not by e-mail.`,
          ...(fix ? { fix } : {}),
        });
      }
    }
    const text = `${context.snapshot.subject}\n${context.snapshot.body}`;
    if (URGENT_IN_COURT.test(text)) {
      const exchanges = exchange ? [exchange] : context.agreement.exchanges;
      const phone = exchanges.reduce<Route[]>((all, e) => all.concat(e.routes), []).find((r) => r.kind === "telephone" && /court/i.test(`${r.when} ${r.notes ?? ""}`));
      const fix = phone ? fixFor(phone) : undefined;
      report({
        key: ["urgent-in-court"],
        severity: "info",
        field: "route",
        message: `Urgent in-court checks can go by telephone as well as by e-mail headed “URGENT In Court”.${phone && phone.kind === "telephone" && phone.notes ? ` ${phone.notes}` : ""}`,
        ...(fix ? { fix } : {}),
      });
    }
  },
};
