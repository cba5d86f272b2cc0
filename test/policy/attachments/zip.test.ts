import { detectEncryption } from "../../../src/policy/attachments";
import { findEocd } from "../../../src/policy/attachments/zip";
import { concat, fixture, le } from "./helpers";

/** Clears general-purpose flag bit 0 in every local and central header (as if never encrypted). */
function clearEncryptedFlags(zip: Uint8Array): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 4 <= out.length; i++) {
    const sig = view.getUint32(i, true);
    const flagAt = sig === 0x04034b50 ? i + 6 : sig === 0x02014b50 ? i + 8 : -1;
    if (flagAt > 0) out[flagAt] = (out[flagAt] as number) & 0xfe;
  }
  return out;
}

/** Offset where the central directory starts, from the EOCD. */
function centralDirectoryStart(zip: Uint8Array): number {
  return new DataView(zip.buffer).getUint32(findEocd(zip) + 16, true);
}

describe("detectEncryption: ZIP", () => {
  it("a plain ZIP made by Info-ZIP is not encrypted", () => {
    expect(detectEncryption("notes.zip", fixture("plain.zip"))).toEqual({
      status: "not-encrypted",
      format: "zip",
      detail: expect.stringContaining("none of its 2 files"),
      entries: { total: 2, encrypted: 0 },
    });
  });

  it("zip -P (ZipCrypto) is encrypted, every entry counted", () => {
    const r = detectEncryption("notes.zip", fixture("zipcrypto.zip"));
    expect(r).toMatchObject({ status: "encrypted", format: "zip", entries: { total: 2, encrypted: 2 } });
    expect(r.detail).toMatch(/2 of 2 files encrypted \(ZipCrypto/);
  });

  it("reads flag bit 0: the same archive with the bit cleared is not encrypted", () => {
    expect(detectEncryption("notes.zip", clearEncryptedFlags(fixture("zipcrypto.zip"))).status).toBe("not-encrypted");
  });

  it("7-Zip AES-256 ZIP is encrypted, recognised as AES", () => {
    const r = detectEncryption("notes.zip", fixture("aes.zip"));
    expect(r).toMatchObject({ status: "encrypted", entries: { total: 2, encrypted: 2 } });
    expect(r.detail).toContain("(AES)");
  });

  it("AES is recognised from method 99 and the 0x9901 extra field even without flag bit 0", () => {
    const r = detectEncryption("notes.zip", clearEncryptedFlags(fixture("aes.zip")));
    expect(r.status).toBe("encrypted");
    expect(r.detail).toContain("(AES)");
  });

  it("a partly encrypted archive is encrypted but says which files are readable", () => {
    const r = detectEncryption("mixed.zip", fixture("mixed.zip"));
    expect(r).toMatchObject({ status: "encrypted", entries: { total: 3, encrypted: 2 } });
    expect(r.detail).toContain("1 file can be opened without the password");
  });

  it("folders (stored unencrypted by zip -r -P) are not counted as files", () => {
    expect(detectEncryption("folder.zip", fixture("zipcrypto-folder.zip")).entries).toEqual({ total: 1, encrypted: 1 });
  });

  it("ZIP64: follows the ZIP64 end-of-central-directory locator", () => {
    const zip = fixture("zip64.zip");
    // The classic EOCD defers to ZIP64: its central directory offset is 0xFFFFFFFF.
    expect(centralDirectoryStart(zip)).toBe(0xffffffff);
    expect(detectEncryption("big.zip", zip)).toMatchObject({ status: "encrypted", entries: { total: 1, encrypted: 1 } });
  });

  it("a streamed entry (data descriptor, sizes after the data) is read", () => {
    expect(detectEncryption("streamed.zip", fixture("streamed.zip")).status).toBe("encrypted");
  });

  it("a self-extractor stub before the archive shifts every offset; still read", () => {
    const stub = concat(new TextEncoder().encode("MZ"), new Uint8Array(510));
    expect(detectEncryption("setup.exe", concat(stub, fixture("zipcrypto.zip")))).toMatchObject({ status: "encrypted", entries: { total: 2, encrypted: 2 } });
    expect(detectEncryption("setup.exe", concat(stub, fixture("plain.zip")))).toMatchObject({ status: "not-encrypted", entries: { total: 2, encrypted: 0 } });
  });

  it("an archive comment that itself contains an EOCD signature does not confuse it", () => {
    const zip = fixture("zipcrypto.zip");
    const eocd = findEocd(zip);
    const comment = concat(new TextEncoder().encode("PK\x05\x06"), new Uint8Array(30));
    const withComment = concat(zip.subarray(0, eocd + 20), le([comment.length, 2]), comment);
    expect(findEocd(withComment)).toBe(eocd);
    expect(detectEncryption("notes.zip", withComment).status).toBe("encrypted");
  });

  it("an EOCD entry count lower than the real one (written modulo 65536) does not hide entries", () => {
    const zip = fixture("mixed.zip").slice();
    zip[findEocd(zip) + 10] = 1; // total entries: 1 instead of 3
    expect(detectEncryption("mixed.zip", zip)).toMatchObject({ status: "encrypted", entries: { total: 3, encrypted: 2 } });
  });

  it("an empty archive (EOCD only) has no files and nothing to protect", () => {
    const empty = concat(le([0x06054b50, 4]), new Uint8Array(18));
    expect(detectEncryption("empty.zip", empty)).toMatchObject({ status: "not-encrypted", format: "zip", entries: { total: 0, encrypted: 0 } });
  });

  describe("central directory missing (truncated download): falls back to local headers", () => {
    it.each([
      ["zipcrypto.zip", "encrypted"],
      ["aes.zip", "encrypted"],
      ["streamed.zip", "encrypted"],
      ["plain.zip", "not-encrypted"],
    ])("%s cut before its central directory → %s", (name, status) => {
      const zip = fixture(name);
      const cut = zip.subarray(0, centralDirectoryStartSafe(zip));
      const r = detectEncryption(name, cut);
      expect(r.status).toBe(status);
      expect(r.detail).toContain("local headers");
    });

    it("a corrupt central directory also falls back", () => {
      const zip = fixture("zipcrypto.zip").slice();
      zip[centralDirectoryStart(zip)] = 0; // break the first central header's signature
      const r = detectEncryption("notes.zip", zip);
      expect(r).toMatchObject({ status: "encrypted", entries: { total: 2, encrypted: 2 } });
      expect(r.detail).toContain("local headers");
    });
  });

  it("a ZIP cut inside its first header is unknown", () => {
    expect(detectEncryption("notes.zip", fixture("zipcrypto.zip").subarray(0, 20))).toMatchObject({ status: "unknown", format: "zip" });
  });

  it("OOXML saved without a password is a ZIP with [Content_Types].xml: office-ooxml, not encrypted", () => {
    expect(detectEncryption("report.docx", fixture("plain.docx"))).toMatchObject({ status: "not-encrypted", format: "office-ooxml" });
    expect(detectEncryption("report.xlsx", fixture("plain.xlsx"))).toMatchObject({ status: "not-encrypted", format: "office-ooxml" });
  });
});

/** Central directory start for fixtures whose EOCD is plain or ZIP64. */
function centralDirectoryStartSafe(zip: Uint8Array): number {
  const start = centralDirectoryStart(zip);
  if (start !== 0xffffffff) return start;
  const sig = [0x50, 0x4b, 0x01, 0x02];
  for (let i = 0; i < zip.length; i++) if (sig.every((v, k) => zip[i + k] === v)) return i;
  return zip.length;
}
