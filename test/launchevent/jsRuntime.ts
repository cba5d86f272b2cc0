/**
 * Loads the built dist/launchevent.js as classic Outlook on Windows does: one ES2016 script in a
 * fresh JavaScript-only context (no window, document, storage or module loader) whose `Office`
 * global is the preview's simulated Office. `npm test` builds dist/ before jest runs.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { createSimulatedOffice, type SimulatedOffice, type SimulatedOfficeOptions } from "../../src/preview/simulatedOffice";

export const DIST = path.join(__dirname, "..", "..", "dist", "launchevent.js");

let cached: string | undefined;
export function builtSource(): string {
  if (!existsSync(DIST)) throw new Error(`${DIST} is missing: run npm run build:dev first (npm test does).`);
  cached ??= readFileSync(DIST, "utf8");
  return cached;
}

/** Replaces the context's Date so `new Date()` and Date.now() read a fixed instant. */
function fixedClockScript(iso: string): string {
  const ms = Date.parse(iso);
  return `(function () { var Real = Date; var FIXED = ${ms};
    function FixedDate() { var args = Array.prototype.slice.call(arguments);
      if (!(this instanceof FixedDate)) return Real.apply(null, args);
      return args.length === 0 ? new Real(FIXED) : new (Function.prototype.bind.apply(Real, [null].concat(args)))(); }
    FixedDate.prototype = Real.prototype; FixedDate.now = function () { return FIXED; };
    FixedDate.UTC = Real.UTC; FixedDate.parse = Real.parse; Date = FixedDate; })();`;
}

export interface JsRuntime {
  office: SimulatedOffice;
  context: vm.Context;
}

/** A fresh context with the simulated Office, setTimeout/clearTimeout (the runtime has them) and,
 * when `now` is given, a fixed clock. */
export function loadInJsRuntime(options: SimulatedOfficeOptions & { now?: string }): JsRuntime {
  const office = createSimulatedOffice(options);
  const context = vm.createContext({ Office: office, setTimeout, clearTimeout }, { codeGeneration: { strings: false, wasm: false } });
  if (options.now) vm.runInContext(fixedClockScript(options.now), context);
  const script = new vm.Script(builtSource(), { filename: "launchevent.js" });
  script.runInContext(context);
  return { office, context };
}

export interface Completion {
  /** The options of the first completed() call. */
  options: Office.SmartAlertsEventCompletedOptions | undefined;
  /** How many times completed() was called in all. */
  calls: () => number;
}

/** Fires a handler registered with Office.actions.associate and resolves at event.completed(). */
export function fire(office: SimulatedOffice, name: string): Promise<Completion> {
  const handler = office.associated.get(name);
  if (!handler) throw new Error(`No handler associated as ${name}`);
  return new Promise((resolve) => {
    let calls = 0;
    handler({
      completed(options?: Office.SmartAlertsEventCompletedOptions) {
        calls++;
        if (calls === 1) resolve({ options, calls: () => calls });
      },
    });
  });
}

/** Lets every timer and callback already queued run (the simulated item answers with setTimeout 0). */
export function settle(ms = 20): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
