/**
 * What the Send handler may pull in: the run-time surface (index.ts) must not reach zod, and every
 * agreement module must be ES2016 once TypeScript is stripped (regex literals are not lowered).
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import * as path from "node:path";
import * as acorn from "acorn";
import * as ts from "typescript";

const DIR = path.resolve(__dirname, "../../../src/policy/agreement");

function compile(file: string): string {
  return ts.transpileModule(readFileSync(file, "utf8"), {
    compilerOptions: { target: ts.ScriptTarget.ES2016, module: ts.ModuleKind.CommonJS, esModuleInterop: false },
    fileName: file,
  }).outputText;
}

function resolve(from: string, spec: string): string | undefined {
  const base = path.resolve(path.dirname(from), spec);
  return [base, `${base}.ts`, path.join(base, "index.ts")].find((f) => existsSync(f) && !f.endsWith(path.sep) && /\.(ts|json)$/.test(f));
}

/** Every module reached from `entry` by run-time imports (type-only imports are erased). */
function runtimeGraph(entry: string): { files: string[]; packages: string[] } {
  const files: string[] = [];
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.includes(file)) return;
    files.push(file);
    if (file.endsWith(".json")) return;
    for (const m of compile(file).matchAll(/require\("([^"]+)"\)/g)) {
      const spec = m[1]!;
      if (!spec.startsWith(".")) packages.add(spec);
      else {
        const target = resolve(file, spec);
        if (target) visit(target);
      }
    }
  };
  visit(entry);
  return { files: files.map((f) => path.relative(DIR, f)), packages: [...packages] };
}

describe("the agreement modules at run time", () => {
  it("index.ts (what the add-in imports) reaches the shipped JSON but not zod", () => {
    const graph = runtimeGraph(path.join(DIR, "index.ts"));
    expect(graph.files).toEqual(
      expect.arrayContaining(["index.ts", "deployment.ts", path.join("..", "..", "..", "agreements", "derbyshire.json"), "clauses.ts", "formats.ts", "schedule.ts", "routingTable.ts"]),
    );
    expect(graph.packages).toEqual([]);
  });

  it("validate.ts (CLI, tests) does use zod, so the check above can tell", () => {
    expect(runtimeGraph(path.join(DIR, "validate.ts")).packages).toEqual(["zod"]);
  });

  it.each(readdirSync(DIR).filter((f) => f.endsWith(".ts")))("%s is ES2016 once types are stripped", (file) => {
    expect(() => acorn.parse(compile(path.join(DIR, file)), { ecmaVersion: 2016, sourceType: "script" })).not.toThrow();
  });

  it("acorn at ES2016 rejects what Babel would not lower (lookbehind, named groups, the s flag)", () => {
    for (const regex of ["/(?<=a)b/", "/(?<n>a)/", "/a./s"]) {
      expect(() => acorn.parse(`var r = ${regex};`, { ecmaVersion: 2016, sourceType: "script" })).toThrow();
    }
  });
});
