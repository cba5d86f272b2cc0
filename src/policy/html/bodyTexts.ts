/**
 * An HTML body → the text a recipient can read (`visible`) and the text that travels with the
 * message but is not on screen (`hidden`). Hidden personal data is still personal data: a
 * forward, a reply, "view source", a screen reader or another mail client shows it. See
 * docs/hardening.md for the full list of what counts as hidden.
 *
 * Streams through htmlparser2 (no DOM), so it is linear in the input and runs in the ES2016
 * Send bundle. Never throws: on an internal failure the whole input is returned as visible
 * text, so it is still checked; past MAX_DEPTH nested elements the text without its tags is.
 */
import { Parser, type Handler } from "htmlparser2";
import { decodeReferences } from "./entities";
import { isSpace } from "../text/whitespace";
import { TextSink, type BreakKind } from "./textSink";
import { childState, parseStyle, ROOT_STATE, type ElementState } from "./visibility";

/** Where an HTML body's signature and quoted history are, as the mail client marked them up;
 * offsets into `visible` (end exclusive, trimmed of surrounding whitespace). */
export interface BodyRegion {
  kind: "signature" | "quote-header" | "quoted";
  start: number;
  end: number;
}

export interface BodyTexts {
  /** What a recipient reads, laid out as lines (blocks on their own lines, table cells tab-separated). */
  readonly visible: string;
  /** Comments, hidden or unreadable elements, <head>/<title>/<script>, CSS comments and `content`
   * strings, image alt text and title attributes; separate pieces separated by blank lines. */
  readonly hidden: string;
  /** The client's own markers of signature, quoted header and quoted history, sorted by start
   * (a region before those it holds). Empty when there are none or the HTML could not be
   * laid out. */
  readonly regions: readonly BodyRegion[];
  /** False when the HTML could not be laid out (nested deeper than MAX_DEPTH, or the reader
   * failed): `visible` is then the input without its tags, every word of it still there. */
  readonly laidOut: boolean;
}

const PARAGRAPH_TAGS = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "table", "ul", "ol", "dl", "pre", "hr", "address", "figure", "fieldset"]);
const LINE_TAGS = new Set(["div", "li", "tr", "dt", "dd", "section", "article", "header", "footer", "main", "nav", "aside", "center", "form", "caption", "tbody", "thead", "tfoot", "body", "html"]);
const CELL_TAGS = new Set(["td", "th"]);

/**
 * A table cell whose text is at most this long is a data cell ("Name" | "Shane KIRKLAND"): its
 * row reads as one tab-separated line, as a cell without a <p> does, although Word wraps every
 * cell's text in a <p>. A longer cell is layout (a newsletter column) and keeps its paragraph
 * break from the next cell, unless it is one paragraph no longer than DATA_CELL_ONE_BLOCK_MAX:
 * a panel's action ("Wanted on recall, whereabouts unknown since Friday; check his nan's …")
 * stays on its row, beside the name in the cell before it.
 */
const DATA_CELL_MAX = 80;
const DATA_CELL_ONE_BLOCK_MAX = 300;

/**
 * Word's paragraphs (class "MsoNormal", "MsoListParagraph", "MsoPlainText"…) have no margin above or
 * below: Outlook shows them line under line, and a paragraph holding only a no-break space is the
 * blank line between paragraphs. So one is read as a line, and an empty one as a paragraph break:
 * the text reads as the writer sees it (a form's fields or a list's items together).
 */
const WORD_PARAGRAPH = /^mso/i;

function isWordParagraph(tag: string, attribs: { [name: string]: string }): boolean {
  return tag === "p" && WORD_PARAGRAPH.test(attribs["class"] ?? "");
}

function breakFor(tag: string): BreakKind | null {
  if (PARAGRAPH_TAGS.has(tag)) return "paragraph";
  if (LINE_TAGS.has(tag)) return "line";
  if (CELL_TAGS.has(tag)) return "cell";
  return null;
}

/**
 * Deeper nesting than any real message: htmlparser2's open-element stack costs O(depth) per tag,
 * so a hostile body of nested tags would take quadratic time. Past this depth the body is read
 * without layout (tags dropped, all text visible: still checked).
 */
