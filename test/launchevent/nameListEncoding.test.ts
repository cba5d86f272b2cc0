/**
 * The person-name lists ship as one encoded string (nameListCodec.ts) to keep launchevent.js
 * small. Decoding must give back exactly the lists as they were before the encoding changed
 * (same words, same order), so the detector's answers cannot change: the counts and hashes below
 * are of the original space-separated lists (they were pinned under the previous, front-coded
 * encoding and must not change with an encoding change; update them with a deliberate list
 * change).
 */
import fc from "fast-check";
import { encodeNameLists, frontCode } from "../../scripts/data/nameListEncoder";
import { shortHash } from "../../src/outlook/sharingRecord";
import { decodeNameLists, IN_COMMON, IN_GIVEN, IN_SURNAMES, lazyNameLists } from "../../src/policy/detect/data/nameListCodec";
import { NAME_LISTS } from "../../src/policy/detect/data/nameLists";

const decoded = decodeNameLists(NAME_LISTS);

describe("the encoded name lists", () => {
  it.each([
    ["surnames", decoded.surnames, 35_952, "bea7725b"],
    ["given", decoded.given, 7_931, "67aebd3f"],
    ["common", decoded.common, 8_820, "54b965f8"],
  ])("%s decode to the original list", (_name, words, count, hash) => {
    expect(words).toHaveLength(count);
    expect(shortHash(words.join(" "))).toBe(hash);
    expect(words.every((w) => /^[a-z][a-z'-]*[a-z]$/.test(w))).toBe(true);
    expect(new Set(words).size).toBe(words.length);
    expect([...words].sort()).toEqual(words);
  });

  it("is what the encoder makes of the lists (scripts/data/name-lists.ts --check)", () => {
    expect(encodeNameLists(decoded)).toBe(NAME_LISTS);
  });

  it("is plain printable ASCII without quotes or backslashes: no escapes in the bundle", () => {
    expect(/^[\x20-\x7e]*$/.test(NAME_LISTS)).toBe(true);
    expect(/["\\]/.test(NAME_LISTS)).toBe(false);
  });

  it("loads lazily the words sharing a first three characters, and all of them together are every list", () => {
    const seen = new Map<string, number>();
    let calls = 0;
    const lazy = lazyNameLists(NAME_LISTS, (w, bit) => {
      calls++;
      seen.set(w, (seen.get(w) ?? 0) | bit);
    });
    lazy.load("smith");
    expect(seen.get("smith")).toBe(IN_SURNAMES);
    expect(seen.get("smithson")).toBe(IN_SURNAMES); // "smi…" too
    expect(seen.has("smythe")).toBe(false);
    expect(seen.has("jones")).toBe(false);
    expect(calls).toBeLessThan(100);
    lazy.load("smiles"); // decoded once
    const after = calls;
    lazy.load("smile");
    expect(calls).toBe(after);
    lazy.load("smythe");
    expect(seen.get("smythe")).toBe(IN_SURNAMES);
    lazy.load("al"); // a two-character word is its own run
    expect(seen.get("al")).toBeDefined();
    expect(seen.has("alan")).toBe(false);
    for (const w of ["x", "", "żaneta", "Smith", "a1b", "o'", "o'neill", "-x"]) lazy.load(w);
    for (const w of [...decoded.given, ...decoded.surnames, ...decoded.common]) lazy.load(w);
    const expected = new Map<string, number>();
    const add = (words: string[], bit: number): void => words.forEach((w) => expected.set(w, (expected.get(w) ?? 0) | bit));
    add(decoded.given, IN_GIVEN);
    add(decoded.surnames, IN_SURNAMES);
    add(decoded.common, IN_COMMON);
    expect(seen).toEqual(expected);
    expect(calls).toBe(decoded.given.length + decoded.surnames.length + decoded.common.length);
  });

  it("round-trips any lists of [a-z'-] words, sorted and de-duplicated", () => {
    const word = fc.string({ unit: fc.constantFrom(..."abcxyz'-"), minLength: 2, maxLength: 14 });
    const list = fc.array(word, { maxLength: 60 });
    fc.assert(
      fc.property(list, list, list, (given, surnames, common) => {
        const sorted = (xs: string[]): string[] => [...new Set(xs)].sort();
        const coded = encodeNameLists({ given, surnames, common });
        expect(decodeNameLists(coded)).toEqual({ given: sorted(given), surnames: sorted(surnames), common: sorted(common) });
        const lazy = new Set<string>();
        const lists = lazyNameLists(coded, (w, bit) => lazy.add(`${bit}:${w}`));
        for (const w of [...given, ...surnames, ...common]) lists.load(w);
        expect(lazy.size).toBe(sorted(given).length + sorted(surnames).length + sorted(common).length);
      }),
      { numRuns: 200 },
    );
  });

  it("front-codes within two-letter buckets, sharing at most nine characters", () => {
    expect(frontCode(["abbate", "abbas", "abbasi"])).toBe("0abbas5i4te");
    expect(frontCode(["ab", "abc", "ac", "internationally", "internationals"])).toBe("0ab2c0ac0internationally9onals");
    expect(() => frontCode(["a1"])).toThrow("two or more of [a-z'-]");
    expect(() => frontCode(["a"])).toThrow("two or more of [a-z'-]");
    expect(() => decodeNameLists("")).toThrow("expected 4 parts");
  });
});
