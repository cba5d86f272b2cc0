import { personName } from "../../../src/policy/detect/recognizers/personName";

function names(text: string): string[] {
  return personName.find(text, []).map((c) => text.slice(c.start, c.end));
}

describe("detection, tuning245 onwards", () => {
  it("a name after a sentence's capitalised first word, with lower-case words after it, is a person", () => {
    expect(names("Had Brennan in this morning.")).toEqual(["Brennan"]);
    expect(names("Rang Darren today about it.")).toEqual(["Darren"]);
  });

  it("guard: a word inside a Title-Case phrase is still part of a thing's name", () => {
    expect(names("Please complete the Next of Kin form.")).toEqual([]);
    expect(names("Information Commissioner's Office guidance")).toEqual([]);
  });
});

describe("detection, tuning255 onwards: names in subjects as people type them", () => {
  it("a lower-case given name, hyphenated or not, then a surname no list has", () => {
    expect(names("re: update on lacey-mae corbishley (nursery)")).toEqual(["lacey-mae corbishley"]);
    expect(names("re: update on kyle corbishley")).toEqual(["kyle corbishley"]);
  });

  it("guard: a lower-case given name before an everyday word is no surname", () => {
    expect(names("re: meeting with kyle tomorrow")).toEqual([]);
  });

  it("a given name heading a subject before where they are: 'RE: Kelsey back home?'", () => {
    expect(names("RE: Kelsey back home?")).toEqual(["Kelsey"]);
  });

  it("guard: 'Welcome back' names no one", () => {
    expect(names("Welcome back")).toEqual([]);
  });
});

describe("detection, tuning255 onwards: a given name before a modal verb", () => {
  it("'Liam can start Monday, but remember he's on a curfew' names Liam", () => {
    expect(names("Liam can start Monday, but remember he's on a curfew 7pm to 7am.")).toEqual(["Liam"]);
  });

  it("guard: the same opening with no word of the justice system after it is left to other rules", () => {
    expect(names("Liam can start Monday, but the late shift is full.")).toEqual([]);
  });
});

it("a given name before a modal verb, the next sentence of its line telling of a licence", () => {
  expect(names("Liam can start Monday 30th. As we discussed, he's on licence until March.")).toEqual(["Liam"]);
});

it("a lower-case surname between 'the' and family words on a line without capitals: 'the okafor children'", () => {
  expect(names("notes for the minutes - the okafor children")).toEqual(["okafor"]);
  expect(names("re: the school children")).toEqual([]);
});
