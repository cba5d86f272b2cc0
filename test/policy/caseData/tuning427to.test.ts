import { fixtureVerdict, scanVerdict } from "./scanVerdicts";
import { personName } from "../../../src/policy/detect/recognizers/personName";
import { texts } from "../detect/recognizers/helpers";

// Twentieth session (tuning427–434).
describe("twentieth session: case data typed in a hurry", () => {
  it("'police have confirmed danny beeby is back … despite his bail conditions' on a line with capitals: reply-all to the mother's Yahoo blocks", () => {
    expect(fixtureVerdict("tuning432.jsonl", "t432-m008")).toBe("block");
  });

  it("guard: with no one named ('the father is back at the address') the same reply passes", () => {
    expect(fixtureVerdict("tuning432.jsonl", "t432-m008", "danny beeby", "the father")).toBe("pass");
  });

  it("a clear given name and surname in lower case are a name on any line; word-names and everyday words are not", () => {
    expect(texts(personName, "Rachel - police have confirmed danny beeby is back at the address")).toEqual(["Rachel", "danny beeby"]);
    expect(texts(personName, "Hi Jo - the amber light came on, ask will smith")).toEqual(["Jo"]);
  });

  const toEmployer = (sentence: string) =>
    scanVerdict({ from: "grace.kimani@justice.gov.uk", to: ["gaz@sw18plastering.co.uk"], subject: "placement mon", body: `hi gaz\n\nthanks for taking Ricky on. ${sentence}\n\nGrace` });

  it("'hes tagged w/ a 7pm-7am curfew': 'hes' is 'he's' without its apostrophe, so Ricky's curfew to his employer blocks", () => {
    expect(toEmployer("hes tagged w/ a 7pm-7am curfew so no late finishes")).toBe("block");
  });

  it("guard: the same hours with no case wording pass", () => {
    expect(toEmployer("7pm-7am is too late for him, no late finishes")).toBe("pass");
  });
});

describe("twentieth session: professionals and the writer's own forms", () => {
  it("'me and Lauren Mistry (Designated Nurse for Looked After Children)': who a job serves is no case label, so the reply passes", () => {
    expect(fixtureVerdict("tuning429.jsonl", "t429-m012")).toBe("pass");
  });

  it("guard: '(Looked After Child)' in the brackets labels her a case", () => {
    expect(fixtureVerdict("tuning429.jsonl", "t429-m012", "(Designated Nurse for Looked After Children)", "(Looked After Child)")).toBe("warn");
  });

  it("'my surgeon, Mr Abernethy, has referred me for physio' names a professional: the writer's own booking passes", () => {
    expect(fixtureVerdict("tuning431.jsonl", "t431-m031")).toBe("pass");
  });

  it("guard: 'Mr Abernethy has referred me' with no job before him is not set aside", () => {
    expect(fixtureVerdict("tuning431.jsonl", "t431-m031", "my surgeon, Mr Abernethy,", "Mr Abernethy")).toBe("block");
  });

  it("'Clenil Modulite 100' on a repeat-prescription list is a medicine, not a person: the writer's own request passes", () => {
    expect(fixtureVerdict("tuning431.jsonl", "t431-m002")).toBe("pass");
    expect(texts(personName, "Items: Salbutamol inhaler; Clenil Modulite 100; Sertraline 50mg")).toEqual([]);
  });

  it("guard: a listed name before a number stays a name", () => {
    expect(texts(personName, "Met with Kayden Oxley 12 times")).toEqual(["Kayden Oxley"]);
  });

  it("'Manager: Patrick Onslow, …' on the writer's self-referral takes none of the form's details: the mobile below is the writer's", () => {
    expect(fixtureVerdict("tuning431.jsonl", "t431-m020")).toBe("pass");
  });

  it("guard: a client's field in the same place does take them", () => {
    expect(fixtureVerdict("tuning431.jsonl", "t431-m020", "Manager: Patrick Onslow, Early Help Team Manager", "Client: Patrick Onslow, on licence")).toBe("block");
  });

  it("'Add my partner as a named driver: Amy Laithwaite, DOB …' is the writer's household: the insurance change passes", () => {
    expect(fixtureVerdict("tuning431.jsonl", "t431-m017")).toBe("pass");
  });

  it("guard: 'Add a named driver: Amy Laithwaite, DOB …' is someone else's date of birth", () => {
    expect(fixtureVerdict("tuning431.jsonl", "t431-m017", "Add my partner as a named driver: Amy", "Add a named driver: Amy")).toBe("block");
  });
});
