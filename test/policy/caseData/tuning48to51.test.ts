import { rolesByText } from "./rolesOf";

/** The role of each span: "case" or the reason it was set aside, keyed by its text (the first of each). */
function roles(text: string): Record<string, string> {
  return rolesByText(text, [["Sunita Parmar", "sunita.parmar@leics.gov.uk"]], true);
}
const mail = (body: string): string => `Hi all,\n\n${body}\n\nThanks\nSunita`;

describe("tuning48–51: rotas in every shape", () => {
  const rota = (intro: string): Record<string, string> =>
    roles(
      mail(
        `${intro}\n\nWeek commencing 7 December\nStrategy discussions (MASH): Mandeep Kaur Mon–Wed, Callum Reeve Thu–Fri\nCourt cover (Leicester Family Court): Tom Ashby Tue 8 and Wed 9\nStudent shadowing: Grace (ASYE) with Laura Gilmartin all week\n\nChristmas period\nThu 24 Dec (half day) – Laura Gilmartin / Ayesha Bibi`,
      ),
    );

  it("in a message that gives a rota, lines of tasks, names, days and remarks are a rota, under date or short headings", () => {
    const r = rota("Draft December rota below.");
    expect([r["Mandeep Kaur"], r["Callum Reeve"], r["Tom Ashby"], r["Laura Gilmartin"]]).toEqual(["no case context", "no case context", "no case context", "no case context"]);
  });

  it("guard: without the word rota the same lines are read as they are", () => {
    expect(rota("Here is the list.")["Mandeep Kaur"]).toBe("case");
  });

  it("guard: case wording beside a name, or a case role as a label, makes no rota line", () => {
    expect(roles(mail("December rota below.\n\nWed 2 Dec – Tom Ashby / Jo Price\nTue 1 Dec – Kyle Smith arrested"))["Kyle Smith"]).toBe("case");
    expect(roles(mail("December rota below.\n\nWed 2 Dec – Tom Ashby / Jo Price\nVictim: Jade Brown"))["Jade Brown"]).toBe("case");
  });

  it("a rota's title line and a name 'on Tuesdays and Fridays' keep it a rota", () => {
    const r = roles(mail("Updated rota below.\n\nLeicester Magistrates' Court - duty rota December 2026\nTue 1 Dec - Priya Solanki / Ben Hardwick\nWed 16 Dec - Dani Fox (remand court) / Kate Illingworth\n\nYouth court: Dani Fox on Tuesdays and Fridays, alongside the YOS court officer."));
    expect([r["Priya Solanki"], r["Dani Fox"]]).toEqual(["no case context", "no case context"]);
  });
});

describe("tuning48–51: meetings that say no case was discussed, officers and trainers", () => {
  it("an officer named by rank is no one a term beside them is about ('DI Crane gave an update on the county lines operation')", () => {
    const r = roles(mail("3. Exploitation\nReferrals have risen since the schools' awareness week. DI Crane gave an update on the county lines operation."));
    expect(r["the county lines"]).toBe("no case context");
  });

  it("'No individual cases were discussed' makes the minutes' terms topics", () => {
    const r = roles(mail("3. Exploitation\nSam Lee gave an update on the county lines operation. No individual cases were discussed."));
    expect(r["the county lines"]).toBe("no case context");
  });

  it("guard: a named case person in such minutes still counts", () => {
    const r = roles(mail("DI Crane said Kyle Smith (DOB 01/02/2003) was arrested in the county lines operation."));
    expect(r["Kyle Smith"]).toBe("case");
  });

  it("every trainer in a labelled list is a professional ('Trainers: Paulette Greaves (…), Jon Skelton (…)')", () => {
    const r = roles(mail("Trainers: Paulette Greaves (GCP2 and neglect), Jon Skelton (contextual safeguarding), and colleagues from the Derbyshire police."));
    expect([r["Paulette Greaves"], r["Jon Skelton"]]).toEqual(["a named professional", "a named professional"]);
  });
});

