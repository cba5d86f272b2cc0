/**
 * A Babel plugin for the bundles: each module of src/ with long regular-expression literals gets
 * their patterns byte-pair coded into one string (as pairCodeStringArrays.js codes word lists),
 * read back into RegExp objects once, when the module loads. The literals become reads of that
 * list. The case readings are mostly long alternations of words ("(?:licence|order|sentence|…)",
 * "[ \t]+" between them), which code to about three quarters of their length.
 *
 * It runs when Babel leaves the module (Program exit), so it sees the literals as preset-env left
 * them for the target, and the TypeScript preset has already dropped unused imports. A literal is
 * coded only where sharing one object cannot change behaviour: a literal inside a function or a
 * class makes a new object each time it is evaluated, so one with the "g" or "y" flag (whose
 * lastIndex is state) is left there; without them a RegExp keeps no state between uses. A literal
 * that is not ES2016 syntax (lookbehind, named groups) is left too, so that the acorn check of the
 * Send bundle (test/launchevent/launchevent.test.ts) still sees it and fails.
 *
 * Patterns built at run time (`new RegExp(`…${AUXILIARIES}…`, "i")`, `new RegExp("…")`) have their
 * long fixed texts coded the same way into a second list of strings: a template's coded part is
 * read as `${__safeshareRegExpSources[k]}`, so its value, and every RegExp made from it, is the
 * same; no object is shared, so flags do not matter there.
 */
const fs = require("fs");
const path = require("path");
const acorn = require("acorn");
const { pairCode, writtenLength } = require("./compactTypedArrays.js");

/** Patterns shorter than this are left as they are: the read costs about as much as it saves (16: the smallest Send script of 16, 24, 30 and 40). */
const MIN_PATTERN_CHARACTERS = 16;
/** Separators for the joined patterns: the first not in any of them. */
const SEPARATORS = ["\n", "\u0000", "\u0001"];
const LIST = "__safeshareRegExps";
const EXPANDER_NAME = "__safeshareExpandRegExps";
/** The list of long pattern texts built at run time ("new RegExp(`…${AUXILIARIES}…`, "i")"), and its expander. */
const SOURCES = "__safeshareRegExpSources";
const SOURCES_EXPANDER_NAME = "__safeshareExpandSources";
const EXPANDER_MODULE = path.join(__dirname, "pairExpander.js");
/** Only the project's own modules: dependencies keep their literals. */
const OWN_SOURCE = /[\\/]src[\\/]/;
/** The module of rules all modules' patterns share (written by trainRegExpPairs.js), and the expanders' names for it. */
const SHARED_RULES_MODULE = path.join(__dirname, "regExpPairRules.js");
const SHARED_EXPANDER_NAME = "__safeshareExpandSharedRegExps";
const SHARED_SOURCES_EXPANDER_NAME = "__safeshareExpandSharedSources";
/** When set, a file each module's pattern texts are written to, one JSON line each, before coding (the training's input). */
const TEXTS_OUT = process.env.SAFESHARE_REGEXP_TEXTS;

/** The shared rules, as the module holds them (a JSON string literal). */
function readSharedRules() {
  const m = /REGEXP_PAIR_RULES = (".*");/.exec(fs.readFileSync(SHARED_RULES_MODULE, "utf8"));
  if (!m) throw new Error(`${SHARED_RULES_MODULE}: no REGEXP_PAIR_RULES string`);
  return JSON.parse(m[1]);
}
const SHARED_RULES = readSharedRules();
const SHARED_SYMBOLS = Array.from({ length: SHARED_RULES.length / 3 }, (_, i) => SHARED_RULES.charAt(i * 3));

/**
 * `text` coded with the shared rules, applied in order as the training applied them (a pair's
 * occurrences replaced left to right, not overlapping: what split and join do), or null when the
 * text holds one of their symbols (a pattern written after the training with a new character).
 */
function sharedCode(text) {
  if (SHARED_RULES === "" || SHARED_SYMBOLS.some((c) => text.includes(c))) return null;
  let coded = text;
  for (let r = 0; r < SHARED_RULES.length; r += 3) coded = coded.split(SHARED_RULES.charAt(r + 1) + SHARED_RULES.charAt(r + 2)).join(SHARED_RULES.charAt(r));
  return coded;
}

