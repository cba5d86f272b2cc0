import { rolesByText } from "./rolesOf";

/** The role of each span: "case" or the reason it was set aside, keyed by its text (the first of each). */
function roles(text: string): Record<string, string> {
  return rolesByText(text, [["Han Li", "han.li@leicester.gov.uk"]], true);
}
const mail = (body: string): string => `Dear all,\n\n${body}\n\nKind regards\nHan`;

describe("tuning63–68: everyday mail of business support, courts, health and long threads", () => {
  it("the second of two a session is 'facilitated by' is a professional when the first has an employer in brackets", () => {
    const r = roles(mail("Sessions are facilitated by DC Laura Peet (Leicestershire Police Child Abuse Investigation Unit) and Sarah Ingles (LPT Safeguarding), with guest input from the Designated Nurse team."));
    expect(r["Sarah Ingles"]).toBe("a named professional");
  });

  it("guard: an assault 'by' two people stays case data, brackets or not", () => {
    const r = roles(mail("Kyle Smith was assaulted by Jordan Price (his cousin) and Lee Dale on Friday."));
    expect([r["Jordan Price"], r["Lee Dale"]]).toEqual(["case", "case"]);
  });

  it("an attendee's job title may hold a person word ('Designated Nurse Safeguarding Children'), and another mention of them is theirs", () => {
    const r = roles(mail("Present:\nLaura Bexon, Designated Nurse Safeguarding Children, LLR ICB\nPaul Rendell, Head of Inclusion, Leicester City Council\n\n4. Health\nLaura Bexon confirmed the screening pathway is live; waiting times for CAMHS assessments remain the main pressure."));
    expect(r["Laura Bexon"]).toBe("a named professional");
  });

  it("guard: an attendee given as a person word without a job is no professional", () => {
    // The last mention of each: the list gives them no role that would carry over.
    const r = rolesByText(mail("Present:\nKayleigh Brooks, Mother\nLiam Brooks, Child\nJo Price, Social Worker\n\nKayleigh Brooks said Liam Brooks was assaulted at school."), [["Han Li", "han.li@leicester.gov.uk"]]);
    expect([r["Kayleigh Brooks"], r["Liam Brooks"], r["Jo Price"]]).toEqual(["case", "case", "a named professional"]);
  });

  it("an attendance list opening its line counts, though the lines above run into its sentence", () => {
    const r = roles(mail("IOM Strategic Board\nChair: Supt Graham Okafor, MPS\nPresent: DS Fiona Galbraith, MPS; Sunita Bains, DWP; Kelly Marsh, Change Grow Live (substance misuse); Sgt Hannah Royce, BTP"));
    expect([r["Kelly Marsh"], r["substance misuse"]]).toEqual(["a named professional", "no case context"]);
  });

  it("a term alone in brackets after an organisation's name is its field; guard: after a person's name it is about them", () => {
    expect(roles(mail("Kelly Marsh, Change Grow Live (substance misuse), will present the figures."))["substance misuse"]).toBe("no case context");
    expect(roles(mail("Kyle Smith (substance misuse) was arrested on Friday."))["substance misuse"]).toBe("case");
  });

  it("names alone in an action log's 'By' column own the actions; the dates there are deadlines", () => {
    const r = roles(mail("Action log\nNo. | Action | By | Due\n1 | Ethnicity breakdown of remands and custody | Sarah Yeung | 12/01/2027\n2 | Circulate refreshed CCE mapping | Dawn Atwal | 12/01/2027"));
    expect([r["Sarah Yeung"], r["Dawn Atwal"], r["CCE"], r["12/01/2027"]]).toEqual(["a named professional", "a named professional", "no case context", "no case context"]);
  });

  it("guard: under a 'Who' heading a name is whom it happened to", () => {
    const r = roles(mail("Incident | Who | When\nAssault at the hostel | Kyle Smith | 12/01/2027"));
    expect(r["Kyle Smith"]).toBe("case");
  });

  it("a job title ending in 'Offender Management' is a job: the signature's mobile is no case data", () => {
    const r = roles(mail("Next board: Tuesday 12 January 2027.\n\nPrecious Mhlanga (she/her)\nProbation Officer – Integrated Offender Management\nWandsworth Probation Delivery Unit\nMobile: 07700 900477"));
    expect(r["07700 900477"]).toBe("no case context");
  });

  it("what only staff have after a name ('Paul's team', 'Jo's caseload') makes a professional; guard: a team at play is no staff", () => {
    expect(roles(mail("Crown Court cover stays with Paul Dunn's team; Saturday remand court is on the regional rota."))["Paul Dunn"]).toBe("a named professional");
    expect(roles(mail("The custody review is on Jo Price's caseload."))["Jo Price"]).toBe("a named professional");
    expect(roles(mail("Kyle Smith's team lost and he was arrested after the match."))["Kyle Smith"]).toBe("case");
  });
});
