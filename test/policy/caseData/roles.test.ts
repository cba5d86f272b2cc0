import { messageAnatomy } from "../../../src/policy/anatomy";
import { assignRoles, isCaseData, setAsideGroups, setAsideLine } from "../../../src/policy/caseData";
import { addPerson, emptyKnownPeople, isKnownName } from "../../../src/policy/caseData/knownPeople";
import { detect } from "../../../src/policy/detect";
import { rolesByText } from "./rolesOf";

/** The role of each span: "case" or the reason it was set aside, keyed by its text. */
function roles(text: string, people: [string, string][] = [["", "alex.morgan@justice.gov.uk"]]): Record<string, string> {
  return rolesByText(text, people);
}

const SIGNATURE = "Kind regards\n\nAlex Morgan (she/her)\nProbation Officer\nBurdett House, Derby DE1 2HT\nT: 01332 340047\nM: 07700 917805\nalex.morgan@justice.gov.uk";
const DISCLAIMER = "This e-mail and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received this e-mail in error please notify Sam Patel.";

describe("case data versus contact details", () => {
  it("the sender's signature (name, office address and postcode, phone, mobile, e-mail) is set aside as your signature", () => {
    const r = roles(`Hello,\n\nCould you book the room for Tuesday?\n\n${SIGNATURE}`);
    expect(r["Alex Morgan"]).toBe("your signature");
    expect(r["DE1 2HT"]).toBe("your signature");
    expect(r["01332 340047"]).toBe("your signature");
    expect(r["07700 917805"]).toBe("your signature");
    expect(r["alex.morgan@justice.gov.uk"]).toBe("your signature");
  });

  it("the recipient's name in the greeting is set aside", () => {
    expect(roles("Hi Claire,\n\nAre we still on for Thursday?")["Claire"]).toBe("the greeting");
  });

  it("the sender's and recipients' own names in the text are set aside", () => {
    const r = roles("Hello,\n\nTom Fletcher will meet you at the door about the risk assessment training.", [["Tom Fletcher", "tom.fletcher@justice.gov.uk"]]);
    expect(r["Tom Fletcher"]).toBe("the sender or a recipient");
  });

  it("people in a quoted header are set aside", () => {
    const r = roles("Thanks.\n\n-----Original Message-----\nFrom: Lloyd, Gareth <gareth.lloyd@justice.gov.uk>\nSent: 14 November 2026 15:25\nTo: Morgan, Alex <alex.morgan@justice.gov.uk>\nSubject: Team lunch\n\nShall we book the usual place for Friday?");
    expect(r["gareth.lloyd@justice.gov.uk"]).toBe("a quoted header");
    expect(Object.values(r)).not.toContain("case");
  });

  it("a disclaimer is set aside", () => {
    expect(roles(`Thanks\n\n${DISCLAIMER}`)["Sam Patel"]).toBe("a disclaimer");
  });

  it("colleagues' names on a booking have no case context", () => {
    const r = roles("Hello,\n\nThe attendees from our office will be Tom Fletcher, Claire Bennett, Joanne Pickering.\n\nThanks");
    expect([r["Tom Fletcher"], r["Claire Bennett"], r["Joanne Pickering"]]).toEqual(["no case context", "no case context", "no case context"]);
  });

  it("a name with a date of birth, a home address, an identifier, special-category data or case wording is case data", () => {
    expect(roles("Please complete a KPC for Kayleigh Brooks (DOB 28/07/2000).")["Kayleigh Brooks"]).toBe("case");
    const home = roles("Kayleigh Brooks has moved to 97 Osmaston Park Road, Chesterfield S41 7QX.");
    expect([home["Kayleigh Brooks"], home["97 Osmaston Park Road"], home["S41 7QX"]]).toEqual(["case", "case", "case"]);
    expect(roles("Kayleigh Brooks, who is on licence for a sexual offence, starts on Monday.")["Kayleigh Brooks"]).toBe("case");
    expect(roles("Connor Walsh is known to us.")["Connor Walsh"]).toBe("case");
    expect(roles("Leah Marsh, NHS number 943 476 5919, needs a follow-up.")["Leah Marsh"]).toBe("case");
  });

  it("the context is the sentence: a booking sentence beside a case sentence stays set aside", () => {
    const r = roles("Tom Fletcher will chair. Connor Walsh (DOB 21/05/1992) is known to us.");
    // Chairing is staff work (staffAtWork.ts): set aside as a professional's.
    expect(r["Tom Fletcher"]).toBe("a named professional");
    expect(r["Connor Walsh"]).toBe("case");
  });

  it("a phone number in a paragraph about a case person is case data; an office address is not a home address", () => {
    const r = roles("Connor Walsh is known to us. His mobile is 07700 900123.\n\nThe meeting is at Council House, Corporation Street, Derby DE1 2FS.");
    expect(r["07700 900123"]).toBe("case");
    expect(r["DE1 2FS"]).toBe("no case context");
  });

  it("identifiers and dates of birth are case data even inside a signature or a footer (fail closed)", () => {
    const r = roles(`Hello,\n\nSee below.\n\nKind regards\n\nAlex Morgan\nNHS 943 476 5919`);
    expect(r["943 476 5919"]).toBe("case");
  });

  it("case data in quoted history counts", () => {
    const r = roles("To finish at home.\n\nThanks\n\nNadia\n\n-----Original Message-----\nFrom: Starting Point <starting.point@derbyshire.gov.uk>\nSent: 18 November 2026 9:42\nTo: Hussain, Nadia <nadia.hussain@justice.gov.uk>\nSubject: RE: KPC - Ref SP-700822\n\nConnor Walsh (DOB 16/04/1988) is known to us: open child in need plan since March.");
    expect(r["Connor Walsh"]).toBe("case");
    expect(r["16/04/1988"]).toBe("case");
  });

  it("isCaseData never counts a case reference", () => {
    expect(isCaseData({ start: 0, end: 3, kind: "case-reference", confidence: 1, text: "X12", role: "case" })).toBe(false);
    expect(isCaseData({ start: 0, end: 3, kind: "person-name", confidence: 1, text: "Ann", role: "case" })).toBe(true);
    expect(isCaseData({ start: 0, end: 3, kind: "person-name", confidence: 1, text: "Ann", role: "set-aside", reason: "the greeting" })).toBe(false);
  });
});

