/** Serves dist/ — or another build's folder (a SAFESHARE_DIST build) — and office.js from
 * @microsoft/office-js at /office-js/, on a free loopback port. */
import path from "node:path";
import { OFFICE_JS_DIST, REPO_DIR, serveDirectory } from "../../../scripts/staticServer";

export { OFFICE_JS_DIST };
export const DIST = path.join(REPO_DIR, "dist");

export function startStaticServer(dist: string = DIST): Promise<{ origin: string; close: () => Promise<void> }> {
  return serveDirectory(dist);
}
