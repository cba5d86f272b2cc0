import { fixtureVerdict, scanVerdict, subjectNames } from "./scanVerdicts";
import { isStaffNewsSubject } from "../../../src/policy/caseData/subjectStaffNews";
import { detect } from "../../../src/policy/detect";
import { CASE_VOCABULARY } from "../../../src/policy/caseData/caseVocabulary";
import { specialCategory } from "../../../src/policy/detect/recognizers/specialCategory";
import { texts } from "../detect/recognizers/helpers";
import { STRONG_CASE_WORDING } from "../../../src/policy/caseData/pronouns";

function vocabulary(sentence: string): string[] {
  return sentence.match(CASE_VOCABULARY) ?? [];
}

// Twenty-third session (tuning570–).
describe("twenty-third session: a colleague's news named in the subject warns, not blocks", () => {
  const staffNews = (subject: string) => isStaffNewsSubject(subject, detect(subject));

  it("reads a death, a funeral, a baby, maternity leave and a welcome as staff news", () => {
    for (const subject of ["Sad news - Dave Cresswell", "Funeral of Mr Geoffrey Barlow - colleagues attending", "Team news - Gemma's baby", "Tasha's maternity leave - collection", "Welcome to Dr Imogen Falconer", "Cover while Bethany is on maternity leave"]) {
      expect(staffNews(subject)).toBe(true);
    }
  });

  it("guard: a ward's 'baby of …', a baby's casework and a name beside the news are not", () => {
    for (const subject of ["baby of shannon-leigh dunmore", "Kayleigh's baby - pre-birth assessment", "Bethany is on licence - maternity unit visit", "Sad news - Jayden Price - strategy discussion", "Tasha's baby - discharge plan", "Welcome to Dr Imogen Falconer and Kyle Tapper"]) {
      expect(staffNews(subject)).toBe(false);
    }
  });

  it("a colleague's bereavement told to partners, named in the subject, warns", () => {
    expect(fixtureVerdict("tuning339.jsonl", "t339-m032")).toBe("warn");
    expect(fixtureVerdict("tuning465.jsonl", "t465-m018")).toBe("warn");
  });

  it("guard: the same subject over a case's detail still blocks", () => {
    const body = "Hi both,\n\nJayden Price (DOB 14/03/2009) died on Saturday at the LRI. He was on a child protection plan for neglect.\n\nMark";
    expect(scanVerdict({ from: "mark.jephson@derbyshire.police.uk", to: ["kelly.hurst@derby.gov.uk"], subject: "Sad news - Jayden Price", body })).toBe("block");
    expect(scanVerdict({ from: "mark.jephson@derbyshire.police.uk", to: ["kelly.hurst@derby.gov.uk"], subject: "Sad news - Jayden Price", body: "Hi both,\n\nJayden retired from the team last year and died on Saturday. The funeral is on the 4th.\n\nMark" })).toBe("warn");
  });
});

describe("twenty-third session: family mail tells of the family's own health", () => {
  it("'Mum's six-week review … her dementia has moved on', written to the writer's brother and sister, passes", () => {
    expect(fixtureVerdict("tuning572.jsonl", "t572-m009")).toBe("pass");
  });

  it("guard: a resident's dementia told to the same relatives, with no parent of the family in it, blocks", () => {
    const body = "Hi both,\n\nLong day. One of the residents at Fernlea, she's 84, has dementia that has moved on a lot and she has been wandering at night.\n\nGem";
    expect(scanVerdict({ from: "gemma.oakley@leics.gov.uk", to: ["rob.oakley@gmail.com", "lou.oakley84@hotmail.co.uk"], subject: "long day", body })).toBe("block");
  });

  it("guard: a girl from the home's overdose texted to the writer's husband still blocks", () => {
    expect(fixtureVerdict("tuning568.jsonl", "t568-m036")).toBe("block");
  });
});