describe("known people", () => {
  it("matches a name when every word of it is one of a person's words", () => {
    const known = emptyKnownPeople();
    addPerson(known, "Lloyd, Gareth", "");
    addPerson(known, "", "tom.fletcher1987@gmail.com");
    expect(isKnownName(known, "Gareth Lloyd")).toBe(true);
    expect(isKnownName(known, "Gareth")).toBe(true);
    expect(isKnownName(known, "Tom Fletcher")).toBe(true);
    expect(isKnownName(known, "Tom Smith")).toBe(false);
    expect(isKnownName(known, "J")).toBe(false);
  });
});

describe("set-aside summary", () => {
  it("groups by reason in a fixed order, each text once, and makes one line", () => {
    const text = `Hi Claire,\n\nThe attendees will be Tom Fletcher and Priya Shah.\n\n${SIGNATURE}`;
    const known = emptyKnownPeople();
    const spans = assignRoles({ text, spans: detect(text), anatomy: messageAnatomy(text), known });
    const groups = setAsideGroups(spans);
    expect(groups.map((g) => g.reason)).toEqual(["your signature", "the greeting", "no case context"]);
    expect(groups[2]?.texts).toEqual(["Tom Fletcher", "Priya Shah"]);
    expect(setAsideLine(groups)).toBe("your signature, the greeting, details with no case context");
  });
});

describe("pets", () => {
  it("in a message to the vet, a pet's name and health are set aside as a pet's, and the summary says so", () => {
    const text = "Hello,\n\nTilly (domestic shorthair, 11) was diagnosed with diabetes last month. Could the vet check her insulin dose?\n\nThanks";
    const known = emptyKnownPeople();
    addPerson(known, "", "reception@parkvets.co.uk");
    const spans = assignRoles({ text, spans: detect(text), anatomy: messageAnatomy(text), known });
    const tilly = spans.find((s) => s.text === "Tilly");
    expect(tilly?.reason).toBe("a pet");
    expect(spans.filter(isCaseData)).toEqual([]);
    expect(setAsideLine(setAsideGroups(spans))).toContain("pets' names and health");
  });

  it("with no vet, kennels, pet sitter or insurer in the message, the same sentence is a person's", () => {
    const text = "Hello,\n\nTilly (domestic shorthair, 11) was diagnosed with diabetes last month.\n\nThanks";
    const spans = assignRoles({ text, spans: detect(text), anatomy: messageAnatomy(text), known: emptyKnownPeople() });
    expect(spans.find((s) => s.text === "Tilly")?.reason).not.toBe("a pet");
  });
});

describe("job titles and training are not case context", () => {
  it("a colleague's name beside “Offender Manager”, “Safeguarding Lead” or “child protection training” is set aside", () => {
    const r = roles("Hello,\n\nTom Fletcher (Offender Manager) and Claire Bennett, our Safeguarding Lead, will attend the child protection training on Tuesday.");
    // "our Safeguarding Lead" in apposition names her as one.
    expect([r["Tom Fletcher"], r["Claire Bennett"]]).toEqual(["no case context", "a named professional"]);
    expect(roles("Kayleigh Brooks is a registered sex offender on licence.")["Kayleigh Brooks"]).toBe("case");
  });
});

describe("lists", () => {
  it("each list item is its own sentence: one attendee's job title gives the next no case context", () => {
    const r = roles("Attendees:\n- Liam Connor, Domestic Abuse Coordinator, The Probation Service\n- Fiona Greaves, Social Worker\n\nThanks");
    // Each is given with a job after a comma on a line of their own (tuning15): a named professional.
    expect([r["Liam Connor"], r["Fiona Greaves"]]).toEqual(["a named professional", "a named professional"]);
    expect(r["Domestic Abuse"]).toBe("no case context");
  });

  it("a list item with a date of birth still makes its name case data", () => {
    const r = roles("Please check:\n1. Kayleigh Brooks, DOB 28/07/2000\n2. Connor Walsh, DOB 21/05/1992");
    expect([r["Kayleigh Brooks"], r["Connor Walsh"]]).toEqual(["case", "case"]);
  });
});

describe("staff news", () => {
  it("a congratulations sentence is not case context, but a case sentence beside it still is", () => {
    const r = roles("Hi everyone,\n\nCongratulations to Jo Price on the birth of her son on Saturday! Connor Walsh is known to us.");
    // Set aside either as no case context or as a colleague congratulated (a named professional).
    expect(["no case context", "a named professional"]).toContain(r["Jo Price"]);
    expect(r["Connor Walsh"]).toBe("case");
  });
});

