/**
 * The HTML reader (src/policy/html with htmlparser2) as it would run inside launchevent.js in
 * classic Outlook's JavaScript-only runtime: bundled with the launchevent compilation's settings,
 * parsed as ES2016, and run in a bare context with no window, atob, Buffer, timers or eval.
 */
import * as acorn from "acorn";
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
    const read = office.bodyTexts?.('<p>Kelly &amp; Sam&nbsp;&eacute;&#x41; Zo&euml; &Lstrok;ucja &copy 2026</p><span style="display:none">DOB 12/03/1985</span><!-- NHS 943 476 5919 --><img alt="Se&aacute;n">');
    expect(read && { visible: read.visible, hidden: read.hidden }).toEqual({ visible: "Kelly & Sam\u00a0éA Zoë Łucja © 2026", hidden: "DOB 12/03/1985\n\nNHS 943 476 5919\n\nSeán" });
  });

  it("carries no HTML entity table and no atob call (bodyTexts decodes references itself)", () => {
    expect(source).not.toMatch(/\batob\b/);
    // A piece of htmlparser2's base64 decode tree ("entities" package).
    expect(source).not.toContain("QR08ALkAAgH6AYsDNQR2BO0E");
  });
});
