/**
 * ZIP encryption (PKWARE APPNOTE 6.3.10): an entry is encrypted when general-purpose flag bit 0
 * is set (ZipCrypto, and also set for WinZip AES), bit 6 (PKWARE strong encryption), or it uses
 * compression method 99 / extra field 0x9901 (WinZip AES). The central directory is the
 * authoritative list of entries; local headers are only read when it is missing or damaged
 * (a truncated download), since local sizes can be absent (bit 3, data descriptor).
 */
import type { EncryptionResult } from "./types";
import { indexOfAscii, matchAscii, u16, u32, u64 } from "./bytes";

const LOCAL = 0x04034b50;
export const ZIP_LOCAL_MAGIC: readonly number[] = [0x50, 0x4b, 0x03, 0x04];
const CENTRAL = 0x02014b50;
const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;

const FLAG_ENCRYPTED = 0x0001;
const FLAG_STRONG = 0x0040;
const FLAG_CD_ENCRYPTED = 0x2000;
const METHOD_AES = 99;
const EXTRA_AES = 0x9901;
const EXTRA_ZIP64 = 0x0001;

/** What the entries of an archive say, however they were found. */
interface Tally {
  files: number;
  encrypted: number;
  aes: number;
  contentTypes: boolean;
  odfMimetypeAt: number;
}

function newTally(): Tally {
  return { files: 0, encrypted: 0, aes: 0, contentTypes: false, odfMimetypeAt: -1 };
}

/** Used by the dispatcher: a local header or an empty archive's EOCD at 0, or an EOCD near the end (self-extractors). */
export function looksLikeZip(b: Uint8Array): boolean {
  const sig = u32(b, 0);
  return sig === LOCAL || sig === EOCD || findEocd(b) >= 0;
}

/** Offset of the End Of Central Directory record, scanning back at most 64 KiB + 22 bytes. */
export function findEocd(b: Uint8Array): number {
  const stop = Math.max(0, b.length - EOCD_SIZE - MAX_COMMENT);
  let loose = -1;
  for (let i = b.length - EOCD_SIZE; i >= stop; i--) {
    if (b[i] !== 0x50 || u32(b, i) !== EOCD) continue;
    // The comment length must reach exactly to the end; otherwise "PK\5\6" inside a comment
    // or trailing junk could be mistaken for the record. Keep the first loose hit as a fallback.
    if (i + EOCD_SIZE + u16(b, i + 20) === b.length) return i;
    if (loose < 0) loose = i;
  }
  return loose;
}

/** Central directory location, honouring the ZIP64 locator; null when it cannot be trusted. */
function centralDirectory(b: Uint8Array, eocd: number): { start: number; size: number; count: number; delta: number } | null {
  let count = u16(b, eocd + 10);
  let size = u32(b, eocd + 12);
  let start = u32(b, eocd + 16);
  let end = eocd; // where the central directory should end, for the self-extractor correction
  const locator = eocd - 20;
  if (u32(b, locator) === ZIP64_LOCATOR) {
    const at = u64(b, locator + 8);
    // The stored offset can be off by a prepended stub, like the plain EOCD's: try both.
    const record = u32(b, at) === ZIP64_EOCD ? at : lastZip64Eocd(b, locator);
    if (record >= 0) {
      count = u64(b, record + 32);
      size = u64(b, record + 40);
      start = u64(b, record + 48);
      end = record;
    }
  }
  if (count < 0 || size < 0 || start < 0) return null;
  if (u32(b, start) === CENTRAL || count === 0) return { start, size, count, delta: 0 };
  // Self-extracting archives and files with a prepended stub: offsets are relative to the
  // archive's own start, which lies `delta` bytes into the file.
  const delta = end - size - start;
  return delta > 0 && u32(b, start + delta) === CENTRAL ? { start: start + delta, size, count, delta } : null;
}

function lastZip64Eocd(b: Uint8Array, before: number): number {
  const stop = Math.max(0, before - 0x10000);
  for (let i = before - 56; i >= stop; i--) {
    if (b[i] === 0x50 && u32(b, i) === ZIP64_EOCD) return i;
  }
  return -1;
}

