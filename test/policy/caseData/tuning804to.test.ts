import { fixtureVerdict, scanVerdict } from "./scanVerdicts";

// Twenty-ninth session (tuning804–).
describe("twenty-ninth session: recall", () => {
  it("reads a quoted service user's 'my licence says' and 'get breached' as their own case, forwarded off the routes", () => {
    expect(fixtureVerdict("tuning807.jsonl", "t807-m025")).toBe("block");
    expect(fixtureVerdict("tuning807.jsonl", "t807-m037")).toBe("block");
  });

  it("guard: a quoted friend's driving licence is no case", () => {
    const body = "Thanks!\n\nJo\n\n-----Original Message-----\nFrom: Kim Rowe <kimrowe77@gmail.com>\nSent: 16 November 2026 20:02\nTo: Jo Platt <jo.platt@justice.gov.uk>\nSubject: car\n\nmy driving licence says I can tow a small trailer so I'll bring the bikes on Saturday\n\nKim";
    expect(scanVerdict({ from: "jo.platt@justice.gov.uk", to: ["jo.platt77@gmail.com"], subject: "FW: car", body })).toBe("pass");
  });

  it("reads 'not meant to come down this road' in pasted texts as a case's restriction", () => {
    expect(fixtureVerdict("tuning807.jsonl", "t807-m018")).toBe("warn");
  });

  it("reads 'had been dealing from the flat' beside a baby taken into care as a case's, told to the writer's mum", () => {
    expect(fixtureVerdict("tuning806.jsonl", "t806-m015")).toBe("block");
  });

  it("guard: 'has been dealing with' is work, no case", () => {
    const body = "Mum,\n\nSorry, can't make tea. Karen has been dealing with the boiler people all day and I'm covering.\n\nJosh";
    expect(scanVerdict({ from: "josh.wakefield@leicester.gov.uk", to: ["sue.wakefield56@gmail.com"], subject: "Tonight", body })).toBe("pass");
  });

  it("reads a lower-case name heading a subject before 'bail conds' as a name", () => {
    expect(fixtureVerdict("tuning808.jsonl", "t808-m030")).toBe("block");
  });

  it("guard: quoted colleagues' casework beside a team's booking keeps their names a case's", () => {
    expect(fixtureVerdict("tuning614.jsonl", "t614-m026")).toBe("block");
    expect(fixtureVerdict("tuning697.jsonl", "t697-m014")).toBe("block");
    expect(fixtureVerdict("tuning731.jsonl", "t731-m001")).toBe("block");
  });
});

describe("twenty-ninth session: colleagues and the team", () => {
  it("reads a colleague's quoted list for the team's Christmas lunch, forwarded to the venue, as the party", () => {
    expect(fixtureVerdict("tuning804.jsonl", "t804-m035")).toBe("pass");
    expect(fixtureVerdict("tuning704.jsonl", "t704-m026")).toBe("pass");
  });

  it("reads 'late as he's at a strategy meeting' in a team's pre-orders as a colleague's day", () => {
    expect(fixtureVerdict("tuning807.jsonl", "t807-m002")).toBe("pass");
  });

  it("reads 'when she was in the Harborough team' as a colleague's, so her baby's news is staff news (the subject name warns)", () => {
    expect(fixtureVerdict("tuning805.jsonl", "t805-m007")).toBe("warn");
  });

  it("guard: the same birth news of someone the readers worked with, with no colleague wording and a plan, is a case's", () => {
    const body = "Hi both,\n\nAs you both worked with Tasha, I thought you'd want to know that she had her baby girl, Nia, last Thursday. The baby is on a child protection plan.\n\nSunita";
    expect(scanVerdict({ from: "sunita.rana@leics.gov.uk", to: ["events@harboroughhampers.co.uk"], subject: "News", body })).toBe("block");
  });

  it("reads 'has asked me to let IOM partners know that she has been diagnosed' as the colleague's wish", () => {
    expect(fixtureVerdict("tuning805.jsonl", "t805-m010")).toBe("pass");
  });

  it("reads 'trainers: DS Kelly Marsh and Jodie Winfield' as two trainers", () => {
    expect(fixtureVerdict("tuning807.jsonl", "t807-m005")).toBe("pass");
  });

  it("reads 'Lorna from Starting Point has agreed to do 20 minutes on' as a speaker", () => {
    expect(fixtureVerdict("tuning808.jsonl", "t808-m002")).toBe("pass");
  });

  it("reads 'I could swap with Lucy if a Friday child protection conference can't move' as a colleague", () => {
    expect(fixtureVerdict("tuning810.jsonl", "t810-m023")).toBe("pass");
  });

  it("guard: a child named after 'swap' is no colleague", () => {
    const body = "Hi,\n\nCan we swap Lucy's contact to Friday? Her child protection conference can't move.\n\nLayla";
    expect(scanVerdict({ from: "layla.haddad-rahman@leicester.gov.uk", to: ["bookings@familycontactcentre.co.uk"], subject: "Contact", body })).toBe("block");
  });
});

