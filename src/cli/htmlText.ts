/**
 * HTML body → the text a recipient reads and the text hidden in it, with the same reader the
 * add-in uses (src/policy/html): blocks on their own lines, table cells tab-separated, links as
 * their text, images as nothing (their alt text counts as hidden), and the regions the mail client
 * marked (signature, quoted header, quoted history) as offsets into the visible text. Findings on
 * an HTML body carry offsets into the visible text, so callers must report it alongside them.
 */
import { bodyTexts, type BodyTexts } from "../policy/html";

export function htmlBodyTexts(html: string): BodyTexts {
  return bodyTexts(html);
}

/** Just the visible text. */
export function htmlToText(html: string): string {
  return bodyTexts(html).visible;
}
