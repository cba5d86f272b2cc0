#!/usr/bin/env node
// The `safeshare` command: runs the TypeScript CLI in src/cli through tsx, so a fresh clone
// needs only `npm install`, no build step.
"use strict";
const path = require("node:path");
const { register } = require("tsx/cjs/api");

register();
const { main } = require(path.join(__dirname, "..", "src", "cli", "main.ts"));

// A closed pipe (e.g. `safeshare detect < in.jsonl | head`) is a normal way to stop reading.
process.stdout.on("error", (e) => {
  if (e.code === "EPIPE") process.exit(0);
  throw e;
});

main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`safeshare: ${e && e.stack ? e.stack : e}\n`);
    process.exitCode = 4; // EXIT.internal in src/cli/io.ts
  },
);
