/** The Babel plugin that byte-pair codes long regular-expression literals gives back the very same expressions. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { transformSync, parseSync, traverse, types } from "@babel/core";
import { EXPANDER, runModuleSource } from "./runModuleSource";

const ROOT = path.join(__dirname, "..", "..");
const PLUGIN = path.join(ROOT, "scripts", "build", "pairCodeRegExps.js");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { MIN_PATTERN_CHARACTERS } = require(PLUGIN) as { MIN_PATTERN_CHARACTERS: number };
const { expandRegExps, expandPairs, expandSharedRegExps, expandSharedPairs } = runModuleSource(readFileSync(EXPANDER, "utf8"), path.dirname(EXPANDER)) as {
  expandRegExps: (rules: string, coded: string, separator: string, flags: string) => RegExp[];
  expandPairs: (rules: string, coded: string) => string;
  expandSharedRegExps: (coded: string, separator: string, flags: string) => RegExp[];
  expandSharedPairs: (coded: string) => string;
};

/** `source` through the plugin as the bundles run it (TypeScript removed, ES modules kept), as if it were `file`. */
function transform(source: string, file: string): string {
  const out = transformSync(source, {
    filename: file,
    babelrc: false,
    configFile: false,
    plugins: [PLUGIN],
    presets: [["@babel/preset-typescript", {}]],
  });
  return out?.code as string;
}

/** The regular expressions the coded module reads back (its call to the expander, read from the syntax tree), or [] when it codes none. */
function codedRegExps(code: string): RegExp[] {
  const ast = parseSync(code, { babelrc: false, configFile: false, sourceType: "module" });
  let read: RegExp[] = [];
  traverse(ast as types.Node, {
    CallExpression(p) {
      const callee = p.node.callee;
      if (!types.isIdentifier(callee)) return;
      const args = p.node.arguments.map((a) => (a as types.StringLiteral).value);
      if (callee.name === "__safeshareExpandRegExps") read = expandRegExps(...(args as [string, string, string, string]));
      if (callee.name === "__safeshareExpandSharedRegExps") read = expandSharedRegExps(...(args as [string, string, string]));
    },
  });
  return read;
}

/** The literals the plugin should take, in source order: long enough, and not a stateful one evaluated more than once. */
function literalsToCode(source: string, file: string): Array<{ pattern: string; flags: string }> {
  const ast = parseSync(source, { filename: file, babelrc: false, configFile: false, presets: [["@babel/preset-typescript", {}]] });
  const found: Array<{ pattern: string; flags: string }> = [];
  traverse(ast as types.Node, {
    RegExpLiteral(p) {
      const { pattern, flags } = p.node;
      if (pattern.length < MIN_PATTERN_CHARACTERS) return;
      if (/[gy]/.test(flags) && p.findParent((q) => q.isFunction() || q.isClass()) !== null) return;
      found.push({ pattern, flags });
    },
  });
  return found;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return tsFiles(full);
    return full.endsWith(".ts") ? [full] : [];
  });
}

/** Ten more long literals at the top level, so that the coding pays. */
const MORE = Array.from({ length: 10 }, (_, i) => `export const MORE_${i} = /\\b(?:his|her|their)[ \\t]+(?:licence|order|sentence|tag|bail|offences?)[ \\t]+${i}\\b/i;`).join("\n");
const SAMPLE = `${MORE}
export const TOP = /\\b(?:licence|order|sentence|tag|bail|offences?|probation officer|offender manager)\\b/i;
export const TOP_GLOBAL = /\\b(?:licence|order|sentence|tag|bail|offences?|probation officer)\\b/g;
export function inside(text: string): boolean {
  return /\\b(?:licence|order|sentence|tag|bail|offences?|probation officer|offender manager)\\b/i.test(text);
}
export function count(text: string): number {
  // A global literal in a function is a new object each call: it must stay, or lastIndex leaks between calls.
  const re = /\\b(?:licence|order|sentence|tag|bail|offences?|probation officer|offender manager)\\b/g;
  let n = 0;
  while (re.exec(text) !== null) n++;
  return n;
}
export function short(text: string): boolean {
  return /ab+c/.test(text);
}
export function slash(text: string): boolean {
  return /\\b(?:and\\/or|either\\/or|his\\/her|him\\/her|he\\/she)[ \\t]+(?:licence|order|sentence)\\b/.test(text);
}
`;

/** `source` with only TypeScript removed (no plugin): what the coded module is compared with. */
function plain(source: string, file: string): string {
  const out = transformSync(source, { filename: file, babelrc: false, configFile: false, presets: [["@babel/preset-typescript", {}]] });
  return out?.code as string;
}

