/**
 * Bar charts as inline SVG strings (no script, no fonts fetched): a stacked column per week,
 * and horizontal bars. Each is an image with a text alternative; the same numbers are in the
 * table that follows it in the report. Pure.
 */
import { escapeHtml } from "./htmlEscape";

/** Okabe–Ito colours (distinguishable with colour-blindness), dark enough on white. */
export const PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#56B4E9", "#E69F00", "#000000", "#7F7F7F"];

export function seriesColour(i: number): string {
  return PALETTE[i % PALETTE.length] as string;
}

/** A round step for the value axis: 1, 2 or 5 times a power of ten. */
function niceStep(max: number): number {
  const rough = Math.max(1, max) / 4;
  const p = 10 ** Math.floor(Math.log10(rough));
  const m = rough / p;
  // Counts are whole: never a step below 1.
  return Math.max(1, (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * p);
}

export interface StackedColumns {
  /** Shown as the image's accessible name. */
  label: string;
  columns: string[];
  series: string[];
  value(column: string, series: string): number;
}

export function stackedColumnChart(c: StackedColumns): string {
  const left = 48;
  const top = 16;
  const plotH = 200;
  const colW = Math.max(14, Math.min(48, Math.floor(720 / Math.max(1, c.columns.length))));
  const width = left + c.columns.length * colW + 16;
  const totals = c.columns.map((col) => c.series.reduce((s, name) => s + c.value(col, name), 0));
  const max = Math.max(1, ...totals);
  const step = niceStep(max);
  const top1 = Math.ceil(max / step) * step;
  const y = (v: number) => top + plotH - (v / top1) * plotH;
  const parts: string[] = [];
  for (let v = 0; v <= top1; v += step) {
    parts.push(`<line x1="${left}" x2="${width - 8}" y1="${y(v)}" y2="${y(v)}" stroke="#d0d0d0"/>`, `<text x="${left - 6}" y="${y(v) + 4}" text-anchor="end">${v}</text>`);
  }
  c.columns.forEach((col, i) => {
    let base = 0;
    const x = left + i * colW + 2;
    c.series.forEach((name, s) => {
      const v = c.value(col, name);
      if (v <= 0) return;
      parts.push(`<rect x="${x}" y="${y(base + v)}" width="${colW - 4}" height="${y(base) - y(base + v)}" fill="${seriesColour(s)}"><title>${escapeHtml(`${col}, ${name}: ${v}`)}</title></rect>`);
      base += v;
    });
    // Week labels: every one when they fit, else every few.
    const every = Math.ceil(c.columns.length / 12);
    if (i % every === 0) parts.push(`<text x="${x + (colW - 4) / 2}" y="${top + plotH + 16}" text-anchor="middle">${escapeHtml(col.slice(5))}</text>`);
  });
  const height = top + plotH + 28;
  return `<svg class="chart" role="img" aria-label="${escapeHtml(c.label)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">${parts.join("")}</svg>${legend(c.series)}`;
}

export function legend(series: readonly string[]): string {
  const items = series.map((name, i) => `<li><span class="swatch" style="background:${seriesColour(i)}"></span>${escapeHtml(name)}</li>`);
  return `<ul class="legend" aria-hidden="true">${items.join("")}</ul>`;
}

export interface Bars {
  label: string;
  bars: { name: string; value: number }[];
}

export function horizontalBarChart(c: Bars): string {
  const labelW = 300;
  const plotW = 380;
  const rowH = 22;
  const max = Math.max(1, ...c.bars.map((b) => b.value));
  const parts: string[] = [];
  c.bars.forEach((b, i) => {
    const y = 8 + i * rowH;
    const w = Math.max(1, (b.value / max) * plotW);
    const name = b.name.length > 48 ? b.name.slice(0, 47) + "…" : b.name;
    parts.push(
      `<text x="${labelW - 8}" y="${y + 15}" text-anchor="end">${escapeHtml(name)}</text>`,
      `<rect x="${labelW}" y="${y + 3}" width="${w}" height="${rowH - 6}" fill="${seriesColour(0)}"><title>${escapeHtml(`${b.name}: ${b.value}`)}</title></rect>`,
      `<text x="${labelW + w + 6}" y="${y + 15}">${b.value}</text>`,
    );
  });
  const width = labelW + plotW + 60;
  const height = 16 + c.bars.length * rowH;
  return `<svg class="chart" role="img" aria-label="${escapeHtml(c.label)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">${parts.join("")}</svg>`;
}