describe("twenty-third session: a licence's exclusion zone and a lock knife are case wording", () => {
  it("'Tyrese Hamblin is in on Thursday and I can't find the exclusion zone map for his licence', to a sick colleague's Hotmail, blocks", () => {
    expect(fixtureVerdict("tuning570.jsonl", "t570-m034")).toBe("block");
    expect(vocabulary("I can't find the exclusion zone map for his licence")).toEqual(["exclusion zone"]);
  });

  it("guard: the same get-well message asking where the team's parking map is passes", () => {
    expect(fixtureVerdict("tuning570.jsonl", "t570-m034", "I can't find the exclusion zone map for his licence", "I can't find the parking map for the new office")).toBe("pass");
  });

  it("'Mikey Carrow got stopped Saturday night … with a lock knife', unmarked to IOM probation, warns", () => {
    expect(fixtureVerdict("tuning576.jsonl", "t576-m031")).toBe("warn");
    const said = "Mikey Carrow got stopped Saturday night in Roehampton with a lock knife.";
    expect(detect(said).filter((x) => x.kind === "special-category").map((x) => said.slice(x.start, x.end))).toEqual(["with a lock knife"]);
  });

  it("guard: a knife crime awareness session's flyer names no one's offence", () => {
    const flyer = "Mikey Carrow will run the knife crime awareness session on Thursday.";
    expect(detect(flyer).filter((x) => x.kind === "special-category")).toEqual([]);
    expect(texts(specialCategory, flyer)).toEqual([]);
  });
});

describe("twenty-third session: bilingual subjects, a race marshal, a team's own training and name", () => {
  it("'Cinio Nadolig / Christmas lunch' and 'Re: marshal rota Sunday' name no one", () => {
    expect(subjectNames("Cinio Nadolig / Christmas lunch - Thursday 17 December")).toEqual([]);
    expect(subjectNames("Re: marshal rota Sunday")).toEqual([]);
  });

  it("guard: a Welsh given name and a surname still are one ('Re: Marshall Coates - licence')", () => {
    expect(subjectNames("Re: Marshall Coates - licence")).toEqual(["Marshall Coates"]);
    expect(subjectNames("Cinio Nadolig - Gethin Rowlands")).toEqual(["Gethin Rowlands"]);
  });

  it("a team's Christmas lunch where a colleague is 'doing the MAPPA training that morning' passes", () => {
    expect(fixtureVerdict("tuning570.jsonl", "t570-m021")).toBe("pass");
  });

  it("guard: the same lunch where a colleague 'is at the MAPPA meeting for Darren Cole' does not", () => {
    expect(fixtureVerdict("tuning570.jsonl", "t570-m021", "Gethin is doing the MAPPA training that morning", "Gethin is at the MAPPA meeting about Darren Cole, who is on licence for robbery, that morning")).not.toBe("pass");
  });

  it("'our team (Leicester City Children in Care team, 16 of us)' is the party booked: its guests' needs pass to the restaurant", () => {
    expect(fixtureVerdict("tuning571.jsonl", "t571-m020")).toBe("pass");
  });

  it("guard: 'three children in care and two of us' are case people: their needs block", () => {
    expect(fixtureVerdict("tuning571.jsonl", "t571-m020", "our team (Leicester City Children in Care team, 16 of us)", "three children in care and two of us")).toBe("block");
  });
});

describe("twenty-third session: a team's name after 'the', and a colleague who has the minutes", () => {
  it("'her 100-day placement with the Children's Assessment Team' is a student's: the thanks to her university pass", () => {
    expect(fixtureVerdict("tuning571.jsonl", "t571-m019")).toBe("pass");
  });

  it("guard: 'the children have been placed with her aunt' in the same thanks still tells a case", () => {
    expect(fixtureVerdict("tuning571.jsonl", "t571-m019", "her 100-day placement with the Children's Assessment Team in Loughborough finished on Friday", "the children Chloe worked with have been placed with their aunt after the strategy discussion")).toBe("block");
  });

  it("'Lee has the minutes from last week's strategy meeting' is a colleague's work: condolences to a partner colleague pass", () => {
    expect(fixtureVerdict("tuning571.jsonl", "t571-m024")).toBe("pass");
  });

  it("guard: 'Lee Dunmore was arrested for assault last week' is no colleague's work", () => {
    expect(fixtureVerdict("tuning571.jsonl", "t571-m024", "Lee has the minutes from last week's strategy meeting", "Lee Dunmore was arrested for assault last week")).toBe("block");
  });
});

