/**
 * A webpack loader: each long string literal of a data module (2,000 characters or more, no
 * escapes) byte-pair coded, as compactTypedArrays.js does for tldts' label text, with the expander
 * added once. Used for the HTML entity table (src/policy/html/entityTable.ts): about 1 KB less of
 * the Send handler's script; the string is expanded once, when the module loads.
 */
const { pairCodeLongStrings, EXPANDER } = require("./compactTypedArrays.js");

/** `source` with its long strings coded, and the expander added when one was. */
function pairCodeStrings(source) {
  const { out, paired } = pairCodeLongStrings(source);
  return paired ? `${out}\n${EXPANDER}\n` : source;
}

module.exports = function pairCodeStringsLoader(source) {
  return pairCodeStrings(source);
};
module.exports.pairCodeStrings = pairCodeStrings;
