import { runInNewContext } from "node:vm";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { literalCharacters } = require("../../scripts/build/literalCharacters") as { literalCharacters: (source: string) => string };

/** Evaluates `code` (an expression) in a fresh context. */
const run = (code: string): unknown => runInNewContext(code);

describe("literalCharacters (the Send bundle's \\u escapes of punctuation and letters written as the characters)", () => {
  it("writes them as themselves in regular expressions, strings, templates and String.raw, meaning the same", () => {
    const source = String.raw`[/^it\u2019s \u2013 [\u00c0-\u024f]+$/.test("it’s – Éà"), "a\u2014b", ${"`"}x\u2022${"`"}, new RegExp(String.raw${"`"}^\u2019$${"`"}).test("’")]`;
    const out = literalCharacters(source);
    expect(out).not.toMatch(/\\u(?:2019|2013|2014|2022|00c0|024f)/);
    expect(Buffer.byteLength(out, "utf8")).toBeLessThan(Buffer.byteLength(source, "utf8"));
    expect(run(out)).toEqual(run(source));
    expect(run(out)).toEqual([true, "a—b", "x•", true]);
  });

  it("keeps escapes after an escaped backslash, and of spaces, controls, format and invisible characters", () => {
    const kept = String.raw`[/^\\u2019$/.test("\\u2019"), "\u00a0\u200b\u202e\u2028\u0041\u00ad\ud83d"]`;
    expect(literalCharacters(kept)).toBe(kept);
    expect(run(literalCharacters(kept))).toEqual(run(kept));
  });

  it("an escape after two backslashes (an escaped backslash, then the escape) still becomes its character", () => {
    const source = String.raw`/^\\\u2019$/.test("\\’")`;
    expect(literalCharacters(source)).toBe(String.raw`/^\\’$/.test("\\’")`);
    expect(run(literalCharacters(source))).toBe(true);
  });
});
