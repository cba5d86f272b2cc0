// Builds SafeShare into dist/:
//   taskpane.html + taskpane.js   the task pane (React, Fluent UI), office.js from Microsoft's CDN
//   launchevent.js                ONE self-contained ES2016 script: the Send and recipients handlers
//                                 for classic Outlook on Windows (JavaScript-only runtime, no DOM)
//   launchevent.html              loads office.js and the same launchevent.js for web, Mac, new Outlook
//   preview.html + preview.js     a simulated Outlook compose window hosting the task pane (in an
//   preview-pane.html + .js       iframe) over a simulated Office (npm start; browser tests); the
//   preview-send.js (+ a chunk)   Send handler it runs is loaded on the first Send. Development
//                                 builds only, or production with SAFESHARE_PREVIEW=1 (the benchmark)
//   support.html, manifest.xml, manifest.json, assets/
// `--mode production` needs SAFESHARE_HOST_URL and writes it into the manifest in place of
// https://localhost:3000/ (scripts/manifest/hostUrl.js). manifest.json (the unified manifest) is
// translated from that same manifest.xml text (scripts/manifest/unifiedManifest.ts), so both
// carry the same host, events, handlers and script URLs.
// Both bundles carry only the +44 telephone metadata, cut from the installed libphonenumber-js
// at build time (phoneMetadataModule below).
const path = require("node:path");
const fs = require("node:fs");
const { createHash } = require("node:crypto");
const { spawnSync } = require("node:child_process");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { productionHostUrl, withHostUrl, DEV_HOST_URL } = require("./scripts/manifest/hostUrl");
const { LiteralTabsPlugin } = require("./scripts/build/literalTabs");
const { Utf8BomPlugin } = require("./scripts/build/utf8Bom");
// The unified-manifest translation is TypeScript (shared with npm run validate and the tests).
/** Loaded when the manifest is copied, not when this file is required (jest requires it for the
 * Babel settings, and tsx's loader does not run inside jest's module system). */
function unifiedManifestJson(xml) {
  return require("tsx/cjs/api").require("./scripts/manifest/unifiedManifest.ts", __filename).unifiedManifestJson(xml);
}

const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** Where npm start and the browser tests serve the @microsoft/office-js package's dist folder. */
const OFFICE_JS_LOCAL = "/office-js/office.js";

/** Browsers that run the task pane: WebView2 (new Outlook, classic Windows), Safari (Mac), web. */
const TASKPANE_TARGETS = "chrome >= 100, edge >= 100, safari >= 15, firefox >= 102";
/** Chrome 52 is the first release with all of ES2016 and none of ES2017: babel lowers async/await,
 * object spread, ?. and ?? for the classic Outlook JavaScript-only runtime. */
const ES2016_TARGETS = "chrome 52";

/**
 * Runs scripts/data/build-phone-metadata.ts, which writes what src/policy/detect/data/ukPhone.ts
 * computes at run time (the +44 plans and other calling codes' number lengths, cut from
 * libphonenumber-js's metadata) as a module, and returns a plugin that bundles that file in place
 * of ukPhone.ts: the full metadata (80 KB) never enters a bundle. Regenerated on every build, so
 * a libphonenumber-js update is picked up; jest and tsx make the same cut at run time.
 */
function phoneMetadataModule() {
  const out = path.join(__dirname, "node_modules", ".cache", "safeshare", "ukPhone.generated.js");
  const tsx = path.join(__dirname, "node_modules", "tsx", "dist", "cli.mjs");
  const r = spawnSync(process.execPath, [tsx, path.join(__dirname, "scripts", "data", "build-phone-metadata.ts"), out], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`scripts/data/build-phone-metadata.ts failed (exit ${r.status}):\n${r.stderr || r.stdout}`);
  const source = path.join(__dirname, "src", "policy", "detect", "data", "ukPhone.ts");
  return new webpack.NormalModuleReplacementPlugin(/(^|[\\/])ukPhone(\.ts)?$/, (resource) => {
    if (path.resolve(resource.context, resource.request).replace(/\.ts$/, "") === source.replace(/\.ts$/, "")) resource.request = out;
  });
}

