import { readFileSync } from "node:fs";
import path from "node:path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { compactTypedArrays } = require("../../scripts/build/compactTypedArrays.js") as { compactTypedArrays: (source: string) => string };

/** Runs a module of `export const` declarations and returns the named bindings. */
function bindings(source: string, names: string[]): Record<string, unknown> {
  const body = source.replace(/export const /g, "const ");
  return new Function(`${body}\nreturn { ${names.join(", ")} };`)() as Record<string, unknown>;
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
    const before = bindings(source, names);
    const after = bindings(compact, names);
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
    expect(bindings(compact, ["labelText"]).labelText).toBe(original);
  });

  it("pair-codes any long string beside typed arrays, characters outside the BMP and repeated symbols' look-alikes included", () => {
    const values = Array.from({ length: 300 }, (_, i) => i % 50);
    const text = Array.from({ length: 400 }, (_, i) => ["orgcom", "net\u{1F600}gov", "ac.uk", "x\u00e9y"][i % 4]).join("") + "zz";
    const source = `export const a = /*#__PURE__*/ new Uint8Array([${values.join(", ")}]);\nexport const t = "${text}";`;
    const compact = compactTypedArrays(source);
    expect(compact).toContain("__safesharePairs(");
    expect(compact.length).toBeLessThan(source.length);
    expect(bindings(compact, ["t"]).t).toBe(text);
  });

  it("round-trips values on both sides of the escape (91, 92) and the largest it can write (8,648)", () => {
    const values = Array.from({ length: 300 }, (_, i) => [0, 1, 33, 58, 91, 92, 93, 239, 7056, 8648][i % 10] as number);
    const source = `export const a = /*#__PURE__*/ new Uint16Array([${values.join(", ")}]);`;
    const compact = compactTypedArrays(source);
    expect(compact).toContain("__safeshareTypedArray(Uint16Array, ");
    expect(Array.from(bindings(compact, ["a"]).a as Uint16Array)).toEqual(values);
  });

  it("writes runs of zeros short and long (3, 4, 95, 96, 200 in a row) as runs, and decodes them to the same values", () => {
    const values = [7, 0, 0, 0, 5, ...Array(4).fill(0), 91, ...Array(95).fill(0), 92, ...Array(96).fill(0), 1, ...Array(200).fill(0), 8648, 0];
    const source = `export const a = /*#__PURE__*/ new Uint16Array([${values.join(", ")}]);`;
    const compact = compactTypedArrays(source);
    const written = /__safeshareTypedArray\(Uint16Array, "((?:[^"\\]|\\.)*)"\)/.exec(compact)?.[1] as string;
    // 400 zeros written one character each would be 400 characters; as runs they take a few dozen.
    expect(written.length).toBeLessThan(60);
    expect(Array.from(bindings(compact, ["a"]).a as Uint16Array)).toEqual(values);
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
