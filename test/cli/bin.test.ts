/** End to end: the real `safeshare` bin, spawned as a user would run it. */
import { spawnSync } from "node:child_process";
import { join } from "node:path";

const BIN = join(__dirname, "..", "..", "bin", "safeshare.js");

function safeshare(args: string[], input = "") {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: "utf8", timeout: 30_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe("bin/safeshare.js", () => {
  it("keeps ids and order, names and skips a malformed line, exits 3", () => {
    const input = [
      '{"id":"z9","text":"Please email jo.bloggs@example.org today"}',
      "",
      '{"id":"a1","text":"Nothing personal here"}',
      '{"id":"bad","text":42}',
      '{"id":"m3","text":"cc sam@example.net"}',
    ].join("\n");
    const r = safeshare(["detect"], input);
    expect(r.code).toBe(3);
    const lines = r.out.trimEnd().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toEqual([
      { id: "z9", spans: [{ start: 13, end: 34, kind: "email-address", confidence: expect.any(Number) }] },
      { id: "a1", spans: [] },
      { line: 4, error: '"text" must be a string, got a number' },
      { id: "m3", spans: [expect.objectContaining({ start: 3, end: 18, kind: "email-address" })] },
    ]);
    expect(r.err).toContain("line 4");
  });

  it("exits 0 when every line is well formed", () => {
    const r = safeshare(["detect"], '{"id":"a","text":"hello"}\n');
    expect(r).toEqual({ code: 0, out: '{"id":"a","spans":[]}\n', err: "" });
  });

  it("prints usage on stderr and exits 3 for an unknown command", () => {
    const r = safeshare(["nope"]);
    expect(r.code).toBe(3);
    expect(r.out).toBe("");
    expect(r.err).toContain("Usage: safeshare <command>");
  });
});