export const MAX_DEPTH = 1000;

/** Thrown (and caught below) to stop the parser early. */
const TOO_DEEP = { reason: "nested too deeply" };

/** Fallback reading: every tag removed, entities left as written, everything visible. */
function withoutTags(html: string): BodyTexts {
  return { visible: html.replace(/<[^>]*>?/g, " ").replace(/[ \t]+/g, " ").trim(), hidden: "", regions: [], laidOut: false };
}

/**
 * How an element marks a region, as mail clients write them:
 * - "container": the element's own content (Gmail's div.gmail_signature, blockquote type=cite…);
 * - "to-end": from the element to the end of the body (Outlook on the web's #appendonsend: all
 *   that follows is the quoted history);
 * - "signature-start": Outlook desktop's `_MailAutoSig` bookmark, from there to the next quoted
 *   region (or the end).
 */
type RegionExtent = "container" | "to-end" | "signature-start";

interface RegionMark {
  kind: BodyRegion["kind"];
  extent: RegionExtent;
  /** Outlook desktop's bordered reply header is only a header when it starts with a field ("From:"). */
  needsField: boolean;
  /** TextSink marks: where it starts and ends (-1 while the element is open). */
  start: number;
  end: number;
}

const SIGNATURE_IDS = new Set(["signature", "applemailsignature", "ms-outlook-mobile-signature"]);
const QUOTED_IDS = new Set(["mail-editor-reference-message-container"]);
/** A Map, not an object: a class named "constructor" must not find Object's. */
const CLASS_REGIONS = new Map<string, BodyRegion["kind"]>([
  ["gmail_quote", "quoted"],
  ["gmail_attr", "quote-header"],
  ["gmail_signature", "signature"],
  ["moz-cite-prefix", "quote-header"],
  ["moz-signature", "signature"],
  ["moz-forward-container", "quoted"],
]);

/** Outlook desktop (Windows #E1E1E1, older and Mac #B5C4DF): the rule above a reply header. */
function isOutlookReplyHeader(tag: string, attribs: { [name: string]: string }): boolean {
  if (tag !== "div" || attribs["style"] === undefined) return false;
  const top = parseStyle(attribs["style"])["border-top"];
  return top !== undefined && top.indexOf("solid") >= 0 && (top.indexOf("#e1e1e1") >= 0 || top.indexOf("#b5c4df") >= 0);
}

const NO_REGIONS: [BodyRegion["kind"], RegionExtent, boolean][] = [];

/** The regions an element opens, as [kind, extent, needsField] triples. */
function regionsOpenedBy(tag: string, attribs: { [name: string]: string }): [BodyRegion["kind"], RegionExtent, boolean][] {
  // Most elements open none: decide that without allocating.
  if (attribs["id"] === undefined && attribs["class"] === undefined && tag !== "blockquote" && tag !== "a" && !(tag === "div" && attribs["style"] !== undefined)) return NO_REGIONS;
  const out: [BodyRegion["kind"], RegionExtent, boolean][] = [];
  const id = (attribs["id"] ?? "").toLowerCase();
  if (id !== "") {
    if (SIGNATURE_IDS.has(id)) out.push(["signature", "container", false]);
    else if (QUOTED_IDS.has(id)) out.push(["quoted", "container", false]);
    else if (id === "appendonsend") out.push(["quoted", "to-end", false]);
    else if (id === "divrplyfwdmsg") out.push(["quote-header", "container", false], ["quoted", "to-end", false]);
  }
  const cls = attribs["class"];
  if (cls !== undefined) {
    for (const token of cls.toLowerCase().split(/\s+/)) {
      const kind = CLASS_REGIONS.get(token);
      if (kind !== undefined && !out.some((r) => r[0] === kind)) out.push([kind, "container", false]);
    }
  }
  if (tag === "blockquote" && (attribs["type"] ?? "").toLowerCase() === "cite" && !out.some((r) => r[0] === "quoted")) out.push(["quoted", "container", false]);
  if (isOutlookReplyHeader(tag, attribs)) out.push(["quote-header", "container", true], ["quoted", "to-end", true]);
  if (tag === "a" && (attribs["name"] ?? "").toLowerCase() === "_mailautosig") out.push(["signature", "signature-start", false]);
  return out;
}

