/**
 * Encrypts a BIFF8 workbook stream with Office 97/2000 RC4 encryption, as Excel does for
 * "Encrypt with Password" in that mode: [MS-OFFCRYPTO] 2.3.6 (MD5 key derivation, password
 * verifier) and [MS-XLS] 2.2.10 (which bytes of the stream are encrypted, re-keyed every 1024
 * bytes). No tool on this machine writes encrypted .xls, so the tests make one from the xlwt
 * fixture and prove it real by decrypting it with officecrypto-tool.
 */
import { createHash, randomBytes } from "node:crypto";
import { concat, le } from "./helpers";

const BLOCK = 1024;
const FILEPASS = 0x002f;
const BOUNDSHEET8 = 0x0085;
/** Records never encrypted ([MS-XLS] 2.2.10): BOF, FilePass, UsrExcl, FileLock, InterfaceHdr, RRDInfo, RRDHead. */
const CLEAR = [0x0809, FILEPASS, 0x0194, 0x0195, 0x00e1, 0x0196, 0x0138];

function md5(...parts: Uint8Array[]): Uint8Array {
  const h = createHash("md5");
  for (const p of parts) h.update(p);
  return new Uint8Array(h.digest());
}

/** RC4 keystream of `length` bytes (written out: OpenSSL 3 may not offer RC4). */
function rc4Keystream(key: Uint8Array, length: number): Uint8Array {
  const s = new Uint8Array(256).map((_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + (s[i] as number) + (key[i % key.length] as number)) & 0xff;
    [s[i], s[j]] = [s[j] as number, s[i] as number];
  }
  const out = new Uint8Array(length);
  for (let n = 0, i = 0, j = 0; n < length; n++) {
    i = (i + 1) & 0xff;
    j = (j + (s[i] as number)) & 0xff;
    [s[i], s[j]] = [s[j] as number, s[i] as number];
    out[n] = s[((s[i] as number) + (s[j] as number)) & 0xff] as number;
  }
  return out;
}

/** [MS-OFFCRYPTO] 2.3.6.2: the 128-bit key for one block. */
function blockKey(password: string, salt: Uint8Array, block: number): Uint8Array {
  const h0 = md5(new Uint8Array(Buffer.from(password, "utf16le"))).subarray(0, 5);
  const unit = concat(h0, salt);
  const h1 = md5(concat(...Array<Uint8Array>(16).fill(unit))).subarray(0, 5);
  return md5(h1, le([block, 4])).subarray(0, 16);
}

function u16(b: Uint8Array, at: number): number {
  return (b[at] as number) | ((b[at + 1] as number) << 8);
}

/** Returns the encrypted workbook stream, with a FILEPASS record after BOF. */
export function encryptWorkbookRc4(workbook: Uint8Array, password: string): Uint8Array {
  const salt = new Uint8Array(randomBytes(16));
  const verifier = new Uint8Array(randomBytes(16));
  const ks0 = rc4Keystream(blockKey(password, salt, 0), 32);
  const encVerifier = verifier.map((v, i) => v ^ (ks0[i] as number));
  const encHash = md5(verifier).map((v, i) => v ^ (ks0[16 + i] as number));
  const filePass = concat(le([FILEPASS, 2], [54, 2], [1, 2], [1, 2], [1, 2]), salt, encVerifier, encHash);

  // Insert FILEPASS after BOF; sheet offsets (BoundSheet8.lbPlyPos) move by its length.
  const bofEnd = 4 + u16(workbook, 2);
  const plain = concat(workbook.subarray(0, bofEnd), filePass, workbook.subarray(bofEnd));
  const view = new DataView(plain.buffer);
  for (let at = 0; at + 4 <= plain.length; at += 4 + u16(plain, at + 2)) {
    if (u16(plain, at) === BOUNDSHEET8) view.setUint32(at + 4, view.getUint32(at + 4, true) + filePass.length, true);
  }

  // Which bytes are encrypted: record data, except the clear records and lbPlyPos.
  const encrypt = new Uint8Array(plain.length);
  for (let at = 0; at + 4 <= plain.length; ) {
    const type = u16(plain, at);
    const len = u16(plain, at + 2);
    if (CLEAR.indexOf(type) < 0) encrypt.fill(1, at + 4 + (type === BOUNDSHEET8 ? 4 : 0), at + 4 + len);
    at += 4 + len;
  }
  const out = plain.slice();
  for (let block = 0; block * BLOCK < plain.length; block++) {
    const ks = rc4Keystream(blockKey(password, salt, block), BLOCK);
    for (let k = 0; k < BLOCK && block * BLOCK + k < plain.length; k++) {
      const i = block * BLOCK + k;
      if (encrypt[i]) out[i] = (plain[i] as number) ^ (ks[k] as number);
    }
  }
  return out;
}
