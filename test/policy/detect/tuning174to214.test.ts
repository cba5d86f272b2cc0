import { personName } from "../../../src/policy/detect/recognizers/personName";
import { nhsNumber } from "../../../src/policy/detect/recognizers/nhsNumber";
import { detect } from "../../../src/policy/detect";

function names(text: string): string[] {
  return personName.find(text, []).map((c) => text.slice(c.start, c.end));
}
function nhs(text: string): string[] {
  return nhsNumber.find(text, []).map((c) => text.slice(c.start, c.end));
}

describe("detection, tuning174–179", () => {
  it("a number the writer calls the NHS number counts, even after a booking's label", () => {
    expect(nhs("The hospital asked us to give the NHS number on the booking: 721 388 4506.")).toEqual(["721 388 4506"]);
  });

  it("guard: a valid ten-digit number after a booking's label with no NHS words is a booking number", () => {
    expect(nhs("Please quote the booking: 721 388 4506.")).toEqual([]);
  });

  it("a 3-3-4 number right after 'NHS number' counts even when its check digit is mistyped", () => {
    // 721 388 4507 fails the modulus-11 check (the check digit is 6).
    expect(nhs("NHS number: 721 388 4507")).toEqual(["721 388 4507"]);
    expect(nhs("her NHS no. is 721-388-4507")).toEqual(["721-388-4507"]);
  });

  it("guard: a mistyped number with no 'NHS number' before it, or run together, is none", () => {
    expect(nhs("Reference 721 388 4507")).toEqual([]);
    expect(nhs("NHS number: 7213884507")).toEqual([]);
    expect(nhs("NHS number pending. Ref 721 388 4507")).toEqual([]);
  });

  it("'Baby of' names the family in any case, capitals included", () => {
    expect(names("OFFICIAL-SENSITIVE: Baby of PRIESTLEY - pre-birth strategy")).toEqual(["PRIESTLEY"]);
    expect(names("Re: baby of Kerry Dunne - discharge plan")).toEqual(["Kerry Dunne"]);
  });

  it("guard: 'Baby of' before an ordinary word or an acronym is none", () => {
    expect(names("nominated for Baby of the Year")).toEqual([]);
    expect(names("Baby of NHS staff welcomed")).toEqual([]);
  });
});

describe("detection, tuning184–189", () => {
  it("a surname and an initial with a full stop closing a subject names a person", () => {
    expect(names("RE: OFFICIAL-SENSITIVE: bail address check - WARSAME A.")).toEqual(["WARSAME A"]);
  });

  it("guard: a word the lists do not know as a surname, before an initial, is none", () => {
    expect(names("Stock check - TONER A.")).toEqual([]);
  });
});

describe("detection, tuning190–195", () => {
  it("'had a termination' told of someone is health data", () => {
    const found = detect("Poppy's mum had a termination last week and is really struggling.").filter((s) => s.kind === "special-category").map((s) => s.text);
    expect(found.join(" ")).toMatch(/termination/);
  });

  it("guard: a contract's or a tenancy's termination is none", () => {
    expect(detect("We have given notice of termination of the cleaning contract.").filter((s) => s.kind === "special-category")).toEqual([]);
  });

  it("a faith's name alone is the faith, not a person; with a given name it is a surname", () => {
    expect(names("so they'd love to hear about Islam and family life")).toEqual([]);
    expect(names("I spoke to Rahima Islam yesterday")).toEqual(["Rahima Islam"]);
  });

  it("a modal verb in lower case never starts a name", () => {
    expect(names("the adult Crisis team will continue to take calls and will hand over to CAMHS at 8am")).toEqual([]);
  });

  it("guard: a given name in lower case before a surname after a weak cue still names someone", () => {
    expect(names("kpc for hope rivers please")).toEqual(["hope rivers"]);
  });

  it("a place before 'Jobcentre' is the place", () => {
    expect(names("the first appointment at Clapham Junction or Richmond Jobcentre for the day of release")).toEqual([]);
  });
});

describe("detection, tuning196–200", () => {
  it("a number naming a camera, a bay or a platform is no house number", () => {
    const streets = (text: string): string[] => detect(text).filter((s) => s.kind === "street-address").map((s) => s.text);
    expect(streets("Fault – camera 7, Oakham Market Place")).toEqual([]);
    expect(streets("Bay 12 Church Street car park")).toEqual([]);
  });

  it("guard: a house number before the same street is an address", () => {
    const streets = (text: string): string[] => detect(text).filter((s) => s.kind === "street-address").map((s) => s.text);
    expect(streets("She lives at 7, Oakham Market Place now.")).toEqual(["7, Oakham Market Place"]);
  });

  it("'Wimbledon Mags' is the magistrates' court", () => {
    expect(names("RE: Wimbledon Mags outcome - Ref IOM/0457")).toEqual([]);
  });
});

describe("detection, tuning201–206", () => {
  it("everyday words joined by a hyphen are no name ('Tax-Free Childcare')", () => {
    expect(names("December invoice - Tax-Free Childcare")).toEqual([]);
  });

  it("guard: a double-barrelled surname is still a name", () => {
    expect(names("Referral for Kyle Ashdown-Reeve")).toEqual(["Kyle Ashdown-Reeve"]);
  });
});

describe("detection, tuning207–210", () => {
  it("a health word owned by a name past an adjective is the person's ('Tia's current medication')", () => {
    const found = detect("Please take the seizure diary and Tia's current medication with you.").filter((s) => s.kind === "special-category");
    expect(found.map((s) => s.text)).toEqual(["current medication"]);
  });

  it("guard: the same words owned by no one are none", () => {
    expect(detect("Please bring the current medication list to the meeting.").filter((s) => s.kind === "special-category")).toEqual([]);
  });
});

describe("detection, tuning211–214", () => {
  it("'mr' or 'mrs' in lower case before a word in no list names a person", () => {
    expect(names("re: mr mottram moving to glossop")).toEqual(["mr mottram"]);
  });

  it("guard: 'ms teams' is Microsoft's", () => {
    expect(names("ms teams link for tuesday")).toEqual([]);
  });
});
