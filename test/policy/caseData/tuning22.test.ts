import { rolesByText } from "./rolesOf";
import { isPublicServiceMailbox } from "../../../src/policy/caseData/addresses";

/** The role of each span: "case" or the reason it was set aside, keyed by its text (the first of each). */
function roles(text: string): Record<string, string> {
  return rolesByText(text, [["Olu Bankole", "olu.bankole@richmondandwandsworth.gov.uk"]], true);
}
const mail = (body: string): string => `Dear colleagues,\n\n${body}\n\nKind regards\nOlu`;

describe("tuning22: services' mail dense with their own vocabulary", () => {
  it("a team that takes calls on a number: the number is the team's", () => {
    const r = roles(mail("Urgent concerns. The CAMHS Crisis and Home Treatment team will take calls from schools directly between 08:00 and 20:00 on 0116 496 0733."));
    expect(r["0116 496 0733"]).toBe("a service's number");
  });

  it("guard: a person named between the team and the number, or a relative taking calls, is no service", () => {
    const named = roles(mail("Kyle Smith was arrested last night. The youth justice team will take calls through Jo Price on 07700 900123."));
    expect(named["07700 900123"]).toBe("case");
    const mum = roles(mail("Kyle Smith was arrested last night. His mum will take calls on 07700 900456."));
    expect(mum["07700 900456"]).toBe("case");
  });

  it("an e-mail address at a public body's domain is a staff or team mailbox, even in a sentence about prisoners", () => {
    const r = roles(mail("HMP Leicester will send all child safeguarding enquiries for newly sentenced and remanded prisoners from the functional mailbox omu.public.protection.hmpleicester@justice.gov.uk."));
    expect(r["omu.public.protection.hmpleicester@justice.gov.uk"]).toBe("a public-sector mailbox");
    expect(isPublicServiceMailbox("liam.ferris@met.police.uk.cjsm.net")).toBe(true);
    expect(isPublicServiceMailbox("a.nurse@nhs.net")).toBe(true);
  });

  it("guard: a case person's own webmail or company address stays case data", () => {
    const r = roles(mail("Kyle Smith (DOB 01/02/2001) was recalled on Friday; his e-mail is kyle.smith99@gmail.com and his employer's is hr@acme-builders.co.uk."));
    expect([r["kyle.smith99@gmail.com"], r["hr@acme-builders.co.uk"]]).toEqual(["case", "case"]);
    expect(isPublicServiceMailbox("kyle.smith99@gmail.com")).toBe(false);
  });

  it("'they' of a group: figures about children or people in number refer to no one", () => {
    const r = roles(mail("The first-time entrant figures are for the whole borough (children aged 10–17 receiving their first caution or conviction)."));
    expect(r["conviction"]).toBe("no case context");
    const counted = roles(mail("Since April we have recorded 14 non-fatal overdoses among people open to us, 3 of them within a fortnight of release, and we are seeing more heroin in the supply."));
    expect(counted["heroin"]).toBe("no case context");
  });

  it("guard: 'their son', 'the parents' and a lone 'they' are still someone", () => {
    expect(roles(mail("Parents said their child had an overdose."))["had an overdose"]).toBe("case");
    expect(roles(mail("They told us their son has been self-harming."))["self-harming"]).toBe("case");
    expect(roles(mail("They said they were scared and had been self-harming."))["self-harming"]).toBe("case");
  });

  it("a message that says it holds no identifying information, or uses pseudonyms, tells of no one identifiable", () => {
    const briefing = "The briefing contains no identifying information and can be shared with staff.\n\nChild A was a 14-year-old girl living in the north of the county. She was assessed as at high risk of child sexual and criminal exploitation, and she had begun to self-harm.";
    expect(roles(mail(briefing))["to self-harm"]).toBe("no case context");
    const dhr = "The review concerns the death of a woman in her 40s, killed by her adult son, who was later convicted of manslaughter. The report uses pseudonyms throughout.";
    expect(roles(mail(dhr))["convicted of manslaughter"]).toBe("no case context");
  });

  it("guard: such a message's names with case wording, and its dates of birth, still count; 'not anonymised' is no such statement", () => {
    const r = roles(mail("The briefing contains no identifying information. Jayden Price (DOB 03/04/2012) went missing eleven times and had begun to self-harm."));
    expect([r["Jayden Price"], r["03/04/2012"]]).toEqual(["case", "case"]);
    expect(roles(mail("This report is not anonymised. The girl had begun to self-harm."))["to self-harm"]).toBe("case");
  });

  it("a special-category term naming a conference, a strategy or a campaign (also after 'and' another term) is a topic", () => {
    const r = roles(mail("I'm organising the all-Wales county lines and child criminal exploitation conference in Aberystwyth, and colleagues told me about your approach when a child is arrested."));
    expect([r["county lines"], r["child criminal exploitation"]]).toEqual(["no case context", "no case context"]);
  });

  it("guard: a term that is about someone, not an event, still counts", () => {
    const r = roles(mail("Kyle Smith told me his mum's domestic abuse got worse, and the county lines exploitation continues."));
    expect([r["Kyle Smith"], r["domestic abuse"]]).toEqual(["case", "case"]);
  });
});
