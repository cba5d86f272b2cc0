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
// Must come before htmlparser2, whose entity tables need atob() as soon as they load.
import "./atobPolyfill.js";
import { Parser, type Handler } from "htmlparser2";
import { TextSink, type BreakKind } from "./textSink";
import { childState, ROOT_STATE, type ElementState } from "./visibility";

export interface BodyTexts {
  /** What a recipient reads, laid out as lines (blocks on their own lines, table cells tab-separated). */
  readonly visible: string;
  /** Comments, hidden or unreadable elements, <head>/<title>/<script>, CSS comments and `content`
   * strings, image alt text and title attributes; separate pieces separated by blank lines. */
  readonly hidden: string;
}

const PARAGRAPH_TAGS = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "table", "ul", "ol", "dl", "pre", "hr", "address", "figure", "fieldset"]);
const LINE_TAGS = new Set(["div", "li", "tr", "dt", "dd", "section", "article", "header", "footer", "main", "nav", "aside", "center", "form", "caption", "tbody", "thead", "tfoot", "body", "html"]);
const CELL_TAGS = new Set(["td", "th"]);

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
  return { visible: html.replace(/<[^>]*>?/g, " ").replace(/[ \t]+/g, " ").trim(), hidden: "" };
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

function extract(html: string, nested: boolean): BodyTexts {
  const visible = new TextSink();
  const hidden = new TextSink();
  const stack: ElementState[] = [];
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

  const handler: Partial<Handler> = {
    onopentag(name, attribs) {
      requestBreak(breakFor(name));
      if (stack.length >= MAX_DEPTH) throw TOO_DEEP;
      stack.push(state);
      state = childState(state, name, attribs);
      if (name === "style") styleSheet = [];
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
      if (name === "style" && styleSheet !== null) {
        separatePiece();
        toHidden(styleSheetText(styleSheet.join("")), true);
        separatePiece();
        styleSheet = null;
      }
      state = stack.pop() ?? ROOT_STATE;
      requestBreak(breakFor(name));
    },
    ontext(data) {
      if (styleSheet !== null) {
        styleSheet.push(data);
        return;
      }
      if (state.unreadable) {
        toHidden(data, state.pre);
      } else {
        visible.append(data, state.pre);
        if (data.trim() !== "") separatePiece();
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
  const parser = new Parser(handler, { decodeEntities: true });
  parser.end(html);
  return { visible: visible.toString(), hidden: hidden.toString() };
}

/** The last answer: the task pane's poll reads the same HTML again and again while the user
 * types elsewhere, and comparing strings is far cheaper than parsing. Results are immutable. */
let lastHtml: string | undefined;
let lastTexts: BodyTexts = { visible: "", hidden: "" };

export function bodyTexts(html: string): BodyTexts {
  if (html === lastHtml) return lastTexts;
  let texts: BodyTexts;
  try {
    texts = extract(html, false);
  } catch (error) {
    texts = error === TOO_DEEP ? withoutTags(html) : { visible: html, hidden: "" };
  }
  lastHtml = html;
  lastTexts = texts;
  return texts;
}
