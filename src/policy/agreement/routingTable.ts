/**
 * Who receives what, by which route: the agreement as a plain-text table for people
 * (`safeshare agreement show`). routingRows() is the data, formatRoutingTable() the layout;
 * both are pure. Avoids String.prototype.padEnd (ES2017): policy/ stays within ES2016 built-ins.
 */
import { describeDays, hasRestrictedSchedule } from "./schedule";
import type { Agreement, Exchange, Mailbox, Partner, Route } from "./types";

export interface RoutingRow {
  exchange: string;
  /** The receiving partner's id and its label for people ("NPS"). */
  partner: string;
  partnerLabel: string;
  /** "dissolved on 2021-06-26, functions moved to NPS" when the partner no longer exists. */
  dissolved?: string;
  kind: Route["kind"];
  /** What to send to: one line per mailbox (with its schedule), individuals, form, telephone. */
  where: string[];
  notes?: string;
}

const ROUTE_LABEL: Record<Route["kind"], string> = {
  "secure-email": "secure email",
  "online-form": "online form",
  telephone: "telephone",
};

function label(partner: Partner | undefined, id: string): string {
  return partner ? (partner.shortName ?? partner.name) : id;
}

function dissolvedText(partner: Partner | undefined, partners: readonly Partner[]): string | undefined {
  if (!partner || partner.lifecycle.status !== "dissolved") return undefined;
  const moved = partner.lifecycle.functionsMovedTo;
  const to = moved === undefined ? "" : `, functions moved to ${label(find(partners, moved), moved)}`;
  return `dissolved on ${partner.lifecycle.on}${to}`;
}

function find(partners: readonly Partner[], id: string): Partner | undefined {
  for (const p of partners) if (p.id === id) return p;
  return undefined;
}

function scheduleText(mailbox: Mailbox): string {
  if (!hasRestrictedSchedule(mailbox)) return "";
  const alt = mailbox.alternative === undefined ? "" : `, otherwise ${mailbox.alternative}`;
  return `; monitored ${describeDays(mailbox.monitoredDays ?? [])} only${alt}`;
}

function mailboxLine(address: string, partner: Partner | undefined): string {
  const mailbox = partner ? partner.mailboxes.filter((m) => m.address === address)[0] : undefined;
  return mailbox ? `${address} (${mailbox.name}${scheduleText(mailbox)})` : address;
}

function whereLines(route: Route, partner: Partner | undefined): string[] {
  switch (route.kind) {
    case "secure-email": {
      const lines = route.mailboxes.map((m) => mailboxLine(m, partner));
      if (route.individuals !== undefined) lines.push(`individuals: ${route.individuals}`);
      return lines;
    }
    case "online-form":
      return [route.url === undefined ? `${route.name} (address not given in the agreement)` : `${route.name}: ${route.url}`];
    case "telephone":
      return [`${route.when}${route.number === undefined ? " (no number given)" : `: ${route.number}`}`];
  }
}

/** Receiving partners of an exchange in reading order: its addressees, then its senders. */
function partnerOrder(exchange: Exchange): string[] {
  const order: string[] = [];
  for (const id of exchange.to.concat(exchange.from)) if (order.indexOf(id) < 0) order.push(id);
  for (const r of exchange.routes) if (order.indexOf(r.partner) < 0) order.push(r.partner);
  return order;
}

export function routingRows(agreement: Agreement, exchange: Exchange): RoutingRow[] {
  const rows: RoutingRow[] = [];
  for (const id of partnerOrder(exchange)) {
    const partner = find(agreement.partners, id);
    for (const route of exchange.routes) {
      if (route.partner !== id) continue;
      const row: RoutingRow = { exchange: exchange.id, partner: id, partnerLabel: label(partner, id), kind: route.kind, where: whereLines(route, partner) };
      const dissolved = dissolvedText(partner, agreement.partners);
      if (dissolved !== undefined) row.dissolved = dissolved;
      if (route.notes !== undefined) row.notes = route.notes;
      rows.push(row);
    }
  }
  return rows;
}

function pad(text: string, width: number): string {
  let out = text;
  while (out.length < width) out += " ";
  return out;
}

