/**
 * The HTML report for information-governance staff: one self-contained page (inline style and
 * SVG, no script, nothing fetched) that opens from disk and prints. Every chart has a table of
 * the same numbers after it. Only counts, rule ids, reasons, exchange and partner names and
 * recipient domains appear: no subjects, bodies or addresses. Pure.
 */
import { classLabelOfName } from "../../policy/recipients/describe";
import { escapeHtml } from "./htmlEscape";
import { STATUS_TEXT } from "./recordRow";
import { NO_PARTNER, type RecordsSummary, type WeekTable } from "./summary";
import { horizontalBarChart, stackedColumnChart } from "./svgCharts";

export interface ReportMeta {
  generatedAt: Date;
  agreements: { id: string; title: string }[];
  /** The protective marking's text ("OFFICIAL-SENSITIVE"). */
  marking: string;
}

const STYLE = `
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1b1b1b;background:#fff;margin:2rem auto;max-width:64rem;padding:0 1rem;line-height:1.45}
h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2.2rem;border-bottom:1px solid #bbb;padding-bottom:.2rem}
table{border-collapse:collapse;margin:.8rem 0 1.2rem;font-size:.92rem}
caption{text-align:left;font-weight:600;padding:.3rem 0}
th,td{border:1px solid #999;padding:.25rem .5rem;text-align:left;vertical-align:top}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
thead th{background:#eef1f5}
figure{margin:1rem 0}figcaption{font-size:.9rem;color:#333}
svg.chart{max-width:100%;height:auto;font-size:11px;fill:#1b1b1b}
svg.chart text{fill:#1b1b1b}
.legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.4rem 1rem;font-size:.85rem}
.swatch{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;vertical-align:middle;border:1px solid #555}
.note{font-size:.9rem;color:#333}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}figure,table{break-inside:avoid}}
`;

const n = (v: number) => v.toLocaleString("en-GB");

function table(caption: string, head: string[], rows: (string | number)[][], id?: string): string {
  const th = head.map((h, i) => `<th scope="col"${i > 0 && typeof rows[0]?.[i] === "number" ? ' class="n"' : ""}>${escapeHtml(h)}</th>`).join("");
  const body = rows
    .map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${escapeHtml(String(c))}</th>` : typeof c === "number" ? `<td class="n">${n(c)}</td>` : `<td>${escapeHtml(c)}</td>`)).join("")}</tr>`)
    .join("");
  return `<table${id ? ` id="${id}"` : ""}><caption>${escapeHtml(caption)}</caption><thead><tr>${th}</tr></thead><tbody>${body}</tbody></table>`;
}

