/**
 * A webpack loader for data modules that hold long lists of phrases as array literals of plain
 * strings (stop words, special-category terms, disclaimer phrases) or as long concatenations of
 * strings (the public-sector domain patterns, the lexicon's word lists). Every such array's
 * strings and every such concatenation's value in the module are joined into one text, byte-pair
 * coded as compactTypedArrays.js codes tldts' labels, and read back when the module loads:
 * `[ "a", "b", … ]` becomes a slice of one expanded list, `"a b " + "c d"` one item of it.
 * Comments between the strings go; nothing else changes. Only arrays and concatenations after `=`,
 * `(` or `,` with strings (JSON's escapes only) are touched, and only when the coding pays.
 */
const path = require("path");
const { pairCode, stringLiteral } = require("./compactTypedArrays.js");

/** An array literal of double-quoted strings (JSON's escapes only), with whitespace and line comments between. */
const STRING_ARRAY = /([=(]\s*)\[((?:\s|,|\/\/[^\n]*\n|"(?:[^"\\\n]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*")+)\](?!\s*as\b)/g;
/** A string: plain characters and JSON's escapes ("\\", "\\b" in a pattern, "\u2019"), read with JSON.parse. */
const STRING = /"(?:[^"\\\n]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/g;
/** Two or more such strings joined by "+" (line comments allowed after each "+"). */
const CONCATENATION = /([=(,]\s*)((?:"(?:[^"\\\n]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"\s*\+\s*(?:\/\/[^\n]*\n\s*)*)+"(?:[^"\\\n]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*")/g;
/** Arrays with fewer characters than this are left as they are. */
const MIN_ARRAY_CHARACTERS = 200;
/** Separators for the joined list: the first not in any of the strings. */
const SEPARATORS = ["|", "~", "^", "`", "#", "@"];
const LIST = "__safesharePairedStrings";
const EXPANDER_MODULE = path.join(__dirname, "pairExpander.js");

/** The strings of an array literal's body, in order (comments skipped). */
function stringsOf(body) {
  const withoutComments = body.replace(/\/\/[^\n]*\n/g, "\n");
  return Array.from(withoutComments.matchAll(STRING), (m) => JSON.parse(m[0]));
}

/** `source` with its long string arrays and concatenations coded into one list, or `source` itself when nothing pays. */
function pairCodeStringArrays(source) {
  const all = [];
  // Arrays first: each becomes a slice of the list.
  const withArrays = source.replace(STRING_ARRAY, (whole, lead, body) => {
    const strings = stringsOf(body);
    if (strings.join("").length < MIN_ARRAY_CHARACTERS) return whole;
    const slice = `${lead}${LIST}.slice(${all.length}, ${all.length + strings.length})`;
    all.push(...strings);
    return slice;
  });
  // Then concatenations left outside them: each becomes one item.
  const out = withArrays.replace(CONCATENATION, (whole, lead, body) => {
    const value = stringsOf(body).join("");
    if (value.length < MIN_ARRAY_CHARACTERS) return whole;
    all.push(value);
    return `${lead}${LIST}[${all.length - 1}]`;
  });
  if (all.length === 0) return source;
  const separator = SEPARATORS.find((s) => all.every((x) => !x.includes(s)));
  if (separator === undefined) return source;
  const coded = pairCode(all.join(separator), { wide: true });
  if (coded === null) return source;
  const head = [
    `import { expandPairs as __safeshareExpandPairs } from ${JSON.stringify(EXPANDER_MODULE)};`,
    `const ${LIST} = /*#__PURE__*/ __safeshareExpandPairs(${stringLiteral(coded.rules)}, ${stringLiteral(coded.coded)}).split(${JSON.stringify(separator)});`,
  ].join("\n");
  return `${head}\n${out}`;
}

module.exports = function pairCodeStringArraysLoader(source) {
  return pairCodeStringArrays(source);
};
module.exports.pairCodeStringArrays = pairCodeStringArrays;
