import { readFileSync } from "node:fs";
import path from "node:path";
import { EXPANDER, runModuleSource } from "./runModuleSource";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { compactTypedArrays } = require("../../scripts/build/compactTypedArrays.js") as { compactTypedArrays: (source: string) => string };

/** Runs a module of `export const` declarations (and the shared expander's import) and returns the named bindings. */
function bindings(source: string): Record<string, unknown> {
  return runModuleSource(source, path.dirname(EXPANDER)) as Record<string, unknown>;
}

describe("compactTypedArrays (the build step for tldts-icann's public-suffix trie)", () => {
  it("writes the installed trie's typed arrays as strings that decode to the very same arrays", () => {
    const file = require.resolve("tldts-icann").replace(/[\\/]dist[\\/].*$/, "");
    const source = readFileSync(path.join(file, "dist", "es6", "src", "data", "trie.js"), "utf8");
    const compact = compactTypedArrays(source);
    // The literals are gone (the step applies to this version of the library) and the text is much smaller.
    expect(compact).not.toMatch(/new Uint16Array\(\[/);
    expect(compact.length).toBeLessThan(source.length * 0.7);
    const names = [...source.matchAll(/export const (\w+)/g)].map((m) => m[1] as string);
    const before = bindings(source);
    const after = bindings(compact);
    for (const name of names) {
      const a = before[name];
      const b = after[name];
      expect(Object.prototype.toString.call(b)).toBe(Object.prototype.toString.call(a));
      if (typeof a === "string") expect(b).toBe(a);
      else expect(Array.from(b as ArrayLike<number>)).toEqual(Array.from(a as ArrayLike<number>));
    }
  });

  it("byte-pair codes the trie's long label string: a quarter smaller or more, the same text after loading", () => {
    const file = require.resolve("tldts-icann").replace(/[\\/]dist[\\/].*$/, "");
    const source = readFileSync(path.join(file, "dist", "es6", "src", "data", "trie.js"), "utf8");
    const compact = compactTypedArrays(source);
    const coded = /labelText = \/\*#__PURE__\*\/ __safesharePairs\("((?:[^"\\]|\\.)*)", "((?:[^"\\]|\\.)*)"\)/.exec(compact);
    expect(coded).not.toBeNull();
    const original = /labelText = "([^"]*)"/.exec(source)?.[1] as string;
    expect(Buffer.byteLength((coded?.[1] as string) + (coded?.[2] as string))).toBeLessThan(Buffer.byteLength(original) * 0.75);
    expect(bindings(compact).labelText).toBe(original);
  });

  it("pair-codes any long string beside typed arrays, characters outside the BMP and repeated symbols' look-alikes included", () => {
    const values = Array.from({ length: 300 }, (_, i) => i % 50);
    const text = Array.from({ length: 400 }, (_, i) => ["orgcom", "net\u{1F600}gov", "ac.uk", "x\u00e9y"][i % 4]).join("") + "zz";
    const source = `export const a = /*#__PURE__*/ new Uint8Array([${values.join(", ")}]);\nexport const t = "${text}";`;
    const compact = compactTypedArrays(source);
    expect(compact).toContain("__safesharePairs(");
    expect(compact.length).toBeLessThan(source.length);
    expect(bindings(compact).t).toBe(text);
  });

  it("round-trips values on both sides of the escape (91, 92) and the largest it can write (8,648)", () => {
    const values = Array.from({ length: 300 }, (_, i) => [0, 1, 33, 58, 91, 92, 93, 239, 7056, 8648][i % 10] as number);
    const source = `export const a = /*#__PURE__*/ new Uint16Array([${values.join(", ")}]);`;
    const compact = compactTypedArrays(source);
    expect(compact).toContain("__safeshareTypedArray(Uint16Array, ");
    expect(Array.from(bindings(compact).a as Uint16Array)).toEqual(values);
  });

  it("writes runs of zeros short and long (3, 4, 95, 96, 200 in a row) as runs, and decodes them to the same values", () => {
    const values = [7, 0, 0, 0, 5, ...Array(4).fill(0), 91, ...Array(95).fill(0), 92, ...Array(96).fill(0), 1, ...Array(200).fill(0), 8648, 0];
    const source = `export const a = /*#__PURE__*/ new Uint16Array([${values.join(", ")}]);`;
    const compact = compactTypedArrays(source);
    const written = /__safeshareTypedArray\(Uint16Array, "((?:[^"\\]|\\.)*)"\)/.exec(compact)?.[1] as string;
    // 400 zeros written one character each would be 400 characters; as runs they take a few dozen.
    expect(written.length).toBeLessThan(60);
    expect(Array.from(bindings(compact).a as Uint16Array)).toEqual(values);
  });

  it("leaves alone what it cannot write or what would not pay: a value of 8,649, a short array, other code", () => {
    const big = `export const a = new Uint16Array([${Array.from({ length: 300 }, () => 8649).join(",")}]);`;
    expect(compactTypedArrays(big)).toBe(big);
    const short = "export const a = new Uint8Array([1, 2, 3]);";
    expect(compactTypedArrays(short)).toBe(short);
    const other = "export const s = \"no arrays here\";";
    expect(compactTypedArrays(other)).toBe(other);
  });
});