/**
 * The agreements part. The deployment's agreement set — every *.json in agreements/, or in
 * $SAFESHARE_AGREEMENTS — is read and validated here, at build time (schema, cross-references,
 * conflicts between files; scripts/agreements/), and bundled as plain data in place of
 * src/policy/agreement/deployment.ts: the bundles get the agreements, not zod. Any problem in any
 * file stops the build with every problem listed as "file: json.path: message". The Send
 * bundle's copy leaves the templates out (it renders none; ~35 KB of launchevent.js).
 * Returns { pane, send }: one replacement plugin for each compilation.
 */
function agreementsModules() {
  const tsx = path.join(__dirname, "node_modules", "tsx", "dist", "cli.mjs");
  const cache = path.join(__dirname, "node_modules", ".cache", "safeshare");
  const script = path.join(__dirname, "scripts", "agreements", "build-agreements-module.ts");
  const r = spawnSync(process.execPath, [tsx, script, cache], { encoding: "utf8" });
  if (r.status !== 0) {
    const report = r.stderr || r.stdout || `${script} failed (exit ${r.status})`;
    // The report is the whole story: a stack trace under it would only bury the problems.
    const error = new Error(report);
    error.stack = `Error: ${report}`;
    throw error;
  }
  const out = JSON.parse(r.stdout);
  const source = path.join(__dirname, "src", "policy", "agreement", "deployment.ts");
  const replaceWith = (file) =>
    new webpack.NormalModuleReplacementPlugin(/(^|[\\/])deployment(\.ts)?$/, (resource) => {
      if (path.resolve(resource.context, resource.request).replace(/\.ts$/, "") === source.replace(/\.ts$/, "")) resource.request = file;
    });
  return { pane: replaceWith(out.pane), send: replaceWith(out.send) };
}

/**
 * htmlparser2's entity decoder ("entities/decode": about 5 KB, and its decode trees, 31 KB of base64
 * decoded at load) is never used: bodyTexts.ts parses with decodeEntities: false and decodes
 * references itself (src/policy/html/entities.ts). Both bundles get a decoder that never decodes.
 */
function withoutEntityTrees() {
  const stub = path.join(__dirname, "src", "policy", "html", "noEntityDecoder.js");
  return new webpack.NormalModuleReplacementPlugin(/^entities\/decode$/, (resource) => {
    if (/[\\/]htmlparser2[\\/]/.test(resource.context)) resource.request = stub;
  });
}

/**
 * libphonenumber-js's `core` entry imports its es6/ folder, which the package ships already
 * lowered to ES5 with Babel helpers inlined in every file (a class is ~2 KB of helpers); its
 * es6-modern/ folder is the same modules untranspiled, which our Babel lowers only as far as the
 * target needs. Same file names, same code.
 */
const LIBPHONENUMBER_MODERN = {
  [path.join(__dirname, "node_modules", "libphonenumber-js", "es6")]: path.join(__dirname, "node_modules", "libphonenumber-js", "es6-modern"),
};

/**
 * For the ES2016 bundle only (the task pane's targets have these natively): `a?.b` and `a ?? b`
 * test `!= null` rather than `!== null && !== void 0` (they differ only for document.all, which
 * the JavaScript-only runtime does not have and our code never reads), and class fields are
 * assigned rather than defined through a helper (they differ only when a base class has a setter
 * of the same name; ours do not). About 3 KB of launchevent.js. Object spread `{ ...a }` copies
 * with Object.assign, and object rest skips symbol keys, rather than defining each property through
 * helpers (they differ only for setters on the target and for symbol keys; spreads here copy plain
 * data): about 11 KB. And the spread calls Object.assign itself (`useBuiltIns`; ES2016 has it)
 * rather than through Babel's `_extends` helper, which was inlined once per module: about 2.9 KB.
 */
/**
 * Babel's helpers (async functions lowered to generators, chiefly) are imported once from
 * @babel/runtime rather than inlined into every module that needs them: fifteen copies of the
 * async helper were about 5 KB of the Send handler's script. Only the helpers: no regenerator
 * (Chrome 52 has generators) and no core-js.
 */
const BABEL_RUNTIME_VERSION = require("@babel/runtime/package.json").version;

const ES2016_ASSUMPTIONS = { noDocumentAll: true, setPublicClassFields: true, setSpreadProperties: true, objectRestNoSymbols: true };

/** tldts-icann's public-suffix trie, its typed-array literals written as strings with runs of zeros as runs (scripts/build/compactTypedArrays.js): about 21 KB less of each bundle. */
const COMPACT_TRIE_RULE = {
  test: /[\\/]tldts-icann[\\/].*[\\/]data[\\/]trie\.js$/,
  enforce: "pre",
  use: path.join(__dirname, "scripts", "build", "compactTypedArrays.js"),
};