describe("twenty-third session: a surgeon named in a letter to the writer", () => {
  it("a hospital's appointment letter to the writer, 'with Mr Desai's team', forwarded to her own Gmail passes", () => {
    expect(fixtureVerdict("tuning572.jsonl", "t572-m015")).toBe("pass");
  });

  it("guard: the same letter naming someone else ('with Ravi Desai, your son') blocks", () => {
    expect(fixtureVerdict("tuning572.jsonl", "t572-m015", "with Mr Desai's team", "with Ravi Desai, your son,")).toBe("block");
  });
});

describe("twenty-third session: a new starter and a rota's duty officers are staff", () => {
  it("'Adele's induction in the morning (she's our new PQiP) and two PSRs for Derby Crown Court' is a colleague's: the duty swap passes", () => {
    expect(fixtureVerdict("tuning570.jsonl", "t570-m016")).toBe("pass");
  });

  it("guard: 'Adele's hearing in the morning (she's our new client)' is no colleague", () => {
    expect(fixtureVerdict("tuning570.jsonl", "t570-m016", "Adele's induction in the morning (she's our new PQiP)", "Adele's sentencing in the morning (she's on licence for robbery)")).toBe("warn");
  });

  it("names under a rota's 'Duty officer' column are the officers on duty, beside 'remand court' and 'PSRs on the day'", () => {
    expect(fixtureVerdict("tuning570.jsonl", "t570-m003")).toBe("pass");
  });

  it("guard: names under a 'Defendant' column of the same table are case people", () => {
    expect(fixtureVerdict("tuning570.jsonl", "t570-m003", "Duty officer", "Defendant")).not.toBe("pass");
  });
});

describe("twenty-third session, second round: subjects, licences, contact and a worker's leave", () => {
  it("'jodie's partner' and 'CRN E731402 Fairbrass - change of address' name people in subjects", () => {
    expect(subjectNames("RE: OFFICIAL-SENSITIVE: jodie's partner - Ref SP-518203")).toEqual(["jodie"]);
    expect(subjectNames("CRN E731402 Fairbrass - change of address")).toEqual(["Fairbrass"]);
    expect(fixtureVerdict("tuning583.jsonl", "t583-m005")).toBe("block");
    expect(fixtureVerdict("tuning583.jsonl", "t583-m032")).toBe("block");
  });

  it("guard: a reference before a word of the language or a place is no name ('CRN E731402 Update - …', 'Ref 12345678 Matlock - …')", () => {
    expect(subjectNames("CRN E731402 Update - change of address")).toEqual([]);
    expect(subjectNames("Ref 12345678 Matlock - room booking")).toEqual([]);
  });

  it("'he has to come and see me at the office first as part of his licence', told to an employer of 'Deano', blocks", () => {
    expect(fixtureVerdict("tuning584.jsonl", "t584-m007")).toBe("block");
  });

  it("guard: 'as part of his induction' to the same employer passes", () => {
    expect(fixtureVerdict("tuning584.jsonl", "t584-m007", "as part of his licence", "as part of his induction")).toBe("pass");
  });

  it("'she is not to bring her new partner, Lee - if he turns up, please end the contact', to a carer's webmail, blocks", () => {
    expect(fixtureVerdict("tuning584.jsonl", "t584-m026")).toBe("block");
    expect(vocabulary("she is not to bring her new partner - please end the contact")).toEqual(["is not to bring", "end the contact"]);
  });

  it("'The offender manager for Scott Hibbert (CRN …) is on leave': Scott is the case, not staff on leave; the reply-all to a school blocks", () => {
    expect(fixtureVerdict("tuning578.jsonl", "t578-m015")).toBe("block");
  });

  it("guard: 'Scott Hibbert is on leave' alone is staff on leave: the reply-all is not blocked", () => {
    expect(fixtureVerdict("tuning578.jsonl", "t578-m015", "The offender manager for Scott Hibbert (CRN E605927) is on leave until 30 November. In the meantime: he was returned to court last week for missed appointments, and the breach hearing is on 4 December. His assessed risk to the children is unchanged at medium.", "Scott Hibbert is on leave until 30 November.")).not.toBe("block");
  });
});

