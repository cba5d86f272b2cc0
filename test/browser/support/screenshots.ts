/**
 * Screenshots written by the browser tests: always to screenshots/ (git ignores it); also to
 * docs/screenshots/ (committed, shown by the README) when SAFESHARE_UPDATE_SCREENSHOTS=1.
 */
import { copyFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import type { Locator, Page } from "playwright-core";

const ROOT = path.join(__dirname, "..", "..", "..");
export const SCREENSHOT_DIR = path.join(ROOT, "screenshots");
const DOCS_DIR = path.join(ROOT, "docs", "screenshots");

export async function screenshot(target: Page | Locator, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await target.screenshot({ path: file });
  if (process.env.SAFESHARE_UPDATE_SCREENSHOTS === "1") {
    mkdirSync(DOCS_DIR, { recursive: true });
    copyFileSync(file, path.join(DOCS_DIR, `${name}.png`));
  }
  return file;
}
