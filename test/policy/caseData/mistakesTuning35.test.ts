import { rolesByText } from "./rolesOf";

/** The role of each span: "case" or the reason it was set aside, keyed by its text (the first of each). */
function roles(text: string): Record<string, string> {
  return rolesByText(text, [["Hayley Grewal", "hayley.grewal@leicester.gov.uk"]], true);
}
const mail = (body: string): string => `Thanks Paula, the hall is fine.\n\n${body}\n\nHayley`;

describe("tuning35: case data told the way busy staff write it", () => {
  it("a first name with an age after it, 'reported missing' or 'her care home' is a case person", () => {
    expect(roles(mail("Nyah, 14, was found at 01:30 this morning in a car with two men."))["Nyah"]).toBe("case");
    expect(roles(mail("Nyah was reported missing again last night."))["Nyah"]).toBe("case");
    expect(roles(mail("Nyah went back to her care home at 2am."))["Nyah"]).toBe("case");
  });

  it("'Kerry's case' and 'Kerry's ex' make Kerry a case person", () => {
    expect(roles(mail("Can we also move Kerry's case to the top of the list on Thursday?"))["Kerry"]).toBe("case");
    expect(roles(mail("Kerry's ex is out on Friday and she's terrified."))["Kerry"]).toBe("case");
  });

  it("guard: a colleague's caseload, case notes or an ex- word are no case wording", () => {
    // A caseload is staff's (tuning63–68): Priya is a professional, not only out of case context.
    expect(roles(mail("Can Tom pick up Priya's caseload while she is away?"))["Priya"]).toBe("a named professional");
    expect(roles(mail("Tom's case notes training is on Friday."))["Tom"]).toBe("no case context");
    expect(roles(mail("Tom, 2 sugars, and Priya want coffee."))["Tom"]).toBe("no case context");
    expect(roles(mail("Priya Shah met her ex-colleagues from Derby."))["Priya Shah"]).toBe("no case context");
  });
});
