import { subjectTermIsTopic } from "../../../src/policy/caseData/topics";
import { rolesByText } from "./rolesOf";

/** The role of each span: "case" or the reason it was set aside, keyed by its text (the first of each). */
function roles(text: string): Record<string, string> {
  return rolesByText(text, [["Han Li", "han.li@leicester.gov.uk"]], true);
}
const mail = (body: string): string => `Dear all,\n\n${body}\n\nKind regards\nHan`;

describe("tuning63–68: everyday mail of business support, courts, health and long threads", () => {
  it("the second of two a session is 'facilitated by' is a professional when the first has an employer in brackets", () => {
    const r = roles(mail("Sessions are facilitated by DC Laura Peet (Leicestershire Police Child Abuse Investigation Unit) and Sarah Ingles (LPT Safeguarding), with guest input from the Designated Nurse team."));
    expect(r["Sarah Ingles"]).toBe("a named professional");
  });

  it("guard: an assault 'by' two people stays case data, brackets or not", () => {
    const r = roles(mail("Kyle Smith was assaulted by Jordan Price (his cousin) and Lee Dale on Friday."));
    expect([r["Jordan Price"], r["Lee Dale"]]).toEqual(["case", "case"]);
  });

  it("an attendee's job title may hold a person word ('Designated Nurse Safeguarding Children'), and another mention of them is theirs", () => {
    const r = roles(mail("Present:\nLaura Bexon, Designated Nurse Safeguarding Children, LLR ICB\nPaul Rendell, Head of Inclusion, Leicester City Council\n\n4. Health\nLaura Bexon confirmed the screening pathway is live; waiting times for CAMHS assessments remain the main pressure."));
    expect(r["Laura Bexon"]).toBe("a named professional");
  });

  it("guard: an attendee given as a person word without a job is no professional", () => {
    // The last mention of each: the list gives them no role that would carry over.
    const r = rolesByText(mail("Present:\nKayleigh Brooks, Mother\nLiam Brooks, Child\nJo Price, Social Worker\n\nKayleigh Brooks said Liam Brooks was assaulted at school."), [["Han Li", "han.li@leicester.gov.uk"]]);
    expect([r["Kayleigh Brooks"], r["Liam Brooks"], r["Jo Price"]]).toEqual(["case", "case", "a named professional"]);
  });

  it("an attendance list opening its line counts, though the lines above run into its sentence", () => {
    const r = roles(mail("IOM Strategic Board\nChair: Supt Graham Okafor, MPS\nPresent: DS Fiona Galbraith, MPS; Sunita Bains, DWP; Kelly Marsh, Change Grow Live (substance misuse); Sgt Hannah Royce, BTP"));
    expect([r["Kelly Marsh"], r["substance misuse"]]).toEqual(["a named professional", "no case context"]);
  });

  it("a term alone in brackets after an organisation's name is its field; guard: after a person's name it is about them", () => {
    expect(roles(mail("Kelly Marsh, Change Grow Live (substance misuse), will present the figures."))["substance misuse"]).toBe("no case context");
    expect(roles(mail("Kyle Smith (substance misuse) was arrested on Friday."))["substance misuse"]).toBe("case");
  });

  it("names alone in an action log's 'By' column own the actions; the dates there are deadlines", () => {
    const r = roles(mail("Action log\nNo. | Action | By | Due\n1 | Ethnicity breakdown of remands and custody | Sarah Yeung | 12/01/2027\n2 | Circulate refreshed CCE mapping | Dawn Atwal | 12/01/2027"));
    // The dates are not read as dates of birth at all: the detector reads the column's heading (twenty-sixth session).
    expect([r["Sarah Yeung"], r["Dawn Atwal"], r["CCE"], r["12/01/2027"]]).toEqual(["a named professional", "a named professional", "no case context", undefined]);
  });

  it("guard: under a 'Who' heading a name is whom it happened to", () => {
    const r = roles(mail("Incident | Who | When\nAssault at the hostel | Kyle Smith | 12/01/2027"));
    expect(r["Kyle Smith"]).toBe("case");
  });

  it("a job title ending in 'Offender Management' is a job: the signature's mobile is no case data", () => {
    const r = roles(mail("Next board: Tuesday 12 January 2027.\n\nPrecious Mhlanga (she/her)\nProbation Officer – Integrated Offender Management\nWandsworth Probation Delivery Unit\nMobile: 07700 900477"));
    expect(r["07700 900477"]).toBe("no case context");
  });

  it("what only staff have after a name ('Paul's team', 'Jo's caseload') makes a professional; guard: a team at play is no staff", () => {
    expect(roles(mail("Crown Court cover stays with Paul Dunn's team; Saturday remand court is on the regional rota."))["Paul Dunn"]).toBe("a named professional");
    expect(roles(mail("The custody review is on Jo Price's caseload."))["Jo Price"]).toBe("a named professional");
    expect(roles(mail("Kyle Smith's team lost and he was arrested after the match."))["Kyle Smith"]).toBe("case");
  });
});

