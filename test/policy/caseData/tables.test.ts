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
    expect([r["20/11/2026"], r["04/12/2026"]]).toEqual(["no case context", "no case context"]);
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
