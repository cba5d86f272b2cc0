import { detect } from "../../../src/policy/detect";

/**
 * Guards against super-linear regexes and quadratic loops. Catastrophic backtracking takes
 * seconds on these inputs; the bound leaves room for slow CI machines (the bench script
 * checks the real 50 ms target).
 */
const K = 100_000;
const ADVERSARIAL: Record<string, string> = {
  digits: "1".repeat(K),
  zeros: "0".repeat(K),
  spaces: " ".repeat(K),
  capitalisedWords: "Aaaa ".repeat(K / 5),
  dots: ".".repeat(K),
  ats: "@".repeat(K),
  hyphens: "-".repeat(K),
  spacedDigits: "1 ".repeat(K / 2),
  digitGroups: "012 ".repeat(K / 4),
  phoneLike: "01111 011111 ".repeat(K / 13),
  mixed: "1a.@- ".repeat(K / 6),
  addressLike: "12 Aaaa Bbbb Cccc Dddd ".repeat(K / 23),
  emailLocal: "a.".repeat(K / 2) + "@",
  emailDomain: "a@" + "a.".repeat(K / 2),
  ninoLike: "AB 12 34 56 ".repeat(K / 12),
  slashes: "1234/".repeat(K / 5),
  refs: "case ref 1-".repeat(K / 11),
  zeroWidth: "\u200B1".repeat(K / 2),
  nbsp: "\u00A01".repeat(K / 2),
  flats: "Flat 1, ".repeat(K / 8),
  realPhones: "07593 199348 ".repeat(K / 13),
};

describe("performance", () => {
  it.each(Object.keys(ADVERSARIAL))("scans 100 KB of %s in linear time", (name) => {
    const text = ADVERSARIAL[name] as string;
    detect(text);
    let best = Infinity;
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      detect(text);
      best = Math.min(best, performance.now() - t);
    }
    expect(best).toBeLessThan(150);
  });

  it("scales linearly: 4x the text takes well under 8x the time", () => {
    const unit = "Hello,\nCRN X123456 moved to 9c Manor Street, DE23 3XX. Tel 07593 199348. NHS 943 476 5919.\n";
    const small = unit.repeat(Math.ceil(250_000 / unit.length));
    const large = small.repeat(4);
    const time = (text: string) => {
      let best = Infinity;
      for (let i = 0; i < 3; i++) {
        const t = performance.now();
        detect(text);
        best = Math.min(best, performance.now() - t);
      }
      return best;
    };
    time(small);
    expect(time(large)).toBeLessThan(8 * time(small) + 20);
  });
});
