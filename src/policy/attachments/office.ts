/**
 * Office files stored as OLE compound files:
 * - a password-protected .docx/.xlsx/.pptx is no longer a ZIP but a compound file holding
 *   "EncryptionInfo" and "EncryptedPackage" ([MS-OFFCRYPTO] 2.3.4);
 * - Word 97–2003: the FIB at the start of "WordDocument" has fEncrypted ([MS-DOC] 2.5.2);
 * - Excel 97–2003: a FILEPASS record in the workbook globals substream ([MS-XLS] 2.4.117);
 * - PowerPoint 97–2003: the CurrentUserAtom's headerToken says whether the document is
 *   encrypted ([MS-PPT] 2.3.2), and an encrypted file also has "EncryptedSummary".
 */
import type { ContainerFormat, EncryptionResult } from "./types";
import { openCompoundFile, type CfbEntry, type CompoundFile } from "./compoundFile";
import { u16, u32 } from "./bytes";

const WORD_IDENT = 0xa5ec; // Word 97 and later
const WORD95_IDENT = 0xa5dc; // Word 6/95 share the flag layout
const F_ENCRYPTED = 0x0100;
const F_OBFUSCATED = 0x8000;

const XLS_BOF = 0x0809;
const XLS_EOF = 0x000a;
const XLS_FILEPASS = 0x002f;

const PPT_CURRENT_USER_ATOM = 0x0ff6;
const PPT_USER_EDIT_ATOM = 0x0ff5;
const PPT_TOKEN_PLAIN = 0xe391c05f;
const PPT_TOKEN_ENCRYPTED = 0xf3d1c4df;

const OOXML_NAME = /\.(?:doc|xls|ppt)[xm]$|\.potx$|\.ppsx$|\.xlsb$/i;

function result(status: EncryptionResult["status"], format: ContainerFormat, detail: string): EncryptionResult {
  return { status, format, detail };
}

/** [MS-OFFCRYPTO] 2.3.4.1: the EncryptionInfo version names the scheme. */
function ooxmlScheme(cfb: CompoundFile, info: CfbEntry | undefined): string {
  if (!info) return "encrypted package";
  const v = cfb.read(info, 4);
  const major = u16(v, 0);
  const minor = u16(v, 2);
  if (major === 4 && minor === 4) return "agile encryption";
  if ((major === 3 || major === 4) && minor === 2) return "standard encryption";
  if ((major === 3 || major === 4) && minor === 3) return "extensible encryption";
  return "encryption version " + major + "." + minor;
}

function word(cfb: CompoundFile, stream: CfbEntry): EncryptionResult {
  const fib = cfb.read(stream, 0x20);
  const ident = u16(fib, 0);
  const flags = u16(fib, 0x0a);
  if ((ident !== WORD_IDENT && ident !== WORD95_IDENT) || flags < 0) {
    return result("unknown", "office-legacy", "Word 97–2003 document whose header could not be read: could not tell whether it is encrypted.");
  }
  if ((flags & F_ENCRYPTED) === 0) return result("not-encrypted", "office-legacy", "Word 97–2003 document saved without a password.");
  const how = (flags & F_OBFUSCATED) !== 0 ? "XOR obfuscation, which is weak" : "RC4";
  return result("encrypted", "office-legacy", "Word 97–2003 document protected with a password to open (" + how + ").");
}

/** The scheme a FILEPASS record names ([MS-XLS] 2.4.117, [MS-OFFCRYPTO] 2.3.5/2.3.6). */
function filePassScheme(wb: Uint8Array, data: number): string {
  if (u16(wb, data) === 0) return "XOR obfuscation, which is weak";
  return u16(wb, data + 2) === 1 ? "RC4" : "RC4 CryptoAPI";
}

function excel(cfb: CompoundFile, stream: CfbEntry): EncryptionResult {
  const wb = cfb.read(stream, stream.size);
  if (u16(wb, 0) !== XLS_BOF) {
    return result("unknown", "office-legacy", "Excel workbook older than Excel 97 or damaged: could not tell whether it is encrypted.");
  }
  // Records are (type, length, data); FILEPASS sits near the top of the globals substream,
  // which ends at the first EOF record. Record headers stay in clear text when encrypted.
  for (let at = 0; at + 4 <= wb.length; ) {
    const type = u16(wb, at);
    const len = u16(wb, at + 2);
    if (type === XLS_FILEPASS) {
      return result("encrypted", "office-legacy", "Excel 97–2003 workbook protected with a password to open (" + filePassScheme(wb, at + 4) + ").");
    }
    if (type === XLS_EOF) return result("not-encrypted", "office-legacy", "Excel 97–2003 workbook saved without a password.");
    at += 4 + len;
  }
  return result("unknown", "office-legacy", "Excel workbook cut short (truncated or damaged): could not tell whether it is encrypted.");
}

/**
 * PowerPoint marks encryption twice: the CurrentUserAtom's headerToken, and the current
 * UserEditAtom, which grows from 0x1C to 0x20 bytes to hold encryptSessionPersistIdRef.
 * Either one is enough; when they cannot be read the answer is "unknown".
 */
function powerPoint(cfb: CompoundFile, doc: CfbEntry): EncryptionResult {
  const encrypted = result("encrypted", "office-legacy", "PowerPoint 97–2003 presentation protected with a password to open.");
  if (cfb.topLevel.has("ENCRYPTEDSUMMARY")) return encrypted;
  const user = cfb.topLevel.get("CURRENT USER");
  const atom = user ? cfb.read(user, 20) : new Uint8Array(0);
  if (u16(atom, 2) === PPT_CURRENT_USER_ATOM) {
    const token = u32(atom, 12);
    if (token === PPT_TOKEN_ENCRYPTED) return encrypted;
    const editAt = u32(atom, 16);
    const edit = editAt >= 0 && editAt < doc.size ? cfb.read(doc, editAt + 8).subarray(editAt) : new Uint8Array(0);
    if (u16(edit, 2) === PPT_USER_EDIT_ATOM && u32(edit, 4) === 0x20) return encrypted;
    if (token === PPT_TOKEN_PLAIN) return result("not-encrypted", "office-legacy", "PowerPoint 97–2003 presentation saved without a password.");
  }
  return result("unknown", "office-legacy", "PowerPoint 97–2003 presentation without a readable Current User stream: could not tell whether it is encrypted.");
}

export function detectCompoundFile(name: string, b: Uint8Array): EncryptionResult {
  const cfb = openCompoundFile(b);
  if (typeof cfb === "string") {
    const format = OOXML_NAME.test(name) ? "office-ooxml" : "office-legacy";
    return result("unknown", format, "Office compound file that could not be read (" + cfb + "): could not tell whether it is encrypted.");
  }
  const top = cfb.topLevel;
  const info = top.get("ENCRYPTIONINFO");
  if (info || top.has("ENCRYPTEDPACKAGE")) {
    return result("encrypted", "office-ooxml", "Office document (OOXML) protected with a password to open (" + ooxmlScheme(cfb, info) + ").");
  }
  const doc = top.get("WORDDOCUMENT");
  if (doc) return word(cfb, doc);
  const wb = top.get("WORKBOOK") || top.get("BOOK");
  if (wb) return excel(cfb, wb);
  const ppt = top.get("POWERPOINT DOCUMENT");
  if (ppt) return powerPoint(cfb, ppt);
  return result("unknown", "other", "Compound file that is not a Word, Excel or PowerPoint document (an Outlook .msg, for example): could not tell whether it is encrypted.");
}
