import { personName } from "../../../src/policy/detect/recognizers/personName";
import { detect } from "../../../src/policy/detect";

function names(text: string): string[] {
  return personName.find(text, []).map((c) => text.slice(c.start, c.end));
}

describe("detection, fourteenth session: a lower-case surname and initial, as case lists write people", () => {
  it("'kinsella r' closing a subject, or before a dash and any word ('mcgrath t - AP referral')", () => {
    expect(names("kinsella r")).toEqual(["kinsella r"]);
    expect(names("RE: OFFICIAL-SENSITIVE: kinsella r")).toEqual(["kinsella r"]);
    expect(names("RE: mcgrath t - AP referral")).toEqual(["mcgrath t"]);
  });

  it("guard: an everyday word and a letter is no one ('plan b', 'vitamin d', 'hepatitis c - training')", () => {
    expect(names("re: plan b")).toEqual([]);
    expect(names("vitamin d")).toEqual([]);
    expect(names("re: hepatitis c - training")).toEqual([]);
  });
});

describe("detection, fourteenth session: a village inside an address line", () => {
  const spans = (text: string): string[] => detect(text).map((s) => `${s.kind}:${s.text}`);

  it("'46 Main Street, Kibworth Harcourt, Leicester LE8 0NQ': the words between street and postcode are the address's", () => {
    expect(spans("New address: 46 Main Street, Kibworth Harcourt, Leicester LE8 0NQ")).toEqual(["street-address:46 Main Street", "postcode:LE8 0NQ"]);
  });

  it("guard: a given name written there is still a person; a village with no street before it is read as before", () => {
    expect(spans("12 Oak Road, Kayleigh Brooks, LE1 2AB")).toContain("person-name:Kayleigh Brooks");
    expect(names("Kibworth Harcourt, Leicester LE8 0NQ")).toEqual(names("Kibworth Harcourt, Leicester"));
  });
});

describe("detection, fourteenth session: 'surname, given' in a subject's later segment", () => {
  it("'psr - sheridan, kayla - adjourned to 17 dec'", () => {
    expect(names("RE: OFFICIAL-SENSITIVE: psr - sheridan, kayla - adjourned to 17 dec")).toEqual(["sheridan, kayla"]);
  });

  it("guard: days in a segment are no one ('re: rota - monday, friday - swaps')", () => {
    expect(names("re: rota - monday, friday - swaps")).toEqual([]);
  });
});

describe("detection, fourteenth session: a car and a car park", () => {
  it("'Vehicle: Skoda Octavia': a maker that is no given name, then a model that is one, is a car", () => {
    expect(names("Vehicle: Skoda Octavia, CU19 WPL")).toEqual([]);
  });

  it("guard: a maker that is a given name too starts a person ('Kia Thomas', 'Ford Daniel')", () => {
    expect(names("I saw Kia Thomas at the hostel.")).toEqual(["Kia Thomas"]);
    expect(names("Ford Daniel was arrested.")).toEqual(["Ford Daniel"]);
  });

  it("'Eagles Meadow car park': no one's name is given to a car park", () => {
    expect(names("Where: Eagles Meadow car park, Wrexham, level 2")).toEqual([]);
  });

  it("guard: a person's car is still a person's ('Kayleigh Brooks car was seen')", () => {
    expect(names("Kayleigh Brooks car was seen outside.")).toEqual(["Kayleigh Brooks"]);
  });
});
