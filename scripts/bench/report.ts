/** The benchmark table, for the terminal and BENCHMARKS.md. */
import type { MachineInfo } from "./harness";
import { passes, type BenchResult } from "./types";

const number = (v: number): string => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v >= 0.1 ? v.toFixed(2) : v.toFixed(3));

export function benchTable(results: readonly BenchResult[]): string {
  const rows = results.map((r) => {
    const ok = passes(r);
    return [
      r.group,
      r.name,
      r.input,
      `${number(r.value)} ${r.unit}`,
      r.detail ?? "",
      r.target ? `${r.target.op === "<=" ? "≤" : "≥"} ${r.target.limit} ${r.unit}` : "",
      ok === undefined ? "" : ok ? "PASS" : "FAIL",
    ];
  });
  const header = ["Suite", "Benchmark", "Input", "Result", "Measured", "Target", "Status"];
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

export const machineLine = (m: MachineInfo): string =>
  `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, ${m.os}, Node ${m.node}`;
