import { prisonNumber } from "../../../../src/policy/detect/recognizers/prisonNumber";
import { texts } from "./helpers";

describe("prisonNumber", () => {
  it("finds the A1234BC shape", () => {
    expect(texts(prisonNumber, "Prison no. G8150WH - release date")).toEqual(["G8150WH"]);
    expect(texts(prisonNumber, "(A9617LA)")).toEqual(["A9617LA"]);
  });

  it("accepts lower case only after a cue", () => {
    expect(texts(prisonNumber, "prison number a1234bc")).toEqual(["a1234bc"]);
    expect(texts(prisonNumber, "see a1234bc")).toEqual([]);
  });

  it("does not fire on other shapes or inside longer tokens", () => {
    expect(texts(prisonNumber, "A12345BC")).toEqual([]);
    expect(texts(prisonNumber, "AA1234BC")).toEqual([]);
    expect(texts(prisonNumber, "A1234BCD")).toEqual([]);
    expect(texts(prisonNumber, "A1234B")).toEqual([]);
  });
});
