import { rolesByText } from "./rolesOf";

/** The role of each span: "case" or the reason it was set aside, keyed by its text (the first of each). */
function roles(text: string): Record<string, string> {
  return rolesByText(text, [["Han Li", "han.li@leicester.gov.uk"]], true);
}
const mail = (body: string): string => `Dear all,\n\n${body}\n\nKind regards\nHan`;

describe("tuning25/26: minutes, action logs and bulletins", () => {
  it("a table whose cells are split by '|' has columns too: a date under 'Due' is a deadline", () => {
    const r = roles(mail("ACTION LOG\nNo. | Action | Owner | Due | Status\n14 | Finalise the self-neglect toolkit | Joanna Pryce | 02/12/2026 | Open\n19 | Share the DoLS screening tool | Harjit Sandhu | 04/11/2026 | Complete"));
    // Not read as a date of birth at all: the detector reads the column's heading (twenty-sixth session).
    expect([r["02/12/2026"], r["04/11/2026"]]).toEqual([undefined, undefined]);
  });

  it("guard: a date under a 'DOB' heading of a '|' table stays a date of birth", () => {
    const r = roles(mail("Name | DOB | Address\nKyle Smith | 02/12/2009 | 4 Elm Road, Derby DE1 1AA"));
    expect(r["02/12/2009"]).toBe("case");
  });

  it("an action log's Owner column names staff, and a word alone under 'RAG' is a rating, not a person", () => {
    const r = roles(mail("Ref\tAction\tOwner\tDue\tRAG\nMS-41\tDASH refresher for ward staff\tDonna Marriott\tDecember\tAmber\nMS-44\tLPT mental health and substance misuse representation at each MARAC\tAmrit Bains\tJanuary\tRed"));
    expect([r["Amber"], r["Donna Marriott"], r["Amrit Bains"], r["substance misuse"]]).toEqual(["no case context", "a named professional", "a named professional", "no case context"]);
  });

  it("guard: under a 'Name' or 'Child' heading a word is whoever it names", () => {
    const r = roles(mail("Child\tConcern\nAmber Jones\tsubstance misuse by her mother"));
    expect(r["Amber Jones"]).toBe("case");
  });

  it("the ones a session is 'facilitated by' or 'led by' (both of two) are professionals", () => {
    const r = roles(mail("Training\n\nLevel 3 Safeguarding Children - 26 November, facilitated by Priya Mistry and Hayley Crowther\nMental Capacity Act and DoLS for community nurses - 10 December, facilitated by Joanna Pryce"));
    expect([r["Priya Mistry"], r["Hayley Crowther"], r["Joanna Pryce"]]).toEqual(["a named professional", "a named professional", "a named professional"]);
  });

  it("guard: 'was assaulted by' is no session, and an attack 'led by' someone is an offence", () => {
    const r = roles(mail("Kyle Smith was assaulted by Jordan Price and Lee Dale on Friday."));
    expect([r["Jordan Price"], r["Lee Dale"]]).toEqual(["case", "case"]);
    const led = roles(mail("The robbery was led by Jordan Price and Lee Dale."));
    expect(led["Lee Dale"]).toBe("case");
  });

  it("a staff job right before a name, without a comma ('the MAPPA coordinator Steve Rudkin'), and 'has some spaces on' make a professional", () => {
    const r = roles(mail("- MAPPA: level 2 and 3 meetings move to Tuesdays; the MAPPA coordinator Steve Rudkin will send updated invitations.\n- Unpaid work: Christmas placements are full; Wayne Gill has some spaces on the Saturday community payback team."));
    expect([r["Steve Rudkin"], r["Wayne Gill"]]).toEqual(["a named professional", "a named professional"]);
  });

  it("one reporting figures about groups does not make their term someone's; a service's Title-Case name is the service", () => {
    const r = roles(mail("Present: Rob Hale, Senior Probation Officer; Jo Price, Housing\n\n4. Health\nRob reported the continuity-of-care rate for prison leavers on opiate substitution therapy is now 71%."));
    expect(r["opiate"]).toBe("no case context");
    const team = roles(mail("Present: Aisling Devereux, Criminal Justice Recovery Worker, Wandsworth Drug and Alcohol Service"));
    expect(team["Drug and Alcohol Service"]).toBe("no case context");
  });

  it("guard: one reporting about a person, or a service's words about someone, still count", () => {
    expect(roles(mail("Rob reported that Kyle Smith relapsed on opiate use last week."))["opiate"]).toBe("case");
    expect(roles(mail("Kyle Smith told us his drug and alcohol use is worse."))["Kyle Smith"]).toBe("case");
  });
});
