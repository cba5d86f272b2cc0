/**
 * names/lexicon.ts decodes the big name lists lazily, a bucket at a time: whatever order words
 * are looked up in, each listed word must get exactly the list flags an eager decode gives.
 */
import { decodeNameLists } from "../../../src/policy/detect/data/nameListCodec";
import { NAME_LISTS } from "../../../src/policy/detect/data/nameLists";
import { AMBIGUOUS, COMMON, flagsOf, GIVEN, SURNAME, wordFlags } from "../../../src/policy/detect/names/lexicon";

describe("lexicon", () => {
  it("gives every listed word its list flags, however the look-ups are ordered", () => {
    // Hyphenated and small-list words first: they must not shadow a bucket not yet decoded.
    expect(flagsOf("smith-jones") & SURNAME).toBe(SURNAME);
    expect(flagsOf("grace") & (GIVEN | AMBIGUOUS | COMMON)).toBe(GIVEN | AMBIGUOUS);
    expect(wordFlags("mohammed") & GIVEN).toBe(GIVEN);
    const { given, surnames, common } = decodeNameLists(NAME_LISTS);
    const expected = new Map<string, number>();
    const add = (words: string[], flag: number): void => words.forEach((w) => expected.set(w, (expected.get(w) ?? 0) | flag));
    add(given, GIVEN);
    add(surnames, SURNAME);
    add(common, COMMON);
    // Reverse order: the last word of each bucket is looked up before its first.
    const mismatched = [...expected].reverse().filter(([w, flags]) => (flagsOf(w) & (GIVEN | SURNAME | COMMON)) !== flags);
    expect(mismatched).toEqual([]);
    for (const w of common) expect(flagsOf(w) & AMBIGUOUS).toBe(AMBIGUOUS);
  });

  it("knows nothing of words in no list", () => {
    expect(flagsOf("zzqx")).toBe(0);
    expect(flagsOf("q")).toBe(0);
    expect(flagsOf("żółw")).toBe(0);
  });
});
