/**
 * The files `records` reads: each argument as given when it is a file, and the .eml and .msg
 * files under each directory argument, walked lazily (one directory's names at a time, sorted
 * so runs are repeatable). Symbolic links to directories are not followed (no loops). What
 * cannot be opened is yielded with its error, and the walk goes on.
 */
import { lstat, opendir, stat } from "node:fs/promises";
import path from "node:path";

export type WalkItem = { file: string } | { file: string; error: string };

const MESSAGE_FILE = /\.(eml|msg)$/i;

function errorText(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err.code === "ENOENT") return "no such file or directory";
  if (err.code === "EACCES" || err.code === "EPERM") return "permission denied";
  return err.code ?? err.message;
}

async function* walkDirectory(dir: string): AsyncGenerator<WalkItem> {
  const names: { name: string; kind: "file" | "dir" | "link" | "other" }[] = [];
  try {
    for await (const d of await opendir(dir)) {
      names.push({ name: d.name, kind: d.isFile() ? "file" : d.isDirectory() ? "dir" : d.isSymbolicLink() ? "link" : "other" });
    }
  } catch (e) {
    yield { file: dir, error: `cannot read the directory: ${errorText(e)}` };
    return;
  }
  names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of names) {
    const full = path.join(dir, entry.name);
    if (entry.kind === "dir") yield* walkDirectory(full);
    else if (!MESSAGE_FILE.test(entry.name)) continue;
    else if (entry.kind === "file") yield { file: full };
    else if (entry.kind === "link") {
      try {
        if ((await stat(full)).isFile()) yield { file: full };
      } catch (e) {
        yield { file: full, error: `cannot open it: ${errorText(e)}` };
      }
    }
  }
}

export async function* walkInputs(inputs: readonly string[]): AsyncGenerator<WalkItem> {
  for (const input of inputs) {
    let isDir: boolean;
    try {
      isDir = (await lstat(input)).isDirectory();
    } catch (e) {
      yield { file: input, error: errorText(e) };
      continue;
    }
    if (isDir) yield* walkDirectory(input);
    else yield { file: input };
  }
}
