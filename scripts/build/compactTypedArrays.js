// A webpack loader for the public-suffix trie that tldts-icann ships as typed-array literals
// (`new Uint16Array([0, 0, 0, 12, …])`, about 31 KB of digits and commas in launchevent.js).
// Each long literal is written instead as a string of one printable character a value (two more
// for a value of 92 or over) and decoded into the same typed array when the module loads: about
// half the bytes, the same arrays (test/scripts/compactTypedArrays.test.ts decodes and compares).
// A literal this cannot write (a value not a whole number from 0 to 8,648) is left as it is.
"use strict";

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

/** The values as a string, or null when one cannot be written (too large, negative, not whole). */
function encode(values) {
  let out = "";
  for (const v of values) {
    if (!Number.isInteger(v) || v < 0 || v >= BASE * BASE) return null;
    out += v < ESCAPE ? characterOf(v) : characterOf(ESCAPE) + characterOf(Math.floor(v / BASE)) + characterOf(v % BASE);
  }
  return out;
}

/** The decoder, ES5 for the Send runtime: a character's digit is its code less 32, less one past `"` and one past `\`. */
const DECODER_NAME = "__safeshareTypedArray";
const DECODER = [
  `function ${DECODER_NAME}(T, s) {`,
  "  function d(i) { var c = s.charCodeAt(i); return c - 32 - (c > 34 ? 1 : 0) - (c > 92 ? 1 : 0); }",
  "  var out = [], i = 0, v;",
  `  while (i < s.length) { v = d(i++); if (v === ${ESCAPE}) { v = d(i) * ${BASE} + d(i + 1); i += 2; } out.push(v); }`,
  "  return new T(out);",
  "}",
].join("\n");

/** `source` with each long typed-array literal written compactly, and the decoder added when any was. */
function compactTypedArrays(source) {
  let changed = false;
  const out = source.replace(TYPED_ARRAY_LITERAL, (whole, pure, type, body) => {
    const values = body.split(",").map((x) => x.trim()).filter((x) => x !== "").map(Number);
    if (values.length < MIN_VALUES) return whole;
    const encoded = encode(values);
    if (encoded === null) return whole;
    changed = true;
    return `${pure || ""}${DECODER_NAME}(${type}, ${JSON.stringify(encoded)})`;
  });
  return changed ? `${out}\n${DECODER}\n` : source;
}

module.exports = function compactTypedArraysLoader(source) {
  return compactTypedArrays(source);
};
module.exports.compactTypedArrays = compactTypedArrays;
