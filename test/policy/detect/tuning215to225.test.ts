import { specialCategory } from "../../../src/policy/detect/recognizers/specialCategory";
import { nhsNumber } from "../../../src/policy/detect/recognizers/nhsNumber";
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

function nhs(text: string): string[] {
  return nhsNumber.find(text, []).map((c) => text.slice(c.start, c.end));
}

describe("detection, tuning220–225", () => {
  it("a valid ten-digit number labelled as an account, a policy or a meter is not an NHS number", () => {
    expect(nhs("Final meter readings - acc 3091475522")).toEqual([]);
    expect(nhs("A/C 3091475522, policy no. 3091475522")).toEqual([]);
  });

  it("guard: the same number after 'NHS' still is one", () => {
    expect(nhs("NHS 3091475522")).toEqual(["3091475522"]);
  });

  it("a car maker before its model is a car, not a person", () => {
    expect(names("My car: Ford Fiesta, reg DE70 HNM. Hers was a silver Vauxhall Corsa.")).toEqual([]);
  });

  it("guard: a maker's name as someone's surname stays a name", () => {
    expect(names("Re: FORD, Daniel - KPC")).toEqual(["FORD, Daniel"]);
    expect(names("We met Harrison Ford at the office.")).toEqual(["Harrison Ford"]);
  });

  it("a thing named after someone is no person ('a Moses basket')", () => {
    expect(names("two packs of muslins and a Moses basket, still boxed")).toEqual([]);
  });

  it("a given name owning what a lower-case subject is about is a person", () => {
    expect(names("OFFICIAL-SENSITIVE: ollie's 2 year check")).toEqual(["ollie"]);
    expect(names("tyler's week from monday")).toEqual(["tyler"]);
  });

  it("guard: a feast's name or a family word owning it is none", () => {
    expect(names("re: valentine's day menu")).toEqual([]);
    expect(names("re: nana's 80th")).toEqual([]);
  });

  it("a given name heading a subject before appointments or casework is a person", () => {
    expect(names("RE: Dom appts w/c 30th")).toEqual(["Dom"]);
    expect(names("RE: Tyler contact Saturday")).toEqual(["Tyler"]);
  });

  it("guard: a given name that is a word before a schedule is none ('Van schedule December'), nor is 'Unborn' heading a referral", () => {
    expect(names("Van schedule December - Derby Community Payback")).toEqual([]);
    expect(names("FW: OFFICIAL-SENSITIVE: Unborn - concerns raised at 32 week appointment")).toEqual([]);
  });
});

describe("detection, tuning226–230", () => {
  const terms = (text: string): string[] => specialCategory.find(text, []).map((c) => text.slice(c.start, c.end));

  it("a term told in the first person ('I'm pregnant', 'I am pregnant') is tied to someone", () => {
    expect(terms("I'm pregnant again and the baby is due in May.")).toEqual(["I'm pregnant"]);
    expect(terms("I am pregnant with twins.")).toEqual(["am pregnant"]);
  });

  it("guard: a weak term with no one tied to it is none", () => {
    expect(terms("The leaflet covers being gay at work.")).toEqual([]);
  });
});

describe("detection, tuning231–235", () => {
  it("a lone given name opening a sentence before 'in your troop', 'in Year 4' is a person", () => {
    expect(names("Just so you're aware: Ellie-Mae in your troop has epilepsy.")).toEqual(["Ellie-Mae"]);
    expect(names("Jay in Year 4 has asthma.")).toEqual(["Jay"]);
  });

  it("guard: a given name before another phrase opening a sentence needs its usual signal", () => {
    expect(names("Ellie in the end was fine.")).toEqual([]);
  });
});
