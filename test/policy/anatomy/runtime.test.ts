/**
 * Message anatomy as it would run inside launchevent.js in classic Outlook's JavaScript-only
 * runtime: bundled with the launchevent compilation's settings, parsed as ES2016 (regex literals
 * are not lowered by Babel, so no lookbehind, named groups or s/u/v flags may reach it), and run in
 * a bare context with no window, Buffer, timers or eval.
 */
import * as acorn from "acorn";
import path from "node:path";
import vm from "node:vm";
import { es2016Bundle } from "../../../scripts/bench/es2016Bundle";
import { messageAnatomy } from "../../../src/policy/anatomy";

jest.setTimeout(120_000);

const ENTRY = `import { messageAnatomy } from ${JSON.stringify(path.join(__dirname, "..", "..", "..", "src", "policy", "anatomy"))};
declare const Office: { messageAnatomy?: unknown };
Office.messageAnatomy = messageAnatomy;
`;

let source: string;
beforeAll(async () => {
  source = await es2016Bundle(ENTRY);
});

describe("message anatomy in an ES2016 JavaScript-only runtime", () => {
  it("is ES2016 syntax and leaves the HTML reader out", () => {
    expect(() => acorn.parse(source, { ecmaVersion: 2016, sourceType: "script" })).not.toThrow();
    expect(source).not.toMatch(/htmlparser2|onopentag/);
  });

  it("gives the same anatomy there as here", () => {
    const office: { messageAnatomy?: typeof messageAnatomy } = {};
    const context = vm.createContext({ Office: office }, { codeGeneration: { strings: false, wasm: false } });
    expect(vm.runInContext("typeof Buffer + typeof window", context)).toBe("undefinedundefined");
    new vm.Script(source, { filename: "bundle.js" }).runInContext(context);
    const text = `Hi Tom,

Leah Marsh (DOB 21/07/2000) is known to us.

Kind regards

Claire Bennett (she/her)
Probation Officer
T: 01332 340047

This e-mail and any files transmitted with it are confidential.

-----Original Message-----
From: Lloyd, Gareth <gareth.lloyd@justice.gov.uk>
Sent: 14 November 2026 15:25
Subject: KPC

> On Tue, Sam <sam@x.gov.uk> wrote:
> > Older`;
    const there = office.messageAnatomy?.(text);
    expect(JSON.parse(JSON.stringify(there))).toEqual(messageAnatomy(text));
    expect(there?.parts.map((p) => p.kind)).toEqual(["greeting", "text", "sign-off", "signature", "disclaimer", "quote-header", "quote-header", "text"]);
  });
});