function weekSection(id: string, title: string, seriesName: string, t: WeekTable, empty: string): string {
  const weeks = t.sortedWeeks();
  if (weeks.length === 0) return `<section aria-labelledby="${id}-h"><h2 id="${id}-h">${escapeHtml(title)}</h2><p>${escapeHtml(empty)}</p></section>`;
  const series = t.series.sorted().map(([name]) => name);
  const value = (week: string, s: string) => t.weeks.get(week)?.counts.get(s) ?? 0;
  const chart = stackedColumnChart({ label: `${title}: a stacked column chart; the table below gives the numbers`, columns: weeks, series, value });
  const rows = weeks.map((w) => [w === "(others)" ? w : `week of ${w}`, ...series.map((s) => value(w, s)), series.reduce((sum, s) => sum + value(w, s), 0)]);
  return (
    `<section aria-labelledby="${id}-h"><h2 id="${id}-h">${escapeHtml(title)}</h2>` +
    `<figure id="${id}-chart">${chart}<figcaption>${escapeHtml(`Each column is a week (Monday's date, UK time); each colour a ${seriesName}.`)}</figcaption></figure>` +
    table(`${title} (numbers)`, ["Week", ...series, "Total"], rows, `${id}-table`) +
    `</section>`
  );
}

function overridesSection(s: RecordsSummary): string {
  const rows = s.overrides.sorted().map(([key, count]) => {
    const [rule, reason] = key.split("\u0000") as [string, string | undefined];
    return [rule, reason ?? "(others)", count] as [string, string, number];
  });
  const byRule = new Map<string, number>();
  for (const [rule, , count] of rows) byRule.set(rule, (byRule.get(rule) ?? 0) + count);
  let body: string;
  if (rows.length === 0) body = "<p>No dismissed findings in the records read.</p>";
  else {
    const chart = horizontalBarChart({ label: "Dismissed findings by rule: a bar chart; the tables below give the numbers", bars: [...byRule.entries()].sort((a, b) => b[1] - a[1]).map(([name, value]) => ({ name, value })) });
    body =
      `<figure id="overrides-chart">${chart}<figcaption>Findings users dismissed before sending, by rule.</figcaption></figure>` +
      table("Dismissed findings by rule and reason", ["Rule", "Reason", "Messages"], rows, "overrides-table");
  }
  const extra = s.dismissalsNotListed > 0 ? `<p class="note">${n(s.dismissalsNotListed)} further dismissals were not listed in their messages' headers (too many for one header line).</p>` : "";
  const warned = s.verdicts.counts.get("warn") ?? 0;
  return (
    `<section aria-labelledby="overrides-h"><h2 id="overrides-h">Overrides by rule and reason</h2>` +
    `<p>${n(warned)} message${warned === 1 ? " was" : "s were"} sent with warnings (the user chose Send Anyway). Which warnings, and why, is recorded only in SafeShare's custom property; where a file kept it, they are counted below as \u201cSend Anyway: reason\u201d, beside the dismissed findings. ` +
    `Reasons are kept in the sender's mailbox (the custom property): an exported .eml does not carry them, an Outlook .msg may.</p>` +
    body +
    extra +
    `</section>`
  );
}

function outsideSection(s: RecordsSummary): string {
  const list = [...s.outside.values()].sort((a, b) => b.messages - a.messages || (a.domain < b.domain ? -1 : 1));
  let body: string;
  if (list.length === 0) body = "<p>Every recipient read is a partner of an agreement or in the sender's own organisation.</p>";
  else {
    const top = list.slice(0, 15);
    const chart = horizontalBarChart({ label: "Recipients outside every agreement, the 15 most frequent domains: a bar chart; the table below gives the numbers", bars: top.map((o) => ({ name: `${o.domain} (${classLabelOfName(o.cls)})`, value: o.messages })) });
    body =
      `<figure id="outside-chart">${chart}<figcaption>Messages with at least one recipient at the domain, by address class (${top.length} most frequent).</figcaption></figure>` +
      table("Recipients outside every agreement", ["Domain", "Class", "Messages", "Of which with a SafeShare record"], list.map((o) => [o.domain, classLabelOfName(o.cls), o.messages, o.checked]), "outside-table");
  }
  const others = s.outsideOthers > 0 ? `<p class="note">${n(s.outsideOthers)} further recipients at other domains are not listed.</p>` : "";
  return `<section aria-labelledby="outside-h"><h2 id="outside-h">Recipients outside every agreement</h2><p>Recipients that are neither a partner of an agreement given nor in the sender's own organisation, by domain (addresses are not shown).</p>${body}${others}</section>`;
}

export function htmlReport(s: RecordsSummary, meta: ReportMeta): string {
  const v = (k: string) => s.verdicts.counts.get(k) ?? 0;
  const a = (k: string) => s.attachments.counts.get(k) ?? 0;
  const totals: [string, number][] = [
    ["Files read", s.filesSeen - s.unreadableFiles],
    ["Files that could not be read", s.unreadableFiles],
    ["Messages", s.messages],
    [`Messages with a ${STATUS_TEXT.checked}`, s.status.checked],
    ["… sent with no warnings (pass)", v("pass")],
    ["… sent with warnings (Send Anyway)", v("warn")],
    ["… dismissed findings", s.dismissals + s.dismissalsNotListed],
    [`Messages ${STATUS_TEXT["not-checked"]} (no record)`, s.status["not-checked"]],
    [`Messages whose ${STATUS_TEXT.unreadable.replace("record ", "record was ")} (forged or damaged)`, s.status.unreadable],
    [`Messages marked ${meta.marking} (in the subject)`, s.marked],
    ["Messages without a readable send time (not in the weekly charts)", s.messagesWithoutTime],
    ["Attachments encrypted", a("encrypted")],
    ["Attachments not encrypted", a("not encrypted")],
    ["Attachments whose protection is unknown", a("unknown")],
    ["Attached Outlook items", a("embedded message")],
  ];
  const unreadable =
    s.unreadableFiles === 0
      ? "<p>Every file could be read.</p>"
      : `<p>${n(s.unreadableFiles)} file${s.unreadableFiles === 1 ? "" : "s"} could not be read and ${s.unreadableFiles === 1 ? "is" : "are"} not counted above; the command's error output names each one.</p>` +
        table("Why files could not be read", ["Reason", "Files"], s.unreadableReasons.sorted(), "unreadable-table");
  const agreements = meta.agreements.map((x) => `${x.title} (${x.id})`).join("; ");
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>SafeShare sharing records</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>SafeShare sharing records</h1>
<p class="note">Made ${escapeHtml(meta.generatedAt.toISOString().replace("T", " ").slice(0, 16))} UTC from ${n(s.filesSeen)} file${s.filesSeen === 1 ? "" : "s"}. Agreement${meta.agreements.length === 1 ? "" : "s"}: ${escapeHtml(agreements)}.
SafeShare stamps a record only on messages with case data that it let go; a message without one was either not checked by SafeShare or held no case data. A record is what the message's headers claim: anyone can write such headers, so records that do not read as SafeShare writes them are counted as unreadable.</p></header>
<main>
<section aria-labelledby="totals-h"><h2 id="totals-h">Totals</h2>${table("Totals", ["What", "Count"], totals, "totals-table")}</section>
${weekSection("exchange", "Messages per week by exchange", "exchange (none: no template inserted)", s.byExchange, "No message with a SafeShare record and a send time.")}
${weekSection("partner", "Messages per week by partner", `partner (a message to two partners counts for each; ${NO_PARTNER}: none)`, s.byPartner, "No message with a SafeShare record and a send time.")}
${overridesSection(s)}
${outsideSection(s)}
<section aria-labelledby="unreadable-h"><h2 id="unreadable-h">Files that could not be read</h2>${unreadable}</section>
</main>
</body>
</html>
`;
}

