import { detect } from "../../../src/policy/detect";
import { fixtureVerdict, scanVerdict, subjectNames } from "./scanVerdicts";

/** Whether detect() finds special-category data in a text. */
function detectedSpecial(text: string): boolean {
  return detect(text).some((s) => s.kind === "special-category");
}

// Thirty-second session (tuning938–), and the earlier sets' misses it fixed first.
describe("thirty-second session: the team's own events", () => {
  it("reads 'the Children in Care service' and 'the Children in Care (North) team' as the team's names, not case people at the party", () => {
    expect(fixtureVerdict("tuning935.jsonl", "t935-m012")).toBe("pass");
    expect(fixtureVerdict("tuning936.jsonl", "t936-m005")).toBe("pass");
  });

  it("guard: children in care named at the team's day, with their health, are a case's", () => {
    const body = "Hi Suzanne,\n\nConfirming our away day: 12 of us, and we're bringing two children in care from the unit. Jade Moss has epilepsy and will need a quiet room.\n\nThanks,\nPriyanka";
    expect(scanVerdict({ from: "priyanka.mistry@leicester.gov.uk", to: ["events@beaumontparkpavilion.co.uk"], subject: "Away day", body })).toBe("block");
  });

  it("reads a staff list's emergency contacts ('Marta Zielinska (wife)') as the staff's own people, whatever else the row tells", () => {
    expect(fixtureVerdict("tuning936.jsonl", "t936-m005")).toBe("pass");
  });

  it("guard: a family's table with a next-of-kin column but no job column is a case's", () => {
    const body = "Hi Lorraine,\n\nThe family for Wednesday:\n\nName\tDate of visit\tNext of kin\tNotes\nKyle Moss\t9 December\tShannon Moss (mum)\tType 1 diabetes, on licence\n\nPriyanka";
    expect(scanVerdict({ from: "priyanka.desai@leicester.gov.uk", to: ["volunteers@soarvalleyfoodbank.org.uk"], subject: "Wednesday", body })).toBe("block");
  });

  it("reads 'Ade has asked me to let the marshals know about his epilepsy' on the team's ride entry as a colleague's own wish", () => {
    expect(fixtureVerdict("tuning936.jsonl", "t936-m003")).toBe("pass");
  });

  it("guard: the same words of a young person brought along are a case's", () => {
    const body =
      "Hi Nicola,\n\nOur team of five is riding, and two young people from the project are joining us. Kyle Moss has asked me to let the marshals know about his epilepsy.\n\nThanks,\nKofi";
    expect(scanVerdict({ from: "kofi.asante@nhs.net", to: ["events@heartofleicestershirecharity.org.uk"], subject: "Ride", body })).toBe("block");
  });

  it("reads 'We'll be 15 in total' to a trainer as the team's own group, so colleagues' needs given with it are theirs", () => {
    expect(fixtureVerdict("tuning936.jsonl", "t936-m008")).toBe("pass");
  });

  it("guard: service users in the group keep their needs a case's", () => {
    const body = "Hi Rachel,\n\nWe'll be 15 in total, including four service users. Jade Moss is seven months pregnant and may need to pop out.\n\nMegan";
    expect(scanVerdict({ from: "megan.oduya@uhl-tr.nhs.uk", to: ["rachel@steadygroundwellbeing.co.uk"], subject: "Workshop", body })).toBe("block");
  });

  it("reads 'she has a child protection conference at Long Eaton that morning' in a colleague's lunch order as a clash in her diary", () => {
    expect(fixtureVerdict("tuning935.jsonl", "t935-m018")).toBe("pass");
  });

  it("guard: a child protection conference told with the harm it is about is a case's", () => {
    const body = "Hi Dionne,\n\nFinal numbers: 11. Lucy will be late: she has a child protection conference at Long Eaton that morning about Tyler Moss, who was injured at home.\n\nHelen";
    expect(scanVerdict({ from: "helen.beardsley@derbyshire.gov.uk", to: ["dionne@thebridgeinnsandiacre.co.uk"], subject: "Lunch", body })).toBe("block");
  });
});

