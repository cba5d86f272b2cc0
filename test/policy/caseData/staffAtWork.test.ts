import { rolesByText } from "./rolesOf";

/** The role of each span: "case" or the reason it was set aside, keyed by its text. */
function roles(text: string, people: [string, string][] = [["Karen Wheatcroft", "karen.wheatcroft@derbyshire.gov.uk"]]): Record<string, string> {
  return rolesByText(text, people);
}

const SIGN_OFF = "\n\nThanks,\nKaren\n\nKaren Wheatcroft\nTeam Manager - Locality Team Area 2\nDerbyshire County Council";
const body = (text: string): string => `Hi all,\n\n${text}${SIGN_OFF}`;

describe("tuning16: a name doing staff work is a professional's", () => {
  it("the subject of a work verb: 'chairs her child protection conferences', ', takes over Derby custody'", () => {
    expect(roles(body("While she's off:\n- Tom Hargreaves chairs her child protection conferences in the north of the county."))["Tom Hargreaves"]).toBe("a named professional");
    expect(roles(body("Our new CPN, Gareth Lomas, takes over Derby custody from 7 December."))["Gareth Lomas"]).toBe("a named professional");
  });

  it("a case person doing the same stays case data: a relation, 'the child', 'the victim', an allegation", () => {
    expect(roles(body("Tom (the child) attends the conference on Thursday."))["Tom"]).toBe("case");
    expect(roles(body("Priya Shah, the victim, chaired the MAPPA meeting."))["Priya Shah"]).toBe("case");
    expect(roles(body("Tom Hargreaves's mum is on a child protection plan."))["Tom Hargreaves"]).toBe("case");
    expect(roles(body("Lee Dale runs the youth club where the assault on the pupil happened."))["Lee Dale"]).toBe("case");
    expect(roles(body("Priya Shah is covering the MAPPA meeting for Darren Pike - he breached contact with his victim's family."))["Darren Pike"]).toBe("case");
  });

  it("a handover, shadowing and a job given with 'as': 'shadowing Beth', 'from Dawn Cooke, … as a custodial manager', 'as duty senior'", () => {
    expect(roles(body("For her first fortnight she'll be shadowing Beth, including the victim contact scheme training."))["Beth"]).toBe("a named professional");
    expect(roles(body("I've taken over as Families Lead at HMP Foston Hall from Dawn Cooke, who has moved to HMP Nottingham as a custodial manager."))["Dawn Cooke"]).toBe("a named professional");
    expect(roles(body("Strategy meeting requests for Area 2 go to Marcus Oyelaran as duty senior."))["Marcus Oyelaran"]).toBe("a named professional");
  });

  it("a move or a job beside an allegation, or a name given to a case person, stays case data", () => {
    expect(roles(body("Dawn Cooke has moved to HMP Nottingham."))["Dawn Cooke"]).toBe("case");
    expect(roles(body("Lee Dale, who works at the school as a teacher, faces an allegation of assault."))["Lee Dale"]).toBe("case");
    expect(roles(body("She'll be shadowing Beth, the victim, at the hearing."))["Beth"]).toBe("case");
  });

  it("a running order's speaker and session title: '11:30 Domestic abuse and the unborn baby - Priti Mistry'", () => {
    const r = roles(body("Running order:\n09:30 Welcome\n11:30 Domestic abuse and the unborn baby - Priti Mistry\n12:30 Lunch"));
    expect([r["Priti Mistry"], r["Domestic abuse"]]).toEqual(["a named professional", "no case context"]);
  });

  it("a timed line naming someone else before the dash stays case data", () => {
    const r = roles(body("Visits:\n10:00 Home visit, Kacey Whitworth, neglect - Ellie Brammer\n11:00 Office"));
    expect(r["Kacey Whitworth"]).toBe("case");
    expect(r["neglect"] ?? "case").toBe("case");
  });
});

