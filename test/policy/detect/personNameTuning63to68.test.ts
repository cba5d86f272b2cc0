import { personName } from "../../../src/policy/detect/recognizers/personName";

function names(text: string): string[] {
  return personName.find(text, []).map((c) => text.slice(c.start, c.end));
}

describe("person-name: 'surname, given name' heading a lower-case subject (tuning67)", () => {
  it("an unlisted surname, a comma and a listed given name before a dash name the person", () => {
    expect(names("oduya, jermaine - missed doses again")).toEqual(["oduya, jermaine"]);
    expect(names("re: oduya, jermaine - missed doses")).toEqual(["oduya, jermaine"]);
    expect(names("RE: OFFICIAL-SENSITIVE: oduya, jermaine – missed doses")).toEqual(["oduya, jermaine"]);
  });

  it("guard: an everyday word or a place before the comma, no dash after, or capitals on the line, and it is none", () => {
    expect(names("thanks, will - see below")).toEqual([]);
    expect(names("update, jermaine - see notes")).toEqual([]);
    expect(names("derby, amy - room booking")).toEqual([]);
    expect(names("oduya, jermaine and the others")).toEqual([]);
    expect(names("we met oduya, jermaine - missed doses")).toEqual([]);
  });
});