describe("thirty-second session: pets", () => {
  it("reads the writer's animals' names and health to a vet, kennels, pet sitter or insurer as no person's, in the subject too", () => {
    expect(fixtureVerdict("tuning670.jsonl", "t670-m008")).toBe("pass");
    expect(fixtureVerdict("tuning878.jsonl", "t878-m011")).toBe("pass");
    expect(fixtureVerdict("tuning894.jsonl", "t894-m001")).toBe("pass");
    expect(fixtureVerdict("tuning918.jsonl", "t918-m007")).toBe("pass");
    expect(fixtureVerdict("tuning930.jsonl", "t930-m036")).toBe("pass");
    expect(fixtureVerdict("tuning934.jsonl", "t934-m010")).toBe("pass");
    expect(fixtureVerdict("tuning934.jsonl", "t934-m011")).toBe("pass");
  });

  it("guard: a case told to a vet (a service user's dog, his licence) is still a case", () => {
    const body = "Hi,\n\nJayden's dog Rex needs a booster. Jayden is on licence and his curfew means he cannot bring him in after 7pm.\n\nKirsty";
    expect(scanVerdict({ from: "kirsty.mcbride@met.police.uk", to: ["reception@thornbankvets.co.uk"], subject: "Booster for Rex", body })).toBe("block");
  });

  it("guard: a person named in full in a pet message keeps their health theirs", () => {
    const body = "Hi Ellie,\n\nThanks for feeding the cat. My neighbour Sue Platt has cancer, so please don't ask her for the spare key.\n\nFi";
    expect(scanVerdict({ from: "fiona.mcbride@leics.gov.uk", to: ["ellie.rowntree@icloud.com"], subject: "Cat-sitting", body })).toBe("block");
  });

  it("guard: a full name in the subject of a vet's booking is still a name", () => {
    const body = "Hi,\n\nCould I book our spaniel in for her booster next week?\n\nKirsty";
    expect(scanVerdict({ from: "kirsty.mcbride@met.police.uk", to: ["reception@thornbankvets.co.uk"], subject: "Booster - Kayla Brown", body })).toBe("block");
  });

  it("guard: a one-word subject name the body does not say again is still a name", () => {
    const body = "Hi,\n\nCould I book our spaniel in for her booster next week?\n\nKirsty";
    expect(scanVerdict({ from: "kirsty.mcbride@met.police.uk", to: ["reception@thornbankvets.co.uk"], subject: "Booster - Tyler", body })).toBe("block");
  });
});

describe("thirty-second session, round one (tuning938–945): recall", () => {
  it("reads a diary's 'hv with pc ashby - kayden pell, curfew check' as a visit to a case person, not a running order's speaker", () => {
    expect(fixtureVerdict("tuning941.jsonl", "t941-m001")).toBe("block");
  });

  it("guard: a running order's speaker with a safeguarding job after the comma is still the speaker", () => {
    expect(fixtureVerdict("tuning95.jsonl", "t95-m015")).toBe("pass");
  });

  it("reads 'first supervision since his release' as case wording (the phrase had lost its space after 'his')", () => {
    expect(fixtureVerdict("tuning941.jsonl", "t941-m019")).toBe("block");
  });

  it("reads pasted texts ('he turned up at 7 banging on the door', 'i didnt let him in') as a case's", () => {
    expect(fixtureVerdict("tuning941.jsonl", "t941-m011")).toBe("block");
  });

  it("reads a quoted colleague's 'breach paperwork on Reece Hallam … he failed his second drug test' as casework", () => {
    expect(fixtureVerdict("tuning939.jsonl", "t939-m004")).toBe("block");
  });

  it("reads 're: tamzin oakes missed appt' as a name in the subject (a given name no list holds, a listed surname, casework with no dash)", () => {
    expect(fixtureVerdict("tuning932.jsonl", "t932-m008")).toBe("block");
  });

  it("guard: everyday words before casework in a lower-case subject are no name", () => {
    expect(subjectNames("re: xmas hampers missed delivery")).toEqual([]);
  });
});