describe("twenty-ninth session: the writer's own life", () => {
  const hr = { from: "hollie.brannigan@leics.gov.uk", to: ["hr.advice@leics.gov.uk"], subject: "Maternity notice" };

  it("reads 'I'm writing to give formal notice that I'm pregnant' as the writer's own", () => {
    expect(scanVerdict({ ...hr, body: "Hi HR Advice,\n\nI'm writing to give formal notice that I'm pregnant and my baby is due on 9 April 2027.\n\nThanks,\nHollie" })).toBe("pass");
  });

  it("guard: notice that a client is pregnant is a case's", () => {
    expect(scanVerdict({ ...hr, to: ["hr@brightstartnursery.co.uk"], body: "Hi,\n\nI'm writing to give formal notice that my client Kerry Dunn is pregnant and on a child protection plan.\n\nThanks,\nHollie" })).toBe("block");
  });

  it("reads 'while they sort out my medication' as the writer's own health", () => {
    expect(fixtureVerdict("tuning805.jsonl", "t805-m023")).toBe("pass");
  });

  it("guard: 'while they sort out his medication' after a case person is a case's", () => {
    const body = "Hi all,\n\nLiam Dobson was sectioned on Friday. I'll join the IOM panel on Teams while they sort out his medication.\n\nGwen";
    expect(scanVerdict({ from: "gwen.aprhys@justice.gov.uk", to: ["bookings@theoldmill.co.uk"], subject: "Panel", body })).toBe("block");
  });

  it("reads 'My girlfriend moved in with me … Her details' on a council tax change as the writer's household", () => {
    expect(fixtureVerdict("tuning810.jsonl", "t810-m007")).toBe("pass");
  });
});

describe("twenty-ninth session: recall, round two", () => {
  it("reads a quoted service user's 'my drug test' as their own case, forwarded to his employer", () => {
    expect(fixtureVerdict("tuning818.jsonl", "t818-m018")).toBe("block");
  });

  it("reads 'Nicked him today … He's been charged' as the named man's case, told to a brother's webmail", () => {
    expect(fixtureVerdict("tuning814.jsonl", "t814-m023")).toBe("block");
  });

  it("guard: 'she's charged the laptop' is no case", () => {
    const body = "Dan,\n\nRemember Jonno Price from Year 11? Saw him at the match. She's charged the laptop so bring it Saturday.\n\nO";
    expect(scanVerdict({ from: "owen.lacey@leics.police.uk", to: ["danlacey_81@gmail.com"], subject: "guess who", body })).toBe("pass");
  });

  it("reads 'the foster carer brings Ellie-Mae and Jack' in a quoted manager's note as a case's, sent to a hall's webmail", () => {
    expect(fixtureVerdict("tuning818.jsonl", "t818-m017")).toBe("block");
  });

  it("reads a young person's referral order and age in brackets in a 'Well done to' item as a case's", () => {
    expect(fixtureVerdict("tuning817.jsonl", "t817-m035")).toBe("block");
  });

  it("guard: 'Well done to' a colleague for her work is still staff news", () => {
    const body = "Dear colleagues,\n\nWell done to Aisha Qureshi, nominated for her work on the referral order panel this year.\n\nImran";
    expect(scanVerdict({ from: "imran.bhatti@leicester.gov.uk", to: ["headteacher@brookvale-academy.org.uk"], subject: "November update", body })).toBe("pass");
  });

  it("reads a corrected number in brackets ('will be … (not …)') as the service's too", () => {
    expect(fixtureVerdict("tuning807.jsonl", "t807-m010")).toBe("pass");
  });
});

