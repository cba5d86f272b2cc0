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
  /** An unexpected failure inside SafeShare. */
  internal: 1,
  /** Bad usage or bad input. */
  usage: 3,
} as const;