/** "From:", "Von:", "De :"… at the start: what an Outlook reply header begins with. */
const STARTS_WITH_FIELD = /^[^\s:]{1,15}( [^\s:]{1,15})? ?:/;

/** Region marks → offsets into the final text, trimmed of whitespace, empty ones dropped. */
function resolveRegions(text: string, marks: RegionMark[], offsets: number[]): BodyRegion[] {
  const resolved: { kind: BodyRegion["kind"]; start: number; end: number; order: number; extent: RegionExtent }[] = [];
  const rejected = new Set<number>();
  marks.forEach((m, i) => {
    const start = offsets[m.start] as number;
    const end = m.extent === "container" && m.end >= 0 ? (offsets[m.end] as number) : text.length;
    if (m.needsField && m.kind === "quote-header" && !STARTS_WITH_FIELD.test(text.slice(start, Math.min(end, start + 40)).replace(/^\s+/, ""))) rejected.add(i);
    resolved.push({ kind: m.kind, start, end, order: i, extent: m.extent });
  });
  // An Outlook bordered div that is not a reply header is no quoted history either.
  marks.forEach((m, i) => {
    if (m.needsField && m.kind === "quoted" && rejected.has(i - 1)) rejected.add(i);
  });
  const kept = resolved.filter((r) => !rejected.has(r.order));
  // A signature bookmark ends where quoted history begins: the first quoted start after it.
  const quoteStarts = kept.filter((q) => q.kind !== "signature").map((q) => q.start);
  quoteStarts.sort((a, b) => a - b);
  for (const r of kept) {
    if (r.extent !== "signature-start") continue;
    let lo = 0;
    let hi = quoteStarts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((quoteStarts[mid] as number) <= r.start) lo = mid + 1;
      else hi = mid;
    }
    const next = quoteStarts[lo];
    if (next !== undefined && next < r.end) r.end = next;
  }
  const out: (BodyRegion & { order: number })[] = [];
  let openEndedQuoted = false;
  for (const r of kept) {
    let start = r.start;
    let end = r.end;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (start >= end) continue;
    // One "quoted to the end" is enough: later ones lie inside it.
    if (r.kind === "quoted" && r.extent === "to-end") {
      if (openEndedQuoted) continue;
      openEndedQuoted = true;
    }
    out.push({ kind: r.kind, start, end, order: r.order });
  }
  // By start; a container before what it holds (the longer first), then in document order.
  out.sort((a, b) => a.start - b.start || b.end - a.end || a.order - b.order);
  return out.map((r) => ({ kind: r.kind, start: r.start, end: r.end }));
}