describe("twenty-ninth session: rounds two and three", () => {
  it("reads '(North and West)' in a subject as directions, not a surname", () => {
    expect(fixtureVerdict("tuning817.jsonl", "t817-m031")).toBe("pass");
  });

  it("guard: 'Jo West and Ann North' are still two people", () => {
    expect(scanVerdict({ from: "jo.platt@justice.gov.uk", to: ["bookings@theoldmill.co.uk"], subject: "Visit - Jo West and Ann North", body: "Hi,\n\nThanks.\n\nJo" })).toBe("block");
  });

  it("reads 'a hearing loop in Victoria Hall' as a venue and a running order's heading as no lead-in", () => {
    expect(fixtureVerdict("tuning811.jsonl", "t811-m005")).toBe("pass");
  });

  it("guard: 'I met Victoria Hall' with case wording is a case's", () => {
    const body = "Hi,\n\nI met Victoria Hall at the hub; she is on licence and breached her curfew.\n\nJo";
    expect(scanVerdict({ from: "jo.platt@justice.gov.uk", to: ["bookings@theoldmill.co.uk"], subject: "Today", body })).toBe("block");
  });

  it("reads a grooming report ('asking her to send pictures', 'She's only 12') as the child's case", () => {
    expect(fixtureVerdict("tuning814.jsonl", "t814-m015")).toBe("warn");
  });

  it("reads 'Case_study_3_HADDON_Tyler_DOB_…docx' on a quoted Attachments line as naming a child", () => {
    expect(fixtureVerdict("tuning815.jsonl", "t815-m009")).toBe("block");
  });

  it("guard: '12 Geoff Monk Way' is still an address", () => {
    const body = "Hi,\n\nThe visit is at 12 Geoff Monk Way, Derby DE1 1AA, where Kyle Dobbs lives; he is on licence.\n\nJo";
    expect(scanVerdict({ from: "jo.platt@justice.gov.uk", to: ["bookings@theoldmill.co.uk"], subject: "Visit", body })).toBe("block");
  });

  it("reads contact, 'a positive drug test' and 'the placement address' in lower-case mail to a foster carer's webmail as a case's", () => {
    expect(fixtureVerdict("tuning821.jsonl", "t821-m009")).toBe("block");
  });

  it("reads 'sending mum threatening texts' and 'with mum, supervised' in a quoted request as a case's, sent to a venue", () => {
    expect(fixtureVerdict("tuning825.jsonl", "t825-m035")).toBe("block");
  });

  it("reads a parent's post 'who took my Harley and Paige off me' as a case's, sent to a union", () => {
    expect(fixtureVerdict("tuning825.jsonl", "t825-m036")).toBe("block");
  });

  it("guard: 'took my coat off me' in family mail is no case", () => {
    const body = "Mum,\n\nKyle and Jo took my coat off me at the door, it was freezing.\n\nJosh";
    expect(scanVerdict({ from: "josh.wakefield@leicester.gov.uk", to: ["sue.wakefield56@gmail.com"], subject: "Tonight", body })).toBe("pass");
  });

  it("reads a cover list's '- MAPPA level 2 reviews in December: Hannah Greaves to attend for Kerry's two cases' as staff work", () => {
    expect(fixtureVerdict("tuning820.jsonl", "t820-m009")).toBe("pass");
  });
});

describe("twenty-ninth session: round four, a case person's own words pasted", () => {
  it("reads a young person's message pasted in quotation marks ('got my yot appt', 'im on a tag') as his case, sent to an employer or a coach", () => {
    expect(fixtureVerdict("tuning833.jsonl", "t833-m004")).toBe("block");
    expect(fixtureVerdict("tuning833.jsonl", "t833-m018")).toBe("block");
  });

  it("reads a victim's pasted account after 'what the victim sent me' as a case's, sent to a pub", () => {
    expect(fixtureVerdict("tuning833.jsonl", "t833-m021")).toBe("block");
  });

  it("guard: a colleague's words in quotation marks are no case person's", () => {
    const body = "Hi Phil,\n\nMessage from Jay Morton, our admin, Mon 9 Nov:\n\"cant do weds, got my dentist at 10. can u tell phil ill do sat instead\"\n\nCallum";
    expect(scanVerdict({ from: "callum.birtles@leics.gov.uk", to: ["workshop@bramcotemotors.co.uk"], subject: "Rota", body })).toBe("pass");
  });

  it("reads a parent's post 'took my kids Maisie and Tyler off us' as a case's, forwarded home", () => {
    expect(fixtureVerdict("tuning833.jsonl", "t833-m003")).toBe("block");
  });

  it("reads a child's letter 'I dont feel safe when he is there' as a case's, sent to a grandmother's webmail", () => {
    expect(fixtureVerdict("tuning833.jsonl", "t833-m022")).toBe("block");
  });

  it("reads a card's '2 years clean now and finally off licence' as a service user's own case, sent to a printer", () => {
    expect(fixtureVerdict("tuning835.jsonl", "t835-m013")).toBe("block");
  });

  it("reads 'Core_group_minutes_BRADSHAW_Kai_…docx' on a quoted Attachments line as a case's", () => {
    expect(fixtureVerdict("tuning835.jsonl", "t835-m018")).toBe("block");
  });

  it("reads 'Her contact with birth dad' and 'isn't allowed to be left alone with the baby' as a case's", () => {
    expect(fixtureVerdict("tuning829.jsonl", "t829-m003")).toBe("block");
    expect(fixtureVerdict("tuning829.jsonl", "t829-m005")).toBe("block");
  });
});

