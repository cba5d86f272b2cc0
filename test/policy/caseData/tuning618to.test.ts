import { fixtureVerdict } from "./scanVerdicts";
import { detect } from "../../../src/policy/detect";

const names = (text: string): string[] => detect(text).filter((s) => s.kind === "person-name").map((s) => text.slice(s.start, s.end));

// Twenty-fourth session (tuning618–).
describe("twenty-fourth session: an acronym's plural and an adjective are not names", () => {
  it("reads 'GPs', 'SWs', 'ASYEs' as acronyms, not surnames", () => {
    expect(names("Re: Named GPs' Christmas lunch - numbers")).toEqual([]);
    expect(names("Named SWs rota")).toEqual([]);
    expect(names("supervision for my two ASYEs, Jade and Ross")).not.toContain("ASYEs, Jade");
    expect(fixtureVerdict("tuning617.jsonl", "t617-m023")).toBe("pass");
  });

  it("guard: a surname in capitals, and one after 'Named', are still names", () => {
    expect(names("Named Smith lunch")).toEqual(["Smith"]);
    expect(names("JONES, Kayleigh DOB 01/02/2003")).toContain("JONES, Kayleigh");
    expect(names("DOBs for Jay Smith")).toEqual(["Jay Smith"]);
  });

  it("reads an adjective before 'case' as a training case, not a family", () => {
    for (const subject of ["Composite case study for the workshop", "Fictional case for training", "Illustrative case", "Fictitious case for the PQ course", "Hypothetical case for Tuesday"]) {
      expect(names(subject)).toEqual([]);
    }
    expect(fixtureVerdict("tuning603.jsonl", "t603-m019")).toBe("pass");
  });

  it("guard: a surname before 'case' or 'family', even one ending like a word, is still a name", () => {
    expect(names("Re: Kowalczyk case")).toEqual(["Kowalczyk"]);
    expect(names("the Constable family")).toEqual(["Constable"]);
    expect(names("the Dunstable family")).toEqual(["Dunstable"]);
  });
});
