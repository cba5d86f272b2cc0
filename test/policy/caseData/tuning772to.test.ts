import { fixtureVerdict, scanVerdict } from "./scanVerdicts";

// Twenty-eighth session (tuning772–).
describe("twenty-eighth session: staff's own lives and work", () => {
  it("reads 'Her details:' after 'add my partner as a named driver' as the relative's, not someone else's", () => {
    expect(fixtureVerdict("tuning773.jsonl", "t773-m003")).toBe("pass");
  });

  it("guard: a client's details after the same words stay a case's", () => {
    const body = "Hi,\n\nCould you please add my client as a named driver? His details:\n\nName: Reece Kinsella\nDate of birth: 02/09/1991\n\nThanks,\nDan";
    expect(scanVerdict({ from: "dan.whitworth@derbyshire.gov.uk", to: ["policy.changes@harrowfieldinsurance.co.uk"], subject: "Named driver", body })).toBe("block");
  });

  it("reads 'Ella has said she'll do my Thursday court duty' as a colleague covering the writer's work", () => {
    expect(fixtureVerdict("tuning773.jsonl", "t773-m026")).toBe("pass");
  });

  it("reads 'Clenil Modulite 100 inhaler' as a medicine, not a person", () => {
    expect(fixtureVerdict("tuning773.jsonl", "t773-m001")).toBe("pass");
  });

  it("reads 'a hamper from the team' and 'photos to the team chat' as a colleague's birth news", () => {
    expect(fixtureVerdict("tuning772.jsonl", "t772-m003")).toBe("pass");
  });
});

describe("twenty-eighth session: recall", () => {
  const police = { from: "liam.cotterill@leics.police.uk", to: ["amy.farndon@leicester.gov.uk"], subject: "last night" };

  it("reads 'got bailed' as a case's event, on the route unmarked a warning", () => {
    expect(scanVerdict({ ...police, body: "hiya amy\n\nfyi kayden's dad got bailed about 11 last nite, mum knows.\n\nLiam" })).toBe("warn");
    expect(fixtureVerdict("tuning774.jsonl", "t774-m019")).toBe("warn");
  });

  it("guard: 'I bailed on the gym' is no case", () => {
    expect(scanVerdict({ ...police, body: "Hi Amy,\n\nI bailed on the gym again, Jake was not impressed.\n\nLiam" })).toBe("pass");
  });

  it("reads 'hasn't been home since Saturday' and 'had him holding stuff for them' as a case's", () => {
    const body = "Hi Gethin,\n\nMrs Dawson rang, Callum's mum. She says Callum hasn't been home since Saturday.\n\nKelly";
    expect(scanVerdict({ from: "kelly.maskrey@derby.gov.uk", to: ["gethin.pugh@justice.gov.uk"], subject: "Phone message", body })).toBe("warn");
    expect(fixtureVerdict("tuning774.jsonl", "t774-m031")).toBe("warn");
  });

  it("reads 'he isn't allowed to be in the same room as Mum' as a case's, on a room booking to a venue", () => {
    const body = "Good afternoon,\n\nPlease could you make sure the side room is free all day, as Dad (Mr Gary Colley) will need to wait separately - he isn't allowed to be in the same room as Mum.\n\nThank you,\n\nWendy Ashmore\nFamily Group Conference Coordinator\nRutland County Council";
    expect(scanVerdict({ from: "wendy.ashmore@rutland.gov.uk", to: ["bookings@uppinghamtownhall.org.uk"], subject: "Room hire", body })).toBe("block");
  });

  it("reads an ICPC invite's file name with a family's name as a case's", () => {
    const body = "Hello,\n\nCould you quote for translating the attached letter?\n\nICPC_invite_KOWALCZYK_Marta_and_children.docx\n\nSinead";
    expect(scanVerdict({ from: "sinead.farrell@derby.gov.uk", to: ["quotes@clearlanguagetranslations.co.uk"], subject: "Translation", body })).toBe("block");
  });

  it("guard: a colleague covering another's ICPC is staff work", () => {
    expect(fixtureVerdict("tuning660.jsonl", "t660-m012")).toBe("pass");
  });

  it("reads a quoted service user's own address as a case's when he tells of his licence", () => {
    expect(fixtureVerdict("tuning774.jsonl", "t774-m034")).toBe("block");
  });

  it("reads 'Jermaine Odell's trial starts … pleading not guilty' in a retirement thread as a case's", () => {
    expect(fixtureVerdict("tuning773.jsonl", "t773-m038")).toBe("block");
  });
});

