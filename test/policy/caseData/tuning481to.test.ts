import { fixtureVerdict, scanVerdict, subjectNames } from "./scanVerdicts";
import { lineShape } from "../../../src/policy/anatomy/lineShape";
import { isGeneralInbox } from "../../../src/policy/recipients/destination";
import { writtenToRelatives } from "../../../src/policy/caseData/knownPeople";
import { personName } from "../../../src/policy/detect/recognizers/personName";
import { specialCategory } from "../../../src/policy/detect/recognizers/specialCategory";
import { texts } from "../detect/recognizers/helpers";

// Twenty-first session (tuning481–).
describe("twenty-first session: acronyms and names in subjects", () => {
  it("'Names for EFAW on 8 December': four capitals alone after 'for' are a course's acronym, though a surname list holds them", () => {
    expect(fixtureVerdict("tuning482.jsonl", "t482-m010")).toBe("pass");
    expect(subjectNames("Names for EFAW on 8 December")).toEqual([]);
  });

  it("guard: a given name, a strong cue or a second name still makes a name of capitals", () => {
    expect(subjectNames("KPC for LUKE on 8 December")).toEqual(["LUKE"]);
    expect(subjectNames("Names for EFAW JONES")).toEqual(["EFAW JONES"]);
  });
});

describe("twenty-first session: case news told beside staff news", () => {
  it("'Tony's finally retiring … Connor Grewcock got recalled … in breach of his licence': the recall is no colleague's career, so the reply to a retired colleague's Hotmail blocks", () => {
    expect(fixtureVerdict("tuning485.jsonl", "t485-m011")).toBe("block");
  });

  it("guard: a retirement piece whose sentences tell of the colleague's work with victims and licence conditions passes", () => {
    expect(fixtureVerdict("tuning99.jsonl", "t99-m001")).toBe("pass");
  });

  it("'I'll be at HMP Foston Hall for Natalie Bagshaw's pre-release meeting' in a reply to a Christmas lunch thread is a case: the reply-all that keeps the caterer blocks", () => {
    expect(fixtureVerdict("tuning484.jsonl", "t484-m026")).toBe("block");
  });

  it("guard: the same reply with a colleague's leaving meeting instead passes", () => {
    expect(
      fixtureVerdict(
        "tuning484.jsonl",
        "t484-m026",
        "Natalie Bagshaw's pre-release meeting. She's out on the 21st and can't go back to the Cotmanhay address because of the restrictions on contact with her children, so I'm still trying to get her a place at the approved premises.",
        "Natalie Bagshaw's leaving meeting. She's off on the 21st.",
      ),
    ).toBe("pass");
  });
});

describe("twenty-first session: custody's self-harm words, subject headings and a supervision note's label", () => {
  it("'tied a ligature … he was already on an ACCT': self-harm in custody's words is health data; told to a spouse's Gmail it blocks", () => {
    expect(fixtureVerdict("tuning486.jsonl", "t486-m012")).toBe("block");
    expect(texts(specialCategory, "He tied a ligature last night")).toEqual(["He tied a ligature"]);
    expect(texts(specialCategory, "He was already on an ACCT.")).toEqual(["on an ACCT"]);
    expect(texts(specialCategory, "She self-harmed again")).toEqual(["She self-harmed"]);
  });

  it("guard: a building's anti-ligature fittings and a course on ACCTs are no one's health", () => {
    expect(texts(specialCategory, "The anti-ligature fittings on B wing are in. Book two places on ACCT training.")).toEqual([]);
  });

  it("'Re: Sheldrake - AP move Monday': an unlisted word heading a subject before an approved premises move is a name", () => {
    expect(fixtureVerdict("tuning488.jsonl", "t488-m010")).toBe("block");
    expect(subjectNames("Re: Sheldrake - AP move Monday")).toEqual(["Sheldrake"]);
  });

  it("guard: a listed everyday word before the same heading is no name", () => {
    expect(subjectNames("Re: Kitchen - AP move Monday")).toEqual([]);
  });

  it("'Case discussed: Kacey Lord (15)': a supervision note's case label makes the name a case person's, so forwarding it to a tutor blocks", () => {
    expect(fixtureVerdict("tuning488.jsonl", "t488-m023")).toBe("block");
  });

  it("guard: 'Case worker: Kacey Lord' labels a worker", () => {
    expect(fixtureVerdict("tuning488.jsonl", "t488-m023", "Case discussed: Kacey Lord (15).", "Case worker: Kacey Lord.")).toBe("pass");
  });
});

