import { detect } from "../../../src/policy/detect";
import { personName } from "../../../src/policy/detect/recognizers/personName";

function names(text: string): string[] {
  return personName.find(text, []).map((c) => text.slice(c.start, c.end));
}
function kinds(text: string): [string, string][] {
  return detect(text).map((s) => [s.kind, s.text]);
}

describe("tuning75–80: places in subjects, conditions named after people", () => {
  it("a possessive before a street or park word, a room word ending the name, and 'Leys' make places", () => {
    expect(names("Re: Lighting and litter pick at Queen's Park")).toEqual([]);
    expect(names("We met at St John's Road.")).toEqual([]);
    expect(names("Provisional booking - Victoria Room, Wednesday 9 December")).toEqual([]);
    expect(names("JAG notes - Beaumont Leys and Stocking Farm - 4 November")).toEqual([]);
  });

  it("guard: a person's possessive before other words, and a person named with a room word before it, stay names", () => {
    expect(names("Kyle's school report")).toEqual(["Kyle"]);
    expect(names("Lisa Hall will attend.")).toEqual(["Lisa Hall"]);
    expect(names("Kyle Smith's mum rang.")).toEqual(["Kyle Smith"]);
  });

  it("a condition written with a possessive is a special-category term, not a person ('Alzheimer's', 'Parkinson's disease', 'Down's syndrome')", () => {
    expect(kinds("He has Alzheimer's.")).toEqual([["special-category", "He has Alzheimer's"]]);
    expect(kinds("He has Parkinson's disease.")).toEqual([["special-category", "He has Parkinson's disease"]]);
    expect(kinds("She has Down's syndrome.")).toEqual([["special-category", "She has Down's syndrome"]]);
    expect(names("Bell's palsy")).toEqual([]);
  });

  it("guard: the same names with a title or before other words are people", () => {
    expect(names("Mr Parkinson's car was outside.")).toEqual(["Mr Parkinson"]);
    expect(names("Addison's mum said she would call.")).toEqual(["Addison"]);
  });
});

describe("tuning99: a prison's name", () => {
  it("a name after HMP or HMYOI is the prison's", () => {
    expect(names("She started as a prison officer at HMP Drake Hall in 2004.")).toEqual([]);
    expect(names("Kyle Smith is at HMYOI Werrington.")).toEqual(["Kyle Smith"]);
  });
});

