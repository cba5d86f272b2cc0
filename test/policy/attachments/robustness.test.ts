import { readdirSync } from "node:fs";
import fc from "fast-check";
import { detectEncryption } from "../../../src/policy/attachments";
import type { EncryptionResult } from "../../../src/policy/attachments";
import { FIXTURES, compoundFile, concat, fixture, le, wordDocumentStream } from "./helpers";

const STATUSES = ["encrypted", "not-encrypted", "unknown"];
const FORMATS = ["zip", "pdf", "office-ooxml", "office-legacy", "other"];
const FIXTURE_NAMES = readdirSync(FIXTURES).filter((f) => /\.(?:zip|pdf|docx|xlsx|xls)$/.test(f));

function wellFormed(r: EncryptionResult): void {
  expect(STATUSES).toContain(r.status);
  expect(FORMATS).toContain(r.format);
  expect(typeof r.detail).toBe("string");
  expect(r.detail.length).toBeGreaterThan(0);
}

/** Format magic numbers, so random tails reach each reader rather than the "other" branch. */
const MAGICS: Uint8Array[] = [
  le([0x04034b50, 4]),
  le([0x06054b50, 4]),
  new TextEncoder().encode("%PDF-1.7\n"),
  new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
  new Uint8Array(0),
];

describe("detectEncryption never throws and answers unknown when it cannot tell", () => {
  it("an empty file is unknown", () => {
    expect(detectEncryption("empty.pdf", new Uint8Array(0))).toEqual({ status: "unknown", format: "other", detail: expect.any(String) });
  });

  it("random bytes, bare or behind each format's magic", () => {
    fc.assert(
      fc.property(fc.constantFrom(...MAGICS), fc.uint8Array({ maxLength: 2048 }), fc.string({ maxLength: 20 }), (magic, tail, name) => {
        wellFormed(detectEncryption(name, concat(magic, tail)));
      }),
      { numRuns: 2000 },
    );
  });

  it("random byte changes to every fixture", () => {
    const files = FIXTURE_NAMES.map((f) => [f, fixture(f)] as const);
    fc.assert(
      fc.property(fc.constantFrom(...files), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), ([name, file], edits) => {
        const mutated = file.slice();
        for (const [at, value] of edits) mutated[at % mutated.length] = value;
        wellFormed(detectEncryption(name, mutated));
      }),
      { numRuns: 2000 },
    );
  });

  it.each(FIXTURE_NAMES)("every truncation of %s is answered; cut inside the header → unknown", (name) => {
    const file = fixture(name);
    for (let len = 0; len < file.length; len++) wellFormed(detectEncryption(name, file.subarray(0, len)));
    for (let len = 0; len < 8; len++) expect(detectEncryption(name, file.subarray(0, len)).status).toBe("unknown");
  });

  it("a compound file whose FAT chains loop back on themselves is answered", () => {
    const doc = compoundFile({ WordDocument: wordDocumentStream(0x0300) }).slice();
    const view = new DataView(doc.buffer);
    const fatSector = view.getUint32(0x4c, true);
    // Point every FAT entry at sector 0: every chain becomes a loop.
    for (let i = 0; i < 128; i++) view.setUint32((fatSector + 1) * 512 + i * 4, 0, true);
    wellFormed(detectEncryption("loop.doc", doc));
  });

  it("non-Uint8Array input from a careless caller is unknown, not a crash", () => {
    expect(detectEncryption("x.zip", null as unknown as Uint8Array).status).toBe("unknown");
    expect(detectEncryption(undefined as unknown as string, new Uint8Array([1, 2, 3])).status).toBe("unknown");
  });
});

describe("detectEncryption is linear: 25 MB attachments", () => {
  const SIZE = 25 * 1024 * 1024;

  /** 25 MB filled with a repeated pattern after a magic number: a worst case for naive scans. */
  function big(magic: Uint8Array, pattern: string): Uint8Array {
    const out = new Uint8Array(SIZE);
    const p = new TextEncoder().encode(pattern);
    for (let i = 0; i < SIZE; i++) out[i] = p[i % p.length] as number;
    out.set(magic, 0);
    return out;
  }

  it.each([
    ["ZIP full of local-header signatures", le([0x04034b50, 4]), "PK\x03\x04"],
    ["ZIP full of data", le([0x04034b50, 4]), "abcdefgh"],
    ["PDF full of trailers", new TextEncoder().encode("%PDF-1.7\n"), "trailer << /Prev 9 /Size 1 "],
    ["PDF full of xref subsections", new TextEncoder().encode("%PDF-1.7\nstartxref 9\n"), "xref 0 0 "],
    ["compound file of zeros", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), "\0"],
    ["random-looking text", new Uint8Array(0), "The quick brown fox. "],
  ])("%s is answered without hanging", (_label, magic, pattern) => {
    // These hostile fillers take up to ~0.4 s here (timings live in npm run bench); a quadratic
    // scan would take minutes and trip jest's per-test timeout.
    wellFormed(detectEncryption("big.bin", big(magic, pattern)));
  }, 30_000);

  it("a 25 MB file ending in an encrypted ZIP (a large self-extractor) is read", () => {
    const zip = fixture("zipcrypto.zip");
    const file = concat(new Uint8Array(SIZE), zip); // a stub of zeros before the archive
    expect(detectEncryption("big.zip", file).status).toBe("encrypted");
  });
});