describe("tuning69–74: police, adult care, managers, new starters, short mail, prisons and probation", () => {
  const people: [string, string][] = [["Han Li", "han.li@leicester.gov.uk"]];

  it("the writer's own records: a service's name holding a person word, and a label with a bracket", () => {
    const r = rolesByText("Hello,\n\nI joined Children's Social Care on 2 November and I've moved. Please could you update my records:\n\nHome address (from 1 December): 14 Kirby Road, Leicester LE3 6BL\nMobile: 07700 900417\n\nMany thanks,\nHan", people);
    expect([r["14 Kirby Road"], r["LE3 6BL"], r["07700 900417"]]).toEqual(["the sender or a recipient", "the sender or a recipient", "the sender or a recipient"]);
  });

  it("guard: a child's address in a request about my records is not mine", () => {
    const r = rolesByText("Hello,\n\nPlease update my records: the child I foster has moved.\n\nHome address (from 1 December): 14 Kirby Road, Leicester LE3 6BL\n\nThanks,\nHan", people);
    expect(r["14 Kirby Road"]).toBe("case");
  });

  it("a second number called for a service after a first ('…Team on 01332 642855, or Careline out of hours on …') is the service's", () => {
    const r = roles(mail("For urgent child protection matters please contact the Initial Response Team on 01332 642855, or Careline out of hours on 01332 640900."));
    expect(r["01332 640900"]).toBe("a service's number");
  });

  it("a staff job in apposition before a name ('Our Work and Health Coach, Farah,') makes a professional", () => {
    const r = roles(mail("Our Work and Health Coach, Farah, will be on site the same day, so we can agree how referrals for the employment support programme will work."));
    expect(r["Farah"]).toBe("a named professional");
  });

  it("a name with a case reference beside it is the case's person, whatever its sentence says", () => {
    const r = roles(mail("List for Saturday.\n\n1. Liam Hodgkinson, CRN D301874 - 12 hrs left. Epilepsy: no strimmers.\n2. Kelsey Watts (CRN D288150) - 40 hrs.\n3. CRN D317729 – Ashley Brindley - 90 hrs."));
    expect([r["Liam Hodgkinson"], r["Kelsey Watts"], r["Ashley Brindley"]]).toEqual(["case", "case", "case"]);
  });

  it("guard: a case reference elsewhere in the sentence, or beside a professional, does not make a name the case's", () => {
    const r = roles(mail("Jo Price will pick up the transfer of CRN D301874 on Monday, and Sam Lee (PO) holds CRN D288150."));
    expect(r["Jo Price"]).not.toBe("case");
    expect(r["Sam Lee"]).toBe("a named professional");
  });
});