describe("thirty-second session, round one (tuning938–945): colleagues", () => {
  it("reads 'Health visiting cover - Belper and Duffield' as two places", () => {
    expect(fixtureVerdict("tuning939.jsonl", "t939-m033")).toBe("pass");
    expect(subjectNames("Health visiting cover - Belper and Duffield")).toEqual([]);
  });

  it("guard: a name after 'and' after a place is still a name when it is a given name", () => {
    expect(subjectNames("Mum took Kai to Derby and Jordan Smith")).toContain("Jordan Smith");
  });

  it("reads a colleague's husband who asked for her stroke to be told, and a colleague's son in hospital after her name, as staff's family", () => {
    const body =
      "Dear colleagues,\n\nHer husband Alan has asked me to let partners know that our colleague Ruth Pedley, Team Leader for the Criminal Justice Liaison and Diversion service, had a stroke at home on Saturday.\n\nAmara";
    expect(scanVerdict({ from: "amara.osei@leicspart.nhs.uk", to: ["ldt.referrals@justice.gov.uk"], subject: "Update and who to contact", body })).toBe("pass");
    expect(fixtureVerdict("tuning708.jsonl", "t708-m040")).toBe("pass");
  });

  it("guard: a relative named with no colleague before or beside them keeps their health theirs", () => {
    const body = "Dear colleagues,\n\nKayleigh Moss rang again. Her partner Dean has cancer and she wants us to know.\n\nAmara";
    expect(scanVerdict({ from: "amara.osei@leicspart.nhs.uk", to: ["bookings@thefalconinn-oakham.co.uk"], subject: "Update", body })).toBe("block");
  });

  it("reads 'Harriet Ives, Business Support (taking the notes)' on a delegate list as a job", () => {
    expect(fixtureVerdict("tuning942.jsonl", "t942-m004")).toBe("pass");
  });

  it("reads 'Chesterfield MARAC, observing with Keeley Fraser (probation)' on a student's timetable as staff", () => {
    expect(fixtureVerdict("tuning943.jsonl", "t943-m020")).toBe("pass");
  });

  it("reads 'the office's Known Persons Check lead' and 'sat on the Chesterfield MARAC for eight years' as a colleague's career", () => {
    expect(fixtureVerdict("tuning944.jsonl", "t944-m040")).toBe("pass");
  });

  it("reads 'her Tuesday MAPPA level 2 slot to Asha Varsani' and 'will know her from panels, MAPPA meetings' as staff's", () => {
    expect(fixtureVerdict("tuning939.jsonl", "t939-m022")).toBe("pass");
  });

  it("reads 'my seat passes to Alys Penhaligon' and 'the duty SPO on …' on a cover list as staff's", () => {
    expect(fixtureVerdict("tuning943.jsonl", "t943-m002")).toBe("pass");
  });

  it("reads 'Afternoon: child contact after separation, stalking and harassment - Mina and me' as a session's topics", () => {
    expect(fixtureVerdict("tuning942.jsonl", "t942-m014")).toBe("pass");
  });

  it("guard: a programme line whose topics are someone's own is no session", () => {
    const body = "Hi Ravi,\n\nAfternoon: Kayla Moss's stalking and harassment - Mina and me\n\nImogen";
    expect(scanVerdict({ from: "imogen.sallis@leics.gov.uk", to: ["events@beaumontparkpavilion.co.uk"], subject: "Day", body })).toBe("block");
  });

  it("reads 'Welcome - Kwabena Mensah-Reid joins the MASH' and 'the council's lead for the … domestic abuse triage' as staff news: a warning", () => {
    expect(fixtureVerdict("tuning939.jsonl", "t939-m021")).toBe("warn");
  });

  it("reads 'her child protection conference chairing moves to Ben Oxley' and 'go to the duty manager on …' as cover: the maternity-leave subject only warns", () => {
    expect(fixtureVerdict("tuning940.jsonl", "t940-m025")).toBe("warn");
  });
});

