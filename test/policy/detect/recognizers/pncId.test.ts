import { isValidPncId, pncId } from "../../../../src/policy/detect/recognizers/pncId";
import { texts } from "./helpers";

describe("pncId", () => {
  it.each([
    ["2002", "0073319", "Z"],
    ["1979", "0163001", "B"],
    ["1981", "0000034", "U"],
    ["81", "34", "U"],
  ])("accepts the public vector %s/%s%s", (year, serial, check) => {
    expect(isValidPncId(year, serial, check)).toBe(true);
  });

  it("rejects 2001/0171310S and wrong check letters", () => {
    expect(isValidPncId("2001", "0171310", "S")).toBe(false);
    expect(isValidPncId("2002", "0073319", "A")).toBe(false);
  });

  it("finds long and short forms in text", () => {
    expect(texts(pncId, "PNC 2002/0073319Z - Leo")).toEqual(["2002/0073319Z"]);
    expect(texts(pncId, "PNC ids 1979/0163001B, 81/34U.")).toEqual(["1979/0163001B", "81/34U"]);
    expect(texts(pncId, "pnc 2002/0073319z")).toEqual(["2002/0073319z"]);
  });

  it("trusts short forms without a cue less than long forms", () => {
    const [short] = pncId.find("form 81/34U", []);
    const [long] = pncId.find("form 1981/0000034U", []);
    expect(short?.confidence).toBeLessThan(long?.confidence ?? 0);
  });

  it("does not fire on invalid checks, dates or longer tokens", () => {
    expect(texts(pncId, "2001/0171310S")).toEqual([]);
    expect(texts(pncId, "12/03/2024")).toEqual([]);
    expect(texts(pncId, "12002/0073319Z")).toEqual([]);
    expect(texts(pncId, "2002/0073319ZA")).toEqual([]);
  });

  it("counts a long form named as a PNC id right before it even when its check letter fails", () => {
    expect(texts(pncId, "PNC 2002/0073319A")).toEqual(["2002/0073319A"]);
    expect(texts(pncId, "PNC no: 2002/0073319A")).toEqual(["2002/0073319A"]);
    expect(texts(pncId, "PNC ID 2002/0073319A")).toEqual(["2002/0073319A"]);
  });

  it("still needs the check letter when the cue is further off or the form is short", () => {
    expect(texts(pncId, "PNC check done, 2002/0073319A")).toEqual([]);
    expect(texts(pncId, "PNC 81/34A")).toEqual([]);
    expect(texts(pncId, "PNC 2002/73319A")).toEqual([]);
  });

  it("reads a long form written with a dash, as a file name must, when its check letter holds (tuning395)", () => {
    expect(texts(pncId, "Licence conditions KELSALL Aaron PNC 2014-0387215Y.pdf")).toEqual(["2014-0387215Y"]);
    expect(texts(pncId, "PNC 2014 0387215Y")).toEqual(["2014 0387215Y"]);
    // Guards: a dash with a failing check letter, a space without "PNC", a short form with a dash.
    expect(texts(pncId, "PNC 2014-0387215A")).toEqual([]);
    expect(texts(pncId, "order 2014 0387215Y")).toEqual([]);
    expect(texts(pncId, "81-34U")).toEqual([]);
  });
});
