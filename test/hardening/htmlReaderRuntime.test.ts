/**
 * The HTML reader (src/policy/html with htmlparser2) as it would run inside launchevent.js in
 * classic Outlook's JavaScript-only runtime: bundled with the launchevent compilation's settings,
 * parsed as ES2016, and run in a bare context with no window, atob, Buffer, timers or eval.
 */
import * as acorn from "acorn";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { es2016Bundle, HTML_READER_ENTRY } from "../../scripts/bench/es2016Bundle";

jest.setTimeout(120_000);

let source: string;
beforeAll(async () => {
  source = await es2016Bundle(HTML_READER_ENTRY);
});

describe("HTML reader in an ES2016 JavaScript-only runtime", () => {
  it("is ES2016 syntax", () => {
    expect(() => acorn.parse(source, { ecmaVersion: 2016, sourceType: "script" })).not.toThrow();
  });

  it("loads and reads visible and hidden text with no browser or Node globals", () => {
    const office: { bodyTexts?: (html: string) => { visible: string; hidden: string } } = {};
    const context = vm.createContext({ Office: office }, { codeGeneration: { strings: false, wasm: false } });
    expect(vm.runInContext("typeof atob + typeof Buffer + typeof window", context)).toBe("undefinedundefinedundefined");
    new vm.Script(source, { filename: "bundle.js" }).runInContext(context);
    const read = office.bodyTexts?.('<p>Kelly &amp; Sam&nbsp;&eacute;&#x41;</p><span style="display:none">DOB 12/03/1985</span><!-- NHS 943 476 5919 -->');
    expect(read && { visible: read.visible, hidden: read.hidden }).toEqual({ visible: "Kelly & Sam\u00a0éA", hidden: "DOB 12/03/1985\n\nNHS 943 476 5919" });
  });
});

describe("atob polyfill (src/policy/html/atobPolyfill.js)", () => {
  const script = readFileSync(path.join(__dirname, "..", "..", "src", "policy", "html", "atobPolyfill.js"), "utf8");

  it("defines atob where it is missing, decoding exactly as Buffer does", () => {
    const context = vm.createContext({});
    vm.runInContext(script, context);
    const atob = vm.runInContext("atob", context) as (s: string) => string;
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const encoded = Buffer.from(bytes).toString("base64");
        expect(atob(encoded)).toBe(Buffer.from(bytes).toString("latin1"));
      }),
    );
    expect(() => atob("not*base64")).toThrow(/not base64 at character 3/);
  });

  it("leaves an existing atob alone", () => {
    const own = () => "own";
    const context = vm.createContext({ atob: own });
    vm.runInContext(script, context);
    expect(vm.runInContext("atob", context)).toBe(own);
  });
});
