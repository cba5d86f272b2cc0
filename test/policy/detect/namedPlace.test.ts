import { personName } from "../../../src/policy/detect/recognizers/personName";
import { isPlacePair, isPlaceWord } from "../../../src/policy/detect/names/places";

function names(text: string): string[] {
  return personName.find(text, []).map((c) => text.slice(c.start, c.end));
}

describe("UK place names (local authority districts and counties)", () => {
  it("reads the districts' everyday names from the ONS list", () => {
    // "Richmond upon Thames", "Kingston upon Hull, City of", "Hammersmith and Fulham", "North Devon".
    for (const w of ["richmond", "kingston", "hull", "hammersmith", "fulham", "devon", "wandsworth", "derbyshire"]) expect(isPlaceWord(w)).toBe(true);
    expect(isPlacePair("milton", "keynes")).toBe(true);
    expect(isPlacePair("tower", "hamlets")).toBe(true);
    for (const w of ["jade", "smith", "north", "upon", "city"]) expect(isPlaceWord(w)).toBe(false);
  });
});

describe("person-name: a district's name in a place's context is a place", () => {
  it("joined in a list to a district that is no given name ('Wandsworth & Richmond')", () => {
    expect(names("Declined: IOM Panel – Wandsworth & Richmond (monthly)")).toEqual([]);
    expect(names("Merton, Sutton and Richmond")).toEqual([]);
    expect(names("Kingston and Sutton MAPPA")).toEqual([]);
  });

  it("after a word that says where ('in Richmond', 'across Kingston')", () => {
    expect(names("Meeting in Richmond on Tuesday")).toEqual([]);
    expect(names("The rollout across Kingston starts in January")).toEqual([]);
  });

  it("before a word for a part of a service ('the Hastings office', 'Richmond PDU')", () => {
    expect(names("Move to the Hastings office")).toEqual([]);
    expect(names("Richmond PDU huddle moved to 10:00")).toEqual([]);
  });

  it("with its river or as a two-word district ('Kingston upon Thames', 'Milton Keynes')", () => {
    expect(names("Cover for Kingston upon Thames")).toEqual([]);
    expect(names("Train to Milton Keynes")).toEqual([]);
  });

  it("after 'to' or 'from' with a word of going before ('secondment to Richmond', 'travel from Swansea')", () => {
    expect(names("Secondment to Richmond – first week")).toEqual([]);
    expect(names("I'll get the train back from Kingston")).toEqual([]);
  });

  it("after 'with' or 'to' with an organisation's business before ('housing application with Richmond', 'registered with Sutton')", () => {
    expect(names("Housing application with Richmond; Jobcentre appointment to be booked")).toEqual([]);
    expect(names("She is registered with Sutton as homeless")).toEqual([]);
    expect(names("Meeting with Richmond tomorrow")).toEqual(["Richmond"]);
  });

  it("at the end of a list of places after a word that says where ('at Clapham Junction and Richmond')", () => {
    expect(names("BTP reported a drop in cycle theft at Clapham Junction and Richmond since October")).toEqual([]);
  });

  it("guard: 'to' or 'from' alone, or a list after another word, leaves a name", () => {
    expect(names("I sent it to Richmond")).toEqual(["Richmond"]);
    expect(names("Email from Richmond")).toEqual(["Richmond"]);
    expect(names("KPC for Jo and Richmond")).toEqual(["Jo", "Richmond"]);
  });

  it("guard: a district's name with no place context, or two given names listed, stays a name", () => {
    expect(names("KPC – Richmond")).toEqual(["Richmond"]);
    expect(names("KPC re Chelsea and Angus")).toEqual(["Chelsea", "Angus"]);
    expect(names("Richmond Smith in Richmond")).toEqual(["Richmond Smith"]);
    expect(names("Strategy meeting for Mr Kingston")).toEqual(["Mr Kingston"]);
  });

  it("guard: a list item that runs on into a name is a person ('Richmond and Wandsworth Smith')", () => {
    expect(names("KPC for Richmond and Wandsworth Smith")).toContain("Richmond");
  });

  it("guard: a possessive is a person ('in Preston's care')", () => {
    expect(names("the children in Preston's care")).toEqual(["Preston"]);
  });
});