describe("professionals, agendas and the people replied to", () => {
  it("a name with the organisation the person works for in brackets, or after a police rank, is a named professional", () => {
    const r = roles("11:00 Working with perpetrators – Declan Murphy (The Probation Service) and PS Emma Okoro");
    expect(r["Declan Murphy"]).toBe("a named professional");
    expect(r["Emma Okoro"]).toBe("a named professional");
    // An identifier in brackets is not an employer.
    expect(roles("Leah Marsh (NHS number 943 476 5919) needs a follow-up.")["Leah Marsh"]).toBe("case");
    expect(roles("Connor Walsh (his mother works for Derby City Council) was arrested.")["Connor Walsh"]).toBe("case");
  });

  it("each agenda line that starts with a time is its own sentence", () => {
    const r = roles("Running order:\n09:30 Welcome – Kirsty Blount\n09:45 Risk of harm assessments\n10:45 Break");
    // The speaker at the end of a timed line is a professional (staffAtWork.ts); still set aside.
    expect(r["Kirsty Blount"]).toBe("a named professional");
  });

  it("a special-category term heading a line before a colon names a topic, unless the line is about someone", () => {
    expect(Object.values(roles("09:45 Coercive control: the police response"))).not.toContain("case");
    expect(roles("Self-harm: she cut her arm on Friday.")["Self-harm"]).toBe("case");
  });

  it("in a quoted message, a name starting with the given name the reply greets is that person's own", () => {
    const text = "Hi Pauline,\n\nThanks, we'll take the small hall.\n\nOn 30 Nov 2026, at 19:14, Village Hall <hall@outlook.com> wrote:\n\nYes, it's free on the 9th.\nPauline Garside (bookings secretary)\nCommercial Road, Tideswell SK17 8NU";
    const r = roles(text);
    expect(r["Pauline Garside"]).toBe("the sender or a recipient");
    expect(r["SK17 8NU"]).not.toBe("case");
    // In the new text the same name is not set aside by the greeting alone.
    expect(roles("Hi Pauline,\n\nPauline Garside, born 02/02/1990, was arrested.")["Pauline Garside"]).toBe("case");
  });

  it("“KPC queries” is a service, not a check about someone", () => {
    expect(roles("- KPC queries: Starting Point duty line 01629 533190")["01629 533190"]).toBe("no case context");
  });
});

describe("attendance lists, rotas and research", () => {
  it("team names in an attendance list give its names no case context: attendees with a role are staff", () => {
    const r = roles("Attendees: Bethany Cresswell (chair), PC Hannah Stone (MASH), Kiran Bassi (Health Visiting)");
    expect(r["Kiran Bassi"]).toBe("a named professional");
    expect(Object.values(r)).not.toContain("case");
  });

  it("a rota line's task wording is not about the person doing it, unless its label names a case role", () => {
    expect(roles("Cover:\n- Wednesday court duty (Southern Derbyshire Magistrates'): Dariusz\n")["Dariusz"]).toBe("no case context");
    const victim = roles("- Victim of the assault: Kerry Smith\n");
    expect(victim["Kerry Smith"]).toBe("case");
    expect(victim["Victim of the assault"]).toBe("case");
  });

  it("a special-category term in a sentence about research or training is a topic", () => {
    expect(Object.values(roles("Her research looks at how services engage fathers who have used domestic abuse."))).not.toContain("case");
    expect(roles("Tyler's mum disclosed domestic abuse by her partner.")["disclosed domestic abuse"]).toBe("case");
  });
});

describe("a professional named once is a professional throughout", () => {
  const NOTES =
    "Present: Aisha Rahman (SPO, chair), Declan Moorcroft (Team Manager, Area 2 Locality), Priti Chauhan (Senior Practitioner, Starting Point)\n\n" +
    "1. Strategy meeting invites – Declan asked that invites go to the SPOC mailbox too.\n" +
    "2. KPC backlog – Priti Chauhan to look at it with the duty team.";

  it("a later mention of someone named with an employer or a role in an attendance list is that professional's", () => {
    const r = roles(NOTES);
    expect(r["Declan"]).toBe("a named professional");
    expect(r["Priti Chauhan"]).toBe("a named professional");
  });

  it("an attendee listed in a case role is not staff, and a fact in the sentence keeps a mention case data", () => {
    const family = roles("Present: Kerry Hollis (mother), Jo Brown (Social Worker, Area 2)\n\nKerry Hollis said Liam is on licence and living with her.");
    expect(family["Kerry Hollis"]).toBe("case");
    const fact = roles("Present: Jo Brown (Social Worker, Area 2)\n\nJo Brown, NHS number 943 476 5919, was admitted on Friday.");
    expect(fact["Jo Brown"]).toBe("case");
  });

  it("a person whose job title the message gives ('… is a Senior Probation Officer') is a professional, in a biography too", () => {
    const bio = roles(
      "The bio for our speaker is below.\n\nAmara Hale is a Senior Probation Officer and practice lead in the Derbyshire Probation Delivery Unit. " +
        "Amara lives in the Peak District with her partner and two spaniels.",
    );
    expect(bio["Amara Hale"]).toBe("a named professional");
    expect(bio["Amara"]).toBe("a named professional");
    // A job in lower case in a case note is not a staff title.
    expect(roles("Kerry Hollis is a care worker and is on licence until May.")["Kerry Hollis"]).toBe("case");
  });

  it("a name that starts with a title (Dr, Prof, a police rank) is a professional's", () => {
    const r = roles("Dr Amara Hale and DS Kate Lowe will attend the strategy meeting about Leah Marsh.");
    expect(r["Dr Amara Hale"]).toBe("a named professional");
    expect(r["DS Kate Lowe"]).toBe("a named professional");
    expect(r["Leah Marsh"]).toBe("case");
  });
});