/** Lays out rows of cells in aligned columns (the last column is not padded). */
function columns(rows: readonly (readonly string[])[], indent: string): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) => {
    const cells = row.map((cell, i) => (i === row.length - 1 ? cell : pad(cell, widths[i] ?? 0)));
    return (indent + cells.join("  ")).replace(/\s+$/, "");
  });
}

function partnerSection(agreement: Agreement): string[] {
  const rows: string[][] = [];
  for (const p of agreement.partners) {
    const domains = p.domains.map((d) => (d.status === "retired" ? `${d.domain} (retired)` : d.domain)).join(", ");
    rows.push([label(p, p.id), p.name, domains]);
    const dissolved = dissolvedText(p, agreement.partners);
    if (dissolved !== undefined) rows.push(["", `DISSOLVED${dissolved.slice("dissolved".length)}`, ""]);
  }
  return ["Partners", ...columns(rows, "  ")];
}

function scheduleSection(agreement: Agreement): string[] {
  const rows: string[][] = [];
  for (const p of agreement.partners) {
    for (const m of p.mailboxes) {
      if (!hasRestrictedSchedule(m)) continue;
      const alt = m.alternative === undefined ? "no alternative mailbox given" : `otherwise use ${m.alternative}`;
      rows.push([`${m.name}:`, m.address, `monitored ${describeDays(m.monitoredDays ?? [])} only;`, alt]);
    }
  }
  return rows.length === 0 ? [] : ["", "Mailbox schedules", ...columns(rows, "  ")];
}

export interface RoutingTableOptions {
  /** Print each route's and exchange's notes too (long). */
  notes?: boolean;
}

function exchangeSection(agreement: Agreement, exchange: Exchange, n: number, options: RoutingTableOptions): string[] {
  const names = (ids: readonly string[]) =>
    ids.map((id) => {
      const p = find(agreement.partners, id);
      return label(p, id) + (p && p.lifecycle.status === "dissolved" ? " (dissolved)" : "");
    });
  const lines = ["", `${n}. ${exchange.name} [${exchange.id}]`, `   From ${names(exchange.from).join(", ")} to ${names(exchange.to).join(", ")}`];
  if (exchange.timescale) lines.push(`   Timescale: ${exchange.timescale.text}`);
  lines.push("   Information:", ...exchange.information.map((i) => `     - ${i}`));

  const table: string[][] = [["Receiving partner", "Route", "Where"]];
  let previous = "";
  for (const row of routingRows(agreement, exchange)) {
    const who = row.partner === previous ? "" : row.partnerLabel + (row.dissolved === undefined ? "" : " [DISSOLVED]");
    previous = row.partner;
    row.where.forEach((w, i) => table.push(i === 0 ? [who, ROUTE_LABEL[row.kind], w] : ["", "", w]));
    if (options.notes && row.notes !== undefined) table.push(["", "", `note: ${row.notes}`]);
  }
  lines.push(...columns(table, "   "));
  if (options.notes && exchange.notes !== undefined) lines.push(`   Notes: ${exchange.notes}`);
  return lines;
}

export function formatRoutingTable(agreement: Agreement, options: RoutingTableOptions = {}): string {
  const m = agreement.marking;
  const suffix = m.suffixes && m.suffixes.length > 0 ? `, optionally followed by ${m.suffixes.join(" or ")}` : "";
  const lines = [
    agreement.title,
    `Agreement ${agreement.id} · version: ${agreement.version} · review date ${agreement.reviewDate ?? "none stated"} · expiry date ${agreement.expiryDate ?? "none recorded"}`,
    `Source: ${agreement.source.document}`,
  ];
  if (options.notes && agreement.source.note !== undefined) lines.push(`Source note: ${agreement.source.note}`);
  lines.push(`Marking: ${m.text} at the start of the subject (accepted: ${m.accepted.join(", ")}${suffix})`, "");
  lines.push(...partnerSection(agreement), ...scheduleSection(agreement), "", "Who receives what, by which route");
  agreement.exchanges.forEach((e, i) => lines.push(...exchangeSection(agreement, e, i + 1, options)));
  if (agreement.channelRules.length > 0) {
    lines.push("", "Channel rules");
    for (const r of agreement.channelRules) lines.push(`  ${r.id}: ${r.text}`, `    (${r.source.document}, ${r.source.section})`);
  }
  return lines.join("\n") + "\n";
}
