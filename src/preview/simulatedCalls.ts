/**
 * How every simulated Office call behaves, shared by the simulated compose item, read item and
 * new-message forms: the call is recorded, a planned failure applies (through the callback, or a
 * synchronous throw, as some Office calls do), and the callback runs later with an AsyncResult,
 * after an optional delay. Outlook passes (options, callback) or (callback) alone.
 */
import type { AsyncCallback, AsyncResultLike } from "../outlook/officeAsync";

export interface SimulatedError {
  code?: number;
  name?: string;
  message: string;
}

export type Result<T> = AsyncResultLike<T> & { asyncContext: unknown };

export function succeeded<T>(value: T, asyncContext?: unknown): Result<T> {
  return { status: "succeeded", value, error: undefined, asyncContext };
}

export function failed<T>(error: SimulatedError, asyncContext?: unknown): Result<T> {
  return { status: "failed", value: undefined as T, error: { code: error.code ?? 9002, message: error.message, name: error.name ?? "GenericResponseError" } as SimulatedError, asyncContext };
}

/** Outlook passes (options, callback) or (callback): find the callback either way. */
export function pickCallback<T>(a: unknown, b: unknown): AsyncCallback<T> | undefined {
  if (typeof a === "function") return a as AsyncCallback<T>;
  if (typeof b === "function") return b as AsyncCallback<T>;
  return undefined;
}

export function asyncContextOf(options: unknown): unknown {
  return options && typeof options === "object" && "asyncContext" in options ? (options as { asyncContext: unknown }).asyncContext : undefined;
}

/** Planned failures and delays by operation, and the record of every call made. */
export class SimulatedCalls {
  private readonly planned = new Map<string, { kind: "fail" | "throw"; error: SimulatedError }[]>();
  private readonly delays = new Map<string, number>();
  /** Every Office call made, in order ("subject.setAsync", …): tests assert on it. */
  readonly calls: string[] = [];

  /** @param rethrows Which errors thrown by a call's action escape as throws (Outlook's own
   * synchronous checks) rather than failing through the callback. */
  constructor(private readonly rethrows: (error: unknown) => boolean) {}

  /** The next call of `operation` reports failure through its callback. */
  failNext(operation: string, error: SimulatedError = { message: "An internal error has occurred." }): void {
    this.plan(operation, { kind: "fail", error });
  }

  /** The next call of `operation` throws synchronously, as some Office calls do. */
  throwNext(operation: string, message = "Simulated exception"): void {
    this.plan(operation, { kind: "throw", error: { message } });
  }

  /** Every call of `operation` answers after `ms` milliseconds (0 restores the default). */
  delay(operation: string, ms: number): void {
    if (ms > 0) this.delays.set(operation, ms);
    else this.delays.delete(operation);
  }

  private plan(operation: string, step: { kind: "fail" | "throw"; error: SimulatedError }): void {
    const steps = this.planned.get(operation) ?? [];
    steps.push(step);
    this.planned.set(operation, steps);
  }

  /**
   * Runs one Office call: records it, applies any planned failure, then (unless it failed)
   * performs `act` and calls back later with its value. `act` may throw an Office-style error
   * object ({code, name, message}) to fail through the callback.
   */
  run<T>(operation: string, options: unknown, callback: AsyncCallback<T> | undefined, act: () => T): void {
    this.calls.push(operation);
    const asyncContext = asyncContextOf(options);
    const step = this.planned.get(operation)?.shift();
    if (step?.kind === "throw") throw new Error(step.error.message);
    let result: Result<T>;
    if (step?.kind === "fail") result = failed<T>(step.error, asyncContext);
    else {
      try {
        result = succeeded(act(), asyncContext);
      } catch (error) {
        if (this.rethrows(error)) throw error;
        result = failed<T>(error as SimulatedError, asyncContext);
      }
    }
    if (callback) setTimeout(() => callback(result), this.delays.get(operation) ?? 0);
  }

  /** A synchronous call: records it and throws a planned failure (sync calls have no callback). */
  runSync(operation: string): void {
    this.calls.push(operation);
    const step = this.planned.get(operation)?.shift();
    if (step) throw new Error(step.error.message);
  }
}
