import { fixtureVerdict, scanVerdict, subjectNames } from "./scanVerdicts";
import { hasCaseWording } from "../../../src/policy/caseData/caseVocabulary";
import { personName } from "../../../src/policy/detect/recognizers/personName";
import { texts } from "../detect/recognizers/helpers";

// Nineteenth session (tuning387–394).
describe("nineteenth session: case notes pasted below the writer's signature", () => {
  const BOOKING =
    "Hello,\n\nCould I book two places on the reflective supervision course on Wednesday 9 December, one for me and one for my colleague Oliver Dunmore?\n\nKind regards\nFarzana\n\nFarzana Mistry (she/her)\nSocial Worker | Duty and Assessment Team\nTel: 0116 496 0215\n\n\n\n";
  const NOTE =
    "17/11 HV - Tiegan (6) seen alone in her bedroom. DASH completed with Carla Oldroyd - 15 - referred to MARAC. Address 41 Humberstone Drive, Leicester LE5 0AB.";
  const message = (body: string) => ({ from: "farzana.mistry@leicester.gov.uk", to: ["admin@practicelearning.example.co.uk"], subject: "Places on the 9 Dec course", body });

  it("a booking's names are its party, but a case note pasted below the signature is no one's booking: it blocks", () => {
    expect(scanVerdict(message(BOOKING + NOTE))).toBe("block");
  });

  it("guard: the booking alone, with the colleague named, passes", () => {
    expect(scanVerdict(message(BOOKING))).toBe("pass");
  });
});

describe("nineteenth session: a person's appointment with a service, and services in general", () => {
  const REMINDER =
    "Hi Denise,\n\nJust a reminder that Lily-Rose's appointment with the paediatric sexual assault service is on Tuesday 17 November at 10:30.\n\nThanks\nNia\n\nNia Abbott\nSocial Worker | Children's Safeguarding Hub\nLeicester City Council";
  const toGrandmother = (body: string) => ({ from: "nia.abbott@leicester.gov.uk", to: ["denise.tandy61@hotmail.co.uk"], subject: "Appointment on Tuesday", body });

  it("'Lily-Rose's appointment with the paediatric sexual assault service' is a fact about her: to webmail it blocks", () => {
    expect(scanVerdict(toGrandmother(REMINDER))).toBe("block");
  });

  it("guard: the same service named as a service ('the paediatric sexual assault service team runs a drop-in') stays a topic", () => {
    const body = REMINDER.replace("Lily-Rose's appointment with the paediatric sexual assault service is on Tuesday 17 November at 10:30.", "the paediatric sexual assault service team runs a drop-in for professionals on Tuesday.");
    expect(scanVerdict(toGrandmother(body))).toBe("pass");
  });

  it("'What mental health services can learn from IOM': a talk's title about services in general passes", () => {
    expect(fixtureVerdict("tuning389.jsonl", "t389-m010")).toBe("pass");
  });

  it("guard: 'known to mental health services' ties them to the person", () => {
    expect(fixtureVerdict("tuning389.jsonl", "t389-m010", "What mental health services can learn from Integrated Offender Management in Richmond and Wandsworth", "Kai Brennan, who is known to mental health services")).toBe("block");
  });

  it("'any resident who wants to talk about their mental health, sleep or medication' is an offer to all", () => {
    expect(fixtureVerdict("tuning390.jsonl", "t390-m014")).toBe("pass");
  });

  it("guard: a named resident's mental health and medication is a fact about him", () => {
    expect(fixtureVerdict("tuning390.jsonl", "t390-m014", "for any resident who wants to talk about their mental health, sleep or medication", "for Darren Kilby, who wants to talk about his mental health and his medication")).toBe("warn");
  });
});

describe("nineteenth session: a chronology named for its people", () => {
  it("'Attachments: Chronology - Amelia and Ronan Stanyon v3.docx' forwarded to the writer's Gmail blocks", () => {
    expect(fixtureVerdict("tuning391.jsonl", "t391-m010")).toBe("block");
  });

  it("guard: a chronology named for no one ('Chronology - template v3.docx') passes", () => {
    expect(fixtureVerdict("tuning391.jsonl", "t391-m010", "Chronology - Amelia and Ronan Stanyon v3.docx", "Chronology - template v3.docx")).toBe("pass");
  });
});

