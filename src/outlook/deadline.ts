/**
 * A time limit on an Office call. Outlook shows "taking longer than expected" 5 seconds after
 * Send (script download included), and a slow body.getAsync (long threads on Mac) must not
 * leave the user waiting: past the deadline the caller gets a DeadlineError naming what was
 * slow, and the late answer is ignored. The timer is always cleared, because classic Outlook
 * keeps the runtime alive after event.completed() (office-js#6656) and a stray timer must not
 * fire into a finished event.
 */
export class DeadlineError extends Error {
  constructor(
    readonly operation: string,
    readonly ms: number,
  ) {
    super(`${operation} took longer than ${Math.round(ms / 100) / 10} seconds`);
    this.name = "DeadlineError";
  }
}

export function withDeadline<T>(work: Promise<T>, ms: number, operation: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const timer = setTimeout(() => {
      if (settled) return;
      settled = true;
      reject(new DeadlineError(operation, ms));
    }, ms);
    work.then(
      (value) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
