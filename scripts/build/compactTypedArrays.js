// A webpack loader for the public-suffix trie that tldts-icann ships as typed-array literals
// (`new Uint16Array([0, 0, 0, 12, …])`, about 31 KB of digits and commas in launchevent.js).
// Each long literal is written instead as a string of one printable character a value (two more
// for a value of 92 or over, three for a run of four to 95 zeros) and decoded into the same typed
// array when the module loads: about half the bytes, the same arrays (test/scripts/compactTypedArrays.test.ts decodes and compares).
// A literal this cannot write (a value not a whole number from 0 to 8,648) is left as it is.
// The trie's labels, one string of about 41 KB, are byte-pair coded (the most frequent pairs of
// characters become unused printable characters) and expanded when the module loads.
"use strict";

const fs = require("fs");
const path = require("path");
const { createHash } = require("crypto");

/** Literals shorter than this many values are left alone: the decoder call would not pay. */
const MIN_VALUES = 200;
/** `new Uint8Array([ … ])` and the like, with the pure annotation tldts writes before them. */
const TYPED_ARRAY_LITERAL = /(\/\*#__PURE__\*\/\s*)?new (Uint8Array|Uint16Array|Uint32Array|Int8Array|Int16Array|Int32Array)\(\[([\d\s,]*)\]\)/g;
/** The alphabet: printable ASCII (32–126) without `"` and `\`, 93 characters; its last is the escape. */
const BASE = 93;
const ESCAPE = BASE - 1;

function characterOf(digit) {
  let code = digit + 32;
  if (code >= 34) code++; // skip "
  if (code >= 92) code++; // skip \
  return String.fromCharCode(code);
}

/** Runs of zeros this long or longer are written as one run (the trie's arrays hold long runs of them). */
const MIN_ZERO_RUN = 4;
/** The longest run one run code writes: its length less MIN_ZERO_RUN is a digit below ESCAPE. */
const MAX_ZERO_RUN = MIN_ZERO_RUN + ESCAPE - 1;

/**
 * The values as a string, or null when one cannot be written (too large, negative, not whole).
 * A value below ESCAPE is its digit; a larger one is ESCAPE and two digits (value = d1 * BASE + d2).
 * ESCAPE with a first digit 0 and a second below ESCAPE would be a value below ESCAPE, which is
 * never written so; it stands for a run of zeros, the second digit plus MIN_ZERO_RUN long.
 */
function encode(values) {
  let out = "";
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isInteger(v) || v < 0 || v >= BASE * BASE) return null;
    if (v === 0) {
      let run = 1;
      while (run < MAX_ZERO_RUN && values[i + run] === 0) run++;
      if (run >= MIN_ZERO_RUN) {
        out += characterOf(ESCAPE) + characterOf(0) + characterOf(run - MIN_ZERO_RUN);
        i += run - 1;
        continue;
      }
    }
    out += v < ESCAPE ? characterOf(v) : characterOf(ESCAPE) + characterOf(Math.floor(v / BASE)) + characterOf(v % BASE);
  }
  return out;
}

/** The decoder, ES5 for the Send runtime: a character's digit is its code less 32, less one past `"` and one past `\`. */
const DECODER_NAME = "__safeshareTypedArray";
const DECODER = [
  `function ${DECODER_NAME}(T, s) {`,
  "  function d(i) { var c = s.charCodeAt(i); return c - 32 - (c > 34 ? 1 : 0) - (c > 92 ? 1 : 0); }",
  "  var out = [], i = 0, v, n;",
  `  while (i < s.length) {`,
  `    v = d(i++);`,
  `    if (v === ${ESCAPE}) { v = d(i) * ${BASE} + d(i + 1); i += 2; if (v < ${ESCAPE}) { for (n = v + ${MIN_ZERO_RUN}; n > 0; n--) out.push(0); continue; } }`,
  `    out.push(v);`,
  `  }`,
  "  return new T(out);",
  "}",
].join("\n");

/** A long string literal with no escapes (the trie's labels run together, about 41 KB). */
const LONG_STRING = /"([^"\\\n]{1000,})"/g;
/**
 * Symbols for byte-pair coding: ASCII but `"` and `\\`, less the characters the text uses. The
 * control characters other than NUL, backspace, tab and the line and page breaks are among them:
 * the minifier writes them in a string as themselves, one byte each, as it does any other ASCII.
 */