describe("nineteenth session: social work's shorthand for a visit", () => {
  it("'seen alone', 'DASH completed' and a chronology's heading are case wording; guards stay none", () => {
    expect(hasCaseWording("Tiegan (6) seen alone in her bedroom")).toBe(true);
    expect(hasCaseWording("DASH completed with Carla")).toBe(true);
    expect(hasCaseWording("Chronology - Amelia and Ronan")).toBe(true);
    expect(hasCaseWording("Kai's chronology")).toBe(true);
    expect(hasCaseWording("we dashed to the station")).toBe(false);
    expect(hasCaseWording("a chronology of the building's history")).toBe(false);
  });
});

describe("nineteenth session, second round (tuning395–402)", () => {
  it("'notice on my tenancy at …' and 'my forwarding address': the writer's own home, passes", () => {
    expect(fixtureVerdict("tuning400.jsonl", "t400-m020")).toBe("pass");
  });

  it("guard: the same tenancy said to be a client's is case data", () => {
    expect(fixtureVerdict("tuning400.jsonl", "t400-m020", "I'm giving notice on my tenancy at", "my client Dean Frost, who is on licence, is giving notice on his tenancy at")).toBe("block");
  });

  it("a court duty rota in a table: courts are where staff are on duty, not case wording", () => {
    expect(fixtureVerdict("tuning395.jsonl", "t395-m038")).toBe("pass");
  });

  it("guard: a defendant on the same rota line makes it case data", () => {
    expect(fixtureVerdict("tuning395.jsonl", "t395-m038", "Oliver Stenson", "Oliver Stenson (defendant)")).toBe("block");
  });

  it("attachment names joined by underscores name the case: licence papers to an employer, PSR papers forwarded home", () => {
    expect(fixtureVerdict("tuning395.jsonl", "t395-m009")).toBe("block");
    expect(fixtureVerdict("tuning395.jsonl", "t395-m015")).toBe("block");
  });

  it("'his memory problems, the hoarding …' about Mr Astill on a reply-all keeping a letting agent blocks", () => {
    expect(fixtureVerdict("tuning402.jsonl", "t402-m031")).toBe("block");
  });
});

describe("nineteenth session, third round (tuning403–410)", () => {
  it("a court team's contact list (court: names - number) in a message about the rota passes", () => {
    expect(fixtureVerdict("tuning404.jsonl", "t404-m007")).toBe("pass");
  });

  it("guard: a defendant on such a line is case data (to a partner, unmarked: warn)", () => {
    expect(fixtureVerdict("tuning404.jsonl", "t404-m007", "Chesterfield Justice Centre: Callum Yates - 01632 960218", "Chesterfield Justice Centre: Callum Yates (defendant, on bail) - 01632 960218")).toBe("warn");
  });

  it("'I'll do the part on county lines' in a school session's booking is a topic", () => {
    expect(fixtureVerdict("tuning409.jsonl", "t409-m003")).toBe("pass");
  });

  it("guard: county lines told of a pupil is a fact about him", () => {
    expect(fixtureVerdict("tuning409.jsonl", "t409-m003", "I'll do the part on county lines and how young people get drawn in.", "Kai Hollins in Year 9 is involved in county lines.")).toBe("block");
  });

  it("'Your new patient form asked for my NHS number … and my date of birth': the writer's own, to a dentist", () => {
    expect(fixtureVerdict("tuning410.jsonl", "t410-m037")).toBe("pass");
  });

  it("guard: a client's NHS number on the same form is case data", () => {
    expect(fixtureVerdict("tuning410.jsonl", "t410-m037", "Your new patient form asked for my NHS number: it is", "My client's NHS number is")).toBe("block");
  });

  it("an address, then 'He is on an electronically monitored curfew': the address is his home", () => {
    expect(fixtureVerdict("tuning410.jsonl", "t410-m003")).toBe("block");
    expect(fixtureVerdict("tuning410.jsonl", "t410-m027")).toBe("warn");
  });

  it("guard: the same address with no such sentence about anyone passes", () => {
    expect(fixtureVerdict("tuning410.jsonl", "t410-m027", "He's on licence with an exclusion zone around Clapham Junction and has missed two probation appointments this month, so I'd like us to go together.", "I'd like us to go together.")).toBe("pass");
  });

  it("a child's disclosure ('touches him when he babysits', 'isn't to babysit', 'run checks on Paul') is case wording", () => {
    expect(fixtureVerdict("tuning407.jsonl", "t407-m010")).toBe("block");
    expect(hasCaseWording("his uncle, Paul Tebbutt, touches him when he babysits")).toBe(true);
    expect(hasCaseWording("Paul isn't to babysit or come to the house")).toBe(true);
    expect(hasCaseWording("Can you run checks on Paul before we go in?")).toBe(true);
    expect(hasCaseWording("Your card really touched her")).toBe(false);
    expect(hasCaseWording("Can you run the figures on Paul's team?")).toBe(false);
  });
});