describe("twenty-third session: the writer's own home and their partner's details", () => {
  it("'Our current address is 22 Maes y Dderwen, Cardiff CF14 6LB' (a street no recognizer reads) is the writer's: the conveyancer mail passes", () => {
    expect(fixtureVerdict("tuning581.jsonl", "t581-m004")).toBe("pass");
  });

  it("guard: 'His current address is …' in the same mail is someone else's", () => {
    expect(fixtureVerdict("tuning581.jsonl", "t581-m004", "Our current address is 22 Maes y Dderwen", "Kyle Pugh is on licence for burglary; his current address is 22 Maes y Dderwen")).toBe("block");
  });

  it("'please add my partner as a named driver: Megan Doyle, date of birth …' to the writer's insurer passes", () => {
    expect(fixtureVerdict("tuning581.jsonl", "t581-m016")).toBe("pass");
  });

  it("guard: 'please add my client as a named driver' blocks", () => {
    expect(fixtureVerdict("tuning581.jsonl", "t581-m016", "please add my partner as a named driver", "please add my client as a named driver")).toBe("block");
  });
});

describe("twenty-third session: the writer's own number and their father's health in family mail", () => {
  it("'the best number to ring me on that morning is my mobile, 07700 900562' is the writer's: the occupational health reply passes", () => {
    expect(fixtureVerdict("tuning581.jsonl", "t581-m029")).toBe("pass");
  });

  it("guard: 'his mobile, 07700 900562' in the same reply is someone else's", () => {
    expect(fixtureVerdict("tuning581.jsonl", "t581-m029", "the best number to ring me on that morning is my mobile, 07700 900562", "the man I supervise who threatened me, Carl Fenton, is on licence and his mobile is 07700 900562")).toBe("block");
  });

  it("'RE: Dad's fees and the LPA' to the writer's brother: 'his dementia has moved on' is the family's", () => {
    expect(fixtureVerdict("tuning581.jsonl", "t581-m037")).toBe("pass");
  });
});

describe("twenty-third session: a laptop's maker and a speaker's slot", () => {
  it("'a laptop charger (black Dell, with a blue tag)' names no one: the lost-property note to facilities passes", () => {
    expect(fixtureVerdict("tuning585.jsonl", "t585-m020")).toBe("pass");
  });

  it("'I'll take the parental mental health slot and Pat will do the police response to domestic abuse' is a practice day's programme: the venue copied in passes", () => {
    expect(fixtureVerdict("tuning584.jsonl", "t584-m005")).toBe("pass");
  });

  it("guard: 'Pat will take the referral for the mother, who disclosed domestic abuse' in the same thread is a case", () => {
    expect(fixtureVerdict("tuning584.jsonl", "t584-m005", "I'll take the parental mental health slot and Pat will do the police response to domestic abuse.", "Pat will take the referral for Kerry Ashton, who disclosed domestic abuse on Friday.")).toBe("block");
  });
});

describe("twenty-third session: cover arranged between colleagues", () => {
  it("'I've spoken to Farah and she's happy to cover my two MAPPA level 2 meetings' is a colleague's cover: the leave request passes", () => {
    expect(fixtureVerdict("tuning570.jsonl", "t570-m008")).toBe("pass");
  });

  it("'Dev's Wednesday duty is covered by Priyanka, and Aaron has kindly taken his two MAPPA level 1 reviews' is cover: the team note passes", () => {
    expect(fixtureVerdict("tuning570.jsonl", "t570-m020")).toBe("pass");
  });

  it("guard: 'Farah and she's happy to cover …' becomes a case when Farah is 'on licence and she's been recalled'", () => {
    expect(fixtureVerdict("tuning570.jsonl", "t570-m008", "I've spoken to Farah and she's happy to cover my two MAPPA level 2 meetings on the 15th", "Farah Quinn was recalled on Friday and she's back in HMP Foston Hall, so my two MAPPA level 2 meetings on the 15th are off")).toBe("warn");
  });
});