/** Whether an extra-field block [at, end) holds a WinZip AES (0x9901) record. */
function hasAesExtra(b: Uint8Array, at: number, end: number): boolean {
  while (at + 4 <= end) {
    const id = u16(b, at);
    const len = u16(b, at + 2);
    if (id < 0 || len < 0) return false;
    if (id === EXTRA_AES) return true;
    at += 4 + len;
  }
  return false;
}

function isDirectoryName(b: Uint8Array, nameAt: number, nameLen: number): boolean {
  const last = b[nameAt + nameLen - 1];
  return nameLen > 0 && (last === 0x2f || last === 0x5c);
}

function count(t: Tally, b: Uint8Array, flags: number, method: number, nameAt: number, nameLen: number, extraAt: number, extraLen: number): void {
  if (nameLen === 19 && matchAscii(b, nameAt, "[Content_Types].xml")) t.contentTypes = true;
  if (isDirectoryName(b, nameAt, nameLen)) return;
  t.files++;
  const aes = method === METHOD_AES || hasAesExtra(b, extraAt, extraAt + extraLen);
  if (aes) t.aes++;
  if ((flags & (FLAG_ENCRYPTED | FLAG_STRONG)) !== 0 || aes) t.encrypted++;
}

/** Walks the central directory; null when it is not where the EOCD says or is cut short. */
function readCentral(b: Uint8Array): Tally | null {
  const eocd = findEocd(b);
  if (eocd < 0) return null;
  const cd = centralDirectory(b, eocd);
  if (!cd) return null;
  const t = newTally();
  const end = Math.min(b.length, cd.start + cd.size);
  let at = cd.start;
  let seen = 0;
  // Walk by the directory's size, not the announced count (see below).
  while (at + 46 <= end && u32(b, at) === CENTRAL) {
    const flags = u16(b, at + 8);
    const method = u16(b, at + 10);
    const nameLen = u16(b, at + 28);
    const extraLen = u16(b, at + 30);
    const commentLen = u16(b, at + 32);
    const nameAt = at + 46;
    if (nameAt + nameLen + extraLen > b.length) return null;
    count(t, b, flags, method, nameAt, nameLen, nameAt + nameLen, extraLen);
    if (nameLen === 8 && matchAscii(b, nameAt, "mimetype")) t.odfMimetypeAt = u32(b, at + 42) + cd.delta;
    at = nameAt + nameLen + extraLen + commentLen;
    seen++;
  }
  // A directory that ends early is damaged: let the caller fall back to local headers. Some
  // writers store the count modulo 65536, so a walk that used up the directory exactly is fine.
  return seen === cd.count || (seen > 0 && at === end) ? t : null;
}

/** Size of a local entry's data when known from its header (or its ZIP64 extra), else -1. */
function localDataSize(b: Uint8Array, at: number, extraAt: number, extraLen: number): number {
  const size = u32(b, at + 18);
  if (size !== 0xffffffff) return size;
  let x = extraAt;
  while (x + 4 <= extraAt + extraLen) {
    if (u16(b, x) === EXTRA_ZIP64) return u64(b, x + 4 + 8); // uncompressed size first, then compressed
    x += 4 + u16(b, x + 2);
  }
  return -1;
}

/** Compression methods of APPNOTE 4.4.5 (99 = WinZip AES): anything else is not a header. */
const METHODS = [0, 1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 14, 16, 18, 19, 20, 93, 94, 95, 96, 97, 98, 99];

/**
 * A "PK\3\4" found by searching may be file data; a real header needs a sane version, a known
 * method and a name. Without this, damaged data could be read as an "encrypted" entry.
 */
function plausibleLocal(b: Uint8Array, at: number): boolean {
  return (b[at + 4] as number) <= 63 && METHODS.indexOf(u16(b, at + 8)) >= 0 && u16(b, at + 26) > 0;
}