describe("nineteenth session: a pub is not a person", () => {
  it("'drinks at the Rose and Crown': a given name after 'the' is no one", () => {
    expect(texts(personName, "We're having drinks at the Rose and Crown in Brampton from 5pm.")).toEqual([]);
    // Guard: the same word as a person.
    expect(texts(personName, "I spoke to Rose and her mum.")).toEqual(["Rose"]);
  });
});

describe("nineteenth session, fourth round (tuning411–414)", () => {
  it("'IOM cohort review - Richmond (OFFICIAL-SENSITIVE)': the area, a marking in brackets after it", () => {
    expect(subjectNames("IOM cohort review - Richmond (OFFICIAL-SENSITIVE)")).toEqual([]);
    // Guard: casework before the dash keeps it a name.
    expect(subjectNames("KPC - Richmond (OFFICIAL-SENSITIVE)")).toEqual(["Richmond"]);
  });

  it("'I'm in court Friday' in a pasted Teams chat is the writer at work, not case wording", () => {
    expect(hasCaseWording("I can do Thursday, I'm in court Friday though")).toBe(false);
    expect(hasCaseWording("Kyle is in court Friday")).toBe(true);
    expect(fixtureVerdict("tuning412.jsonl", "t412-m031")).toBe("pass");
  });

  it("'Texts from Chantelle Rudd …:' above texts about prison and her children: the texts are hers, to foster carers' Gmail it blocks", () => {
    expect(fixtureVerdict("tuning412.jsonl", "t412-m006")).toBe("block");
  });

  it("guard: a lead-in above lines with no case wording leaves the name as it was", () => {
    const body = "Hi Sue,\n\nNotes from Chantelle Rudd, Tue 10 Nov:\n21:47 the minibus is booked for 10\n21:49 bring a packed lunch\n\nThanks\nHarriet\n\nHarriet Ogunleye\nSocial Worker";
    expect(scanVerdict({ from: "harriet.ogunleye@derbyshire.gov.uk", to: ["pete.and.sue.marfleet@gmail.com"], subject: "Trip", body })).toBe("pass");
  });
});

describe("nineteenth session, fifth round (tuning415–418)", () => {
  it("'a session after lunch on domestic abuse and fathers': a few words between the session and its topic", () => {
    expect(fixtureVerdict("tuning415.jsonl", "t415-m007")).toBe("pass");
  });

  it("guard: domestic abuse told of a named father in the same thread is a fact", () => {
    expect(fixtureVerdict("tuning415.jsonl", "t415-m007", "with a session after lunch on domestic abuse and fathers.", "and Kyle Marsden's domestic abuse of his partner will be discussed.")).toBe("block");
  });
});

describe("nineteenth session, sixth round (tuning419–426)", () => {
  it("'Tunde Oyelaran (Head of OMU) will cover … - his mobile is 07700 900611': a colleague's number", () => {
    expect(fixtureVerdict("tuning425.jsonl", "t425-m018")).toBe("pass");
  });

  it("guard: 'his mobile is' after a man on licence is his", () => {
    expect(fixtureVerdict("tuning425.jsonl", "t425-m018", "Tunde Oyelaran (Head of OMU) will cover the prison side of the IOM cohort while I'm off - his mobile is", "Dean Frost is on licence and breached his curfew again - his mobile is")).toBe("warn");
  });

  it("'re: mycock k - move on from larkspur house' and 're: baddeley, kieron - ccra panel': names in subjects", () => {
    expect(fixtureVerdict("tuning421.jsonl", "t421-m032")).toBe("block");
    expect(fixtureVerdict("tuning425.jsonl", "t425-m032")).toBe("block");
    expect(texts(personName, "PSR - Kyron GELL - s18 wounding")).toEqual(["Kyron GELL"]);
  });

  it("a visit note pasted below the signature of a room booking: its names count", () => {
    expect(fixtureVerdict("tuning420.jsonl", "t420-m021")).toBe("block");
  });

  it("guard: a line below the signature with no case wording leaves the booking ordinary", () => {
    const body = "Hi,\n\nCould I book the small hall on Wednesdays in January?\n\nThanks\n\nGemma Tarrant\nEarly Help Practitioner | Rutland County Council\nTel: 01632 960903\n\nPS Ruby-Jay from the office says hello and thanks for the biscuits.";
    expect(scanVerdict({ from: "gemma.tarrant@rutland.gov.uk", to: ["hello@oakhamcommunityhub.org.uk"], subject: "Room booking", body })).toBe("pass");
  });
});
