/**
 * The person-name lists ship front-coded to keep launchevent.js small. Decoding must give back
 * exactly the lists as they were before the encoding changed (same words, same order), so the
 * detector's answers cannot change: the counts and hashes below are of the original
 * space-separated lists.
 */
import fc from "fast-check";
import { shortHash } from "../../src/outlook/sharingRecord";
import { COMMON_WORDS } from "../../src/policy/detect/data/commonWords";
import { decodeFrontCoded, encodeFrontCoded, forEachFrontCoded } from "../../src/policy/detect/data/frontCoding";
import { GIVEN_NAMES } from "../../src/policy/detect/data/givenNames";
import { SURNAMES } from "../../src/policy/detect/data/surnames";

describe("front-coded name lists", () => {
  it.each([
    ["surnames", SURNAMES, 35_932, "88d1387e"],
    ["given names", GIVEN_NAMES, 7_838, "8da1ac47"],
    ["common words", COMMON_WORDS, 8_757, "4f953556"],
  ])("%s decode to the original list", (_name, coded, count, hash) => {
    const words = decodeFrontCoded(coded);
    expect(words).toHaveLength(count);
    expect(shortHash(words.join(" "))).toBe(hash);
    expect(words.every((w) => /^[a-z][a-z'-]*[a-z]$/.test(w))).toBe(true);
    expect(encodeFrontCoded(words)).toBe(coded);
  });

  it("round-trips any digit-free words, in their order, sorted or not", () => {
    const word = fc.string({ unit: fc.constantFrom(..."abcxyz'-"), minLength: 1, maxLength: 14 });
    fc.assert(fc.property(fc.array(word, { maxLength: 50 }), (words) => expect(decodeFrontCoded(encodeFrontCoded(words))).toEqual(words)));
  });

  it("shares at most nine characters, and says where a malformed list goes wrong", () => {
    expect(encodeFrontCoded(["abbas", "abbasi", "abbate"])).toBe("0abbas5i4te");
    expect(decodeFrontCoded(encodeFrontCoded(["internationally", "internationals"]))).toEqual(["internationally", "internationals"]);
    expect(encodeFrontCoded(["internationally", "internationals"])).toBe("0internationally9onals");
    expect(() => forEachFrontCoded("abc", () => undefined)).toThrow('expected a digit at offset 0, found "a"');
    expect(() => encodeFrontCoded(["a1"])).toThrow("digit-free");
  });
});
