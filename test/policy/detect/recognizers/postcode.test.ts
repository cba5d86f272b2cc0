import { isValidPostcode, postcode } from "../../../../src/policy/detect/recognizers/postcode";
import { texts } from "./helpers";

describe("postcode", () => {
  it.each(["M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "W1A 0AX", "EC1A 1BB", "GIR 0AA", "DE113EQ"])(
    "accepts %s",
    (code) => {
      expect(isValidPostcode(code)).toBe(true);
      expect(texts(postcode, `lives at ${code}, Derby`)).toEqual([code]);
    },
  );

  it("rejects unknown areas and inward letters C I K M O V", () => {
    expect(isValidPostcode("QQ1 1AA")).toBe(false);
    expect(isValidPostcode("DE1 1CA")).toBe(false);
    expect(isValidPostcode("DE1 1AV")).toBe(false);
    expect(texts(postcode, "XY12 3AB")).toEqual([]);
    expect(texts(postcode, "DE11 3EK")).toEqual([]);
  });

  it("accepts lower case when spaced or cued, never mixed case", () => {
    expect(texts(postcode, "de11 3eq")).toEqual(["de11 3eq"]);
    expect(texts(postcode, "postcode de113eq")).toEqual(["de113eq"]);
    expect(texts(postcode, "see de113eq")).toEqual([]);
    expect(texts(postcode, "De11 3eq")).toEqual([]);
    // Lower-case ordinals are not inward codes unless something says "postcode".
    expect(texts(postcode, "the m1 4th floor")).toEqual([]);
    expect(texts(postcode, "postcode m1 4th")).toEqual(["m1 4th"]);
  });

  it("does not fire inside longer tokens or on other identifiers", () => {
    expect(texts(postcode, "XDE11 3EQ")).toEqual([]);
    expect(texts(postcode, "DE11 3EQX")).toEqual([]);
    expect(texts(postcode, "G8150WH A1234BC AB 12 34 56 C")).toEqual([]);
  });
});
