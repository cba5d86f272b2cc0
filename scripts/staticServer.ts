/**
 * Serves a built dist directory, with office.js from @microsoft/office-js at /office-js/, on a
 * free loopback port: for the browser tests and the browser benchmark (no Outlook, no CDN).
 */
import { createReadStream, statSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

export const REPO_DIR = path.join(__dirname, "..");
export const OFFICE_JS_DIST = path.join(REPO_DIR, "node_modules", "@microsoft", "office-js", "dist");

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
  ".map": "application/json",
  ".css": "text/css",
};

/** The file a URL path names under `root` (or office.js's folder), or null: never outside them. */
export function fileFor(root: string, urlPath: string): string | null {
  const decoded = decodeURIComponent(urlPath.split("?")[0] ?? "/");
  const [base, rest] = decoded.startsWith("/office-js/") ? [OFFICE_JS_DIST, decoded.slice("/office-js/".length)] : [root, decoded.slice(1)];
  const file = path.normalize(path.join(base, rest || "index.html"));
  if (!file.startsWith(base)) return null;
  try {
    return statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

export async function serveDirectory(root: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const file = fileFor(root, req.url ?? "/");
    if (!file) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
