import { croNumber, isValidCroSf, isValidCroStandard } from "../../../../src/policy/detect/recognizers/croNumber";
import { texts } from "./helpers";

describe("croNumber", () => {
  it("accepts the public vectors", () => {
    expect(isValidCroStandard("065656", "91", "H")).toBe(true);
    expect(isValidCroSf("05", "482703", "J")).toBe(true);
    expect(isValidCroSf("83", "50058", "Z")).toBe(true);
  });

  it("rejects 85227/65G and wrong check letters", () => {
    expect(isValidCroStandard("85227", "65", "G")).toBe(false);
    expect(isValidCroStandard("065656", "91", "J")).toBe(false);
  });

  it("finds standard and SF forms in text", () => {
    expect(texts(croNumber, "CRO 065656/91H - Miss O'Neil")).toEqual(["065656/91H"]);
    expect(texts(croNumber, "CRO nos SF05/482703J and SF83/50058Z.")).toEqual(["SF05/482703J", "SF83/50058Z"]);
  });

  it("needs a cue for short standard serials", () => {
    // 34/91? check for a two-digit serial: compute it rather than hard-code.
    const withCue = croNumber.find("CRO 656/91" + letterFor("91", "000656"), []);
    const without = croNumber.find("item 656/91" + letterFor("91", "000656"), []);
    expect(withCue).toHaveLength(1);
    expect(without).toHaveLength(0);
  });

  it("does not fire on invalid checks or inside longer numbers", () => {
    expect(texts(croNumber, "85227/65G")).toEqual([]);
    expect(texts(croNumber, "1065656/91H")).toEqual([]);
    expect(texts(croNumber, "065656/91HX")).toEqual([]);
  });

  it("counts a full form named as a CRO number right before it even when its check letter fails", () => {
    expect(texts(croNumber, "CRO 065656/91A")).toEqual(["065656/91A"]);
    expect(texts(croNumber, "CRO number: 065656/91A")).toEqual(["065656/91A"]);
    expect(texts(croNumber, "CRO 65656/91A")).toEqual([]);
    expect(texts(croNumber, "CRO checked today for 065656/91A")).toEqual([]);
  });
});

function letterFor(year: string, serial: string): string {
  const alphabet = "ZABCDEFGHJKLMNPQRTUVWXY";
  return alphabet.charAt(Number(year + serial) % 23);
}
