import type { Route } from "../agreement/types";
import { addressClassOf } from "../recipients/types";
import type { Fix, Rule } from "./types";

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

export const exchangeRoute: Rule = {
  id: "exchange-route",
  defaultSeverity: "warn",
  scope: "message",
  fixes: ["open-form", "telephone"],
  description: "When the exchange is known, it goes to each partner by the route the agreement sets: secure e-mail, an online form or the telephone.",
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
      const seen = new Set<string>();
      for (const checked of context.recipients) {
        const where = addressClassOf(checked.class);
        if (where.kind !== "partner-mailbox" && where.kind !== "partner-domain") continue;
        const partner = where.partner;
        if (seen.has(partner.id)) continue;
        seen.add(partner.id);
        const routes = exchange.routes.filter((r) => r.partner === partner.id);
        if (routes.length === 0 || routes.some((r) => r.kind === "secure-email")) continue;
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
