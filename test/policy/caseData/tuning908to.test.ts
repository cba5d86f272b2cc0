import { fixtureVerdict, scanVerdict, subjectNames } from "./scanVerdicts";

// Thirty-first session (tuning908–).
describe("thirty-first session: the writer's own household", () => {
  it("reads a care home's letter about 'your mum' as the writer's mother's, her first name alone in it included", () => {
    expect(fixtureVerdict("tuning910.jsonl", "t910-m004")).toBe("pass");
  });

  it("guard: a letter to the writer naming someone else in full is no relative's", () => {
    const body =
      "Hi Bernie,\n\nThanks, Thursday is fine.\n\nJo\n\n-----Original Message-----\nFrom: Bernadette Greaves <manager@willowbankcarehome.co.uk>\nSent: 16 November 2026 14:20\nTo: Platt, Joanne <joanne.platt@derbyshire.police.uk>\nSubject: Review\n\nDear Mrs Platt,\n\nKayleigh Moss's review is due and your mum's medication is the same. Kayleigh was arrested on Sunday after she assaulted a member of staff.\n\nKind regards,\nBernadette Greaves";
    expect(scanVerdict({ from: "joanne.platt@derbyshire.police.uk", to: ["manager@willowbankcarehome.co.uk"], subject: "RE: Review", body })).toBe("block");
  });

  it("reads the lines after 'add my partner as a named driver …:' and 'my partner has moved in … His details:' as the partner's", () => {
    expect(fixtureVerdict("tuning914.jsonl", "t914-m022")).toBe("pass");
    expect(fixtureVerdict("tuning910.jsonl", "t910-m023")).toBe("pass");
  });

  it("guard: a lead-in about a service user's partner is still a case's", () => {
    const body = "Hi Dave,\n\nKyle says his partner has moved in with him at the hostel, against his licence conditions. Her details:\n\nName: Shannon Pryce\nDate of birth: 03/02/1999\n\nMark";
    expect(scanVerdict({ from: "mark.tedstone@justice.gov.uk", to: ["dave.hollis@gmail.com"], subject: "Hostel", body })).toBe("block");
  });

  it("reads a nomination table whose other rows are the writer's children (their family name) as the writer's family, the partner's row included", () => {
    expect(fixtureVerdict("tuning914.jsonl", "t914-m008")).toBe("pass");
  });

  it("guard: a case family's table that lists the writer by job is no family table of the writer's", () => {
    const body =
      "Hi Val,\n\nAttendance below.\n\nName\tRole\tAttended\nKerry-Ann Siddall\tMother\tYes\nJamie Siddall\tFather (bail conditions)\tPart\nHollie Marsden\tSPO\tYes\n\nHollie";
    expect(scanVerdict({ from: "hollie.marsden@justice.gov.uk", to: ["admin@brightpathlearning.co.uk"], subject: "Attendance", body })).toBe("block");
  });

  it("reads the care home's quoted subject 'Mum's medication' and the subject itself as the writer's mother's health", () => {
    expect(fixtureVerdict("tuning914.jsonl", "t914-m009")).toBe("pass");
  });

  it("reads 'Compassionate leave - Dad's funeral (Geoff Harland)' as staff's own news: a warning, not a block", () => {
    expect(fixtureVerdict("tuning910.jsonl", "t910-m014")).toBe("warn");
  });
});

describe("thirty-first session: colleagues and the team", () => {
  it("reads 'the section on post-separation abuse and child contact' in training feedback as the course's topic", () => {
    expect(fixtureVerdict("tuning913.jsonl", "t913-m025")).toBe("pass");
  });

  it("guard: 'the section on his offending' is his", () => {
    const body = "Hi Jasmine,\n\nPriya said the section on his offending in Kyle Moss's report was wrong about the assault.\n\nGurpreet";
    expect(scanVerdict({ from: "gurpreet.sandhu@leicester.gov.uk", to: ["jasmine@cardewtraining.co.uk"], subject: "Report", body })).toBe("block");
  });

  it("reads 'Wendy says her husband Pete will come as a sub' on a quoted quiz team list as the party's", () => {
    expect(fixtureVerdict("tuning913.jsonl", "t913-m026")).toBe("pass");
  });

  it("reads a colleague's husband at the home a hamper goes to as the colleague's household", () => {
    expect(fixtureVerdict("tuning909.jsonl", "t909-m014")).toBe("pass");
  });

  it("reads '- One of the team uses a walking frame since her stroke' as a team member's need", () => {
    expect(fixtureVerdict("tuning913.jsonl", "t913-m029")).toBe("pass");
  });

  it("reads 'the child criminal exploitation and county lines practice day' as the delegates' course", () => {
    expect(fixtureVerdict("tuning915.jsonl", "t915-m003")).toBe("pass");
  });
});

