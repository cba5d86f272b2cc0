import { rolesByText } from "./rolesOf";

/** Roles with the sender read from their address, as check.ts reads the From line. */
const rolesFrom = (sender: string, text: string, recipient: string): Record<string, string> =>
  rolesByText(text, [["", sender], ["", recipient]], false, true);

const FROM_SERVICE_USER = (greeting: string, body: string): string =>
  `for tonight - ring DWP first thing\n\n________________________________\nFrom: Darren Lacey <d.lacey77@gmail.com>\nSent: 17 November 2026 13:20\nTo: Rahman, Aisha <aisha.rahman@justice.gov.uk>\nSubject: benefits letter\n\n${greeting}\n\n${body}\n\nDarren`;

describe("tuning215–225: a quoted letter to the writer from someone who writes of themselves", () => {
  it("a service user's own records in his message to his officer stay his, though he greets her by name", () => {
    const text = FROM_SERVICE_USER("Hi Aisha", "My PIP review has gone against me. My NI is NR 71 55 20 B. I'm still at 9 Wolsey Walk, Leicester LE4 5QA.");
    const r = rolesFrom("aisha.rahman@justice.gov.uk", text, "aisha.rahman86@hotmail.co.uk");
    expect([r["NR 71 55 20 B"], r["9 Wolsey Walk"], r["LE4 5QA"]]).toEqual(["case", "case", "case"]);
  });

  it("guard: a letter to the writer that tells of the writer in the second person holds the writer's records", () => {
    const text = FROM_SERVICE_USER("Dear Aisha", "We hold your address as 9 Wolsey Walk, Leicester LE4 5QA. Your NI number is NR 71 55 20 B.");
    const r = rolesFrom("aisha.rahman@justice.gov.uk", text, "aisha.rahman86@hotmail.co.uk");
    expect([r["NR 71 55 20 B"], r["9 Wolsey Walk"]]).toEqual(["the sender or a recipient", "the sender or a recipient"]);
  });
});

describe("tuning215–225: colleagues on a list with the writer, and readers called by name", () => {
  const THREAD = (list: string): string =>
    `Hi Joanne,\n\nOur final numbers are below.\n\nSandeep\n\n-----Original Message-----\nFrom: Kaur, Sandeep <sandeep.kaur@justice.gov.uk>\nSent: 23 November 2026 16:05\nTo: Leicester PDU Team B <leicester.pdu.teamb@justice.gov.uk>\nSubject: RE: Team Christmas lunch\n\n${list}\n\n-----Original Message-----\nFrom: Thompson, Marcia <marcia.thompson@justice.gov.uk>\nSent: 20 November 2026 11:47\nTo: Kaur, Sandeep <sandeep.kaur@justice.gov.uk>\nSubject: Team Christmas lunch\n\nPut me down for the turkey please. Lee says he's a yes but will be a bit late as he's in court in the morning.\n\nMarcia Thompson\nSenior Probation Officer, Team B`;

  it("a name on a comma list the writer is on is a colleague's: a court morning said of him is his work", () => {
    const r = rolesFrom("sandeep.kaur@justice.gov.uk", THREAD("Turkey (9): Marcia, Ravi, Nathan, Lee, Gemma, Olu, Sandeep, Tariq, Jackie"), "functions@thegrangeoadby.co.uk");
    expect(r["Lee"]).not.toBe("case");
  });

  it("guard: the same list without the writer (or a quoted message's staff writer) on it makes no colleagues", () => {
    const r = rolesFrom("sandeep.kaur@justice.gov.uk", THREAD("Turkey (7): Ravi, Nathan, Lee, Gemma, Olu, Tariq, Jackie"), "functions@thegrangeoadby.co.uk");
    expect(r["Lee"]).toBe("case");
  });

  it("guard: a list naming a case role is not the team's, the writer on it or not", () => {
    const r = rolesFrom("sandeep.kaur@justice.gov.uk", THREAD("Children at the contact: Marcia, Ravi, Nathan, Lee, Sandeep"), "functions@thegrangeoadby.co.uk");
    expect(r["Lee"]).toBe("case");
  });

  const BEREAVEMENT = (opening: string): string =>
    `Hi all,\n\nEllie is off until 7 December. Karen is covering her duty days.\n\n${opening} I know you worked with her on the KPC pilot.\n\nPriya`;

  it("a reader called by name at the start of a sentence spoken to 'you' is someone written to", () => {
    const r = rolesFrom("priya.kaur@derbyshire.gov.uk", BEREAVEMENT("Shaz, I've copied you in as"), "sharon.lees@justice.gov.uk");
    expect(r["Shaz"]).toBe("the greeting");
  });

  it("guard: a name told of, not called, in the same sentence is still read for case context", () => {
    const r = rolesFrom("priya.kaur@derbyshire.gov.uk", BEREAVEMENT("I have told Shaz, as"), "sharon.lees@justice.gov.uk");
    expect(r["Shaz"]).toBe("case");
  });
});

describe("tuning215–225: a family keeping the worker out, told with few case words", () => {
  const VISIT = (news: string): string =>
    `Hi Jo,\n\n${news}\n\nRachel\n\nRachel Osei-Bonsu (she/her)\nHealth Visitor – Loughborough 0-19 Team\nLeicestershire Partnership NHS Trust`;

  it.each([
    ["a partner back on the scene", "Dylan Marsh's dad is back on the scene."],
    ["a visit the family cancelled", "Dylan Marsh's mum cancelled my visit at the last minute."],
    ["a worker needing to see the child", "Dylan Marsh is due his check and I'd like eyes on him this week."],
  ])("%s gives the child's name case context", (_what, news) => {
    expect(rolesFrom("rachel.osei-bonsu@nhs.net", VISIT(news), "jo.whitby79@gmail.com")["Dylan Marsh"]).toBe("case");
  });

  it("guard: the same child with only a check-up due has none", () => {
    expect(rolesFrom("rachel.osei-bonsu@nhs.net", VISIT("Dylan Marsh is due his check this week."), "jo.whitby79@gmail.com")["Dylan Marsh"]).toBe("no case context");
  });
});
