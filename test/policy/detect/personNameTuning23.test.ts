import { personName } from "../../../src/policy/detect/recognizers/personName";

function names(text: string): string[] {
  return personName.find(text, []).map((c) => text.slice(c.start, c.end));
}

describe("person-name (tuning23/24): products and organisations that look like names", () => {
  it("a product named in a surname's shape is no person ('timing out on MacBook')", () => {
    expect(names("RE: INC0482113 - Mosaic timing out on MacBook")).toEqual([]);
    expect(names("Teams keeps crashing on my MacBook and the iPhone")).toEqual([]);
  });

  it("guard: Mc/Mac surnames are still names", () => {
    expect(names("Meeting with McBride")).toEqual(["McBride"]);
    expect(names("KPC for McAllister")).toEqual(["McAllister"]);
  });

  it("a lone word joined by 'and' to a place, before an organisation's Title-Case name, is the organisation's first half", () => {
    expect(names("Richmond and Wandsworth Integrated Offender Management – Strategic Board")).toEqual([]);
    expect(names("Minutes: Oadby & Wigston Community Safety Partnership")).toEqual([]);
  });

  it("guard: two people joined by 'and', or no organisation after, stay people", () => {
    expect(names("Richmond and Jade went to the Youth Centre")).toEqual(["Richmond", "Jade"]);
    expect(names("KPC for Richmond and Wandsworth Smith")).toContain("Richmond");
  });
});

describe("person-name (tuning28): a season is no name", () => {
  it("'an Advent family day' names no one", () => {
    expect(names("Invitation – Advent family day at HMP Stocken, Saturday 12 December")).toEqual([]);
  });
});