describe("twenty-first session: a list's points about one person, and a prison's own staff", () => {
  it("'- Jermaine A., 19, lives w/ mum … / - on licence until May - knife possession + robbery': the points after a name opening a list are about him, so the referral to a mentor's Gmail blocks", () => {
    expect(fixtureVerdict("tuning495.jsonl", "t495-m035")).toBe("block");
  });

  it("'• R. Quigley - still using … / • arson conviction 2015': so is a reply-all that keeps the housing provider", () => {
    expect(fixtureVerdict("tuning495.jsonl", "t495-m021")).toBe("block");
  });

  it("guard: a team's actions list naming several people, with MAPPA work in its items, is no case", () => {
    expect(fixtureVerdict("tuning48.jsonl", "t48-m021")).toBe("pass");
  });

  it("guard: the referral's points with no case wording pass", () => {
    expect(
      fixtureVerdict("tuning495.jsonl", "t495-m035", "- on licence until May - knife possession + robbery\n- gang-affiliated (postcode beef w/ Battersea) - don't pair him with anyone from SW11", "- keen on boxing\n- free on Tuesday evenings"),
    ).toBe("pass");
  });

  it("'From the prison side we'll have Lisa Catterall, Siobhan Keane …': a prison's staff at a family day are no case", () => {
    expect(fixtureVerdict("tuning491.jsonl", "t491-m002")).toBe("pass");
  });

  it("guard: 'went back to prison' is still a case's wording", () => {
    expect(fixtureVerdict("tuning491.jsonl", "t491-m002", "From the prison side we'll have Lisa Catterall,", "Lisa Catterall went back to prison last week. We'll have")).toBe("block");
  });

  it("'Tariq says he can do the afternoon session on pre-release planning': a training session's topic is no case", () => {
    expect(fixtureVerdict("tuning491.jsonl", "t491-m013")).toBe("pass");
  });

  it("'OFFICIAL-SENSITIVE: ACCT case review': capitals no list holds before 'case' are a service's acronym; 'KHAN case review' is still a name", () => {
    expect(fixtureVerdict("tuning491.jsonl", "t491-m025")).toBe("pass");
    expect(subjectNames("OFFICIAL-SENSITIVE: KHAN case review")).toEqual(["KHAN"]);
    expect(subjectNames("the MAWBY family")).toEqual(["MAWBY"]);
  });
});

describe("twenty-first session: case details added to everyday mail", () => {
  it("'escort Frankie Lomas (15) to his YOS appointment … He's on a referral order': a young person's order, to a sessional worker's Gmail, blocks", () => {
    expect(fixtureVerdict("tuning500.jsonl", "t500-m001")).toBe("block");
  });

  it("guard: training 'covering restorative justice, the referral order contract and safeguarding' names no one's order", () => {
    expect(fixtureVerdict("tuning16.jsonl", "t16-m013")).toBe("pass");
  });

  it("'to get Kyron Mattis to his drug test … after he'd missed two appointments': unmarked to the Met it warns", () => {
    expect(fixtureVerdict("tuning500.jsonl", "t500-m019")).toBe("warn");
  });

  it("'the strategy meeting for the Petraitis children (Tomas, 7, and Ugne, 4) after their father's arrest': an interpreter's invoice query names a case, so it blocks", () => {
    expect(fixtureVerdict("tuning500.jsonl", "t500-m021")).toBe("block");
  });

  it("guard: the same invoice query about a team meeting passes", () => {
    expect(fixtureVerdict("tuning500.jsonl", "t500-m021", "That was the strategy meeting for the Petraitis children (Tomas, 7, and Ugne, 4) after their father's arrest the day before, and it finished", "That was our team meeting, and it finished")).toBe("pass");
  });

  it("'he's finding it hard since he came out of HMP Sudbury … keeping him off the drink': told to an allotment group's Gmail it blocks", () => {
    expect(fixtureVerdict("tuning500.jsonl", "t500-m027")).toBe("block");
  });

  it("'see Zainab Mirza at the refuge … referred her to MARAC': a victim's MARAC referral to a namesake's Hotmail blocks", () => {
    expect(fixtureVerdict("tuning500.jsonl", "t500-m029")).toBe("block");
  });

  it("'supervised family time: Mr Stuart Keeling seeing his two daughters. He is not to be left alone with the girls': to a church hall's Outlook.com it blocks", () => {
    expect(fixtureVerdict("tuning500.jsonl", "t500-m034")).toBe("block");
  });

  it("guard: a hall booked for a parents' group with no one named passes", () => {
    expect(fixtureVerdict("tuning500.jsonl", "t500-m034", "It's for supervised family time: Mr Stuart Keeling seeing his two daughters. He is not to be left alone with the girls at any point, so our family time worker will stay in the hall throughout", "It's for our parents' coffee morning, so our family time worker will stay in the hall throughout")).toBe("pass");
  });
});