describe("twenty-eighth session, second round: staff's own lives", () => {
  it("reads 'Parent/guardian 2: Liam Bell' on the writer's own child's form as the family's", () => {
    expect(fixtureVerdict("tuning779.jsonl", "t779-m004")).toBe("pass");
  });

  it("reads 'I was diagnosed with …, about ten weeks after my son was born' with the writer's own records as theirs", () => {
    expect(fixtureVerdict("tuning779.jsonl", "t779-m011")).toBe("pass");
  });

  it("reads 'My partner has moved in with me' and 'the Toyota Yaris Hybrid' in a named-driver request as the writer's own", () => {
    expect(fixtureVerdict("tuning779.jsonl", "t779-m023")).toBe("pass");
    expect(fixtureVerdict("tuning771.jsonl", "t771-m038")).toBe("pass");
  });

  it("guard: 'her new boyfriend has moved in with her' stays a case's", () => {
    const body = "Hello,\n\nCould you add Kayla Dent to the policy? Her new boyfriend has moved in with her and he is on licence.\n\nName: Kayla Dent\nDate of birth: 22/09/1993\n\nThanks";
    expect(scanVerdict({ from: "connor.macleish@rutland.gov.uk", to: ["mta@shirelineinsurance.co.uk"], subject: "Named driver", body })).toBe("block");
  });

  it("reads 'Hope you, Imran and the baby' in a quoted colleague's message as the reader's household", () => {
    expect(fixtureVerdict("tuning779.jsonl", "t779-m024")).toBe("pass");
  });

  it("blocks case detail to a relative's webmail ('took another overdose', 'just come out of prison')", () => {
    expect(fixtureVerdict("tuning779.jsonl", "t779-m029")).toBe("block");
  });
});

describe("twenty-eighth session, second round: colleagues' news and work", () => {
  it("reads a colleague's miscarriage shared at her request, with her reviews passing to a colleague, as staff news", () => {
    expect(fixtureVerdict("tuning779.jsonl", "t779-m022")).toBe("pass");
  });

  it("reads 'Team news, since you asked:' as colleagues' news to a retired colleague", () => {
    expect(fixtureVerdict("tuning776.jsonl", "t776-m007")).toBe("pass");
  });

  it("reads 'Ian is survived by his wife, Denise' in an order of service as a colleague's death", () => {
    expect(fixtureVerdict("tuning776.jsonl", "t776-m010")).toBe("pass");
  });

  it("reads 'she's asked me to mention it' and 'if the first aiders knew' as the writer telling for a colleague", () => {
    expect(fixtureVerdict("tuning776.jsonl", "t776-m012")).toBe("pass");
  });

  it("reads a subject's 'Retirement flowers - Glenys Barraclough' as staff news (a warning), and 'His daughter Gemma rang' in a death notice", () => {
    expect(fixtureVerdict("tuning776.jsonl", "t776-m027")).toBe("warn");
    expect(fixtureVerdict("tuning776.jsonl", "t776-m029")).toBe("warn");
  });

  it("reads 'Joel Hartigan and Neha Sood, both in the second year of their PQiP' as staff", () => {
    expect(fixtureVerdict("tuning777.jsonl", "t777-m027")).toBe("pass");
  });

  it("reads a course list's 'Preferred date' column as its dates: the Course column's terms are titles", () => {
    const body = "Hello,\n\nPlaces for the staff below, please:\n\nName\tRole\tCourse\tPreferred date\nNeha Sood\tPQiP\tDomestic abuse, stalking and harassment (DASH) risk assessment\t21/01/2027\nSamuel Okonedo\tProbation Officer\tChild sexual exploitation: recognising and responding\t04/02/2027\n\nYusuf";
    expect(scanVerdict({ from: "yusuf.dar@justice.gov.uk", to: ["bookings@trainingco.example.co.uk"], subject: "Training places", body })).toBe("pass");
  });

  it("guard: the same terms under a column of concerns stay a case's", () => {
    const body = "Hello,\n\nName\tAge\tConcern\nLacey Thornhill\t15\tChild sexual exploitation: going missing\n\nYusuf";
    expect(scanVerdict({ from: "yusuf.dar@justice.gov.uk", to: ["bookings@trainingco.example.co.uk"], subject: "List", body })).toBe("block");
  });
});

