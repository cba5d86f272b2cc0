/** An in-memory CommandIo for CLI tests: stdin from a string, stdout and stderr collected. */
import { PassThrough } from "node:stream";
import type { CommandIo } from "../../src/cli/io";

export function memoryIo(input = ""): { io: CommandIo; out: () => string; err: () => string } {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = "";
  let err = "";
  stdout.on("data", (c: Buffer) => (out += c.toString("utf8")));
  stderr.on("data", (c: Buffer) => (err += c.toString("utf8")));
  stdin.end(input);
  return { io: { stdin, stdout, stderr }, out: () => out, err: () => err };
}
