import { readdirSync, readFileSync, statSync } from "fs";
import path from "path";

/**
 * The Send bundle is ES2016 (the classic Outlook JavaScript-only runtime), and Babel cannot lower a
 * regular expression built from a string at run time ("new RegExp(`…(?<!my )…`)"), so the acorn
 * check of the bundle cannot see one either. This reads the sources the bundle is built from for
 * the regex syntax ES2016 lacks: lookbehind and named groups.
 */
const ROOTS = ["src/policy", "src/launchevent", "src/outlook"].map((p) => path.join(__dirname, "..", "..", p));
const AFTER_ES2016 = /\(\?<(?:[!=]|[A-Za-z])/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sources(full) : name.endsWith(".ts") ? [full] : [];
  });
}

describe("regex syntax in the Send bundle's sources", () => {
  const files = ROOTS.flatMap(sources);

  it("reads the sources (a wrong root would find nothing to check)", () => {
    expect(files.length).toBeGreaterThan(100);
  });

  /** "file:line" of each line of code (not a comment) that `re` finds. */
  const linesMatching = (re: RegExp): string[] =>
    files.flatMap((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .map((line, i) => ({ line, at: `${path.relative(path.join(__dirname, "..", ".."), file)}:${i + 1}` }))
        .filter(({ line }) => !/^\s*(?:\/\/|\*)/.test(line) && re.test(line))
        .map(({ at }) => at),
    );

  it("no lookbehind or named group anywhere, in a regex literal or a string a RegExp is built from", () => {
    expect(linesMatching(AFTER_ES2016)).toEqual([]);
  });

  it("the check finds what it is for", () => {
    expect(AFTER_ES2016.test('"(?<!\\\\b(?:my|our) )mum says"')).toBe(true);
    expect(AFTER_ES2016.test("/(?<name>x)/")).toBe(true);
    expect(AFTER_ES2016.test("/(?:x)(?!y)(?=z)/")).toBe(false);
  });

  // Built-in methods newer than ES2016 are not polyfilled in the Send bundle (Babel lowers syntax
  // only), and the Node vm the bundle tests run in has them all, so only a look at the sources finds one.
  const NEWER_METHOD = /\.(?:matchAll|replaceAll|flatMap|padStart|padEnd|trimStart|trimEnd)\(|\.flat\(\)|Object\.(?:fromEntries|entries|values)\(|Promise\.(?:allSettled|any)\(|\bstructuredClone\(/;

  it("no built-in method newer than ES2016 (matchAll, replaceAll, Object.fromEntries, …) in the Send bundle's sources", () => {
    expect(linesMatching(NEWER_METHOD)).toEqual([]);
  });

  it("the method check finds what it is for", () => {
    expect(NEWER_METHOD.test("for (const m of text.matchAll(WORDS)) n++;")).toBe(true);
    expect(NEWER_METHOD.test("const o = Object.fromEntries(pairs);")).toBe(true);
    expect(NEWER_METHOD.test("const m = WORDS.exec(text);")).toBe(false);
  });
});
