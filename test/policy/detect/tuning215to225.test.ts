import { personName } from "../../../src/policy/detect/recognizers/personName";

function names(text: string): string[] {
  return personName.find(text, []).map((c) => text.slice(c.start, c.end));
}

describe("detection, tuning215–225", () => {
  it("a town that is an English family name too is the surname after a clear given name", () => {
    expect(names("For the referral: Mum is Leah Barnsley, mobile 07700 900642.")).toEqual(["Leah Barnsley"]);
    expect(names("Mum is Chloe Stamford, mobile 07700 900642.")).toEqual(["Chloe Stamford"]);
  });

  it("guard: the same towns alone, or as a road's name, stay places", () => {
    expect(names("We meet in Barnsley on Friday, then Burton Road after lunch.")).toEqual([]);
  });

  it("a short form people go by is a given name, in a lower-case subject too", () => {
    expect(names("Re: dom fenwick - curfew?")).toEqual(["dom fenwick"]);
    expect(names("Kez Marsh missed her appointment.")).toEqual(["Kez Marsh"]);
  });
});
