/** End to end through the real bin (tsx, postal-mime and htmlparser2 loaded as a user runs them). */
import { spawnSync } from "node:child_process";
import { join } from "node:path";

const BIN = join(__dirname, "..", "..", "bin", "safeshare.js");
const EML = join(__dirname, "..", "fixtures", "eml");

function safeshare(args: string[], input = "") {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: "utf8", timeout: 30_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe("bin/safeshare.js scan and check", () => {
  it("check: reports every file, exits 3 when one is not an e-mail message", () => {
    const r = safeshare(["check", "--json", join(EML, "html-only.eml"), join(EML, "broken.eml")]);
    expect(r.code).toBe(3);
    const [html, broken] = r.out.trimEnd().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(html).toMatchObject({ verdict: "block", bodyOffsets: "rendered-html" });
    expect(broken).toMatchObject({ error: expect.stringContaining("not an e-mail message") });
  });

  it("check: exits 2 for a blocked message", () => {
    expect(safeshare(["check", join(EML, "encoded-name-subject.eml")]).code).toBe(2);
  });

  it("scan: one line per message, exit 0", () => {
    const r = safeshare(["scan", "--now", "2026-11-24T09:00:00Z"], '{"id":"a","to":"jo@gmail.com","body":"<p>Kelly Brennan, on licence</p>","bodyType":"html"}\n');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ id: "a", verdict: "block", renderedBody: "Kelly Brennan, on licence" });
  });
});
