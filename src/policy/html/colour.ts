/**
 * CSS colours, only as far as hidden-text detection needs them: is this text colour so close to
 * its background that a reader cannot see it (white on white)? Anything not understood is
 * `null`, which callers treat as "visible" — the text is then still checked as visible text.
 */

export interface Rgba {
  r: number;
  g: number;
  b: number;
  /** 0 (transparent) to 1 (opaque). */
  a: number;
}

/** The named colours mail actually uses for hiding text, and the common ones around them. */
const NAMED: { [name: string]: string } = {
  white: "#ffffff",
  snow: "#fffafa",
  ivory: "#fffff0",
  whitesmoke: "#f5f5f5",
  ghostwhite: "#f8f8ff",
  azure: "#f0ffff",
  mintcream: "#f5fffa",
  floralwhite: "#fffaf0",
  seashell: "#fff5ee",
  linen: "#faf0e6",
  gainsboro: "#dcdcdc",
  lightgray: "#d3d3d3",
  lightgrey: "#d3d3d3",
  silver: "#c0c0c0",
  gray: "#808080",
  grey: "#808080",
  black: "#000000",
  red: "#ff0000",
  green: "#008000",
  blue: "#0000ff",
  navy: "#000080",
  yellow: "#ffff00",
  orange: "#ffa500",
  purple: "#800080",
  windowtext: "#000000",
  window: "#ffffff",
};

const HEX = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/;
const FUNCTIONAL = /^rgba?\(([^)]*)\)$/;

function channel(text: string): number | null {
  const t = text.trim();
  if (!/^-?[0-9.]+%?$/.test(t)) return null;
  const n = parseFloat(t);
  if (isNaN(n)) return null;
  const v = t.charAt(t.length - 1) === "%" ? (n * 255) / 100 : n;
  return Math.max(0, Math.min(255, v));
}

function alphaOf(text: string | undefined): number | null {
  if (text === undefined) return 1;
  const t = text.trim();
  if (!/^[0-9.]+%?$/.test(t)) return null;
  const n = parseFloat(t);
  if (isNaN(n)) return null;
  return Math.max(0, Math.min(1, t.charAt(t.length - 1) === "%" ? n / 100 : n));
}

// Helpers at module level, not closures made per call: these run for every styled element.
const doubled = (c: string): string => c + c;
const byteAt = (hex: string, i: number): number => parseInt(hex.slice(i, i + 2), 16);

function fromHex(hex: string): Rgba {
  const full = hex.length <= 4 ? hex.replace(/./g, doubled) : hex;
  return { r: byteAt(full, 0), g: byteAt(full, 2), b: byteAt(full, 4), a: full.length === 8 ? byteAt(full, 6) / 255 : 1 };
}

/** `#fff`, `#ffffff`, `rgb(255, 255, 255)`, `rgba(0 0 0 / 0)`, `white`, `transparent`; else null. */
export function parseColour(value: string): Rgba | null {
  const v = value.trim().toLowerCase().replace(/\s*!important$/, "");
  if (v === "transparent") return { r: 0, g: 0, b: 0, a: 0 };
  const named = NAMED[v];
  if (named !== undefined) return fromHex(named.slice(1));
  // Outlook and old HTML write bgcolor/color attributes without the "#".
  const hex = HEX.exec(v.charAt(0) === "#" ? v : `#${v}`);
  if (hex) return fromHex(hex[1] as string);
  const fn = FUNCTIONAL.exec(v);
  if (!fn) return null;
  const parts = (fn[1] as string).split(/\s*[,/]\s*|\s+/).filter((p) => p !== "");
  if (parts.length !== 3 && parts.length !== 4) return null;
  const r = channel(parts[0] as string);
  const g = channel(parts[1] as string);
  const b = channel(parts[2] as string);
  const a = alphaOf(parts[3]);
  if (r === null || g === null || b === null || a === null) return null;
  return { r, g, b, a };
}

/** `top` painted over an opaque `bottom`. */
export function composite(top: Rgba, bottom: Rgba): Rgba {
  const a = top.a;
  return { r: top.r * a + bottom.r * (1 - a), g: top.g * a + bottom.g * (1 - a), b: top.b * a + bottom.b * (1 - a), a: 1 };
}

/** An sRGB channel (0–255) as linear light. */
function linear(v: number): number {
  const s = v / 255;
  return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
}

function luminance(c: Rgba): number {
  return 0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b);
}

/** WCAG contrast ratio of two opaque colours: 1 (identical) to 21 (black on white). */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const la = luminance(a);
  const lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * Below this ratio text is treated as unreadable: white on white is 1.0, #eeeeee on white 1.16,
 * #dddddd on white 1.36; #cccccc on white (1.6, faint but readable) stays visible.
 */
export const UNREADABLE_CONTRAST = 1.5;

export const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };
export const BLACK: Rgba = { r: 0, g: 0, b: 0, a: 1 };
