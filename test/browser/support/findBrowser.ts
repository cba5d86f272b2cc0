/** Finds a Chromium-family browser for playwright-core (which downloads none of its own). */
import { existsSync } from "node:fs";

const CANDIDATES = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/usr/bin/microsoft-edge",
  "/opt/google/chrome/chrome",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
  "C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe",
  "C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe",
];

export function findBrowser(env: NodeJS.ProcessEnv = process.env, exists: (p: string) => boolean = existsSync): string {
  const configured = env.CHROME_PATH;
  if (configured) {
    if (exists(configured)) return configured;
    throw new Error(`CHROME_PATH is set to ${configured}, but there is no file there.`);
  }
  const found = CANDIDATES.find((p) => exists(p));
  if (found) return found;
  throw new Error(
    "No Chromium-family browser found for the browser tests. Install one (Debian/Ubuntu: apt-get install chromium; " +
      "or Google Chrome / Microsoft Edge) or set CHROME_PATH to its executable.",
  );
}

/** Flags for a quiet headless run on a machine with no outside network. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
