// A build step for the Send handler's script (launchevent.js), which must stay small: the character
// class "space or tab", written `[ \t]` in the source's regular expressions (about 960 times), is
// written with a real tab character instead of the `\t` escape. In a regular expression literal, a
// string or a template (String.raw included: a tab in a pattern's source matches a tab) the two
// spellings mean the same, so behaviour is unchanged; each saves a byte (about 960 bytes).
"use strict";

const { literalCharacters } = require("./literalCharacters");

/** The six characters `[ \t]` (an escaped backslash before the t, as in `[ \\t]`, does not match). */
const SPACE_OR_TAB_ESCAPED = /\[ \\t\]/g;

/** `source` with every `[ \t]` written `[ <tab>]`. */
function literalTabs(source) {
  return source.replace(SPACE_OR_TAB_ESCAPED, "[ \t]");
}

/** Applies literalTabs, and literalCharacters (literalCharacters.js), to the compilation's .js assets after minification. */
class LiteralTabsPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("LiteralTabsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "LiteralTabsPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_TRANSFER }, (assets) => {
        for (const name of Object.keys(assets)) {
          if (!name.endsWith(".js")) continue;
          const before = assets[name].source().toString();
          const after = literalCharacters(literalTabs(before));
          if (after !== before) compilation.updateAsset(name, new sources.RawSource(after));
        }
      });
    });
  }
}

module.exports = { literalTabs, LiteralTabsPlugin };
