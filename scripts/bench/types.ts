/** What a benchmark suite reports. A suite is a file in scripts/bench/ listed in scripts/bench.ts. */

export interface Target {
  op: "<=" | ">=";
  limit: number;
}

export interface BenchResult {
  /** Suite heading, e.g. "detect". */
  group: string;
  name: string;
  /** What it ran on, e.g. "5 KB body". */
  input: string;
  value: number;
  unit: string;
  /** How it was measured, e.g. "median of 200". */
  detail?: string;
  target?: Target;
}

export interface Suite {
  name: string;
  /** Browser and build suites are asynchronous. */
  run(): BenchResult[] | Promise<BenchResult[]>;
}

export function passes(r: BenchResult): boolean | undefined {
  if (!r.target) return undefined;
  return r.target.op === "<=" ? r.value <= r.target.limit : r.value >= r.target.limit;
}