/**
 * The cheaper coding of a module's joined texts: the shared rules' (the rules are in the bundle
 * once, whichever modules use them) or rules of its own; null when neither pays against `before`
 * bytes. `overhead`: what a read costs besides its strings.
 */
function bestCoding(text, before, overhead) {
  if (TEXTS_OUT) fs.appendFileSync(TEXTS_OUT, JSON.stringify(text) + "\n");
  const shared = sharedCode(text);
  const own = pairCode(text, { wide: true });
  const sharedBytes = shared === null ? Infinity : writtenLength(shared) + overhead;
  const ownBytes = own === null ? Infinity : writtenLength(own.rules) + writtenLength(own.coded) + overhead;
  if (Math.min(sharedBytes, ownBytes) >= before) return null;
  return sharedBytes <= ownBytes ? { shared: true, coded: shared } : { shared: false, rules: own.rules, coded: own.coded };
}

/** Whether sharing one object for this literal could change behaviour (a stateful flag where the literal is evaluated more than once). */
function mustStayInPlace(literalPath) {
  if (!/[gy]/.test(literalPath.node.flags)) return false;
  return literalPath.findParent((p) => p.isFunction() || p.isClass()) !== null;
}

/** Whether a node is the pattern argument of `new RegExp(…)` or `RegExp(…)`. */
function isRegExpSource(p) {
  const parent = p.parentPath;
  return !!parent && (parent.isNewExpression() || parent.isCallExpression()) && parent.node.arguments[0] === p.node && parent.get("callee").isIdentifier({ name: "RegExp" });
}

/**
 * The long texts of patterns built at run time: the string argument of `new RegExp("…")` and the
 * long fixed parts (cooked) of a template argument (`new RegExp(`…${AUXILIARIES}…`, "i")`), as
 * [path, quasi index or -1 for a string, text].
 */
function patternTexts(program) {
  const found = [];
  program.traverse({
    StringLiteral(p) {
      if (p.node.value.length >= MIN_PATTERN_CHARACTERS && isRegExpSource(p)) found.push([p, -1, p.node.value]);
    },
    TemplateLiteral(p) {
      if (!isRegExpSource(p)) return;
      p.node.quasis.forEach((q, i) => {
        if (typeof q.value.cooked === "string" && q.value.cooked.length >= MIN_PATTERN_CHARACTERS) found.push([p, i, q.value.cooked]);
      });
    },
  });
  return found;
}

/** The template with its coded fixed parts read from the list: `${S[3]}${AUXILIARIES}${S[4]}` (a
 * template's value is its parts joined in order, so it is the same). `listIndexOf(i)`: the list
 * index of fixed part i, or undefined when it stays. */
function templateReadingList(t, node, listIndexOf) {
  const parts = [];
  node.quasis.forEach((q, i) => {
    const k = listIndexOf(i);
    if (k === undefined) parts.push({ raw: q.value.raw, cooked: q.value.cooked });
    else parts.push({ expression: t.memberExpression(t.identifier(SOURCES), t.numericLiteral(k), true) });
    if (i < node.expressions.length) parts.push({ expression: node.expressions[i] });
  });
  const quasis = [];
  const expressions = [];
  let raw = "";
  let cooked = "";
  for (const part of parts) {
    if (part.expression) {
      quasis.push(t.templateElement({ raw, cooked }, false));
      expressions.push(part.expression);
      raw = "";
      cooked = "";
    } else {
      raw += part.raw;
      cooked += part.cooked;
    }
  }
  quasis.push(t.templateElement({ raw, cooked }, true));
  return t.templateLiteral(quasis, expressions);
}

/** Whether `/pattern/flags` is a regular expression ES2016 can read (the Send runtime's level). */
function isEs2016(pattern, flags) {
  try {
    acorn.parse(`/${pattern}/${flags}`, { ecmaVersion: 2016 });
    return true;
  } catch {
    return false;
  }
}