/** The pattern argument of every `RegExp(…)` in `code`, in order, as its fixed texts and the code of
 * its expressions, with the plugin's list of texts read back (`__safeshareRegExpSources[k]` as its
 * text) and adjacent texts joined: the same for a coded module and its plain one. */
function patternArguments(code: string): string[][] {
  const ast = parseSync(code, { babelrc: false, configFile: false, sourceType: "module" });
  let texts: string[] = [];
  traverse(ast as types.Node, {
    CallExpression(p) {
      const callee = p.node.callee;
      if (!types.isIdentifier(callee) || (callee.name !== "__safeshareExpandSources" && callee.name !== "__safeshareExpandSharedSources")) return;
      const args = p.node.arguments.map((a) => (a as types.StringLiteral).value);
      const split = (p.parentPath.parentPath?.node as types.CallExpression).arguments[0] as types.StringLiteral;
      texts = (callee.name === "__safeshareExpandSources" ? expandPairs(args[0]!, args[1]!) : expandSharedPairs(args[0]!)).split(split.value);
    },
  });
  const listed = (node: types.Node): string | undefined =>
    types.isMemberExpression(node) && types.isIdentifier(node.object, { name: "__safeshareRegExpSources" }) && types.isNumericLiteral(node.property) ? texts[node.property.value] : undefined;
  const out: string[][] = [];
  const visit = (p: { node: types.NewExpression | types.CallExpression }): void => {
    if (!types.isIdentifier(p.node.callee, { name: "RegExp" })) return;
    const arg = p.node.arguments[0] as types.Node;
    const parts: string[] = [];
    const text = (t: string): void => {
      if (parts.length > 0 && parts[parts.length - 1]!.startsWith("T:")) parts[parts.length - 1] += t;
      else parts.push(`T:${t}`);
    };
    if (types.isStringLiteral(arg)) text(arg.value);
    else if (listed(arg) !== undefined) text(listed(arg) as string);
    else if (types.isTemplateLiteral(arg)) {
      arg.quasis.forEach((q, i) => {
        text(q.value.cooked ?? "");
        const e = arg.expressions[i];
        if (e === undefined) return;
        const fromList = listed(e);
        if (fromList !== undefined) text(fromList);
        else parts.push(`E:${code.slice(e.start as number, e.end as number)}`);
      });
    } else parts.push(`E:${code.slice(arg.start as number, arg.end as number)}`);
    out.push(parts.filter((x) => x !== "T:"));
  };
  traverse(ast as types.Node, { NewExpression: visit, CallExpression: visit });
  return out;
}

