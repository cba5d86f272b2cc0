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
  var BASE64_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  atob = function atob(input) {
    var text = String(input).replace(/[\t\n\f\r =]/g, "");
    var out = "";
    var buffer = 0;
    var bits = 0;
    for (var i = 0; i < text.length; i++) {
      var value = BASE64_ALPHABET.indexOf(text.charAt(i));
      if (value < 0) throw new Error("atob: not base64 at character " + i);
      buffer = ((buffer << 6) | value) & 0xffffff;
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        out += String.fromCharCode((buffer >> bits) & 0xff);
      }
    }
    return out;
  };
}