/** `[if mso]>…<![endif]`: markup only some clients (Outlook on Windows) render. */
const CONDITIONAL = /^\s*\[if [^\]]*\]>([\s\S]*)<!\[endif\]\s*$/i;
const CSS_COMMENT = /\/\*([\s\S]*?)\*\//g;
const CSS_CONTENT = /content\s*:\s*(["'])((?:(?!\1)[^\\]|\\[\s\S])*)\1/gi;

/** What in a style sheet could carry words: its comments and generated `content` strings. */
function styleSheetText(css: string): string {
  const out: string[] = [];
  let m: RegExpExecArray | null;
  CSS_COMMENT.lastIndex = 0;
  while ((m = CSS_COMMENT.exec(css)) !== null) out.push((m[1] as string).trim());
  CSS_CONTENT.lastIndex = 0;
  while ((m = CSS_CONTENT.exec(css)) !== null) out.push(m[2] as string);
  return out.filter((s) => s !== "").join("\n");
}

/** Attribute values with their character references decoded (the same object when none has one). */
function decodedAttributes(attribs: { [name: string]: string }): { [name: string]: string } {
  let out: { [name: string]: string } | null = null;
  // for…in, not Object.keys: this runs on every tag, and most have no reference to decode.
  for (const key in attribs) {
    const value = attribs[key] as string;
    if (value.indexOf("&") < 0) continue;
    if (out === null) out = { ...attribs };
    out[key] = decodeReferences(value, true);
  }
  return out ?? attribs;
}

/** `<ol start="3">`: where its numbering begins (1 when absent or not a number). */
function listStart(start: string | undefined): number {
  const n = start === undefined ? NaN : parseInt(start, 10);
  return Number.isFinite(n) ? n : 1;
}

/**
 * What a reader sees before a list item: its number in an <ol>, a bullet otherwise. Written into
 * the text so each item reads as its own sentence, as a typed "- " or "1. " item does: one
 * item's case word must not reach a name in the next.
 */
function listItemMarker(lists: number[]): string {
  const depth = lists.length - 1;
  const next = lists[depth];
  if (next === undefined || next < 0) return "\u2022 ";
  lists[depth] = next + 1;
  return `${next}. `;
}

function extract(html: string, nested: boolean): BodyTexts {
  const visible = new TextSink();
  const hidden = new TextSink();
  const stack: ElementState[] = [];
  /** Per open element: the region marks it opened (null when none), so its close ends them. */
  const regionStack: (RegionMark[] | null)[] = [];
  const regionMarks: RegionMark[] = [];
  let state = ROOT_STATE;
  let styleSheet: string[] | null = null;
  let comment: string[] = [];
  /** Hidden text since the last visible text belongs to one piece; a new piece starts a paragraph. */
  let hiddenPieceOpen = false;

  const toHidden = (text: string, pre: boolean) => {
    if (text.trim() === "") return;
    if (!hiddenPieceOpen) hidden.requestBreak("paragraph");
    hiddenPieceOpen = true;
    hidden.append(text, pre);
  };
  const separatePiece = () => {
    hiddenPieceOpen = false;
  };
  const requestBreak = (kind: BreakKind | null) => {
    if (kind === null) return;
    visible.requestBreak(kind);
    hidden.requestBreak(kind);
  };
  /** The break each open element asked for, innermost last (a Word paragraph's is a line's). */
  const breaks: (BreakKind | null)[] = [];
  /** Open Word paragraphs, innermost last: whether each has shown text, and held only blank space. */
  const wordParagraphs: { hasText: boolean; blank: boolean }[] = [];
  /** Open table cells, innermost last: where each began, whether it has shown text yet, and
   * whether a second block or a line break followed that text. */
  const cells: { start: number; hasText: boolean; blocks: boolean }[] = [];
  /** A block (<p>, <div>) before a cell's first text breaks nothing: the cell's own break stands. */
  const blockAtCellStart = (kind: BreakKind | null): boolean => {
    const cell = cells[cells.length - 1];
    return kind !== null && kind !== "cell" && cell !== undefined && !cell.hasText;
  };

  /** Inside <script> or <style>: raw text, where "&amp;" is not a reference. */
  let rawText = false;
  /** Open lists, innermost last: the next number of an <ol>, or -1 for a <ul>. */
  const lists: number[] = [];
  /** The marker a list item shows before its first text ("• ", "2. "), until that text comes. */
  let itemMarker: string | null = null;

  const handler: Partial<Handler> = {
    onopentag(name, raw) {
      const attribs = decodedAttributes(raw);
      rawText = name === "script" || name === "style";
      const word = isWordParagraph(name, attribs);
      const kind = word ? "line" : breakFor(name);
      breaks.push(kind);
      if (word) wordParagraphs.push({ hasText: false, blank: false });
      if (!blockAtCellStart(kind)) requestBreak(kind);
      const openCell = cells[cells.length - 1];
      if (openCell !== undefined && openCell.hasText && (kind !== null || name === "br")) openCell.blocks = true;
      if (kind === "cell") cells.push({ start: visible.written, hasText: false, blocks: false });
      if (stack.length >= MAX_DEPTH) throw TOO_DEEP;
      stack.push(state);
      state = childState(state, name, attribs);
      let opened: RegionMark[] | null = null;
      if (!nested) {
        for (const [kind, extent, needsField] of regionsOpenedBy(name, attribs)) {
          const m: RegionMark = { kind, extent, needsField, start: visible.mark(), end: -1 };
          regionMarks.push(m);
          if (opened === null) opened = [];
          opened.push(m);
        }
      }
      regionStack.push(opened);
      if (name === "style") styleSheet = [];
      if (name === "ol" || name === "ul") lists.push(name === "ol" ? listStart(attribs["start"]) : -1);
      if (name === "li") itemMarker = listItemMarker(lists);
      if (name === "br") (state.unreadable ? hidden : visible).lineBreak();
      const alt = name === "img" ? attribs["alt"] : undefined;
      for (const text of [alt, attribs["title"]]) {
        if (text === undefined) continue;
        separatePiece();
        toHidden(text, false);
        separatePiece();
      }
    },
    onclosetag(name) {
      rawText = false;
      if (name === "style" && styleSheet !== null) {
        separatePiece();
        toHidden(styleSheetText(styleSheet.join("")), true);
        separatePiece();
        styleSheet = null;
      }
      state = stack.pop() ?? ROOT_STATE;
      if (name === "ol" || name === "ul") lists.pop();
      if (name === "li") itemMarker = null;
      const closing = regionStack.pop();
      if (closing) for (const m of closing) m.end = visible.mark();
      const kind = breaks.pop() ?? breakFor(name);
      if (name === "p" && kind === "line") {
        const paragraph = wordParagraphs.pop();
        if (paragraph && !paragraph.hasText && paragraph.blank) requestBreak("paragraph");
      }
      const cell = kind === "cell" ? cells.pop() : undefined;
      const cellLength = cell === undefined ? 0 : visible.written - cell.start;
      if (cell !== undefined && (cellLength <= DATA_CELL_MAX || (!cell.blocks && cellLength <= DATA_CELL_ONE_BLOCK_MAX))) {
        // A data cell: the break its last block asked for gives way to the cell's tab.
        visible.replaceBreak("cell");
        hidden.replaceBreak("cell");
      } else {
        requestBreak(kind);
      }
    },
    ontext(raw) {
      const data = rawText ? raw : decodeReferences(raw);
      if (styleSheet !== null) {
        styleSheet.push(data);
        return;
      }
      if (state.unreadable) {
        toHidden(data, state.pre);
      } else {
        const paragraph = wordParagraphs[wordParagraphs.length - 1];
        if (paragraph !== undefined && !paragraph.hasText) {
          // Leading space in a Word paragraph shows nothing; a paragraph of it alone is a blank line.
          if (data.trim() === "") {
            paragraph.blank = true;
            return;
          }
          paragraph.hasText = true;
        }
        if (itemMarker !== null && data.trim() !== "") {
          visible.append(itemMarker, false);
          itemMarker = null;
        }
        visible.append(data, state.pre);
        if (data.trim() !== "") {
          separatePiece();
          const cell = cells[cells.length - 1];
          if (cell !== undefined) cell.hasText = true;
        }
      }
    },
    oncomment(data) {
      comment.push(data);
    },
    oncommentend() {
      const text = comment.join("");
      comment = [];
      separatePiece();
      const conditional = nested ? null : CONDITIONAL.exec(text);
      if (conditional) {
        const inner = extract(conditional[1] as string, true);
        toHidden(inner.visible, true);
        separatePiece();
        toHidden(inner.hidden, true);
      } else {
        toHidden(text, false);
      }
      separatePiece();
    },
  };
  // References are decoded by decodeReferences: htmlparser2's full table is not bundled.
  const parser = new Parser(handler, { decodeEntities: false });
  parser.end(html);
  const laid = visible.layout();
  return { visible: laid.text, hidden: hidden.toString(), regions: regionMarks.length === 0 ? [] : resolveRegions(laid.text, regionMarks, laid.marks), laidOut: true };
}

/** The last answer: the task pane's poll reads the same HTML again and again while the user
 * types elsewhere, and comparing strings is far cheaper than parsing. Results are immutable. */
let lastHtml: string | undefined;
let lastTexts: BodyTexts = { visible: "", hidden: "", regions: [], laidOut: true };

export function bodyTexts(html: string): BodyTexts {
  if (html === lastHtml) return lastTexts;
  let texts: BodyTexts;
  try {
    texts = extract(html, false);
  } catch (error) {
    texts = error === TOO_DEEP ? withoutTags(html) : { visible: html, hidden: "", regions: [], laidOut: false };
  }
  lastHtml = html;
  lastTexts = texts;
  return texts;
}