describe("pairCodeRegExps (the Babel plugin for long regular-expression literals)", () => {
  it("codes the long literals of a module of src/ and the module behaves the same", () => {
    const code = transform(SAMPLE, path.join(ROOT, "src", "sample.ts"));
    expect(code).toMatch(/__safeshareExpand(?:Shared)?RegExps\(/);
    // The short literal and the global one inside a function stay literals; the rest are read from the list.
    expect(code).toContain("/ab+c/");
    expect(code).toMatch(/const re = \/\\b\(\?:licence\|order/);
    expect(code).not.toMatch(/TOP = \/|TOP_GLOBAL = \/|return \/\\b\(\?:licence/);
    const coded = runModuleSource(code) as Record<string, unknown>;
    const real = runModuleSource(SAMPLE) as Record<string, unknown>;
    expect(String(coded.TOP)).toBe(String(real.TOP));
    expect(String(coded.TOP_GLOBAL)).toBe(String(real.TOP_GLOBAL));
    const texts = ["His licence and his order", "on bail, on licence, offences", "nothing here", "his/her licence", "and/or order", "abbbc"];
    for (const name of ["inside", "count", "short", "slash"]) {
      const a = coded[name] as (t: string) => unknown;
      const b = real[name] as (t: string) => unknown;
      // Twice each: a shared global expression would count differently the second time.
      for (const text of [...texts, ...texts]) expect({ name, text, said: a(text) }).toEqual({ name, text, said: b(text) });
    }
  });

  it("leaves a literal ES2016 cannot read (lookbehind) as a literal, so the Send bundle's acorn check still sees it", () => {
    const lookbehind = "export const LB = /(?<!\\b(?:my|our|your|their)[ \\t]+)(?:licence|order|sentence|tag|bail)\\b/i;";
    const code = transform(`${MORE}\n${lookbehind}`, path.join(ROOT, "src", "sample.ts"));
    expect(code).toMatch(/__safeshareExpand(?:Shared)?RegExps\(/);
    expect(code).toContain("LB = /(?<!");
  });

  it("leaves modules outside src/ as they are", () => {
    const code = transform(SAMPLE, path.join(ROOT, "node_modules", "some-library", "index.ts"));
    expect(code).not.toContain("__safeshareExpand");
  });

  it("reads back every coded literal of every module of src/policy as the very same expression", () => {
    let codedModules = 0;
    let codedCharacters = 0;
    for (const file of tsFiles(path.join(ROOT, "src", "policy"))) {
      const source = readFileSync(file, "utf8");
      const code = transform(source, file);
      const read = codedRegExps(code);
      if (read.length === 0) continue;
      codedModules++;
      const expected = literalsToCode(source, file);
      expect({ file, read: read.map((r) => [r.source, r.flags]) }).toEqual({ file, read: expected.map((r) => [new RegExp(r.pattern, r.flags).source, r.flags]) });
      codedCharacters += expected.reduce((n, r) => n + r.pattern.length, 0);
    }
    // The step applies to this source: most of the case readings' patterns are coded.
    expect(codedModules).toBeGreaterThan(15);
    expect(codedCharacters).toBeGreaterThan(40_000);
  });

  it("codes the long fixed parts of patterns built at run time (`new RegExp` of a template or a string) and the expressions are the same", () => {
    const source = readFileSync(path.join(ROOT, "test", "fixtures", "build", "builtPatterns.ts.txt"), "utf8");
    const file = path.join(ROOT, "src", "built.ts");
    const code = transform(source, file);
    expect(code).toMatch(/__safeshareExpand(?:Shared)?Sources\(/);
    expect(code).not.toContain("(?:licence|order|sentence|tag|bail|offences?|probation officer|offender manager)");
    // A short fixed part stays in its template.
    expect(code).toContain("(?:a|b)");
    const coded = runModuleSource(code) as Record<string, unknown>;
    const real = runModuleSource(plain(source, file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(real)) {
      if (value instanceof RegExp) expect({ name, re: String(coded[name]) }).toEqual({ name, re: String(value) });
    }
    const made = coded.madeEachCall as (t: string) => boolean;
    const madeReal = real.madeEachCall as (t: string) => boolean;
    for (const text of ["licence 9", "his order 11", "nothing", "licence 9", "bail 6"]) expect({ text, said: made(text) }).toEqual({ text, said: madeReal(text) });
  });

  it("reads back every pattern built at run time in every module of src/policy as the very same parts", () => {
    let codedModules = 0;
    for (const file of tsFiles(path.join(ROOT, "src", "policy"))) {
      const source = readFileSync(file, "utf8");
      const code = transform(source, file);
      if (!/__safeshareExpand(?:Shared)?Sources\(/.test(code)) continue;
      codedModules++;
      expect({ file, patterns: patternArguments(code) }).toEqual({ file, patterns: patternArguments(plain(source, file)) });
    }
    // The step applies to this source: the modules that build most of their patterns from parts.
    expect(codedModules).toBeGreaterThanOrEqual(3);
  });
});

describe("pairCodeRegExps with the shared rules (regExpPairRules.js, trained by trainRegExpPairs.js)", () => {
  it("codes the case readings' modules with the shared rules, which read back the very same expressions", () => {
    const file = path.join(ROOT, "src", "policy", "caseData", "caseVocabulary.ts");
    const source = readFileSync(file, "utf8");
    const code = transform(source, file);
    expect(code).toMatch(/__safeshareExpandShared(?:RegExps|Sources)\(/);
    const read = codedRegExps(code);
    expect(read.map((r) => [r.source, r.flags])).toEqual(literalsToCode(source, file).map((r) => [new RegExp(r.pattern, r.flags).source, r.flags]));
  });

  it("falls back to rules of the module's own when a pattern holds one of the shared rules' symbols", () => {
    // The first shared symbol (a character no pattern held when the rules were trained), written into each pattern as itself.
    const written = readFileSync(path.join(ROOT, "scripts", "build", "regExpPairRules.js"), "utf8").match(/REGEXP_PAIR_RULES = "(\\u[0-9a-f]{4}|[^\\])/)![1]!;
    const symbol = JSON.parse(`"${written}"`) as string;
    const odd = MORE.replace(/\\b\/i;/g, `${symbol}\\b/i;`);
    expect(odd).toContain(symbol);
    const file = path.join(ROOT, "src", "odd.ts");
    const code = transform(odd, file);
    expect(code).toContain("__safeshareExpandRegExps(");
    expect(code).not.toContain("__safeshareExpandShared");
    const coded = runModuleSource(code) as Record<string, unknown>;
    const real = runModuleSource(plain(odd, file)) as Record<string, unknown>;
    for (let i = 0; i < 10; i++) expect(String(coded[`MORE_${i}`])).toBe(String(real[`MORE_${i}`]));
  });
});