describe("tuning75–80: case data told in passing, forms and labels, staff HR mail", () => {
  const people: [string, string][] = [["Han Li", "han.li@leicester.gov.uk"]];

  it("social-care and probation shorthand is case wording: MFH, a CP review, a residence condition, recall being weighed, risk to the ex-partner", () => {
    expect(roles(mail("Kiera was MFH again last night, that's the third time this month."))["Kiera"]).toBe("case");
    expect(roles(mail("Can u tell Sue the Okafor baby (Amari) weight's dropped again & the CP review is Thurs 10am."))["Amari"]).toBe("case");
    expect(roles(mail("Marcus has a residence condition so he needs an approved address by Friday or I'll have to consider recall."))["Marcus"]).toBe("case");
    expect(roles(mail("Lee Dale's risk to the ex-partner is assessed as high."))["Lee Dale"]).toBe("case");
  });

  it("guard: 'I don't recall', and a protocol named for the shorthand, give no case context", () => {
    expect(roles(mail("I don't recall whether Jo Price booked the room."))["Jo Price"]).not.toBe("case");
    expect(roles(mail("Agenda: the MFH protocol refresh, then Helen Ward on the co-location update."))["Helen Ward"]).not.toBe("case");
  });

  it("a relapse or losing a home told of 'he' reaches the name before it", () => {
    const r = roles(mail("Just to let you know Darren Pike didn't come to his work search review this morning. When I saw him last week he told me he's using again and that his mum has kicked him out."));
    expect(r["Darren Pike"]).toBe("case");
  });

  it("a name after a case-person label on its line is the case's person, and a street named for a building is still a home", () => {
    const r = roles(mail("Here are the details:\n\nPatient: Ellis Hammond, 79, 14 Station Road, Market Harborough LE16 7TQ"));
    expect([r["Ellis Hammond"], r["14 Station Road"], r["LE16 7TQ"]]).toEqual(["case", "case", "case"]);
  });

  it("guard: 'Name:' on a booking is no case label, and an office on Station Road is an office", () => {
    expect(roles(mail("Delegates for Wednesday:\nName: Jo Price"))["Jo Price"]).not.toBe("case");
    expect(roles(mail("The meeting is at the Probation Office, 14 Station Road, Derby DE1 2AB."))["14 Station Road"]).toBe("no case context");
  });

  it("the writer's own records: a sentence about their own relative, and a colleague who 'has already approved'", () => {
    const r = rolesByText("Hello,\n\nCould you please update my personnel record? I moved house at the weekend.\n\nNew home address: 14 Hazel Grove, London SW17 9QT\n\nMy emergency contact is still my husband, but his mobile has changed to 07700 900247. I'm taking leave on 21 December; Nicola Shaw has already approved it.\n\nMany thanks,\nHan", people);
    expect(r["14 Hazel Grove"]).toBe("the sender or a recipient");
    expect(r["07700 900247"]).not.toBe("case");
  });
});

describe("tuning81–86: partnerships' everyday mail", () => {
  it("a job title in apposition mid-sentence makes a professional, and their first name later is theirs", () => {
    const r = rolesByText(mail("After 31 years, Bev Marriott, Senior Administrator at Ilkeston, retires this month. Many of you will have had a KPC chased by Bev at some point!"), [["Han Li", "han.li@leicester.gov.uk"]]);
    expect([r["Bev Marriott"], r["Bev"]]).toEqual(["a named professional", "a named professional"]);
  });

  it("guard: a case person with a relation or a case role after the comma is no professional", () => {
    const r = roles(mail("Kyle Smith, Lee's stepson, was arrested on Friday."));
    expect(r["Kyle Smith"]).toBe("case");
  });

  it("case words opening a service's Title-Case name name the service ('Domestic Abuse and Sexual Violence Team')", () => {
    const r = roles(mail("White ribbons are available from the team.\n\nLeicester City Council Domestic Abuse and Sexual Violence Team\nCity Hall, 115 Charles Street, Leicester LE1 1FZ\n0116 496 0577"));
    expect(r["0116 496 0577"]).not.toBe("case");
  });

  it("guard: the same words about someone in lower case still give case context", () => {
    expect(roles(mail("Kyle Smith's partner reported domestic abuse to the team on Friday."))["Kyle Smith"]).toBe("case");
  });
});

