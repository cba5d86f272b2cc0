import { rolesByText } from "./rolesOf";

/** The role of each span: "case" or the reason it was set aside, keyed by its text (the first of each). */
function roles(text: string): Record<string, string> {
  return rolesByText(text, [["Han Li", "han.li@leicester.gov.uk"]], true);
}
const mail = (body: string): string => `Dear all,\n\n${body}\n\nKind regards\nHan`;
/** A body signed with a signature block that gives a number and an office address. */
const signed = (body: string): string =>
  `Hi,\n\n${body}\n\nThanks\n\nHan Li\nTeam Manager, Child Protection Conferences\nDerby City Council\nFloor 2, 17 Friar Gate, Derby DE1 1BU\nTel: 01632 960902`;

describe("tuning141–173: the dev set's kinds written by new hands", () => {
  it("a housing nomination is no award: a case named in the same paragraph stays case data", () => {
    const r = roles(mail("I can't support the nomination to the flat at this stage. Dwayne is a MAPPA category 2 case and the index offence was arson."));
    expect([r["Dwayne"], r["offence was arson"]]).toEqual(["case", "case"]);
  });

  it("guard: a nomination for an award still makes a paragraph about a colleague's career", () => {
    const r = roles(mail("I would like to nominate Priya Shah for the Team of the Year award. She has led our work on domestic abuse for six years."));
    expect(r["Priya Shah"]).toBe("no case context");
  });

  it("a number or an address the signature also gives is the writer's, said again", () => {
    const r = roles(signed("Urgent Known Persons Check responses should be phoned through to the duty officer on 01632 960902. From January, conferences will be held at 17 Friar Gate (second floor)."));
    expect([r["01632 960902"], r["17 Friar Gate"]]).toEqual(["your signature", "your signature"]);
  });

  it("guard: a different number or address beside case wording stays case data", () => {
    const r = roles(signed("Kyle Smith is on licence for burglary; his mother can be reached on 01632 960777 at 3 Larch Way, Derby DE22 4AB."));
    expect([r["01632 960777"], r["3 Larch Way"]]).toEqual(["case", "case"]);
  });

  it("'Name, Job Title *' lines of a badge list are staff, the marker after the job allowed", () => {
    const r = roles(mail("Names for the badges are below; the ones marked * would like Welsh-language badges.\n\nFfion Hughes, Probation Officer *\nCatrin Lloyd-Evans, MAPPA Coordinator *\nDr Iwan Thomas, Forensic Psychiatrist *\nNia Parry, Victim Liaison Officer *"));
    expect([r["Ffion Hughes"], r["Catrin Lloyd-Evans"], r["Psychiatrist"], r["Nia Parry"]]).toEqual(["a named professional", "a named professional", "no case context", "a named professional"]);
  });

  it("a name with a job after a comma inside brackets is a speaker's, and '(Victim Support)' is an employer", () => {
    const r = roles(mail("A: MAPPA level 2 and 3 meetings (Donna Pickard, MAPPA Coordinator)\nB: Victims' voices in parole – Gemma Ruddock (Victim Support)"));
    expect([r["Donna Pickard"], r["Gemma Ruddock"]]).toEqual(["a named professional", "a named professional"]);
  });

  it("guard: a case role after a comma inside brackets is no job", () => {
    const r = roles(mail("The assault was reported by the neighbour (Kayleigh Brooks, mother of the victim)."));
    expect(r["Kayleigh Brooks"]).toBe("case");
  });

  it("a lower-case service after an organisation in brackets is the attendee's employer", () => {
    const r = roles(mail("Confirmed so far:\nYetunde Bello (DWP)\nMaxine Rolle (Turning Point, drug and alcohol service)\nFemi Adeleke (St Mungo's)"));
    expect([r["Maxine Rolle"], r["drug and alcohol service"], r["Femi Adeleke"]]).toEqual(["no case context", "no case context", "no case context"]);
  });

  it("guard: a service someone is open to is a fact about them", () => {
    const r = roles(mail("Kyle Smith (open to the drug and alcohol service) was arrested on Friday."));
    expect(r["to the drug and alcohol service"]).toBe("case");
  });

  it("a rota's week lines ('w/c 30 Nov – …, with … shadowing') under a lower-case court heading are tasks", () => {
    const r = roles(mail("December rota below.\n\nMagistrates' court (Derby)\nw/c 30 Nov – Leanne Staton, with Gurpreet Sandhu shadowing\nw/c 7 Dec – Amy Ferris\nw/c 14 Dec – Callum Breen"));
    // Thirty-third session: "with … shadowing" closing the line makes the shadow a professional.
    expect([r["Leanne Staton"], r["Gurpreet Sandhu"], r["Amy Ferris"]]).toEqual(["no case context", "a named professional", "no case context"]);
  });

  it("guard: a rota line with case wording is no task", () => {
    const r = roles(mail("December rota below.\n\nMagistrates' court (Derby)\nw/c 30 Nov – Leanne Staton, arrested for burglary\nw/c 7 Dec – Amy Ferris"));
    expect(r["Leanne Staton"]).toBe("case");
  });

  it("a baby clinic is a service: its scales and its sites are no case (tuning148)", () => {
    const r = roles(mail("Two of the baby clinic scales failed calibration on Friday (Burbage and Earl Shilton)."));
    expect(r["Burbage"]).toBe("no case context");
  });

  it("guard: a baby spoken of is still case wording beside a name", () => {
    const r = roles(mail("Kai Brennan's baby was seen with a bruise on Friday."));
    expect(r["Kai Brennan"]).toBe("case");
  });

  it("a learner shadowing a named officer, a colleague in a named team and a job after 'currently a' or before a full stop are staff (tuning151)", () => {
    const r = roles(mail("Mon 30 Nov - Ben Lakin shadows Carys Woodward (PO) on court duty at Derby Magistrates'.\nTue 1 Dec - both at the Unpaid Work depot with Geoff Ratcliffe, Community Payback Supervisor.\nWed 2 Dec - Anna-Marie with Yusuf Hanif in the Victim Contact team.\n\nAs agreed, Gemma Clarke, currently a Practice Manager in our Area 6 locality team (Amber Valley), will be seconded to the MASH."));
    expect([r["Ben Lakin"], r["Geoff Ratcliffe"], r["Yusuf Hanif"], r["Gemma Clarke"]].every((x) => x !== "case")).toBe(true);
  });

  it("guard: someone a worker shadows by case wording, or a child in a family's team, stays case data", () => {
    const r = roles(mail("Kyle Smith shadows people he wants to hurt; he is on licence for stalking.\nLiam Price in the youth team at football was assaulted on Friday."));
    expect([r["Kyle Smith"], r["Liam Price"]]).toEqual(["case", "case"]);
  });

  it("policy wording about 'a practitioner who disagrees with a decision about a child protection plan' is about no one (tuning153)", () => {
    const r = roles(mail("The main change is a clearer first stage, so that a practitioner who disagrees with a decision about a child protection plan speaks to their counterpart within two working days."));
    expect(r["a child protection plan"]).toBe("no case context");
  });

  it("guard: a child protection plan said of someone is still a fact", () => {
    const r = roles(mail("Kyle Smith is on a child protection plan and his mother disagrees with it."));
    expect(r["Kyle Smith"]).toBe("case");
  });

  it("a rota's remark that names no one gives its case words to no one on the rota lines around it (tuning153)", () => {
    const r = roles(mail("The chairing rota for the MARAC in December.\n\nThu 3 Dec - DI Sam Okafor (chair), Joanne Whitlock (deputy)\nThu 10 Dec - DCI Lee Harwood (chair), Sunita Mistry, IDVA service (deputy)\nNo MARAC on 24 or 31 Dec - anything that can't wait goes to the daily risk meeting as usual."));
    expect(r["Sunita Mistry"]).not.toBe("case");
  });

  it("guard: a remark in a rota that names someone with case wording is no remark", () => {
    const r = roles(mail("The chairing rota for the MARAC in December.\n\nThu 3 Dec - Joanne Whitlock (deputy)\nThu 10 Dec - Sunita Mistry (deputy)\nNo MARAC on 24 Dec - Kyle Price was arrested and goes to the risk meeting."));
    expect(r["Kyle Price"]).toBe("case");
  });

  it("a strong term past its lead-in opening a body's Title-Case name is no fact ('them for the Domestic Abuse Local Partnership Board', tuning153)", () => {
    const r = roles(mail("Could you send the October MARAC figures? DCI Harwood wants them for the Domestic Abuse Local Partnership Board on the 26th."));
    expect(r["them for the Domestic Abuse"]).toBe("no case context");
  });

  it("guard: a strong term said of someone in capitals is still a fact", () => {
    const r = roles(mail("He was arrested for Domestic Abuse on Friday."));
    expect(r["He was arrested for Domestic Abuse"]).toBe("case");
  });

  it("a service named with a lower-case 'service' is where staff work, not a case person ('Children in Care service', tuning164)", () => {
    const r = roles(mail("A group of us from Derby City Council's Children in Care service would like to organise a sponsored walk in memory of our colleague Carl Eyre, who died in August. Carl was cared for at the hospice with pancreatic cancer, and his wife Jo has told us how much the staff meant to them."));
    expect([r["Carl"], r["cancer"], r["Jo"]].every((x) => x !== "case")).toBe(true);
  });

  it("guard: news of a death told of a child in care is a case", () => {
    const r = roles(mail("A child in care, Carl Eyre, died in August after he was assaulted at the hospice."));
    expect(r["Carl Eyre"]).toBe("case");
  });

  it("an eating disorders team appointment owned by a child is a fact about her (tuning162)", () => {
    const r = roles(mail("Just a reminder that Kacey's appointment with the eating disorders team is on Tuesday."));
    expect([r["Kacey"], r["with the eating disorders team"]]).toEqual(["case", "case"]);
  });

  it("'the team news' of a colleague's baby is staff news (tuning168)", () => {
    const r = roles(mail("As promised, the team news:\n\n- Lydia and her partner Sam had a little girl, Isla, on 2 November. Both doing well.\n- Pete is back from his hip replacement on a phased return."));
    expect([r["Lydia"], r["Sam"], r["Isla"]].every((x) => x !== "case")).toBe(true);
  });

  it("guard: a little girl born into a case family is a case", () => {
    const r = roles(mail("Kayleigh Brooks had a little girl on 2 November; the baby is on a child protection plan."));
    expect(r["Kayleigh Brooks"]).toBe("case");
  });

  it("a street followed by its building's name is an office ('Meeting Room 2, Brimington Road Offices', tuning169)", () => {
    const r = roles(mail("Area\tVenue\tChairs\nChesterfield\tMeeting Room 2, Brimington Road Offices, Chesterfield S41 7PL\tAlison Petch"));
    expect(r["2, Brimington Road"]).toBe("no case context");
  });

  it("a guest brought to a staff event is staff news ('Imran is bringing his wife', '(+1, his wife Sadia)', tuning172)", () => {
    const r = roles(mail("That's 16 people for Friday 18 December: two vegetarian, one no pork, and Imran is bringing his wife, so please make it 17.\n\nNo pork: Imran (+1, his wife Sadia)."));
    expect([r["Imran"], r["Sadia"]].every((x) => x !== "case")).toBe(true);
  });

  it("guard: a wife brought to a case's contact is still case wording", () => {
    const r = roles(mail("Kyle Smith's wife came to the contact and there was domestic abuse."));
    expect(r["Kyle Smith"]).toBe("case");
  });
});
