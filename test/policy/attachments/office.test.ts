import officeCrypto from "officecrypto-tool";
import { detectEncryption } from "../../../src/policy/attachments";
import {
  BOF_GLOBALS,
  EOF,
  FIB_ENCRYPTED,
  FIB_OBFUSCATED,
  FIB_TABLE1,
  FILEPASS_CRYPTOAPI,
  FILEPASS_RC4,
  FILEPASS_XOR,
  PPT_ENCRYPTED_TOKEN,
  PPT_PLAIN_TOKEN,
  afterBof,
  biff,
  compoundFile,
  concat,
  fixture,
  le,
  powerPointStreams,
  streamsOf,
  wordDocumentStream,
} from "./helpers";
import { encryptWorkbookRc4 } from "./xlsRc4";

/** officecrypto-tool's own check, used as an independent oracle on well-formed files. */
const oracle = (file: Uint8Array): boolean => officeCrypto.isEncrypted(Buffer.from(file));

describe("detectEncryption: OOXML encrypted with officecrypto-tool", () => {
  const PASSWORD = "Secret-1";
  // Agile encryption derives its key with 100,000 SHA-512 rounds in plain JS: seconds, so once.
  const agile: Record<string, Uint8Array> = {};
  beforeAll(() => {
    for (const source of ["plain.docx", "plain.xlsx"]) {
      agile[source] = new Uint8Array(officeCrypto.encrypt(Buffer.from(fixture(source)), { password: PASSWORD }));
    }
  }, 60_000);

  it.each([
    ["report.docx", "plain.docx"],
    ["report.xlsx", "plain.xlsx"],
  ])("%s (agile encryption, as Office 2010 and later write) → encrypted office-ooxml", (name, source) => {
    const encrypted = agile[source] as Uint8Array;
    const r = detectEncryption(name, encrypted);
    expect(r).toMatchObject({ status: "encrypted", format: "office-ooxml" });
    expect(r.detail).toContain("agile encryption");
    expect(oracle(encrypted)).toBe(true);
  });

  it("the agile file really is the document behind the password", async () => {
    const decrypted = await officeCrypto.decrypt(Buffer.from(agile["plain.docx"] as Uint8Array), { password: PASSWORD });
    expect(new Uint8Array(decrypted)).toEqual(fixture("plain.docx"));
  }, 60_000);

  it.each([
    ["report.docx", "plain.docx"],
    ["report.xlsx", "plain.xlsx"],
  ])("%s (standard encryption, as Office 2007 writes) → encrypted office-ooxml", (name, source) => {
    const encrypted = new Uint8Array(officeCrypto.encrypt(Buffer.from(fixture(source)), { password: PASSWORD, type: "standard" }));
    const r = detectEncryption(name, encrypted);
    expect(r).toMatchObject({ status: "encrypted", format: "office-ooxml" });
    expect(r.detail).toContain("standard encryption");
  });

  it("the EncryptedPackage stream alone (EncryptionInfo lost) still means encrypted", () => {
    const file = compoundFile({ EncryptedPackage: new Uint8Array(5000).fill(7) });
    expect(detectEncryption("report.docx", file)).toMatchObject({ status: "encrypted", format: "office-ooxml" });
  });
});

describe("detectEncryption: Excel 97–2003", () => {
  it("a workbook written by xlwt (BIFF8) is not encrypted", () => {
    const xls = fixture("plain.xls");
    expect(detectEncryption("figures.xls", xls)).toMatchObject({ status: "not-encrypted", format: "office-legacy" });
    expect(oracle(xls)).toBe(false);
  });

  it.each([
    ["RC4 CryptoAPI", FILEPASS_CRYPTOAPI],
    ["(RC4)", FILEPASS_RC4],
    ["XOR obfuscation", FILEPASS_XOR],
  ])("the xlwt workbook with a FILEPASS record after BOF is encrypted: %s", (scheme, filePass) => {
    const { Workbook } = streamsOf(fixture("plain.xls"));
    const xls = compoundFile({ Workbook: afterBof(Workbook as Uint8Array, filePass) });
    const r = detectEncryption("figures.xls", xls);
    expect(r).toMatchObject({ status: "encrypted", format: "office-legacy" });
    expect(r.detail).toContain(scheme);
    expect(oracle(xls)).toBe(true);
  });

  it("the xlwt workbook really RC4-encrypted: officecrypto-tool decrypts it with the password", async () => {
    const { Workbook } = streamsOf(fixture("plain.xls"));
    const xls = compoundFile({ Workbook: encryptWorkbookRc4(Workbook as Uint8Array, "Secret-1") });
    const text = (b: Uint8Array): string => Buffer.from(b).toString("latin1");
    expect(text(xls)).not.toContain("Referral notes");
    expect(detectEncryption("figures.xls", xls)).toMatchObject({ status: "encrypted", format: "office-legacy", detail: expect.stringContaining("(RC4)") });
    const decrypted = streamsOf(new Uint8Array(await officeCrypto.decrypt(Buffer.from(xls), { password: "Secret-1" })));
    expect(text(decrypted.Workbook as Uint8Array)).toContain("Referral notes");
    await expect(officeCrypto.decrypt(Buffer.from(xls), { password: "wrong" })).rejects.toThrow(/password/i);
  });

  it("a small workbook (held in the mini stream) is read too", () => {
    expect(detectEncryption("a.xls", compoundFile({ Workbook: concat(BOF_GLOBALS, FILEPASS_CRYPTOAPI, EOF) })).status).toBe("encrypted");
    expect(detectEncryption("a.xls", compoundFile({ Workbook: concat(BOF_GLOBALS, biff(0x0042, le([1252, 2])), EOF) })).status).toBe("not-encrypted");
  });

  it("FILEPASS after the globals' EOF (in a sheet substream) does not count", () => {
    const wb = concat(BOF_GLOBALS, EOF, BOF_GLOBALS, FILEPASS_XOR, EOF);
    expect(detectEncryption("a.xls", compoundFile({ Workbook: wb })).status).toBe("not-encrypted");
  });

  it("a workbook stream cut before EOF, or without BOF, is unknown", () => {
    expect(detectEncryption("a.xls", compoundFile({ Workbook: concat(BOF_GLOBALS, biff(0x0042, le([1252, 2]))) })).status).toBe("unknown");
    expect(detectEncryption("a.xls", compoundFile({ Workbook: concat(biff(0x0042, le([1252, 2])), EOF) })).status).toBe("unknown");
  });
});

