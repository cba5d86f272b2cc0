/** Timing and machine facts for `npm run bench`. Scripts may use the clock; src/policy may not. */
import { availableParallelism, cpus, platform, arch, totalmem } from "node:os";
import { performance } from "node:perf_hooks";
import type { BenchResult } from "./types";

export interface TimingOptions {
  /** Untimed calls first, so the JIT has settled. */
  warmup: number;
  /** Timed calls: at least minRuns, at most maxRuns, stopping once budgetMs is spent. */
  minRuns: number;
  maxRuns: number;
  budgetMs: number;
}

export interface Timing {
  medianMs: number;
  runs: number;
}

export const median = (xs: readonly number[]): number => {
  if (xs.length === 0) throw new Error("median of nothing");
  const s = xs.slice().sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

/** Keeps results reachable so the optimiser cannot drop the calls being timed. */
let sink: unknown;
export const lastResult = (): unknown => sink;

export function time(fn: () => unknown, o: TimingOptions): Timing {
  for (let i = 0; i < o.warmup; i++) sink = fn();
  const samples: number[] = [];
  const started = performance.now();
  while (samples.length < o.maxRuns && (samples.length < o.minRuns || performance.now() - started < o.budgetMs)) {
    const t0 = performance.now();
    sink = fn();
    samples.push(performance.now() - t0);
  }
  return { medianMs: median(samples), runs: samples.length };
}

/**
 * Times several functions in alternation (a, b, a, b, …), so that a change in machine load
 * during the run affects each alike: use it when results are compared as a ratio.
 */
export function timeInterleaved(fns: readonly (() => unknown)[], o: TimingOptions): Timing[] {
  for (let i = 0; i < o.warmup; i++) for (const fn of fns) sink = fn();
  const samples: number[][] = fns.map(() => []);
  const started = performance.now();
  let runs = 0;
  while (runs < o.maxRuns && (runs < o.minRuns || performance.now() - started < o.budgetMs)) {
    fns.forEach((fn, i) => {
      const t0 = performance.now();
      sink = fn();
      samples[i]?.push(performance.now() - t0);
    });
    runs++;
  }
  return samples.map((xs) => ({ medianMs: median(xs), runs: xs.length }));
}

export interface MachineInfo {
  cpu: string;
  cores: number;
  node: string;
  os: string;
  memoryGb: number;
}

export function machineInfo(): MachineInfo {
  return {
    cpu: cpus()[0]?.model.trim() ?? "unknown",
    cores: availableParallelism(),
    node: process.version,
    os: `${platform()} ${arch()}`,
    memoryGb: Math.round(totalmem() / 2 ** 30),
  };
}

/** A "median of N" row in milliseconds for the bench table, with an optional upper limit. */
export function msRow(group: string, name: string, input: string, t: { medianMs: number; runs: number }, target?: number): BenchResult {
  const row: BenchResult = { group, name, input, value: t.medianMs, unit: "ms", detail: `median of ${t.runs}` };
  if (target !== undefined) row.target = { op: "<=", limit: target };
  return row;
}

