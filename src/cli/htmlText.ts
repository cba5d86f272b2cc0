/**
 * HTML body → the text a recipient reads, via html-to-text: link text without its URL, images
 * skipped, headings as written (not upper-cased), no word wrapping, tables cell by cell. Findings
 * on an HTML body carry offsets into this text, so callers must report it alongside them.
 */
import { convert, type HtmlToTextOptions } from "html-to-text";

const HEADINGS = ["h1", "h2", "h3", "h4", "h5", "h6"].map((selector) => ({ selector, options: { uppercase: false } }));

const OPTIONS: HtmlToTextOptions = {
  wordwrap: false,
  selectors: [
    { selector: "a", options: { ignoreHref: true } },
    { selector: "img", format: "skip" },
    ...HEADINGS,
    // "dataTable" keeps cells apart; the default layout-table format runs them together.
    { selector: "table", format: "dataTable", options: { uppercaseHeaderCells: false, colSpacing: 2 } },
  ],
};

export function htmlToText(html: string): string {
  return convert(html, OPTIONS);
}
