// A build step for the Send handler's script (launchevent.js): a UTF-8 byte-order mark before it.
// The script holds characters past ASCII as themselves (letters in its patterns and tables, the
// pair coders' two-byte symbols), so it must be read as UTF-8. Outlook on the web, new Outlook and
// Mac load it from launchevent.html (meta charset utf-8); classic Outlook on Windows loads the .js
// file alone, and its event runtime has been seen to decode fetched text as windows-1252 whatever
// the server said (office-js issue 3892). A decoder that honours a byte-order mark reads UTF-8 by
// it, and a script that starts with one means the same (U+FEFF is white space to JavaScript).
"use strict";

const BOM = "\ufeff";

/** Puts the mark before each .js asset of the compilation that lacks one, after minification. */
class Utf8BomPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("Utf8BomPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "Utf8BomPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, (assets) => {
        for (const name of Object.keys(assets)) {
          if (!name.endsWith(".js")) continue;
          // ConcatSource keeps the source map right: it shifts the first line by the mark.
          if (!assets[name].source().toString().startsWith(BOM)) compilation.updateAsset(name, new sources.ConcatSource(BOM, assets[name]));
        }
      });
    });
  }
}

module.exports = { Utf8BomPlugin, BOM };
