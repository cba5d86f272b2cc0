import { readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { NAMED_REFERENCES } from "../../src/policy/html/entityTable";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { pairCodeStrings } = require("../../scripts/build/pairCodeStrings.js") as { pairCodeStrings: (source: string) => string };

const EXPANDER = path.join(__dirname, "..", "..", "scripts", "build", "pairExpander.js");

/** Runs TypeScript or ES-module source as CommonJS (its one import, the expander, from source) and returns its exports. */
function run(source: string): Record<string, unknown> {
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 } }).outputText;
  const module = { exports: {} as Record<string, unknown> };
  const requireOne = (id: string): unknown => {
    if (id !== EXPANDER) throw new Error(`unexpected import ${id}`);
    return run(readFileSync(EXPANDER, "utf8"));
  };
  new Function("module", "exports", "require", js)(module, module.exports, requireOne);
  return module.exports;
}

/** The coded module's NAMED_REFERENCES. */
function namedReferencesOf(source: string): string {
  return run(source).NAMED_REFERENCES as string;
}

describe("pairCodeStrings (the build step for the HTML entity table)", () => {
  const source = readFileSync(path.join(__dirname, "..", "..", "src", "policy", "html", "entityTable.ts"), "utf8");

  it("codes the table's long string so that it expands to the very same text, and is smaller", () => {
    const coded = pairCodeStrings(source);
    expect(coded).not.toContain(NAMED_REFERENCES);
    expect(coded.length).toBeLessThan(source.length - 800);
    expect(namedReferencesOf(coded)).toBe(NAMED_REFERENCES);
  });

  it("leaves a module without a long string as it is", () => {
    const small = 'export const A = "short";\n';
    expect(pairCodeStrings(small)).toBe(small);
  });
});
