import { personName } from "../../../src/policy/detect/recognizers/personName";

function names(text: string): string[] {
  return personName.find(text, []).map((c) => text.slice(c.start, c.end));
}

// Sixteenth session: given names no list holds (Maisy, Tayla, Jorja, Kaiden) with a surname that is
// an everyday word too (Hall, Baker, Brooks, Green), found by the dev set's messages with their names changed.
describe("an unlisted given name and a surname that is an everyday word", () => {
  it("before a date of birth: 'Tayla Baker (DOB 11/05/1990)', 'Maisy Hall (DOB: 25/05/1983)', 'Jorja Fox, born 2011'", () => {
    expect(names("Tayla Baker (DOB 11/05/1990) has moved to 3 Cavendish Street.")).toEqual(["Tayla Baker"]);
    expect(names("Maisy Hall (DOB: 25/05/1983) has moved.")).toEqual(["Maisy Hall"]);
    expect(names("Jorja Fox, born 2011, lives with her nan.")).toEqual(["Jorja Fox"]);
    expect(names("Kaiden Green (05/08/1989) is known to us.")).toEqual(["Kaiden Green"]);
  });

  it("heading a subject before a phrase break: 'Re: Maisy Brooks (school concerns)', 'Kaiden King - new address'", () => {
    expect(names("Re: Maisy Brooks (school concerns)")).toEqual(["Maisy Brooks"]);
    expect(names("Kaiden King - new address")).toEqual(["Kaiden King"]);
    expect(names("Risk assessment for Tayla Baker")).toEqual(["Tayla Baker"]);
  });

  it("a place word as the surname only after 'for', 're' or 'about': 'Risk assessment for Kaiden Green'", () => {
    expect(names("Risk assessment for Kaiden Green")).toEqual(["Kaiden Green"]);
    expect(names("Re: Kaiden Wood")).toEqual(["Kaiden Wood"]);
  });

  it("a building word as the surname before casework: 'RE: Maisy Hall - new address'", () => {
    expect(names("RE: Maisy Hall - new address")).toEqual(["Maisy Hall"]);
  });

  it("guard: a place or a venue is no one ('Meeting at Bethnal Green (Room 3)', 'Directions to Bethnal Green', 'Re: Tapton Hall - parking', 'Re: Streatham Hill')", () => {
    expect(names("Meeting at Bethnal Green (Room 3)")).toEqual([]);
    expect(names("Directions to Bethnal Green")).toEqual([]);
    expect(names("Tapton Hall - parking")).toEqual([]);
    expect(names("Re: Tapton Hall - parking")).toEqual([]);
    expect(names("Re: Streatham Hill")).toEqual([]);
  });

  it("guard: with no break or date after it, such a pair is read as before ('Kaiden Green is known to us')", () => {
    expect(names("Kaiden Green is known to us.")).toEqual([]);
  });
});

describe("an unlisted word alone before a date of birth", () => {
  it("'Jorja (DOB 25/05/2013)', 'Maisy-Mae (DOB 25/05/2013)' are people", () => {
    expect(names("Jorja (DOB 25/05/2013) has moved.")).toEqual(["Jorja"]);
    expect(names("Maisy-Mae (DOB 25/05/2013) has moved.")).toEqual(["Maisy-Mae"]);
  });

  it("guard: a label with no date after it names no one ('Mosaic (DOB field) is wrong')", () => {
    expect(names("Mosaic (DOB field) is wrong")).toEqual([]);
  });
});

describe("a word listed only as a surname, as a given name ('Tillie', 'Zak'), before an everyday-word surname", () => {
  it("'RE: Zak Green - new address', 'Re: Tillie Fox (school concerns)'", () => {
    expect(names("RE: Zak Green - new address")).toEqual(["Zak Green"]);
    expect(names("Re: Tillie Fox (school concerns)")).toEqual(["Tillie Fox"]);
  });
});

describe("a lower-case subject: an unlisted word and any listed surname ending it, after 're'", () => {
  it("'update re maisy ward', 'update re kaiden hall - cp plan'", () => {
    expect(names("update re maisy ward")).toEqual(["maisy ward"]);
    expect(names("update re kaiden hall - cp plan")).toEqual(["kaiden hall"]);
  });

  it("a given name and a word listed only as a given name: 'for daisy hardy'", () => {
    expect(names("update re daisy hardy")).toEqual(["daisy hardy"]);
  });

  it("guard: 'update re covid ward', two unlisted words ('for xmas hampers', 'quote for leaflet reprint') and a pair the phrase runs on past are read as before", () => {
    expect(names("update re covid ward")).toEqual([]);
    expect(names("selection boxes for xmas hampers")).toEqual([]);
    expect(names("quote for leaflet reprint")).toEqual([]);
    expect(names("update re maisy ward today")).toEqual([]);
  });
});
