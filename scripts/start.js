#!/usr/bin/env node
// `npm start`: builds SafeShare and serves it over HTTPS on https://localhost:3000 until Ctrl+C.
// Asks no questions. Certificates: office-addin-dev-certs where it can install its CA without a
// prompt (Windows, macOS, Linux with password-less sudo); otherwise a self-signed certificate
// generated into .certs/, and it says so. A busy port is reported and the script exits 1.
"use strict";
const fs = require("node:fs");
const net = require("node:net");
const path = require("node:path");
const { execFileSync } = require("node:child_process");

const ROOT = path.resolve(__dirname, "..");
const PORT = Number(process.env.SAFESHARE_PORT || process.env.npm_package_config_dev_server_port || 3000);
const CERT_DIR = path.join(ROOT, ".certs");

function fail(message) {
  console.error(`\nnpm start: ${message}`);
  process.exit(1);
}

/** Resolves true when nothing listens on `port` (on any of the addresses the server will use). */
function portIsFree(port, host) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", (error) => resolve(error.code === "EADDRNOTAVAIL" || error.code === "EAFNOSUPPORT"));
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve(true)));
  });
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
    }),
  ]);
}

/** office-addin-dev-certs installs a CA into the system store; only try it where that needs no prompt. */
function devCertsCanRunUnattended() {
  if (process.platform === "win32" || process.platform === "darwin") return true;
  try {
    execFileSync("sudo", ["-n", "true"], { stdio: "ignore", timeout: 5000 });
    return true;
  } catch {
    return false;
  }
}

async function selfSignedCertificate() {
  const certPath = path.join(CERT_DIR, "localhost.crt");
  const keyPath = path.join(CERT_DIR, "localhost.key");
  if (fs.existsSync(certPath) && fs.existsSync(keyPath)) {
    const { X509Certificate } = require("node:crypto");
    const cert = new X509Certificate(fs.readFileSync(certPath));
    if (new Date(cert.validTo).getTime() > Date.now() + 24 * 3600 * 1000) {
      return { key: fs.readFileSync(keyPath), cert: fs.readFileSync(certPath), path: certPath, reused: true };
    }
  }
  const selfsigned = require("selfsigned");
  const notAfter = new Date(Date.now() + 365 * 24 * 3600 * 1000);
  const pems = await selfsigned.generate([{ name: "commonName", value: "localhost" }], {
    keySize: 2048,
    algorithm: "sha256",
    notAfterDate: notAfter,
    extensions: [
      { name: "basicConstraints", cA: false },
      { name: "keyUsage", digitalSignature: true, keyEncipherment: true },
      { name: "extKeyUsage", serverAuth: true },
      { name: "subjectAltName", altNames: [{ type: 2, value: "localhost" }, { type: 7, ip: "127.0.0.1" }, { type: 7, ip: "::1" }] },
    ],
  });
  fs.mkdirSync(CERT_DIR, { recursive: true });
  fs.writeFileSync(certPath, pems.cert);
  fs.writeFileSync(keyPath, pems.private, { mode: 0o600 });
  return { key: pems.private, cert: pems.cert, path: certPath, reused: false };
}

async function httpsOptions() {
  if (process.env.SAFESHARE_CERT && process.env.SAFESHARE_KEY) {
    console.log(`Using the certificate in SAFESHARE_CERT (${process.env.SAFESHARE_CERT}).`);
    return { cert: fs.readFileSync(process.env.SAFESHARE_CERT), key: fs.readFileSync(process.env.SAFESHARE_KEY) };
  }
  if (devCertsCanRunUnattended()) {
    try {
      const devCerts = require("office-addin-dev-certs");
      const options = await withTimeout(devCerts.getHttpsServerOptions(), 60000, "office-addin-dev-certs");
      console.log("Using the office-addin-dev-certs certificate (its CA is trusted by this machine).");
      return options;
    } catch (error) {
      console.log(`office-addin-dev-certs could not provide a trusted certificate (${error.message.split("\n")[0]}).`);
    }
  }
  const generated = await selfSignedCertificate();
  console.log(
    `Using a self-signed certificate${generated.reused ? "" : " generated just now"}: ${path.relative(ROOT, generated.path)}\n` +
      "  Browsers warn about it until you trust that file (or run `npx office-addin-dev-certs install` on Windows/macOS).",
  );
  return { key: generated.key, cert: generated.cert };
}

function printBanner() {
  const base = `https://localhost:${PORT}`;
  console.log(
    [
      "",
      "SafeShare is being served at " + base + "/  (Ctrl+C to stop)",
      "",
      `  Try it without Outlook:  ${base}/preview.html`,
      "  Sideload dist/manifest.xml into Outlook:",
      "    Outlook on the web / new Outlook: https://aka.ms/olksideload → My add-ins → Add a custom add-in → Add from file.",
      "    Classic Outlook on Windows or Outlook on Mac: npm run sideload (office-addin-debugging), or the same dialog.",
      "",
    ].join("\n"),
  );
}

async function main() {
  for (const host of ["::", "0.0.0.0", "127.0.0.1"]) {
    if (!(await portIsFree(PORT, host))) {
      fail(`port ${PORT} is already in use (another npm start?). Stop that program, or set SAFESHARE_PORT to serve elsewhere — note the manifest expects ${PORT}.`);
    }
  }
  const server = await httpsOptions();

  const webpack = require("webpack");
  const WebpackDevServer = require("webpack-dev-server");
  const makeConfig = require(path.join(ROOT, "webpack.config.js"));
  const configs = makeConfig({}, { mode: "development" }).map((c) => ({ ...c, infrastructureLogging: { level: "warn" } }));
  const compiler = webpack(configs);

  let bannerShown = false;
  compiler.hooks.done.tap("safeshare-start", (stats) => {
    if (stats.hasErrors()) {
      console.error(stats.toString({ all: false, errors: true, colors: false }));
      return;
    }
    if (!bannerShown) {
      bannerShown = true;
      setImmediate(printBanner); // after the build summary

    }
  });

  const devServer = new WebpackDevServer(
    {
      port: PORT,
      host: "localhost",
      server: { type: "https", options: server },
      // No injected dev client: launchevent.js must stay one self-contained script with no
      // WebSocket or DOM code, and the task pane is simply reloaded after a change.
      hot: false,
      liveReload: false,
      client: false,
      webSocketServer: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      devMiddleware: { writeToDisk: true, stats: "errors-warnings" },
      static: [
        // office.js for the preview page, the same file as Microsoft's CDN serves.
        { directory: path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist"), publicPath: "/office-js", watch: false },
      ],
    },
    compiler,
  );

  const stop = () => {
    console.log("\nStopping SafeShare's server.");
    devServer.stop().then(() => process.exit(0), () => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);

  try {
    await devServer.start();
  } catch (error) {
    if (error && error.code === "EADDRINUSE") fail(`port ${PORT} is already in use.`);
    fail(`the server could not start: ${error && error.message ? error.message : error}`);
  }
}

main().catch((error) => fail(error && error.stack ? error.stack : String(error)));