describe("person-name: a name before a kind of facility names its place (tuning33)", () => {
  it("'Beaumont Leys family centre', 'Kirby Frith health centre'", () => {
    expect(names("Extra clean Wednesday - Beaumont Leys family centre")).toEqual([]);
    expect(names("The Kirby Frith health centre car park is closed")).toEqual([]);
  });

  it("guard: a possessive, a title or a verb between keeps the person", () => {
    expect(names("Kyle Smith's family centre sessions")).toEqual(["Kyle Smith"]);
    expect(names("Mr Smith health centre")).toEqual(["Mr Smith"]);
    expect(names("Tyler Smith visited the health centre")).toEqual(["Tyler Smith"]);
  });
});

describe("person-name: a surname alone heading a line before a dash (tuning35)", () => {
  it("'RE: Pritchard – home visit Thursday' names Pritchard", () => {
    expect(names("RE: Pritchard – home visit Thursday")).toEqual(["Pritchard"]);
    expect(names("OFFICIAL-SENSITIVE: Pritchard - update")).toEqual(["Pritchard"]);
  });

  it("with an initial, or on a line written without capitals ('mcgrath t - hostel referral update', tuning47)", () => {
    expect(names("McGrath T - hostel referral update")).toEqual(["McGrath T"]);
    expect(names("mcgrath t - hostel referral update")).toEqual(["mcgrath t"]);
    expect(names("pritchard - home visit")).toEqual(["pritchard"]);
  });

  it("guard: an everyday word heading a lower-case line is no name", () => {
    expect(names("budget - update")).toEqual([]);
    expect(names("parking - reminder")).toEqual([]);
    expect(names("re: leave - may")).toEqual([]);
  });

  it("guard: a district or a main town heading the line is a place, and a surname mid-line needs its usual cue", () => {
    expect(names("Stafford – office move")).toEqual([]);
    expect(names("Kendal – coach booking")).toEqual([]);
    expect(names("Budget – update")).toEqual([]);
    expect(names("The Pritchard – home visit")).toEqual([]);
  });
});

describe("person-name: venues and Welsh service words (tuning37–39)", () => {
  it("a name ending in a building word, then its town, is a venue ('Victoria Hall, Oakham')", () => {
    expect(names("Tuesday 8 December, 09:30-12:30, Victoria Hall, Oakham\nGraded Care Profile 2")).toEqual([]);
  });

  it("guard: with no time before, or with the town running on, it is a person", () => {
    expect(names("KPC for Lisa Hall, Derby.")).toEqual(["Lisa Hall"]);
    expect(names("Please check Lisa Hall, Derby.")).toEqual(["Lisa Hall"]);
    expect(names("Jo Hall, Derby City Council")).toEqual(["Jo Hall"]);
  });

  it("a name right before a facility noun names its place ('Beaumont Leys station')", () => {
    expect(names("4 hours, victim interview, Beaumont Leys station\nINV-20952")).toEqual([]);
  });

  it("Welsh service words in a bilingual signature are no name", () => {
    expect(names("Gwasanaeth Carchardai a Phrawf Ei Fawrhydi | His Majesty's Prison and Probation Service")).toEqual([]);
    expect(names("Rheolwr Gwasanaethau Teulu | Family Services Manager\nCEF Berwyn | HMP Berwyn")).toEqual([]);
  });
});

describe("person-name: a name that no given name starts, where a place goes (tuning45)", () => {
  it("after 'in', 'across', 'near' … or ending a list of places after one ('down in Clapham and Balham')", () => {
    expect(names("Bike theft down in Clapham and Balham")).toEqual([]);
    expect(names("Patrols across Tooting this weekend")).toEqual([]);
  });

  it("after 'at', when it ends in a place word ('clean-up at Roehampton Vale')", () => {
    expect(names("RE: Pitch clean-up at Roehampton Vale")).toEqual([]);
  });

  it("guard: 'at' a surname, a given name, or a possessive stays a person", () => {
    expect(names("He shouted at Brennan")).toEqual(["Brennan"]);
    expect(names("in Brennan's care")).toEqual(["Brennan"]);
    expect(names("Tyler lives in Clapham with his mum")).toEqual(["Tyler"]);
    expect(names("The concerns raised in Jade Smith's review")).toEqual(["Jade Smith"]);
  });
});