describe("twenty-eighth session, second round: recall", () => {
  it("reads 'ring leah re her son's yot appt' on a self-note sent home as a case's", () => {
    expect(fixtureVerdict("tuning778.jsonl", "t778-m008")).toBe("block");
  });

  it("guard: 'ring grace re lunch' names no one (an everyday word)", () => {
    expect(scanVerdict({ from: "imran.qadir@justice.gov.uk", to: ["imranq_1990@hotmail.co.uk"], subject: "tomorrow", body: "ring grace re lunch\nbook room 2" })).toBe("pass");
  });

  it("reads 'his probation appt' and 'a young person (14)' as case wording", () => {
    expect(fixtureVerdict("tuning778.jsonl", "t778-m009")).toBe("block");
    expect(fixtureVerdict("tuning778.jsonl", "t778-m010")).toBe("block");
  });

  it("reads 'the family group conference for the Stebbings children … Dad isn't allowed at the family home' in quoted history", () => {
    expect(fixtureVerdict("tuning778.jsonl", "t778-m018")).toBe("block");
  });
});

describe("twenty-eighth session, third round: quoted service users and case wording", () => {
  it("reads a quoted young person's own e-mail ('got court at leicester mags … my tag keeps buzzing') as a case's, his From line too", () => {
    expect(fixtureVerdict("tuning786.jsonl", "t786-m007")).toBe("block");
  });

  it("reads a quoted father's own e-mail ('off the coke since August … a hair strand test') as a case's: the children and his address", () => {
    expect(fixtureVerdict("tuning786.jsonl", "t786-m022")).toBe("block");
  });

  it("reads 'I'm breaching my licence' in a quoted nominal's e-mail as a case's, on the IOM route unmarked a warning", () => {
    expect(fixtureVerdict("tuning786.jsonl", "t786-m015")).toBe("warn");
  });

  it("guard: a quoted message from a member of the public that tells of no case of their own stays ordinary", () => {
    const body = "Hi Joe,\n\nSee below.\n\nJoe\n\n-----Original Message-----\nFrom: Marlon Akers <marlon.akers90@gmail.com>\nSent: 24 November 2026 19:48\nTo: Adeyemi, Joe <joe.adeyemi@richmond.gov.uk>\nSubject: hall\n\nHi Joe, my licence for the bar at the fun day came through, and I'm at 12 Alton House if you need to post anything.\n\nMarlon";
    expect(scanVerdict({ from: "joe.adeyemi@richmond.gov.uk", to: ["events@rolehamptonfunday.org.uk"], subject: "FW: hall", body })).toBe("pass");
  });

  it("reads 'breaks his bail' as case wording: a baby shower's subject over case news blocks", () => {
    expect(fixtureVerdict("tuning780.jsonl", "t780-m008")).toBe("block");
  });

  it("reads 'Kian was one of our care leavers' as a case's; 'the care leavers' exemption list' stays a list", () => {
    expect(fixtureVerdict("tuning784.jsonl", "t784-m023")).toBe("block");
    expect(fixtureVerdict("tuning635.jsonl", "t635-m010")).toBe("pass");
  });

  it("reads a Nominal column's 'BELLINGHAM C' (a surname and an initial) as a person", () => {
    expect(fixtureVerdict("tuning783.jsonl", "t783-m019")).toBe("warn");
  });
});

describe("twenty-eighth session, third round: staff news and work", () => {
  it("reads 'If Tom is back … he'll take the Crown Court days' as staff work on a court rota", () => {
    expect(fixtureVerdict("tuning787.jsonl", "t787-m012")).toBe("pass");
  });

  it("reads 'Glen has asked me to let partners know that he has been diagnosed' as a colleague's news told at his wish", () => {
    expect(fixtureVerdict("tuning787.jsonl", "t787-m025")).toBe("pass");
  });

  it("reads a retirement speech ('Many of you will have sat beside her', 'thank you for 34 years') as a colleague's news", () => {
    expect(fixtureVerdict("tuning784.jsonl", "t784-m001")).toBe("pass");
  });

  it("reads 'Katie and I are expecting our second baby … If the baby comes early I'll text Lisa' as the writer's own news", () => {
    expect(fixtureVerdict("tuning781.jsonl", "t781-m028")).toBe("pass");
  });
});