describe("thirty-first session: recall", () => {
  it("keeps a quoted colleague's ICPC for named children, their father on her caseload and released from prison, a case's at a leaving do", () => {
    expect(fixtureVerdict("tuning909.jsonl", "t909-m031")).toBe("block");
  });

  it("reads a hamper 'for a young person I work with, …, after leaving care' as a case's", () => {
    expect(fixtureVerdict("tuning909.jsonl", "t909-m032")).toBe("block");
  });

  it("guard: an out-of-office's 'about a child I work with' names no one", () => {
    expect(fixtureVerdict("tuning57.jsonl", "t57-m004")).toBe("pass");
  });

  it("keeps a quoted baby's withdrawal symptoms and foster placement a case's beside an away day", () => {
    expect(fixtureVerdict("tuning909.jsonl", "t909-m036")).toBe("block");
  });

  it("reads 'police dropped tayla back' in text-speak as a child named", () => {
    expect(fixtureVerdict("tuning911.jsonl", "t911-m001")).toBe("block");
  });

  it("reads 'her mum thinks shes back using' as case wording, so kiera's missed appointments are a case's", () => {
    expect(fixtureVerdict("tuning911.jsonl", "t911-m012")).toBe("warn");
  });

  it("reads 'Danielle forwarded these to me' as a name, and 'going to the refuge' as case wording", () => {
    expect(fixtureVerdict("tuning911.jsonl", "t911-m007")).toBe("warn");
  });

  it("reads a word-name heading a subject before casework as a name ('Re: Faith - contact with dad Sat', 'ruby & kai - supervised contact sat')", () => {
    expect(fixtureVerdict("tuning911.jsonl", "t911-m023")).toBe("block");
    expect(fixtureVerdict("tuning911.jsonl", "t911-m029")).toBe("block");
    expect(subjectNames("Re: Faith - contact with dad Sat")).toEqual(["Faith"]);
  });

  it("guard: a word-name before a parent's own child's nursery plan is no name ('Re: Poppy - allergy care plan')", () => {
    expect(subjectNames("Re: Poppy - allergy care plan")).toEqual([]);
    expect(subjectNames("Re: Summer - holiday cover")).toEqual([]);
  });
});

describe("thirty-first session, round two: colleagues and the team", () => {
  it("reads 'as you both sit with him at the Thursday MAPPA meetings' and 'will attend the MAPPA level 2 meetings in his place' as staff's day", () => {
    expect(fixtureVerdict("tuning917.jsonl", "t917-m006")).toBe("pass");
  });

  it("guard: a parent who will attend a child protection conference is still a case's", () => {
    const body = "Hi Jo,\n\nKayleigh Moss will attend the child protection conference on Tuesday; she has been drinking again.\n\nAndrea";
    expect(scanVerdict({ from: "andrea.fulton@leics.gov.uk", to: ["jo.pryce@gmail.com"], subject: "Tuesday", body })).toBe("block");
  });

  it("reads 'Hana and the baby are both doing brilliantly' in a paragraph of her maternity leave as a colleague's baby", () => {
    expect(fixtureVerdict("tuning917.jsonl", "t917-m016")).toBe("pass");
  });

  it("reads 'Saturday remand court (Leicester Magistrates')' as a rota's heading", () => {
    expect(fixtureVerdict("tuning917.jsonl", "t917-m040")).toBe("pass");
  });

  it("reads 'My two child protection conference reports … are finished and with Tom to quality check' as work handed to a colleague", () => {
    expect(fixtureVerdict("tuning918.jsonl", "t918-m012")).toBe("pass");
  });

  it("reads a mug order's surprise for a colleague on maternity leave as a gift to her home", () => {
    expect(fixtureVerdict("tuning919.jsonl", "t919-m020")).toBe("pass");
  });

  it("guard: 'the Care Leavers' Christmas Fund' a quiz raises money for is no care leaver at the party", () => {
    expect(fixtureVerdict("tuning609.jsonl", "t609-m025")).toBe("pass");
  });
});

