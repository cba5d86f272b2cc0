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
