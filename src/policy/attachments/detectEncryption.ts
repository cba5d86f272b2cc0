/**
 * detectEncryption: is an attachment password-protected, judged from its bytes alone?
 * Pure and synchronous (no Node, DOM or clock), linear in the size of the file, and it never
 * throws: a file it cannot read is "unknown", which the attachments rule turns into a warning.
 * The format comes from the bytes (magic numbers); the name only refines the wording.
 */
import type { EncryptionResult } from "./types";
import { startsWith } from "./bytes";
import { ZIP_LOCAL_MAGIC, detectZip, looksLikeZip } from "./zip";
import { detectPdf, pdfHeaderAt } from "./pdf";
import { CFB_MAGIC } from "./compoundFile";
import { detectCompoundFile } from "./office";
import { describeOther } from "./other";

function classify(name: string, bytes: Uint8Array): EncryptionResult {
  if (bytes.length === 0) return { status: "unknown", format: "other", detail: "Empty file: nothing to check." };
  if (startsWith(bytes, CFB_MAGIC)) return detectCompoundFile(name, bytes);
  // A ZIP whose first entry is a stored PDF has "%PDF-" within its first KiB: a local header at
  // offset 0 settles it first. Self-extractors (ZIP after a stub) are recognised by their EOCD.
  if (startsWith(bytes, ZIP_LOCAL_MAGIC)) return detectZip(bytes);
  if (pdfHeaderAt(bytes) >= 0) return detectPdf(bytes);
  if (looksLikeZip(bytes)) return detectZip(bytes);
  return describeOther(name, bytes);
}

export function detectEncryption(name: string, bytes: Uint8Array): EncryptionResult {
  try {
    return classify(String(name), bytes instanceof Uint8Array ? bytes : new Uint8Array(0));
  } catch {
    // Defence in depth: the readers are written not to throw, but a Send check must never crash.
    return { status: "unknown", format: "other", detail: "The file could not be read: could not tell whether it is encrypted." };
  }
}