describe("pair coding's symbols (shared by every pair-coding build step)", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const build = require("../../scripts/build/compactTypedArrays.js") as {
    pairCode: (text: string, options?: { wide?: boolean }) => { rules: string; coded: string } | null;
    stringLiteral: (text: string) => string;
    writtenLength: (text: string) => number;
  };
  const { expandPairs } = runModuleSource(readFileSync(EXPANDER, "utf8"), path.dirname(EXPANDER)) as { expandPairs: (rules: string, s: string) => string };
  const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
  /** A text that already uses every printable ASCII character, so only control characters are left as symbols. */
  const EVERY_PRINTABLE = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join("");
  const TEXT = Array.from({ length: 60 }, (_, i) => `(?:licence|order|sentence|recall)[ \\t]+${i % 7} ${EVERY_PRINTABLE}`).join("|");

  it("uses control characters when printable ASCII runs out, never NUL, tab, the line breaks, a quote or a backslash", () => {
    const coded = build.pairCode(TEXT);
    expect(coded).not.toBeNull();
    const symbols = Array.from(coded?.rules ?? "").filter((_, i) => i % 3 === 0);
    expect(symbols.length).toBeGreaterThan(10);
    for (const s of symbols) expect([...range(1, 7), ...range(14, 31), 127]).toContain(s.charCodeAt(0));
    expect(expandPairs(coded?.rules as string, coded?.coded as string)).toBe(TEXT);
  });

  it("with `wide`, goes on with two-byte symbols (U+00A1–U+07FF) once the one-byte ones run out, only where that makes the bundle smaller in bytes", () => {
    // Forty different case words, each in many patterns: more pairs worth a symbol than ASCII has left.
    const words = Array.from({ length: 40 }, (_, i) => `casework${String.fromCharCode(97 + (i % 26))}${i}`);
    const text = Array.from({ length: 400 }, (_, i) => `(?:${words[i % 40]}|${words[(i * 7) % 40]})[ \\t]+ ${EVERY_PRINTABLE}`).join("|");
    const narrow = build.pairCode(text);
    const wide = build.pairCode(text, { wide: true });
    expect(narrow).not.toBeNull();
    expect(wide).not.toBeNull();
    const symbols = Array.from(wide?.rules ?? "").filter((_, i) => i % 3 === 0).map((c) => c.charCodeAt(0));
    const twoByte = symbols.filter((c) => c >= 0xa1);
    expect(twoByte.length).toBeGreaterThan(0);
    for (const c of twoByte) expect(c).toBeLessThanOrEqual(0x7ff);
    const bytes = (coded: { rules: string; coded: string } | null) => Buffer.byteLength(build.stringLiteral(coded?.rules ?? "") + build.stringLiteral(coded?.coded ?? ""), "utf8");
    expect(bytes(wide)).toBeLessThan(bytes(narrow));
    expect(expandPairs(wide?.rules as string, wide?.coded as string)).toBe(text);
    expect(build.writtenLength("\u00a1\u07ff")).toBe(6);
  });

  it("writes control characters in a literal as themselves (one byte), which JavaScript reads back as the same string", () => {
    const text = "a\u0001b\u001f\u007fc\"d\\e\nf\u0000";
    const literal = build.stringLiteral(text);
    expect(literal).toContain("\u0001");
    expect(literal).not.toContain("\\u0001");
    // NUL and the line break keep their escapes: they are not symbols, and a raw line break would end the literal.
    expect(literal).toContain("\\n");
    expect(new Function(`return ${literal};`)()).toBe(text);
    expect(build.writtenLength(text)).toBe(literal.length);
    expect(build.writtenLength("\u0001\u0002")).toBe(4);
  });

  it("the minifier keeps them as themselves, so the bundle pays one byte for each (two for a two-byte symbol)", async () => {
    const { minify } = await import("terser");
    const out = await minify(`export const s = ${JSON.stringify("x\u0001\u0002\u001f\u007fy\u00a1\u07ff")};`, { module: true });
    expect(out.code).toContain("x\u0001\u0002\u001f\u007fy\u00a1\u07ff");
  });
});
