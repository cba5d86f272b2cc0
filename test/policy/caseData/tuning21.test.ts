import { rolesByText } from "./rolesOf";

/** The role of each span: "case" or the reason it was set aside, keyed by its text (the first of each). */
function roles(text: string, people: [string, string][] = [["Nadine Fairbrother", "nadine.fairbrother@leicester.gov.uk"]]): Record<string, string> {
  return rolesByText(text, people, true);
}
const mail = (body: string): string => `Dear colleagues,\n\n${body}\n\nKind regards\n\nNadine Fairbrother\nCommunications Officer\nLeicester City Council`;

describe("tuning21: a job title in brackets after a name", () => {
  it("'Daniel Whitlock (Head of Service, Front Door)' beside a police unit's name is a professional", () => {
    const r = roles(mail("10:15 Tour of the hub with Daniel Whitlock (Head of Service, Front Door) and DS Karen Oduya from the Leicestershire Police Child Abuse Investigation Unit"));
    expect(r["Daniel Whitlock"]).toBe("a named professional");
  });

  it("a job title written in capitals opening the brackets ('(Senior Practitioner)') is a job", () => {
    const r = roles(mail("The strategy meeting will be chaired by Priti Chauhan (Senior Practitioner) on Monday."));
    expect(r["Priti Chauhan"]).toBe("a named professional");
  });

  it("guard: a case role or case wording in the brackets is no job", () => {
    expect(roles(mail("Jade Hollis (Teaching Assistant, mother of Kai) attended the strategy meeting."))["Jade Hollis"]).toBe("case");
    expect(roles(mail("Lee Dale (Unpaid Work and Curfew) starts on Monday."))["Lee Dale"]).toBe("case");
  });
});

describe("tuning21: a colleague's family news told after the sentence naming them", () => {
  const news = (paragraph: string): string =>
    mail(`It is with great sadness that I let you know that our colleague Trevor Aldridge died on Sunday evening, peacefully at home.\n\nMany of you will have worked with Trevor during his 22 years in the Ilkeston office.\n\n${paragraph}`);

  it("'I spoke to his wife, Carol' after the colleague's death: his family, not a case", () => {
    const r = roles(news("I spoke to his wife, Carol, this morning. She asked me to thank everyone for the cards, and says the family would welcome colleagues at the funeral."));
    expect(r["Carol"]).toBe("no case context");
  });

  it("guard: the relative of a case person named before is case data", () => {
    const r = roles(mail("Lee Dale died in custody on Sunday.\n\nI spoke to his wife, Carol, this morning. She says the funeral will be next week."));
    expect(r["Carol"]).toBe("case");
  });

  it("guard: a case person in the paragraph keeps the relative case data", () => {
    const r = roles(news("I spoke to his wife, Carol, this morning. The funeral is on Friday; the child will stay with his father."));
    expect(r["Carol"]).toBe("case");
  });

  // Ninth session: colleagueFamily.ts reads the whole notice (our colleague died …), so a later
  // paragraph need not repeat the death; its guards are the case person and the harm below.
  it("a later paragraph of the colleague's death notice need not tell the death again", () => {
    const r = roles(news("I spoke to his wife, Carol, this morning. She asked me to thank everyone for the cards."));
    expect(r["Carol"]).toBe("no case context");
  });

  it("guard: harm told of the relative keeps them case data", () => {
    const r = roles(news("I spoke to his wife, Carol, this morning. She has a non-molestation order against her brother."));
    expect(r["Carol"]).toBe("case");
  });
});

describe("tuning21: the writer's own records with the approving manager named", () => {
  const people: [string, string][] = [["Marisa Costa", "marisa.costa@derby.gov.uk"], ["", "hr.employeeservices@derby.gov.uk"]];
  const request = (extra: string): string =>
    `Hello,\n\nPlease could you update my records from 1 December:\n\nEmployee number: 0047731\nNew address: 27 Hollybrook Way, Oakwood, Derby DE21 4PL\nNew mobile: 07700 900214\nNational Insurance number: NE 73 61 94 B (unchanged, just for matching)\n\n${extra}\n\nThanks very much\n\nMarisa Costa\nFamily Support Worker\nChildren's Services, Derby City Council`;

  it("'for Lucy to approve' names the manager: the NI number and address stay the writer's", () => {
    const r = roles(request("I'm also going to take my remaining six days' annual leave between Christmas and New Year – I've put that on the system for Lucy to approve."), people);
    expect([r["NE 73 61 94 B"], r["27 Hollybrook Way"], r["07700 900214"]]).toEqual(Array(3).fill("the sender or a recipient"));
  });

  it("guard: anyone else named keeps the identifier case data", () => {
    const r = roles(request("I've also copied this to Kayleigh Brooks."), people);
    expect(r["NE 73 61 94 B"]).toBe("case");
  });
});

