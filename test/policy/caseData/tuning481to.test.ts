import { fixtureVerdict, subjectNames } from "./scanVerdicts";

// Twenty-first session (tuning481–).
describe("twenty-first session: acronyms and names in subjects", () => {
  it("'Names for EFAW on 8 December': four capitals alone after 'for' are a course's acronym, though a surname list holds them", () => {
    expect(fixtureVerdict("tuning482.jsonl", "t482-m010")).toBe("pass");
    expect(subjectNames("Names for EFAW on 8 December")).toEqual([]);
  });

  it("guard: a given name, a strong cue or a second name still makes a name of capitals", () => {
    expect(subjectNames("KPC for LUKE on 8 December")).toEqual(["LUKE"]);
    expect(subjectNames("Names for EFAW JONES")).toEqual(["EFAW JONES"]);
  });
});