describe("twenty-ninth session: round four, false alarms", () => {
  it("reads 'Tribute from her colleagues' and 'in Lorraine's memory' as a colleague's funeral, so 'her son Matthew' is family", () => {
    expect(fixtureVerdict("tuning827.jsonl", "t827-m018")).toBe("pass");
  });

  it("reads 'I've checked my caseload' in the writer's flexible working request as work, so 'My son, Reuben' stays the writer's", () => {
    expect(fixtureVerdict("tuning823.jsonl", "t823-m008")).toBe("pass");
  });

  it("guard: 'a family on my caseload' beside the writer's son is still a case's", () => {
    const body = "Hi Amina,\n\nMy son, Reuben, was diagnosed with autism in the summer. Also a family on my caseload, the Dobbs, have a child protection conference on Friday.\n\nJoel";
    expect(scanVerdict({ from: "joel.pemberton@justice.gov.uk", to: ["bookings@theoldmill.co.uk"], subject: "Flexible working", body })).toBe("block");
  });
});

describe("twenty-ninth session: round four, colleagues' news", () => {
  it("reads 'Many of you will have heard that Geoff Stainsby, our housing lead …, died' as a colleague's death, so his wife and daughters are family (the subject name warns)", () => {
    expect(fixtureVerdict("tuning828.jsonl", "t828-m036")).toBe("warn");
  });

  it("reads 'Priya Chandarana, our Named Nurse for Children in Care, had her baby boy, Arjun' as a colleague's birth news (the subject name warns)", () => {
    expect(fixtureVerdict("tuning828.jsonl", "t828-m039")).toBe("warn");
  });

  it("guard: a young person 'in Care' who had a baby, with no colleague wording, is a case's", () => {
    const body = "Hi all,\n\nKayla Dunn, one of our young people in care, had her baby boy, Arjun, on Saturday. Mum and baby are on a child protection plan.\n\nJo";
    expect(scanVerdict({ from: "joanne.whitlam@nhs.net", to: ["bookings@theoldmill.co.uk"], subject: "News", body })).toBe("block");
  });
});

describe("twenty-ninth session: round five, pasted words and case roles", () => {
  it("reads a service user's letter typed out below 'I've typed it out word for word:' ('my probation officer', 'my licence') as his case, sent to a union", () => {
    expect(fixtureVerdict("tuning836.jsonl", "t836-m005")).toBe("block");
  });

  it("reads a child's card in quotation marks ('contact with my mum', 'My new foster carers') as his case, sent to a coach's webmail", () => {
    expect(fixtureVerdict("tuning836.jsonl", "t836-m003")).toBe("block");
  });

  it("reads a father's post below 'This was posted publicly on Facebook last night:' as a case's, sent to a venue", () => {
    expect(fixtureVerdict("tuning836.jsonl", "t836-m004")).toBe("block");
  });

  it("reads a victim's letter to 'the man who broke into my home' as a case's, sent to a printer", () => {
    expect(fixtureVerdict("tuning836.jsonl", "t836-m002")).toBe("block");
  });

  it("guard: colleagues' pre-orders 'copied from our team WhatsApp:' with a pregnancy stay the party's", () => {
    expect(fixtureVerdict("tuning797.jsonl", "t797-m035")).toBe("pass");
  });

  it("guard: the writer's mother's details below 'the paper form I posted on Monday:' stay the writer's family's", () => {
    expect(fixtureVerdict("tuning370.jsonl", "t370-m040")).toBe("pass");
  });

  it("guard: a councillor's statement in quotation marks is no case person's words", () => {
    expect(fixtureVerdict("tuning102.jsonl", "t102-m018")).toBe("pass");
  });

  it("reads an invitation list's '- Kirsty Pell, Mother' and '- Jordan Pell (8), child' as the family's, sent to a school", () => {
    expect(fixtureVerdict("tuning839.jsonl", "t839-m009")).toBe("block");
  });

  it("guard: an attendee list's '- Hazel Brightmore, Conference Chair' is staff", () => {
    const body = "Hello,\n\nInvited:\n- Hazel Brightmore, Conference Chair\n- Dan Price, Team Manager\n\nRachel";
    expect(scanVerdict({ from: "rachel.moorcroft@derbyshire.gov.uk", to: ["dsl@brimingtonjunior.derbyshire.sch.uk"], subject: "Conference", body })).toBe("pass");
  });

  it("reads a peer mentor 'on licence' in a delegate table as a case's, not staff", () => {
    expect(fixtureVerdict("tuning829.jsonl", "t829-m037")).toBe("block");
  });
});

