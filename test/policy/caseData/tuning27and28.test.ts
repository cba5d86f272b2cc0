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

  it("a new starter who 'joined us' is staff, and so is their direct line", () => {
    const r = roles(mail("We have also welcomed a new team manager: Sian Pritchard joined us on 2 November from Lincolnshire and will be the lead for the fostering panel. Sian's direct line is 01572 758 341."));
    expect([r["Sian Pritchard"], r["01572 758 341"]]).toEqual(["a named professional", "no case context"]);
  });

  it("a number in brackets right after a named professional is theirs", () => {
    const r = roles(mail("Kyle Smith was arrested on Friday. The officer in the case is DS Kemi Adebayo (07700 900451), who will meet him at the front counter."));
    expect([r["Kyle Smith"], r["07700 900451"]]).toEqual(["case", "a named professional"]);
  });

  it("guard: a number in brackets after a case person is theirs, and case data", () => {
    const r = roles(mail("Kyle Smith (07700 900452) was arrested on Friday for burglary."));
    expect(r["07700 900452"]).toBe("case");
  });

  it("a special-category term before a facility for people in general is no one's (tuning30)", () => {
    // With other case data in the message, so "about no one" (personless.ts) does not decide it.
    const body = "Kyle Smith (DOB 01/02/2003) starts unpaid work on Monday.\n\nPlease remind anyone visiting that the front spaces are for disabled badge holders.";
    expect(roles(mail(body))["are for disabled"]).toBe("no case context");
  });

  it("guard: the term said of someone still counts", () => {
    expect(roles(mail("Kyle Smith is disabled and has a blue badge."))["is disabled"]).toBe("case");
  });

  it("tuning29: a number to call at a service whose name holds a person word ('the Child Abuse Investigation Unit duty desk') is the service's", () => {
    const r = roles(mail("For child protection matters please contact the Child Abuse Investigation Unit duty desk on 0116 248 2290."));
    expect(r["0116 248 2290"]).toBe("a service's number");
  });

  it("guard: a relative called on a number is no service", () => {
    const r = roles(mail("Kyle Smith was arrested. Please call his mum on 07700 900453."));
    expect(r["07700 900453"]).toBe("case");
  });

  it("tuning29: a term in an audit, and a policy's 'if you are the subject of a police investigation', are about no one", () => {
    const other = "Kyle Smith (DOB 01/02/2003) starts unpaid work on Monday.\n\n";
    expect(roles(mail(`${other}4. Multi-agency audit on domestic abuse and the voice of the child - findings`))["domestic abuse"]).toBe("no case context");
    const policy = roles(mail("Under the Council's policy you must tell your line manager if you receive a caution or conviction, or are the subject of a police investigation, between checks."));
    expect(policy["conviction"]).toBe("no case context");
  });

  it("guard: 'he is the subject of' a plan is someone", () => {
    expect(roles(mail("He is the subject of a child protection plan after the conviction."))["the conviction"]).toBe("case");
  });
});
