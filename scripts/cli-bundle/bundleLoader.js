/**
 * Loads the CLI bundle as `require` would, with V8's code cache: compiling the 2.7 MB bundle,
 * and the functions a run then compiles lazily, is a good part of each start. The first run
 * writes what V8 compiled to BUNDLE.cache at exit; later runs hand it back to V8, which skips
 * that work. The cache is keyed by a hash of the bundle's text (V8's own check covers only its
 * length, its version and its flags), so a rebuilt bundle never runs code cached from the old one.
 * With --enable-source-maps the bundle is required plainly, as only that maps stack traces.
 */
"use strict";
const { createHash } = require("node:crypto");
const fs = require("node:fs");
const Module = require("node:module");
const path = require("node:path");
const vm = require("node:vm");

const KEY_BYTES = 40; // hex SHA-1

function sourceMapsWanted() {
  return process.execArgv.includes("--enable-source-maps") || /--enable-source-maps/.test(process.env.NODE_OPTIONS ?? "");
}

/** The cached code for this bundle text, or undefined when there is none or it is another's. */
function readCache(cacheFile, key) {
  let data;
  try {
    data = fs.readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  return data.length > KEY_BYTES && data.subarray(0, KEY_BYTES).toString("latin1") === key ? data.subarray(KEY_BYTES) : undefined;
}

function writeCache(cacheFile, key, script) {
  const partial = `${cacheFile}.${process.pid}.partial`;
  try {
    fs.writeFileSync(partial, Buffer.concat([Buffer.from(key, "latin1"), script.createCachedData()]));
    fs.renameSync(partial, cacheFile);
  } catch {
    // A read-only checkout: run without a cache.
    fs.rmSync(partial, { force: true });
  }
}

/**
 * The bundle's exports, and what became of the code cache: "used", "written" (at exit: there
 * was none, or V8 refused it), or "off" (`cacheFile` null, or --enable-source-maps).
 * `cacheFile` defaults to BUNDLE.cache.
 */
function loadBundle(file, cacheFile = `${file}.cache`) {
  if (cacheFile === null || sourceMapsWanted()) return { exports: require(file), cache: "off" };
  const source = fs.readFileSync(file, "utf8");
  const key = createHash("sha1").update(source).digest("hex");
  const cachedData = readCache(cacheFile, key);
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  const mod = new Module(file, module);
  mod.filename = file;
  mod.paths = Module._nodeModulePaths(path.dirname(file));
  script.runInThisContext().call(mod.exports, mod.exports, Module.createRequire(file), mod, file, path.dirname(file));
  mod.loaded = true;
  if (cachedData !== undefined && !script.cachedDataRejected) return { exports: mod.exports, cache: "used" };
  // At exit the cache also holds the functions this run compiled, not just the top level.
  process.once("exit", () => writeCache(cacheFile, key, script));
  return { exports: mod.exports, cache: "written" };
}

module.exports = { loadBundle };