describe("twenty-third session: a course's topic, new practitioners and a handover", () => {
  it("'the section 47 joint investigation training …, which Hamid only confirmed yesterday' is a course: the supervision note passes", () => {
    expect(fixtureVerdict("tuning571.jsonl", "t571-m034")).toBe("pass");
  });

  it("guard: 'the section 47 enquiry into Hamid's children' is a case", () => {
    expect(fixtureVerdict("tuning571.jsonl", "t571-m034", "I'm booked on the section 47 joint investigation training with Leicestershire Police all day Tuesday, which Hamid only confirmed yesterday.", "I'm on the section 47 joint visit to Hamid Rezai's children all day Tuesday, after his arrest.")).toBe("warn");
  });

  it("'Imogen Vance, who is happy to pick up supervision for my two ASYEs, Jade and Ross, and I'll hand the two families … to Martin Oduya' names staff", () => {
    expect(fixtureVerdict("tuning571.jsonl", "t571-m029")).toBe("pass");
  });
});

describe("twenty-third session, third round: appointments in subjects, 'he's autistic', a parent's own child", () => {
  it("'re: jade ormerod - missed antenatal appts' names a patient", () => {
    expect(subjectNames("re: jade ormerod - missed antenatal appts")).toEqual(["jade ormerod"]);
    expect(fixtureVerdict("tuning587.jsonl", "t587-m024")).toBe("block");
  });

  it("guard: 're: summer fayre - missed appts' names no one", () => {
    expect(subjectNames("re: summer fayre - missed appts")).toEqual([]);
  });

  it("'Ashton gets very anxious with new people (he's autistic) … there's a court order', told to a taxi firm, blocks", () => {
    expect(fixtureVerdict("tuning591.jsonl", "t591-m035")).toBe("block");
  });

  it("guard: 'our work with autistic children' is a group, no one's health", () => {
    const said = "Thanks for our work with autistic children, Jo Bell.";
    expect(detect(said).filter((x) => x.kind === "special-category")).toEqual([]);
  });

  it("'His mum or I will pick up' makes the writer the child's parent: 'Osian is 8 and autistic' to a holiday club passes", () => {
    expect(fixtureVerdict("tuning129.jsonl", "t129-m039")).toBe("pass");
    expect(fixtureVerdict("tuning383.jsonl", "t383-m020")).toBe("pass");
  });

  it("guard: without the writer as a parent ('His foster carer will pick up') the same booking blocks", () => {
    expect(fixtureVerdict("tuning129.jsonl", "t129-m039", "His mum or I will pick up", "His foster carer will pick up")).toBe("block");
  });
});

describe("twenty-third session: file names, table rows and a team manager", () => {
  it("'PSR_draft_OGUNDIPE_Tomiwa_CRN_L482913.docx' sent to the writer's Hotmail blocks: the reference is the name's", () => {
    expect(fixtureVerdict("tuning592.jsonl", "t592-m033")).toBe("block");
  });

  it("a table row is read whole: 'Danielle Garside ⇥ 29 ⇥ Mum. Fleeing domestic abuse – MARAC case' to a housing association blocks", () => {
    expect(fixtureVerdict("tuning592.jsonl", "t592-m039")).toBe("block");
  });

  it("guard: a row whose notes say 'Mum. Prefers a ground-floor flat' gives its name no case context", () => {
    const table = (notes: string) => `Hello,\n\nHere are the household details for the nomination.\n\nName\tAge\tNotes\nDanielle Garside\t29\t${notes}\n\nKind regards,\n\nKeeley`;
    const send = (notes: string) => scanVerdict({ from: "keeley.bramwell@derbyshire.gov.uk", to: ["allocations@trentvalehousing.org.uk"], subject: "Housing nomination", body: table(notes) });
    expect(send("Mum. Prefers a ground-floor flat")).toBe("pass");
    expect(send("Mum. Fleeing domestic abuse - MARAC case")).toBe("block");
  });

  it("'a Q&A with Harjit, our team manager' is staff: the visit arranged with another council passes", () => {
    expect(fixtureVerdict("tuning586.jsonl", "t586-m030")).toBe("pass");
  });

  it("guard: 'a Q&A with Harjit, who was on our caseload' is no manager", () => {
    expect(fixtureVerdict("tuning586.jsonl", "t586-m030", "a Q&A with Harjit, our team manager", "a Q&A with Harjit Sandhu, who was on a child protection plan with us")).toBe("block");
  });
});

