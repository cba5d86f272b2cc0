// The expander for string arrays that scripts/build/pairCodeStringArrays.js byte-pair coded, as a
// module of its own so that every coded data module imports one copy (ES5: the Send runtime).
// Each rule is three characters "symbol, left, right"; a symbol's expansion is built in rule
// order, then the coded text is expanded symbol by symbol.
import { REGEXP_PAIR_RULES } from "./regExpPairRules.js";

function pairTable(rules) {
  var t = Object.create(null), r, a, b;
  for (r = 0; r < rules.length; r += 3) {
    a = rules.charAt(r + 1);
    b = rules.charAt(r + 2);
    t[rules.charAt(r)] = (t[a] || a) + (t[b] || b);
  }
  return t;
}

function expandWith(t, s) {
  var out = "", i, c;
  for (i = 0; i < s.length; i++) {
    c = s.charAt(i);
    out += t[c] || c;
  }
  return out;
}

export function expandPairs(rules, s) {
  return expandWith(pairTable(rules), s);
}

// The patterns expanded and split, each made a RegExp with its flags (flags: one entry per
// pattern, joined by ",").
function regExpsOf(text, separator, flags) {
  var patterns = text.split(separator), f = flags.split(","), out = [], i;
  for (i = 0; i < patterns.length; i++) out.push(new RegExp(patterns[i], f[i]));
  return out;
}

// The regular expressions that scripts/build/pairCodeRegExps.js coded with a module's own rules.
export function expandRegExps(rules, s, separator, flags) {
  return regExpsOf(expandPairs(rules, s), separator, flags);
}

// The rules every module's patterns share (regExpPairRules.js), made into a table once, at the
// first module that reads them: one table for all, rather than rules in every module.
var shared;
function sharedTable() {
  return shared || (shared = pairTable(REGEXP_PAIR_RULES));
}

// A module's pattern texts coded with the shared rules.
export function expandSharedPairs(s) {
  return expandWith(sharedTable(), s);
}

// A module's regular expressions coded with the shared rules.
export function expandSharedRegExps(s, separator, flags) {
  return regExpsOf(expandSharedPairs(s), separator, flags);
}
