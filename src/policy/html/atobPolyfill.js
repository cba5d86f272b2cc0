/*
 * atob() where the JavaScript runtime has none. htmlparser2's entity decoder ("entities") builds
 * its tables when its module loads, with atob() or else Node's Buffer; classic Outlook's
 * JavaScript-only runtime (where launchevent.js runs) is not a browser and may have neither, and
 * the ReferenceError would stop the whole Send handler from loading. This file is a plain script
 * (no import/export, so not strict mode): assigning an undeclared name defines the global.
 * Imported before htmlparser2 by bodyTexts.ts.
 */
/* eslint-disable no-global-assign -- defining atob only where it is missing is the point */
if (typeof atob === "undefined") {
  // A look-up table and char-code chunks, not indexOf and string concatenation: this runs on
  // htmlparser2's whole entity table at every cold start of the Send handler.
  var BASE64_VALUES = (function () {
    var alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    var table = [];
    for (var c = 0; c < 128; c++) table.push(-1);
    for (var k = 0; k < alphabet.length; k++) table[alphabet.charCodeAt(k)] = k;
    return table;
  })();
  atob = function atob(input) {
    var text = String(input);
    var fromCharCode = String.fromCharCode;
    var values = BASE64_VALUES;
    var pieces = [];
    var codes = [];
    var buffer = 0;
    var bits = 0;
    for (var i = 0; i < text.length; i++) {
      var code = text.charCodeAt(i);
      // White space and padding are skipped, as atob does.
      if (code === 61 || code === 32 || code === 9 || code === 10 || code === 12 || code === 13) continue;
      var value = code < 128 ? values[code] : -1;
      if (value < 0) throw new Error("atob: not base64 at character " + i);
      buffer = ((buffer << 6) | value) & 0xffffff;
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        codes.push((buffer >> bits) & 0xff);
        if (codes.length === 8192) {
          pieces.push(fromCharCode.apply(null, codes));
          codes = [];
        }
      }
    }
    pieces.push(fromCharCode.apply(null, codes));
    return pieces.join("");
  };
}