describe("twenty-first session: nicknames that do things, court-ordered treatment, a resident's hostel", () => {
  it("'Rizzy was nicked last night for a burglary': an unlisted word doing what a person does is a name, so the unmarked update to probation warns", () => {
    expect(fixtureVerdict("tuning503.jsonl", "t503-m015")).toBe("warn");
    expect(texts(personName, "Quick one before the panel. Rizzy was nicked last night.")).toEqual(["Rizzy"]);
  });

  it("guard: an unlisted word before 'was' and an everyday word is no name", () => {
    expect(texts(personName, "Quick one before the panel. Webex was updated last night.")).toEqual([]);
  });

  it("'He's on a community order with a drug rehabilitation requirement': court-ordered treatment is health data, so telling a gym blocks", () => {
    expect(fixtureVerdict("tuning503.jsonl", "t503-m023")).toBe("block");
    expect(texts(specialCategory, "He's on a community order with a drug rehabilitation requirement")).toEqual(["with a drug rehabilitation requirement"]);
  });

  it("'Dean Kettley's hostel have been on: he … threatened the night manager': a reply-all on a Christmas lunch thread that keeps the restaurant blocks", () => {
    expect(fixtureVerdict("tuning501.jsonl", "t501-m039")).toBe("block");
  });

  it("guard: the same reply about a colleague's leaving card passes", () => {
    expect(
      fixtureVerdict(
        "tuning501.jsonl",
        "t501-m039",
        "Dean Kettley's hostel have been on: he came back drunk last night and threatened the night manager, so they want him out by Friday. Can we take it at Thursday's IOM panel before he ends up on the streets?",
        "Dean Kettley's leaving card is on my desk if anyone hasn't signed it.",
      ),
    ).toBe("pass");
  });
});

describe("twenty-first session: a prison as workplace, family mail, an agenda's talks", () => {
  it("'the people coming from the prison will be me, SO Nathan Crabtree …, Marsha Gayle from the chaplaincy': staff coming from the prison are no case", () => {
    expect(fixtureVerdict("tuning498.jsonl", "t498-m010")).toBe("pass");
  });

  it("guard: someone back in prison is a case", () => {
    expect(fixtureVerdict("tuning498.jsonl", "t498-m010", "Marsha Gayle from the chaplaincy", "Marsha Gayle, who is back in prison,")).toBe("block");
  });

  const toSister = (to: string) =>
    scanVerdict({
      from: "rukhsana.patel@leicester.gov.uk",
      to: [to],
      subject: "Mum coming home Thursday",
      body: "Shabs,\n\nMum's being discharged Thursday. For their forms the district nurses asked for her DOB (04/01/1956), so if they ring you that's why.\n\nR x",
    });

  it("'Mum's being discharged … they asked for her DOB': written to a sister who shares the writer's family name, the family's records pass", () => {
    expect(toSister("shabana.patel.88@gmail.com")).toBe("pass");
  });

  it("guard: the same date of birth to someone of another family name blocks", () => {
    expect(toSister("shabana.khan.88@gmail.com")).toBe("block");
  });

  it("guard: a relative is no excuse for case news (a prisoner's self-harm to a spouse's Gmail still blocks)", () => {
    expect(fixtureVerdict("tuning486.jsonl", "t486-m012")).toBe("block");
  });

  it("writtenToRelatives: every recipient bears the sender's family name at an address of their own", () => {
    const sender = { given: ["rukhsana"], family: "patel" };
    expect(writtenToRelatives(sender, "rukhsana.patel@leicester.gov.uk", [{ name: "", address: "shabana.patel.88@gmail.com" }])).toBe(true);
    expect(writtenToRelatives(sender, "rukhsana.patel@leicester.gov.uk", [{ name: "", address: "rukhsana.patel@leicester.gov.uk" }])).toBe(false);
    expect(writtenToRelatives(sender, "rukhsana.patel@leicester.gov.uk", [{ name: "", address: "shabana.patel.88@gmail.com" }, { name: "Jo Bloggs", address: "jo@x.com" }])).toBe(false);
  });

  it("'11:15 Domestic abuse perpetrators: the new pathway – DS Mark Ellery and Fiona McBride': a running order's talk is a topic, so the team day's details to the venue pass", () => {
    expect(fixtureVerdict("tuning501.jsonl", "t501-m018")).toBe("pass");
  });

  it("guard: a line telling of someone's domestic abuse still counts", () => {
    expect(fixtureVerdict("tuning501.jsonl", "t501-m018", "11:15 Domestic abuse perpetrators: the new pathway &#8211; DS Mark Ellery and Fiona McBride", "11:15 Kayden Moss told us his domestic abuse perpetrator is back &#8211; DS Mark Ellery")).toBe("block");
  });
});

