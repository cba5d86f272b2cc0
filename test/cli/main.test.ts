import { main, usage } from "../../src/cli/main";
import { memoryIo } from "./memoryIo";

async function run(args: string[], input = "") {
  const { io, out, err } = memoryIo(input);
  const code = await main(args, io);
  return { code, out: out(), err: err() };
}

describe("main", () => {
  it("prints usage listing the commands on --help, exit 0", async () => {
    const r = await run(["--help"]);
    expect(r).toEqual({ code: 0, out: usage() + "\n", err: "" });
    expect(r.out).toMatch(/^\s+detect\s+find personal data/m);
  });

  it("prints usage on stderr with exit 3 when the command is missing or unknown", async () => {
    const none = await run([]);
    expect(none.code).toBe(3);
    expect(none.err).toContain("Usage: safeshare <command>");
    const unknown = await run(["frobnicate"]);
    expect(unknown.code).toBe(3);
    expect(unknown.err).toMatch(/unknown command 'frobnicate'[\s\S]*Usage: safeshare/);
    expect(unknown.out).toBe("");
  });

  it("prints a command's own usage on `detect --help`", async () => {
    const r = await run(["detect", "--help"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Usage: safeshare detect/);
  });

  it("rejects unknown detect arguments with exit 3", async () => {
    const r = await run(["detect", "--fast"]);
    expect(r.code).toBe(3);
    expect(r.err).toContain("unknown argument '--fast'");
  });

  it("dispatches detect", async () => {
    const r = await run(["detect"], '{"id":"a","text":"mail a.b@example.org"}\n');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ id: "a", spans: [expect.objectContaining({ kind: "email-address" })] });
  });
});

describe("main help words", () => {
  it("treats a bare 'help' after the command as an argument, not a help request", async () => {
    const r = await run(["detect", "help"]);
    expect(r.code).toBe(3);
    expect(r.err).toContain("unknown argument 'help'");
  });
});
