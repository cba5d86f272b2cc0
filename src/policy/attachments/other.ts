/**
 * Formats whose password protection this check does not read: named from their magic numbers
 * so the warning can say what the file is. 7z and RAR can be encrypted, but telling needs their
 * (often compressed or encrypted) headers decoded, so the answer is "could not tell".
 */
import type { EncryptionResult } from "./types";
import { startsWith } from "./bytes";

const KINDS: ReadonlyArray<{ magic: readonly number[]; kind: string }> = [
  { magic: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], kind: "7-Zip archive" },
  { magic: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], kind: "RAR archive" },
  { magic: [0x1f, 0x8b], kind: "gzip file" },
  { magic: [0x89, 0x50, 0x4e, 0x47], kind: "PNG image" },
  { magic: [0xff, 0xd8, 0xff], kind: "JPEG image" },
  { magic: [0x47, 0x49, 0x46, 0x38], kind: "GIF image" },
  { magic: [0x7b, 0x5c, 0x72, 0x74, 0x66], kind: "RTF document" },
];

export function describeOther(name: string, b: Uint8Array): EncryptionResult {
  let kind = "file of a kind this check does not read";
  for (const k of KINDS) {
    if (startsWith(b, k.magic)) {
      kind = k.kind;
      break;
    }
  }
  const dot = name.lastIndexOf(".");
  const ext = dot >= 0 && name.length - dot <= 6 ? " (" + name.slice(dot) + ")" : "";
  return { status: "unknown", format: "other", detail: capital(kind) + ext + ": could not tell whether it is password-protected." };
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