const PAIR_SYMBOLS = Array.from({ length: 128 }, (_, i) => i)
  .filter((i) => (i >= 1 && i <= 7) || i >= 14)
  .map((i) => String.fromCharCode(i))
  .filter((c) => c !== '"' && c !== "\\");
/** `text` as a string literal, a control character written as itself (one byte) rather than `\\u00XX`, as the minifier writes it. */
function stringLiteral(text) {
  return JSON.stringify(text).replace(/\\u00([01][0-9a-f])/g, (escape, hex) => String.fromCharCode(parseInt(hex, 16)));
}
/** The bytes a string literal of `text` takes in the bundle. */
function writtenLength(text) {
  return Buffer.byteLength(stringLiteral(text), "utf8");
}
/** A pair is replaced only while it occurs this often: each rule costs three characters. */
const MIN_PAIR_COUNT = 5;
/**
 * Symbols used once the ASCII ones run out: the letters, punctuation, symbols and digits of U+00A1
 * to U+07FF (no spaces, controls or combining marks), two bytes each in the UTF-8 bundle, one
 * UTF-16 unit each, so the expanders' three-units-a-rule reading holds. The bundle is UTF-8
 * already (its patterns and tables hold letters past ASCII as themselves).
 */
const WIDE_PAIR_SYMBOLS = Array.from({ length: 0x7ff - 0xa1 + 1 }, (_, i) => String.fromCharCode(0xa1 + i)).filter((c) => /^[\p{L}\p{P}\p{S}\p{N}]$/u.test(c));
/**
 * In the wide phase a pair is weighed by its count times its bytes less 1.2: a pair of one-byte
 * characters (saving nothing now, but making the two-byte symbols later pairs save on) still
 * counts, behind pairs that save at once. 1.2 and a count of four were the smallest Send script
 * of the values tried (1.0–1.8; four, five and eight).
 */
const MIN_WIDE_PAIR_COUNT = 4;
const wideWeight = (pairBytes) => pairBytes - 1.2;
/** Bytes of one BMP character (its UTF-16 code) in the UTF-8 bundle. */
function charBytes(code) {
  return code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
}
/** Bytes of a string in the UTF-8 bundle. */
function utf8Length(text) {
  return Buffer.byteLength(text, "utf8");
}

/** `seq` with each non-overlapping `left right` replaced by `symbol`. */
function replacePair(seq, left, right, symbol) {
  const next = [];
  for (let i = 0; i < seq.length; i++) {
    if (i + 1 < seq.length && seq[i] === left && seq[i + 1] === right) {
      next.push(symbol);
      i++;
    } else next.push(seq[i]);
  }
  return next;
}

/** The pair of adjacent characters in `seq` that occurs at least `minCount` times and scores
 * highest, as [left, right], or null. A pair scores its count times `weigh` of its bytes (by
 * default 1: the most frequent pair; the first of equals). */
function bestPair(seq, minCount = MIN_PAIR_COUNT, weigh = () => 1) {
  const counts = new Map();
  for (let i = 0; i + 1 < seq.length; i++) {
    // Rules are read three UTF-16 units at a time: no character outside the BMP in one.
    if (seq[i].length > 1 || seq[i + 1].length > 1) continue;
    const key = seq[i] + "\u0000" + seq[i + 1];
    counts.set(key, (counts.get(key) || 0) + 1);
  }
  let best = null;
  let bestScore = 0;
  for (const [key, count] of counts) {
    if (count < minCount) continue;
    const score = count * weigh(charBytes(key.charCodeAt(0)) + charBytes(key.charCodeAt(2)));
    if (score > bestScore) [best, bestScore] = [key, score];
  }
  return best === null ? null : best.split("\u0000");
}

/**
 * Byte-pair coding of `text`: repeatedly, the most frequent pair of adjacent characters becomes one
 * unused character, recorded as a rule "symbol, left, right" (left and right may be earlier
 * symbols). Unused ASCII characters go first. With `wide`, two-byte symbols follow: a two-byte
 * symbol for a pair of one-byte ones saves nothing by itself, but pairs of them later do, so the
 * wide rules are kept up to the point where the coded text and rules were shortest in bytes.
 * Returns the rules and the coded text, or null when it would not pay.
 */
