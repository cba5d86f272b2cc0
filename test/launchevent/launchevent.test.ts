/**
 * The built dist/launchevent.js as classic Outlook on Windows loads it: one ES2016 script in a
 * JavaScript-only runtime with no DOM, no storage, no module loader. `npm test` builds dist/
 * before jest runs.
 */
import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import * as acorn from "acorn";

const DIST = path.join(__dirname, "..", "..", "dist", "launchevent.js");
const MANIFEST = readFileSync(path.join(__dirname, "..", "..", "manifest.xml"), "utf8");

function builtSource(): string {
  if (!existsSync(DIST)) throw new Error(`${DIST} is missing: run npm run build:dev first (npm test does).`);
  return readFileSync(DIST, "utf8");
}

interface FakeEvent {
  completed: jest.Mock;
}

/** Runs the script in a fresh context that has only what the JavaScript-only runtime offers. */
function loadInJsRuntime(source: string) {
  const associations = new Map<string, (event: FakeEvent) => void>();
  const office = { actions: { associate: (name: string, fn: (event: FakeEvent) => void) => associations.set(name, fn) } };
  const sandbox: Record<string, unknown> = { Office: office, setTimeout, clearTimeout, console };
  const context = vm.createContext(sandbox, { codeGeneration: { strings: false, wasm: false } });
  vm.runInContext(source, context, { filename: "launchevent.js" });
  return { associations, context };
}

describe("dist/launchevent.js", () => {
  it("parses as an ES2016 script", () => {
    expect(() => acorn.parse(builtSource(), { ecmaVersion: 2016, sourceType: "script" })).not.toThrow();
  });

  it("begins with a UTF-8 byte-order mark, since it holds characters past ASCII as themselves and classic Outlook loads it without launchevent.html's charset", () => {
    const bytes = readFileSync(DIST);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).some((b) => b >= 0x80)).toBe(true);
    expect(bytes.indexOf(Buffer.from([0xef, 0xbb, 0xbf]), 3)).toBe(-1);
  });

  it("the ES2016 parser really rejects newer syntax (the check above can fail)", () => {
    for (const newer of ["async function f() { await g(); }", "a?.b", "a ?? b", "({ ...a })", "class A { x = 1 }", "/(?<y>\\d)/"]) {
      expect(() => acorn.parse(newer, { ecmaVersion: 2016, sourceType: "script" })).toThrow();
    }
  });

  it("is self-contained: no imports, chunk loading, eval or Function constructor", () => {
    const source = builtSource();
    expect(source).not.toMatch(/\bimport\s*\(|\bimportScripts\b|__webpack_require__\.e\b|\beval\s*\(|new Function\s*\(/);
    expect(source).not.toMatch(/\brequire\s*\(/);
  });

  it("registers a handler for every LaunchEvent FunctionName in the manifest, with no DOM", () => {
    const { associations, context } = loadInJsRuntime(builtSource());
    const functionNames = Array.from(MANIFEST.matchAll(/<LaunchEvent [^>]*FunctionName="([^"]+)"/g), (m) => m[1]);
    expect(functionNames.sort()).toEqual(["onMessageAttachmentsChangedHandler", "onMessageRecipientsChangedHandler", "onMessageSendHandler", "onSensitivityLabelChangedHandler"]);
    expect(Array.from(associations.keys()).sort()).toEqual(functionNames);
    for (const global of ["window", "document", "localStorage", "require", "module"]) {
      expect(vm.runInContext(`typeof ${global}`, context)).toBe("undefined");
    }
  });

  it("completes Send even with an Office that has no mailbox, and never throws even if completed() does", async () => {
    const { associations } = loadInJsRuntime(builtSource());
    const onSend = associations.get("onMessageSendHandler");
    const completed = await new Promise<unknown>((resolve) => onSend?.({ completed: jest.fn(resolve) }));
    expect(completed).toMatchObject({ allowEvent: false, errorMessage: expect.stringMatching(/^SafeShare could not check this message: /) });
    const throwing = { completed: jest.fn(() => { throw new Error("host gone"); }) };
    expect(() => onSend?.(throwing)).not.toThrow();
    const onRecipients = associations.get("onMessageRecipientsChangedHandler");
    const recipientsCompleted = await new Promise<unknown[]>((resolve) => onRecipients?.({ completed: jest.fn((...args: unknown[]) => resolve(args)) }));
    expect(recipientsCompleted).toEqual([]);
  });

  it("loads without throwing where Office is not defined at all", () => {
    const context = vm.createContext({});
    expect(() => vm.runInContext(builtSource(), context)).not.toThrow();
  });
});