describe("thirty-first session, round two: recall", () => {
  it("reads 'the police now think dad was dealing from the flat' as case wording beside a party's quoted note", () => {
    expect(fixtureVerdict("tuning919.jsonl", "t919-m003")).toBe("block");
  });

  it("reads 'our care leavers' Christmas meal' as the service's young people, not the team's party", () => {
    expect(fixtureVerdict("tuning919.jsonl", "t919-m028")).toBe("block");
  });

  it("reads 'Re: Brook - missed contact again' and 'adebayo k remand' as names in a subject", () => {
    expect(fixtureVerdict("tuning919.jsonl", "t919-m035")).toBe("block");
    expect(fixtureVerdict("tuning923.jsonl", "t923-m039")).toBe("block");
    expect(subjectNames("re: court duty tues - adebayo k remand")).toEqual(["adebayo k"]);
  });
});

describe("thirty-first session, round three", () => {
  it("reads 'Funeral details - retired DC Alan Pargeter', 'Retirement lunch for DS Marian Hollis' and 'Maternity leave cover - Bethany Thwaite' as staff news: warnings", () => {
    expect(fixtureVerdict("tuning925.jsonl", "t925-m006")).toBe("warn");
    expect(fixtureVerdict("tuning925.jsonl", "t925-m022")).toBe("warn");
    expect(fixtureVerdict("tuning931.jsonl", "t931-m003")).toBe("warn");
  });

  it("reads 'Sunil's seat at the City MARAC passes to Callum' and 'the fruit basket from the MARAC group' as staff's", () => {
    expect(fixtureVerdict("tuning925.jsonl", "t925-m018")).toBe("pass");
  });

  it("reads 'Ellen has swapped duty with me' as staff at work", () => {
    expect(fixtureVerdict("tuning925.jsonl", "t925-m020")).toBe("pass");
  });

  it("reads an emergency contact's number on a volunteer's own line ('his wife Laura, 07700 900562') as the team's", () => {
    expect(fixtureVerdict("tuning929.jsonl", "t929-m005")).toBe("pass");
  });

  it("reads 'One of our lot is 7 months pregnant' on a bowling booking as a team member's", () => {
    expect(fixtureVerdict("tuning929.jsonl", "t929-m034")).toBe("pass");
  });

  it("reads 'RE: ray (grandad) - contact sat' as a name in the subject", () => {
    expect(fixtureVerdict("tuning927.jsonl", "t927-m006")).toBe("block");
    expect(subjectNames("RE: ray (grandad) - contact sat")).toEqual(["ray"]);
  });

  it("reads a child named with an age, then case wording on the rest of a cover list's line, as a case's", () => {
    expect(fixtureVerdict("tuning925.jsonl", "t925-m036")).toBe("warn");
  });

  it("guard: a child named with an age on a line of nothing but a party's plans names no case", () => {
    const body = "Hi Kelly,\n\nTable for 6 on Saturday please:\nSam Rowe (9). He is vegetarian and loves the chips.\n\nThanks,\nDawn\n\nDawn Pickard\nUnit Administrator";
    expect(scanVerdict({ from: "dawn.pickard@leics.police.uk", to: ["parties@riversidetenpin.co.uk"], subject: "Table", body })).toBe("pass");
  });
});

describe("thirty-first session, round four", () => {
  it("reads 'Strategy discussions she was invited to: Harry Brightmore will attend' and 'Her Tuesday slot at the Chesterfield MARAC passes to me' as cover, so the maternity subject only warns", () => {
    expect(fixtureVerdict("tuning933.jsonl", "t933-m027")).toBe("warn");
  });

  it("reads 'Her MAPPA level 2 reviews (Tuesdays at Mansfield House) pass to Marcin Zielinski' as work handed over", () => {
    expect(fixtureVerdict("tuning933.jsonl", "t933-m001")).toBe("pass");
  });

  it("reads 'Leaving flowers for Janice - Friday' as staff news: a warning", () => {
    expect(fixtureVerdict("tuning935.jsonl", "t935-m032")).toBe("warn");
  });
});