describe("tuning16: a special-category term naming someone's work is a topic", () => {
  it("the review she led, the session he ran, the desk she set up, a PQ in a field", () => {
    expect(roles(body("She began as a probation officer and led the all-Wales review of domestic abuse perpetrator programmes in 2024."))["of domestic abuse"]).toBe("no case context");
    expect(roles(body("The session he ran at the practice forum was the best thing I've heard on coercive control in years."))["coercive control"]).toBe("no case context");
    expect(roles(body("Before that she set up the force's first domestic abuse triage desk."))["domestic abuse"]).toBe("no case context");
    const pq = roles(body("Congratulations to Marcus on passing his PQ in domestic abuse practice, with a distinction."));
    expect([pq["domestic abuse"], pq["Marcus"]]).toEqual(["no case context", "a named professional"]);
  });

  it("a term owned by someone, or in a sentence about a case person, stays case data", () => {
    expect(roles(body("He ran the session the day after her self-harm."))["her self-harm"]).toBe("case");
    expect(roles(body("She led the review after the mother disclosed domestic abuse."))["disclosed domestic abuse"]).toBe("case");
    expect(roles(body("Marcus, who has a PQ in social work, suffers domestic abuse at home."))["suffers domestic abuse"]).toBe("case");
  });

  it("a colleague's past post: 'Gareth was previously with the crisis team' once Gareth is shown to be staff", () => {
    const r = roles(body("Our new CPN, Gareth Lomas, takes over Derby custody from 7 December. Gareth was previously with the crisis team at the Radbourne Unit."));
    expect([r["Gareth"], r["with the crisis team"]]).toEqual(["a named professional", "no case context"]);
  });

  it("the same sentence about someone not shown to be staff stays case data", () => {
    const r = roles(body("Gareth Lomas was previously with the crisis team at the Radbourne Unit."));
    expect([r["Gareth Lomas"], r["with the crisis team"]]).toEqual(["case", "case"]);
  });
});

describe("tuning16: jobs, ranks and rotas", () => {
  it("'Detective Inspector Rachel Osei' is an officer, so 'Rachel' beside 'child abuse investigation' is too", () => {
    const r = roles(body("Detective Inspector Rachel Osei, Derbyshire Constabulary. Rachel has spent twelve years in child abuse investigation."));
    expect(r["Rachel"]).toBe("a named professional");
  });

  it("without the rank, the same sentence makes Rachel case data", () => {
    expect(roles(body("Rachel Osei, Derbyshire. Rachel has spent twelve years in child abuse investigation."))["Rachel"]).toBe("case");
  });

  it("a lower-case job after a name ('Dr Amrit Sandhu, consultant forensic psychiatrist,') and 'our learning disability nurse' are jobs", () => {
    expect(roles(body("Dr Amrit Sandhu, consultant forensic psychiatrist, joins the service on 1 December."))["psychiatrist"]).toBe("no case context");
    const fiona = roles(body("Fiona Ashby, our learning disability nurse, is on long-term sick leave at the moment."));
    expect(fiona["learning disability"]).toBe("no case context");
    expect(fiona["Fiona Ashby"]).not.toBe("case");
  });

  it("seeing a psychiatrist, or having a learning disability, stays case data", () => {
    expect(roles(body("Amrit Sandhu, who sees a psychiatrist, starts on Monday."))["a psychiatrist"]).toBe("case");
    expect(roles(body("Fiona Ashby has a learning disability and is on licence."))["Fiona Ashby"]).toBe("case");
  });

  it("a block of rota lines with remarks: the tasks' case words are not about the people doing them", () => {
    const r = roles(body("Our cover will be:\n\nCourt 1 (remand / overnight custody list): Kerry Dunn and Sam Patel, alternate weeks\nYouth court (Tuesday and Thursday): Beth Ainsworth, alongside the YOS court officer\nBreach court: Sam Patel\n\nThanks"));
    expect(r["Beth Ainsworth"]).toBe("no case context");
  });

  it("a rota line whose remark holds case wording or a case role, or a person's label, stays case data", () => {
    expect(roles(body("Court 1 (custody list): Lee Dale, remanded on Tuesday\nCourt 3: Sam Patel\n\nThanks"))["Lee Dale"]).toBe("case");
    expect(roles(body("Court 1 (custody list): Lee Dale, stepfather\nCourt 3: Sam Patel\n\nThanks"))["Lee Dale"]).toBe("case");
    expect(roles(body("Victim (custody suite): Kerry Smith, alternate weeks\nCourt 3: Sam Patel\n\nThanks"))["Kerry Smith"]).toBe("case");
  });
});

describe("a name 'in our team' (tuning109)", () => {
  it("is staff, even in a message about young people and a prison", () => {
    const text = "The pack has a short film made with young people from the youth council. I'll ask Kamal in our team to drop printed copies over to the prison.";
    expect(rolesByText(text, [])["Kamal"]).not.toBe("case");
  });

  it("guard: a name 'in' a case person's home is no team", () => {
    const text = "Kamal was arrested at home on Friday; officers found drugs in his bedroom.";
    expect(rolesByText(text, [])["Kamal"]).toBe("case");
  });
});

describe("a name 'from the' team's acronym (tuning138)", () => {
  it("is staff", () => {
    const text = "I'll book the room at the Council House. I've asked Marie from the IRT to come for the first half hour to talk through the new threshold document and the referral pathway for neglect.";
    expect(rolesByText(text, [])["Marie"]).not.toBe("case");
  });
});
