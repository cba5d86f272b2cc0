/**
 * A webpack loader: each long string literal of a data module (1,000 characters or more, no
 * escapes) byte-pair coded, as compactTypedArrays.js does for tldts' label text, with the shared
 * expander imported. Used for the HTML entity table (src/policy/html/entityTable.ts), the UK place
 * names and the ambiguous names (src/policy/detect/data/): about 2.9 KB less of
 * the Send handler's script; the string is expanded once, when the module loads.
 */
const path = require("path");
const { pairCodeLongStrings } = require("./compactTypedArrays.js");

/** The shared expander (scripts/build/pairExpander.js), imported under the coder's name for it. */
const EXPANDER_IMPORT = `import { expandPairs as __safesharePairs } from ${JSON.stringify(path.join(__dirname, "pairExpander.js"))};`;

/** `source` with its long strings coded, and the expander imported when one was. */
function pairCodeStrings(source) {
  const { out, paired } = pairCodeLongStrings(source);
  return paired ? `${EXPANDER_IMPORT}\n${out}` : source;
}

module.exports = function pairCodeStringsLoader(source) {
  return pairCodeStrings(source);
};
module.exports.pairCodeStrings = pairCodeStrings;
