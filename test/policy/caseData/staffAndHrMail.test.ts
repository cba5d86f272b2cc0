import { rolesByText } from "./rolesOf";

/** The role of each span: "case" or the reason it was set aside, keyed by its text. */
function roles(text: string, people: [string, string][] = [["Natalie Osei", "natalie.osei@derby.gov.uk"]]): Record<string, string> {
  return rolesByText(text, people);
}

const SIGN_OFF = "\n\nMany thanks\n\nNatalie Osei (she/her)\nSocial Worker, Initial Response Team\nDerby City Council";

describe("tuning14: the writer's own records (payroll, pension, registration)", () => {
  const details = "Name: Natalie Osei\nNI number: NE 55 01 72 C\nOld address: Flat 12, Castleward Court, Derby DE1 2QG\nNew address: 27 Wren Close, Mickleover, Derby DE3 0RS";

  it("the writer's own NI number and old and new address on labelled lines are theirs", () => {
    const r = roles(`Dear Pensions team,\n\nPlease update my address on your records. I moved on 31 October.\n\n${details}${SIGN_OFF}`);
    expect([r["NE 55 01 72 C"], r["27 Wren Close"], r["DE3 0RS"], r["DE1 2QG"]]).toEqual(Array(4).fill("the sender or a recipient"));
  });

  it("the writer's new home address in a first-person sentence is theirs", () => {
    const r = roles(`Hi Karen,\n\nFor the form: I've updated my home address on NMC Online to 3 Orchard Mews, Market Harborough LE16 7BS, so it should match.${SIGN_OFF}`);
    expect([r["3 Orchard Mews"], r["LE16 7BS"]]).toEqual(["the sender or a recipient", "the sender or a recipient"]);
  });

  it("a client's NI number stays case data: 'her', 'client', 'my client's'", () => {
    expect(roles(`Hello,\n\nPlease update my records. Her NI number is NE 55 01 72 C.${SIGN_OFF}`)["NE 55 01 72 C"]).toBe("case");
    expect(roles(`Hello,\n\nPlease update my records.\n\nClient NI number: NE 55 01 72 C${SIGN_OFF}`)["NE 55 01 72 C"]).toBe("case");
    expect(roles(`Hello,\n\nPlease update my client's NI number: NE 55 01 72 C${SIGN_OFF}`)["NE 55 01 72 C"]).toBe("case");
  });

  it("someone else named, case wording, or no first-person query keeps the details case data", () => {
    const other = roles(`Dear Pensions team,\n\nPlease update my address.\n\nName: Kayleigh Brooks\nNI number: NE 55 01 72 C${SIGN_OFF}`);
    expect([other["NE 55 01 72 C"], other["Kayleigh Brooks"]]).toEqual(["case", "case"]);
    expect(roles(`Hello,\n\nPlease update my records: the person on licence moved.\nNI number: NE 55 01 72 C${SIGN_OFF}`)["NE 55 01 72 C"]).toBe("case");
    expect(roles(`Hello,\n\nDetails below.\n\n${details}${SIGN_OFF}`)["NE 55 01 72 C"]).toBe("case");
  });

  it("in quoted history the details stay case data", () => {
    const text = `Thanks, done.\n\n-----Original Message-----\nFrom: Pensions <pensions@derbyshire.gov.uk>\nSent: 14 November 2026 15:25\nTo: Osei, Natalie <natalie.osei@derby.gov.uk>\nSubject: Change of address\n\nPlease update my address.\n\n${details}`;
    expect(roles(text)["NE 55 01 72 C"]).toBe("case");
  });
});

describe("tuning14/15: professionals named with their job, team or session", () => {
  it("a special-category word ending a job after a name and a comma is a job", () => {
    const r = roles("Hello,\n\nApologies:\nDr Sarah Finch, Consultant Psychiatrist, substance misuse service\nMoira Keane, Housing Options Manager, Wandsworth\n\nThanks");
    expect([r["Psychiatrist"], r["Moira Keane"]]).toEqual(["no case context", "a named professional"]);
    // Not a job when the sentence goes on about someone ("…, Psychiatrist said she was sectioned").
    expect(roles("Hello,\n\nMoira Keane, who sees a Psychiatrist weekly, is on licence.")["Moira Keane"]).toBe("case");
  });

  it("an induction is no case wording", () => {
    const r = roles("Hello,\n\nShe's done the MASH induction already, and I've introduced her to Megan and Abdul.");
    expect([r["Megan"], r["Abdul"]]).toEqual(["no case context", "no case context"]);
    expect(roles("Hello,\n\nMegan was discussed at MASH this morning.")["Megan"]).toBe("case");
  });

  it("an employment reference for a staff member is about staff", () => {
    const text = "Dear Keystone Lettings,\n\nI can confirm that Jade Whitaker has been employed by HM Prison and Probation Service as a Probation Officer since 2 September 2021.";
    expect(roles(text)["Jade Whitaker"]).toBe("a named professional");
    expect(roles("Dear Keystone Lettings,\n\nI can confirm that Jade Whitaker has been supervised by the Probation Service since her release from prison in 2021.")["Jade Whitaker"]).toBe("case");
    expect(roles("Dear Keystone Lettings,\n\nI can confirm that Jade Whitaker has been on licence since 2 September 2021.")["Jade Whitaker"]).toBe("case");
  });

  it("someone from our unit or team is staff", () => {
    expect(roles("Hi Maxine,\n\nOn the day it will be me and Hannah Brierley from our victim liaison unit.")["Hannah Brierley"]).toBe("a named professional");
    expect(roles("Hi Maxine,\n\nHannah Brierley from the Ashgate estate is a victim of domestic abuse.")["Hannah Brierley"]).toBe("case");
  });

  it("'Name, Job Title' lines are staff, a case role is no job", () => {
    const r = roles("Hi Steph,\n\nOur names are:\n\nGrzegorz Nowak, Unpaid Work Supervisor\nAmara Osei, Victim Liaison Officer\nLee Winter, Case Administrator\n\nThanks");
    expect([r["Grzegorz Nowak"], r["Amara Osei"], r["Lee Winter"]]).toEqual(Array(3).fill("a named professional"));
    expect(r["Liaison"]).toBeUndefined();
    const family = roles("Hello,\n\nPresent at the strategy meeting:\nLee Dale, Stepfather\nKayleigh Brooks, Mother\n\nThanks");
    expect([family["Lee Dale"], family["Kayleigh Brooks"]]).toEqual(["case", "case"]);
    // Inside a sentence the job does not make a professional of someone the sentence is about.
    expect(roles("Hello,\n\nThe allegation against Lee Dale, Teacher, is that he assaulted a pupil.")["Lee Dale"]).toBe("case");
  });

  it("in a running order, the names in its Lead column lead the sessions", () => {
    const table = (heading: string): string =>
      `Hi Shona,\n\nRunning order:\n\nTime\tSession\t${heading}\n09:30\tWelcome\tOwen Parry\n13:00\tCase study, part 2: the strategy discussion\tOwen Parry and Bethan Cole\n\nThanks`;
    expect(roles(table("Lead"), [["Owen Parry", "owen.parry@derbyshire.gov.uk"]])["Bethan Cole"]).toBe("a named professional");
    expect(roles(table("Child"), [["Owen Parry", "owen.parry@derbyshire.gov.uk"]])["Bethan Cole"]).toBe("case");
    expect(roles(table("Lead").replace("Time\tSession\tLead\n", ""), [["Owen Parry", "owen.parry@derbyshire.gov.uk"]])["Bethan Cole"]).toBe("case");
  });
});
