import { personName } from "../../../src/policy/detect/recognizers/personName";
import { detect } from "../../../src/policy/detect";

function names(text: string): string[] {
  return personName.find(text, []).map((c) => text.slice(c.start, c.end));
}
/** Special-category spans, found after the names as detect() finds them. */
function facts(text: string): string[] {
  return detect(text)
    .filter((s) => s.kind === "special-category")
    .map((s) => s.text);
}

describe("detection, tuning141–173", () => {
  it("a lower-case subject opening on a word-name and a surname before a heading's dash names the person", () => {
    expect(names("jade whitworth - missed contact")).toEqual(["jade whitworth"]);
    expect(names("amber coldwell: home visit")).toEqual(["amber coldwell"]);
  });

  it("guard: a word-name before a word that is no surname, or with no dash after, is none", () => {
    expect(names("rose garden - opening times")).toEqual([]);
    expect(names("holly wreath - order")).toEqual([]);
    expect(names("jade whitworth and others")).toEqual([]);
  });

  it("'Santa' is Christmas, not a person ('Christmas jumper day and Santa dash')", () => {
    expect(names("Christmas jumper day and Santa dash")).toEqual([]);
  });

  it("an epilepsy medicine owned by a child says the condition; so do 'her seizures'", () => {
    expect(facts("They've increased Ruby's levetiracetam to 500mg twice a day.")).toEqual(["levetiracetam"]);
    expect(facts("Her seizures are worse at night.")).toEqual(["Her seizures"]);
  });

  it("guard: 'seizures' with no one tied to it is police work ('drug seizures were up')", () => {
    expect(facts("Drug seizures were up this month across the county.")).toEqual([]);
  });

  it("a word-name opening a subject before a dash and news of a relation or casework is the person (t91-m032)", () => {
    expect(names("Jade - mum rang again")).toEqual(["Jade"]);
    expect(names("RE: Ruby - contact on Saturday")).toEqual(["Ruby"]);
  });

  it("guard: a word-name heading other news, or a RAG rating before casework, is none", () => {
    expect(names("Holly - wreath order")).toEqual([]);
    expect(names("Summer - fair stalls")).toEqual([]);
    expect(names("Amber - risk review due")).toEqual([]);
  });

  it("a surname alone before a drug test's result is the person tested (t91-m014)", () => {
    expect(names("Okafor positive for spice again today, second time since release.")).toEqual(["Okafor"]);
  });

  it("guard: a result after anything but a listed surname names no one", () => {
    expect(names("Covid positive staff should stay at home.")).toEqual([]);
    expect(names("Lateral flow positive for covid, so I am working from home.")).toEqual([]);
  });

  it("a listed surname in capitals closing a subject after a dash is the person (tuning154), even one that is a district", () => {
    expect(names("FW: Home visit Thursday - HOLLAND")).toEqual(["HOLLAND"]);
    expect(names("KPC request - WALSH")).toEqual(["WALSH"]);
  });

  it("guard: a word in capitals closing a line that is no surname, or one not closing it, is none", () => {
    expect(names("Meeting notes - DRAFT")).toEqual([]);
    expect(names("Room 4 - CLOSED")).toEqual([]);
    expect(names("Home visit - HOLLAND to follow")).toEqual([]);
  });

  it("three capitals after a weak cue are an acronym ('Handset and SIM - new starter', tuning155)", () => {
    expect(names("Handset and SIM - new starter")).toEqual([]);
  });

  it("guard: a surname in capitals after a weak cue, or three after a strong one, is a name", () => {
    expect(names("KPC for SMITH")).toEqual(["SMITH"]);
    expect(names("re LEE")).toEqual(["LEE"]);
  });

  it("a district joined by 'or' to another is a place ('released to Wandsworth or Richmond', tuning156)", () => {
    expect(names("Work coaches can take a claim for anyone released to Wandsworth or Richmond.")).toEqual([]);
  });

  it("guard: a full name, or a surname joined to another surname, is still a person", () => {
    expect(names("I spoke to Kyle Richmond and Derby police.")).toEqual(["Kyle Richmond"]);
    expect(names("Ask Richmond or Smith.")).toEqual(["Richmond", "Smith"]);
  });

  it("a town after a street's name and a comma is a place; a pronoun's contraction is no name (tuning160)", () => {
    expect(names("Both at 45 Sandycombe Road, Richmond TW9 2EW")).toEqual([]);
    expect(names("They've said they'll sign the form.")).toEqual([]);
  });

  it("guard: a full name after a street and a comma is still a person", () => {
    expect(names("He lives on Sandycombe Road, Richmond Smith told me.")).toEqual(["Richmond Smith"]);
  });

  it("antidepressants and ADHD medicines owned by someone say the condition (tuning162)", () => {
    expect(facts("Kacey's fluoxetine was increased last week.")).toEqual(["fluoxetine"]);
    expect(facts("He takes his Ritalin at school.")).toEqual(["his Ritalin"]);
  });

  it("a clear given name, a word the lists know only as a word, then a person's verb: a full name ('Marcus Fell is', tuning168)", () => {
    expect(names("Marcus Fell is now in the kitchen team at the hostel.")).toEqual(["Marcus Fell"]);
  });

  it("guard: a given name before a street or a station word names the place", () => {
    expect(names("Victoria Station is closed on Sunday.")).toEqual([]);
    expect(names("Amelia Street is closed for resurfacing.")).toEqual([]);
  });

  it("a word no list knows heading a subject before a dash and casework, and 'SURNAME I' in a list, are people (tuning168)", () => {
    expect(names("RE: Wharmby - joint visit Thursday")).toEqual(["Wharmby"]);
    expect(names("FW: Home visits w/c 23 Nov - MOSLEY D, Pilkington J")).toEqual(["MOSLEY D", "Pilkington J"]);
  });

  it("guard: a topic before a colon, a letter after a common word, and a compass point before a district are none (tuning167, t70-m030)", () => {
    expect(names("Webinar: accommodation on release - 8 December")).toEqual([]);
    expect(names("Vitamin D, calcium and iron")).toEqual([]);
    expect(names("Joint practice workshops – High Peak and North Dales, spring 2027")).toEqual([]);
  });

  it("acronyms leave a subject written without capitals ('Re: kyle brindley - licence conditions for ICPC report', tuning170)", () => {
    expect(names("Re: kyle brindley - licence conditions for ICPC report")).toEqual(["kyle brindley"]);
  });

  it("a capitalised word makes the line one with capitals (a day's or a month's name does not, since the seventeenth session), but a clear lower-case given name and surname are a name on any line (since the twentieth)", () => {
    expect(names("Re: kyle brindley - licence conditions for Derby Crown Court")).toEqual(["kyle brindley"]);
    expect(names("Re: amber brindley - licence conditions for Derby Crown Court")).toEqual([]);
    expect(names("Re: kyle brindley - licence conditions for Monday")).toEqual(["kyle brindley"]);
  });

  it("'the Erewash Family Hub' is a service, not a family (tuning173)", () => {
    expect(names("Conferences will move to the Erewash Family Hub, Cotmanhay Road.")).toEqual([]);
  });

  it("guard: 'the Brennan Family' with nothing after is a family", () => {
    expect(names("A visit to the Brennan Family on Tuesday.")).toEqual(["Brennan"]);
  });
});
