/**
 * Whether an element's text can be seen, from its tag, attributes and inline style, given its
 * parent's state. Only inline styles and presentational attributes are read (what mail HTML
 * uses); class rules in <style> are not applied, so text they hide counts as visible and is
 * still checked as such.
 */
import { BLACK, composite, contrastRatio, parseColour, UNREADABLE_CONTRAST, WHITE, type Rgba } from "./colour";

export interface ElementState {
  /** The element and everything in it is hidden from a reader. */
  hidden: boolean;
  /** Inherited text colour (may be translucent). */
  colour: Rgba;
  /** Opaque colour painted behind the element. */
  background: Rgba;
  /** Inside <pre>: whitespace is kept. */
  pre: boolean;
  /** Text here cannot be read: hidden, transparent, or too close to its background. */
  unreadable: boolean;
}

export const ROOT_STATE: ElementState = { hidden: false, colour: BLACK, background: WHITE, pre: false, unreadable: false };

function unreadable(hidden: boolean, colour: Rgba, background: Rgba): boolean {
  if (hidden || colour.a === 0) return true;
  return contrastRatio(composite(colour, background), background) < UNREADABLE_CONTRAST;
}

/** Elements whose content a mail client never renders as body text. */
const NEVER_SHOWN = new Set(["head", "title", "script", "style", "template", "meta", "link", "xml", "object", "embed", "iframe", "frameset"]);

/** Inline style → lower-case property → value (last one wins, `!important` dropped). */
export function parseStyle(style: string): { [property: string]: string } {
  const out: { [property: string]: string } = {};
  for (const declaration of style.split(";")) {
    const colon = declaration.indexOf(":");
    if (colon < 0) continue;
    const property = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration
      .slice(colon + 1)
      .trim()
      .toLowerCase()
      .replace(/\s*!\s*important$/, "");
    if (property !== "") out[property] = value;
  }
  return out;
}

/** "0", "0px", "0.0pt", "0em", "0%"… */
const isZeroLength = (value: string | undefined): boolean => value !== undefined && /^[+-]?0*\.?0*(px|pt|em|rem|ex|ch|%|cm|mm|in|pc|vw|vh)?$/.test(value) && /0/.test(value);

function hiddenByStyle(s: { [property: string]: string }): boolean {
  if (s["display"] === "none") return true;
  if (s["visibility"] === "hidden" || s["visibility"] === "collapse") return true;
  if (s["mso-hide"] === "all") return true;
  if (isZeroLength(s["font-size"])) return true;
  const opacity = s["opacity"];
  if (opacity !== undefined && /^[0.]+%?$/.test(opacity)) return true;
  // The e-mail "preheader" trick: a box of no height whose overflow is clipped.
  const clipped = s["overflow"] === "hidden" || s["overflow-y"] === "hidden";
  if (clipped && (isZeroLength(s["max-height"]) || isZeroLength(s["height"]))) return true;
  if (clipped && (isZeroLength(s["max-width"]) || isZeroLength(s["width"]))) return true;
  return false;
}

/** `background` shorthand: the colour is any part that parses as one. */
function backgroundColourOf(s: { [property: string]: string }): Rgba | null {
  const own = s["background-color"];
  if (own !== undefined) return parseColour(own);
  const shorthand = s["background"];
  if (shorthand === undefined) return null;
  for (const part of shorthand.split(/\s+(?![^(]*\))/)) {
    const c = parseColour(part);
    if (c) return c;
  }
  return null;
}

/** Whether an element can change what its parent's state says (most tags in mail HTML cannot). */
function changesState(parent: ElementState, tag: string, attribs: { [name: string]: string }): boolean {
  if (attribs["style"] !== undefined || attribs["bgcolor"] !== undefined || attribs["hidden"] !== undefined) return true;
  if (tag === "font" && attribs["color"] !== undefined) return true;
  if (!parent.pre && (tag === "pre" || tag === "textarea")) return true;
  return !parent.hidden && NEVER_SHOWN.has(tag);
}

/**
 * Children's states by what decides them (see stateKey), per parent state: mail HTML repeats
 * the same few styles thousands of times. States are never modified, so they can be shared.
 * A WeakMap, so the memo goes when the parent state does.
 */
const memo = new WeakMap<ElementState, Map<string, ElementState>>();
/** Distinct styles remembered per parent state; more are computed each time. */
const MEMO_SIZE = 256;

/** Everything childState reads, as one string (tags matter only by their class). */
function stateKey(tag: string, attribs: { [name: string]: string }): string {
  const kind = NEVER_SHOWN.has(tag) ? "n" : tag === "pre" || tag === "textarea" ? "p" : tag === "font" ? "f" + (attribs["color"] ?? "") : "";
  return `${kind}\u0000${attribs["style"] ?? ""}\u0000${attribs["bgcolor"] ?? "\u0001"}\u0000${attribs["hidden"] === undefined ? "" : "h"}`;
}

export function childState(parent: ElementState, tag: string, attribs: { [name: string]: string }): ElementState {
  // The same state, not an equal copy: no style to parse and no contrast to compute per <br> or <td>.
  if (!changesState(parent, tag, attribs)) return parent;
  const key = stateKey(tag, attribs);
  let known = memo.get(parent);
  const hit = known?.get(key);
  if (hit !== undefined) return hit;
  const state = computeChildState(parent, tag, attribs);
  if (known === undefined) memo.set(parent, (known = new Map()));
  if (known.size < MEMO_SIZE) known.set(key, state);
  return state;
}

function computeChildState(parent: ElementState, tag: string, attribs: { [name: string]: string }): ElementState {
  const style = parseStyle(attribs["style"] ?? "");
  let colour = parent.colour;
  const colourText = style["color"] ?? (tag === "font" ? attribs["color"] : undefined);
  const parsedColour = colourText === undefined ? null : parseColour(colourText);
  if (parsedColour) colour = parsedColour;
  let background = parent.background;
  const bg = backgroundColourOf(style) ?? (attribs["bgcolor"] !== undefined ? parseColour(attribs["bgcolor"]) : null);
  if (bg) background = composite(bg, parent.background);
  const hidden = parent.hidden || NEVER_SHOWN.has(tag) || attribs["hidden"] !== undefined || hiddenByStyle(style);
  return {
    hidden,
    colour,
    background,
    pre: parent.pre || tag === "pre" || tag === "textarea",
    unreadable: unreadable(hidden, colour, background),
  };
}