describe("thirty-second session, round two (tuning946–953): recall", () => {
  it("reads 'She had quite severe postnatal depression' as health (a degree word before the term)", () => {
    expect(fixtureVerdict("tuning948.jsonl", "t948-m032")).toBe("block");
    expect(detectedSpecial("He has quite severe asthma")).toBe(true);
  });

  it("reads 'the night we placed the twins with foster carers' in a leaving card as casework", () => {
    expect(fixtureVerdict("tuning947.jsonl", "t947-m027")).toBe("block");
  });

  it("reads a quoted colleague's 'sorting Marcus Fenn's recall' as casework", () => {
    expect(fixtureVerdict("tuning950.jsonl", "t950-m010")).toBe("block");
  });

  it("guard: 'the team's recall of the figures' is no one's recall", () => {
    const body = "Hi Andrea,\n\nNumbers for the 18th: 11. Olu's recall policy training runs late.\n\nCheryl";
    expect(scanVerdict({ from: "cheryl.hambleton@justice.gov.uk", to: ["functions@thekingsarmswirksworth.co.uk"], subject: "Numbers", body })).toBe("pass");
  });

  it("reads a mother's quoted 'hes not meant to come here' and lower-case notes ('her lad's referral order', 'missed reparation', 'tayla's exclusion') as a case's", () => {
    expect(fixtureVerdict("tuning949.jsonl", "t949-m021")).toBe("block");
    expect(fixtureVerdict("tuning949.jsonl", "t949-m003")).toBe("block");
  });

  it("reads 'Maureen Tideswell' (a village's name as a surname) as a name after a colleague's news or before a person's verb", () => {
    expect(subjectNames("Retirement lunch - Maureen Tideswell, Friday 18 December")).toEqual(["Maureen Tideswell"]);
    expect(subjectNames("Kayleigh Tideswell was arrested")).toEqual(["Kayleigh Tideswell"]);
    expect(fixtureVerdict("tuning947.jsonl", "t947-m002")).toBe("warn");
  });

  it("guard: a place named from a given name is still a place", () => {
    expect(subjectNames("Kirk Hallam is closed")).toEqual([]);
  });

  it("reads 'Baby shower for Precious' as a name in the subject (a word-name after a colleague's party)", () => {
    expect(subjectNames("Baby shower for Precious - buffet order for Wednesday 2 December")).toEqual(["Precious"]);
    expect(fixtureVerdict("tuning950.jsonl", "t950-m032")).toBe("warn");
  });
});

