/**
 * No code that could send message content anywhere or load code from the network: the sources
 * that run in Outlook call no network API, and the built bundles contain none and load no chunks
 * at run time (everything ships in the bundle). `npm test` builds dist/ first. The browser test
 * (noEgress.browser.test.ts) checks the same at run time.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const ROOT = path.join(__dirname, "..", "..");
const NETWORK_APIS = ["fetch(", "XMLHttpRequest", "WebSocket", "EventSource", "sendBeacon", "importScripts", "RTCPeerConnection", "navigator.serviceWorker"];

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...sources(full));
    else if (/\.tsx?$/.test(name)) out.push(full);
  }
  return out;
}

function built(file: string): string {
  const full = path.join(ROOT, "dist", file);
  if (!existsSync(full)) throw new Error(`${full} is missing: run npm run build:dev first (npm test does).`);
  return readFileSync(full, "utf8");
}

const uses = (text: string, apis: readonly string[]) => apis.filter((api) => text.includes(api));

describe("no network code", () => {
  it("the code that runs in Outlook (policy, outlook, launchevent, taskpane, preview) calls no network API", () => {
    const found: string[] = [];
    for (const dir of ["policy", "outlook", "launchevent", "taskpane", "preview"]) {
      for (const file of sources(path.join(ROOT, "src", dir))) {
        for (const api of uses(readFileSync(file, "utf8"), NETWORK_APIS)) found.push(`${path.relative(ROOT, file)}: ${api}`);
      }
    }
    expect(found).toEqual([]);
  });

  it("launchevent.js has no network API, no eval and no script loading", () => {
    expect(uses(built("launchevent.js"), [...NETWORK_APIS, "new Function", "eval(", "createElement", "__webpack_require__.l"])).toEqual([]);
  });

  it("taskpane.js has no network API and loads no code at run time (no webpack chunk loading)", () => {
    const js = built("taskpane.js");
    expect(uses(js, [...NETWORK_APIS, "__webpack_require__.l =", "__webpack_require__.e ="])).toEqual([]);
    // The one `new Function` is webpack's fallback for a missing globalThis, never reached in a browser.
    expect(js.match(/new Function\(/g) ?? []).toHaveLength((js.match(/return this \|\| new Function\('return this'\)\(\)/g) ?? []).length);
  });
});