describe("tuning87–92: mail leaving the routes, staff's own matters, thin case data", () => {
  const people: [string, string][] = [["Han Li", "han.li@leicester.gov.uk"]];

  it("told thinly: a parent reporting about a named child, a tag, a breach, drink smelt, a safety plan, a session of one's own", () => {
    expect(roles(mail("Callum's mum rang again last night."))["Callum"]).toBe("case");
    expect(roles(mail("Could you keep an eye on Liam on Thursday? He's just come out of prison and he's on a tag."))["Liam"]).toBe("case");
    expect(roles(mail("Connor breached his curfew Friday and Saturday."))["Connor"]).toBe("case");
    expect(roles(mail("Just to let you know Tariq came in this morning smelling of drink."))["Tariq"]).toBe("case");
    expect(roles(mail("Ollie has stopped saying at school that he wants to hurt himself, and he's had his first CAMHS session."))["Ollie"]).toBe("case");
  });

  it("guard: the force's team, a session of a course, a colleague's mum at the leaving do", () => {
    expect(roles(mail("Rachel Osei leads the force's child sexual exploitation team."))["child sexual exploitation"]).not.toBe("case");
    expect(roles(mail("Priya Shah will run a CAMHS session for new starters on Friday."))["Priya Shah"]).not.toBe("case");
    expect(roles(mail("Tom Price's mum is coming to the leaving do on Friday."))["Tom Price"]).not.toBe("case");
  });

  it("a name in brackets with our job in lower case, a Team Leader on a dated line, a verger with the key: staff", () => {
    expect(roles(mail("From us: me and Lauren Whitmore (our MASH decision-making lead from the city council)."))["Lauren Whitmore"]).toBe("a named professional");
    expect(roles(mail("Wed 2 Dec, 14:00 - Kerry Boateng, Team Leader, Balham\nWed 2 Dec, 15:00 - Mo Hassan, Disability Employment Adviser"))["Kerry Boateng"]).toBe("a named professional");
    expect(roles(mail("The key is with the verger, Mr Haslam, at 3 Church Walk, Holbrook, next door to the church."))["Mr Haslam"]).toBe("a named professional");
  });

  it("a venue's address is no home: a pavilion, a community café", () => {
    expect(roles(mail("Lunch is at the Trinity Road Community Café, SW17 7SD, and you and Jean are welcome."))["SW17 7SD"]).toBe("no case context");
    expect(roles(mail("The course is at the Pavilion, Evington Road, Leicester LE5 5PJ."))["LE5 5PJ"]).toBe("no case context");
  });

  it("the writer's own request to their GP: their date of birth and NHS number on labelled lines, their childhood asthma, a doctor named", () => {
    const gp = rolesByText("Dear Reception team,\n\nPlease could I ask Dr Sandhu for a further fit note?\n\nName: Han Li\nDate of birth: 22/09/1984\nNHS number: 329 708 5118\n\nFor information my records will show my asthma as a child.\n\nMany thanks,\nHan", people);
    expect([gp["22/09/1984"], gp["329 708 5118"]]).toEqual(["the sender or a recipient", "the sender or a recipient"]);
  });

  it("guard: a request naming someone else's date of birth is no request about the writer", () => {
    const r = rolesByText("Dear Reception team,\n\nPlease could I ask Dr Sandhu for a further fit note for Kyle Smith?\n\nDate of birth: 22/09/2009\n\nMany thanks,\nHan", people);
    expect(r["22/09/2009"]).toBe("case");
  });
});

describe("tuning93–98: events, awards, tables and admin mail", () => {
  it("awards, nominations and retirements are staff news; a career in a unit's or team's name is no case", () => {
    expect(roles(mail("Newly Qualified Social Worker of the Year: Daniel Achebe, praised by colleagues and families alike."))["Daniel Achebe"]).not.toBe("case");
    const r = roles(mail("Pauline Garside is finally retiring after 31 years. She started as a PSO in 1995, moved to the sex offender programmes team in 2003 and then ran the MAPPA unit."));
    expect(r["Pauline Garside"]).not.toBe("case");
    expect(roles(mail("He joined the Met in 2006 and has worked in burglary and robbery squads."))["burglary"]).not.toBe("case");
  });

  it("guard: the same words told of a person stay case wording", () => {
    expect(roles(mail("Kyle Smith is on the MAPPA list. He was convicted of burglary in 2019."))["Kyle Smith"]).toBe("case");
  });

  it("a name alone in its cell before a cell with a job title, a name before a capitalised surname-word and a bracketed job, are staff", () => {
    expect(roles(mail("Ruth Ogundipe\tDomestic Abuse Navigator (Juniper Lodge)\tHer work on high-risk domestic abuse calls"))["Ruth Ogundipe"]).toBe("a named professional");
    expect(roles(mail("We will bring myself and Stuart Keen (Prison Work Coach, covering resettlement)."))["Stuart"]).toBe("a named professional");
  });

  it("a colleague's number after 'on', someone 'at probation', someone on leave: staff", () => {
    expect(roles(mail("Please speak to my colleague Marcia Pryce on 0116 496 0814 about the conference."))["0116 496 0814"]).not.toBe("case");
    expect(roles(mail("You may get a couple of forms from Helen at probation about the KPC audit."))["Helen"]).toBe("a named professional");
    expect(roles(mail("Sandra's on leave that week, so we need someone to pick up the minutes for the MAPPA meeting."))["Sandra"]).not.toBe("case");
  });

  it("a subject about training on a topic is no fact; guard: a subject naming someone is", () => {
    expect(subjectTermIsTopic("DASH risk assessment and coercive control - partner training dates", [])).toBe(true);
    expect(subjectTermIsTopic("Coercive control - Kyle Smith", [{ kind: "person-name", start: 18, end: 28, text: "Kyle Smith", confidence: 0.8 }])).toBe(false);
  });
});

