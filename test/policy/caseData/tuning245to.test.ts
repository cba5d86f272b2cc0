import { rolesByText } from "./rolesOf";

/** Roles with the sender read from their address, as check.ts reads the From line. */
const rolesFrom = (sender: string, text: string, recipient: string): Record<string, string> =>
  rolesByText(text, [["", sender], ["", recipient]], false, true);

describe("tuning245 onwards: a case worker's shorthand for the family", () => {
  const NOTE = (report: string): string =>
    `Hi Gemma,\n\nQuick one. ${report} has been waiting outside St Chad's Primary on Wednesdays to see Millie.\n\nCan you raise it with him?\n\nThanks\nKieran`;

  it("'Mum says Darren has been waiting …' makes the names in the sentence the family's", () => {
    const r = rolesFrom("kieran.doyle@derby.gov.uk", NOTE("Mum says Darren"), "gemma.hollins@justice.gov.uk");
    expect([r["Darren"], r["Millie"]]).toEqual(["case", "case"]);
  });

  it("guard: the writer's own mum saying it is not a case worker's report", () => {
    const r = rolesFrom("kieran.doyle@derby.gov.uk", NOTE("My mum says Darren"), "gemma.hollins@justice.gov.uk");
    expect(r["Darren"]).not.toBe("case");
  });
});

describe("tuning245 onwards: a risk to children told in a later sentence", () => {
  const NOTE = (risk: string): string =>
    `Amy,\n\nHad Brennan in this morning. He told me his new girlfriend has a six year old and he's been stopping over. ${risk} I think this needs looking at.\n\nLiam`;

  it("'given his history with children' makes the person named before it a case's", () => {
    const r = rolesFrom("liam.osei@justice.gov.uk", NOTE("Given his history with children"), "amy.clarke@chesterfield.ac.uk");
    expect(r["Brennan"]).toBe("case");
  });

  it("guard: a career 'history with children's services' is no risk", () => {
    const r = rolesFrom("liam.osei@justice.gov.uk", NOTE("Given his history with children's services"), "amy.clarke@chesterfield.ac.uk");
    expect(r["Brennan"]).not.toBe("case");
  });
});