function pairCode(text, { wide = false } = {}) {
  let seq = Array.from(text);
  let rules = "";
  const ascii = PAIR_SYMBOLS.filter((c) => !text.includes(c));
  for (const symbol of ascii) {
    const pair = bestPair(seq);
    if (pair === null) break;
    seq = replacePair(seq, pair[0], pair[1], symbol);
    rules += symbol + pair[0] + pair[1];
  }
  if (wide) {
    // Bytes are counted as they change (a replacement changes the text by its count of pairs).
    let bytes = utf8Length(rules) + utf8Length(seq.join(""));
    let best = { rules, seq, bytes };
    for (const symbol of WIDE_PAIR_SYMBOLS.filter((c) => !text.includes(c))) {
      const pair = bestPair(seq, MIN_WIDE_PAIR_COUNT, wideWeight);
      if (pair === null) break;
      const before = seq.length;
      seq = replacePair(seq, pair[0], pair[1], symbol);
      const rule = symbol + pair[0] + pair[1];
      rules += rule;
      bytes += utf8Length(rule) + (before - seq.length) * (utf8Length(symbol) - utf8Length(pair[0]) - utf8Length(pair[1]));
      if (bytes < best.bytes) best = { rules, seq, bytes };
    }
    ({ rules, seq } = best);
  }
  const coded = seq.join("");
  return utf8Length(rules) + utf8Length(coded) < utf8Length(text) ? { rules, coded } : null;
}

/** The shared expander (pairExpander.js), imported under the coders' name for it: the trie module is an ES module. */
const EXPANDER_NAME = "__safesharePairs";
const EXPANDER_IMPORT = `import { expandPairs as ${EXPANDER_NAME} } from ${JSON.stringify(path.join(__dirname, "pairExpander.js"))};`;

/** `source` with each long typed-array literal and long string written compactly, and the decoders added when used. */
function compactTypedArrays(source) {
  let changed = false;
  let paired = false;
  let out = source.replace(TYPED_ARRAY_LITERAL, (whole, pure, type, body) => {
    const values = body.split(",").map((x) => x.trim()).filter((x) => x !== "").map(Number);
    if (values.length < MIN_VALUES) return whole;
    const encoded = encode(values);
    if (encoded === null) return whole;
    changed = true;
    return `${pure || ""}${DECODER_NAME}(${type}, ${JSON.stringify(encoded)})`;
  });
  if (changed) ({ out, paired } = pairCodeLongStrings(out));
  return changed ? `${paired ? `${EXPANDER_IMPORT}\n` : ""}${out}\n${DECODER}\n` : source;
}

/**
 * Where pair codings of long strings are kept between builds: coding the 141 KB of name lists takes
 * about a minute and a half, so each coding is kept under a hash of the text and of this file's
 * source (a change to the coder codes again).
 */
const CACHE_DIR = path.join(__dirname, "..", "..", "node_modules", ".cache", "safeshare", "pair-coded");
const CODER_SOURCE = fs.readFileSync(__filename, "utf8");

/** pairCode(text, { wide: true }), from the cache when this coder coded the same text before. */
function cachedPairCode(text) {
  const key = createHash("sha256").update(CODER_SOURCE).update("\0").update(text).digest("hex").slice(0, 40);
  const file = path.join(CACHE_DIR, `${key}.json`);
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    // Not coded before (or unreadable): code it now.
  }
  const coded = pairCode(text, { wide: true });
  try {
    fs.mkdirSync(CACHE_DIR, { recursive: true });
    fs.writeFileSync(file, JSON.stringify(coded));
  } catch {
    // A read-only tree only costs the time to code again.
  }
  return coded;
}

/** `source` with each long string literal byte-pair coded (the expander is the caller's to add). */
function pairCodeLongStrings(source) {
  let paired = false;
  const out = source.replace(new RegExp(LONG_STRING.source, "g"), (whole, text) => {
    const coded = cachedPairCode(text);
    if (coded === null) return whole;
    paired = true;
    return `/*#__PURE__*/ ${EXPANDER_NAME}(${stringLiteral(coded.rules)}, ${stringLiteral(coded.coded)})`;
  });
  return { out, paired };
}

module.exports = function compactTypedArraysLoader(source) {
  return compactTypedArrays(source);
};
module.exports.compactTypedArrays = compactTypedArrays;
module.exports.pairCodeLongStrings = pairCodeLongStrings;
module.exports.EXPANDER_IMPORT = EXPANDER_IMPORT;
module.exports.pairCode = pairCode;
module.exports.writtenLength = writtenLength;
module.exports.stringLiteral = stringLiteral;