describe("moving home", () => {
  it("a thing that moved is not someone's home", () => {
    const r = roles("Third proof attached with the new phone number (01629 000 190) and the QR code moved to the back.");
    expect(r["01629 000 190"]).toBe("no case context");
    expect(roles("The meeting has been moved to Thursday; call Tom Fletcher on 01629 533190.")["Tom Fletcher"]).toBe("no case context");
  });

  it("a person, a family or a name that moved is still case context", () => {
    expect(roles("The family below has moved to Long Eaton; their number is 07700 900123.")["07700 900123"]).toBe("case");
    expect(roles("A week after Kerry Hollis moved to Ilkeston she changed her number.")["Kerry Hollis"]).toBe("case");
    expect(roles("The child has been moved to a new placement, says Kerry Hollis.")["Kerry Hollis"]).toBe("case");
  });

  it("someone moving (back) in is case context, in any tense", () => {
    expect(roles("She's let Craig Dunn move back in, says he's different now.")["Craig Dunn"]).toBe("case");
    expect(roles("Lee Marsh is moving in with his girlfriend next week.")["Lee Marsh"]).toBe("case");
  });
});

describe("tuning7: services' numbers and the homes of the people a paragraph describes", () => {
  it("a number the reader is told to call for a service is the service's, even beside case wording", () => {
    const r = roles("Thank you for your email. I am on leave until Monday.\n\nFor new concerns about a child, please call Starting Point on 01629 533190. Out of hours, ring the duty team on 01332 786968.");
    expect(r["01629 533190"]).toBe("a service's number");
    expect(r["01332 786968"]).toBe("a service's number");
  });

  it("a number for a person or a relative stays case data", () => {
    expect(roles("Concerns about the child: please call her mum on 07700 900456.")["07700 900456"]).toBe("case");
    expect(roles("Concerns about the child: please call Kerry Smith on 07700 900456.")["07700 900456"]).toBe("case");
  });

  it("an address is case data when its paragraph describes the people living there with case context", () => {
    const r = roles("Hello,\n\nRe your booking for Thursday at 14 Coppice Close, Heanor DE75 7QJ: please do not send an engineer alone. The man living at the address is managed under MAPPA and was released from prison in September.\n\nThanks");
    expect(r["14 Coppice Close"]).toBe("case");
    expect(r["DE75 7QJ"]).toBe("case");
    expect(roles("Hello,\n\nThe meter reading is due at 3 Elm Road, Derby DE22 1AB on Monday. The woman at the property is on licence for arson, so please go in pairs.")["3 Elm Road"]).toBe("case");
  });

  it("saying only that someone lives at the address, or case wording in another paragraph, is not enough", () => {
    const r = roles("Hello,\n\nRe your booking for Thursday at 14 Coppice Close, Heanor DE75 7QJ. The tenant living at the address has asked for a morning slot.\n\nThanks");
    expect(r["14 Coppice Close"]).toBe("no case context");
    const apart = roles("Hello,\n\nThe boiler job is at 14 Coppice Close, Heanor DE75 7QJ.\n\nSeparately, the tenant at the property on Elm Road was released from prison.\n\nThanks");
    expect(apart["14 Coppice Close"]).toBe("no case context");
  });
});

describe("tuning8: a staff role after a case word, and step-parents", () => {
  it("a supervisor named for a case process (unpaid work) is staff, not case data", () => {
    const r = roles("Hi Jan,\n\nThe unpaid work supervisor on Saturday will be Colin Ashworth; he will ring you from the van.\n\nThanks");
    expect(r["Colin Ashworth"]).toBe("no case context");
    // Case wording about the person still makes the name case data.
    expect(roles("Hi Jan,\n\nColin Ashworth is doing unpaid work on Saturday.\n\nThanks")["Colin Ashworth"]).toBe("case");
  });

  it("a stepdad or stepmum written as one word is a family relation", () => {
    expect(roles("Hi Jan,\n\nHer stepdad, Wayne Hollis, is not to collect her.\n\nThanks")["Wayne Hollis"]).toBe("case");
    expect(roles("Hi Jan,\n\nHis stepmum Tracey Dunmore will bring him.\n\nThanks")["Tracey Dunmore"]).toBe("case");
  });
});