describe("twenty-first session: places, courses and agenda items", () => {
  it("'IOM panel actions - Richmond - 12 November': a given name that is a district's, alone between a heading's dashes, is the place", () => {
    expect(fixtureVerdict("tuning506.jsonl", "t506-m027")).toBe("pass");
    expect(subjectNames("RE: OFFICIAL-SENSITIVE: IOM panel actions - Richmond - 12 November")).toEqual([]);
  });

  it("guard: a given name that is no place stays a name there, and 'Mum (Chelsea)' is still a name", () => {
    expect(subjectNames("KPC - Jayden - update")).toEqual(["Jayden"]);
    expect(fixtureVerdict("tuning503.jsonl", "t503-m003")).toBe("warn");
  });

  it("'Room hire - Skills to Foster course, January': a word-name before 'course' names the course", () => {
    expect(fixtureVerdict("tuning505.jsonl", "t505-m002")).toBe("pass");
    expect(subjectNames("Room hire - Skills to Foster course, January")).toEqual([]);
  });

  it("guard: a word-name doing what a person does is still one", () => {
    expect(texts(personName, "The carers said Foster told them about it")).toEqual(["Foster"]);
  });

  it("'co-present the domestic abuse item with Hollie', 'the joint neglect toolkit refresher': an agenda item and a course are topics", () => {
    expect(fixtureVerdict("tuning505.jsonl", "t505-m015")).toBe("pass");
    expect(fixtureVerdict("tuning504.jsonl", "t504-m006")).toBe("pass");
  });

  it("guard: Hollie's own domestic abuse is still a case", () => {
    expect(fixtureVerdict("tuning505.jsonl", "t505-m015", "Fern has offered to co-present the domestic abuse item with Hollie.", "Hollie told Fern about the domestic abuse at home.")).toBe("warn");
  });
});

describe("twenty-first session: a word-name that was arrested", () => {
  it("'Mason was arrested on Saturday night for a dwelling burglary': a reply-all that keeps the employer blocks", () => {
    expect(fixtureVerdict("tuning510.jsonl", "t510-m013")).toBe("block");
    expect(texts(personName, "Hi all, Mason was arrested on Saturday night.")).toEqual(["Mason"]);
  });

  it("guard: a word-name before 'was' and an everyday word is no name", () => {
    expect(texts(personName, "Mason was busy on Saturday night.")).toEqual([]);
    expect(texts(personName, "Mason was arrested on Saturday night.")).toEqual(["Mason"]);
  });
});

describe("twenty-first session: a letter to the writer naming their spouse", () => {
  it("'Dear Mr Harrop … your nominated beneficiary (Mrs Tracey Harrop, spouse)': the writer's pension statement forwarded home passes", () => {
    expect(fixtureVerdict("tuning511.jsonl", "t511-m019")).toBe("pass");
  });

  it("guard: the same letter naming someone of another family name keeps its records a case's", () => {
    expect(fixtureVerdict("tuning511.jsonl", "t511-m019", "(Mrs Tracey Harrop, spouse)", "(Mrs Tracey Blount, spouse)")).toBe("block");
  });
});

describe("twenty-first session: a partner's public-facing inbox is no route", () => {
  it("an RtCN1 to Derbyshire's contact centre, a licence case to Derby's customer services: case data to a partner's public inbox blocks", () => {
    expect(fixtureVerdict("tuning519.jsonl", "t519-m001")).toBe("block");
    expect(fixtureVerdict("tuning519.jsonl", "t519-m007")).toBe("block");
  });

  it("guard: a question with no case data to the same inbox passes, and a team's own enquiries inbox stays a route", () => {
    expect(fixtureVerdict("tuning519.jsonl", "t519-m002")).toBe("pass");
    expect(fixtureVerdict("tuning134.jsonl", "t134-m010")).toBe("pass");
    expect(fixtureVerdict("tuning469.jsonl", "t469-m024")).toBe("pass");
  });

  it("isGeneralInbox reads the whole local part, separators dropped", () => {
    for (const local of ["enquiries", "customer.services", "contact.centre", "noreply", "no-reply", "pals", "press.office", "Info"]) expect(isGeneralInbox(local)).toBe(true);
    for (const local of ["mash.enquiries", "csc.enquiries", "asc.customerservice", "info.governance", "starting.point", "jo.bloggs"]) expect(isGeneralInbox(local)).toBe(false);
  });
});

