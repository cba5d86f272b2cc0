import { isValidNinoPrefix, nationalInsurance } from "../../../../src/policy/detect/recognizers/nationalInsurance";
import { texts } from "./helpers";

describe("nationalInsurance", () => {
  it("applies HMRC prefix rules", () => {
    expect(isValidNinoPrefix("AB")).toBe(true);
    expect(isValidNinoPrefix("OS")).toBe(true);
    for (const bad of ["DA", "FA", "IA", "QQ", "UA", "VA", "AD", "AF", "AI", "AO", "AQ", "AU", "AV"]) {
      expect(isValidNinoPrefix(bad)).toBe(false);
    }
    for (const bad of ["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"]) expect(isValidNinoPrefix(bad)).toBe(false);
  });

  it("finds spaced and unspaced numbers", () => {
    expect(texts(nationalInsurance, "NI number ZS 64 07 35 B for Leo")).toEqual(["ZS 64 07 35 B"]);
    expect(texts(nationalInsurance, "NINO: PJ675714D.")).toEqual(["PJ675714D"]);
    expect(texts(nationalInsurance, "AB 123456 C")).toEqual(["AB 123456 C"]);
  });

  it("finds lower-case numbers, trusting them less", () => {
    const [c] = nationalInsurance.find("ni no ab 12 34 56 c", []);
    const [d] = nationalInsurance.find("see ab123456c", []);
    expect(c).toBeDefined();
    expect(d?.confidence).toBeLessThan(0.9);
  });

  it("rejects invalid prefixes, suffixes and the HMRC example QQ 12 34 56 C", () => {
    expect(texts(nationalInsurance, "QQ 12 34 56 C")).toEqual([]);
    expect(texts(nationalInsurance, "TN 12 34 56 A")).toEqual([]);
    expect(texts(nationalInsurance, "AB 12 34 56 E")).toEqual([]);
    expect(texts(nationalInsurance, "AB 12 34 56")).toEqual([]);
  });

  it("does not fire on words, mixed case or longer tokens", () => {
    expect(texts(nationalInsurance, "Ab123456c")).toEqual([]);
    expect(texts(nationalInsurance, "XAB123456C")).toEqual([]);
    expect(texts(nationalInsurance, "AB123456CD")).toEqual([]);
    expect(texts(nationalInsurance, "about the abcdef form")).toEqual([]);
  });

  it("rejects irregular spacing", () => {
    expect(texts(nationalInsurance, "AB12 34 56C")).toEqual([]);
  });
});