describe("twenty-third session, fourth round: foster care and caseloads in the plural", () => {
  it("'the three Okonjo kids, who started at Mellor Primary this week after going into foster care', to a uniform shop, blocks", () => {
    expect(fixtureVerdict("tuning599.jsonl", "t599-m013")).toBe("block");
    expect(vocabulary("after going into foster care")).toEqual(["into foster care"]);
  });

  it("guard: 'the three Okonjo kids, who started at Mellor Primary this week after moving house' passes", () => {
    expect(fixtureVerdict("tuning599.jsonl", "t599-m013", "after going into foster care", "after moving house")).toBe("pass");
  });

  it("'one of the women on my caseload whose son died last week … Mrs Gemma Haworth, 5 Lime Grove', to a florist, blocks", () => {
    expect(fixtureVerdict("tuning599.jsonl", "t599-m039")).toBe("block");
  });

  it("guard: 'one of the women on my team whose son died last week' is a colleague's bereavement", () => {
    expect(fixtureVerdict("tuning599.jsonl", "t599-m039", "one of the women on my caseload", "one of the women on my team")).toBe("pass");
  });
});

describe("twenty-third session, fourth round: a parent of two, an employee's contact number, a police call-out", () => {
  it("'Rory Bellamy (Isla and Finn's dad)' writes of his own children: the absence note to school passes", () => {
    expect(fixtureVerdict("tuning597.jsonl", "t597-m007")).toBe("pass");
  });

  it("'Employee no.: 5093318 … Contact: 07700 900129' on a management referral to occupational health is the employee's: it passes", () => {
    expect(fixtureVerdict("tuning597.jsonl", "t597-m026")).toBe("pass");
  });

  it("'Mum's boyfriend, Lee Sharpe, had been told not to come round … I've put a marker on the address', unmarked to a county social worker, warns", () => {
    expect(fixtureVerdict("tuning598.jsonl", "t598-m018")).toBe("warn");
    expect(vocabulary("he had been told not to come round, so I've put a marker on the address")).toEqual(["told not to come", "put a marker on"]);
  });

  it("guard: 'Rory Bellamy (Year 3 teacher)' writing of Isla's chickenpox to the school office is not her parent", () => {
    expect(fixtureVerdict("tuning597.jsonl", "t597-m007", "Rory Bellamy (Isla and Finn's dad)", "Rory Bellamy (social worker for Isla and Finn, who are on child protection plans)")).toBe("block");
  });
});

describe("twenty-third session, fourth round: team bookings and a named driver", () => {
  it("'Hattie is seven months pregnant' on an awards table for 'the Victim Contact Unit' is the party's: the booking passes", () => {
    expect(fixtureVerdict("tuning596.jsonl", "t596-m011")).toBe("pass");
  });

  it("'A couple of things: Gemma will be about 30 weeks pregnant' on a team's table for 11 passes", () => {
    expect(fixtureVerdict("tuning598.jsonl", "t598-m016")).toBe("pass");
  });

  it("guard: 'the victim in Nneka's case' on the same booking is no guest", () => {
    expect(fixtureVerdict("tuning596.jsonl", "t596-m011", "Hattie is seven months pregnant", "the victim in Nneka's case, Hattie Longstaff, is seven months pregnant")).toBe("block");
  });

  it("'please add my partner as a named driver on my policy (LMI-4471208) from Saturday 14 November:' gives her details as the writer's", () => {
    expect(fixtureVerdict("tuning597.jsonl", "t597-m015")).toBe("pass");
  });
});

