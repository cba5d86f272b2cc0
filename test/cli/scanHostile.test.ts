/**
 * `safeshare scan` on hostile lines: a line over a limit gets its own error record, says which
 * limit, and the lines after it are still checked. (Times are in the bench: scripts/bench/cliSuite.ts.)
 */
import { PassThrough } from "node:stream";
import { streamJsonLines } from "../../src/cli/jsonLines";
import { RECIPIENT_LIMITS, recipientsFromJson, splitAddressList } from "../../src/cli/recipientInput";
import { runScan } from "../../src/cli/scanCommand";
import { memoryIo } from "./memoryIo";

type Line = { id?: string; line?: number; error?: string; verdict?: string; findings?: { rule: string; kind?: string; recipient?: string; message: string }[] };

async function scan(lines: string[]) {
  const { io, out, err } = memoryIo(lines.join("\n") + "\n");
  const code = await runScan(["--now", "2026-11-24T09:00:00Z"], io);
  return { code, lines: out().trimEnd().split("\n").map((l) => JSON.parse(l) as Line), err: err() };
}

/** The line after a hostile one: a name in the subject, which must still be reported. */
const AFTER = JSON.stringify({ id: "after", to: "starting.point@derbyshire.gov.uk", subject: "KPC request for John Smith", body: "Hello" });

function expectAfterChecked(line: Line | undefined): void {
  expect(line?.id).toBe("after");
  expect(line?.verdict).toBe("block");
  expect(line?.findings?.some((f) => f.rule === "subject-personal-data" && f.kind === "person-name")).toBe(true);
}

const addresses = (n: number, at = "example.org") => Array.from({ length: n }, (_, i) => `person.${i}@${at}`);

describe("scan: hostile recipient fields", () => {
  it("gives a line of 140,000 addresses its own error record and still checks the next line", async () => {
    const r = await scan([JSON.stringify({ id: "hostile", to: addresses(140_000).join(", "), subject: "x" }), AFTER]);
    expect(r.lines).toHaveLength(2);
    expect(r.lines[0]).toEqual({ line: 1, error: expect.stringMatching(/^"to" is 3,\d{3},\d{3} characters long; a recipient field may hold at most 262,144/) });
    expectAfterChecked(r.lines[1]);
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/line 1: "to" is/);
  });

  it("does the same when the 140,000 addresses come as one array element or as 140,000 elements", async () => {
    const r = await scan([JSON.stringify({ id: "a", cc: [addresses(140_000).join(",")] }), JSON.stringify({ id: "b", bcc: addresses(140_000) }), AFTER]);
    expect(r.lines[0]).toEqual({ line: 1, error: expect.stringMatching(/^"cc" is .* characters long/) });
    expect(r.lines[1]).toEqual({ line: 2, error: expect.stringMatching(/^"bcc" holds more than 1,000 addresses/) });
    expectAfterChecked(r.lines[2]);
  });

  it("refuses a field of more than 1,000 short addresses, counted without parsing them", async () => {
    const list = addresses(RECIPIENT_LIMITS.addresses + 1, "x.io").join(",");
    expect(list.length).toBeLessThan(RECIPIENT_LIMITS.fieldChars);
    const r = await scan([JSON.stringify({ id: "many", to: list }), JSON.stringify({ id: "ok", to: addresses(RECIPIENT_LIMITS.addresses, "x.io").join(",") }), AFTER]);
    expect(r.lines[0]?.error).toBe('"to" holds more than 1,000 addresses; a recipient field may hold at most 1,000 (the most Exchange Online allows on one message), so this line was not checked');
    expect(r.lines[1]?.id).toBe("ok");
    expect(r.lines[1]?.findings?.filter((f) => f.rule === "recipient-outside-agreement")).toHaveLength(1000);
    expectAfterChecked(r.lines[2]);
  });

  it("rejects a recipient of a million spaces with a clear message, before parsing it", async () => {
    const r = await scan([JSON.stringify({ id: "spaces", to: " ".repeat(1_000_000) + "x", subject: "x" }), AFTER]);
    expect(r.lines[0]).toEqual({
      line: 1,
      error: '"to" is 1,000,001 characters long; a recipient field may hold at most 262,144 (the most Exchange Online allows in a whole message header), so this line was not checked',
    });
    expectAfterChecked(r.lines[1]);
  });

  it("counts an object's name and address towards the field's size", async () => {
    const r = await scan([JSON.stringify({ id: "o", to: [{ name: "N".repeat(300_000), address: "a@example.org" }] }), AFTER]);
    expect(r.lines[0]?.error).toMatch(/^"to" is 300,013 characters long/);
    expectAfterChecked(r.lines[1]);
  });

  it("checks long runs of spaces within the limits: an address over 2,000 characters is invalid, saying why", async () => {
    const long = "a" + " ".repeat(200_000) + "b@example.org";
    const r = await scan([JSON.stringify({ id: "long", to: `${long}, ${" ".repeat(200)}jo@gmail.com` }), AFTER]);
    const invalid = r.lines[0]?.findings?.filter((f) => f.rule === "recipient-invalid") ?? [];
    expect(invalid).toHaveLength(1);
    expect(invalid[0]?.message).toContain("is 200,014 characters long; SafeShare reads at most 2,000");
    expect(r.lines[0]?.findings?.some((f) => f.rule === "recipient-webmail" && f.recipient === "jo@gmail.com")).toBe(true);
    expect(r.lines[0]?.verdict).toBe("block");
    expectAfterChecked(r.lines[1]);
  });

  it("checks every address of a list of unusual ones: past the parser's budget they are read by hand", async () => {
    // Comments send every address to the RFC 5322 parser; its budget runs out part-way.
    const list = Array.from({ length: 500 }, (_, i) => `p${i}@example.org (Person ${i})`).join(", ");
    const [line] = (await scan([JSON.stringify({ id: "comments", to: list })])).lines;
    const outside = (line?.findings ?? []).filter((f) => f.rule === "recipient-outside-agreement").map((f) => f.recipient);
    expect(new Set(outside).size).toBe(500);
    expect(line?.findings?.some((f) => f.rule === "recipient-invalid")).toBe(false);
  });

  it("refuses, rather than drops, hostile addresses past the budget", async () => {
    const list = Array.from({ length: 1000 }, (_, i) => `a${i}${" ".repeat(140)}b@example.org`).join(", ");
    const [line] = (await scan([JSON.stringify({ id: "spaced", to: list })])).lines;
    expect(line?.findings?.filter((f) => f.rule === "recipient-invalid")).toHaveLength(1000);
    expect(line?.verdict).toBe("block");
  });
});