describe("tuning21: authors and the titles of their works", () => {
  const people: [string, string][] = [["Priya Venkatesh", "priya.venkatesh@justice.gov.uk"]];
  const order = (lines: string): string => `Hello,\n\nWe would like to order the following for our team library:\n\n${lines}\n\nThanks,\n\nPriya Venkatesh\nProbation Officer`;

  it("a title's author is no case person, and a term in the title is the book's subject", () => {
    const r = roles(order("- The Quiet Harm: Coercive Control and the People Who Live With It, by Miriam Achterberg (x4)\n- What the Children Saw, by Harriet Linley-Moss (x2)"), people);
    expect([r["Miriam Achterberg"], r["Harriet Linley-Moss"], r["Coercive Control"]]).toEqual(["a named professional", "a named professional", "no case context"]);
  });

  it("guard: 'by' after a case verb is no author", () => {
    const r = roles(order("- Coercive Control Disclosed by Kayleigh Brooks"), people);
    expect([r["Kayleigh Brooks"], r["Coercive Control"]]).toEqual(["case", "case"]);
  });

  it("guard: a case document 'by' someone is no book", () => {
    const r = roles(order("- Victim Personal Statement, by Kayleigh Brooks\n- Risk Assessment of Domestic Abuse, by Lee Dale"), people);
    expect([r["Kayleigh Brooks"], r["Lee Dale"]]).toEqual(["case", "case"]);
  });

  it("guard: an author also named with a date of birth is case data", () => {
    const r = roles(order("- The Quiet Harm: Coercive Control and the People Who Live With It, by Miriam Achterberg (DOB 12/03/1985)"), people);
    expect([r["Miriam Achterberg"], r["12/03/1985"]]).toEqual(["case", "case"]);
  });

  it("guard: a line about a case person outside the title keeps its terms", () => {
    const r = roles(order("Her mum says this one is the book Kayleigh reads:\nThe Quiet Harm: Coercive Control Stories, by Miriam Achterberg"), people);
    expect([r["Coercive Control"], r["Miriam Achterberg"]]).toEqual(["case", "case"]);
  });
});

describe("tuning21: a children's author running a session", () => {
  const people: [string, string][] = [["Clare Whitmarsh", "clare.whitmarsh@justice.gov.uk"]];

  it("'the children's author Joanna Pell … is running two storytelling sessions' is staff work", () => {
    const r = roles("Hi Leanne,\n\nThis year the children's author Joanna Pell (the Milo the Moth books) is running two storytelling sessions, at 11:00 and 14:00.\n\nBest wishes\n\nClare", people);
    expect(r["Joanna Pell"]).toBe("a named professional");
    expect(r["Milo"]).toBeUndefined();
  });

  it("guard: 'the children's mother' is about the children (only an author, a centre, a theatre… is no case person)", () => {
    const r = roles("Hi Leanne,\n\nThis year the children's mother Joanna Pell is running the review of their contact.\n\nBest wishes\n\nClare", people);
    expect(r["Joanna Pell"]).toBe("case");
  });
});

describe("tuning21: a running order's session titles", () => {
  const table = (row: string): string =>
    mail(`Time\tSession\tSpeaker\n09:00\tRegistration and coffee\n${row}\n11:45\tWorkshop A: Working with fathers who have used violence\tDr Hamid Qureshi, Clinical Psychologist, LPT`);

  it("a term in the Session column is the session's title, and the speakers are professionals", () => {
    const r = roles(table("10:45\tPanel: Child criminal exploitation and county lines\tDI Ravinder Sahota, Leicestershire Police; Chloe Ambrose, Youth Justice Team Manager; Marcus Bell, Lived Experience Adviser, The Lighthouse Project"));
    expect([r["Child criminal exploitation"], r["county lines"], r["Chloe Ambrose"], r["Marcus Bell"]]).toEqual(["no case context", "no case context", "a named professional", "a named professional"]);
  });

  it("guard: a session cell naming someone, or owning the term to someone, keeps the term case data", () => {
    expect(roles(table("10:45\tCase review: Lee Dale and county lines\tJo Price"))["county lines"]).toBe("case");
    expect(roles(table("10:45\tCase review: the young man's self-harm\tJo Price"))["self-harm"]).toBe("case");
    expect(roles(table("10:45\tCase review: self-harm in his family\tJo Price"))["self-harm"]).toBe("case");
  });

  it("guard: a table with no column for who leads is no running order (a case person's sessions)", () => {
    const r = roles(mail("Date\tSession\tOutcome\n12/11/2026\tCounty lines work\tLee Dale attended"));
    expect([r["County lines"], r["Lee Dale"]]).toEqual(["case", "case"]);
  });

  it("guard: a term under a heading other than the session's stays a fact", () => {
    const r = roles(mail("Name\tNotes\tSpeaker\nLee Dale\tAppointment about county lines\tJo Price"));
    expect([r["county lines"], r["Lee Dale"]]).toEqual(["case", "case"]);
  });
});
