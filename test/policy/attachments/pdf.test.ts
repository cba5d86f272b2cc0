import { detectEncryption } from "../../../src/policy/attachments";
import { concat, fixture } from "./helpers";

const latin1 = (b: Uint8Array): string => Buffer.from(b).toString("latin1");
const bytes = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, "latin1"));

/**
 * Appends an incremental update (ISO 32000-1 §7.5.6) holding one new object, with a classic
 * xref section and a trailer that points back with /Prev, as a PDF editor saving changes does.
 */
function appendUpdate(pdf: Uint8Array, objectBody: string, extraTrailer = ""): Uint8Array {
  const text = latin1(pdf);
  const prev = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text);
  const root = /\/Root (\d+ \d+ R)/.exec(text);
  if (!prev || !root) throw new Error("fixture has no startxref or /Root");
  const objectAt = pdf.length + 1;
  const object = "\n99 0 obj\n" + objectBody + "\nendobj\n";
  const xrefAt = pdf.length + object.length;
  const update =
    object +
    "xref\n0 1\n0000000000 65535 f \n99 1\n" +
    String(objectAt).padStart(10, "0") +
    " 00000 n \ntrailer\n<< /Size 100 /Root " +
    root[1] +
    " /Prev " +
    prev[1] +
    extraTrailer +
    " >>\nstartxref\n" +
    xrefAt +
    "\n%%EOF\n";
  return concat(pdf, bytes(update));
}

describe("detectEncryption: PDF", () => {
  it.each([
    ["aes256.pdf", "qpdf --encrypt, AES-256 (R6)"],
    ["rc4-128.pdf", "qpdf --encrypt 128 --use-aes=n, RC4 (R3)"],
    ["aes256-xrefstream.pdf", "a cross-reference stream instead of a trailer"],
    ["aes256-linearized.pdf", "linearized: startxref points at the first-page trailer"],
    ["owner-only.pdf", "empty user password, owner password only"],
  ])("%s is encrypted (%s)", (name) => {
    expect(detectEncryption(name, fixture(name))).toMatchObject({ status: "encrypted", format: "pdf" });
  });

  it("a plain PDF is not encrypted, though its page text contains /Encrypt and trailer", () => {
    const plain = fixture("plain.pdf");
    expect(latin1(plain)).toContain("(Not secret: /Encrypt trailer) Tj");
    expect(detectEncryption("letter.pdf", plain)).toMatchObject({ status: "not-encrypted", format: "pdf" });
  });

  it("a plain PDF with a cross-reference stream (no trailer keyword) is not encrypted", () => {
    const plain = fixture("plain-xrefstream.pdf");
    expect(latin1(plain)).not.toMatch(/trailer\s*<</);
    expect(latin1(plain)).toContain("/Type /XRef");
    expect(detectEncryption("letter.pdf", plain).status).toBe("not-encrypted");
  });

  it("an incremental update whose new object quotes a fake trailer with /Encrypt stays not encrypted", () => {
    const decoy = "(trailer << /Encrypt 7 0 R >>)";
    const updated = appendUpdate(fixture("plain.pdf"), "<< /Length " + decoy.length + " >>\nstream\n" + decoy + "\nendstream");
    expect(detectEncryption("letter.pdf", updated).status).toBe("not-encrypted");
  });

  it("follows /Prev: an encrypted file with a later update is still encrypted", () => {
    // The update's trailer omits /Encrypt (sloppy writers do); /Prev leads to the original one.
    const updated = appendUpdate(fixture("rc4-128.pdf"), "<< /Type /Annot >>");
    expect(detectEncryption("letter.pdf", updated).status).toBe("encrypted");
  });

  it("an update that adds /Encrypt to a plain file makes it encrypted", () => {
    const updated = appendUpdate(fixture("plain.pdf"), "<< /Filter /Standard /V 2 /R 3 /Length 128 /P -4 >>", " /Encrypt 99 0 R");
    expect(detectEncryption("letter.pdf", updated).status).toBe("encrypted");
  });

  it("linearized file padded past 64 KiB: the first-page trailer is found through startxref, not the tail", () => {
    const pdf = fixture("aes256-linearized.pdf");
    const text = latin1(pdf);
    const mainXref = text.lastIndexOf("\nxref\n") + 1;
    const padding = bytes("%" + " ".repeat(70 * 1024) + "\n");
    const padded = concat(pdf.subarray(0, mainXref), padding, pdf.subarray(mainXref));
    // The tail (last 64 KiB) now holds only the main trailer, which has no /Encrypt.
    expect(latin1(padded.subarray(padded.length - 64 * 1024))).not.toContain("/Encrypt");
    expect(detectEncryption("big.pdf", padded).status).toBe("encrypted");
  });

  it("junk before %PDF- (offsets relative to the header) is tolerated", () => {
    const junk = bytes("X-Mailer junk line\r\n".repeat(5));
    expect(detectEncryption("a.pdf", concat(junk, fixture("aes256.pdf"))).status).toBe("encrypted");
    expect(detectEncryption("a.pdf", concat(junk, fixture("plain.pdf"))).status).toBe("not-encrypted");
  });

  it("broken startxref: falls back to the trailers in the tail", () => {
    const text = latin1(fixture("aes256.pdf")).replace(/startxref\s+\d+/, "startxref\n1");
    expect(detectEncryption("a.pdf", bytes(text)).status).toBe("encrypted");
    const plain = latin1(fixture("plain.pdf")).replace(/startxref\s+\d+/, "startxref\n1");
    expect(detectEncryption("a.pdf", bytes(plain)).status).toBe("not-encrypted");
    const stream = latin1(fixture("aes256-xrefstream.pdf")).replace(/startxref\s+\d+/, "startxref\n1");
    expect(detectEncryption("a.pdf", bytes(stream)).status).toBe("encrypted");
    const plainStream = latin1(fixture("plain-xrefstream.pdf")).replace(/startxref\s+\d+/, "startxref\n1");
    expect(detectEncryption("a.pdf", bytes(plainStream)).status).toBe("not-encrypted");
  });

  it("a PDF cut before its trailer is unknown", () => {
    const pdf = fixture("aes256.pdf");
    const cut = pdf.subarray(0, latin1(pdf).indexOf("trailer"));
    expect(detectEncryption("a.pdf", cut)).toMatchObject({ status: "unknown", format: "pdf" });
    expect(detectEncryption("a.pdf", bytes("%PDF-1.7\n"))).toMatchObject({ status: "unknown", format: "pdf" });
  });

  it("a /Encrypt name nested inside another dictionary of the trailer does not count", () => {
    const pdf = bytes("%PDF-1.4\nxref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 1 /Info << /Encrypt (no) >> /EncryptMetadata false >>\nstartxref\n9\n%%EOF\n");
    expect(detectEncryption("a.pdf", pdf).status).toBe("not-encrypted");
  });
});