describe("tuning9: a name given after the job of a member of staff", () => {
  it("'the caretaker, <name>,' at a site address is staff, and the site and the number are not a case person's", () => {
    const r = roles("Hello,\n\nThe venue is 12 Mill Lane, Belper DE56 1AB; the caretaker, Dean Osborne, will open up (07700 900 123).\n\nThanks");
    expect(r["Dean Osborne"]).toBe("a named professional");
    expect(r["12 Mill Lane"]).toBe("no case context");
    expect(r["07700 900 123"]).toBe("no case context");
  });

  it("other staff jobs in apposition name a professional", () => {
    expect(roles("Hello,\n\nOur trainer, Lena Ford, lives at 4 Park Road, Derby DE22 1AA.\n\nThanks")["Lena Ford"]).toBe("a named professional");
    expect(roles("Hello,\n\nHer social worker, Lena Ford, lives at 4 Park Road, Derby DE22 1AA.\n\nThanks")["Lena Ford"]).toBe("a named professional");
  });

  it("a case role or relation in apposition is still case data", () => {
    expect(roles("Hello,\n\nThe tenant, Dean Osborne, lives at 12 Mill Lane, Belper DE56 1AB.\n\nThanks")["Dean Osborne"]).toBe("case");
    expect(roles("Hello,\n\nHer mother, Dean Osborne, lives at 12 Mill Lane, Belper DE56 1AB.\n\nThanks")["Dean Osborne"]).toBe("case");
    expect(roles("Hello,\n\nThe sex worker, Lena Ford, lives at 4 Park Road, Derby DE22 1AA.\n\nThanks")["Lena Ford"]).toBe("case");
  });

  it("a fact stated about the person keeps the name case data even after a job", () => {
    expect(roles("Hello,\n\nThe caretaker, Dean Osborne (DOB 03/04/1980), has the keys.\n\nThanks")["Dean Osborne"]).toBe("case");
  });
});

describe("tuning10: whose data it is (staff, the writer, topics about no one)", () => {
  it("the writer's own address ('mine (…)') and a recipient's given after their name are theirs, and make no one beside them case data", () => {
    const text = "Hi all,\n\n7.30  I leave mine (19 Larch Way, Kilburn DE56 0NX) – park on the road, as Phil's van needs to get out\n7.45  Dan – 3 Millfield Court, Ripley DE5 3TP.\n\nEllie";
    const r = roles(text, [["", "ellie.brassington@derbyshire.gov.uk"], ["", "dan.whittle@justice.gov.uk"]]);
    expect(r["19 Larch Way"]).toBe("the sender or a recipient");
    expect(r["DE56 0NX"]).toBe("the sender or a recipient");
    expect(r["3 Millfield Court"]).toBe("the sender or a recipient");
    expect(r["Phil"]).toBe("no case context");
  });

  it("an address after someone who is not writing or receiving is still a home, and makes the name beside it case data", () => {
    const r = roles("Hi all,\n\n7.45  Kyle Brennan – 3 Millfield Court, Ripley DE5 3TP.\n\nEllie", [["", "dan.whittle@justice.gov.uk"]]);
    expect(r["3 Millfield Court"]).toBe("case");
    expect(r["Kyle Brennan"]).toBe("case");
  });

  it("a funeral directors' address is an organisation's, not a home", () => {
    const r = roles("Hello,\n\nFor: the funeral of Mr Gurdev Sandhu, father of our colleague Amrit\nDeliver to: Hollins & Daughters Funeral Directors, 41 Holywell Street, Chesterfield S41 7SH\n\nJoanne");
    expect(r["41 Holywell Street"]).toBe("no case context");
    expect(r["Mr Gurdev Sandhu"]).toBe("no case context");
    expect(r["Amrit"]).toBe("a named professional");
  });

  it("a staff member's relative and their illness are not case data; a relative's offence, or someone else in the sentence, still is", () => {
    const r = roles("Dear colleagues,\n\nOur police colleague DS Karen Whatton's mother, Margaret, died last Wednesday after a long illness with dementia. Karen's family have asked for donations to a dementia charity.\n\nSunita");
    expect(r["Margaret"]).toBe("no case context");
    expect(r["with dementia"]).toBe("no case context");
    expect(r["to a dementia"]).toBe("no case context");
    expect(r["Karen"]).toBe("a named professional");
    const offence = roles("Dear colleagues,\n\nDS Karen Whatton's son, Kyle, was arrested for sexual assault last night.\n\nSunita");
    expect(offence["Kyle"]).toBe("case");
    const other = roles("Dear colleagues,\n\nDS Karen Whatton's mother, Margaret, was visiting Jade Brennan, who has schizophrenia.\n\nSunita");
    expect(Object.entries(other).filter(([text, role]) => /schizophrenia/.test(text) && role === "case")).toHaveLength(1);
    // A case person's relative is a case person: "Jade's mother" is not a colleague's.
    expect(roles("Hello,\n\nJade Brennan's mother, Margaret, has dementia.\n\nThanks")["Margaret"]).toBe("case");
  });

  it("the one person a sentence puts on staff leave is staff; a relation or a fact in the sentence keeps the name case data", () => {
    const r = roles("Hi Helen,\n\nTariq's wife had the baby early on Saturday, so he's started his paternity leave two weeks early.\n\nRob");
    expect(r["Tariq"]).toBe("a named professional");
    expect(roles("Hello,\n\nHer partner, Luis Reyes, had the baby on Saturday and is on paternity leave.\n\nThanks")["Luis Reyes"]).toBe("case");
    expect(roles("Hello,\n\nLuis Reyes (DOB 01/02/1990) had the baby on Saturday and is on paternity leave.\n\nThanks")["Luis Reyes"]).toBe("case");
  });

  it("the writer's own health in the first person is theirs; someone else's in the same words is case data", () => {
    const own = roles("Dear Assessment team,\n\nI have dyslexia, diagnosed at university, and was diagnosed with ADHD last year.\n\nOlivia");
    expect(Object.entries(own).filter(([, role]) => role === "case")).toEqual([]);
    expect(Object.values(own)).toContain("the sender or a recipient");
    expect(Object.values(roles("Hello,\n\nShe has dyslexia and was diagnosed with ADHD last year.\n\nThanks"))).toContain("case");
    expect(Object.values(roles("Hello,\n\nI understand that a diagnosis of schizophrenia was made last year.\n\nThanks"))).toContain("case");
  });

  it("a case the writer says is made up names no one; a real name with case wording in it still counts", () => {
    const composite = "Hi Siân,\n\nIt's a composite built from several cases, and the initials don't belong to anyone real.\n\nD is 34 and is on licence following a sentence for assault occasioning actual bodily harm against his former partner, K.\n\nGareth";
    expect(Object.values(roles(composite))).not.toContain("case");
    expect(Object.values(roles(composite.replace("It's a composite built from several cases, and the initials don't belong to anyone real.", "It's one from my caseload.")))).toContain("case");
    const named = roles(composite.replace("D is 34", "Reece Atherton is 34"));
    expect(named["Reece Atherton"]).toBe("case");
  });

  it("anonymised counts and a briefing are topics: a term in them names no one", () => {
    const r = roles("Dear Imran,\n\nWould it be possible to have anonymised annual counts for the mother's age band and the outcome (child protection plan, care proceedings)?\n\nNkechi");
    expect(Object.values(r)).not.toContain("case");
    expect(Object.values(roles("Hello,\n\nCould you tell me about the mother's child protection plan?\n\nThanks"))).toContain("case");
  });
});

