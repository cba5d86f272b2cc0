import { personName } from "../../../src/policy/detect/recognizers/personName";

function names(text: string): string[] {
  return personName.find(text, []).map((c) => text.slice(c.start, c.end));
}

describe("person-name (tuning21): things named after people", () => {
  it("an award, a fund or a bursary named in someone's honour is no person", () => {
    expect(names("Nominations open – Elizabeth Fry Award and Harry Parkes Memorial Fund")).toEqual([]);
    expect(names("The Harry Parkes Fund offers bursaries")).toEqual([]);
    expect(names("the Bernard Kemp Memorial Bursary")).toEqual([]);
  });

  it("guard: an honour word in lower case, or 'Memorial' with nothing after it, leaves the person", () => {
    expect(names("Re: Lee Dale award nomination")).toEqual(["Lee Dale"]);
    expect(names("Re: Harry Parkes memorial service")).toEqual(["Harry Parkes"]);
    expect(names("Kayleigh Brooks Memorial")).toEqual(["Kayleigh Brooks Memorial"]);
  });

  it("a name titling a work after 'the' ('the Milo the Moth books') is a character", () => {
    expect(names("the children's author Joanna Pell (the Milo the Moth books) is running two sessions")).toEqual(["Joanna Pell"]);
    expect(names("a box of the Harry Potter books")).toEqual([]);
  });

  it("guard: without 'the' before it or a work after it, the name is a person's", () => {
    expect(names("We gave Kai the Harry Potter books")).toContain("Kai");
    expect(names("the Harry Potter fan Jade Hollis")).toEqual(["Harry Potter", "Jade Hollis"]);
  });
});

describe("person-name (tuning21): 'surname, given name' on a lower-case line after a case word", () => {
  it("finds 'hollis, jade' after 'kpc -' and 'smith, john' after 're:'", () => {
    expect(names("kpc - hollis, jade (new partner)")).toEqual(["hollis, jade"]);
    expect(names("re: smith, john")).toEqual(["smith, john"]);
  });

  it("guard: everyday words, no cue, or a line with capitals are no name", () => {
    expect(names("re: leave, may")).toEqual([]);
    expect(names("update hollis, jade today")).toEqual([]);
    expect(names("KPC - hollis, jade (New Partner)")).toEqual([]);
  });

  it("the whole last dashed segment of a subject is a name even after no case word (fifteenth session)", () => {
    expect(names("update - hollis, jade")).toEqual(["hollis, jade"]);
    expect(names("update - thanks, will")).toEqual([]);
  });
});
