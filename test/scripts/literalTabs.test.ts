import { runInNewContext } from "node:vm";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { literalTabs } = require("../../scripts/build/literalTabs") as { literalTabs: (source: string) => string };

/** Evaluates `code` (an expression) in a fresh context. */
function run(code: string): unknown {
  return runInNewContext(code);
}

describe("literalTabs (the Send bundle's `[ \\t]` written with a real tab)", () => {
  it("writes the class with a tab, one byte shorter, in regular expressions, strings and String.raw", () => {
    const source = String.raw`[/^a[ \t]+b$/.test("a \t b"), "x[ \t]y", new RegExp(String.raw${"`"}^c[ \t]*d$${"`"}).test("c\t\td")]`;
    const out = literalTabs(source);
    expect(out.length).toBe(source.length - 3);
    expect(out).not.toContain(String.raw`[ \t]`);
    expect(out).toContain("[ \t]");
    expect(run(out)).toEqual(run(source));
    expect(run(out)).toEqual([true, "x[ \t]y", true]);
  });

  it("keeps a class that matches only space, backslash and t (an escaped backslash) as it is", () => {
    const source = String.raw`/^[ \\t]+$/.test("\\ t")`;
    expect(literalTabs(source)).toBe(source);
    expect(run(literalTabs(source))).toBe(true);
  });

  it("matches what the escape matched: a tab or a space, not a letter t", () => {
    const re = run(literalTabs(String.raw`/^x[ \t]y$/`)) as RegExp;
    expect(["x y", "x\ty", "xty"].map((s) => re.test(s))).toEqual([true, true, false]);
  });
});
