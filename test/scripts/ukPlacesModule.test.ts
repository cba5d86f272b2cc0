import { frontCode, renderUkPlacesModule } from "../../scripts/data/uk-places";
import { isPlaceWord, ukPlaceNames } from "../../src/policy/detect/names/places";

describe("the UK place names' front coding (scripts/data/uk-places.ts, names/places.ts)", () => {
  it("decodes back to exactly the names coded, long shared prefixes included", () => {
    const names = ["Basingstoke", "Basingstoke and Deane", "Bath", "Bath and North East Somerset", "Richmond upon Thames", "Richmondshire", "Stoke-on-Trent"];
    const coded = frontCode(names);
    expect(coded.startsWith("0Basingstoke|;")).toBe(true); // ";" is 48 + 11 shared characters
    expect(ukPlaceNames(coded)).toEqual(names);
  });

  it("caps a shared prefix below the backslash, so the string needs no escapes", () => {
    const long = "A".repeat(60);
    const coded = frontCode([long, `${long}B`]);
    expect(coded).not.toContain("\\");
    expect(ukPlaceNames(coded)).toEqual([long, `${long}B`]);
  });

  it("the shipped module holds the 544 names, sorted and unique, and they still make places", () => {
    const names = ukPlaceNames();
    expect(names).toHaveLength(544);
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort((a, b) => a.localeCompare(b, "en-GB"))).toEqual(names);
    expect(names).toEqual(expect.arrayContaining(["Amber Valley", "Richmond upon Thames", "Armagh City, Banbridge and Craigavon"]));
    expect(["richmond", "wandsworth", "derbyshire"].every(isPlaceWord)).toBe(true);
  });

  it("renders a module the decoder reads back", () => {
    const source = renderUkPlacesModule(["Derby", "Derbyshire", "Erewash"]);
    const coded = JSON.parse(/UK_PLACES_CODED =\s*("(?:[^"\\]|\\.)*")/.exec(source)?.[1] ?? '""') as string;
    expect(ukPlaceNames(coded)).toEqual(["Derby", "Derbyshire", "Erewash"]);
  });

  it("a corrupt entry is a clear error naming it", () => {
    expect(() => ukPlaceNames("0Derby|9shire")).toThrow(/bad entry "9shire" after "Derby"/);
  });
});
