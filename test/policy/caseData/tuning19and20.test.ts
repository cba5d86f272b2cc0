import { rolesByText } from "./rolesOf";

/** The role of each span: "case" or the reason it was set aside, keyed by its text (the first of each). */
function roles(text: string): Record<string, string> {
  return rolesByText(text, [["Sarah Greenwood", "sarah.greenwood@derbyshire.gov.uk"]], true);
}
const mail = (body: string): string => `Hi Natalie,\n\n${body}\n\nKind regards\nSarah`;

describe("tuning19/20: ordinary wording that is no case", () => {
  it("'the baby room' of a nursery is a room, not a baby", () => {
    const r = roles(mail("It would help to have Emma (your SENCo) and Paige from the baby room for part of it."));
    expect([r["Emma"], r["Paige"]]).toEqual(["no case context", "no case context"]);
  });

  it("a bulletin's 'Baby news:' label does not stop a staff member's family news being set aside", () => {
    const r = roles(mail("Baby news: Mark Ellis from the Area 6 team and his wife Summer welcomed their daughter Rose on 2 November. Mark is on paternity leave until 30 November."));
    expect([r["Summer"], r["Rose"]]).toEqual(["no case context", "no case context"]);
  });

  it("'contact DS Kemi Adebayo or the IOM office on …': the number is the office's", () => {
    const r = roles(mail("For anything relating to the Wandsworth IOM cohort please contact DS 4471SW Kemi Adebayo or the IOM office on 020 8247 6100."));
    expect(r["020 8247 6100"]).toBe("a service's number");
  });

  it("a postcode after a probation office's abbreviation ('Derby PO (DE1 2HT)') is an office's", () => {
    const r = roles(mail("06/10/2026\tDerby PO (DE1 2HT)\tDerby Crown Court\tCourt duty\t1.8"));
    expect(r["DE1 2HT"]).toBe("no case context");
  });

  it("case words in a department's name in brackets give no case context", () => {
    const r = roles(mail("Floor\tFire warden\n3rd (Unpaid Work and Accredited Programmes)\tRukhsana Bibi"));
    expect(r["Rukhsana Bibi"]).toBe("no case context");
  });

  it("a special-category term in a running order's Lead column names the lead's team", () => {
    const r = roles(mail("Time\tSession\tLead\n10:00\tAttachment in the classroom\tDr Rebecca Lyle, Clinical Psychologist, CAMHS Looked After Children Team"));
    expect(r["CAMHS"]).toBe("no case context");
  });
});

describe("tuning19/20 guards: the same words about a case person still count", () => {
  it("a baby in a sentence still counts: 'the baby was seen'", () => {
    const r = roles(mail("Paige says the baby was seen by the health visitor on Monday."));
    expect(r["Paige"]).toBe("case");
  });

  it("'Baby news:' is no licence for a case person's baby ('the child')", () => {
    const r = roles(mail("Baby news: Kayleigh Brooks and her partner Dan welcomed their daughter Rose; the child is on a CP plan."));
    expect(r["Rose"]).toBe("case");
  });

  it("'contact the IOM office or his mum on …': the number is the relative's", () => {
    const r = roles(mail("About Lee Dale's curfew, please contact the IOM office or his mum on 07700 900123."));
    expect(r["07700 900123"]).toBe("case");
  });

  it("'contact the IOM office or Kemi Adebayo on …': a person named last owns the number", () => {
    const r = roles(mail("For anything relating to the IOM cohort please contact the IOM office or Kemi Adebayo on 07700 900123."));
    expect(r["07700 900123"]).not.toBe("a service's number");
  });

  it("a home visit's postcode with no office on its line stays case data", () => {
    const r = roles(mail("Home visit to Lee Dale, who is on licence, at 12 Elm Road, Derby DE1 2HT."));
    expect(r["DE1 2HT"]).toBe("case");
  });

  it("case words in brackets right after a person's name are about them", () => {
    const r = roles(mail("Lee Dale (Unpaid Work and Curfew) starts on Monday."));
    expect(r["Lee Dale"]).toBe("case");
  });

  it("a special-category term in another column stays a fact about the row's person", () => {
    const r = roles(mail("Name\tNotes\tLead\nLee Dale\tCAMHS appointment about his self-harm\tJo Price"));
    expect(r["Lee Dale"]).toBe("case");
  });
});