describe("twenty-third session, fourth round: a workplace named for its work, the writer's unchanged mobile", () => {
  it("'Big Al from the old burglary squad, plus possibly Tina from the custody suite' are old colleagues: the reunion passes", () => {
    expect(fixtureVerdict("tuning601.jsonl", "t601-m011")).toBe("pass");
  });

  it("guard: 'Tina, who was arrested for burglary' in the same reunion is no colleague's workplace", () => {
    expect(fixtureVerdict("tuning601.jsonl", "t601-m011", "plus possibly Tina from the custody suite if she's not on nights", "and Tina Walsh, who we arrested for burglary in 2019")).toBe("block");
  });

  it("'my mobile is unchanged (07700 900431)' is the writer's own number: the note to her GP passes", () => {
    expect(fixtureVerdict("tuning597.jsonl", "t597-m003")).toBe("pass");
  });
});

describe("twenty-third session, fourth round: a colleague keeping another's meetings", () => {
  it("'Harpreet Sohal is keeping his MAPPA meetings until week four' is cover: the phased-return note passes", () => {
    expect(fixtureVerdict("tuning596.jsonl", "t596-m009")).toBe("pass");
  });

  it("guard: 'Harpreet Sohal is keeping his MAPPA level 3 status' is no cover", () => {
    expect(fixtureVerdict("tuning596.jsonl", "t596-m009", "Harpreet Sohal is keeping his MAPPA meetings until week four", "Harpreet Sohal stays a MAPPA level 3 nominal until week four")).toBe("warn");
  });
});

describe("twenty-third session, fifth round: families and references in subjects", () => {
  it("'the hextall kids - core group thurs' and 'CRN F204318 (Blackshaw) - change of address' name people", () => {
    expect(subjectNames("the hextall kids - core group thurs")).toEqual(["hextall"]);
    expect(subjectNames("OFFICIAL-SENSITIVE: CRN F204318 (Blackshaw) - change of address")).toEqual(["Blackshaw"]);
    expect(fixtureVerdict("tuning607.jsonl", "t607-m006")).toBe("block");
    expect(fixtureVerdict("tuning607.jsonl", "t607-m033")).toBe("block");
  });

  it("guard: 'the lunch kids - rota' and 'CRN F204318 (Update) - …' name no one", () => {
    expect(subjectNames("the lunch kids - rota")).toEqual([]);
    expect(subjectNames("CRN F204318 (Update) - change of address")).toEqual([]);
  });
});

describe("twenty-third session, fifth round: the writer's relative in a pronoun sentence", () => {
  it("'add my partner as a named driver … She'll use the car mainly at weekends' to the writer's insurer passes", () => {
    expect(fixtureVerdict("tuning605.jsonl", "t605-m008")).toBe("pass");
  });

  it("guard: with 'my client' instead of 'my partner' the same mail blocks", () => {
    expect(fixtureVerdict("tuning605.jsonl", "t605-m008", "add my partner as a named driver", "add my client as a named driver")).toBe("block");
  });
});

describe("twenty-third session, sixth round: a release told in plain words", () => {
  it("'Lewis … only came out of Nottingham on the 2nd … He isn't allowed in Ashbourne town centre … back at the hostel by 7', to an employer, blocks", () => {
    expect(fixtureVerdict("tuning614.jsonl", "t614-m010")).toBe("block");
  });

  it("'Gethin's mam rang … he's meant to be at the hostel, and she's 70 and frightened of him when he's been drinking', forwarded home, blocks", () => {
    expect(fixtureVerdict("tuning614.jsonl", "t614-m039")).toBe("block");
  });

  it("guard: 'He isn't allowed in the server room yet' of a new starter is no case", () => {
    expect(STRONG_CASE_WORDING.test("He isn't allowed in the server room yet")).toBe(false);
  });
});

describe("twenty-third session, sixth round: a course column with a due date", () => {
  it("'Domestic abuse routine enquiry' under 'Course overdue' beside 'Due by' is a course: the compliance table passes", () => {
    expect(fixtureVerdict("tuning617.jsonl", "t617-m021")).toBe("pass");
  });

  it("guard: the same table's 'Course overdue' cell 'his domestic abuse' is someone's", () => {
    expect(fixtureVerdict("tuning617.jsonl", "t617-m021", "Domestic abuse routine enquiry", "his domestic abuse")).toBe("warn");
  });
});
