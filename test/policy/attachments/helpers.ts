/**
 * Test inputs: committed fixtures (see test/fixtures/attachments/README.md) and Office 97–2003
 * compound files assembled here with the `cfb` package's writer, following [MS-DOC], [MS-XLS]
 * and [MS-PPT] for the few structures the detector reads.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as CFB from "cfb";

export const FIXTURES = join(__dirname, "..", "..", "fixtures", "attachments");

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, name)));
}

/** Little-endian writer for building records. */
export function le(...parts: Array<[number, 1 | 2 | 4]>): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, [, size]) => n + size, 0));
  let at = 0;
  for (const [value, size] of parts) {
    for (let i = 0; i < size; i++) out[at++] = (value >>> (8 * i)) & 0xff;
  }
  return out;
}

export function concat(...chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * A ZIP of stored (uncompressed) entries, local headers then central directory then EOCD
 * (APPNOTE 4.3). CRCs are left 0: the detector does not check them.
 */
export function storedZip(entries: Array<[string, Uint8Array]>): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const [entryName, data] of entries) {
    const name = new TextEncoder().encode(entryName);
    const sizes: Array<[number, 4]> = [[0, 4], [data.length, 4], [data.length, 4]];
    const local = concat(le([0x04034b50, 4], [20, 2], [0, 2], [0, 2], [0, 4]), le(...sizes), le([name.length, 2], [0, 2]), name, data);
    centrals.push(concat(le([0x02014b50, 4], [20, 2], [20, 2], [0, 2], [0, 2], [0, 4]), le(...sizes), le([name.length, 2], [0, 2], [0, 2], [0, 2], [0, 2], [0, 4], [offset, 4]), name));
    locals.push(local);
    offset += local.length;
  }
  const directory = concat(...centrals);
  const eocd = le([0x06054b50, 4], [0, 2], [0, 2], [entries.length, 2], [entries.length, 2], [directory.length, 4], [offset, 4], [0, 2]);
  return concat(...locals, directory, eocd);
}

/** A compound file with the given top-level streams, written by SheetJS cfb. */
export function compoundFile(streams: Record<string, Uint8Array>): Uint8Array {
  const cfb = CFB.utils.cfb_new();
  for (const [name, content] of Object.entries(streams)) CFB.utils.cfb_add(cfb, "/" + name, Buffer.from(content));
  return new Uint8Array(CFB.write(cfb, { type: "buffer" }) as Buffer);
}

/** The streams of a compound file, read back with SheetJS cfb (to edit a real file). */
export function streamsOf(file: Uint8Array): Record<string, Uint8Array> {
  const cfb = CFB.read(Buffer.from(file), { type: "buffer" });
  const out: Record<string, Uint8Array> = {};
  cfb.FileIndex.forEach((entry, i) => {
    const path = cfb.FullPaths[i] as string;
    const topLevel = path.split("/").filter(Boolean).length === 2;
    if (entry.type === 2 && topLevel && entry.name !== "\u0001Sh33tJ5") {
      out[entry.name] = new Uint8Array(entry.content as ArrayLike<number>);
    }
  });
  return out;
}

/** [MS-DOC] 2.5.2 FibBase (32 bytes) padded to a plausible FIB length; flags at 0x0A. */
export function wordDocumentStream(flags: number): Uint8Array {
  const base = le([0xa5ec, 2], [0x00c1, 2], [0, 2], [0x0409, 2], [0, 2], [flags, 2], [0x00bf, 2], [0, 4], [0, 1], [0, 1], [0, 2], [0, 2], [0, 4], [0, 4]);
  return concat(base, new Uint8Array(1472 - base.length));
}

export const FIB_TABLE1 = 0x0200; // fWhichTblStm: the table stream is "1Table"
export const FIB_ENCRYPTED = 0x0100;
export const FIB_OBFUSCATED = 0x8000;

/** One BIFF record: type, length, data. */
export function biff(type: number, data: Uint8Array = new Uint8Array(0)): Uint8Array {
  return concat(le([type, 2], [data.length, 2]), data);
}

export const BOF_GLOBALS = biff(0x0809, le([0x0600, 2], [0x0005, 2], [0x0dbb, 2], [0x07cc, 2], [0, 4], [0x06, 4]));
export const EOF = biff(0x000a);
/** FILEPASS with XOR obfuscation: wEncryptionType 0, key, verifier ([MS-XLS] 2.4.117). */
export const FILEPASS_XOR = biff(0x002f, le([0, 2], [0x1234, 2], [0xabcd, 2]));
/** FILEPASS with RC4: wEncryptionType 1, version 1.1, salt, verifier and its hash ([MS-OFFCRYPTO] 2.3.6.1). */
export const FILEPASS_RC4 = biff(0x002f, concat(le([1, 2], [1, 2], [1, 2]), new Uint8Array(48).fill(0x5a)));
/** FILEPASS with RC4 CryptoAPI: wEncryptionType 1, version 4.2 ([MS-OFFCRYPTO] 2.3.5.1). */
export const FILEPASS_CRYPTOAPI = biff(0x002f, concat(le([1, 2], [4, 2], [2, 2]), new Uint8Array(200).fill(0x11)));

/** Inserts `record` right after the first record (BOF) of a workbook stream, as Excel does for FILEPASS. */
export function afterBof(workbook: Uint8Array, record: Uint8Array): Uint8Array {
  const bofEnd = 4 + ((workbook[2] as number) | ((workbook[3] as number) << 8));
  return concat(workbook.subarray(0, bofEnd), record, workbook.subarray(bofEnd));
}

/**
 * PowerPoint 97–2003 streams: "Current User" holding a CurrentUserAtom ([MS-PPT] 2.3.2) and a
 * "PowerPoint Document" ending in a UserEditAtom ([MS-PPT] 2.3.3) of 0x1C bytes, or 0x20 with
 * encryptSessionPersistIdRef when encrypted.
 */
export function powerPointStreams(headerToken: number, editLength: 0x1c | 0x20): Record<string, Uint8Array> {
  const padding = new Uint8Array(64);
  const editAtom = concat(le([0, 2], [0x0ff5, 2], [editLength, 4]), new Uint8Array(editLength));
  const document = concat(padding, editAtom);
  const userName = new TextEncoder().encode("Officer");
  const currentUser = concat(
    le([0, 2], [0x0ff6, 2], [20 + userName.length, 4]),
    le([0x14, 4], [headerToken, 4], [padding.length, 4], [userName.length, 2], [0x03f4, 2], [3, 1], [0, 1], [0, 2]),
    userName,
  );
  return { "Current User": currentUser, "PowerPoint Document": document };
}

export const PPT_PLAIN_TOKEN = 0xe391c05f;
export const PPT_ENCRYPTED_TOKEN = 0xf3d1c4df;