describe("tuning11: staff family news, attendees with roles, the one serving the reader", () => {
  /** Every span's role, in order, as "text: role" (a name may be mentioned twice). */
  function all(text: string, people: [string, string][] = [["", "rob.cartwright@derbyshire.gov.uk"]]): string[] {
    const known = emptyKnownPeople();
    for (const [name, address] of people) addPerson(known, name, address);
    return assignRoles({ text, spans: detect(text), anatomy: messageAnatomy(text), known }).map((s) => `${s.text}: ${s.role === "case" ? "case" : (s.reason as string)}`);
  }
  const BIRTH =
    "Hi everyone,\n\nI'm delighted to pass on that Mark and his wife Summer welcomed their daughter Rose into the world on Sunday evening.\n\nMark is now on two weeks' paternity leave and back on Monday 7 December.\n\nRob";

  it("a staff member's new baby: the one on leave is staff, and the relatives the news gives with him are family, not a case", () => {
    const r = all(BIRTH);
    expect(r.filter((x) => x.endsWith(": case"))).toEqual([]);
    expect(r).toContain("Mark: a named professional");
    expect(r).toContain("Summer: no case context");
    expect(r).toContain("Rose: no case context");
  });

  it("the same news about someone not shown to be staff, or with case wording, an unowned relation or another person, is still case data", () => {
    // No staff leave: nothing says Mark is staff.
    expect(all(BIRTH.replace("Mark is now on two weeks' paternity leave and back", "Mark is back"))).toContain("Summer: case");
    // A case person's family news.
    expect(all("Hello,\n\nKayleigh Brooks and her partner Kyle Dean welcomed their daughter Rose into the world on Sunday.\n\nRob")).toContain("Kyle Dean: case");
    // Case wording beside the family words.
    const arrested = all(BIRTH.replace("into the world on Sunday evening", "into the world, and his brother Lee Dale was arrested on Sunday"));
    expect(arrested).toContain("Lee Dale: case");
    expect(arrested).toContain("Summer: case");
    // "Mum" is no one the staff member owns: her partner is hers.
    expect(all(BIRTH.replace("Mark and his wife Summer welcomed their daughter Rose", "Mark was delighted that Mum and her partner Kyle Dean welcomed their daughter"))).toContain("Kyle Dean: case");
    // No family news: "his father" may be a child's.
    expect(all(BIRTH.replace("I'm delighted to pass on that Mark and his wife Summer welcomed their daughter Rose into the world on Sunday evening.", "Mark met his father Kyle Dean at the house on Sunday."))).toContain("Kyle Dean: case");
  });

  it("the subject of a staff-leave sentence is staff even when the word was not taken for a name; 'Mum is on maternity leave' names no one", () => {
    expect(all("Hi all,\n\nMark is on annual leave next week.\n\nWe're thrilled that Mark and his wife Summer got married on Saturday!\n\nRob")).toContain("Summer: no case context");
    expect(all("Hello,\n\nMum is on maternity leave.\n\nWe're thrilled that Mum and her partner Kyle Dean welcomed their daughter into the world on Sunday.\n\nRob")).toContain("Kyle Dean: case");
  });

  it("an attendee given with a role after a comma is a professional, and so are their other mentions", () => {
    const text =
      "Hi all,\n\nPresent:\nRavi Chauhan, SPO, Chesterfield Probation Office\nBernadette Lowe, SPO, Derby Probation Office\n\n3. Child protection conference reports\nBernadette reported that 11 of 14 reports reached the conference team on time.\n\nKerry";
    const r = roles(text);
    expect(r["Bernadette Lowe"]).toBe("a named professional");
    expect(r["Bernadette"]).toBe("a named professional");
  });

  it("after a comma, a relation, a case role or case wording is not a staff role: that attendee's other mentions stay case data", () => {
    const text = "Hi all,\n\nPresent:\nJo Price, Social Worker\nLee Dale, Stepfather\n\nLee has been arrested for assault.\n\nKerry";
    expect(roles(text)["Lee"]).toBe("case");
    expect(roles(text.replace("Lee Dale, Stepfather", "Lee Dale, On licence for burglary"))["Lee"]).toBe("case");
    // Outside an attendance list a comma after a name gives no role.
    expect(roles("Hi all,\n\nBernadette Lowe, SPO, Derby Probation Office\n\nBernadette has been arrested for assault.\n\nKerry")["Bernadette"]).toBe("case");
  });

  it("'Your driver: Kyle' on a delivery note is the courier's worker, so the address delivered to is no one's home", () => {
    const text = "Hi Chester,\n\nTracking number: 15520 8837 4410\nDelivered to: 1 Brewery Street, Chesterfield, S41 7UJ\nLeft with: Safe place – front porch\nYour driver: Kyle\n\nParcelPeak";
    const r = roles(text, [["Chester Ward", "chester.ward@justice.gov.uk"]]);
    expect(r["Kyle"]).toBe("a named professional");
    expect(r["1 Brewery Street"]).toBe("no case context");
  });

  it("a driver who is not serving the reader is not staff: the stopped car's driver, a bare 'Driver:' label", () => {
    expect(roles("Hello,\n\nThe car was stopped on the A38; the driver, Kyle Brennan, was arrested for drink driving.\n\nThanks")["Kyle Brennan"]).toBe("case");
    const label = roles("Hello,\n\nStopped at: 1 Brewery Street, Chesterfield, S41 7UJ\nDriver: Kyle Brennan\n\nThanks");
    expect(label["Kyle Brennan"]).toBe("case");
    expect(label["1 Brewery Street"]).toBe("case");
  });
});

