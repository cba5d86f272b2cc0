import { rolesByText } from "./rolesOf";

/** The role of each span: "case" or the reason it was set aside, keyed by its text (the first of each). */
function roles(text: string): Record<string, string> {
  return rolesByText(text, [["Graham Whitworth", "graham.whitworth@justice.gov.uk"]], true);
}

const notes = (heading: string, rows: string): string =>
  `Dear all,\n\nThe notes of Thursday's interface meeting, with the action log.\n\nNo.\tAction\tOwner\t${heading}\n${rows}\n\nNext meeting: Thursday 14 January 2027.`;
const ACTIONS = "1\tSend the SPOC mailbox list to the team\tDaniel Okafor\t20/11/2026\n2\tUpdate the flowchart for the practice day\tJoanne Platts\t04/12/2026";

describe("tuning18: tables pasted into mail", () => {
  it.each(["By", "Due", "Deadline", "Target date", "Due date"])("a date alone in an action log's %s column is a deadline, not a date of birth", (heading) => {
    const r = roles(notes(heading, ACTIONS));
    // Not read as a date of birth at all: the detector reads the column's heading (twenty-sixth session).
    expect([r["20/11/2026"], r["04/12/2026"]]).toEqual([undefined, undefined]);
    // No date of birth beside them, and an Owner column names staff.
    expect([r["Daniel Okafor"], r["Joanne Platts"]]).toEqual(["a named professional", "a named professional"]);
  });

  it("a date of birth in a DOB column, or with a birth cue in its cell, stays case data", () => {
    const children = "Name\tDOB\tAction\tBy\nKayleigh Brooks\t28/07/2015\tStrategy discussion\tTuesday";
    const byColumn = roles(`Hi,\n\n${children}\n\nThanks`);
    expect([byColumn["Kayleigh Brooks"], byColumn["28/07/2015"]]).toEqual(["case", "case"]);
    const cued = roles(notes("By", "1\tKPC for Kayleigh Brooks\tDaniel Okafor\tDOB 28/07/2015"));
    expect(cued["28/07/2015"]).toBe("case");
  });

  it("a date right after a name with no heading row stays a date of birth", () => {
    const r = roles("Hi,\n\nDaniel Okafor\t20/11/2006\nJoanne Platts\t04/12/2009\n\nThanks");
    expect([r["20/11/2006"], r["Daniel Okafor"]]).toEqual(["case", "case"]);
  });
});

describe("tables of staff and running orders without headings (tuning75, tuning80)", () => {
  it("the names in a table with a job column are staff, whatever their teams are called", () => {
    const r = roles("Final list below.\n\nName\tJob title\tTeam\tParking\nSunita Varma\tSenior Practitioner\tChildren in Care\tYes\nMohammed Ravat\tTeam Manager\tSafeguarding and Child Protection\tNo\n\nThanks");
    expect([r["Sunita Varma"], r["Mohammed Ravat"]]).toEqual(["a named professional", "a named professional"]);
  });

  it("guard: a table without a job column names whoever it names; a date of birth there is still a fact", () => {
    const r = roles("Please check:\n\nName\tDOB\tReason\nJack Brough\t09/09/1998\tPSR, assault on partner\n\nThanks");
    expect([r["Jack Brough"], r["09/09/1998"]]).toEqual(["case", "case"]);
  });

  it("a special-category term in the middle cell of a timed row is a session's title", () => {
    const r = roles("Running order:\n\n18:10\tApps and age ratings\tNasreen Akhtar (Early Help)\n18:40\tOnline grooming and sextortion: what parents need to know\tPC Dale Whitmore (Cyber Protect)\n\nThanks");
    expect(r["grooming"]).toBe("no case context");
  });

  it("guard: a timed row that owns the term to someone is a log, not a title", () => {
    const r = roles("Log:\n\n22:15\this self-harm disclosed to staff\tPC Dale Whitmore\n\nThanks");
    expect(Object.entries(r).some(([text, role]) => /self-harm/.test(text) && role === "case")).toBe(true);
  });
});

describe("a form's label cell (a template's table, one row per field)", () => {
  it("a case-person label in the first cell makes the name beside it the case's person", () => {
    const r = roles("Known Persons Check\n\nName of the adult\tJane Doe\nOther adults in the family\tKyle Smith\nRequesting officer name\tSam Lee\n\nThanks");
    expect([r["Jane Doe"], r["Kyle Smith"]]).toEqual(["case", "case"]);
  });

  it("guard: a label for staff, or 'Name' alone, gives no case context", () => {
    const r = roles("Delegates\n\nName\tJo Price\nRequesting officer name\tSam Lee\n\nThanks");
    expect([r["Jo Price"], r["Sam Lee"]]).toEqual(["no case context", "no case context"]);
  });
});

describe("a column heading that says whose case it is", () => {
  it("names alone under 'Victim' or 'Perpetrator' (the first column too) are the case's people, though each row is its own sentence", () => {
    const r = roles("Incidents this week\n\nVictim\tPerpetrator\nJo Smith\tKyle Brown\n\nThanks");
    expect([r["Jo Smith"], r["Kyle Brown"]]).toEqual(["case", "case"]);
  });

  it("guard: names under 'Name' or 'Attendee' are no case people by their heading", () => {
    const r = roles("Attendance\n\nName\tTeam\nAmy Lee\tDuty\n\nThanks");
    expect(r["Amy Lee"]).toBe("no case context");
  });
});

