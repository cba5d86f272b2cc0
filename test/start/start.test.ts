/** `npm start` (scripts/start.js): serves over HTTPS and prints the preview URL; a busy port fails fast. */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import https from "node:https";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const START = path.join(__dirname, "..", "..", "scripts", "start.js");

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function run(port: number): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  let output = "";
  const child = spawn(process.execPath, [START], {
    env: { ...process.env, SAFESHARE_PORT: String(port), SAFESHARE_DIST: mkdtempSync(path.join(os.tmpdir(), "safeshare-dist-")) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

function get(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    https
      .get(url, { rejectUnauthorized: false }, (res) => {
        let body = "";
        res.on("data", (d) => (body += d));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      })
      .on("error", reject);
  });
}

describe("npm start", () => {
  it("exits 1 with a clear message when the port is busy, without hanging", async () => {
    const port = await freePort();
    const blocker = net.createServer().listen(port);
    try {
      const { output, exited } = run(port);
      await expect(exited).resolves.toBe(1);
      expect(output()).toContain(`port ${port} is already in use`);
    } finally {
      blocker.close();
    }
  }, 30_000);

  it("builds, serves the add-in over HTTPS and prints the preview URL", async () => {
    const port = await freePort();
    const { child, output, exited } = run(port);
    try {
      const deadline = Date.now() + 150_000;
      while (!output().includes("compiled successfully") || !output().includes("preview.html")) {
        if (Date.now() > deadline) throw new Error(`npm start did not become ready:\n${output()}`);
        if (child.exitCode !== null) throw new Error(`npm start exited ${child.exitCode}:\n${output()}`);
        await new Promise((r) => setTimeout(r, 250));
      }
      expect(output()).toContain(`https://localhost:${port}/preview.html`);
      const preview = await get(`https://localhost:${port}/preview.html`);
      expect(preview.status).toBe(200);
      expect(preview.body).toContain('<script src="/office-js/office.js">');
      const officeJs = await get(`https://localhost:${port}/office-js/office.js`);
      expect(officeJs.status).toBe(200);
      const launchevent = await get(`https://localhost:${port}/launchevent.js`);
      expect(launchevent.body).toContain("onMessageSendHandler");
      expect(launchevent.body).not.toContain("webpack-dev-server"); // no injected dev client
      const manifest = await get(`https://localhost:${port}/manifest.xml`);
      expect(manifest.body).toContain("<DisplayName DefaultValue=\"SafeShare\"/>");
    } finally {
      child.kill("SIGINT");
      await exited;
    }
  }, 180_000);
});
