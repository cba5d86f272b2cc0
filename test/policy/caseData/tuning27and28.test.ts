import { rolesByText } from "./rolesOf";

/** The role of each span: "case" or the reason it was set aside, keyed by its text (the first of each). */
function roles(text: string): Record<string, string> {
  return rolesByText(text, [["Ruth Kane", "ruth.kane@derby.gov.uk"]], true);
}
const mail = (body: string): string => `Hi Jo,\n\n${body}\n\nThanks\nRuth`;

describe("tuning27/28: staff and training mail", () => {
  it("a special-category term naming a module or a commissioning team is a topic", () => {
    expect(roles(mail("She found the domestic abuse module of our induction heavy going."))["the domestic abuse"]).toBe("no case context");
    const r = roles(mail("Attendees: Helen O'Rourke, IOM Coordinator, Probation; Nicola Hart, DWP; Jenny Whitcombe, Substance Misuse Commissioning."));
    expect([r["Substance Misuse"], r["Jenny Whitcombe"], r["Helen O'Rourke"]]).toEqual(["no case context", "no case context", "a named professional"]);
  });

  it("guard: the same term about someone still counts", () => {
    expect(roles(mail("Kyle Smith told us the domestic abuse at home has got worse."))["Kyle Smith"]).toBe("case");
  });
});