/** Codes the module's long pattern texts built at run time into one list read when the module loads, when that pays. */
function codePatternTexts(t, program) {
  const found = patternTexts(program);
  if (found.length === 0) return;
  const texts = found.map((f) => f[2]);
  const separator = SEPARATORS.find((x) => texts.every((text) => !text.includes(x)));
  if (separator === undefined) return;
  const before = texts.reduce((n, x) => n + x.length + 6, 0);
  const coded = bestCoding(texts.join(separator), before, 70 + found.length * 10);
  if (coded === null) return;
  // Strings first (each is its own node), then each template once, with all its coded parts.
  const templates = new Map();
  found.forEach(([p, quasi], k) => {
    if (quasi < 0) p.replaceWith(t.memberExpression(t.identifier(SOURCES), t.numericLiteral(k), true));
    else {
      if (!templates.has(p)) templates.set(p, new Map());
      templates.get(p).set(quasi, k);
    }
  });
  for (const [p, indexOf] of templates) p.replaceWith(templateReadingList(t, p.node, (i) => indexOf.get(i)));
  const expand = coded.shared
    ? t.callExpression(t.identifier(SHARED_SOURCES_EXPANDER_NAME), [t.stringLiteral(coded.coded)])
    : t.callExpression(t.identifier(SOURCES_EXPANDER_NAME), [t.stringLiteral(coded.rules), t.stringLiteral(coded.coded)]);
  const read = t.callExpression(t.memberExpression(expand, t.identifier("split")), [t.stringLiteral(separator)]);
  t.addComment(read, "leading", "#__PURE__");
  if (coded.shared) insertAfterImports(t, program, SHARED_SOURCES_EXPANDER_NAME, "expandSharedPairs", SOURCES, read);
  else insertAfterImports(t, program, SOURCES_EXPANDER_NAME, "expandPairs", SOURCES, read);
}

/** Adds `import { exported as local } from the expander` and `const name = read` after the module's
 * own imports, so the list exists before any of its code runs. */
function insertAfterImports(t, program, local, exported, name, read) {
  const declaration = t.variableDeclaration("const", [t.variableDeclarator(t.identifier(name), read)]);
  const importDeclaration = t.importDeclaration([t.importSpecifier(t.identifier(local), t.identifier(exported))], t.stringLiteral(EXPANDER_MODULE));
  const body = program.get("body");
  const lastImport = body.filter((s) => s.isImportDeclaration()).pop();
  if (lastImport) lastImport.insertAfter([importDeclaration, declaration]);
  else program.unshiftContainer("body", [importDeclaration, declaration]);
}

module.exports = function pairCodeRegExps({ types: t }) {
  return {
    name: "safeshare-pair-code-regexps",
    visitor: {
      Program: {
        exit(program, state) {
          const filename = state.file.opts.filename || "";
          if (!OWN_SOURCE.test(filename)) return;
          const found = [];
          program.traverse({
            RegExpLiteral(p) {
              if (p.node.pattern.length < MIN_PATTERN_CHARACTERS || mustStayInPlace(p)) return;
              if (!isEs2016(p.node.pattern, p.node.flags)) return;
              found.push(p);
            },
          });
          codePatternTexts(t, program);
          if (found.length === 0) return;
          const patterns = found.map((p) => p.node.pattern);
          const separator = SEPARATORS.find((s) => patterns.every((x) => !x.includes(s)));
          if (separator === undefined) return;
          const flags = found.map((p) => p.node.flags).join(",");
          // Pays only when the coded text and its read cost less than the literals.
          const before = patterns.reduce((n, x, i) => n + x.length + 2 + found[i].node.flags.length, 0);
          const coded = bestCoding(patterns.join(separator), before, flags.length + 80 + found.length * 6);
          if (coded === null) return;
          found.forEach((p, i) => p.replaceWith(t.memberExpression(t.identifier(LIST), t.numericLiteral(i), true)));
          const tail = [t.stringLiteral(coded.coded), t.stringLiteral(separator), t.stringLiteral(flags)];
          const read = coded.shared ? t.callExpression(t.identifier(SHARED_EXPANDER_NAME), tail) : t.callExpression(t.identifier(EXPANDER_NAME), [t.stringLiteral(coded.rules), ...tail]);
          t.addComment(read, "leading", "#__PURE__");
          if (coded.shared) insertAfterImports(t, program, SHARED_EXPANDER_NAME, "expandSharedRegExps", LIST, read);
          else insertAfterImports(t, program, EXPANDER_NAME, "expandRegExps", LIST, read);
        },
      },
    },
  };
};
module.exports.MIN_PATTERN_CHARACTERS = MIN_PATTERN_CHARACTERS;
module.exports.SHARED_RULES_MODULE = SHARED_RULES_MODULE;
