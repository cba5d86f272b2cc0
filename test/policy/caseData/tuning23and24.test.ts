import { rolesByText } from "./rolesOf";

/** The role of each span: "case" or the reason it was set aside, keyed by its text (the first of each). */
function roles(text: string): Record<string, string> {
  return rolesByText(text, [["Sam Price", "sam.price@justice.gov.uk"]], true);
}
const mail = (body: string): string => `Hi all,\n\n${body}\n\nThanks\nSam`;

describe("tuning23/24: rotas and minutes", () => {
  it("a number on a line labelled with a service ('L&D mobile (on duty practitioner):') is the service's", () => {
    const r = roles(mail("Fri 04/12: Sara Whiting 08:00–16:00\n\nL&D mobile (on duty practitioner): 07700 900286\nFor urgent self-harm concerns ring the mobile."));
    expect(r["07700 900286"]).toBe("a service's number");
  });

  it("guard: a relative's or a named person's number on such a line is not a service's", () => {
    const r = roles(mail("Kyle Smith was arrested for robbery.\nMum's mobile (for the duty team): 07700 900111\nKyle Smith, custody: 07700 900222"));
    expect([r["07700 900111"], r["07700 900222"]]).toEqual(["case", "case"]);
  });

  it("a special-category term about groups, in a paragraph whose only name is a presenter's, is a topic", () => {
    const r = roles(mail("5. Domestic abuse and older people\nFemi presented the data from the ICB: referrals to MARAC for people over 60 remain very low compared with the number of older people known to adult social care where domestic abuse is recorded."));
    expect(r["domestic abuse"]).toBe("no case context");
  });

  it("guard: a name that is not doing staff work, or a term about 'her', still counts", () => {
    const r = roles(mail("Femi told us that domestic abuse is recorded for people over 60, and Kyle Smith's grandmother among them."));
    expect(r["domestic abuse"]).toBe("case");
    const her = roles(mail("Femi presented her history of domestic abuse to the panel."));
    expect(her["her history of domestic abuse"]).toBe("case");
  });

  it("the one a sentence puts on leave by first name is the message's one full name starting with it: their family news is staff's", () => {
    const r = roles(mail("Baby news: Joe Tennant and his partner Abbie welcomed their son, Arlo, last Wednesday. Everyone is doing well. Joe is on paternity leave until 7 December."));
    expect([r["Joe Tennant"], r["Abbie"], r["Arlo"]]).toEqual(["a named professional", "no case context", "no case context"]);
  });

  it("guard: with two full names starting with that first name, or a fact beside the full name, it still counts", () => {
    const two = roles(mail("Joe Tennant and his partner Abbie welcomed their son, Arlo. Joe Price was arrested for assault. Joe is on paternity leave until 7 December."));
    expect(two["Joe Price"]).toBe("case");
    const fact = roles(mail("Joe Tennant (DOB 02/03/1990) was arrested for assault on his partner Abbie. Joe is on paternity leave until 7 December."));
    expect(fact["Joe Tennant"]).toBe("case");
  });
});
