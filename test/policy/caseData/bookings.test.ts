import { rolesByText } from "./rolesOf";

/** The role of each span: "case" or the reason it was set aside, keyed by its text (the first of each). */
function roles(text: string): Record<string, string> {
  return rolesByText(text, [["Sunita Mistry", "sunita.mistry@leics.police.uk"]], true);
}
const mail = (body: string): string => `Hi Owain,\n\n${body}\n\nThanks\nSunita`;

describe("bookings: professionals named by a register or a collar number", () => {
  it("a name with a professional register's number in brackets is a professional's, and so is its first name alone", () => {
    const r = roles(mail("Please confirm Hawre for 10:00 on Thursday at Euston Street custody.\n\nWe can offer Hawre Aziz (NRPSI 17743) for Thursday."));
    expect([r["Hawre"], r["Hawre Aziz"]]).toEqual(["a named professional", "a named professional"]);
    expect(roles(mail("Kyle Smith was arrested. Jo Price (NMC PIN 12A3456E) saw him in custody."))["Jo Price"]).toBe("a named professional");
  });

  it("guard: a case person's identifier in brackets makes no professional", () => {
    const r = roles(mail("Please confirm Hawre for 10:00 on Thursday at Euston Street custody.\n\nHawre Aziz (PNC 04/123456X) was arrested for assault."));
    expect(r["Hawre Aziz"]).toBe("case");
  });

  it("a number in brackets after a rank, a collar number and a surname is the officer's", () => {
    const r = roles(mail("Kyle Smith was arrested on Friday. The officer in the case is DC 2290 Whitaker (0116 248 5521), who will meet him at the front counter."));
    expect([r["Kyle Smith"], r["0116 248 5521"]]).toEqual(["case", "a named professional"]);
  });

  it("guard: a number in brackets after a case person's surname alone is case data", () => {
    const r = roles(mail("Kyle Smith was arrested on Friday. Please call his mother at 44 Elm Road (0116 248 5521)."));
    expect(r["0116 248 5521"]).toBe("case");
  });
});

describe("rotas: dated lines of the people on duty", () => {
  const rota = (heading: string, intro = "Here's the December rota. Swaps by email to me please."): Record<string, string> =>
    roles(mail(`${intro}\n\n${heading}\nTue 1 Dec – Lewis Hastings / Amy Sutton\nWed 2 Dec – Ben Richmond / Natalie Ashby\n\nLoughborough (Fridays)\nFri 4 Dec – Sinead Wellington`));

  it("in a message that gives a rota, names on dated lines under a venue heading are staff on duty, not case data", () => {
    const r = rota("Leicester Magistrates' Court");
    expect([r["Lewis Hastings"], r["Ben Richmond"], r["Sinead Wellington"]]).toEqual(["no case context", "no case context", "no case context"]);
  });

  it("guard: without the word rota, dated lines under a court heading read as a list of people in court", () => {
    const r = rota("Leicester Magistrates' Court", "Here are the December listings.");
    expect(r["Lewis Hastings"]).toBe("case");
  });

  it("a heading with a remark in brackets, and lines for a range of days, are the rota's too (tuning135)", () => {
    const r = roles(mail("Here's the rota for the week.\n\nLeicester Crown Court (PSRs on the day, Courts 2 and 4)\nMon\u2013Wed \u2013 Dawn Whitehead\nThu\u2013Fri \u2013 Michael Osei"));
    expect([r["Dawn Whitehead"], r["Michael Osei"]]).toEqual(["no case context", "no case context"]);
  });

  it("guard: a heading that states a fact about someone still counts", () => {
    const r = roles(mail("Here's the December rota.\n\nKyle Smith is on licence\nTue 1 Dec – Lewis Hastings / Amy Sutton"));
    expect(r["Kyle Smith"]).toBe("case");
  });
});