describe("tuning52–55: duty lists and HR requests", () => {
  it("'Duty for the next couple of weeks' and 'if you swap' announce a rota; an empty slot keeps it one", () => {
    const r = roles(mail("Duty for the next couple of weeks is below. If you swap, please tell Natalie.\n\nMon 30/11 - Hollie Bramwell\nTue 01/12 - Jamie Orrell\nTue 08/12 - nobody yet (MAPPA development day) - volunteers please"));
    expect([r["Hollie Bramwell"], r["Jamie Orrell"]]).toEqual(["no case context", "no case context"]);
  });

  it("'if you swap' alone announces a rota", () => {
    const r = roles(mail("Court days below. If you swap, please tell Natalie.\n\nMagistrates' Court\nMon 30/11 - Hollie Bramwell\nTue 01/12 - Jamie Orrell"));
    expect(r["Hollie Bramwell"]).toBe("no case context");
  });

  it("the writer's own next of kin on a labelled line of an HR request is theirs ('Emergency contact: Sam Whitfield (partner)')", () => {
    const r = rolesByText(
      "Hello,\n\nI moved house at the weekend. Could you please update my personnel record?\n\nNew home address: 7 Holly Bank, Belper DE56 1RW\nEmergency contact: Sam Whitfield (partner), 07700 900584\n\nI've copied in my line manager, Amy, so she has the new emergency contact.\n\nThanks\n\nJade",
      [["Jade Whitfield", "jade.whitfield@justice.gov.uk"]],
      true,
    );
    expect([r["Sam Whitfield"], r["7 Holly Bank"], r["07700 900584"]]).toEqual(["the sender or a recipient", "the sender or a recipient", "the sender or a recipient"]);
  });

  it("guard: a pronoun outside the manager's sentence still stops it", () => {
    const r = rolesByText(
      "Hello,\n\nPlease could you update my personnel record?\n\nNew home address: 7 Holly Bank, Belper DE56 1RW\nEmergency contact: Sam Whitfield (partner)\n\nShe was arrested last week.\n\nThanks\n\nJade",
      [["Jade Whitfield", "jade.whitfield@justice.gov.uk"]],
      true,
    );
    expect(r["7 Holly Bank"]).toBe("case");
  });
});

describe("tuning56–59: running orders and out-of-hours lines", () => {
  it("a running order's session title is its topic, and its speaker staff ('11:00 … self-harm and exploitation - Hollie Brandon, Paediatric Liaison')", () => {
    const r = roles(mail('The running order is now fixed:\n09:30 Neglect and the "toxic trio" - Dr Adebayo Okafor\n11:00 Adolescents in ED: self-harm and exploitation - Hollie Brandon, Paediatric Liaison\n13:30 Breakouts: safer sleep'));
    expect([r["self-harm"], r["exploitation"], r["Hollie Brandon"]]).toEqual(["no case context", "no case context", "a named professional"]);
  });

  it("guard: with another name on the line, the line may be about them", () => {
    const r = roles(mail("The running order is now fixed:\n11:00 Kyle Smith: self-harm and exploitation - Hollie Brandon"));
    expect(r["Kyle Smith"]).toBe("case");
  });

  it("a number to call a service 'out of hours' is the service's ('Call Derbyshire out of hours on 01629 532600')", () => {
    const r = roles(mail("Kyle Smith (DOB 01/02/2003) is open to us. Call Derbyshire out of hours on 01629 532600."));
    expect(r["01629 532600"]).toBe("a service's number");
  });
});

describe("tuning58: a colleague's retirement", () => {
  it("the writer's team's service ('the last 16 of them with us at the CMHT') is a workplace, and a retirement is staff news", () => {
    const r = roles(mail("As most of you know, Bernie Walsh is retiring on Friday 18 December after 38 years in nursing, the last 16 of them with us at the CMHT."));
    expect([r["Bernie Walsh"], r["the CMHT"]]).toEqual(["no case context", "no case context"]);
  });

  it("guard: a client seen at the CMHT is a case", () => {
    const r = roles(mail("Kyle Smith was seen at the CMHT on Friday."));
    expect(r["Kyle Smith"]).toBe("case");
  });
});