describe("thirty-second session, round two (tuning946–953): the writer's own and the team's", () => {
  it("reads a care home's letter about 'your mum' (her name, date of birth and NHS number) as the writer's mother's, though the writer chairs conferences that day", () => {
    expect(fixtureVerdict("tuning948.jsonl", "t948-m004")).toBe("pass");
  });

  it("reads 'The address is …' after 'the boiler at my flat' as the writer's own home", () => {
    expect(fixtureVerdict("tuning948.jsonl", "t948-m008")).toBe("pass");
  });

  it("guard: 'The address is …' with no home of the writer's before it is still an address", () => {
    const body = "Hello,\n\nKyle Moss is on licence and has moved. The address is Flat 2, 48 Westcotes Drive, Leicester LE3 0QS.\n\nPriyanka";
    expect(scanVerdict({ from: "priyanka.das@uhl-tr.nhs.uk", to: ["maintenance@castleletsleicester.co.uk"], subject: "Address", body })).toBe("block");
  });

  it("reads a pasted diary's 'MAPPA level 2 meeting (Derby);' and 'Court duty, Chesterfield Magistrates'' as the writer's own day", () => {
    expect(fixtureVerdict("tuning949.jsonl", "t949-m008")).toBe("pass");
  });

  it("guard: a diary entry naming someone at the meeting is a case's", () => {
    const body = "Hi Lucy,\n\nMy diary:\n\nWed 2 Dec 10:00-13:00 strategy meeting re Kayla Moss; afternoon free\n\nObinna";
    expect(scanVerdict({ from: "obinna.nwosu@justice.gov.uk", to: ["admin@learnwellsafeguarding.co.uk"], subject: "Dates", body })).toBe("block");
  });

  it("reads 'Family bowling', a netball 'team sheet', a walk's 'Team registration' and the 'staff family day' as the team's own events", () => {
    expect(fixtureVerdict("tuning950.jsonl", "t950-m011")).toBe("pass");
    expect(fixtureVerdict("tuning950.jsonl", "t950-m033")).toBe("pass");
    expect(fixtureVerdict("tuning950.jsonl", "t950-m035")).toBe("pass");
    expect(fixtureVerdict("tuning950.jsonl", "t950-m040")).toBe("pass");
  });

  it("reads a number under an 'Emergency contact' column on the team's list as the contact's", () => {
    expect(fixtureVerdict("tuning950.jsonl", "t950-m029")).toBe("pass");
  });

  it("reads 'on court duty', 'Child protection conferences I would usually attend …: Owen Stainsby will attend' and 'the KPCs we've sent you' as staff's work", () => {
    expect(fixtureVerdict("tuning951.jsonl", "t951-m001")).toBe("pass");
    expect(fixtureVerdict("tuning949.jsonl", "t949-m026")).toBe("pass");
  });

  it("reads 'Lesley's MAPPA level 3 chairing passes to Sunil Varma' and a wedding's 'card going round' as staff news", () => {
    expect(fixtureVerdict("tuning947.jsonl", "t947-m028")).toBe("pass");
    expect(fixtureVerdict("tuning947.jsonl", "t947-m034")).toBe("pass");
  });

  it("reads '… passes to Dominic Stretton, Team Manager, who you can reach on …' as his number", () => {
    expect(fixtureVerdict("tuning948.jsonl", "t948-m037")).toBe("warn");
  });
});

describe("thirty-second session, round three (tuning954–961): recall", () => {
  it("reads 'One of my lads, Connor Tideswell, got recalled' as a name (a village's name as a surname, set off by commas)", () => {
    expect(fixtureVerdict("tuning956.jsonl", "t956-m031")).toBe("block");
  });

  it("guard: places listed with commas stay places", () => {
    expect(subjectNames("visiting Derby, Stanley Common, Ilkeston")).toEqual([]);
  });

  it("reads a quoted colleague's 'Aaron Pilkington's breach report' on a quiz team's thread as casework: the thread is no party's", () => {
    expect(fixtureVerdict("tuning957.jsonl", "t957-m014")).toBe("block");
  });

  it("reads 'They went into the refuge … after dad was arrested' after children listed with their ages as theirs", () => {
    expect(fixtureVerdict("tuning957.jsonl", "t957-m040")).toBe("block");
  });

  it("reads 're: jade ormerod - missed contact' as a name in the subject (a word-name, a word in no list, casework after the dash)", () => {
    expect(subjectNames("re: jade ormerod - missed contact")).toEqual(["jade ormerod"]);
  });

  it("guard: a word-name and an everyday word before a dash are no name", () => {
    expect(subjectNames("re: grace period - review")).toEqual([]);
    expect(subjectNames("re: amber warning - snow")).toEqual([]);
    expect(subjectNames("re: amber windscreen - quote")).toEqual([]);
  });
});