describe("person-name: sites and lower-case subjects (tuning49–51)", () => {
  it("names before a word for sites are the sites' places ('Beaumont Leys and Belgrave sites', 'the Belgrave site')", () => {
    expect(names("Planned network work – Beaumont Leys and Belgrave sites, Wed 18 Nov")).toEqual([]);
    expect(names("Parking at the Belgrave site")).toEqual([]);
  });

  it("guard: one person's name before a singular site word, or a possessive, is a person", () => {
    expect(names("Kyle Smith site visit")).toEqual(["Kyle Smith"]);
    expect(names("Tyler Smith's office")).toEqual(["Tyler Smith"]);
  });

  it("a listed given name opening a lower-case subject after a reply prefix is a name ('re: kai yr4 - mum worried')", () => {
    expect(names("re: kai yr4 - mum worried about dad's release")).toEqual(["kai"]);
  });

  it("guard: an everyday word or a word-name there is none ('re: leave - may', 're: grace period')", () => {
    expect(names("re: leave - may")).toEqual([]);
    expect(names("re: grace period")).toEqual([]);
    expect(names("kai is here")).toEqual([]);
  });
});

describe("person-name: visit notes and shops (tuning55)", () => {
  it("a lone given name opening a line is a person before words only a person takes ('Reece at his nan's', 'Curtis not in')", () => {
    expect(names("Visit 1 - Reece at his nan's in Earlsfield.")).toEqual(["Reece"]);
    expect(names("Visit 2 - Curtis not in.")).toEqual(["Curtis"]);
  });

  it("guard: a word-name or a thing there is none ('Summer not in the office', 'Grace with her team')", () => {
    expect(names("Summer not in the office")).toEqual([]);
    expect(names("Grace with her team")).toEqual([]);
  });

  it("a shop's or caterer's name ending in its trade is no person ('Sweet Basil Deli', 'Rosie Lee Bakery')", () => {
    expect(names("Sweet Basil Deli, 4 Market Street")).toEqual([]);
    expect(names("Rosie Lee Bakery")).toEqual([]);
    expect(names("KPC for Basil Smith")).toEqual(["Basil Smith"]);
  });
});

describe("person-name: families in subjects, tools and custody suites (tuning52–55)", () => {
  it("a given name and a word before '+ siblings' is a name ('Harley-Jay Cotton + siblings')", () => {
    expect(names("Harley-Jay Cotton + siblings - strat tomorrow?")).toEqual(["Harley-Jay Cotton"]);
    expect(names("Annual Leave + family")).toEqual([]);
  });

  it("a name before a word for a tool or model names the tool ('the Brook traffic light tool')", () => {
    expect(names("Harmful sexual behaviour: the Brook traffic light tool (10 Dec, Derby)")).toEqual([]);
    expect(names("the Kyle Smith case")).toEqual(["Kyle Smith"]);
  });

  it("a name joined by 'and' to a street before a service's word is a place ('Euston Street and Beaumont Leys custody')", () => {
    expect(names("cover for Euston Street and Beaumont Leys custody over the holiday")).toEqual([]);
    expect(names("KPC for Jade Smith and Kyle Brown")).toEqual(["Jade Smith", "Kyle Brown"]);
  });
});

describe("person-name: health job words and word-names in lower-case subjects (tuning57–59)", () => {
  it("a health job's words are no name ('Hollie Brandon, Paediatric Liaison')", () => {
    expect(names("11:00 Adolescents in ED - Hollie Brandon, Paediatric Liaison")).toEqual(["Hollie Brandon"]);
  });

  it("a word-name and a surname opening a lower-case subject after a reply prefix ('fw: amber coldwell dv incident')", () => {
    expect(names("fw: amber coldwell dv incident 14/11")).toEqual(["amber coldwell"]);
  });

  it("guard: a word-name elsewhere on a lower-case line is no name", () => {
    expect(names("the amber coldwell light")).toEqual([]);
  });
});

describe("person-name: where an event is held (tuning58)", () => {
  it("after an event and 'at', a name is the place ('Prevent awareness session at Beaumont Leys')", () => {
    expect(names("RE: Prevent awareness session at Beaumont Leys")).toEqual([]);
  });

  it("guard: a possessive, or 'at' after no event, keeps the person", () => {
    expect(names("the meeting at Jo Smith's")).toEqual(["Jo Smith"]);
    expect(names("He shouted at Brennan")).toEqual(["Brennan"]);
  });
});

describe("person-name: a surname opening a lower-case subject after the marking (tuning62)", () => {
  it("before a word of casework ('RE: OFFICIAL-SENSITIVE: holmes contact assessment')", () => {
    expect(names("RE: OFFICIAL-SENSITIVE: holmes contact assessment")).toEqual(["holmes"]);
  });

  it("guard: before any other word, or a street's word, it is none ('re: crane hire', 're: marsh lane closure')", () => {
    expect(names("re: crane hire")).toEqual([]);
    expect(names("re: marsh lane closure")).toEqual([]);
    expect(names("RE: OFFICIAL-SENSITIVE: budget update")).toEqual([]);
  });
});