/** Reads local file headers front to back; used only when the central directory is unusable. */
function readLocal(b: Uint8Array): { tally: Tally; cdEncrypted: boolean } {
  const t = newTally();
  let cdEncrypted = false;
  let at = u32(b, 0) === LOCAL ? 0 : indexOfAscii(b, "PK\x03\x04", 0);
  while (at >= 0 && at + 30 <= b.length) {
    if (!plausibleLocal(b, at)) {
      at = indexOfAscii(b, "PK\x03\x04", at + 4); // a signature cannot overlap itself
      continue;
    }
    const flags = u16(b, at + 6);
    const method = u16(b, at + 8);
    const nameLen = u16(b, at + 26);
    const extraLen = u16(b, at + 28);
    const nameAt = at + 30;
    if (nameAt + nameLen > b.length) break;
    if ((flags & FLAG_CD_ENCRYPTED) !== 0 && (flags & FLAG_ENCRYPTED) !== 0) cdEncrypted = true;
    count(t, b, flags, method, nameAt, nameLen, nameAt + nameLen, Math.min(extraLen, b.length - nameAt - nameLen));
    if (nameLen === 8 && matchAscii(b, nameAt, "mimetype")) t.odfMimetypeAt = at;
    const data = nameAt + nameLen + extraLen;
    const size = localDataSize(b, at, nameAt + nameLen, extraLen);
    // With a data descriptor (bit 3) the header's size may be 0: search for the next header.
    let next = (flags & 0x0008) === 0 && size >= 0 ? data + size : data;
    if (next <= at) next = at + 4;
    at = u32(b, next) === LOCAL ? next : indexOfAscii(b, "PK\x03\x04", next);
  }
  return { tally: t, cdEncrypted };
}

/** The ODF mimetype entry is stored first and uncompressed; read its text to recognise ODF. */
function isOpenDocument(b: Uint8Array, localAt: number): boolean {
  if (localAt < 0 || u32(b, localAt) !== LOCAL || u16(b, localAt + 8) !== 0) return false;
  const data = localAt + 30 + u16(b, localAt + 26) + u16(b, localAt + 28);
  return matchAscii(b, data, "application/vnd.oasis.opendocument");
}

function plural(n: number, word: string): string {
  return n + " " + word + (n === 1 ? "" : "s");
}

export function detectZip(b: Uint8Array): EncryptionResult {
  let t = readCentral(b);
  let source = "central directory";
  if (!t) {
    const local = readLocal(b);
    if (local.cdEncrypted) {
      return { status: "encrypted", format: "zip", detail: "ZIP with an encrypted central directory (PKWARE strong encryption)." };
    }
    t = local.tally;
    source = "local headers (the central directory is missing or damaged, so the file may be truncated)";
    if (t.files === 0) {
      return { status: "unknown", format: "zip", detail: "Damaged ZIP: no readable entries, so it could not tell whether it is encrypted." };
    }
  }
  const entries = { total: t.files, encrypted: t.encrypted };
  if (t.encrypted > 0) {
    // ZipCrypto falls to a known-plaintext attack; say so, since the rule may want to warn.
    const method = t.aes === t.encrypted ? "AES" : t.aes > 0 ? "AES and the weak ZipCrypto" : "ZipCrypto, a weak cipher";
    const unprotected = t.files - t.encrypted;
    const rest = unprotected > 0 ? "; " + plural(unprotected, "file") + " can be opened without the password" : "";
    return {
      status: "encrypted",
      format: "zip",
      detail: "ZIP: " + t.encrypted + " of " + plural(t.files, "file") + " encrypted (" + method + "), from the " + source + rest + ".",
      entries,
    };
  }
  if (t.contentTypes) {
    return { status: "not-encrypted", format: "office-ooxml", detail: "Office document (OOXML) saved without a password: a plain ZIP package.", entries };
  }
  if (isOpenDocument(b, t.odfMimetypeAt)) {
    // ODF encrypts each part itself and records it in META-INF/manifest.xml (deflated), not in ZIP flags.
    return { status: "unknown", format: "zip", detail: "OpenDocument file: its password protection is recorded inside the package, which this check does not read.", entries };
  }
  return {
    status: "not-encrypted",
    format: "zip",
    detail: t.files === 0 ? "ZIP archive with no files." : "ZIP: none of its " + plural(t.files, "file") + " is encrypted (read from the " + source + ").",
    entries,
  };
}