describe("splitAddressList", () => {
  const split = (s: string, max = 100) => splitAddressList(s, max)?.map(([a, b]) => s.slice(a, b).trim());

  it("splits at top-level commas only, keeps Outlook's 'Surname, Given <address>' whole and opens groups", () => {
    expect(split('"Doe, Jane" <j@x.org>, a@x.org (Smith, Jo), <b@x.org>')).toEqual(['"Doe, Jane" <j@x.org>', "a@x.org (Smith, Jo)", "<b@x.org>"]);
    expect(split("Doe, Jane <j@x.org>, Roe, Rick <r@x.org>")).toEqual(["Doe, Jane <j@x.org>", "Roe, Rick <r@x.org>"]);
    expect(split("Team: a@x.org, b@x.org;, c@x.org, , ,")).toEqual(["a@x.org", "b@x.org", "c@x.org"]);
    expect(split("undisclosed-recipients:;")).toEqual([]);
    expect(split("jane.example.org")).toEqual(["jane.example.org"]);
  });

  it("stops past the limit instead of splitting the rest", () => {
    expect(splitAddressList("a@x, b@x, c@x", 3)).toHaveLength(3);
    expect(splitAddressList("a@x, b@x, c@x, d@x", 3)).toBeNull();
  });

  it("is linear on unclosed quotes, comments and brackets", () => {
    for (const open of ['"', "(", "<"]) expect(split(open.repeat(200_000) + "a@x.org")).toHaveLength(1);
    expect(split(",".repeat(200_000))).toEqual([]);
  });

  it("recipientsFromJson keeps a loop's worth of recipients from many array elements", () => {
    const r = recipientsFromJson(addresses(1000), "to");
    expect(r.ok && r.recipients.length).toBe(1000);
  });
});

describe("the JSON-lines shell", () => {
  async function run(input: string, handle: (line: string, n: number) => object | null, maxLineChars?: number) {
    const { io, out, err } = memoryIo(input);
    const code = await streamJsonLines("test", io.stdin, io, handle as never, maxLineChars === undefined ? {} : { maxLineChars });
    return { code, lines: out().trimEnd().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>), err: err() };
  }

  it("skips a line longer than the limit without holding it, and reads the next", async () => {
    const seen: string[] = [];
    const r = await run(`{"a":1}\n"${"x".repeat(5000)}"\r\n{"b":2}\r\n`, (line, n) => (seen.push(line), { n }), 1000);
    expect(r.lines).toEqual([{ n: 1 }, { line: 2, error: "the line is 5,003 characters long; at most 1,000 are read, so it was skipped" }, { n: 3 }]);
    expect(seen).toEqual(['{"a":1}', '{"b":2}']);
    expect(r.code).toBe(3);
  });

  it("turns a failure on one line into that line's error record, reads on, and exits 4", async () => {
    const r = await run("1\n2\n3", (line, n) => {
      if (line === "2") throw new RangeError("Maximum call stack size exceeded");
      return { n };
    });
    expect(r.lines).toEqual([{ n: 1 }, { line: 2, error: "internal error: Maximum call stack size exceeded" }, { n: 3 }]);
    expect(r.err).toContain("line 2: internal error");
    expect(r.code).toBe(4);
  });

  it("reads UTF-8 split across chunks, and a last line without a newline", async () => {
    const stdin = new PassThrough();
    const bytes = Buffer.from('{"s":"é€😀"}\n{"t":1}', "utf8");
    const { io, out } = memoryIo();
    const done = streamJsonLines("test", stdin, io, (line) => ({ line }));
    for (const b of bytes) stdin.write(Buffer.from([b]));
    stdin.end();
    await expect(done).resolves.toBe(0);
    expect(out().trimEnd().split("\n").map((l) => JSON.parse(l) as unknown)).toEqual([{ line: '{"s":"é€😀"}' }, { line: '{"t":1}' }]);
  });
});
