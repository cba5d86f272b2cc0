/** Runs a build step's output in the tests: TypeScript or ES-module source as CommonJS. */
import { readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

/** The shared expander the pair coders import (scripts/build/pairExpander.js). */
export const EXPANDER = path.join(__dirname, "..", "..", "scripts", "build", "pairExpander.js");

/** The build steps' own ES modules (the expander and the shared rules it imports). */
const BUILD_DIR = path.dirname(EXPANDER);

/** `source`'s exports: the build steps' modules (scripts/build/*.js, imported by absolute path or
 * relatively among themselves) are run from their own source, other relative imports (from `dir`)
 * are the real modules, any other import is an error. */
export function runModuleSource(source: string, dir = path.join(__dirname, "..", "..")): Record<string, unknown> {
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 } }).outputText;
  const module = { exports: {} as Record<string, unknown> };
  const requireOne = (id: string): unknown => {
    const file = path.isAbsolute(id) ? id : path.join(dir, id);
    if (path.dirname(file) === BUILD_DIR && file.endsWith(".js")) return runModuleSource(readFileSync(file, "utf8"), BUILD_DIR);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    if (id.startsWith(".")) return require(path.join(dir, id)) as unknown;
    throw new Error(`unexpected import ${id}`);
  };
  new Function("module", "exports", "require", js)(module, module.exports, requireOne);
  return module.exports;
}
