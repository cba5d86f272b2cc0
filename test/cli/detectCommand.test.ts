import { PassThrough } from "node:stream";
import { processLine, runDetect, type Detector } from "../../src/cli/detectCommand";
import type { Span } from "../../src/policy/detect";

/** A stand-in detector: every "X" is a person-name span, so results are predictable. */
const fakeDetect: Detector = (text) => {
  const spans: Span[] = [];
  for (let i = text.indexOf("X"); i >= 0; i = text.indexOf("X", i + 1)) {
    spans.push({ start: i, end: i + 1, kind: "person-name", confidence: 0.5, text: "X" });
  }
  return spans;
};

describe("processLine", () => {
  it("returns the id and the spans without their text", () => {
    expect(processLine('{"id":"m1","text":"aXbX"}', 1, fakeDetect)).toEqual({
      id: "m1",
      spans: [
        { start: 1, end: 2, kind: "person-name", confidence: 0.5 },
        { start: 3, end: 4, kind: "person-name", confidence: 0.5 },
      ],
    });
  });

  it("ignores blank and whitespace-only lines", () => {
    expect(processLine("", 4, fakeDetect)).toBeNull();
    expect(processLine("  \t", 4, fakeDetect)).toBeNull();
  });

  it("keeps extra fields out of the output and accepts empty text", () => {
    expect(processLine('{"id":"m2","text":"","other":1}', 2, fakeDetect)).toEqual({ id: "m2", spans: [] });
  });

  it.each([
    ["not json", /^invalid JSON/],
    ['{"id":"a","text":"x"', /^invalid JSON/],
    ["[1,2]", /expected a JSON object, got an array/],
    ["null", /expected a JSON object, got null/],
    ['"text"', /expected a JSON object, got a string/],
    ['{"text":"x"}', /missing "id"/],
    ['{"id":7,"text":"x"}', /"id" must be a string, got a number/],
    ['{"id":"a"}', /missing "text"/],
    ['{"id":"a","text":null}', /"text" must be a string, got null/],
    ['{"id":"a","text":["x"]}', /"text" must be a string, got an array/],
  ])("names line N for malformed input %s", (line, message) => {
    const result = processLine(line, 9, fakeDetect);
    expect(result).toEqual({ line: 9, error: expect.stringMatching(message) });
  });

  it("uses the real detector by default", () => {
    const result = processLine('{"id":"e","text":"write to jo.bloggs@example.org"}', 1);
    expect(result).toEqual({ id: "e", spans: [expect.objectContaining({ start: 9, end: 30, kind: "email-address" })] });
  });
});

function collect(stream: PassThrough): () => string {
  let text = "";
  stream.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
  return () => text;
}

function io(stdin: PassThrough) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  return { io: { stdin, stdout, stderr }, out: collect(stdout), err: collect(stderr) };
}

describe("runDetect", () => {
  it("writes one line per non-blank input line in order and exits 0", async () => {
    const stdin = new PassThrough();
    const t = io(stdin);
    stdin.end('{"id":"b","text":"X"}\n\r\n{"id":"a","text":"no"}\r\n{"id":"c","text":"XX"}');
    await expect(runDetect(stdin, t.io, fakeDetect)).resolves.toBe(0);
    const lines = t.out().trimEnd().split("\n").map((l) => JSON.parse(l) as { id: string; spans: unknown[] });
    expect(lines.map((l) => [l.id, l.spans.length])).toEqual([["b", 1], ["a", 0], ["c", 2]]);
    expect(t.err()).toBe("");
  });

  it("reports a bad line in place, carries on and exits 3", async () => {
    const stdin = new PassThrough();
    const t = io(stdin);
    stdin.end('{"id":"a","text":"X"}\n\n{oops\n{"id":"c","text":""}\n');
    await expect(runDetect(stdin, t.io, fakeDetect)).resolves.toBe(3);
    const lines = t.out().trimEnd().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toEqual({ line: 3, error: expect.stringMatching(/^invalid JSON/) });
    expect(lines[2]).toEqual({ id: "c", spans: [] });
    expect(t.err()).toMatch(/^safeshare detect: line 3: invalid JSON/);
  });

  it("strips a byte-order mark from the first line", async () => {
    const stdin = new PassThrough();
    const t = io(stdin);
    stdin.end('\uFEFF{"id":"a","text":"X"}\n');
    await expect(runDetect(stdin, t.io, fakeDetect)).resolves.toBe(0);
    expect(JSON.parse(t.out())).toEqual({ id: "a", spans: [expect.objectContaining({ start: 0 })] });
  });

  it("answers a line before the input has ended (streams, does not buffer)", async () => {
    const stdin = new PassThrough();
    const t = io(stdin);
    const done = runDetect(stdin, t.io, fakeDetect);
    stdin.write('{"id":"first","text":"X"}\n');
    for (let i = 0; i < 20 && t.out() === ""; i++) await new Promise((r) => setImmediate(r));
    expect(t.out()).toContain('"id":"first"');
    stdin.end('{"id":"second","text":""}\n');
    await expect(done).resolves.toBe(0);
    expect(t.out()).toContain('"id":"second"');
  });
});
