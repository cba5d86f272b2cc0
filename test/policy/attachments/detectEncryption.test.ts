import { detectEncryption } from "../../../src/policy/attachments";
import { concat, fixture, storedZip } from "./helpers";

const ascii = (s: string): Uint8Array => new TextEncoder().encode(s);

describe("detectEncryption: the format comes from the bytes, not the name", () => {
  it("a PDF named .zip is read as a PDF; a ZIP named .pdf as a ZIP", () => {
    expect(detectEncryption("scan.zip", fixture("aes256.pdf"))).toMatchObject({ format: "pdf", status: "encrypted" });
    expect(detectEncryption("scan.pdf", fixture("zipcrypto.zip"))).toMatchObject({ format: "zip", status: "encrypted" });
  });

  it("a ZIP whose first entry is a stored PDF (so %PDF- is in its first KiB) is a ZIP", () => {
    const zip = storedZip([["scan.pdf", fixture("aes256.pdf")]]);
    expect(detectEncryption("scans.zip", zip)).toMatchObject({ format: "zip", status: "not-encrypted" });
  });

  it("a plain .docx renamed .doc is still an OOXML package", () => {
    expect(detectEncryption("letter.doc", fixture("plain.docx"))).toMatchObject({ format: "office-ooxml", status: "not-encrypted" });
  });
});

describe("detectEncryption: formats it does not read are 'could not tell'", () => {
  it.each([
    ["photo.png", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), "PNG image"],
    ["photo.jpg", new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16]), "JPEG image"],
    ["notes.txt", ascii("Referral notes for the strategy meeting.\n"), "File of a kind"],
    ["archive.7z", concat(new Uint8Array([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0, 4]), new Uint8Array(24)), "7-Zip archive"],
    ["archive.rar", ascii("Rar!\x1a\x07\x01\x00"), "RAR archive"],
    ["notes.rtf", ascii("{\\rtf1\\ansi hello}"), "RTF document"],
  ])("%s → unknown, format other, says what it is", (name, bytes, kind) => {
    const r = detectEncryption(name, bytes);
    expect(r).toMatchObject({ status: "unknown", format: "other" });
    expect(r.detail).toContain(kind);
    expect(r.detail).toContain("could not tell");
  });

  it("an OpenDocument file is a ZIP whose protection is inside the package: unknown", () => {
    // ODF requires a stored "mimetype" entry first; the parts after it are deflated.
    const odt = storedZip([
      ["mimetype", ascii("application/vnd.oasis.opendocument.text")],
      ["content.xml", ascii("<office:document-content/>")],
    ]);
    const r = detectEncryption("minutes.odt", odt);
    expect(r).toMatchObject({ status: "unknown", format: "zip", entries: { total: 2, encrypted: 0 } });
    expect(r.detail).toContain("OpenDocument");
  });
});

describe("detectEncryption: details never quote file content", () => {
  it("entry names and document text stay out of the detail", () => {
    for (const f of ["plain.zip", "zipcrypto.zip", "plain.pdf", "plain.docx", "plain.xls"]) {
      const detail = detectEncryption(f, fixture(f)).detail;
      expect(detail).not.toMatch(/notes\.txt|Referral|strategy/);
    }
  });
});