/** The HTML entity table's, the UK place names', the ambiguous names' and the name lists' long strings byte-pair coded (scripts/build/pairCodeStrings.js): about 15 KB less of each bundle. */
const PAIR_CODED_DATA_RULE = {
  test: /[\\/]src[\\/]policy[\\/](?:html[\\/]entityTable|detect[\\/]data[\\/](?:ukPlaces|ambiguousNames|nameLists))\.ts$/,
  enforce: "pre",
  use: path.join(__dirname, "scripts", "build", "pairCodeStrings.js"),
};

/**
 * The phrase and word lists of seven modules (stop words, special-category terms, disclaimer and
 * sign-off phrases, the lexicon's word lists, the case phrases, the public-sector domain patterns,
 * webmail domains) and the generated agreements module's string table byte-pair coded into one
 * string each (scripts/build/pairCodeStringArrays.js), expanded when the module loads: about
 * 11.4 KB less of the Send handler's script.
 */
const PAIR_CODED_LISTS_RULE = {
  test: /[\\/]src[\\/]policy[\\/](?:detect[\\/]names[\\/](?:stopWords|lexicon)|caseData[\\/]caseVocabulary|detect[\\/]recognizers[\\/]specialCategoryLexicon|anatomy[\\/]data[\\/]phrases|recipients[\\/](?:data[\\/]ukpsDomains|webmail))\.ts$|[\\/]safeshare[\\/]agreements\.[0-9a-f]+\.generated\.js$/,
  enforce: "pre",
  use: path.join(__dirname, "scripts", "build", "pairCodeStringArrays.js"),
};

/**
 * Long regular-expression literals of src/ byte-pair coded, one string a module, read back into
 * RegExp objects when the module loads, and the long fixed texts of patterns built at run time
 * (`new RegExp(`…`)`) likewise (scripts/build/pairCodeRegExps.js): about 12.1 KB less of the Send
 * handler's script. The modules share one set of rules (scripts/build/regExpPairRules.js, learnt on
 * all their patterns by `npm run build:pairs`) rather than each carrying its own: 16.1 KB less again.
 */
const PAIR_CODED_REGEXPS_PLUGIN = path.join(__dirname, "scripts", "build", "pairCodeRegExps.js");
const BABEL_CACHE_IDENTIFIER = JSON.stringify({
  babel: require("@babel/core/package.json").version,
  loader: require("babel-loader/package.json").version,
  env: process.env.BABEL_ENV || process.env.NODE_ENV || null,
  plugin: createHash("sha256")
    .update(["pairCodeRegExps.js", "compactTypedArrays.js", "pairExpander.js", "regExpPairRules.js"].map((f) => fs.readFileSync(path.join(__dirname, "scripts", "build", f), "utf8")).join("\0"))
    .digest("hex"),
});

function babelRule(targets, assumptions) {
  return {
    test: /\.[jt]sx?$/,
    // Dependencies are transpiled too: they may use syntax newer than the target.
    exclude: /node_modules[\\/](core-js|@babel[\\/]runtime)[\\/]/,
    use: {
      loader: "babel-loader",
      options: {
        babelrc: false,
        configFile: false,
        cacheDirectory: true,
        sourceType: "unambiguous",
        // The plugin's own code is part of the cache key: a change to it rebuilds every module.
        cacheIdentifier: BABEL_CACHE_IDENTIFIER,
        ...(assumptions ? { assumptions } : {}),
        plugins: [
          PAIR_CODED_REGEXPS_PLUGIN,
          ...(assumptions
            ? [
                ["@babel/plugin-transform-object-rest-spread", { useBuiltIns: true }],
                ["@babel/plugin-transform-runtime", { helpers: true, regenerator: false, corejs: false, version: BABEL_RUNTIME_VERSION }],
              ]
            : []),
        ],
        presets: [
          ["@babel/preset-env", { targets, bugfixes: true }],
          ["@babel/preset-react", { runtime: "automatic" }],
          "@babel/preset-typescript",
        ],
      },
    },
  };
}

