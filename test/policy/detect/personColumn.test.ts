import { personName } from "../../../src/policy/detect/recognizers/personName";

function names(text: string): string[] {
  return personName.find(text, []).map((c) => text.slice(c.start, c.end));
}

describe("person-name: a name alone in a cell under a column for people", () => {
  it("reads surnames under 'Nominal' in a tab-separated table (an IOM panel's actions)", () => {
    const table = "Nominal\tCRN\tUpdate and action\nOkorafor\tC417268\tTag fitted 10/11\nLymington\tC590311\tConsider recall\nPetrakis\tC233874\tHousing bid accepted";
    expect(names(table)).toEqual(["Okorafor", "Lymington", "Petrakis"]);
  });

  it("reads a surname in a 'Name' column of a bar-separated table", () => {
    expect(names("Name | Due\nLymington | 12/01")).toEqual(["Lymington"]);
  });

  it("guard: the same words under another heading, or in a cell with more words, are not names", () => {
    expect(names("Area\tLead\tDue\nLymington\tCRN team\t12/01")).toEqual([]);
    expect(names("Nominal\tCRN\nLymington Road\tC417268")).toEqual([]);
  });

  it("guard: a heading separated from the row by a blank line is no heading", () => {
    expect(names("Nominal\tCRN\n\nLymington\tC590311")).toEqual([]);
  });
});
