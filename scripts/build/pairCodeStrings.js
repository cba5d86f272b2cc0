/**
 * A webpack loader: each long string literal of a data module (2,000 characters or more, no
 * escapes) byte-pair coded, as compactTypedArrays.js does for tldts' label text, with the expander
 * added once. Used for the HTML entity table (src/policy/html/entityTable.ts): about 1 KB less of
 * the Send handler's script; the string is expanded once, when the module loads.
 */
const { pairCode, EXPANDER, EXPANDER_NAME, LONG_STRING } = require("./compactTypedArrays.js");

/** `source` with its long strings coded, and the expander added when one was. */
function pairCodeStrings(source) {
  let coded = false;
  const out = source.replace(new RegExp(LONG_STRING.source, "g"), (whole, text) => {
    const pair = pairCode(text);
    if (pair === null) return whole;
    coded = true;
    return `/*#__PURE__*/ ${EXPANDER_NAME}(${JSON.stringify(pair.rules)}, ${JSON.stringify(pair.coded)})`;
  });
  return coded ? `${out}\n${EXPANDER}\n` : source;
}

module.exports = function pairCodeStringsLoader(source) {
  return pairCodeStrings(source);
};
module.exports.pairCodeStrings = pairCodeStrings;