module.exports = (_env, argv) => {
  const production = argv.mode === "production";
  const hostUrl = production ? productionHostUrl(process.env) : DEV_HOST_URL;
  const outputPath = path.resolve(__dirname, process.env.SAFESHARE_DIST || "dist");
  // The preview is a development tool: a production build for deployment leaves it out.
  const withPreview = !production || process.env.SAFESHARE_PREVIEW === "1";
  // First: a bad agreement set stops the build before anything else runs.
  const agreements = agreementsModules();
  const phoneMetadata = phoneMetadataModule();

  const taskpane = {
    name: "taskpane",
    mode: production ? "production" : "development",
    devtool: production ? "source-map" : "cheap-module-source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      ...(withPreview ? { preview: "./src/preview/index.tsx", "preview-pane": "./src/preview/pane.tsx" } : {}),
    },
    output: { path: outputPath, filename: "[name].js", clean: false },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"], alias: LIBPHONENUMBER_MODERN },
    module: { rules: [babelRule(TASKPANE_TARGETS), COMPACT_TRIE_RULE, PAIR_CODED_DATA_RULE, PAIR_CODED_LISTS_RULE] },
    performance: { hints: false },
    plugins: [
      agreements.pane,
      phoneMetadata,
      withoutEntityTrees(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        templateParameters: { officeJs: OFFICE_JS_CDN },
      }),
      ...(withPreview
        ? [
            new HtmlWebpackPlugin({
              filename: "preview.html",
              template: "./src/preview/preview.html",
              chunks: ["preview"],
              templateParameters: { officeJs: OFFICE_JS_LOCAL },
            }),
            new HtmlWebpackPlugin({ filename: "preview-pane.html", template: "./src/preview/preview-pane.html", chunks: ["preview-pane"] }),
          ]
        : []),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "[path][name][ext]" },
          { from: "src/support/support.html", to: "support.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (production ? withHostUrl(content.toString(), hostUrl) : content),
          },
          {
            from: "manifest.xml",
            to: "manifest.json",
            transform: (content) => unifiedManifestJson(withHostUrl(content.toString(), hostUrl)),
          },
        ],
      }),
    ],
  };

  const launchevent = {
    name: "launchevent",
    mode: production ? "production" : "development",
    // No eval-based source maps: the JavaScript-only runtime must not need eval.
    devtool: false,
    // Target ES2016 for webpack's own runtime code too.
    target: ["web", "es2016"],
    entry: { launchevent: "./src/launchevent/launchevent.ts" },
    output: {
      path: outputPath,
      filename: "[name].js",
      iife: true,
      chunkLoading: false,
      wasmLoading: false,
      clean: false,
    },
    resolve: { extensions: [".ts", ".js", ".json"], alias: LIBPHONENUMBER_MODERN },
    module: { rules: [babelRule(ES2016_TARGETS, ES2016_ASSUMPTIONS), COMPACT_TRIE_RULE, PAIR_CODED_DATA_RULE, PAIR_CODED_LISTS_RULE] },
    optimization: {
      splitChunks: false,
      runtimeChunk: false,
      // Terser may write ES2016 (the bundle's target), make function expressions that use no
      // `this` or `arguments` arrows, hoist function declarations, take property reads to have no
      // side effects (none of ours or our libraries' do), take built-ins as standard (`unsafe`:
      // `String(x)` as `""+x`, constant `new RegExp(…)` as literals; nothing here replaces a
      // built-in) and run three passes: about 5.2 KB less of the Send handler's script. The
      // production bundle's verdicts were checked against the scan's.
      minimizeOptions: { javascript: { ecma: 2016, compress: { passes: 3, unsafe: true, unsafe_arrows: true, hoist_funs: true, pure_getters: true } } },
    },
    performance: { hints: false },
    plugins: [
      agreements.send,
      phoneMetadata,
      withoutEntityTrees(),
      // `[ \t]` written with a real tab and `\u2019`-style escapes as their characters: about
      // 1.7 KB less (scripts/build/literalTabs.js, literalCharacters.js).
      new LiteralTabsPlugin(),
      // A UTF-8 byte-order mark: classic Outlook loads the script without launchevent.html's charset (scripts/build/utf8Bom.js).
      new Utf8BomPlugin(),
      new HtmlWebpackPlugin({
        filename: "launchevent.html",
        template: "./src/launchevent/launchevent.html",
        chunks: ["launchevent"],
        templateParameters: { officeJs: OFFICE_JS_CDN },
      }),
    ],
  };

  return [taskpane, launchevent];
};

// For scripts/bench/es2016Bundle.ts, which bundles single modules with the Send settings.
module.exports.withoutEntityTrees = withoutEntityTrees;
