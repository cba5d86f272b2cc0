/**
 * The text of the Smart Alerts dialog: plain (errorMessage) and Markdown (errorMessageMarkdown,
 * Mailbox 1.15). Outlook shows at most 500 characters of either, so the text is built to fit:
 * a heading, as many of the worst findings as fit (each shortened at a word if long), a count
 * of the rest, and what to do next. Pure, so it is tested without Outlook.
 */
import type { Finding } from "../policy/rules/types";
import { withoutBidiControls } from "../policy/text/bidi";

export const MAX_DIALOG_LENGTH = 500;
/** One finding never takes more than this, so at least two fit beside the heading. */
const MAX_ITEM_LENGTH = 180;

export interface DialogParts {
  heading: string;
  items: string[];
  footer: string;
  /** How many of the items, counted from the end, are warnings listed after the problems. */
  trailingWarnings?: number;
}

/** Shortens text to `max` characters at a word boundary, ending with an ellipsis. */
export function shorten(text: string, max: number): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return (space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s.,;:]+$/, "") + "…";
}

/** Escapes the characters that would change Markdown formatting in SafeShare's or the user's
 * text (emphasis, links, code, HTML); plain punctuation is left readable. Outlook documents a
 * backslash before a character as its escape. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|~])/g, "\\$1");
}

/** U+FF06 FULLWIDTH AMPERSAND: looks like "&" everywhere. */
const SAFE_AMPERSAND = "\uff06";

/**
 * Classic Outlook on Windows treats "&" in the Smart Alerts dialog as a keyboard-accelerator
 * marker: a single "&" disappears and underlines the next character, and only "&&" shows one
 * (office-js#6622, open). Doubling would show "&&" on the web, Mac and new Outlook, and the
 * handler cannot tell the clients apart reliably, so every "&" (SafeShare's or quoted from the
 * message) becomes the full-width ampersand, which no client treats specially and which also
 * keeps Markdown from reading "&amp;"-style entities in the user's text.
 */
export function withoutAmpersands(text: string): string {
  return text.replace(/&/g, SAFE_AMPERSAND);
}

/** "…and 3 more in SafeShare.", or, when the rest mixes problems and warnings, names both. */
function more(count: number, trailingWarnings: number): string {
  const warnings = Math.min(count, trailingWarnings);
  const problems = count - warnings;
  if (warnings === 0 || trailingWarnings === 0) return `…and ${count} more in SafeShare.`;
  const warningText = plural(warnings, "warning", "warnings");
  if (problems === 0) return `…and ${warningText} in SafeShare.`;
  return `…and ${plural(problems, "more problem", "more problems")} and ${warningText} in SafeShare.`;
}

interface Style {
  heading(text: string): string;
  item(text: string): string;
  /** Between list items. */
  listJoin: string;
  /** Between blocks (heading, list, "…and N more", footer). */
  join: string;
}

const PLAIN: Style = { heading: (t) => t, item: (t) => `• ${t}`, listJoin: "\n", join: "\n" };
/** Outlook's documented Markdown for the dialog: a list item starts with "- " and ends with "\r";
 * "\n\n" makes a new line (a single "\n" does not). */
const MARKDOWN: Style = { heading: (t) => `**${escapeMarkdown(t)}**`, item: (t) => `- ${escapeMarkdown(t)}\r`, listJoin: "", join: "\n\n" };

function render(parts: DialogParts, style: Style): string {
  // Findings quote the user's values (names, addresses, subjects) and a failure quotes an
  // error: none of them may reorder the dialog's text around it.
  const head = style.heading(withoutAmpersands(withoutBidiControls(parts.heading)));
  const footer = withoutAmpersands(withoutBidiControls(parts.footer));
  const foot = footer ? (style === MARKDOWN ? escapeMarkdown(footer) : footer) : "";
  const lines: string[] = [];
  const size = (list: string[], rest: number) => {
    const blocks = [head];
    if (list.length) blocks.push(list.join(style.listJoin));
    if (rest > 0) blocks.push(more(rest, parts.trailingWarnings ?? 0));
    if (foot) blocks.push(foot);
    return blocks.join(style.join);
  };
  for (let i = 0; i < parts.items.length; i++) {
    const candidate = lines.concat(style.item(shorten(withoutAmpersands(withoutBidiControls(parts.items[i] as string)), MAX_ITEM_LENGTH)));
    if (size(candidate, parts.items.length - i - 1).length > MAX_DIALOG_LENGTH) break;
    lines.push(candidate[candidate.length - 1] as string);
  }
  const text = size(lines, parts.items.length - lines.length);
  // The heading and footer are SafeShare's own short sentences; this only guards the limit.
  return text.length <= MAX_DIALOG_LENGTH ? text : shorten(text, MAX_DIALOG_LENGTH);
}

export function plainText(parts: DialogParts): string {
  return render(parts, PLAIN);
}

export function markdownText(parts: DialogParts): string {
  return render(parts, MARKDOWN);
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The findings of one severity, worst first as checkMessage sorted them. */
function messagesOf(findings: readonly Finding[], severity: Finding["severity"]): string[] {
  return findings.filter((f) => f.severity === severity).map((f) => f.message);
}

export function blockParts(findings: readonly Finding[]): DialogParts {
  const blocking = messagesOf(findings, "block");
  const warnings = messagesOf(findings, "warn");
  return {
    heading: `SafeShare stopped this message: ${plural(blocking.length, "problem must", "problems must")} be fixed before it can be sent.`,
    items: blocking.concat(warnings),
    footer: "Choose Fix in SafeShare to see each problem and its one-click fix.",
    trailingWarnings: warnings.length,
  };
}

export function warnParts(findings: readonly Finding[], canSendAnyway: boolean): DialogParts {
  const warnings = messagesOf(findings, "warn");
  return {
    heading: `SafeShare has ${plural(warnings.length, "warning", "warnings")} about this message.`,
    items: warnings,
    footer: canSendAnyway ? "If you have checked, choose Send Anyway. To change the message, choose Fix in SafeShare." : "",
  };
}

export function failureParts(reason: string): DialogParts {
  return {
    heading: `SafeShare could not check this message: ${shorten(reason, 200)}`,
    items: [],
    footer: "Try Send again. If this keeps happening, open SafeShare from the ribbon or contact your IT service desk.",
  };
}
