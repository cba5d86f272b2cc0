import { personName } from "../../../src/policy/detect/recognizers/personName";

function names(text: string): string[] {
  return personName.find(text, []).map((c) => text.slice(c.start, c.end));
}

describe("person-name: things named after people (tuning111)", () => {
  it("a test, a theory or a show named after someone is no person", () => {
    expect(names("Gillick competence and Fraser guidelines – staff briefing slides")).toEqual([]);
    expect(names("Contextual safeguarding, ten years on from Carlene Firmin's first framework")).toEqual([]);
    expect(names("RE: Group visit to the Ben Kinsella exhibition")).toEqual([]);
  });

  it("a studio or a gallery named after someone is a room", () => {
    expect(names("Re: Team away day 8 December – Joseph Wright Studio")).toEqual([]);
    expect(names("Lunch in the Joseph Wright gallery")).toEqual([]);
  });

  it("Schwartz Rounds are named in someone's honour; an Acre is a place (tuning113)", () => {
    expect(names("Wellbeing Wednesday - menopause cafe, flu jabs and Schwartz Rounds")).toEqual([]);
    expect(names("Thorpe Acre drop-in, Thursday afternoons")).toEqual([]);
  });

  it("a possessive name before a capitalised Trust or Foundation names the charity", () => {
    expect(names("King's Trust Team programme – spring referral dates")).toEqual([]);
    expect(names("Application to the Sophie Harris's Foundation")).toEqual([]);
  });

  it("guard: a name before a case word, a lower-case trust, or after a title stays a person", () => {
    expect(names("Jordan Fraser review – Thursday")).toEqual(["Jordan Fraser"]);
    expect(names("Kayden Marsh's trust fund letter")).toEqual(["Kayden Marsh"]);
    expect(names("Mr Fraser guidelines breach")).toEqual(["Mr Fraser"]);
    expect(names("Sophie Harris framed the complaint")).toEqual(["Sophie Harris"]);
  });
});

describe("person-name: a town the surname list also has, after a clear given name (tuning117)", () => {
  it("is the surname", () => {
    expect(names("Welfare check request - Tyler Mansfield")).toEqual(["Tyler Mansfield"]);
    expect(names("Jordan BUXTON was arrested")).toEqual(["Jordan BUXTON"]);
  });

  it("guard: the town alone, after a preposition or with no given name stays a place", () => {
    expect(names("We met in Buxton on Friday")).toEqual([]);
    expect(names("the Mansfield office")).toEqual([]);
    expect(names("Sutton in Ashfield")).toEqual([]);
  });
});

describe("person-name: streets and grounds named after people (tuning121)", () => {
  it("two names joined by 'and' before a street word name the street", () => {
    expect(names("Delivery to the Symington Building, Adam and Eve Street - display")).toEqual([]);
  });

  it("a full name's possessive before a garden's or park's own name names the grounds", () => {
    expect(names("Re: Group visit - Geoff Hamilton's Barnsdale Gardens, Wed 2 Dec")).toEqual([]);
  });

  it("guard: a given name's possessive, an everyday word between, or a school stays a person", () => {
    expect(names("Tyler's New School")).toEqual(["Tyler"]);
    expect(names("Kayden Marsh's Ashgate Academy place")).toEqual(["Kayden Marsh"]);
    expect(names("Jordan's House move")).toEqual(["Jordan"]);
    expect(names("Jordan and Kyle Smith were seen")).toEqual(["Jordan", "Kyle Smith"]);
  });
});

describe("person-name: a pronoun's contraction is no name (tuning130)", () => {
  it("'He'd' is not the surname He and a 'd'", () => {
    expect(names("Lorna's husband died on Thursday. He'd had lung cancer since the spring.")).toEqual(["Lorna"]);
    expect(names("He\u2019d been ill for a while.")).toEqual([]);
  });

  it("guard: an Irish or Goan name with an apostrophe stays a name", () => {
    expect(names("Patrick O'Dell came")).toEqual(["Patrick O'Dell"]);
    expect(names("Siobhan D'Souza called")).toEqual(["Siobhan D'Souza"]);
  });
});
