import { describeAdversarial, repeatTo } from "../../scripts/bench/detectSuite";
import { corpusText } from "../../scripts/bench/corpusText";
import { median, time, timeInterleaved } from "../../scripts/bench/harness";
import { benchTable } from "../../scripts/bench/report";
import { passes, type BenchResult } from "../../scripts/bench/types";

describe("bench harness", () => {
  it("takes the median of odd and even samples", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow();
  });

  it("warms up, then runs at least minRuns and at most maxRuns times", () => {
    let calls = 0;
    const t = time(() => calls++, { warmup: 2, minRuns: 3, maxRuns: 5, budgetMs: 0 });
    expect(t.runs).toBe(3);
    expect(calls).toBe(5);
    const long = time(() => calls++, { warmup: 0, minRuns: 1, maxRuns: 4, budgetMs: 60_000 });
    expect(long.runs).toBe(4);
  });
});

describe("bench inputs", () => {
  it("repeats a unit to an exact length", () => {
    expect(repeatTo("1-", 5)).toBe("1-1-1");
    expect(repeatTo("Mr ", 100_000)).toHaveLength(100_000);
  });

  it("builds corpus-like text close to the size asked", () => {
    const t = corpusText(5_000);
    expect(t.length).toBeGreaterThan(4_500);
    expect(t.length).toBeLessThanOrEqual(5_000);
  });

  it("describes adversarial inputs with escapes", () => {
    expect(describeAdversarial("\n", "newlines")).toBe('100 KB newlines "\\n\\n\\n…"');
  });
});

describe("bench report", () => {
  const row = (value: number): BenchResult => ({ group: "g", name: "n", input: "i", value, unit: "ms", target: { op: "<=", limit: 50 } });
  it("marks targets PASS and FAIL", () => {
    expect(passes(row(50))).toBe(true);
    expect(passes(row(50.1))).toBe(false);
    expect(passes({ ...row(1), target: undefined })).toBeUndefined();
    const table = benchTable([row(12.34), row(75)]);
    expect(table).toContain("| g | n | i | 12.3 ms |  | ≤ 50 ms | PASS |");
    expect(table).toContain("| 75.0 ms |  | ≤ 50 ms | FAIL |");
  });
});

describe("timeInterleaved", () => {
  it("alternates the functions and times each the same number of times", () => {
    const order: string[] = [];
    const [a, b] = timeInterleaved([() => order.push("a"), () => order.push("b")], { warmup: 1, minRuns: 2, maxRuns: 2, budgetMs: 0 });
    expect(order).toEqual(["a", "b", "a", "b", "a", "b"]);
    expect([a?.runs, b?.runs]).toEqual([2, 2]);
  });
});