describe("thirty-second session, round three (tuning954–961): the writer's own and the team's", () => {
  it("reads 'The purchase order for interpreting this financial year is 4500711228' as no NHS number", () => {
    expect(fixtureVerdict("tuning954.jsonl", "t954-m002")).toBe("pass");
    expect(detect("Patient NHS number 4500711228").some((s) => s.kind === "nhs-number")).toBe(true);
  });

  it("reads 'from Aisling Brennan to Aisling Whitfield' on the writer's own accounts as the writer's old name", () => {
    expect(fixtureVerdict("tuning956.jsonl", "t956-m025")).toBe("pass");
  });

  it("reads 'Netherhall children's home' in a delegate's team column as a place", () => {
    expect(fixtureVerdict("tuning958.jsonl", "t958-m007")).toBe("pass");
    expect(subjectNames("He works at Netherhall children's home")).toEqual([]);
  });

  it("guard: a person before a care home visit is still a person", () => {
    expect(subjectNames("Kayden Smith care home visit")).toEqual(["Kayden Smith"]);
  });

  it("reads a course's title with its topic ('… where a parent has convictions') above its trainer's line as a title", () => {
    expect(fixtureVerdict("tuning756.jsonl", "t756-m035")).toBe("pass");
  });

  it("reads 'my team manager, Alistair Brough, on …' as his number", () => {
    expect(fixtureVerdict("tuning959.jsonl", "t959-m037")).toBe("pass");
  });

  it("reads 'on the Ilkeston unpaid work side' in a colleague's retirement as where she worked", () => {
    expect(fixtureVerdict("tuning955.jsonl", "t955-m008")).toBe("pass");
  });

  it("reads a sister with a double-barrelled name ('dawn.ashworth-reid@…') as family, so Mum's Parkinson's is the family's", () => {
    expect(fixtureVerdict("tuning956.jsonl", "t956-m012")).toBe("pass");
  });

  it("reads 'with Callum on the end of the phone' on a court rota, 'takes my seat', 'her seat at the Thursday MASH health strategy meetings' and 'reports for that fortnight are finished and with Dev' as staff's", () => {
    expect(fixtureVerdict("tuning959.jsonl", "t959-m001")).toBe("pass");
    expect(fixtureVerdict("tuning959.jsonl", "t959-m003")).toBe("pass");
  });
});

describe("thirty-second session, round four (tuning962–969)", () => {
  it("reads a quoted colleague's 'at Derby Crown Court for Reece Talbot's sentencing' as casework: the list is no party's", () => {
    expect(fixtureVerdict("tuning963.jsonl", "t963-m005")).toBe("block");
  });

  it("guard: colleagues kept away by 'the Crown Court list' are still the party", () => {
    expect(fixtureVerdict("tuning680.jsonl", "t680-m031")).toBe("pass");
  });

  it("reads a care leaver brought to a retirement lunch ('a young woman Gail supported … left care last year … quite bad anxiety') as a case's", () => {
    expect(fixtureVerdict("tuning963.jsonl", "t963-m025")).toBe("block");
  });

  it("reads a quoted Attachments line's 'Transfer_summary_WHITTAKER_Lily-Mae_SP-448217.docx' as a case's file", () => {
    expect(fixtureVerdict("tuning963.jsonl", "t963-m040")).toBe("block");
  });

  it("reads 'HADFIELD R' in a subject as the body's Robert Hadfield (a place's name as a surname, with an initial)", () => {
    expect(fixtureVerdict("tuning967.jsonl", "t967-m037")).toBe("block");
  });

  it("guard: a place in the subject is no echo of a body's name without an initial", () => {
    const body = "Joel,\n\nFor Tuesday's review of Robert Hadfield (PNC 2015/0602388X), please bring the update.\n\nDawn";
    expect(scanVerdict({ from: "dawn.chettle@leics.police.uk", to: ["joel.pennington@justice.gov.uk"], subject: "OFFICIAL-SENSITIVE: MAPPA L2 cover Tues - Hadfield office", body })).toBe("pass");
  });
});
