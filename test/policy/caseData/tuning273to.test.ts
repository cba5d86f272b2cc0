import { rolesByText } from "./rolesOf";

/** Roles with the sender read from their address, as check.ts reads the From line. */
const rolesFrom = (sender: string, text: string, recipient: string): Record<string, string> =>
  rolesByText(text, [["", sender], ["", recipient]], false, true);

describe("fourteenth session: a reply whose thread's subject names the booking", () => {
  const REPLY = (subject: string): string =>
    `Hi Charlotte,\n\nThanks for holding the rooms. Names below, all singles:\n\nMandy Kershaw\nJas Sandhu\nKerry-Ann Tse\n\nDinner on the 9th:\nJas - vegetarian\nKerry-Ann - she's pregnant, so no pate or soft cheese\n\nKind regards\n\nLorraine Baxter\nBusiness Support Officer\n\nFrom: Charlotte Ives <groups@peaklodgehotel.co.uk>\nSent: 16 November 2026 14:21\nTo: Baxter, Lorraine <lorraine.baxter@derbyshire.gov.uk>\nSubject: ${subject}\n\nDear Lorraine,\n\nCould you send me the names and any dietary requirements by Friday?\n\nCharlotte`;

  it("'Subject: Rooming list - … away day' makes those listed the party booked", () => {
    const r = rolesFrom("lorraine.baxter@derbyshire.gov.uk", REPLY("Rooming list - Children's Services leadership away day 9-10 December"), "groups@peaklodgehotel.co.uk");
    expect([r["Kerry-Ann"], r["she's pregnant"]]).not.toContain("case");
  });

  it("guard: a thread about something else leaves the health term a case's", () => {
    const r = rolesFrom("lorraine.baxter@derbyshire.gov.uk", REPLY("Referral update"), "groups@peaklodgehotel.co.uk");
    expect(r["she's pregnant"]).toBe("case");
  });
});
