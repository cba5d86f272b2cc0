// A build step for the Send handler's script (launchevent.js), which must stay small: the
// punctuation and letters the patterns write as `\u2019`, `\u2013`, `\u00c0`… (about 300 times) are
// written as the characters themselves (two or three bytes of UTF-8 instead of six). In a regular
// expression literal, a string or a template (String.raw included) the escape and the character
// mean the same, so behaviour is unchanged. The bundle is UTF-8 already (it holds “, ’ and Arabic
// letters as they are) and is loaded as UTF-8 (launchevent.html's meta charset).
"use strict";

/** `\uXXXX` not after another backslash (`\\u2019` is an escaped backslash and the text "u2019"). */
const UNICODE_ESCAPE = /(?<!\\)((?:\\\\)*)\\u([0-9a-fA-F]{4})/g;

/**
 * Characters safe to write as themselves anywhere: letters and punctuation and symbols from U+00A1
 * up, not spaces, controls, format or combining marks, surrogates or line separators (which a
 * reader would not see, or which end a line).
 */
const PRINTABLE = /^[\p{L}\p{P}\p{S}\p{N}]$/u;

function literalCharacter(code) {
  if (code < 0xa1 || (code >= 0xd800 && code <= 0xdfff)) return null;
  const character = String.fromCharCode(code);
  return PRINTABLE.test(character) ? character : null;
}

/** `source` with each safe `\uXXXX` escape written as its character. */
function literalCharacters(source) {
  return source.replace(UNICODE_ESCAPE, (whole, backslashes, hex) => {
    const character = literalCharacter(parseInt(hex, 16));
    return character === null ? whole : backslashes + character;
  });
}

module.exports = { literalCharacters };