describe("tuning12: officers with collar numbers, things that moved, meeting venues", () => {
  it("a name after a rank and a collar number is a named professional, and so are the message's other mentions", () => {
    const r = roles("Hello,\n\nDS 4471SW Kate Lowe will chair the strategy meeting; Kate has the risk assessment for the panel.\n\nThanks");
    expect(r["Kate Lowe"]).toBe("a named professional");
    expect(r["Kate"]).toBe("a named professional");
  });

  it("only the officer is staff: the person the officer arrested stays case data", () => {
    const r = roles("Hello,\n\nDS 4471SW Amara Shah arrested Kyle Brennan for assault on Friday.\n\nThanks");
    expect(r["Amara Shah"]).toBe("a named professional");
    expect(r["Kyle Brennan"]).toBe("case");
  });

  it("'has it moved to …' is a thing moving: no case wording, so the names in the sentence are not case data", () => {
    const r = roles("Hi Hope,\n\nIs the e-learning still on the Board website, or has it moved to Jade Price's portal?\n\nThanks");
    expect(r["Jade Price"]).toBe("no case context");
  });

  it("a person who moved is still case wording", () => {
    expect(roles("Hi Hope,\n\nKyle Brennan has moved to 4 Mill Lane, Derby DE1 2AB.\n\nThanks")["Kyle Brennan"]).toBe("case");
    expect(roles("Hi Hope,\n\nHas Kyle Brennan moved to his nan's yet?\n\nThanks")["Kyle Brennan"]).toBe("case");
  });

  it("a meeting venue at a council hub is an office address, not a home", () => {
    const r = roles("Hi all,\n\nThe group will meet at the Hinckley Hub, Rugby Road, Hinckley LE10 0FR, with Tom Fletcher chairing.\n\nThanks");
    expect(r["LE10 0FR"]).toBe("no case context");
    expect(r["Tom Fletcher"]).toBe("a named professional");
  });

  it("a home address beside a name still makes the name case data", () => {
    const r = roles("Hi all,\n\nTom Fletcher now lives at 12 Rugby Road, Hinckley LE10 0FR.\n\nThanks");
    expect(r["Tom Fletcher"]).toBe("case");
    expect(r["LE10 0FR"]).toBe("case");
  });
});