describe("detectEncryption: Word 97–2003", () => {
  it.each([
    ["no fEncrypted", FIB_TABLE1, "not-encrypted", ""],
    ["fEncrypted", FIB_TABLE1 | FIB_ENCRYPTED, "encrypted", "(RC4)"],
    ["fEncrypted and fObfuscated", FIB_TABLE1 | FIB_ENCRYPTED | FIB_OBFUSCATED, "encrypted", "XOR obfuscation"],
  ])("FIB with %s → %s", (_label, flags, status, scheme) => {
    const doc = compoundFile({ WordDocument: wordDocumentStream(flags), "1Table": new Uint8Array(4096) });
    const r = detectEncryption("letter.doc", doc);
    expect(r).toMatchObject({ status, format: "office-legacy" });
    expect(r.detail).toContain(scheme);
    expect(oracle(doc)).toBe(status === "encrypted");
  });

  it("a WordDocument stream without the Word identifier is unknown", () => {
    const doc = compoundFile({ WordDocument: new Uint8Array(1472) });
    expect(detectEncryption("letter.doc", doc).status).toBe("unknown");
  });
});

describe("detectEncryption: PowerPoint 97–2003 (best effort)", () => {
  it("plain header token and a 0x1C-byte UserEditAtom → not encrypted", () => {
    const ppt = compoundFile(powerPointStreams(PPT_PLAIN_TOKEN, 0x1c));
    expect(detectEncryption("slides.ppt", ppt)).toMatchObject({ status: "not-encrypted", format: "office-legacy" });
  });

  it("the encrypted header token → encrypted", () => {
    expect(detectEncryption("slides.ppt", compoundFile(powerPointStreams(PPT_ENCRYPTED_TOKEN, 0x20))).status).toBe("encrypted");
  });

  it("a UserEditAtom with encryptSessionPersistIdRef (0x20 bytes) → encrypted even with the plain token", () => {
    const ppt = compoundFile(powerPointStreams(PPT_PLAIN_TOKEN, 0x20));
    expect(detectEncryption("slides.ppt", ppt).status).toBe("encrypted");
    expect(oracle(ppt)).toBe(true);
  });

  it("an EncryptedSummary stream → encrypted", () => {
    const ppt = compoundFile({ ...powerPointStreams(PPT_PLAIN_TOKEN, 0x1c), EncryptedSummary: new Uint8Array(100) });
    expect(detectEncryption("slides.ppt", ppt).status).toBe("encrypted");
  });

  it("no Current User stream → unknown", () => {
    const ppt = compoundFile({ "PowerPoint Document": new Uint8Array(100) });
    expect(detectEncryption("slides.ppt", ppt)).toMatchObject({ status: "unknown", format: "office-legacy" });
  });
});

describe("detectEncryption: other compound files and damage", () => {
  it("a compound file of another kind (an Outlook .msg) is unknown, format other", () => {
    const msg = compoundFile({ "__substg1.0_0037001F": new Uint8Array(40) });
    expect(detectEncryption("forwarded.msg", msg)).toMatchObject({ status: "unknown", format: "other" });
  });

  it("a damaged compound file header is unknown; the name chooses the format", () => {
    const xls = fixture("plain.xls").slice();
    xls[0x1e] = 3; // impossible sector shift
    expect(detectEncryption("figures.xls", xls)).toMatchObject({ status: "unknown", format: "office-legacy" });
    expect(detectEncryption("figures.xlsx", xls)).toMatchObject({ status: "unknown", format: "office-ooxml" });
  });

  it("a compound file cut after its header is unknown", () => {
    expect(detectEncryption("figures.xls", fixture("plain.xls").subarray(0, 600)).status).toBe("unknown");
  });
});
