/**
 * Promise wrappers over Office.js callbacks. Office reports failures through the callback's
 * AsyncResult, but some calls (setAsync above 1,000,000 characters) throw synchronously:
 * both become a rejected promise carrying what failed, so callers never see an exception
 * escape into Outlook.
 */

/** The shape of Office.AsyncResult that SafeShare reads. status is "succeeded" or "failed"
 * at run time (the typings declare a numeric enum, the library uses strings). */
export interface AsyncResultLike<T> {
  status: Office.AsyncResultStatus | string;
  value: T;
  error?: { code?: number; message?: string } | undefined;
}

export type AsyncCallback<T> = (result: AsyncResultLike<T>) => void;

export class OfficeCallError extends Error {
  constructor(
    readonly operation: string,
    readonly code: number | undefined,
    message: string,
  ) {
    super(`${operation} failed: ${message}`);
    this.name = "OfficeCallError";
  }
}

export function officeCall<T>(operation: string, start: (callback: AsyncCallback<T>) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      start((result) => {
        if (String(result.status) === "succeeded") resolve(result.value);
        else reject(new OfficeCallError(operation, result.error ? result.error.code : undefined, (result.error && result.error.message) || "unknown error"));
      });
    } catch (error) {
      reject(new OfficeCallError(operation, undefined, error instanceof Error ? error.message : String(error)));
    }
  });
}