describe("tuning99–104: careers, obituaries and groups in general", () => {
  it("a paragraph about a colleague's career holds no case: their work's words and their family", () => {
    const bio = roles(mail("Sanjay Patel joined the Probation Service in 2004 and was treatment manager for the accredited programmes for men convicted of sexual offences."));
    expect(Object.entries(bio).filter(([, role]) => role === "case")).toEqual([]);
    const obituary = roles(mail("Bryn retired in 2010. He was diagnosed with cancer in the spring. Bryn is survived by his wife Anne and their children Rhys and Sian."));
    expect(Object.entries(obituary).filter(([, role]) => role === "case")).toEqual([]);
  });

  it("guard: a paragraph with a date of birth or a case reference is no career, and a gang joined is no post", () => {
    expect(roles(mail("Kyle Smith (DOB 02/03/2001) joined the Probation Service caseload in 2019 and was convicted of burglary."))["Kyle Smith"]).toBe("case");
    expect(roles(mail("Kyle Smith joined the gang in 2019 and was convicted of robbery in 2021."))["Kyle Smith"]).toBe("case");
  });

  it("a term said of a plural group in general is a topic ('people with a history of homelessness, addiction or offending')", () => {
    const r = roles(mail("Maria Lopez works with customers with complex needs, including people with a history of homelessness, addiction or offending."));
    expect([r["addiction"], r["offending"]].includes("case")).toBe(false);
  });

  it("guard: a named person's own history stays case data", () => {
    expect(roles(mail("Kyle Smith has a history of addiction and was arrested last week."))["Kyle Smith"]).toBe("case");
  });
});

describe("tuning99 again: biographies told in other words", () => {
  it("careers told as a tribute, a bio, in the first person, or after a dash on a staff line", () => {
    const quoted = (body: string) => Object.entries(roles(mail(body))).filter(([, role]) => role === "case");
    expect(quoted("Cllr Ruth Abara said: \"Angela has given her whole working life to the children of this city, and to families at risk.\"")).toEqual([]);
    expect(quoted("A detective for 24 years, she has worked on romance and investment fraud and sits on the national Economic Crime Victim Care Board.")).toEqual([]);
    expect(quoted("I trained as a mental health nurse and in 2011 moved into child and adolescent mental health services (CAMHS), where we support young people in mental health crisis.")).toEqual([]);
    expect(roles(mail("Nicola Brennan - Practice Educator, Multi-Agency Safeguarding Hub (MASH)\nNicola has supervised eleven students."))["Nicola Brennan"]).toBe("a named professional");
  });

  it("guard: a case told in the first person by a service user is still a case", () => {
    const r = roles(mail("Kyle Smith told me: \"I moved into my nan's after the police came and I was arrested for assault.\""));
    expect(r["Kyle Smith"]).toBe("case");
  });
});

describe("tuning107–108: services' numbers and own records", () => {
  const people: [string, string][] = [["Han Li", "han.li@leicester.gov.uk"]];

  it("a service called after an aside saying when ('or, out of hours, Careline on …') answers its number", () => {
    const r = roles(mail("Please contact the Initial Response Team or, out of hours, Careline on 01632 960990."));
    expect(r["01632 960990"]).toBe("a service's number");
  });

  it("guard: a person called after the same aside is no service", () => {
    const r = roles(mail("Kyle Smith is at risk. Please contact the duty team or, out of hours, his mother Kerry Smith on 07700 900111."));
    expect(r["07700 900111"]).toBe("case");
  });

  it("the writer's own records: a label with a date in it ('New address from 1 November:')", () => {
    const r = rolesByText("Hello,\n\nI've moved house, so please could you update my details?\n\nNew address from 1 November: 27 Hawthorn Rise, Oadby, Leicester LE2 4TQ\n\nThank you,\nHan", people);
    expect(r["27 Hawthorn Rise"]).toBe("the sender or a recipient");
  });
});

describe("tuning105: more careers", () => {
  it("a nomination, a specialism, 'since 2018 she has', a group the team supervises", () => {
    const cases = (body: string) => Object.entries(roles(mail(body))).filter(([, role]) => role === "case");
    expect(cases("She manages the team supervising men convicted of sexual offences in Derby.")).toEqual([]);
    expect(cases("Why she deserves to win: she returned to work in 2023 after treatment for breast cancer.")).toEqual([]);
    expect(cases("Since 2018 she has investigated child criminal exploitation on the rail network.")).toEqual([]);
    expect(cases("She specialises in personality disorder, psychosis and violence risk assessment.")).toEqual([]);
  });

  it("guard: the same words about a person the case concerns still count", () => {
    expect(roles(mail("Since 2018 Kyle Smith has been convicted of robbery twice and is on licence."))["Kyle Smith"]).toBe("case");
  });
});

