import { rolesByText } from "./rolesOf";

/** The role of each span: "case" or the reason it was set aside, keyed by its text (the first of each). */
function roles(text: string): Record<string, string> {
  return rolesByText(text, [["Nina Chauhan", "nina.chauhan@leics.gov.uk"]], true);
}
const mail = (body: string): string => `Dear colleagues,\n\n${body}\n\nKind regards,\nNina`;

describe("tuning31–34: training and events", () => {
  it("a special-category term naming a training session is a topic", () => {
    const r = roles(mail("The coercive control session is led by DI Gemma Lincoln (Leicestershire Police) and Dr Ruth Melton."));
    expect(r["The coercive control"]).toBe("no case context");
  });

  it("guard: the same term about someone still counts", () => {
    const r = roles(mail("Kyle Smith (DOB 01/02/2003) told us the coercive control at home has got worse."));
    expect(r["the coercive control"]).toBe("case");
  });
});

describe("tuning47: an agenda's services and specialties", () => {
  it("a special-category term before 'pathway', 'programme' or a specialty ('Addiction Psychiatry') names them", () => {
    const r = roles(mail("10:25 Substance misuse pathway: referrals from custody suites (Dr Helen Okonjo, Consultant in Addiction Psychiatry)\n11:25 Domestic abuse perpetrator programme: waiting list and capacity (Dominic)"));
    expect([r["Substance misuse"], r["Addiction"], r["Domestic abuse"]]).toEqual(["no case context", "no case context", "no case context"]);
  });

  it("guard: a person's own programme still counts", () => {
    const r = roles(mail("Kyle Smith (DOB 01/02/2003) has been told his domestic abuse will be addressed on licence."));
    expect(r["his domestic abuse"] ?? r["domestic abuse"]).toBe("case");
  });
});