describe("twenty-eighth session, fourth round: recall", () => {
  it("reads 'who I nicked on Saturday night - Liam Skeffington … He's been charged' to a friend's webmail as a case's", () => {
    expect(fixtureVerdict("tuning789.jsonl", "t789-m034")).toBe("block");
  });

  it("reads a case note pasted into family mail ('smelled strongly of cannabis … Discuss at legal gateway') as no family's", () => {
    expect(fixtureVerdict("tuning789.jsonl", "t789-m029")).toBe("block");
  });

  it("reads a quoted webmail writer's first-person case wording ('my licence says I have to do the drug test … the conviction') as their own case", () => {
    expect(fixtureVerdict("tuning790.jsonl", "t790-m010")).toBe("block");
    expect(fixtureVerdict("tuning790.jsonl", "t790-m001")).toBe("block");
  });

  it("guard: an organisation's quoted letter in the first person with case wording is no service user's own (a mortgage broker, an occupational health provider)", () => {
    expect(fixtureVerdict("tuning327.jsonl", "t327-m029")).toBe("pass");
    expect(fixtureVerdict("tuning682.jsonl", "t682-m001")).toBe("pass");
  });

  it("reads 'Texts from Jodie, Tue 10 Nov:' alone above the texts ('there is a non mol on him') as their lead-in", () => {
    expect(fixtureVerdict("tuning790.jsonl", "t790-m002")).toBe("block");
  });

  it("guard: a lead-in alone above a paragraph that is no one's messages reaches no further ('yesterday's Richmond panel, as promised:')", () => {
    expect(fixtureVerdict("tuning714.jsonl", "t714-m037")).toBe("warn");
    expect(fixtureVerdict("tuning636.jsonl", "t636-m018")).toBe("pass");
  });

  it("reads a surname after a case reference before '- AP move' in a subject as a name; 'Update' there is none", () => {
    const police = { from: "obinna.eze@justice.gov.uk", to: ["neil.ferris@leics.police.uk"], body: "Neil,\n\nThe man under this CRN moves on Monday.\n\nObinna" };
    expect(scanVerdict({ ...police, subject: "OFFICIAL-SENSITIVE: CRN E731402 Lewandowski - AP move" })).toBe("block");
    expect(scanVerdict({ ...police, subject: "OFFICIAL-SENSITIVE: CRN E731402 Update - AP move" })).toBe("pass");
  });
});

describe("twenty-eighth session, fifth round", () => {
  it("reads 'the tillotson kids' (a listed surname before family words after 'the') as a name on any line; 'the netball kids' stays a team", () => {
    expect(fixtureVerdict("tuning800.jsonl", "t800-m009")).toBe("block");
    const body = "Hi Nat,\n\nWe took the netball kids and the baker family to the show on Sunday.\n\nJ";
    expect(scanVerdict({ from: "jess.carrington@derbyshire.gov.uk", to: ["nat.carrington84@hotmail.co.uk"], subject: "Sunday", body })).toBe("pass");
  });

  it("reads 'tbh. lewy got recalled weds' (a word no list holds after a full stop, before a case event) as a name", () => {
    expect(fixtureVerdict("tuning800.jsonl", "t800-m013")).toBe("block");
  });

  it("reads a quoted mother's own forwarded e-mail ('not from me … a CP medical') as her case", () => {
    expect(fixtureVerdict("tuning797.jsonl", "t797-m012")).toBe("block");
  });

  it("reads 'Hes been driving past the house again' in pasted texts as case wording", () => {
    expect(fixtureVerdict("tuning797.jsonl", "t797-m002")).toBe("block");
  });

  it("reads 'MFH - Kaydence (14) - located' (a word no list holds before an age) as a name in the subject", () => {
    expect(fixtureVerdict("tuning803.jsonl", "t803-m007")).toBe("block");
  });

  it("reads a pension nomination's table of the writer's family (same family name) and 'NI number NP …' in a sentence as the writer's own", () => {
    expect(fixtureVerdict("tuning802.jsonl", "t802-m020")).toBe("pass");
  });

  it("reads 'Tom Beresford has my child protection conference reports' and a cover item's 'Ellen Marsh will attend' as staff work", () => {
    expect(fixtureVerdict("tuning803.jsonl", "t803-m023")).toBe("pass");
    expect(fixtureVerdict("tuning799.jsonl", "t799-m040")).toBe("pass");
  });

  it("guard: 'Her Tuesday child protection conferences: Ellen Marsh has bruising' names a case person", () => {
    const body = "Hi Yasmin,\n\n- Her Tuesday child protection conferences: Ellen Marsh has bruising to her arm and is on a CP plan.\n\nHannah";
    expect(scanVerdict({ from: "hannah.greatorex@justice.gov.uk", to: ["yasmin@gmail.com"], subject: "Cover", body })).toBe("block");
  });
});
