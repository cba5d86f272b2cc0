// The expander for string arrays that scripts/build/pairCodeStringArrays.js byte-pair coded, as a
// module of its own so that every coded data module imports one copy (ES5: the Send runtime).
// Each rule is three characters "symbol, left, right"; a symbol's expansion is built in rule
// order, then the coded text is expanded symbol by symbol.
export function expandPairs(rules, s) {
  var t = Object.create(null), r, a, b, out = "", i, c;
  for (r = 0; r < rules.length; r += 3) {
    a = rules.charAt(r + 1);
    b = rules.charAt(r + 2);
    t[rules.charAt(r)] = (t[a] || a) + (t[b] || b);
  }
  for (i = 0; i < s.length; i++) {
    c = s.charAt(i);
    out += t[c] || c;
  }
  return out;
}

// The regular expressions that scripts/build/pairCodeRegExps.js coded: the patterns expanded and
// split, each made a RegExp with its flags (flags: one entry per pattern, joined by ",").
export function expandRegExps(rules, s, separator, flags) {
  var patterns = expandPairs(rules, s).split(separator), f = flags.split(","), out = [], i;
  for (i = 0; i < patterns.length; i++) out.push(new RegExp(patterns[i], f[i]));
  return out;
}
