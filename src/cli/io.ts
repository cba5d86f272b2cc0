/** What a CLI command gets from the process: its streams. Tests pass their own. */
import type { Readable, Writable } from "node:stream";

export interface CommandIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

/** Exit statuses shared by every command. */
export const EXIT = {
  ok: 0,
  /** An unexpected failure inside SafeShare (not 1 or 2: `check` uses those for warn and block). */
  internal: 4,
  /** Bad usage or bad input. */
  usage: 3,
} as const;