describe("twenty-ninth session: round five, more of a case's own words", () => {
  it("reads a pasted letter's 'putting me back inside', 'served my time' and 'When my licence ends' as the writer's case, sent to a sister", () => {
    expect(fixtureVerdict("tuning836.jsonl", "t836-m020")).toBe("block");
  });

  it("reads 'On KOWALSKI M: referral done' in a quoted reply as a name, so adding a housing association blocks", () => {
    expect(fixtureVerdict("tuning840.jsonl", "t840-m036")).toBe("block");
  });

  it("guard: 'On MONDAY I: went' is no name", () => {
    const body = "Hi,\n\nOn MONDAY I: went to the office.\n\nJo";
    expect(scanVerdict({ from: "jo.platt@justice.gov.uk", to: ["bookings@theoldmill.co.uk"], subject: "Week", body })).toBe("pass");
  });
});

describe("twenty-ninth session: round six, surnames in capitals", () => {
  it("reads 'a bail check on MENSAH T at his mum's' and 'PEARCE G (the one who …' in chat to family and friends as names", () => {
    expect(fixtureVerdict("tuning851.jsonl", "t851-m008")).toBe("block");
    expect(fixtureVerdict("tuning851.jsonl", "t851-m020")).toBe("block");
  });

  it("reads a numbered to-do line '1. RICHARDS J - recall papers' as a name, sent to the writer's own webmail", () => {
    expect(fixtureVerdict("tuning851.jsonl", "t851-m022")).toBe("block");
  });

  it("guard: 'PLEASE NOTE A change' and 'the MAPPA L2 meeting' are no names", () => {
    const body = "Hi all,\n\nPLEASE NOTE A change to the MAPPA L2 meeting room: we are in room 4.\n\nJo";
    expect(scanVerdict({ from: "jo.platt@justice.gov.uk", to: ["bookings@theoldmill.co.uk"], subject: "Room", body })).toBe("pass");
  });
});

describe("twenty-ninth session: round six, more", () => {
  it("reads texts pasted below 'here's what he sent me last night (…):' as the young person's, with his name in the lead-in's paragraph", () => {
    expect(fixtureVerdict("tuning845.jsonl", "t845-m005")).toBe("block");
  });

  it("reads 'CRN E552871 (PRENDERGAST) - AP move' in a subject as a name", () => {
    expect(fixtureVerdict("tuning850.jsonl", "t850-m039")).toBe("block");
  });

  it("reads 'Thu 10 Dec Crown Court duty' in a subject as a date and a court, no address", () => {
    expect(fixtureVerdict("tuning847.jsonl", "t847-m007")).toBe("pass");
  });

  it("guard: '10 Decker Court' is still an address", () => {
    const body = "Hi,\n\nKyle Dobbs lives at 10 Decker Court now; he is on licence.\n\nJo";
    expect(scanVerdict({ from: "jo.platt@justice.gov.uk", to: ["bookings@theoldmill.co.uk"], subject: "Move", body })).toBe("block");
  });

  it("reads 'Derby to York' in a coach booking's subject as places", () => {
    expect(fixtureVerdict("tuning849.jsonl", "t849-m035")).toBe("pass");
  });
});