describe("twenty-first session: names in subjects as tired staff write them", () => {
  it("'re: mason haythorne - licence conds': a word-name and an unlisted surname opening a reply's heading before casework", () => {
    expect(subjectNames("re: mason haythorne - licence conds")).toEqual(["mason haythorne"]);
  });

  it("guard: the same shape before no casework is no name", () => {
    expect(subjectNames("re: amber windscreen - quote")).toEqual([]);
  });

  it("'CRN E418823 (Tomlinson) - breach?': a surname alone in brackets after a case reference", () => {
    expect(subjectNames("CRN E418823 (Tomlinson) - breach?")).toEqual(["Tomlinson"]);
  });

  it("guard: a place in brackets after a purchase order is no name", () => {
    expect(subjectNames("PO 4500912277 (Derby) - invoice")).toEqual([]);
  });

  it("'re: nan's - poppy-mae & frankie contact sat': two lower-case given names joined by '&'", () => {
    expect(subjectNames("re: nan's - poppy-mae & frankie contact sat")).toEqual(["poppy-mae", "frankie"]);
  });

  it("guard: everyday words joined by '&' are no names", () => {
    expect(subjectNames("fish & chips for grace + will")).toEqual([]);
  });
});

describe("twenty-first session: a Welsh job line and a counted subject", () => {
  it("'Rheoli Troseddwyr yn Integredig | Integrated Offender Management': Welsh connectors keep a job line in the signature", () => {
    expect(lineShape("Rheoli Troseddwyr yn Integredig | Integrated Offender Management").signatureLike).toBe(true);
    expect(fixtureVerdict("tuning517.jsonl", "t517-m032")).toBe("pass");
  });

  it("guard: an English sentence with 'a' and 'i' in it is still a sentence", () => {
    expect(lineShape("i will be in a meeting until three and then back at my desk.").sentence).toBe(true);
  });

  it("'re: marsden k - 3 missed antenatal appts': a surname and initial heading a subject before counted casework", () => {
    expect(subjectNames("re: marsden k - 3 missed antenatal appts")).toEqual(["marsden k"]);
    expect(fixtureVerdict("tuning515.jsonl", "t515-m032")).toBe("block");
  });

  it("guard: a word before a count of rooms is no name", () => {
    expect(subjectNames("RE: Venue - 3 rooms booked")).toEqual([]);
  });
});

describe("twenty-first session: her clinic", () => {
  it("'as she has her eating disorder clinic appointment': an owner inside the term's span makes the clinic hers, so telling a youth club's Gmail blocks", () => {
    expect(fixtureVerdict("tuning521.jsonl", "t521-m036")).toBe("block");
  });

  it("guard: the clinic's team named in a signature is no one's", () => {
    expect(fixtureVerdict("tuning521.jsonl", "t521-m036", "as she has her eating disorder clinic appointment", "as it is a training day")).toBe("pass");
  });
});

describe("twenty-first session: a KPC result in a Christmas meal reply", () => {
  it("'the KPC for Liam Froggatt came back this morning: he's known to us': a reply-all that keeps the pub blocks", () => {
    expect(fixtureVerdict("tuning522.jsonl", "t522-m015")).toBe("block");
  });

  it("guard: the same reply with the meal choices alone passes", () => {
    expect(fixtureVerdict("tuning522.jsonl", "t522-m015", "the KPC for Liam Froggatt came back this morning: he's known to us, his two children were on child protection plans for neglect until March 2025, closed since then. I'll send the full response through Starting Point.", "Liam Froggatt can't make it after all.")).toBe("pass");
  });
});

describe("twenty-first session: a relative's address as Outlook names it", () => {
  it("writtenToRelatives reads the address when Outlook gives it as the display name", () => {
    const sender = { given: ["rukhsana"], family: "patel" };
    expect(writtenToRelatives(sender, "rukhsana.patel@leicester.gov.uk", [{ name: "shabana.patel.88@gmail.com", address: "shabana.patel.88@gmail.com" }])).toBe(true);
    expect(writtenToRelatives(sender, "rukhsana.patel@leicester.gov.uk", [{ name: "Shabana Khan", address: "shabana.patel.88@gmail.com" }])).toBe(false);
  });
});
