import { rolesByText } from "./rolesOf";

/** The role of each span: "case" or the reason it was set aside, keyed by its text (the first of each). */
function roles(text: string): Record<string, string> {
  return rolesByText(text, [["Funmi Adeyemi", "funmi.adeyemi@dwp.gov.uk"]], true);
}
const mail = (body: string): string => `Hi all,\n\n${body}\n\nThanks\nFunmi`;

describe("tuning44–47: a colleague's health told by staff", () => {
  it("once the message gives them as staff ('our colleague', a job, a department), their health is staff news", () => {
    const death = roles(mail("It is with great sadness that I let you know our colleague Trevor Ashmore died on Sunday. Most of you will know that Trevor was diagnosed with bowel cancer in the spring."));
    expect(death["was diagnosed with bowel cancer"]).toBe("no case context");
    const delegates = roles(mail("Our delegates:\n\n- Sinead Gallagher, Disability Employment Adviser\n- Patrick Osei, Work Coach\n\nSinead wears hearing aids and asked if the room has a hearing loop - if not, could she sit near the front?"));
    expect(delegates["aids"]).toBe("no case context");
    const movember = roles(mail("Dave Rowland from Highways is growing a moustache this month after his dad's prostate cancer diagnosis last year."));
    expect(movember["cancer diagnosis"]).toBe("no case context");
  });

  it("guard: a case person named with them, a case-person word, or a pronoun beside a report still counts", () => {
    expect(roles(mail("Our colleague Trevor Ashmore supported Kyle Smith after his overdose."))["his overdose"] ?? roles(mail("Our colleague Trevor Ashmore supported Kyle Smith after his overdose."))["overdose"]).toBe("case");
    expect(roles(mail("Our colleague Trevor Ashmore says the client was diagnosed with schizophrenia."))["was diagnosed with schizophrenia"]).toBe("case");
    expect(roles(mail("Our colleague Trevor Ashmore told me that she was diagnosed with schizophrenia."))["she was diagnosed with schizophrenia"]).toBe("case");
    // Not given as staff: a name with a diagnosis is a case person's.
    expect(roles(mail("Trevor Ashmore was diagnosed with bowel cancer in the spring."))["was diagnosed with bowel cancer"]).toBe("case");
  });

  it("a service's Title-Case name ('The Child Exploitation Hub') points at no one", () => {
    expect(roles(mail("The Child Exploitation Hub received 214 contacts in Q2, with the rise mainly in criminal exploitation linked to county lines."))["criminal exploitation"]).toBe("no case context");
    expect(roles(mail("The mother said the child was a victim of criminal exploitation linked to county lines."))["to county lines"]).toBe("case");
  });

  it("the writer's own HR request may name their own family ('my emergency contact … my wife, Ffion Pritchard')", () => {
    const r = rolesByText(
      "Hello,\n\nI moved house last weekend, so please could you update my records:\n\nNew address: 14 Cedar Close, Littleover, Derby DE23 6RJ\nMobile: 07700 900158\n\nPlease also change my emergency contact to my wife, Ffion Pritchard, on 07700 900574, instead of my dad.\n\nMany thanks,\nOwen Pritchard",
      [["Owen Pritchard", "owen.pritchard@justice.gov.uk"], ["HR", "hr.enquiries@justice.gov.uk"]],
      true,
    );
    expect([r["14 Cedar Close"], r["07700 900158"]]).toEqual(["the sender or a recipient", "the sender or a recipient"]);
  });

  it("guard: someone else's family in the request keeps it a case's", () => {
    const r = rolesByText(
      "Hello,\n\nPlease could you update my records:\n\nNew address: 14 Cedar Close, Littleover, Derby DE23 6RJ\n\nHis dad, Lee Dale, is on licence.\n\nMany thanks,\nOwen Pritchard",
      [["Owen Pritchard", "owen.pritchard@justice.gov.uk"]],
      true,
    );
    expect(r["14 Cedar Close"]).toBe("case");
  });
});