describe("tuning13: whose 'I' a quoted message's is", () => {
  const FORWARD = (from: string, signature = "jordan") =>
    "Hi Leanne,\n\nForwarding the message below, as asked.\n\nCheers\nCallum\n\nCallum Shipley\nProbation Officer | Chesterfield Probation Office\n01246 553 907\n\n" +
    `-----Original Message-----\nFrom: ${from}\nSent: 10 November 2026 22:41\nTo: Shipley, Callum <callum.shipley@justice.gov.uk>\nSubject: next week\n\n` +
    `hi callum sorry for the late msg. I stopped taking my olanzapine in october and I was diagnosed with psychosis again last week.\n\n${signature}`;
  const PEOPLE: [string, string][] = [["", "callum.shipley@justice.gov.uk"], ["", "leanne.hollis@pathways2work.org.uk"]];
  const caseSpans = (text: string, people = PEOPLE) => Object.entries(roles(text, people)).filter(([, role]) => role === "case").map(([t]) => t);

  it("first-person health in a quoted message from someone who is not staff is case data (a service user's own words)", () => {
    const found = caseSpans(FORWARD("Jordan Pike <jordan.pike93@outlook.com>"));
    expect(found).toContain("my olanzapine");
    expect(found.join(" ")).toContain("diagnosed with psychosis");
  });

  it("the same words are the writer's own when the quoted writer is a party of this message or signs with a staff job", () => {
    // The quoted writer is a recipient of this message.
    expect(caseSpans(FORWARD("Hollis, Leanne <leanne.hollis@pathways2work.org.uk>"))).toEqual([]);
    // A colleague whose quoted signature gives her job and employer.
    expect(caseSpans(FORWARD("Heathcote, Kate <kate.heathcote@justice.gov.uk>", "Kate Heathcote\nProbation Officer, Derby Probation Office\nMobile: 07700 900459"))).toEqual([]);
    // A signature with only a name and a mobile says nothing about a job: still case data.
    expect(caseSpans(FORWARD("Jordan Pike <jordan.pike93@outlook.com>", "Jordan Pike\nMob: 07700 900123"))).toContain("my olanzapine");
    // In the new message, the sender's own first-person health stays the sender's.
    expect(caseSpans("Hello Dawn,\n\nI stopped taking my olanzapine in October.\n\nRachael", [["", "rachael.goodwin@justice.gov.uk"]])).toEqual([]);
  });

  it("'my address is …' in a quoted letter from a parent is her home, not the writer's contact details", () => {
    const letter = (from: string) =>
      "Hello,\n\nPlease see the mother's e-mail below.\n\nThanks\nAmy\n\n" +
      `From: ${from}\nSent: 09 November 2026 19:02\nTo: Amy Lord <amy.lord@derbyshire.gov.uk>\nSubject: new address\n\n` +
      "Hi Amy, my address is Flat 3, 22 Corporation Street, Chesterfield S41 7TP and the child protection plan meeting can come here.\n\nLouise";
    const parent = roles(letter("Louise Hartle <lhartle88@gmail.com>"), [["", "amy.lord@derbyshire.gov.uk"], ["", "office@brookfield.academy"]]);
    expect(parent["S41 7TP"]).toBe("case");
    // The same sentence from a recipient of this message is her own address.
    const own = roles(letter("Amy Lord <amy.lord@derbyshire.gov.uk>"), [["", "amy.lord@derbyshire.gov.uk"], ["", "office@brookfield.academy"]]);
    expect(own["S41 7TP"]).toBe("the sender or a recipient");
  });

  it("staff leave and staff family news told in a service user's quoted message are no staff matters", () => {
    const quoted = (from: string) =>
      "Hi Sam,\n\nSee below.\n\nCallum\n\n" +
      `From: ${from}\nSent: 09 November 2026 19:02\nTo: Shipley, Callum <callum.shipley@justice.gov.uk>\nSubject: monday\n\n` +
      "Kyle Dean is on paternity leave from Monday. Kyle Dean and his partner Jade welcomed their daughter Rose on Sunday, so I can't make the probation appointment.\n\nJordan";
    const people: [string, string][] = [["", "callum.shipley@justice.gov.uk"], ["", "sam.ward@bigshift.org.uk"]];
    const client = roles(quoted("Jordan Pike <jordan.pike93@outlook.com>"), people);
    expect(client["Jade"]).toBe("case");
    const staff = roles(quoted("Shipley, Callum <callum.shipley@justice.gov.uk>"), people);
    expect(staff["Jade"]).not.toBe("case");
  });
});

describe("tuning13: a job in brackets, a count's label, a case told with no one identifiable", () => {
  const caseSpans = (text: string) => Object.entries(roles(text)).filter(([, role]) => role === "case").map(([t]) => t);

  it("a health job in brackets after a colleague's name is the job, and the colleague stays staff", () => {
    const r = roles("Hi Tom,\n\nMy colleague Dev Mistry (Community Mental Health Nurse, Loughborough) will be coming with me.\n\nRebecca");
    expect(r["Dev Mistry"]).toBe("a named professional");
    expect(Object.values(r)).not.toContain("case");
    // The same term about the person, not after a name in brackets, is a fact.
    expect(caseSpans("Hi Tom,\n\nDev Mistry sees his mental health nurse every week.\n\nRebecca")).toContain("Dev Mistry");
  });

  it("a special-category term labelling a count in a table of figures is a topic; a line about someone is not", () => {
    const table = "Dear Dr Chandler,\n\nHere are the figures.\n\nAdults known: 138\n  – with a child on a child protection plan in the household: 19\n  – answered later: 41\n\nKind regards,\nAlex";
    expect(caseSpans(table)).toEqual([]);
    expect(caseSpans(table.replace("with a child on a child protection plan in the household: 19", "her child on a child protection plan in the household: 19"))).not.toEqual([]);
    expect(caseSpans(table.replace("with a child on a child protection plan in the household: 19", "Kyle Dean, on a child protection plan: 19"))).toContain("Kyle Dean");
    // Not a count line: a term about "the child" counts (one about no one at all is a topic: personless.ts).
    expect(caseSpans(table.replace("with a child on a child protection plan in the household: 19", "with the child on a child protection plan in the household since March"))).not.toEqual([]);
  });

  it("a briefing that says its child is referred to only by a pseudonym names no one; a real name in it still counts", () => {
    const briefing =
      "Dear colleagues,\n\nIn line with our usual practice the child is referred to only as \"Child L\", and no details that could identify the family are included.\n\n- Think about the offence of child criminal exploitation as abuse, not as the child's choice.\n\nWith thanks,\nAlex";
    expect(caseSpans(briefing)).toEqual([]);
    expect(caseSpans(briefing.replace("In line with our usual practice the child is referred to only as \"Child L\", and no details that could identify the family are included.", "Here is the learning."))).not.toEqual([]);
    expect(caseSpans(briefing.replace("not as the child's choice", "not as Kyle Dean's choice"))).toContain("Kyle Dean");
  });
});
